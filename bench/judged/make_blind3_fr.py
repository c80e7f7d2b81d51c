#!/usr/bin/env python3
# ruff: noqa: UP031  (the judged texts are built with %-formatting, as first written)
"""Write and check bench/judged/blind3_fr.json, a third blind French relevance set.

Fictional project: the "Projet alimentaire territorial" (PAT) of the Val de Brenne
agglomeration (Montcourt, Saint-Aubin-sur-Brenne, Verneuil-les-Prés, Brécy): school
canteens moving to organic, local and home-made food, the central kitchen, local
farmers and a vegetable-processing unit (légumerie), food waste, food aid and a
solidarity grocery, shared gardens, a farmers' market, taste education, a survey of
families, the elected officials' committees, a public tender and a final evaluation.

Hand-written entries carry the topics they were judged to answer after reading them
for their meaning (a trailing "*" marks an entry a good search should rank in its
first three for that topic). Filler posts are drawn with a fixed seed from
hand-written pools that reuse the topics' words in other senses; they answer no
topic. Field, month and day queries are derived from the data below.

Standard library only. Run: python bench/judged/make_blind3_fr.py
"""

import datetime as dt
import json
import os
import random
import re
import unicodedata
from collections import Counter

SEED = 20251203
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind3_fr.json")

LOGBOOK = {
    "title": "PAT Val de Brenne — bien manger sur le territoire",
    "description": (
        "Carnet du projet alimentaire territorial de l'agglomération du Val de Brenne : "
        "cantines plus bio, plus locales et faites maison, cuisine centrale et légumerie, "
        "producteurs du territoire, lutte contre le gaspillage, aide alimentaire et épicerie "
        "solidaire, jardins partagés, marché de producteurs, éducation au goût, enquête "
        "auprès des familles, comités d'élus, marché public et évaluation finale."
    ),
}

STAGES = [
    {
        "id": "diagnostic",
        "title": "Escale 1 — Diagnostic et premières rencontres",
        "starts_on": "2024-02-01",
        "ends_on": "2024-06-30",
    },
    {
        "id": "cantines",
        "title": "Escale 2 — Des cantines plus bio et faites maison",
        "starts_on": "2024-07-01",
        "ends_on": "2024-12-31",
    },
    {
        "id": "filieres",
        "title": "Escale 3 — Producteurs, légumerie et appel d'offres",
        "starts_on": "2025-01-01",
        "ends_on": "2025-04-30",
    },
    {
        "id": "solidarite",
        "title": "Escale 4 — Solidarité alimentaire, jardins et marché",
        "starts_on": "2025-05-01",
        "ends_on": "2025-08-31",
    },
    {"id": "bilan", "title": "Escale 5 — Bilan et évaluation", "starts_on": "2025-09-01", "ends_on": None},
]
LAST_DAY = dt.date(2025, 11, 30)

AUTHORS = [
    {"id": "claire", "name": "Claire Duval"},
    {"id": "karim", "name": "Karim Benali"},
    {"id": "sophie", "name": "Sophie Lemaire"},
    {"id": "julien", "name": "Julien Moreau"},
    {"id": "nadia", "name": "Nadia Haddad"},
    {"id": "thomas", "name": "Thomas Girard"},
    {"id": "elodie", "name": "Élodie Petit"},
    {"id": "mathieu", "name": "Mathieu Roux"},
    {"id": "amandine", "name": "Amandine Faure"},
    {"id": "pierre", "name": "Pierre Lefèvre"},
]

# Topics: what an entry must be about (for its meaning) to be judged relevant.
TOPICS = {
    "gaspillage": "le gaspillage alimentaire : restes, assiettes pas finies, nourriture jetée, actions pour en jeter moins",
    "pesee": "la pesée des restes et des déchets alimentaires (peser, balance, kilos ou grammes de restes)",
    "compost": "le compostage des épluchures et restes alimentaires (bacs, composteurs, guides-composteurs)",
    "cuisine_equipe": "les cuisiniers : le chef, l'équipe de cuisine, les agents qui cuisinent ou servent les repas",
    "fait_maison": "la cuisine faite sur place à partir de produits bruts plutôt que du réchauffé ou de l'industriel",
    "bio_cantine": "les produits bio servis dans les cantines",
    "producteurs": "les agriculteurs et producteurs du territoire, les circuits courts",
    "maraichers": "les maraîchers, producteurs de légumes",
    "livraison": "les livraisons de denrées ou de repas (producteurs vers la cuisine, cuisine vers les écoles, légumerie)",
    "legumerie": "la légumerie : l'atelier qui lave, épluche et coupe les légumes",
    "vegetarien": "les repas végétariens, sans viande",
    "saison": "les produits de saison, les menus qui suivent les saisons",
    "precarite": "la précarité alimentaire et l'aide alimentaire",
    "epicerie": "l'épicerie solidaire (Le Grenier solidaire)",
    "distribution": "les distributions d'aide alimentaire (colis, distributions des associations)",
    "invendus": "la récupération d'invendus ou de produits invendables pour l'aide alimentaire",
    "jardins": "les jardins partagés et jardins d'école",
    "recolte": "les récoltes au jardin ou à la ferme",
    "marche": "le marché de producteurs",
    "education": "l'éducation au goût et à l'alimentation des enfants (ateliers, classes, sorties)",
    "degustation": "les dégustations : goûter, faire goûter des aliments",
    "legumes_enfants": "ce qui a aidé les enfants à manger des légumes",
    "visite_ferme": "les visites de fermes avec des élèves",
    "enquete": "l'enquête (questionnaire) auprès des familles",
    "dieteticienne": "la diététicienne et le travail diététique sur les menus",
    "appel_offres": "le marché public de denrées alimentaires : consultation, cahier des charges, lots, attribution",
    "egalim": "la loi Egalim et ses taux de produits durables et bio",
    "evaluation": "l'évaluation du projet (indicateurs, évaluation finale, bilan)",
    "travaux_cuisine": "les travaux et nouveaux équipements de la cuisine centrale",
    "laitier": "les produits laitiers de la ferme locale (yaourts, fromage blanc, lait)",
    "cout_repas": "le coût ou le prix d'un repas de cantine",
    "tarif_social": "la tarification sociale de la cantine (tranches selon les revenus, repas à 1 €)",
    "formation": "la formation des cuisiniers",
    "reunion": "les réunions et comités du projet (COPIL, comité technique, commissions, réunions publiques)",
}

H = []  # hand-written entries


def _e(kind, d, a, title, tags, topics, body="", caption="", transcript="", speaker="", role="", url=""):
    H.append(
        {
            "kind": kind,
            "d": d,
            "author": a.split(),
            "title": title,
            "body": body,
            "tags": tags,
            "topics": topics.split(),
            "caption": caption,
            "transcript": transcript,
            "speaker_name": speaker,
            "speaker_role": role,
            "url": url,
        }
    )


def note(d, a, title, body, tags, topics):
    _e("note", d, a, title, tags, topics, body=body)


def photo(d, a, title, caption, tags, topics, body=""):
    _e("photo", d, a, title, tags, topics, body=body, caption=caption)


def drawing(d, a, title, caption, tags, topics, body=""):
    _e("drawing", d, a, title, tags, topics, body=body, caption=caption)


def audio(d, a, title, transcript, tags, topics, body=""):
    _e("audio", d, a, title, tags, topics, body=body, transcript=transcript)


def video(d, a, title, transcript, tags, topics, body="", caption=""):
    _e("video", d, a, title, tags, topics, body=body, transcript=transcript, caption=caption)


def testi(d, a, title, speaker, role, body, tags, topics):
    _e("testimony", d, a, title, tags, topics, body=body, speaker=speaker, role=role)


def link(d, a, title, url, body, tags, topics):
    _e("link", d, a, title, tags, topics, body=body, url=url)


# ---------------------------------------------------------------- escale 1
note(
    "2024-02-05 10:15",
    "claire",
    "C'est parti pour le PAT !",
    "Premier post du carnet. Le projet alimentaire territorial du Val de Brenne démarre : "
    "des cantines avec plus de produits locaux et bio, moins de gaspi, et une alimentation "
    "correcte pour tout le monde, y compris les familles qui galèrent. 1er COPIL le 27 février.",
    ["PAT", "lancement"],
    "bio_cantine producteurs gaspillage precarite",
)
photo(
    "2024-02-13 14:30",
    "karim",
    "Visite de la cuisine centrale",
    "La plonge et la zone de cuisson, cuisine centrale de Montcourt. 1 800 repas/jour livrés "
    "en liaison froide dans 14 écoles.",
    ["cuisine centrale"],
    "livraison",
    body="Tour des locaux avec Claire et Julien. Matériel vieillissant, la sauteuse a 20 ans.",
)
audio(
    "2024-02-20 18:05",
    "karim",
    "Mémo : ce qui coince en cuisine",
    "Bon alors euh... ce qui coince pour moi c'est qu'aujourd'hui on ouvre des sachets quoi. "
    "Les carottes râpées arrivent en poche sous vide, le hachis on le reçoit tout prêt. Les gars "
    "de l'équipe ils savent cuisiner hein, c'est pas le problème, mais on a pas le temps ni les "
    "machines. Si on veut refaire du vrai fait maison faut qu'on en parle sérieusement.",
    ["cuisine centrale"],
    "fait_maison cuisine_equipe",
)
note(
    "2024-02-22 11:40",
    "julien",
    "Carte des fermes",
    "J'ai commencé une carte des fermes du territoire : 47 exploitations qui vendent en direct, "
    "surtout du lait, de la volaille et des légumes. Peu de fruits.",
    ["producteurs"],
    "producteurs",
)
note(
    "2024-02-27 19:10",
    "claire elodie",
    "COPIL n°1",
    "Réu du comité de pilotage à l'agglo avec les élus des 5 communes. Validé : diagnostic d'ici "
    "juin, enquête auprès des familles, pesées dans 3 cantines test. Le vice-président veut « des "
    "résultats visibles à la rentrée ».",
    ["COPIL"],
    "reunion enquete pesee gaspillage",
)
photo(
    "2024-03-05 12:40",
    "sophie",
    "Assiettes retour plonge",
    "Jules-Ferry, service de midi : la moitié du chou-fleur part directement à la poubelle.",
    ["gaspillage"],
    "gaspillage*",
)
note(
    "2024-03-07 09:00",
    "julien",
    "Tour des fermes",
    "Rencontré 4 agriculteurs cette semaine : Gaëtan Morel (maraîchage bio à Brécy), les Leroux "
    "(vaches laitières, ils font déjà des yaourts), Hélène Vasseur (volailles) et le GAEC du Moulin "
    "(blé, lentilles). Tous intéressés pour fournir les cantines mais inquiets sur les volumes et "
    "les prix.",
    ["producteurs"],
    "producteurs* maraichers laitier",
)
testi(
    "2024-03-12 10:30",
    "sophie",
    "« Il rentre affamé »",
    "Mme Lopes",
    "mère de deux enfants, Saint-Aubin",
    "« Mon fils me dit qu'à la cantine c'est pas bon, il mange le pain et le dessert et il rentre "
    "affamé à 16h30. Moi je veux bien payer un peu plus si c'est meilleur. »",
    ["parents"],
    "cout_repas",
)
note(
    "2024-03-14 16:00",
    "pierre",
    "Questionnaire familles : 1re version",
    "1re version du questionnaire en ligne pour les parents : 18 questions, fréquentation de la "
    "cantine, avis sur les repas, budget courses, envie de jardiner. Relecture par Amandine avant "
    "diffusion via les écoles.",
    ["enquête"],
    "enquete",
)
video(
    "2024-03-19 12:15",
    "sophie karim",
    "Pesée test à Paul-Bert",
    "Alors là on est à Paul-Bert, on pèse les bacs de restes à la sortie du self. Aujourd'hui, "
    "euh, 14 kilos pour 160 enfants, donc on est autour de 90 grammes par enfant. C'est dans la "
    "moyenne haute on va dire. Le plus jeté c'est la purée de brocolis.",
    ["gaspillage"],
    "pesee gaspillage",
    caption="Pesée des restes à Paul-Bert",
)
note(
    "2024-03-21 18:20",
    "thomas",
    "Jardins des Noues : état des lieux",
    "Passé hier soir aux jardins partagés des Noues. 22 parcelles, 6 en friche, le cabanon à refaire. "
    "Les jardiniers demandent un point d'eau de plus. Gros potentiel pour des ateliers avec le "
    "centre social.",
    ["jardins"],
    "jardins*",
)
link(
    "2024-03-26 09:45",
    "amandine",
    "Ressource : guide gaspillage en restauration collective",
    "https://librairie.ademe.fr/dechets-economie-circulaire/restauration-collective-gaspillage",
    "Le guide pour organiser les pesées et calculer le coût des déchets alimentaires. Bonne "
    "méthode à reprendre.",
    ["gaspillage", "ressource"],
    "gaspillage pesee",
)
testi(
    "2024-03-28 14:10",
    "sophie",
    "« Ça me fait mal au cœur »",
    "Nathalie",
    "agent de service, école Jules-Ferry",
    "« On jette des bacs entiers de haricots verts. Ça me fait mal au cœur, je pense à ceux qui "
    "ont pas à manger. »",
    ["gaspillage"],
    "gaspillage",
)
note(
    "2024-04-02 14:00",
    "nadia",
    "Les chiffres du CCAS",
    "Point avec le CCAS de Montcourt : 340 foyers aidés en 2023 (+18 %). Beaucoup de familles "
    "monoparentales et de retraités. L'aide alimentaire repose sur la banque alimentaire et les "
    "Restos, mais il n'y a pas d'épicerie solidaire sur l'agglo.",
    ["précarité"],
    "precarite* epicerie",
)
testi(
    "2024-04-04 11:00",
    "nadia",
    "« De plus en plus de jeunes »",
    "Monique R.",
    "bénévole aux Restos de Montcourt",
    "« Le mardi on fait la distrib de 9h à midi. On voit de plus en plus de jeunes, des étudiants, "
    "des gens qui travaillent. Les produits frais, on en a presque jamais, c'est surtout des pâtes "
    "et des conserves. »",
    ["précarité"],
    "precarite distribution",
)
drawing(
    "2024-04-09 17:00",
    "elodie",
    "Carte mentale du PAT",
    "Les 6 axes dessinés pendant l'atelier : cantines, agriculteurs, gaspillage, solidarité, "
    "jardins, éducation.",
    ["PAT"],
    "",
)
note(
    "2024-04-11 09:30",
    "mathieu",
    "Marché denrées : ce qui nous attend",
    "Le marché denrées actuel (lot unique, grossiste national) se termine le 31 août 2025. Il "
    "faudra relancer une consultation en allotissant par produit pour que les petits producteurs "
    "puissent répondre. Je regarde les seuils.",
    ["commande publique"],
    "appel_offres producteurs",
)
photo(
    "2024-04-16 13:00",
    "pierre",
    "Affiche questionnaire",
    "Affiche A3 dans les halls d'écoles : « Votre avis sur la cantine compte ! » + QR code.",
    ["enquête"],
    "enquete",
)
audio(
    "2024-04-18 16:30",
    "amandine",
    "Premiers résultats de l'enquête",
    "Alors on a 612 réponses, c'est vraiment pas mal. Ce qui ressort, euh, un parent sur trois "
    "trouve que les portions sont pas adaptées, et soixante-dix pour cent seraient d'accord pour "
    "plus de bio même si le prix augmente un peu. Et puis... y a 12 % des familles qui disent "
    "sauter des repas en fin de mois. Ça c'est un chiffre qu'on doit remonter aux élus.",
    ["enquête"],
    "enquete* bio_cantine cout_repas precarite",
)
note(
    "2024-04-23 10:00",
    "julien",
    "Légumerie : l'idée",
    "Problème n°1 des maraîchers : la cuisine centrale ne peut pas éplucher 200 kg de carottes "
    "brutes. Idée : une légumerie sur le territoire qui lave, épluche et coupe les légumes avant "
    "de les envoyer en cuisine. L'ESAT Les Prés Verts à Verneuil est partant pour en discuter.",
    ["légumerie"],
    "legumerie* maraichers producteurs",
)
testi(
    "2024-04-25 15:00",
    "julien",
    "« Je peux pas livrer 14 écoles »",
    "Gaëtan Morel",
    "maraîcher bio à Brécy",
    "« Moi je fais des belles carottes, mais je peux pas livrer 14 écoles avec ma camionnette, et "
    "je peux pas les passer à l'éplucheuse. Si quelqu'un centralise, là on peut parler. »",
    ["producteurs"],
    "producteurs maraichers livraison legumerie",
)
note(
    "2024-05-02 12:30",
    "sophie",
    "Menus : grammages",
    "Revu les grammages avec Karim. Les portions de viande en maternelle sont au-dessus des "
    "recommandations nutritionnelles, et c'est justement ce qui revient le plus en restes. On "
    "propose de réduire et de mettre plus de légumineuses.",
    ["menus"],
    "dieteticienne gaspillage",
)
note(
    "2024-05-15 18:30",
    "thomas",
    "Atelier semis aux Noues",
    "Mercredi après-midi avec 8 enfants du centre social : semis de tomates et de courges en "
    "godets. Ils ont adoré mettre les mains dans le terreau.",
    ["jardins"],
    "jardins",
)
note(
    "2024-05-14 11:00",
    "claire",
    "Rencontre Restos + banque alimentaire",
    "Réu avec la banque alimentaire départementale et l'antenne des Restos de Montcourt. Ils sont "
    "ok pour un projet d'épicerie solidaire commun, à condition d'avoir un local et un·e "
    "salarié·e. Piste : l'ancienne poste de Verneuil.",
    ["solidarité"],
    "epicerie precarite reunion",
)
photo(
    "2024-05-16 09:00",
    "elodie",
    "Fresque des légumes",
    "CE2 de Jules-Ferry : chacun a dessiné son légume préféré. Beaucoup de carottes, aucun navet 😄",
    ["écoles"],
    "education",
)
testi(
    "2024-05-21 14:30",
    "karim",
    "« Il faut nous former »",
    "Fatou Diallo",
    "cuisinière à la cuisine centrale depuis 15 ans",
    "« Quand j'ai commencé on faisait nos sauces, nos gratins. Maintenant c'est du réchauffé. Si "
    "on revient au fait maison, moi je dis oui, mais il faut nous former au nouveau matériel et "
    "aux recettes végétariennes. »",
    ["cuisine centrale"],
    "cuisine_equipe* fait_maison formation* vegetarien",
)
note(
    "2024-05-23 10:00",
    "amandine",
    "Indicateurs du PAT",
    "Proposé une grille de 12 indicateurs pour suivre le projet : part de bio et de local, kg "
    "gaspillés par repas, nb de familles aidées, nb de jardiniers… Mesure de départ en juin, puis "
    "chaque année jusqu'à l'évaluation finale.",
    ["évaluation"],
    "evaluation",
)
audio(
    "2024-05-28 16:00",
    "nadia",
    "Mémo tarifs cantine",
    "Petit mémo après l'appel avec la mairie de Saint-Aubin. Là-bas le repas est à 3,90 pour tout "
    "le monde, quel que soit le revenu. À Montcourt ils ont déjà trois tranches selon le quotient "
    "familial. L'idée ce serait d'harmoniser et d'avoir une tranche à un euro pour les plus "
    "modestes, y a une aide de l'État pour ça.",
    ["cantine"],
    "tarif_social* cout_repas precarite",
)
photo(
    "2024-05-30 17:15",
    "thomas",
    "Jardin du Clos",
    "Le jardin partagé du Clos à Saint-Aubin, derrière la médiathèque : 10 bacs surélevés, très "
    "peu utilisés. À relancer.",
    ["jardins"],
    "jardins",
)
note(
    "2024-06-03 09:30",
    "claire",
    "Comité technique ce matin",
    "Comité technique avec les directeurs de services : calendrier validé, Mathieu pilote le "
    "futur marché alimentaire, Sophie les menus, Julien les producteurs. Prochain COPIL en "
    "septembre.",
    ["COPIL"],
    "reunion* appel_offres",
)
photo(
    "2024-06-03 20:00",
    "thomas",
    "Premières fraises",
    "Jardins des Noues, parcelle de l'école : premières fraises ! Les petits les ont mangées avant "
    "que j'aie pu prendre la photo.",
    ["jardins"],
    "jardins recolte",
)
photo(
    "2024-06-11 12:00",
    "sophie",
    "Bar à crudités",
    "Test d'un bar à crudités en libre-service à Paul-Bert : les enfants se servent eux-mêmes, "
    "moins de restes sur les plateaux.",
    ["cantine"],
    "gaspillage legumes_enfants*",
)
note(
    "2024-06-18 17:45",
    "amandine",
    "Diagnostic : synthèse",
    "Synthèse du diagnostic envoyée aux élus : 23 % de produits durables dont 6 % bio dans les "
    "cantines (loin des 50 % / 20 % de la loi Egalim), 110 g de restes par enfant et par repas, "
    "pas d'épicerie solidaire, 3 jardins partagés dont un sous-utilisé.",
    ["diagnostic"],
    "egalim bio_cantine gaspillage epicerie jardins",
)
testi(
    "2024-06-20 19:00",
    "sophie",
    "« J'étais sceptique »",
    "M. Garnier",
    "parent d'élève, Montcourt",
    "« La diététicienne est venue à la réunion des parents, elle nous a expliqué pourquoi il y a "
    "des légumineuses. J'avoue que j'étais sceptique sur les repas sans viande. »",
    ["parents"],
    "dieteticienne* vegetarien",
)
link(
    "2024-06-25 10:00",
    "julien",
    "Le marché de producteurs de Saint-Aubin",
    "https://www.saint-aubin-sur-brenne.fr/agenda/marche-producteurs",
    "La mairie relance un marché de producteurs le vendredi soir à partir de septembre. À relayer "
    "aux familles.",
    ["marché"],
    "marche producteurs",
)

# ---------------------------------------------------------------- escale 2
note(
    "2024-07-04 15:00",
    "karim",
    "Planning des travaux",
    "Les travaux de la cuisine centrale sont calés pendant les vacances de la Toussaint : nouvelle "
    "cellule de refroidissement, deux marmites basculantes et un four mixte. En attendant, on teste "
    "des recettes maison avec ce qu'on a.",
    ["cuisine centrale"],
    "travaux_cuisine* fait_maison",
)
note(
    "2024-07-09 11:30",
    "claire",
    "Subvention obtenue",
    "Bonne nouvelle, l'appel à projets national est accepté : 85 000 € sur 2 ans, dont une partie "
    "pour équiper la cuisine centrale et lancer la légumerie.",
    ["financement"],
    "travaux_cuisine legumerie",
)
photo(
    "2024-07-17 19:00",
    "thomas",
    "Récolte de juillet",
    "Courgettes, haricots, tomates cerises : la récolte du jour aux Noues. Une partie est donnée "
    "aux Restos pour la distrib de jeudi.",
    ["jardins"],
    "jardins recolte* precarite distribution",
)
note(
    "2024-07-23 10:00",
    "nadia",
    "Un local pour l'épicerie ?",
    "Visite de l'ancienne poste de Verneuil avec le maire. 90 m², une réserve, accessible PMR. Il "
    "faudra une chambre froide. Verdict : ça peut le faire pour l'épicerie.",
    ["solidarité"],
    "epicerie",
)
note(
    "2024-08-20 09:00",
    "julien",
    "Lentilles du Moulin",
    "Le GAEC du Moulin a récolté ses premières lentilles vertes cet été, 2 tonnes. Ils sont prêts "
    "à en réserver pour les cantines si on s'engage sur un volume.",
    ["producteurs"],
    "producteurs recolte",
)
photo(
    "2024-09-02 12:30",
    "elodie",
    "Rentrée",
    "Jour de rentrée à Jules-Ferry, premier menu de l'année : carottes râpées de Brécy, poulet "
    "fermier, yaourt de la ferme Leroux.",
    ["écoles"],
    "producteurs laitier",
)
note(
    "2024-09-10 18:00",
    "claire elodie",
    "COPIL de rentrée",
    "2e COPIL. Les élus valident : un repas végétarien par semaine partout (déjà obligatoire, mais "
    "pas appliqué à Verneuil), la tarification sociale à l'étude, et le principe de la légumerie. "
    "Débat tendu sur le coût.",
    ["COPIL"],
    "reunion vegetarien tarif_social legumerie",
)
audio(
    "2024-09-12 13:45",
    "karim",
    "Premier test végé",
    "Alors aujourd'hui premier chili sin carne fait chez nous, avec les lentilles du Moulin. Bon, "
    "les grands ils ont bien mangé, les petits un peu moins, y a eu pas mal de retour sur les "
    "plateaux en maternelle. On va retravailler la recette, moins épicée.",
    ["menus"],
    "vegetarien* fait_maison gaspillage producteurs",
)
note(
    "2024-09-17 09:00",
    "sophie",
    "Plan alimentaire",
    "Nouveau plan alimentaire sur 20 jours validé : 4 repas végétariens par cycle, légumes de "
    "saison, fromage à la coupe, équilibre nutritionnel vérifié plat par plat. J'ai retiré les "
    "nuggets (enfin).",
    ["menus"],
    "dieteticienne vegetarien saison",
)
photo(
    "2024-09-20 18:30",
    "julien",
    "Marché de producteurs, 1re édition",
    "Vendredi soir place de la Halle à Saint-Aubin : 12 stands, fromages, légumes, volailles, "
    "bières. Monde fou !",
    ["marché"],
    "marche* producteurs",
)
testi(
    "2024-09-24 14:00",
    "julien",
    "« Il faut que le prix suive »",
    "Hélène Vasseur",
    "éleveuse de volailles à Verneuil",
    "« Le marché du vendredi, c'est 30 % de mon chiffre maintenant. Et les gens posent des "
    "questions, ils veulent savoir comment on élève. La cantine, j'y crois, mais il faut que le "
    "prix suive : un poulet fermier c'est pas un poulet de batterie. »",
    ["producteurs"],
    "marche producteurs",
)
note(
    "2024-10-01 10:00",
    "mathieu",
    "Sourcing avant la consultation",
    "Rencontré 9 producteurs dans le cadre du sourcing avant la consultation. Je prépare le cahier "
    "des charges : 11 lots (légumes, fruits, laitages, volaille, viande bovine, pain…), critères "
    "environnementaux, fraîcheur, délai de livraison court.",
    ["commande publique"],
    "appel_offres producteurs",
)
note(
    "2024-10-08 17:00",
    "amandine",
    "Campagne de pesées",
    "On lance la campagne de pesées d'automne lundi 14 octobre dans 6 écoles, pendant une semaine, juste avant les vacances. "
    "Kits balance + fiches distribués aux responsables de site.",
    ["gaspillage"],
    "pesee gaspillage",
)
video(
    "2024-10-14 12:45",
    "sophie pierre",
    "Jour 1 des pesées",
    "On est à la cantine de Verneuil, premier jour. Les enfants vident leurs plateaux dans des "
    "seaux séparés : pain, entrée, plat, dessert. Bon là on voit tout de suite, le pain c'est "
    "énorme, ils prennent trois morceaux et ils en mangent un.",
    ["gaspillage"],
    "pesee* gaspillage",
)
note(
    "2024-10-14 16:30",
    "karim",
    "Matériel livré",
    "Les marmites sont arrivées ce matin, installation pendant les vacances. L'équipe sera en "
    "formation sur le four mixte la semaine du 21.",
    ["cuisine centrale"],
    "travaux_cuisine formation cuisine_equipe",
)
testi(
    "2024-10-17 19:00",
    "pierre",
    "« Après on a plus faim »",
    "Lina",
    "élève de CM2 à Verneuil",
    "« Le pain on le prend parce qu'il est bon, mais après on a plus faim pour les lentilles. Et "
    "la dame elle nous en met trop dans l'assiette. »",
    ["gaspillage"],
    "gaspillage",
)
photo(
    "2024-10-22 10:00",
    "karim",
    "Four mixte installé",
    "Le nouveau four mixte est en place. On va pouvoir faire nos rôtis et nos gratins nous-mêmes.",
    ["cuisine centrale"],
    "travaux_cuisine* fait_maison",
)
note(
    "2024-10-24 15:00",
    "karim",
    "Formation four + cuisine végétale",
    "2 jours de formation pour 12 agents : prise en main du four mixte et recettes végétariennes "
    "(dahl, galettes de légumineuses, lasagnes aux légumes). Les collègues étaient motivés, même "
    "les plus sceptiques.",
    ["cuisine centrale"],
    "formation cuisine_equipe vegetarien",
)
note(
    "2024-10-29 14:20",
    "mathieu",
    "Relecture du cahier des charges",
    "Relecture du cahier des charges avec Sophie et Karim : fiches produits, fréquence de passage "
    "des camions, pénalités de retard, part de produits sous signe de qualité.",
    ["commande publique"],
    "appel_offres",
)
note(
    "2024-11-05 13:00",
    "amandine",
    "Résultats des pesées",
    "Bilan de la semaine de pesées : 104 g de restes par enfant en moyenne, 2,3 tonnes jetées par an à "
    "l'échelle de l'agglo si on extrapole. Le pain et les légumes cuits sont en tête. Écart énorme "
    "entre écoles : 60 g à Paul-Bert (bar à crudités) contre 150 g à Verneuil.",
    ["gaspillage"],
    "pesee* gaspillage*",
)
audio(
    "2024-11-07 18:00",
    "elodie",
    "Idée anti-gaspi pain",
    "Euh petite idée en sortant de Verneuil : on pourrait mettre le pain en fin de ligne de self au "
    "lieu du début, comme ça ils se servent après avoir le plat. Et faire un gâchimètre à pain, un "
    "bac transparent où on voit ce qu'on jette chaque jour. Les enfants adorent ce genre de trucs.",
    ["gaspillage"],
    "gaspillage",
)
note(
    "2024-11-12 10:00",
    "nadia",
    "Épicerie solidaire : l'asso est créée",
    "L'asso porteuse de l'épicerie est créée : « Le Grenier solidaire ». CA de 7 personnes, "
    "présidente : Mme Roussel (ex-directrice d'école). Ouverture visée au printemps.",
    ["solidarité"],
    "epicerie*",
)
photo(
    "2024-11-14 12:15",
    "sophie",
    "Atelier des 5 sens",
    "Atelier des 5 sens en classe de CM1 à Saint-Aubin : goûter une pomme, une poire, un coing… et "
    "dire ce qu'on sent. Le coing a fait des grimaces.",
    ["écoles"],
    "education* degustation",
)
note(
    "2024-11-19 17:30",
    "thomas",
    "Compost collectif",
    "Installation de 3 bacs à compost aux Noues avec le syndicat des déchets. Les habitants du "
    "quartier pourront y déposer leurs épluchures. Formation guide-composteur prévue en janvier.",
    ["compost", "jardins"],
    "compost* jardins",
)
note(
    "2024-11-21 11:00",
    "mathieu",
    "Consultation lancée",
    "Le DCE est en ligne sur la plateforme, réponses attendues avant le 20 janvier. Allotissement "
    "en 11 lots, dont un lot « légumes bruts locaux » réservé aux petites exploitations.",
    ["commande publique"],
    "appel_offres* producteurs",
)
testi(
    "2024-11-26 14:00",
    "elodie",
    "« Ils goûtent des choses »",
    "M. Benoît",
    "directeur de l'école Paul-Bert",
    "« Depuis le bar à crudités, le moment du repas est plus calme. Les grands aident les petits à "
    "se servir, et ils goûtent des choses qu'ils refusaient avant. »",
    ["écoles"],
    "legumes_enfants degustation",
)
note(
    "2024-11-28 09:15",
    "karim",
    "On change de pain",
    "On passe au pain bio du boulanger de Brécy, apporté tous les matins. Plus cher, mais les "
    "enfants le mangent jusqu'au bout, on en jette beaucoup moins qu'avec le pain industriel.",
    ["cantine"],
    "bio_cantine producteurs gaspillage",
)
note(
    "2024-12-03 18:00",
    "claire",
    "Réunion publique alimentation",
    "Une soixantaine de personnes à la salle des fêtes de Brécy pour la réunion publique. "
    "Questions sur le prix de la cantine, les pesticides, et « pourquoi on jette autant ». Bonne "
    "ambiance.",
    ["réunion publique"],
    "reunion cout_repas gaspillage",
)
testi(
    "2024-12-05 15:30",
    "nadia",
    "« On mange toujours pareil »",
    "Bernard",
    "retraité, bénéficiaire de l'aide alimentaire",
    "« Avec 900 euros de retraite, une fois le loyer payé... Les colis ça aide, mais on mange "
    "toujours pareil. »",
    ["précarité"],
    "precarite distribution",
)
photo(
    "2024-12-10 12:00",
    "karim",
    "Premier repas 100 % maison",
    "Menu de Noël entièrement cuisiné par l'équipe : velouté de potimarron, volaille de Verneuil, "
    "gratin dauphinois, bûche maison. 1 800 couverts.",
    ["cuisine centrale"],
    "fait_maison* cuisine_equipe producteurs",
)
audio(
    "2024-12-12 16:00",
    "nadia",
    "Collecte de Noël",
    "Alors on sort de la collecte au supermarché de Montcourt pour la banque alimentaire. 1,2 tonne "
    "en deux jours, c'est plus que l'an dernier. Par contre très peu de produits pour bébés, "
    "faudrait relancer ça.",
    ["précarité"],
    "precarite",
)
note(
    "2024-12-17 10:00",
    "sophie",
    "Menus d'hiver",
    "On a enlevé les tomates et les concombres des menus jusqu'en mai. Place aux choux, poireaux, "
    "courges, carottes, betteraves. Quelques parents râlent, mais c'est logique.",
    ["menus"],
    "saison*",
)

# ---------------------------------------------------------------- escale 3
note(
    "2025-01-07 09:30",
    "julien",
    "Légumerie : étude de faisabilité",
    "Le bureau d'études rend son rapport sur la légumerie : 400 kg/jour, 3 postes en ESAT, "
    "investissement de 280 k€. Point mort à 250 kg/jour. Il faut que la cuisine centrale et au "
    "moins 2 collèges s'engagent.",
    ["légumerie"],
    "legumerie",
)
testi(
    "2025-01-09 17:30",
    "sophie",
    "« Plus de tomates ? »",
    "Mme Perrin",
    "parent d'élève, Verneuil",
    "« Pourquoi il n'y a plus de tomates à la cantine ? Ma fille adore ça. » Question reçue par "
    "mail ; j'ai répondu : pas avant juin, en hiver elles viennent de loin et n'ont aucun goût.",
    ["parents", "menus"],
    "saison",
)
note(
    "2025-01-14 17:00",
    "thomas",
    "Guides-composteurs formés",
    "Samedi 11, 9 habitants formés guides-composteurs avec le syndicat. Ils vont suivre les bacs "
    "des Noues et aider les écoles qui veulent se lancer.",
    ["compost"],
    "compost",
)
photo(
    "2025-01-16 12:30",
    "elodie",
    "Composteur à l'école",
    "Les CE1 de Jules-Ferry ont leur composteur dans la cour. Les épluchures de la cantine et les "
    "trognons de fruits y vont chaque jour.",
    ["compost", "écoles"],
    "compost",
)
note(
    "2025-01-21 11:00",
    "mathieu",
    "Ouverture des plis",
    "21 offres reçues sur les 11 lots. Bonne surprise : 5 candidatures de producteurs du "
    "département, dont un groupement de maraîchers. Analyse en cours avec Sophie et Karim "
    "(dégustation des échantillons la semaine prochaine).",
    ["commande publique"],
    "appel_offres producteurs maraichers degustation",
)
note(
    "2025-01-23 10:00",
    "julien",
    "Calendrier des légumes",
    "Avec les maraîchers, on a fait un calendrier de ce qu'ils peuvent fournir mois par mois. "
    "Janvier-février : poireaux, choux, carottes, céleri. Pas grand-chose en avril (creux de "
    "production).",
    ["producteurs", "menus"],
    "saison* maraichers producteurs",
)
video(
    "2025-01-28 14:30",
    "karim sophie mathieu",
    "Dégustation à l'aveugle",
    "Bon alors là on est en train de goûter les yaourts des quatre candidats, à l'aveugle hein, on "
    "sait pas qui est qui. Le B il est trop sucré, le D il est top, bien ferme. On va noter sur "
    "vingt.",
    ["commande publique"],
    "degustation* laitier appel_offres",
)
note(
    "2025-01-30 11:00",
    "sophie",
    "Intervention CM2 : le petit-déj",
    "Séance en CM2 à Verneuil sur le petit-déjeuner : beaucoup viennent le ventre vide. On a "
    "préparé un petit-déj équilibré en classe et parlé des sucres cachés.",
    ["écoles"],
    "education dieteticienne",
)
note(
    "2025-02-04 10:00",
    "mathieu",
    "Attribution des lots",
    "Commission d'appel d'offres ce matin. Lots attribués : les yaourts et fromages blancs à la "
    "Ferme des Leroux, le lot légumes bruts au groupement « Les Maraîchers de la Brenne », la "
    "volaille à Hélène Vasseur. Début des livraisons le 3 mars.",
    ["commande publique"],
    "appel_offres* laitier producteurs maraichers livraison reunion",
)
testi(
    "2025-02-06 18:00",
    "julien",
    "« On est fiers »",
    "Damien Leroux",
    "éleveur laitier, Ferme des Leroux",
    "« On a signé pour 3 ans. Ça nous oblige à investir dans une deuxième cuve et à embaucher "
    "quelqu'un à mi-temps. Nos yaourts dans les assiettes des gamins du coin, franchement on est "
    "fiers. »",
    ["producteurs"],
    "laitier* producteurs",
)
note(
    "2025-02-11 09:00",
    "sophie",
    "Calcul Egalim 2024",
    "Calcul du taux Egalim sur 2024 : 31 % de produits durables et de qualité dont 11 % bio. On "
    "progresse mais on est encore loin de la loi. Avec le nouveau marché on devrait passer à "
    "45 % / 22 %.",
    ["Egalim"],
    "egalim* bio_cantine appel_offres",
)
audio(
    "2025-02-13 16:00",
    "claire",
    "Mémo élus et légumerie",
    "Bon, sortie de la commission agriculture. Les élus sont partagés sur la légumerie, le maire "
    "de Brécy trouve ça trop cher, la vice-présidente elle pousse. On a convenu d'aller voir celle "
    "de Châtelrault, une autre agglo, en mars, pour voir en vrai.",
    ["légumerie", "élus"],
    "legumerie reunion",
)
photo(
    "2025-02-18 12:00",
    "elodie",
    "Classe à la ferme",
    "Les CM2 de Saint-Aubin à la Ferme des Leroux : traite des vaches à 16h et dégustation de fromage blanc.",
    ["écoles", "producteurs"],
    "visite_ferme* laitier degustation education",
    body="Sortie montée avec Mme Carré, l'instit. Car payé par l'agglo.",
)
note(
    "2025-02-20 16:40",
    "pierre",
    "Bacs de jardin à Paul-Bert",
    "Les CM1 de Paul-Bert préparent leurs bacs de jardin avec l'animateur, semis de radis et de "
    "salades prévus en mars.",
    ["écoles", "jardins"],
    "jardins",
)
note(
    "2025-02-25 10:00",
    "julien",
    "Logistique des producteurs",
    "Calé la logistique avec les producteurs : livraison groupée à la cuisine centrale le mardi et "
    "le jeudi avant 7h, via le camion frigo de la plateforme de Verneuil. Les Leroux livrent "
    "eux-mêmes le lundi.",
    ["producteurs"],
    "livraison* producteurs",
)
photo(
    "2025-03-03 06:45",
    "karim",
    "Premiers arrivages locaux",
    "6h45, quai de la cuisine centrale : 180 kg de carottes et poireaux du groupement, et les "
    "premiers yaourts des Leroux. Journée historique !",
    ["cuisine centrale", "producteurs"],
    "livraison* producteurs maraichers laitier",
)
testi(
    "2025-03-06 13:30",
    "karim",
    "« Vivement la légumerie »",
    "Jérôme",
    "cuisinier, cuisine centrale",
    "« Les poireaux arrivent avec la terre. Ça prend un temps fou à laver et à éplucher, on a passé "
    "3 heures à 4 pour 120 kilos. Vivement la légumerie. »",
    ["cuisine centrale"],
    "cuisine_equipe legumerie fait_maison",
)
note(
    "2025-03-11 17:00",
    "claire",
    "Visite de la légumerie de Châtelrault",
    "Visite avec 6 élus de la légumerie de l'agglo de Châtelrault : 5 salariés en insertion, "
    "600 kg/jour, machines à éplucher et à découper. Le maire de Brécy est revenu convaincu !",
    ["légumerie", "élus"],
    "legumerie",
)
note(
    "2025-03-13 12:00",
    "elodie",
    "Défi anti-gaspi au collège",
    "Au collège Camille-Claudel, les délégués lancent un défi : 3 semaines pour réduire les restes "
    "de 30 %. Pesée quotidienne affichée dans le hall.",
    ["gaspillage"],
    "gaspillage pesee",
)
audio(
    "2025-03-18 18:00",
    "pierre",
    "Interview du chef de Camille-Claudel",
    "Alors j'ai vu le chef du collège Camille-Claudel. Il m'a dit, en gros, que depuis le défi les "
    "élèves se resservent au lieu de prendre une grosse assiette d'un coup, et que du coup y en a "
    "beaucoup moins qui finit à la poubelle. Il a réduit ses quantités de pain de 20 %.",
    ["gaspillage"],
    "gaspillage cuisine_equipe",
)
link(
    "2025-03-20 10:00",
    "amandine",
    "Article de presse sur le défi",
    "https://www.lecho-de-la-brenne.fr/montcourt/college-defi-anti-gaspillage",
    "L'Écho de la Brenne parle du défi des délégués de Camille-Claudel 👍",
    ["presse"],
    "gaspillage",
)
note(
    "2025-03-25 14:00",
    "nadia",
    "Épicerie : chambre froide",
    "Chambre froide installée au Grenier solidaire, financée par la fondation d'une enseigne. On "
    "attend encore les étagères et la caisse.",
    ["solidarité"],
    "epicerie",
)
note(
    "2025-03-27 19:30",
    "thomas",
    "Plan des jardins 2025",
    "Réunion des jardiniers des Noues : on crée 4 parcelles collectives pour l'épicerie solidaire "
    "et une parcelle pédagogique pour l'école. Tour d'eau organisé pour l'été.",
    ["jardins"],
    "jardins* epicerie reunion",
)
note(
    "2025-04-01 09:00",
    "sophie",
    "Deux repas végé par semaine ?",
    "Proposition de passer à 2 repas végétariens par semaine à la rentrée prochaine. Les retours "
    "sont bons sur le dahl et les lasagnes de légumes, moins sur les boulettes de soja. À arbitrer "
    "par les élus.",
    ["menus"],
    "vegetarien*",
)
testi(
    "2025-04-03 16:00",
    "nadia",
    "« Le 20 du mois, le frigo est vide »",
    "Karima B.",
    "mère seule avec 3 enfants, Montcourt",
    "« Le 20 du mois, le frigo est vide. Avant j'allais aux Restos mais j'avais honte de faire la "
    "queue devant tout le monde. Une épicerie où on paie un peu et où on choisit, ça change "
    "tout. »",
    ["précarité"],
    "precarite* epicerie distribution",
)
note(
    "2025-04-08 10:30",
    "julien",
    "Le marché reprend",
    "Le marché de producteurs reprend le 11 avril avec 15 exposants, dont 2 nouveaux maraîchers et "
    "un boulanger bio. La mairie ajoute des animations pour les enfants un vendredi sur deux.",
    ["marché"],
    "marche* producteurs maraichers",
)
photo(
    "2025-04-10 12:00",
    "elodie",
    "Rallye des légumes",
    "Rallye en maternelle : retrouver les légumes cachés dans la cour, puis les goûter en soupe. "
    "Même le céleri est passé !",
    ["écoles"],
    "education legumes_enfants* degustation",
)
note(
    "2025-04-15 15:00",
    "amandine",
    "Entretiens avec les fournisseurs",
    "6 entretiens faits avec les producteurs fournisseurs pour l'évaluation à mi-parcours : tous "
    "contents des volumes, mais 3 sur 6 signalent des retards de paiement de l'agglo (45 jours).",
    ["évaluation"],
    "evaluation producteurs",
)
note(
    "2025-04-22 11:00",
    "claire",
    "Point budget repas",
    "Le coût matière est passé de 1,92 € à 2,18 € par repas avec le local et le bio. Compensé en "
    "partie par la baisse du gaspillage (moins de quantités commandées). Le prix payé par les "
    "familles ne bouge pas.",
    ["budget"],
    "cout_repas* gaspillage bio_cantine",
)
audio(
    "2025-04-24 18:00",
    "karim",
    "Mémo du trimestre",
    "Bilan du trimestre : on est à 70 % de fait maison, contre même pas 20 % l'an dernier. Les "
    "sauces, les purées, les gâteaux, tout. L'équipe elle a repris goût au métier je trouve, y a "
    "moins d'arrêts maladie aussi.",
    ["cuisine centrale"],
    "fait_maison* cuisine_equipe*",
)
testi(
    "2025-04-29 12:40",
    "elodie",
    "« C'est bon en fait »",
    "Inès",
    "élève de CE1, Jules-Ferry",
    "« Avant je mangeais pas les épinards. Mais on les a goûtés en classe avec du fromage et c'est "
    "bon en fait. »",
    ["écoles"],
    "legumes_enfants degustation education",
)

# ---------------------------------------------------------------- escale 4
photo(
    "2025-05-06 10:00",
    "nadia",
    "Inauguration du Grenier solidaire",
    "Ruban coupé par le président de l'agglo. 40 familles inscrites pour démarrer, produits à "
    "10-30 % du prix normal.",
    ["solidarité"],
    "epicerie* precarite",
)
note(
    "2025-05-09 16:00",
    "elodie",
    "Chez Gaëtan avec les CE2",
    "Les CE2 de Jules-Ferry chez Gaëtan Morel à Brécy : plantation de poireaux, explication de la "
    "rotation des cultures. Les enfants voulaient tous conduire le tracteur.",
    ["écoles", "producteurs"],
    "visite_ferme* maraichers education",
)
note(
    "2025-05-13 17:00",
    "nadia",
    "Convention invendus",
    "Convention signée avec l'Intermarché de Verneuil : ils nous donnent leurs invendus frais "
    "(fruits, légumes, laitages) 3 fois par semaine. Ramassage par des bénévoles.",
    ["solidarité"],
    "invendus* epicerie precarite",
)
testi(
    "2025-05-15 19:00",
    "julien",
    "« Plutôt que de les jeter »",
    "Gaëtan Morel",
    "maraîcher bio à Brécy",
    "« En fin de marché il me reste souvent 10-15 kilos de légumes un peu moches. Plutôt que de les "
    "jeter, je les laisse au Grenier solidaire. C'était l'idée de Nadia, au départ. »",
    ["marché", "solidarité"],
    "invendus* marche epicerie gaspillage maraichers producteurs",
)
note(
    "2025-05-20 14:00",
    "elodie",
    "Semaine fruits et légumes",
    "Semaine fruits et légumes dans les 14 écoles : bar à fruits à la récré, quiz, et un cuisinier "
    "de la cuisine centrale vient parler de son métier dans chaque classe de CM.",
    ["écoles"],
    "education* legumes_enfants cuisine_equipe",
)
video(
    "2025-05-22 12:30",
    "thomas",
    "Les radis de l'école",
    "Voilà, on est à la parcelle de l'école. Les enfants ont semé des radis il y a trois semaines et "
    "là ils les arrachent. Regarde Ilyès, il en croque un... « Ça pique ! » Voilà. Ils vont les "
    "emporter à la cantine demain.",
    ["jardins", "écoles"],
    "jardins recolte legumes_enfants degustation education",
)
note(
    "2025-05-27 09:00",
    "claire",
    "Ordre du jour du COPIL",
    "COPIL mardi 3 juin à 17h, salle du conseil : bilan épicerie, 2e repas végé, tarification "
    "sociale, calendrier de l'évaluation. Envoi des docs jeudi.",
    ["COPIL"],
    "reunion",
)
photo(
    "2025-06-03 12:00",
    "thomas",
    "Petits pois !",
    "Aux Noues, les petits pois sont prêts. Les bénévoles de l'épicerie viennent les cueillir jeudi.",
    ["jardins"],
    "jardins recolte epicerie",
)
note(
    "2025-06-03 19:30",
    "claire elodie",
    "COPIL du 3 juin",
    "Décisions : 2e repas végétarien hebdo à partir de septembre dans les écoles volontaires (8 sur "
    "14), repas à 1 € pour les familles aux plus faibles revenus dès la rentrée, évaluation finale "
    "confiée à Amandine avec un cabinet. Le maire de Brécy s'abstient sur le végé.",
    ["COPIL"],
    "reunion* vegetarien tarif_social cout_repas evaluation",
)
audio(
    "2025-06-03 21:00",
    "elodie",
    "Mémo après le COPIL",
    "Petit mémo à chaud après la réunion. Ce qui m'a marqué c'est l'intervention de la directrice "
    "de Verneuil sur les enfants qui mangent pas à la maison le soir, qui comptent sur la cantine. "
    "Le repas à un euro, c'est vraiment pour eux.",
    ["COPIL"],
    "reunion tarif_social precarite",
)
note(
    "2025-06-10 10:00",
    "mathieu",
    "Contrat légumerie signé",
    "Marché de prestation avec l'ESAT pour la légumerie signé : 300 kg/jour de légumes lavés, "
    "épluchés et taillés, démarrage en septembre.",
    ["légumerie", "commande publique"],
    "legumerie appel_offres",
)
photo(
    "2025-06-13 21:30",
    "julien",
    "Marché d'été",
    "Marché de producteurs en mode guinguette ce vendredi : musique, tables partagées, les "
    "exposants ont vendu presque tout.",
    ["marché"],
    "marche producteurs",
)
testi(
    "2025-06-17 15:00",
    "sophie",
    "« Les assiettes sont revenues vides »",
    "Samia",
    "agent de restauration à l'office de Verneuil",
    "« Le jour où la cuisine centrale a envoyé le hachis parmentier maison avec les pommes de terre "
    "de Brécy, les assiettes sont revenues vides. Les enfants voient la différence, faut pas "
    "croire. »",
    ["cantine"],
    "fait_maison cuisine_equipe gaspillage producteurs",
)
note(
    "2025-06-24 10:00",
    "nadia",
    "Distributions d'été",
    "Pendant juillet-août, les Restos ferment. On organise avec la banque alimentaire 2 "
    "distributions de colis par semaine au Grenier, le mardi et le vendredi.",
    ["solidarité"],
    "distribution* precarite epicerie",
)
note(
    "2025-07-01 11:00",
    "thomas",
    "Chaleur aux jardins",
    "Canicule : arrosage tôt le matin seulement, paillage partout. On a perdu une partie des "
    "salades mais les tomates tiennent.",
    ["jardins"],
    "jardins",
)
photo(
    "2025-07-08 09:00",
    "nadia",
    "Colis du mardi",
    "Préparation des colis au Grenier : légumes des Noues, pâtes, lait, conserves. 62 foyers servis "
    "ce matin.",
    ["solidarité"],
    "distribution* precarite epicerie jardins",
)
note(
    "2025-07-29 17:20",
    "nadia",
    "Grenier : 3 mois",
    "3 mois d'ouverture : 96 familles inscrites, 14 bénévoles, 62 % des produits viennent de dons "
    "ou d'invendus. Il manque des produits d'hygiène.",
    ["solidarité"],
    "epicerie precarite invendus",
)
photo(
    "2025-08-05 15:00",
    "thomas",
    "Atelier confitures",
    "Atelier confitures au Grenier avec les prunes du jardin du Clos. 40 pots pour les rayons.",
    ["jardins", "solidarité"],
    "jardins epicerie",
)
note(
    "2025-08-12 10:00",
    "julien",
    "Marché : fréquentation de l'été",
    "Comptage sur l'été : 600 visiteurs par vendredi en moyenne. 3 producteurs demandent à passer "
    "à 2 marchés par semaine.",
    ["marché"],
    "marche producteurs",
)
audio(
    "2025-08-19 17:00",
    "pierre",
    "Pommes tombées",
    "Je suis au verger de Bruno Caillaud avec les bénévoles. Il nous laisse ramasser les pommes "
    "tombées, celles qu'il peut pas vendre. On va en faire de la compote pour l'épicerie, au lieu "
    "qu'elles pourrissent par terre.",
    ["solidarité"],
    "invendus producteurs recolte epicerie gaspillage",
)
note(
    "2025-08-26 09:30",
    "karim",
    "Formation cuisine des légumineuses",
    "3 cuisinières parties 2 jours en formation à l'école de cuisine de Tours : cuisson des "
    "légumineuses, protéines végétales, assaisonnements. Indispensable avec le 2e repas végé, "
    "sinon on tourne en rond avec les mêmes recettes.",
    ["cuisine centrale"],
    "formation* cuisine_equipe vegetarien",
)
note(
    "2025-08-28 11:10",
    "julien",
    "Viande bovine locale",
    "Rencontre avec Marc Fontaine, éleveur de charolaises à Brécy, titulaire du lot viande bovine : "
    "il demande des commandes plus régulières pour mieux planifier ses ventes.",
    ["producteurs"],
    "producteurs",
)

# ---------------------------------------------------------------- escale 5
photo(
    "2025-09-02 13:00",
    "elodie",
    "Rentrée 2025",
    "Premier jour avec 2 repas végé par semaine à Jules-Ferry : dahl de lentilles du Moulin et riz. "
    "Les assiettes sont revenues quasi vides.",
    ["écoles", "menus"],
    "vegetarien gaspillage producteurs",
)
note(
    "2025-09-04 10:00",
    "karim",
    "Légumerie : c'est parti",
    "Premiers bacs de la légumerie livrés ce matin : carottes râpées, céleri en cubes, pommes de "
    "terre épluchées. Qualité top, on gagne 2 h de travail par jour en cuisine.",
    ["légumerie", "cuisine centrale"],
    "legumerie* livraison cuisine_equipe",
)
photo(
    "2025-09-11 12:20",
    "sophie",
    "Légumes 100 % bio",
    "Jeudi, toutes les crudités et tous les légumes du menu étaient bio et locaux : betteraves de "
    "Brécy, carottes du groupement, courge rôtie. Une première dans les 14 écoles !",
    ["menus", "cantine"],
    "bio_cantine* producteurs",
)
note(
    "2025-09-09 14:00",
    "nadia",
    "Repas à 1 €",
    "312 enfants bénéficient du repas à 1 € depuis la rentrée, sur les 5 communes. Le dossier passe "
    "par le CCAS, on a simplifié le formulaire à une page.",
    ["cantine"],
    "tarif_social* cout_repas precarite",
)
note(
    "2025-09-16 17:00",
    "amandine",
    "Lancement de l'évaluation finale",
    "Réunion de lancement de l'évaluation finale avec le cabinet Terres & Territoires. Méthode : "
    "indicateurs + 2e enquête familles + entretiens + 2 ateliers participatifs. Rendu fin "
    "novembre.",
    ["évaluation"],
    "evaluation* enquete reunion",
)
testi(
    "2025-09-18 18:30",
    "amandine",
    "« Il connaît le nom du fermier »",
    "Mme Lopes",
    "mère de deux enfants, Saint-Aubin",
    "« Mon fils me parle des yaourts de la ferme, il connaît le nom du fermier ! Par contre le "
    "jeudi végé, il est moins fan. »",
    ["parents"],
    "laitier vegetarien producteurs",
)
note(
    "2025-09-23 09:00",
    "pierre",
    "2e enquête en ligne",
    "Le questionnaire de suivi est en ligne jusqu'au 12 octobre. Mêmes questions qu'en 2024 pour "
    "comparer, plus 4 sur le repas à 1 € et l'épicerie.",
    ["enquête", "évaluation"],
    "enquete evaluation",
)
photo(
    "2025-09-25 15:30",
    "julien",
    "Au verger",
    "Les CE2 de Paul-Bert au verger de Bruno Caillaud : cueillette et jus de pommes pressé sur place.",
    ["écoles", "producteurs"],
    "visite_ferme recolte education",
)
note(
    "2025-09-30 16:00",
    "sophie",
    "Rencontre des diététiciennes",
    "Rencontre départementale des diététiciennes de la restauration scolaire : on a présenté notre "
    "plan alimentaire avec 2 repas végétariens. Beaucoup de questions sur les apports en fer.",
    ["menus"],
    "dieteticienne* vegetarien",
)
note(
    "2025-10-02 10:00",
    "thomas",
    "Compost : bilan",
    "Les 3 bacs des Noues ont produit 1,5 m³ de compost mûr, redistribué aux jardiniers. Les "
    "guides-composteurs ont aidé 5 écoles à installer leurs composteurs.",
    ["compost", "jardins"],
    "compost* jardins",
)
audio(
    "2025-10-07 21:00",
    "amandine",
    "Atelier parents",
    "Atelier ce soir avec une quinzaine de parents. Le mot qui revient, c'est « qualité ». Ils "
    "voient la différence sur le fait maison. Par contre sur le gaspillage, ils savent pas trop ce "
    "qui a changé, faudra mieux communiquer les chiffres.",
    ["évaluation", "parents"],
    "evaluation fait_maison gaspillage",
)
note(
    "2025-10-14 13:30",
    "amandine",
    "Pesées finales",
    "Dernière campagne de pesées pour l'évaluation dans les 6 mêmes écoles. Premiers chiffres : "
    "71 g par enfant contre 104 g en 2024, soit un tiers de restes en moins.",
    ["gaspillage", "évaluation"],
    "pesee gaspillage evaluation",
)
photo(
    "2025-10-14 12:50",
    "pierre",
    "Seaux de pesée",
    "Verneuil, 14 octobre : les seaux sont beaucoup moins pleins qu'il y a un an. Le pain est "
    "presque tout mangé.",
    ["gaspillage"],
    "pesee gaspillage",
)
note(
    "2025-10-16 11:00",
    "sophie",
    "Résultats de l'enquête 2025",
    "Résultats de la 2e enquête (548 réponses) : 78 % des parents satisfaits de la cantine contre "
    "54 % en 2024. Les portions sont mieux adaptées selon eux. 9 % disent encore sauter des repas.",
    ["enquête", "évaluation"],
    "enquete* evaluation precarite",
)
note(
    "2025-10-21 09:00",
    "mathieu",
    "Marché denrées : premier bilan",
    "Bilan du marché denrées après 8 mois : 2 lots en difficulté (fruits : volumes insuffisants en "
    "hiver ; pain : livraisons en retard). On prépare un avenant.",
    ["commande publique"],
    "appel_offres livraison",
)
testi(
    "2025-10-23 18:00",
    "julien",
    "« 3 000 yaourts par semaine »",
    "Damien Leroux",
    "éleveur laitier, Ferme des Leroux",
    "« Un an après, on livre 3 000 yaourts par semaine aux cantines. On a embauché Léa à mi-temps. "
    "Sans le contrat avec l'agglo on l'aurait pas fait. »",
    ["producteurs"],
    "laitier* producteurs livraison",
)
note(
    "2025-10-28 10:00",
    "amandine",
    "Egalim 2025",
    "Taux Egalim sur les 9 premiers mois 2025 : 52 % de produits durables dont 24 % bio. Objectif "
    "de la loi atteint pour la 1re fois !",
    ["Egalim", "évaluation"],
    "egalim* bio_cantine evaluation",
)
drawing(
    "2025-11-04 15:00",
    "elodie",
    "Frise du projet",
    "Frise dessinée pour l'atelier bilan : des pesées de 2024 à l'épicerie, en passant par la "
    "légumerie et le marché.",
    ["évaluation"],
    "evaluation",
)
note(
    "2025-11-06 18:30",
    "claire",
    "Atelier bilan avec les élus",
    "Atelier bilan avec les élus et partenaires. Points forts : légumerie, repas à 1 €, épicerie. "
    "Points faibles : jardins de Saint-Aubin peu fréquentés, délais de paiement des producteurs.",
    ["évaluation", "élus"],
    "evaluation reunion jardins producteurs legumerie tarif_social epicerie",
)
link(
    "2025-11-13 09:00",
    "amandine",
    "Rapport d'évaluation (provisoire)",
    "https://www.valdebrenne-agglo.fr/pat/rapport-evaluation-2025.pdf",
    "Version provisoire du rapport d'évaluation finale. Commentaires avant le 24/11 svp.",
    ["évaluation"],
    "evaluation*",
)
audio(
    "2025-11-18 17:30",
    "karim",
    "Mémo de fin d'année",
    "Bon, je voulais dire un truc pour le carnet. Quand on a commencé, on ouvrait des sachets. "
    "Aujourd'hui on épluche plus, la légumerie le fait, et on cuisine tout. On sert du poulet de "
    "Verneuil, des yaourts de chez Leroux. Les collègues sont fiers, moi aussi.",
    ["cuisine centrale"],
    "fait_maison cuisine_equipe legumerie laitier producteurs",
)
note(
    "2025-11-20 10:00",
    "julien",
    "Dernier marché de l'année",
    "Dernier marché de producteurs de l'année vendredi, avec soupe offerte. Reprise en avril.",
    ["marché"],
    "marche producteurs",
)
note(
    "2025-11-25 19:00",
    "claire",
    "COPIL de clôture",
    "COPIL de clôture : le PAT est reconduit pour 3 ans. Priorités : un 2e jardin partagé à "
    "Verneuil, étendre l'épicerie à Brécy, viser 30 % de bio dans les assiettes.",
    ["COPIL"],
    "reunion jardins epicerie bio_cantine",
)

# ---------------------------------------------------------------- filler pools
# Everyday posts that reuse the topics' words in other senses. They answer no topic.
FILLER = [
    ("Parking", "Le parking de l'agglo est fermé jeudi pour le marquage au sol, garez-vous rue des Lilas."),
    (
        "Colloque",
        "Pour le colloque, envoyez-moi votre bio en 5 lignes avant vendredi, c'est pour le programme.",
    ),
    ("Bio des intervenants", "Il manque encore la bio et la photo de deux intervenants pour la plaquette."),
    (
        "Nouveau chef de service",
        "Arrivée du nouveau chef de service aux finances, pot d'accueil à 11h en salle B.",
    ),
    (
        "Chef de projet numérique",
        "Le poste de chef de projet numérique est publié, faites tourner l'annonce.",
    ),
    ("Marché de Noël", "Le marché de Noël de Montcourt cherche encore des bénévoles pour tenir la buvette."),
    (
        "Marché conclu",
        "Marché conclu avec le garage pour l'entretien des voitures de service : révision à tarif fixe.",
    ),
    (
        "Rapport d'activité",
        "La récolte des données pour le rapport d'activité est lancée, tableaux à remplir pour le 15.",
    ),
    (
        "Changement de salle",
        "Le changement de salle a semé la confusion, la moitié des gens attendaient au 2e étage.",
    ),
    ("Basket", "Victoire du club de basket de Verneuil 72-68, panier à trois points à la dernière seconde !"),
    (
        "Gymnase",
        "Le gymnase est réservé le mardi soir pour le basket des agents. Un panier est cassé, signalé aux services techniques.",
    ),
    (
        "Site internet",
        "Le menu du site de l'agglo a changé, la rubrique « démarches » est maintenant en haut à droite.",
    ),
    (
        "Bug formulaire",
        "Bug dans le menu déroulant du formulaire d'inscription aux ateliers numériques, signalé au prestataire.",
    ),
    (
        "Train",
        "Pensez à composter votre billet si vous prenez le TER pour le séminaire à Orléans, les contrôleurs verbalisent.",
    ),
    ("Resto d'en face", "Nouvelle carte au resto d'en face, le plat du jour est à 13,50 €."),
    ("Réseau de bus", "La nouvelle carte du réseau de bus est affichée à l'accueil."),
    (
        "Chaises",
        "Livraison des chaises pour la salle du conseil reportée à la semaine prochaine, le transporteur est en retard.",
    ),
    (
        "Fournitures",
        "Le colis de fournitures de bureau est arrivé, il est à l'accueil (ramettes, post-it, agrafes).",
    ),
    (
        "Fête du sport",
        "Qui peut distribuer les flyers de la fête du sport dans les boîtes aux lettres du centre-ville samedi ?",
    ),
    ("Courrier interne", "La distribution du courrier interne passe à 10h au lieu de 9h à partir de lundi."),
    (
        "Concours photo",
        "Remise des prix du concours photo « Mon territoire » vendredi à 18h à la médiathèque.",
    ),
    ("Covoiturage", "Avec le prix du carburant, on privilégie le covoiturage pour les déplacements."),
    (
        "Date du séminaire",
        "On a pesé le pour et le contre pour la date du séminaire : ce sera le jeudi, pas le vendredi.",
    ),
    ("Pétition", "La pétition pour la réouverture de la gare de Brécy a récolté plus de 2 000 signatures."),
    ("Téléthon", "Le téléthon des agents a récolté 1 340 € cette année, merci à tous."),
    ("Retour de congés", "Retour de vacances, j'ai la pêche ! Je rattrape les mails cette semaine."),
    ("Théâtre", "Présentation de la saison culturelle du théâtre de Montcourt jeudi soir, entrée libre."),
    (
        "Entretiens annuels",
        "Campagne d'entretiens annuels d'évaluation : les fiches sont sur l'intranet, à rendre avant la fin du mois.",
    ),
    (
        "PLUi",
        "L'enquête publique sur le PLUi est ouverte, le commissaire enquêteur tient permanence en mairie de Brécy.",
    ),
    ("Anniversaire", "Goûter d'anniversaire pour les 40 ans de Sandrine à 16h, salle de pause du 1er étage."),
    (
        "Restaurant administratif",
        "La cantine de l'hôtel d'agglo ferme trois semaines cet été, prévoyez votre gamelle.",
    ),
    ("Salon des maires", "Au salon des maires, la cantine des exposants était bondée, on a mangé debout."),
    ("Podcast", "La productrice du podcast de l'agglo veut nous interviewer sur le budget participatif."),
    ("Réception", "La réception aura lieu dans la salle du Jardin d'hiver, à l'hôtel de ville."),
    ("Théâtre des ados", "La troupe a planté le décor pour la pièce des ados, répétition générale mercredi."),
    ("Athlétisme", "Les « graines de champions » du club d'athlé sont qualifiés pour les régionaux."),
    ("Visite officielle", "Visite du préfet jeudi matin à l'hôtel d'agglo, badge obligatoire."),
    ("Local vélo", "Merci de bien fermer la porte du local vélo, deux vélos ont disparu."),
    ("Inventaire", "Les bureaux ferment à 16h vendredi pour l'inventaire."),
    ("Éoliennes", "Le projet de ferme éolienne de Brécy passe en conseil communautaire."),
    (
        "Tri au bureau",
        "Les bacs de tri du 2e étage débordent, merci de plier les cartons avant de les jeter.",
    ),
    ("Imprimante", "L'imprimante du 1er est encore en panne, utilisez celle de l'accueil."),
    ("Averse", "Grosse averse ce matin, le hall d'accueil a pris l'eau près de la porte vitrée."),
    ("Ventilateurs", "Ventilateurs disponibles au service technique, demandez à Patrick."),
    ("Verglas", "Routes glissantes vers Brécy, télétravail conseillé aujourd'hui."),
    (
        "Congés d'été",
        "Planning des congés d'été à remplir avant le 30, il faut garder deux personnes par service.",
    ),
    ("Pont de l'Ascension", "Pont de l'Ascension : l'accueil sera fermé le vendredi."),
    ("Réu d'équipe", "Réu d'équipe décalée à 14h, salle B. Ordre du jour : planning et congés."),
    ("Visio", "Le lien de la visio ne marche pas, on passe sur l'autre outil."),
    ("Badges", "Les nouveaux badges d'accès sont à récupérer à l'accueil avec une pièce d'identité."),
    ("Voiture de service", "La Clio de service est au garage jusqu'à jeudi, réservez la Zoé."),
    ("Sono", "Sono de la salle du conseil réparée, enfin."),
    (
        "Bureau de vote",
        "Pendant les élections, la salle polyvalente est réquisitionnée pour le bureau de vote.",
    ),
    ("Piscine", "La piscine intercommunale rouvre après la vidange, horaires habituels."),
    ("Fibre", "Coupure réseau prévue mardi entre 12h et 14h pour le raccordement fibre."),
    ("Stagiaire com", "Accueil d'une stagiaire en communication pour 2 mois, elle sera au bureau 12."),
    ("Mutuelle", "Réunion d'info sur la nouvelle mutuelle des agents jeudi 12h30."),
    ("Déménagement", "Le service urbanisme déménage au 3e, cartons à prévoir."),
    ("Plantes du bureau", "Qui arrose les plantes vertes du bureau pendant les vacances ?"),
    ("Chorale", "La chorale des agents répète le lundi midi, avis aux amateurs."),
    ("Course solidaire", "Course solidaire des agents dimanche, 10 km autour du lac de Verneuil."),
    (
        "Boîte à idées",
        "La boîte à idées de l'intranet a reçu 35 propositions, la plupart sur le télétravail.",
    ),
    ("Mails", "Je trie ma boîte mail, si vous attendez une réponse relancez-moi."),
    ("Arbre de Noël", "Arbre de Noël des enfants du personnel : inscriptions à l'accueil."),
    ("Ligne com", "Il reste 2 000 € sur la ligne communication, on peut faire imprimer les plaquettes."),
    ("Séminaire", "Le reste de l'équipe rejoint le séminaire en fin de matinée."),
    ("Taxe de séjour", "Point avec les finances sur l'assiette de la taxe de séjour."),
    ("Plateau télé", "Plateau télé local ce soir : le président parle des transports."),
    (
        "Serveur partagé",
        "J'ai vidé la corbeille du serveur partagé par erreur, l'informatique restaure la sauvegarde.",
    ),
    ("Budget primitif", "J'ai épluché le budget primitif, il manque une ligne pour les fournitures."),
    ("Syndicats d'eau", "La fusion des syndicats d'eau mijote depuis des mois, décision en conseil."),
    ("Plannings", "Petite cuisine interne sur les plannings, on s'organise entre nous."),
    ("Logo", "Chacun a mis son grain de sel sur le logo, on revote."),
    ("Boulette", "J'ai fait une boulette dans le mail aux maires, j'envoie un correctif."),
    ("Portes ouvertes", "Carton plein pour la journée portes ouvertes des services techniques."),
    ("Jury", "Composition du jury du concours photo arrêtée."),
    ("Calendriers", "Les calendriers des pompiers sont passés, il en reste à l'accueil."),
    ("Terrain synthétique", "Le terrain de foot synthétique de Saint-Aubin est inauguré samedi."),
    ("Salage", "Le service voirie a salé les routes cette nuit."),
    ("Ligne 3", "Ligne 3 déviée pendant les travaux de la rue Gambetta."),
    ("Toiture", "Travaux de toiture à la mairie de Brécy, l'accueil passe dans le préfabriqué."),
    ("Rond-point", "Les travaux du rond-point des Noues démarrent lundi, prévoir des bouchons."),
    ("Élagage", "Élagage des platanes avenue de la Gare, stationnement interdit."),
    ("Imprimeur", "Le rapport d'activité est parti chez l'imprimeur."),
    ("Ateliers numériques", "Les ateliers numériques de la médiathèque sont complets jusqu'à l'été."),
    ("Médiathèque", "Nouveaux horaires de la médiathèque le samedi."),
    ("Semaine bleue", "Programme de la semaine bleue pour les seniors : sorties, loto, conférence."),
    ("Forum des assos", "Forum des associations au gymnase, notre stand est entre le judo et la chorale."),
    ("Extincteurs", "Formation à la manipulation des extincteurs pour les agents du bâtiment A, mardi 9h."),
    ("Orages", "Alerte orages ce soir, rangez les barnums de la place."),
    ("Salon de l'habitat", "Il faut deux tables et une grille d'expo pour le stand du salon de l'habitat."),
    ("Clés", "Les clés de la salle 4 ont disparu, si quelqu'un les a, merci de les rapporter."),
    ("Wi-fi", "Le wi-fi invités a un nouveau mot de passe, affiché à l'accueil."),
    ("Photocopieur", "Le photocopieur couleur est réservé aux plaquettes jusqu'à jeudi."),
    ("Assurance", "Déclaration de sinistre envoyée pour le rétroviseur de la Zoé."),
    ("Rentrée des classes", "Bouchons prévus devant les écoles lundi matin, partez plus tôt."),
    ("Jour férié", "Lundi férié, pensez à décaler vos rendez-vous."),
    ("Conseil communautaire", "Conseil communautaire jeudi 18h, l'ordre du jour est sur l'intranet."),
    ("Archives", "Les archives du service partent au sous-sol, triez vos cartons avant vendredi."),
]
TAILS = [
    "",
    "",
    "Merci à tous !",
    "Infos à l'accueil.",
    "Je mets le doc sur le drive.",
    "Questions à Patrick.",
    "Rappel en fin de semaine.",
    "Bonne journée 🙂",
    "À suivre.",
    "Je reste joignable sur mon portable.",
    "C'est noté dans l'agenda partagé.",
    "Pensez à répondre au mail.",
    "Transmettez autour de vous.",
    "Merci Josiane pour l'info.",
]
PREFIXES = ["Rappel : ", "Suite : ", "Re : ", "Encore : ", "Info : "]
FILLER_TAGS = ["vie d'équipe", "logistique", "agenda", "info", "bureau", "RH", "mairie"]
FILLER_URLS = [
    "https://www.valdebrenne-agglo.fr/actualites",
    "https://www.valdebrenne-agglo.fr/agenda",
    "https://intranet.valdebrenne-agglo.fr/infos-pratiques",
]
N_FILLER = 200

# a few posts only make sense in some months
SEASONS = {
    "Marché de Noël": (11, 12),
    "Arbre de Noël": (11, 12),
    "Verglas": (12, 1, 2),
    "Salage": (12, 1, 2),
    "Ventilateurs": (6, 7, 8),
    "Congés d'été": (4, 5, 6),
    "Restaurant administratif": (5, 6, 7),
    "Pont de l'Ascension": (5,),
    "Rentrée des classes": (8, 9),
    "Orages": (6, 7, 8),
    "Piscine": (9, 10),
    "Retour de congés": (1, 8, 9),
    "Théâtre": (9, 10),
}

# days kept for the day queries: only hand-written entries fall on them
RESERVED_DAYS = {dt.date(2024, 6, 3), dt.date(2025, 6, 3), dt.date(2024, 10, 14), dt.date(2025, 10, 14)}


# ---------------------------------------------------------------- helpers
def last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def paris_offset(local):
    """+02:00 between the last Sunday of March 03:00 and the last Sunday of October 03:00."""
    start = dt.datetime.combine(last_sunday(local.year, 3), dt.time(3, 0))
    end = dt.datetime.combine(last_sunday(local.year, 10), dt.time(2, 0))
    if local.date() in (start.date(), end.date()) and 2 <= local.hour < 3:
        raise ValueError(f"ambiguous or missing local time {local}")
    return "+02:00" if start <= local < end else "+01:00"


def iso(local):
    return local.strftime("%Y-%m-%dT%H:%M:00") + paris_offset(local)


def stage_of(day):
    for s in reversed(STAGES):
        if day >= dt.date.fromisoformat(s["starts_on"]):
            return s["id"]
    raise ValueError(day)


def fold(text):
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


TEXT_FIELDS = ("title", "body", "caption", "transcript", "speaker_name", "speaker_role", "url")


def full_text(e):
    return fold(" ".join([e[f] for f in TEXT_FIELDS] + e["tags"]))


def words(e):
    return set(re.findall(r"[a-z0-9]+", full_text(e)))


def has_word(e, w):
    w = fold(w)
    ws = words(e)
    return w in ws or w + "s" in ws or w + "x" in ws


def has_phrase(e, p):
    return re.search(r"(?<![a-z0-9])" + re.escape(fold(p)) + r"(?![a-z0-9])", full_text(e)) is not None


# ---------------------------------------------------------------- build
def build():
    rng = random.Random(SEED)
    entries = []
    for h in H:
        local = dt.datetime.strptime(h["d"], "%Y-%m-%d %H:%M")
        e = {k: h[k] for k in ("kind", "title", "body", "tags")}
        e.update(
            _local=local,
            author=h["author"],
            caption=h["caption"],
            transcript=h["transcript"],
            speaker_name=h["speaker_name"],
            speaker_role=h["speaker_role"],
            url=h["url"],
            _topics=[t.rstrip("*") for t in h["topics"]],
            _stars=[t.rstrip("*") for t in h["topics"] if t.endswith("*")],
            _hand=True,
        )
        entries.append(e)

    first = dt.date(2024, 2, 6)  # filler starts after the first post of the logbook
    span = (LAST_DAY - first).days
    order = list(range(len(FILLER)))
    rng.shuffle(order)
    used = set()
    for k in range(N_FILLER):
        title, body = FILLER[order[k % len(FILLER)]]
        months = SEASONS.get(title)
        if k >= len(FILLER):
            title = rng.choice(PREFIXES) + title[0].lower() + title[1:]
        tail = rng.choice(TAILS)
        text = (body + " " + tail).strip()
        while True:
            day = first + dt.timedelta(days=rng.randrange(span + 1))
            local = dt.datetime.combine(day, dt.time(rng.randrange(7, 22), rng.randrange(60)))
            if day not in RESERVED_DAYS and local not in used and (months is None or day.month in months):
                break
        used.add(local)
        r = rng.random()
        e = {"kind": "note", "title": title, "body": text, "caption": "", "transcript": "", "url": ""}
        if r < 0.13:
            e.update(kind="photo", body="", caption=text)
        elif r < 0.20:
            e.update(kind="audio", body="", transcript="Petit mémo. " + text)
        elif r < 0.24:
            e.update(kind="link", url=rng.choice(FILLER_URLS))
        tags = rng.sample(FILLER_TAGS, rng.randrange(3))
        e.update(
            tags=tags,
            _local=local,
            author=[rng.choice(AUTHORS)["id"]],
            speaker_name="",
            speaker_role="",
            _topics=[],
            _stars=[],
            _hand=False,
        )
        entries.append(e)

    entries.sort(key=lambda e: (e["_local"], not e["_hand"], e["title"]))
    out = []
    for i, e in enumerate(entries, 1):
        e["id"] = i
        e["occurred_at"] = iso(e["_local"])
        e["stage"] = stage_of(e["_local"].date())
        out.append(e)
    return out


def topic_set(entries, topic):
    return [e["id"] for e in entries if topic in e["_topics"]]


def stars(entries, topic, allowed):
    return [e["id"] for e in entries if topic in e["_stars"] and e["id"] in allowed][:2]


MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def queries(entries):
    qs = []

    def topic_q(kind, q, topic, note):
        rel = topic_set(entries, topic)
        qs.append(
            {
                "q": q,
                "relevant": rel,
                "top3": stars(entries, topic, rel),
                "why": "[%s] %s — %s (%d entrées)." % (kind, note, TOPICS[topic], len(rel)),
            }
        )

    S = "synonyme"
    topic_q(
        S,
        "gâchis",
        "gaspillage",
        "les entrées parlent de gaspillage, restes, pain jeté, assiettes pas finies",
    )
    topic_q(S, "cuistots", "cuisine_equipe", "chef, cuisinières, équipe de cuisine, agents de restauration")
    topic_q(S, "potager", "jardins", "jardins partagés, parcelles, bacs, semis")
    topic_q(S, "paysans", "producteurs", "agriculteurs, éleveurs, maraîchers, fermes du territoire")
    topic_q(S, "sans viande", "vegetarien", "repas végétariens, végé, légumineuses")
    topic_q(S, "sondage", "enquete", "questionnaire et enquête auprès des parents")
    topic_q(S, "pauvreté", "precarite", "précarité, aide alimentaire, frigo vide, fins de mois")
    topic_q(S, "nutritionniste", "dieteticienne", "diététicienne, grammages, plan alimentaire")
    topic_q(S, "épicerie sociale", "epicerie", "l'épicerie solidaire, le Grenier solidaire")
    topic_q(
        S, "saisonnalité", "saison", "légumes de saison, pas de tomates en hiver, calendrier des maraîchers"
    )

    F = "forme"
    topic_q(F, "pesées", "pesee", "pesée, on pèse, kilos et grammes de restes")
    topic_q(
        F, "composter", "compost", "compost, composteurs, guides-composteurs (pas « composter son billet »)"
    )
    topic_q(
        F,
        "récolté",
        "recolte",
        "récolte, cueillir, arracher les radis (pas la pétition qui a récolté des signatures)",
    )
    topic_q(
        F,
        "livraisons",
        "livraison",
        "livrer, livrés, arrivages (pas la livraison des chaises ni du matériel)",
    )
    topic_q(F, "goûté", "degustation", "goûter, dégustation, ils goûtent (pas le goûter d'anniversaire)")
    topic_q(
        F, "distribuer", "distribution", "distrib, distributions de colis (pas les flyers ni le courrier)"
    )

    M = "multi-mots"
    topic_q(M, "légumes bio cantine", "bio_cantine", "le bio dans les assiettes des cantines")
    topic_q(
        M,
        "marché de producteurs",
        "marche",
        "le marché du vendredi à Saint-Aubin (pas le marché de Noël ni le marché public)",
    )
    topic_q(
        M,
        "cuisine centrale travaux",
        "travaux_cuisine",
        "four mixte, marmites, chantier de la cuisine centrale",
    )
    topic_q(M, "ateliers goût école", "education", "ateliers, classes, sorties et semaines sur le goût")
    topic_q(M, "yaourts ferme locale", "laitier", "yaourts et fromage blanc de la Ferme des Leroux")
    topic_q(M, "prix du repas cantine", "cout_repas", "coût matière, prix payé par les familles, repas à 1 €")

    Q = "question"
    topic_q(
        Q,
        "qui a parlé de la tarification sociale à la cantine ?",
        "tarif_social",
        "tranches de quotient familial, repas à 1 €",
    )
    topic_q(
        Q,
        "comment on a fait pour que les enfants mangent des légumes ?",
        "legumes_enfants",
        "bar à crudités, rallye, ateliers, radis de l'école",
    )
    topic_q(
        Q, "c'est quoi la loi egalim, on en est où ?", "egalim", "taux de produits durables et bio mesurés"
    )
    topic_q(
        Q,
        "qui a organisé la visite de la ferme avec les élèves ?",
        "visite_ferme",
        "sorties scolaires chez les Leroux, chez Gaëtan, au verger",
    )
    topic_q(
        Q, "pourquoi former les cuisiniers ?", "formation", "four mixte, cuisine végétarienne, légumineuses"
    )
    topic_q(
        Q,
        "qui a eu l'idée de récupérer les invendus du marché ?",
        "invendus",
        "invendus du supermarché, légumes de fin de marché, pommes tombées",
    )

    T = "faute"
    topic_q(T, "gaspilage", "gaspillage", "faute de frappe pour gaspillage")
    topic_q(T, "legumerie", "legumerie", "sans accent")
    topic_q(T, "maraichers", "maraichers", "sans accent circonflexe")
    topic_q(T, "vegetarien", "vegetarien", "sans accents")
    topic_q(T, "diéticienne", "dieteticienne", "orthographe fautive courante de diététicienne")
    topic_q(T, "apel d'offre", "appel_offres", "appel d'offres mal orthographié")
    topic_q(
        T, "évalutation", "evaluation", "faute de frappe ; pas les entretiens annuels d'évaluation des agents"
    )

    def phrase_q(phrase, topic):
        rel = [e["id"] for e in entries if topic in e["_topics"] and has_phrase(e, phrase)]
        qs.append(
            {
                "q": f'"{phrase}"',
                "relevant": rel,
                "top3": stars(entries, topic, rel),
                "why": "[expression] les entrées sur %s qui contiennent l'expression « %s » (%d entrées)."
                % (TOPICS[topic], phrase, len(rel)),
            }
        )

    phrase_q("fait maison", "fait_maison")
    phrase_q("banque alimentaire", "precarite")
    phrase_q("cahier des charges", "appel_offres")

    def excl_q(q, topic, word):
        rel = [i for i in topic_set(entries, topic) if not has_word(entries[i - 1], word)]
        qs.append(
            {
                "q": q,
                "relevant": rel,
                "top3": stars(entries, topic, rel),
                "why": "[exclusion] %s, moins les entrées qui contiennent « %s » (ou son pluriel) (%d entrées)."
                % (TOPICS[topic], word, len(rel)),
            }
        )

    excl_q("gaspillage -collège", "gaspillage", "collège")
    excl_q("producteurs NOT viande", "producteurs", "viande")
    excl_q("jardin -Noues", "jardins", "Noues")

    def field_q(q, pred, note):
        rel = [e["id"] for e in entries if pred(e)]
        qs.append(
            {
                "q": q,
                "relevant": rel,
                "top3": [],
                "why": "[champ] %s, dérivé des données (%d entrées)." % (note, len(rel)),
            }
        )

    field_q(
        "auteur:Karim", lambda e: e["author"][0] == "karim", "toutes les entrées dont Karim Benali est auteur"
    )
    field_q(
        "auteur:Nadia",
        lambda e: e["author"][0] == "nadia",
        "toutes les entrées dont Nadia Haddad est auteure",
    )
    field_q(
        "escale:bilan",
        lambda e: e["stage"] == "bilan",
        "toutes les entrées de l'escale « Bilan et évaluation »",
    )
    field_q("#compost", lambda e: "compost" in e["tags"], "toutes les entrées étiquetées compost")
    field_q("#marché", lambda e: "marché" in e["tags"], "toutes les entrées étiquetées marché")

    def month_q(year, month):
        label = "%s %d" % (MONTHS[month - 1], year)
        rel = [
            e["id"]
            for e in entries
            if (e["_local"].year, e["_local"].month) == (year, month) or has_phrase(e, label)
        ]
        qs.append(
            {
                "q": label,
                "relevant": rel,
                "top3": [],
                "why": "[date] les entrées du mois de %s ou qui citent « %s », dérivé des données (%d entrées)."
                % (label, label, len(rel)),
            }
        )

    def day_q(q, month, day, topic=None):
        label = "%d %s" % (day, MONTHS[month - 1])
        rel = [
            e["id"]
            for e in entries
            if ((e["_local"].month, e["_local"].day) == (month, day) or has_phrase(e, label))
            and (topic is None or topic in e["_topics"])
        ]
        extra = "" if topic is None else ", parmi elles celles qui parlent d'une réunion"
        qs.append(
            {
                "q": q,
                "relevant": rel,
                "top3": [],
                "why": "[date] les entrées datées d'un %s (toutes années) ou qui citent « %s »%s, "
                "dérivé des données (%d entrées)." % (label, label, extra, len(rel)),
            }
        )

    month_q(2025, 3)
    month_q(2024, 4)
    day_q("le 14 octobre", 10, 14)
    day_q("réunion du 3 juin", 6, 3, "reunion")

    none = [
        (
            "paniers bio livrés à domicile",
            "aucune livraison de paniers aux particuliers ; « panier » n'apparaît que pour le basket",
        ),
        ("abattoir de proximité", "le carnet ne parle d'aucun abattoir"),
        ("ruches et miel", "ni abeilles ni miel dans le carnet"),
        ("poisson pêche locale", "aucun poisson ; « pêche » n'apparaît que dans « j'ai la pêche »"),
    ]
    for q, note in none:
        qs.append({"q": q, "relevant": [], "top3": [], "why": f"[sans réponse] {note}."})
    return qs


def check(doc, entries):
    ids = [e["id"] for e in doc["entries"]]
    assert ids == list(range(1, len(ids) + 1)), "ids must be 1..N"
    times = [e["_local"] for e in entries]
    assert times == sorted(times), "ids must follow time order"
    assert 300 <= len(ids) <= 350, len(ids)
    author_ids = {a["id"] for a in AUTHORS}
    stage_ids = {s["id"] for s in STAGES}
    try:
        from zoneinfo import ZoneInfo

        paris = ZoneInfo("Europe/Paris")
    except Exception:  # no tz database: the rule above is still checked by its own tests
        paris = None
    for e, raw in zip(doc["entries"], entries, strict=False):
        assert e["kind"] in ("note", "photo", "audio", "video", "drawing", "testimony", "link")
        assert set(e["author"]) <= author_ids and e["author"], e["id"]
        assert e["stage"] in stage_ids
        off = e["occurred_at"][-6:]
        assert off == paris_offset(raw["_local"])
        if paris is not None:
            real = raw["_local"].replace(tzinfo=paris).utcoffset()
            assert off == ("+02:00" if real == dt.timedelta(hours=2) else "+01:00"), e["occurred_at"]
        if e["kind"] == "testimony":
            assert e["speaker_name"] and e["speaker_role"], e["id"]
        if e["kind"] == "link":
            assert e["url"].startswith("https://"), e["id"]
        if e["kind"] in ("audio", "video"):
            assert e["transcript"], e["id"]
        if e["kind"] in ("photo", "drawing"):
            assert e["caption"], e["id"]
        for t in raw["_topics"]:
            assert t in TOPICS, t
        for t in raw["_stars"]:
            assert t in raw["_topics"]
    for t in TOPICS:
        assert sum(t in e["_stars"] for e in entries) <= 2, "too many stars for " + t
        assert sum(t in e["_topics"] for e in entries) >= 3, "topic too thin: " + t
    valid = set(ids)
    unanswered = 0
    for q in doc["queries"]:
        assert set(q["relevant"]) <= valid, q["q"]
        assert set(q["top3"]) <= set(q["relevant"]), q["q"]
        assert len(q["top3"]) <= 2, q["q"]
        assert re.match(r"\[[^\]]+\] ", q["why"]), q["q"]
        if q["relevant"]:
            continue
        unanswered += 1
        assert q["why"].startswith("[sans réponse]"), q["q"]
    assert unanswered >= 3
    for q in doc["queries"]:
        if not q["why"].startswith("[sans réponse]"):
            assert q["relevant"], "empty answer for " + q["q"]
    # the unanswered queries stay unanswered; "panier" and "pêche" only occur in filler posts
    hand = [e for e in entries if e["_hand"]]
    filler = [e for e in entries if not e["_hand"]]
    for w in (
        "abattoir",
        "abattoirs",
        "abattage",
        "abattages",
        "abeille",
        "abeilles",
        "miel",
        "ruche",
        "ruches",
        "poisson",
        "poissons",
        "peche",
        "panier",
        "paniers",
        "domicile",
        "amap",
    ):
        assert not any(w in words(e) for e in hand), w
    assert any("panier" in words(e) for e in filler) and any("peche" in words(e) for e in filler)
    # filler posts keep away from the phrases of the quoted queries
    for p in ("fait maison", "banque alimentaire", "cahier des charges"):
        assert not any(has_phrase(e, p) for e in filler), p


def main():
    entries = build()
    public = []
    for e in entries:
        public.append(
            {
                k: e[k]
                for k in (
                    "id",
                    "kind",
                    "title",
                    "body",
                    "tags",
                    "occurred_at",
                    "stage",
                    "author",
                    "caption",
                    "transcript",
                    "speaker_name",
                    "speaker_role",
                    "url",
                )
            }
        )
    doc = {
        "name": "blind3_fr",
        "language": "fr",
        "logbook": LOGBOOK,
        "stages": STAGES,
        "authors": AUTHORS,
        "entries": public,
        "queries": queries(entries),
    }
    check(doc, entries)
    # The format's ids are numbers, and an entry has one author (who posted it: the
    # first named); the checks above ran on the names.
    stage_number = {stage["id"]: number for number, stage in enumerate(STAGES, start=1)}
    author_number = {author["id"]: number for number, author in enumerate(AUTHORS, start=1)}
    doc["stages"] = [dict(stage, id=stage_number[stage["id"]]) for stage in STAGES]
    doc["authors"] = [dict(author, id=author_number[author["id"]]) for author in AUTHORS]
    for entry in public:
        entry["stage"] = stage_number[entry["stage"]]
        entry["author"] = author_number[entry["author"][0]]
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    hand = sum(e["_hand"] for e in entries)
    kinds = Counter(re.match(r"\[([^\]]+)\]", q["why"]).group(1) for q in doc["queries"])
    print("entries: %d (hand-written %d, filler %d)" % (len(entries), hand, len(entries) - hand))
    print("queries: %d — %s" % (len(doc["queries"]), ", ".join("%s %d" % kv for kv in kinds.items())))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
