#!/usr/bin/env python3
# ruff: noqa: UP031, B905, B007  (%-formatting and zips as first written by its author)
"""Blind judged relevance set "blind6_fr" for a French project-logbook search.

Fictional project: revitalisation of the centre of Marcillac-sur-Vionne (6 000 inh.),
programme "Petites villes de demain". Standard library only, seeded, deterministic.
Writes blind6_fr.json beside this script, then checks it and fails loudly.
"""

import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

NAME = "blind6_fr"
SEED = 6061
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".json")

# --------------------------------------------------------------------------
# Logbook frame
# --------------------------------------------------------------------------
LOGBOOK = {
    "title": "Cœur de Marcillac — carnet de bord Petites villes de demain",
    "description": (
        "Carnet de bord partagé de l'équipe qui revitalise le centre-bourg de "
        "Marcillac-sur-Vionne (6 000 habitants) dans le programme Petites villes de "
        "demain : commerces vides et boutique à l'essai, marché et halle, logements et "
        "OPAH-RU, place Jean-Jaurès réaménagée avec les habitants, rue des Drapiers, "
        "patrimoine, office de tourisme, animations, enquête, financements et évaluation."
    ),
}

STAGES = [
    ("s1", "Diagnostic et écoute du centre-bourg", "2024-01-08", "2024-04-30"),
    ("s2", "Concertation et plan-guide", "2024-05-01", "2024-09-30"),
    ("s3", "Premières actions : vitrines, boutique à l'essai, Noël", "2024-10-01", "2025-01-31"),
    ("s4", "Chantiers de la halle et de la place", "2025-02-01", "2025-05-31"),
    ("s5", "Bilan et évaluation", "2025-06-01", None),
]

AUTHORS = [
    ("claire", "Claire Vasseur"),  # cheffe de projet PVD
    ("mathieu", "Mathieu Roux"),  # manager de commerce
    ("nadia", "Nadia Benali"),  # chargée d'opération OPAH-RU
    ("jeanpierre", "Jean-Pierre Castel"),  # adjoint au commerce
    ("sophie", "Sophie Lemaire"),  # directrice de l'office de tourisme
    ("hugo", "Hugo Ferrand"),  # services techniques
    ("elodie", "Élodie Marchand"),  # paysagiste, maîtrise d'œuvre de la place
    ("karim", "Karim Haddad"),  # président de l'association des commerçants
    ("lea", "Léa Dumont"),  # chargée d'études (enquête, évaluation)
    ("patrick", "Patrick Morel"),  # placier du marché
]
AUTHOR_IDS = [a for a, _ in AUTHORS]

KINDS = {"note", "photo", "audio", "video", "drawing", "testimony", "link"}

# --------------------------------------------------------------------------
# Hand-written entries (they answer the queries). Each has a key and the list
# of topics it was judged relevant to, after reading it for its meaning.
# --------------------------------------------------------------------------
HAND = []


def H(
    key, when, kind, author, title, body, tags, topics, caption="", transcript="", speaker=("", ""), url=""
):
    HAND.append(
        {
            "key": key,
            "when": when,
            "kind": kind,
            "author": author,
            "title": title,
            "body": body,
            "tags": tags.split(),
            "topics": set(topics.split()),
            "caption": caption,
            "transcript": transcript,
            "speaker_name": speaker[0],
            "speaker_role": speaker[1],
            "url": url,
        }
    )


# ---------------- Stage 1: diagnostic -------------------------------------
H(
    "prise_poste",
    "2024-01-09 09:10",
    "note",
    "claire",
    "Premier jour comme cheffe de projet",
    "Premier jour à la mairie de Marcillac-sur-Vionne. Je suis la nouvelle cheffe de projet "
    "Petites villes de demain, rattachée à la directrice générale des services. Mon poste est "
    "cofinancé à 75 % par l'ANCT et la Banque des Territoires, la commune paie le reste. Bureau "
    "au 2e étage, à côté de l'urbanisme. Feuille de route : passer de la convention d'adhésion "
    "à une opération de revitalisation du territoire (ORT) signée, avec un programme d'actions "
    "pour le centre-bourg.",
    "pvd equipe financement",
    "cheffe fin bdt",
)

H(
    "recensement",
    "2024-01-16 11:00",
    "note",
    "mathieu",
    "Recensement des locaux vacants",
    "Comptage terminé, porte à porte et cadastre : 34 locaux commerciaux vacants sur 162 cellules "
    "dans le périmètre du centre-bourg, soit un taux de vacance de 21 %. La moitié sont vides "
    "depuis plus de trois ans. Les plus gros trous : le bas de la Grand-Rue et la rue des "
    "Drapiers. Fichier partagé dans le dossier Commerce.",
    "commerce vacance diagnostic",
    "vac vac_n",
)

H(
    "conseil_presentation",
    "2024-01-18 19:30",
    "note",
    "jeanpierre",
    "Claire présentée au conseil municipal",
    "Ce soir en conseil, la maire Françoise Delmas a présenté Claire Vasseur, notre cheffe de "
    "projet Petites villes de demain. Elle coordonnera tout le programme et animera le comité de "
    "pilotage : la maire, quatre adjoints dont moi pour le commerce, la DGS et les partenaires "
    "(État, Région, Département, CCI). Premier comité prévu en mars.",
    "copil elus pvd",
    "cheffe copil",
)

H(
    "temoin_boulangere",
    "2024-01-23 10:15",
    "testimony",
    "mathieu",
    "Mme Lacombe, ancienne boulangère",
    "« On a fermé la boulangerie en novembre, après trente-deux ans. Mon mari n'en pouvait plus "
    "de se lever à trois heures, et personne n'a voulu reprendre : les jeunes boulangers veulent "
    "un fournil neuf, pas un four de 1975. Le local est resté comme ça, avec la vitrine. Ça me "
    "fait mal de passer devant. »",
    "commerce temoignage",
    "ferm vac",
    speaker=("Yvette Lacombe", "ancienne boulangère, Grand-Rue"),
)

H(
    "visite_castrum",
    "2024-01-25 15:20",
    "audio",
    "nadia",
    "Visite d'immeubles rue du Castrum",
    "Mémo vocal.",
    "logement habitat",
    "log taudis opah",
    transcript="Bon, je sors du 4 et du 6 rue du Castrum. Au rez-de-chaussée, deux anciennes "
    "boutiques, et au-dessus, les étages sont vides depuis des années. Le problème c'est toujours "
    "le même : pour monter aux logements il faut passer par le magasin, l'escalier d'origine a été "
    "supprimé. Au 6, le plancher du deuxième s'affaisse, il y a des traces d'humidité partout, une "
    "vraie passoire. Il faudra un repérage plus large pour l'étude OPAH.",
)

H(
    "marche_chiffres",
    "2024-02-01 13:30",
    "note",
    "patrick",
    "Le marché du jeudi en chiffres",
    "Pour Claire, le point sur le marché hebdomadaire : il a lieu le jeudi matin, de 7 h à 13 h, "
    "sous la halle et sur la place de la Halle. 38 abonnés l'hiver, jusqu'à 70 commerçants non "
    "sédentaires en juillet-août. Droits de place : 0,80 € le mètre linéaire. Le gros du chiffre, "
    "ce sont les primeurs, le fromager et les volaillers.",
    "marche halle",
    "mar mkt mar_jour halle",
)

H(
    "charpente_halle",
    "2024-02-06 10:45",
    "photo",
    "hugo",
    "Fuites sous la halle",
    "Après la tempête de la semaine dernière, nouvelles fuites sous la halle. On a bâché la "
    "partie nord en urgence.",
    "halle toiture",
    "halle halle_toit",
    caption="Charpente de 1868 en châtaignier : tuiles canal cassées, deux chevrons pourris "
    "au-dessus de l'emplacement du fromager.",
)

H(
    "proprietaires_locaux",
    "2024-02-08 17:10",
    "note",
    "mathieu",
    "Appels aux propriétaires des locaux vides",
    "J'ai joint 19 propriétaires de locaux vacants sur 34. Trois attendent un loyer de 900 € "
    "par mois pour 50 m², ce qui ne correspond plus au marché local ; deux successions sont "
    "bloquées chez le notaire ; quatre seraient prêts à louer moins cher si on les aide à "
    "rafraîchir le local. Les autres ne rappellent pas.",
    "commerce vacance proprietaires",
    "vac vac_n proprio",
)

H(
    "ot_frequentation",
    "2024-02-13 11:20",
    "note",
    "sophie",
    "Fréquentation de l'office de tourisme en 2023",
    "Bilan 2023 de l'office de tourisme, à la maison du Consul : 11 400 visiteurs au comptoir, "
    "dont 62 % en juillet-août. Les trois questions qu'on nous pose le plus : où manger, que "
    "visiter en une heure, où acheter des produits locaux. Beaucoup repartent sans avoir vu le "
    "Castrum.",
    "tourisme office",
    "ot",
)

H(
    "prepa_enquete",
    "2024-02-15 09:40",
    "note",
    "lea",
    "Préparation de l'enquête habitants",
    "Deux questionnaires : un pour les habitants de la commune (habitudes d'achat, ce qui manque, "
    "ce qu'ils pensent de la place Jean-Jaurès et de l'accès au centre), un plus court pour les "
    "passants et clients du centre. Diffusion en ligne, version papier à l'accueil de la mairie "
    "et un stand au marché. Objectif : 400 réponses d'habitants.",
    "enquete",
    "enq",
)

H(
    "ag_asso",
    "2024-02-20 20:30",
    "note",
    "karim",
    "Assemblée générale de Marcillac Cœur de Ville",
    "AG de notre association des commerçants ce soir : 41 adhérents à jour de cotisation (60 €), "
    "bureau renouvelé, je reste président. Projets votés : une carte de fidélité commune, une "
    "braderie fin août et un site avec la liste des boutiques. On veut être associés au programme "
    "Petites villes de demain dès le départ.",
    "association commerce",
    "asso",
)

H(
    "etude_opah",
    "2024-02-27 14:00",
    "note",
    "nadia",
    "Étude pré-opérationnelle OPAH-RU : premiers constats",
    "Notre bureau d'études démarre l'étude pré-opérationnelle d'OPAH-RU sur le centre ancien. "
    "Premiers constats : 96 logements vacants, très souvent dans les étages au-dessus des "
    "commerces ; 18 immeubles dégradés dont 5 présentent des désordres structurels sérieux "
    "(fissures, planchers, toitures). Des ménages âgés vivent dans des logements mal chauffés et "
    "humides.",
    "opah-ru logement habitat",
    "opah log taudis",
)

H(
    "temoin_drapiers",
    "2024-03-05 18:00",
    "testimony",
    "claire",
    "Un habitant de la rue des Drapiers",
    "« Le soir, les bagnoles sont garées sur le trottoir, on ne peut plus passer avec une "
    "poussette ou un déambulateur. Moi je serais pour fermer la rue aux voitures. Mais les "
    "commerçants disent que si on ne peut plus s'arrêter devant, les clients iront au "
    "supermarché. »",
    "stationnement rue-des-drapiers temoignage",
    "voit pieton",
    speaker=("Gérard Pujol", "retraité, riverain de la rue des Drapiers"),
)

H(
    "comptage_places",
    "2024-03-12 16:30",
    "note",
    "hugo",
    "Comptage des places de stationnement",
    "Relevé fait avec l'équipe voirie : 412 places dans le périmètre, dont 96 en zone bleue sur la "
    "Grand-Rue et 64 sur la place Jean-Jaurès. Le parking du Foirail (180 places, à 4 minutes à "
    "pied) est à moitié vide même le jeudi. En zone bleue, beaucoup de voitures ventouses : les "
    "disques ne sont pas contrôlés.",
    "stationnement voirie diagnostic",
    "voit zb",
)

H(
    "copil1",
    "2024-03-14 17:45",
    "note",
    "claire",
    "Premier comité de pilotage",
    "Premier copil ce matin autour de la maire : adjoints, DGS, sous-préfet, Région, Département, "
    "CCI, Chambre de métiers et Banque des Territoires. Validé : le calendrier du diagnostic, "
    "l'enquête habitants et le lancement de l'étude OPAH-RU. La Banque des Territoires confirme "
    "qu'elle finance la moitié de l'étude commerce. Prochain comité en juin.",
    "copil elus financement",
    "copil fin bdt enq",
)

H(
    "memo_grandrue",
    "2024-03-19 12:50",
    "audio",
    "mathieu",
    "Tournée des commerçants de la Grand-Rue",
    "Mémo vocal après la tournée.",
    "commerce stationnement",
    "zb voit",
    transcript="Alors, tournée des commerçants de la Grand-Rue ce matin, j'en ai vu quatorze. Ce "
    "qui revient tout le temps, c'est la zone bleue : personne ne contrôle, du coup les mêmes "
    "voitures restent toute la journée, souvent celles des commerçants eux-mêmes d'ailleurs. "
    "Deuxième sujet, les loyers. Et plusieurs me disent qu'ils ferment le lundi et qu'ils "
    "devraient peut-être ouvrir entre midi et deux, en fait.",
)

H(
    "temoin_bastide",
    "2024-03-21 10:30",
    "testimony",
    "nadia",
    "Un propriétaire place Jean-Jaurès",
    "« J'ai trois appartements au-dessus de mon ancienne quincaillerie. Ils sont vides depuis "
    "quinze ans : pour y monter, il faut traverser la boutique, et le locataire du rez-de-chaussée "
    "ne veut pas. Créer un escalier, refaire l'électricité, les fenêtres... on m'a parlé de "
    "180 000 euros. Sans aide, je ne peux pas. »",
    "logement proprietaires temoignage",
    "log proprio fin",
    speaker=("Henri Bastide", "propriétaire d'un immeuble place Jean-Jaurès"),
)

H(
    "porte_horloge",
    "2024-03-26 15:00",
    "photo",
    "sophie",
    "La porte de l'Horloge",
    "La tour-porte du XIVe siècle est l'entrée du Castrum et le premier monument que les "
    "visiteurs cherchent. L'enduit tombe par plaques et le panneau d'explication est illisible.",
    "patrimoine castrum",
    "patri",
    caption="Porte de l'Horloge, face sud : enduit décollé, panneau de 1998 délavé.",
)

H(
    "enquete_mi",
    "2024-03-28 17:20",
    "note",
    "lea",
    "Enquête : point à mi-parcours",
    "212 habitants ont répondu au questionnaire à ce jour, plus 61 passants. Les moins de 35 ans "
    "sont sous-représentés : on ira au lycée et au club de foot.",
    "enquete",
    "enq enq_n",
)

H(
    "atelier_bdt",
    "2024-04-03 15:30",
    "note",
    "claire",
    "Rendez-vous Banque des Territoires",
    "Rendez-vous avec notre directrice territoriale à la Banque des Territoires. Confirmé : 50 % "
    "de l'étude de programmation de la halle (soit 22 500 €), et le cofinancement du poste de "
    "manager de commerce de Mathieu, 20 000 € par an pendant deux ans. Elle nous conseille de "
    "préparer tôt un prêt pour la part communale des travaux.",
    "financement halle",
    "fin bdt halle",
)

H(
    "temoin_vidal",
    "2024-04-09 11:45",
    "testimony",
    "mathieu",
    "Une cliente du marché",
    "« Je viens de Saint-Rome tous les jeudis pour le marché, je fais mes courses et je repars. "
    "Avant, je restais la matinée. Il n'y a plus de mercerie, plus de magasin de vêtements ; pour "
    "m'habiller, je vais à Rodez. Si vous voulez qu'on reste, il faut des boutiques, et un endroit "
    "où boire un café au soleil. »",
    "marche temoignage",
    "mar mkt mar_jour vet cafe",
    speaker=("Martine Vidal", "cliente du marché, habitante de Saint-Rome"),
)

H(
    "platanes_place",
    "2024-04-11 09:30",
    "photo",
    "hugo",
    "Les platanes de la place Jean-Jaurès",
    "Quatorze platanes, plantés vers 1900. Deux montrent des taches suspectes sur l'écorce : j'ai "
    "commandé un diagnostic phytosanitaire.",
    "arbres place",
    "arbres",
    caption="Place Jean-Jaurès : les deux platanes côté Poste, écorce nécrosée en flammes.",
)

H(
    "enquete_close",
    "2024-04-18 18:00",
    "note",
    "lea",
    "Enquête close : 412 réponses",
    "Questionnaire fermé hier : 412 habitants et 138 passants ont répondu. Premiers tris : 64 % "
    "viennent en centre-ville en voiture, même pour moins d'un kilomètre. Ce qui manque le plus : "
    "une boucherie, un magasin de vêtements, un café avec terrasse. 71 % veulent plus d'ombre sur "
    "la place Jean-Jaurès en été.",
    "enquete resultats",
    "enq enq_n voit vet cafe ombre",
)

H(
    "restitution_diag",
    "2024-04-23 20:00",
    "video",
    "claire",
    "Restitution publique du diagnostic",
    "Vidéo de la restitution à la salle des fêtes, environ 90 personnes.",
    "diagnostic concertation",
    "vac vac_n log voit ombre place place_atel",
    caption="Claire devant l'écran, salle des fêtes pleine.",
    transcript="Alors, ce qu'on retient du diagnostic. Un commerce sur cinq est vide dans le "
    "centre, 34 locaux exactement. Au-dessus des boutiques, on a près d'une centaine de logements "
    "vacants. Et la place Jean-Jaurès, aujourd'hui, c'est un parking de soixante-quatre places, "
    "avec de l'enrobé noir qui monte à plus de cinquante degrés en juillet. Donc la question "
    "qu'on va vous poser dans les ateliers, c'est : qu'est-ce qu'on fait de cette place ?",
)

H(
    "fermetures_cci",
    "2024-04-25 14:15",
    "note",
    "jeanpierre",
    "Rencontre CCI : les fermetures depuis 2019",
    "Point avec la CCI sur les fermetures de commerces dans le centre depuis 2019 : onze au total, "
    "dont la boulangerie Lacombe, la mercerie, un chausseur et deux agences d'assurance. Dans huit "
    "cas, c'est un départ à la retraite sans repreneur. La CCI propose une bourse des commerces à "
    "reprendre.",
    "commerce cci",
    "ferm vac",
)

H(
    "depart_medecin",
    "2024-04-29 10:00",
    "note",
    "claire",
    "Le Dr Fabre part à la retraite",
    "Mauvaise nouvelle : le Dr Fabre, médecin généraliste de la Grand-Rue, arrête fin juin et n'a "
    "pas trouvé de successeur. Près de 1 200 patients sans médecin traitant. La maire veut qu'on "
    "regarde la piste d'une maison de santé dans le centre et, en attendant, qu'on garde le "
    "cabinet disponible.",
    "sante services",
    "sante",
)

# ---------------- Stage 2: concertation et plan-guide ---------------------
H(
    "moe_place",
    "2024-05-02 16:00",
    "note",
    "claire",
    "Maîtrise d'œuvre de la place Jean-Jaurès",
    "La commission a retenu l'équipe menée par Élodie Marchand, paysagiste-conceptrice, avec un "
    "bureau VRD. Sa mission : réaménager la place Jean-Jaurès avec les habitants, de l'esquisse au "
    "chantier. Premier atelier public le 14 mai.",
    "place concertation",
    "place place_atel",
)

H(
    "esquisses",
    "2024-05-07 18:30",
    "drawing",
    "elodie",
    "Trois scénarios pour la place",
    "Les trois scénarios qu'on soumettra au premier atelier.",
    "place esquisse",
    "place place_atel voit enf arbres plant",
    caption="A : on garde 60 places et on plante une rangée d'arbres en bordure. B : 30 places, un "
    "grand parvis planté, des jeux. C : place sans voitures, stationnement reporté au Foirail.",
)

H(
    "atelier1",
    "2024-05-14 21:45",
    "note",
    "elodie",
    "Atelier habitants n°1",
    "52 participants à la salle des fêtes, de 9 à 84 ans. Par tables, chacun a dessiné « sa » "
    "place. Ce qui revient : de l'ombre et de la fraîcheur, des bancs, des jeux pour les enfants, "
    "un endroit pour s'asseoir sans consommer. Le scénario C fait peur aux commerçants, le B plaît "
    "à la majorité.",
    "place concertation atelier",
    "place place_atel ombre enf",
)

H(
    "memo_karim_travaux",
    "2024-05-16 19:10",
    "audio",
    "karim",
    "Les commerçants et le projet de place",
    "Mémo vocal.",
    "association place stationnement",
    "asso voit place place_atel",
    transcript="Petit mémo après la réunion du bureau de l'association. Les commerçants de la "
    "place ont peur de perdre le stationnement juste devant chez eux. Ce qu'on demande, c'est au "
    "minimum des places arrêt minute, dix, quinze minutes, pour la pharmacie, la boulangerie de la "
    "place, le tabac. On va écrire une contribution de l'association pour le prochain atelier.",
)

H(
    "circuit_patrimoine",
    "2024-05-21 14:30",
    "note",
    "sophie",
    "Un circuit du patrimoine",
    "L'office de tourisme prépare un circuit patrimoine à pied d'une heure : porte de l'Horloge, "
    "église Saint-Martial, maison du Consul, halle, lavoir de la Vionne et remparts. Dix pupitres "
    "avec QR code renvoyant vers des récits audio. Financement demandé au programme européen "
    "Leader.",
    "patrimoine tourisme circuit",
    "patri ot fin",
)

H(
    "opah_lancee",
    "2024-05-23 11:00",
    "note",
    "nadia",
    "L'OPAH-RU est validée",
    "La convention d'OPAH-RU est validée par l'Anah et le conseil municipal : cinq ans, objectif "
    "60 logements rénovés dont 25 logements vacants, souvent au-dessus des commerces, remis sur le "
    "marché. Qui paie quoi : l'Anah finance les aides aux travaux (25 à 50 % selon les cas) et la "
    "moitié de notre mission de suivi-animation ; la commune ajoute 10 % et une prime de sortie "
    "de vacance de 3 000 € ; le Département abonde pour les propriétaires occupants modestes. Les "
    "propriétaires bailleurs s'engagent sur des loyers conventionnés.",
    "opah-ru logement financement",
    "opah opah_fin fin log proprio",
)

H(
    "temoin_fleuriste",
    "2024-05-28 12:20",
    "testimony",
    "claire",
    "Une fleuriste de la rue des Drapiers",
    "« Si la rue devient piétonne, comment je me fais livrer ? Mon grossiste passe à 6 heures du "
    "matin avec un camion de 12 tonnes, il ne va pas porter les seaux à la main depuis le Foirail. "
    "Et mes clientes âgées, qui se garent devant pour prendre un bouquet ? »",
    "rue-des-drapiers livraisons temoignage",
    "pieton livr voit",
    speaker=("Aurélie Costes", "fleuriste, rue des Drapiers"),
)

H(
    "lien_cerema",
    "2024-05-30 09:00",
    "link",
    "claire",
    "Rues piétonnes dans les petites villes",
    "Ressource du Cerema sur l'apaisement des centres-bourgs : exemples de piétonnisation "
    "saisonnière, gestion des livraisons et des accès riverains. Utile avant le copil de juin.",
    "rue-pietonne ressource lien",
    "pieton livr",
    url="https://www.cerema.fr/fr/actualites/apaiser-centres-bourgs",
)

H(
    "atelier2",
    "2024-06-04 21:30",
    "photo",
    "elodie",
    "Atelier habitants n°2 : la maquette",
    "Deuxième atelier autour d'une maquette au 1/200e de la place. 38 participants.",
    "place concertation atelier maquette",
    "place place_atel arbres",
    caption="Les habitants déplacent les arbres en liège et les bancs sur la maquette ; la "
    "fontaine finit au centre à chaque fois.",
)

H(
    "bae_appel",
    "2024-06-06 10:00",
    "note",
    "mathieu",
    "Appel à candidatures : boutique à l'essai",
    "On lance la boutique à l'essai au 12 rue des Drapiers, un local de 45 m² vide depuis 2021. "
    "Le principe : un porteur de projet teste son commerce pendant six mois avec un loyer de "
    "200 € ; la commune, qui loue le local, paie la différence. Accompagnement par la CCI et la "
    "BGE. Pour candidater : dossier à télécharger sur le site de la mairie ou à retirer auprès de "
    "moi, à rendre avant le 15 septembre avec un budget prévisionnel.",
    "boutique-a-l-essai commerce vacance",
    "bae bae_cand vac fin",
)

H(
    "memo_marche_halle",
    "2024-06-11 12:10",
    "audio",
    "patrick",
    "Le marché si la halle ferme",
    "Mémo vocal pour Hugo et Claire.",
    "marche halle",
    "mar mkt halle voit",
    transcript="Oui, c'est Patrick. Je réfléchis à ce qu'on fait du marché si on ferme la halle "
    "pour les travaux. Sous la halle, j'ai les volaillers, les deux fromagers, le boucher et la "
    "charcuterie, ceux qui ont besoin de frigo et d'électricité. Si on les met dehors, il faut des "
    "branchements. Moi je verrais bien la Grand-Rue, côté haut, avec la rue fermée aux voitures "
    "la matinée. À voir avec la voirie.",
)

H(
    "synthese_enquete",
    "2024-06-12 09:30",
    "note",
    "lea",
    "Synthèse de l'enquête habitants",
    "Synthèse envoyée aux élus avant le copil de cet après-midi. Sur 412 habitants et 138 "
    "passants : priorité n°1, plus d'arbres et d'ombre en centre-ville ; n°2, des commerces de "
    "bouche ; n°3, pouvoir se garer près des commerces. 58 % sont favorables à une rue piétonne "
    "l'été, mais seulement 31 % toute l'année. Les jeunes demandent un lieu où se retrouver le soir.",
    "enquete resultats",
    "enq enq_n arbres ombre voit pieton enf",
)

H(
    "copil2",
    "2024-06-12 18:15",
    "note",
    "jeanpierre",
    "Comité de pilotage n°2",
    "Copil de l'après-midi, élus et partenaires. Décisions : on part sur le scénario B pour la "
    "place (30 places, des arbres et des jeux), la boutique à l'essai est lancée, et on teste la "
    "rue des Drapiers piétonne cet été. La maire a insisté pour que les commerçants soient associés "
    "à chaque étape.",
    "copil elus decisions",
    "copil place voit arbres enf bae pieton",
)

H(
    "phyto",
    "2024-06-18 14:00",
    "note",
    "hugo",
    "Diagnostic des platanes : deux abattages",
    "Résultat du diagnostic phytosanitaire : les deux platanes côté Poste sont atteints du chancre "
    "coloré. L'abattage est obligatoire (arrêté préfectoral) et le bois doit être brûlé sur place. "
    "Les douze autres sont sains. On ne replantera pas de platanes : il faudra d'autres essences, "
    "à voir avec Élodie.",
    "arbres place",
    "arbres plant",
)

H(
    "prepa_fete",
    "2024-06-20 16:40",
    "note",
    "sophie",
    "Fête de la ville : programme",
    "Le comité des fêtes a bouclé le programme de la fête de Marcillac, samedi 29 juin : "
    "vide-grenier le matin, concours de pétanque, repas sur la place de la Halle, bal et feu "
    "d'artifice sur la Vionne. On relaie sur les réseaux et dans les campings.",
    "fete animation",
    "fete",
)

H(
    "temoin_camille",
    "2024-06-25 17:30",
    "testimony",
    "elodie",
    "Une maman place Jean-Jaurès",
    "« Avec deux enfants de 3 et 6 ans, il n'y a rien pour nous en centre-ville. Pas un banc à "
    "l'ombre, pas un jeu, et les voitures qui manœuvrent partout. L'été, on prend la voiture pour "
    "aller au lac. Si la place avait des arbres et une fontaine, on viendrait goûter ici. »",
    "place enfants temoignage",
    "enf ombre place voit arbres",
    speaker=("Camille Rey", "habitante, mère de deux enfants"),
)

H(
    "fete_photo",
    "2024-06-29 23:10",
    "photo",
    "karim",
    "Fête de Marcillac",
    "Très belle soirée, du monde comme on n'en avait pas vu depuis des années.",
    "fete animation",
    "fete cafe",
    caption="Le bal sur la place de la Halle ; les terrasses du café du Commerce et du Bistrot de "
    "la Halle pleines jusqu'à minuit.",
)

H(
    "fete_bilan",
    "2024-07-01 10:20",
    "note",
    "karim",
    "Retour sur la fête",
    "Retour des commerçants après la fête de samedi : les cafés et restaurants ont fait leur "
    "meilleure soirée de l'année, la crêperie a manqué de pâte à 22 h. Le comité des fêtes "
    "voudrait l'an prochain une scène sur la place Jean-Jaurès refaite. Seul bémol : le bruit pour "
    "les riverains du Castrum.",
    "fete commerce",
    "fete cafe",
)

H(
    "pieton_test",
    "2024-07-02 11:00",
    "note",
    "claire",
    "La rue des Drapiers piétonne cet été",
    "Arrêté signé : la rue des Drapiers sera piétonne du 6 juillet au 31 août, tous les jours de "
    "11 h à 23 h. Les livraisons restent autorisées avant 11 h, les riverains gardent un accès par "
    "badge. Trois bornes amovibles, gérées par les services techniques. Les voitures sont renvoyées "
    "vers le parking du Foirail.",
    "rue-pietonne circulation",
    "pieton livr voit",
)

H(
    "terrasses_photo",
    "2024-07-09 13:15",
    "photo",
    "mathieu",
    "Premières terrasses rue des Drapiers",
    "Effet immédiat de la piétonnisation.",
    "rue-pietonne commerce",
    "pieton cafe",
    caption="Le café du Commerce et la crêperie ont sorti tables et parasols au milieu de la rue "
    "des Drapiers.",
)

H(
    "memo_chaleur",
    "2024-07-11 15:30",
    "audio",
    "hugo",
    "Mesures de température place Jean-Jaurès",
    "Mémo vocal, thermomètre infrarouge.",
    "place chaleur arbres",
    "ombre arbres place",
    transcript="Bon, il est quinze heures trente, on est en plein cagnard sur la place "
    "Jean-Jaurès. Sur l'enrobé du parking je mesure cinquante-deux degrés. Sous les platanes, au "
    "sol, trente et un. Vingt degrés d'écart juste avec l'ombre. Ça, c'est l'argument pour Élodie : "
    "il faut enlever du bitume et mettre de la terre et des arbres.",
)

H(
    "temoin_fau",
    "2024-07-16 09:50",
    "testimony",
    "mathieu",
    "Le marchand de journaux sceptique",
    "« Depuis que la rue est fermée aux voitures, je perds les clients qui s'arrêtaient en double "
    "file pour le journal et les cigarettes. Les terrasses, c'est bien pour les cafés, pas pour "
    "moi. Je ne dis pas qu'il faut revenir en arrière, mais il faut des places minute au bout de la "
    "rue. »",
    "rue-des-drapiers temoignage",
    "pieton voit cafe",
    speaker=("Bernard Fau", "tabac-presse, rue des Drapiers"),
)

H(
    "visite_nocturne",
    "2024-07-18 22:40",
    "video",
    "sophie",
    "Visite nocturne du Castrum",
    "Extrait de la première visite aux flambeaux.",
    "patrimoine tourisme visite",
    "patri ot",
    caption="Le guide devant la maison du Consul, 40 participants.",
    transcript="Alors nous sommes devant la maison du Consul, construite vers 1450 par un "
    "marchand drapier — d'où le nom de la rue que vous venez de monter. Regardez les fenêtres à "
    "meneaux... Et c'est ici que se trouve aujourd'hui l'office de tourisme, qui organise ces "
    "visites tous les jeudis de l'été.",
)

H(
    "opah_dossiers",
    "2024-07-23 14:30",
    "note",
    "nadia",
    "Premiers contacts OPAH-RU",
    "Neuf propriétaires ont déjà pris contact. Deux bailleurs, dont M. Bastide : pour ses trois "
    "logements au-dessus de l'ancienne quincaillerie, on étudie un escalier indépendant par la "
    "cour. Une propriétaire occupante de 87 ans au Castrum : salle de bains à adapter, on monte un "
    "dossier « autonomie ».",
    "opah-ru logement proprietaires",
    "opah proprio log",
)

H(
    "nocturne",
    "2024-07-23 22:30",
    "photo",
    "jeanpierre",
    "Premier marché nocturne",
    "Premier marché nocturne de producteurs sur la place de la Halle : 25 exposants, tables "
    "partagées, et environ 1 500 personnes. À refaire chaque mardi de l'été l'an prochain.",
    "marche animation",
    "mkt halle",
    caption="Tables dressées sous la halle, file d'attente au stand de grillades.",
)

H(
    "temoin_livreur",
    "2024-07-24 08:15",
    "testimony",
    "claire",
    "Un chauffeur-livreur",
    "« Avant 11 heures, ça va, je décharge devant les magasins. Mais certains commerçants ouvrent "
    "à 10 heures et ne sont pas là pour réceptionner. Après 11 heures, je dois m'arrêter au bout de "
    "la rue et finir à pied avec le diable. Il faudrait une aire de livraison à chaque bout de la rue piétonne. »",
    "livraisons rue-pietonne temoignage",
    "livr pieton",
    speaker=("Kevin Lafon", "chauffeur-livreur, Transports Vionne"),
)

H(
    "bilan_mi_pieton",
    "2024-07-30 17:00",
    "note",
    "claire",
    "Rue piétonne : premier bilan",
    "Trois semaines de rue piétonne. Les cafés et le glacier font +30 % selon eux ; le tabac-presse "
    "et l'opticien disent perdre des clients. Les livraisons débordent encore après 11 h, il faudra "
    "que la police municipale passe le matin. Les riverains sont plutôt contents, sauf pour le "
    "bruit des terrasses le soir.",
    "rue-pietonne bilan",
    "pieton cafe livr",
)

H(
    "compteur",
    "2024-08-06 10:30",
    "photo",
    "lea",
    "Un compteur de passages rue des Drapiers",
    "Capteur de fréquentation installé par le prestataire, il compte les piétons dans les deux "
    "sens. Ce sera un des indicateurs de l'évaluation finale du programme.",
    "evaluation frequentation rue-pietonne",
    "pieton eval",
    caption="Boîtier sous l'enseigne de la pharmacie, rue des Drapiers. Première semaine : 2 100 "
    "passages par jour.",
)

H(
    "arrosage",
    "2024-08-13 08:10",
    "note",
    "hugo",
    "Canicule : arrosage des jardinières",
    "Alerte canicule jusqu'à vendredi. L'équipe arrose les jardinières de la Grand-Rue à 6 h. Sur "
    "la place Jean-Jaurès, seule la partie sous les platanes reste fréquentable l'après-midi ; les "
    "bancs au soleil sont vides.",
    "chaleur espaces-verts",
    "ombre arbres",
)

H(
    "temoin_touriste",
    "2024-08-20 16:00",
    "testimony",
    "sophie",
    "Un couple de touristes belges",
    "« Le circuit avec les pupitres est très bien fait, on a tout trouvé, même le lavoir. Mais "
    "l'office était fermé entre midi et deux, et lundi, aucun café ouvert dans la vieille ville "
    "pour s'asseoir. »",
    "tourisme temoignage",
    "ot patri cafe",
    speaker=("Wim Peeters", "touriste, Gand"),
)

H(
    "bilan_asso_ete",
    "2024-08-27 19:30",
    "note",
    "karim",
    "Bilan de l'été pour l'association",
    "Au tour de table des adhérents de l'association, 60 % veulent reconduire la rue piétonne "
    "l'été prochain, avec des horaires raccourcis (11 h–19 h en semaine). La braderie du 31 août "
    "est prête : 45 commerçants déballent.",
    "association rue-pietonne",
    "asso pieton",
)

H(
    "habitat_indigne",
    "2024-08-29 11:00",
    "note",
    "nadia",
    "Signalements d'habitat indigne",
    "Six signalements en deux mois via la CAF et l'ARS : moisissures, installation électrique "
    "dangereuse, un logement sans fenêtre aménagé dans une ancienne réserve. Visites avec le "
    "service hygiène de l'agglo. Deux propriétaires mis en demeure de faire les travaux.",
    "habitat logement",
    "taudis proprio",
)

H(
    "candidatures_bae",
    "2024-09-03 12:00",
    "note",
    "mathieu",
    "Boutique à l'essai : sept candidatures",
    "Sept dossiers reçus : une friperie avec atelier de retouches, un torréfacteur, une "
    "librairie-papeterie, une céramiste, une épicerie vrac, un réparateur de vélos et une onglerie. "
    "Jury le 24 septembre avec les élus, la CCI et un conseiller bancaire.",
    "boutique-a-l-essai commerce",
    "bae vet",
)

H(
    "atelier3",
    "2024-09-05 21:00",
    "note",
    "elodie",
    "Atelier n°3 : restitution de l'avant-projet",
    "Troisième et dernier atelier : on a montré comment les propositions des deux premiers ont été "
    "traduites. Une majorité valide l'avant-projet, avec deux demandes : garder des places minute "
    "devant la pharmacie et installer des jeux d'eau pour les petits plutôt qu'un bassin.",
    "place concertation atelier",
    "place place_atel voit enf",
)

H(
    "plan_guide",
    "2024-09-10 10:00",
    "drawing",
    "elodie",
    "Plan-guide du centre-bourg",
    "Version 3 du plan-guide, qui servira de feuille de route à dix ans.",
    "plan-guide urbanisme",
    "planguide place pieton voit rav plant",
    caption="En vert les espaces à désimperméabiliser et à planter ; en rouge la rue des Drapiers "
    "piétonne ; en bleu les liaisons à pied vers le parking du Foirail ; en orange les îlots de "
    "façades prioritaires autour de la halle.",
)

H(
    "plan_guide_elus",
    "2024-09-12 18:30",
    "note",
    "claire",
    "Le plan-guide présenté à la commission",
    "Plan-guide présenté en commission urbanisme. Il sert de base au projet de territoire de l'ORT. "
    "Trois priorités pour les élus : la rénovation de la halle, la place Jean-Jaurès, puis un "
    "programme de ravalement des façades de la Grand-Rue. Les élus de l'opposition demandent un "
    "chiffrage global.",
    "plan-guide elus",
    "planguide rav halle place",
)

H(
    "ravalement_injonction",
    "2024-09-17 11:40",
    "note",
    "nadia",
    "Vers une campagne de ravalement",
    "Piste de travail pour la Grand-Rue : une campagne de ravalement obligatoire, par arrêté du "
    "maire, comme le permet le code de la construction. En contrepartie, une aide communale de "
    "30 % qui s'ajoute aux aides de l'OPAH-RU pour les propriétaires modestes. L'architecte des "
    "bâtiments de France est d'accord pour établir un nuancier.",
    "facades opah-ru",
    "rav opah proprio fin",
)

H(
    "temoin_marty",
    "2024-09-19 15:00",
    "testimony",
    "nadia",
    "Une locataire du Castrum",
    "« C'est un taudis, je vous le dis. L'eau coule le long du mur de la chambre, les fenêtres ne "
    "ferment plus, j'ai froid tout l'hiver. Le proprio habite à Toulouse, il ne répond jamais. J'ai "
    "82 ans, où voulez-vous que j'aille ? »",
    "habitat temoignage",
    "taudis proprio",
    speaker=("Josette Marty", "locataire, rue du Castrum"),
)

H(
    "jury_bae",
    "2024-09-24 18:00",
    "photo",
    "mathieu",
    "Jury de la boutique à l'essai",
    "Le jury a choisi à l'unanimité le projet d'Inès Moreau : « Seconde Main », une friperie avec "
    "atelier de retouches. Ouverture prévue mi-octobre.",
    "boutique-a-l-essai commerce",
    "bae vet",
    caption="Inès Moreau présente son projet devant les élus et la CCI, salle du conseil.",
)

H(
    "abattage",
    "2024-09-26 16:20",
    "photo",
    "hugo",
    "Abattage des deux platanes malades",
    "Abattage fait ce matin, sous surveillance du service régional de l'alimentation. Des "
    "riverains sont venus voir, certains émus : ces arbres avaient plus de cent ans.",
    "arbres place",
    "arbres",
    caption="Bois brûlé sur place, souches broyées, place Jean-Jaurès côté Poste.",
)

# ---------------- Stage 3: premières actions ------------------------------
H(
    "dsil_halle",
    "2024-10-01 17:30",
    "note",
    "claire",
    "Dossier DSIL déposé pour la halle",
    "Dossier de subvention déposé en préfecture pour la rénovation de la halle. Coût total estimé : "
    "1,42 million d'euros HT, dont 480 000 € pour la toiture et la charpente. Plan de financement : "
    "DSIL 35 %, Région 20 %, Département 15 %, commune 30 %. Réponse attendue en décembre.",
    "halle financement",
    "halle halle_cout halle_toit fin",
)

H(
    "vitrophanie",
    "2024-10-03 10:00",
    "note",
    "mathieu",
    "Habiller les vitrines vides",
    "Neuf vitrines vides de la Grand-Rue et de la rue des Drapiers vont être habillées en "
    "vitrophanie : photos anciennes de Marcillac prêtées par les archives, et un message « Ici, "
    "votre futur commerce » avec mon numéro. Il a fallu l'accord écrit de chaque propriétaire ; "
    "deux ont refusé. Coût : 3 600 €, pris sur le budget commerce.",
    "vacance vitrines commerce",
    "vitro vac proprio fin",
)

H(
    "vitrines_photo",
    "2024-10-08 15:00",
    "photo",
    "mathieu",
    "Vitrines habillées",
    "Pose terminée, retours très positifs des passants.",
    "vacance vitrines",
    "vitro vac",
    caption="Avant / après : l'ancienne mercerie de la Grand-Rue, vitrine poussiéreuse puis grande "
    "photo du marché de 1930.",
)

H(
    "ouverture_bae",
    "2024-10-10 11:30",
    "note",
    "jeanpierre",
    "Seconde Main ouvre samedi",
    "Inès Moreau ouvre samedi 12 octobre dans la boutique à l'essai du 12 rue des Drapiers : "
    "vêtements de seconde main, retouches et petits travaux de couture. Inauguration à 11 h avec "
    "la maire. Premier commerce ouvert grâce au programme.",
    "boutique-a-l-essai commerce",
    "bae vet",
)

H(
    "inauguration_bae",
    "2024-10-12 11:40",
    "video",
    "mathieu",
    "Inauguration de Seconde Main",
    "Vidéo pour les réseaux.",
    "commerce video",
    "bae vet",
    caption="Inès coupe le ruban devant sa boutique, rue des Drapiers.",
    transcript="Inès Moreau : Merci à tous d'être venus ! Ici vous trouverez des vêtements de "
    "seconde main, femme, homme, enfant, et je fais les retouches, les ourlets, les fermetures "
    "éclair... Six mois pour tester, avec un petit loyer, c'est ce qui m'a décidée. Si ça marche, je "
    "reste dans la rue.",
)

H(
    "copil3",
    "2024-10-17 18:00",
    "note",
    "claire",
    "Comité de pilotage n°3",
    "Point d'étape devant le copil : dossier DSIL déposé pour la halle, boutique à l'essai ouverte, "
    "plan-guide validé, OPAH-RU lancée. La sous-préfète souligne la qualité de la concertation. Le "
    "prochain copil, en janvier, devra valider le projet définitif de la place.",
    "copil",
    "copil bae planguide fin halle",
)

H(
    "structure_halle",
    "2024-10-22 16:45",
    "note",
    "hugo",
    "Diagnostic de la charpente de la halle",
    "Le charpentier et le bureau de structure ont rendu leur rapport : environ 30 % des chevrons "
    "sont à remplacer, deux entraits à renforcer, et toute la couverture en tuiles canal est à "
    "refaire. Pas de risque d'effondrement à court terme, mais on pose des étais sous la travée "
    "nord.",
    "halle toiture travaux",
    "halle halle_toit",
)

H(
    "ot_site",
    "2024-10-24 10:10",
    "note",
    "sophie",
    "Office de tourisme : saison et horaires d'hiver",
    "Saison 2024 : +8 % de visiteurs à l'office de tourisme, porté par le circuit patrimoine et les "
    "visites nocturnes. Passage aux horaires d'hiver : du mardi au samedi, 10 h–12 h 30 et "
    "14 h–17 h. Le nouveau site internet de l'office est en ligne.",
    "tourisme office",
    "ot patri",
)

H(
    "prepa_noel",
    "2024-10-29 20:00",
    "note",
    "karim",
    "On prépare le marché de Noël",
    "Réunion de l'association avec Mathieu : le marché de Noël aura lieu les 14 et 15 décembre sur "
    "la place de la Halle. Objectif 35 exposants, priorité aux artisans et producteurs du coin. La "
    "communauté de communes prête ses chalets, la mairie s'occupe de l'électricité.",
    "noel association animation",
    "noel mkt asso",
)

H(
    "eval_indicateurs",
    "2024-10-30 14:00",
    "note",
    "lea",
    "Préparer l'évaluation",
    "On pose dès maintenant le tableau de bord qui servira à l'évaluation finale : taux de vacance "
    "commerciale, fréquentation de la rue des Drapiers, logements remis sur le marché, nombre de "
    "commerces ouverts et fermés, satisfaction des habitants. État zéro : 2024. Évaluation finale "
    "prévue à l'été 2025, avec une deuxième vague d'enquête.",
    "evaluation indicateurs",
    "eval enq",
)

H(
    "fleurissement",
    "2024-10-31 09:00",
    "photo",
    "hugo",
    "Bulbes pour le printemps",
    "L'équipe espaces verts a planté 4 000 bulbes dans les jardinières de la Grand-Rue et au pied "
    "des remparts.",
    "espaces-verts fleurissement",
    "plant",
    caption="Plantation de tulipes et de narcisses, jardinière devant la mairie.",
)

H(
    "eclairage",
    "2024-11-05 16:00",
    "note",
    "claire",
    "Éclairage du centre ancien",
    "Le syndicat d'énergie va remplacer les 120 lanternes du centre ancien par des LED, avec "
    "extinction de 23 h à 5 h sauf sur la Grand-Rue. Mise en lumière de la porte de l'Horloge et "
    "du clocher de Saint-Martial. Le syndicat finance 50 % ; reste 64 000 € pour la commune.",
    "eclairage patrimoine",
    "eclair patri fin",
)

H(
    "fermeture_chausseur",
    "2024-11-07 17:20",
    "note",
    "mathieu",
    "Le chausseur ferme fin décembre",
    "M. Delpech ferme son magasin de chaussures fin décembre : retraite, pas de repreneur pour "
    "l'instant. Il accepte qu'on diffuse l'annonce de cession sur la bourse de la CCI et dans le "
    "réseau des managers de commerce. Le local de 120 m² est l'un des plus beaux de la Grand-Rue.",
    "commerce cession",
    "ferm vac",
)

H(
    "temoin_ines",
    "2024-11-12 18:00",
    "testimony",
    "mathieu",
    "Inès, un mois après",
    "« Un mois après l'ouverture : 380 clientes et clients, dont beaucoup qui ne venaient plus en "
    "centre-ville. Le loyer réduit m'a permis de me lancer sans m'endetter. Ce qui me manque, c'est "
    "du passage le lundi, et des fringues pour hommes : les dépôts, c'est surtout des femmes. »",
    "boutique-a-l-essai temoignage",
    "bae vet",
    speaker=("Inès Moreau", "gérante de Seconde Main, boutique à l'essai"),
)

H(
    "peril_four",
    "2024-11-14 11:15",
    "audio",
    "nadia",
    "Arrêté de mise en sécurité rue du Four",
    "Mémo vocal.",
    "habitat peril",
    "taudis proprio",
    transcript="Je sors du 7 rue du Four avec les pompiers et le technicien de l'agglo. Fissure "
    "traversante sur le mur arrière, le plancher de la cuisine du premier s'est effondré hier soir. "
    "La locataire est relogée chez sa fille. La maire signe un arrêté de mise en sécurité cet "
    "après-midi. Le propriétaire est injoignable, on passe par le notaire.",
)

H(
    "tilleuls",
    "2024-11-19 14:00",
    "photo",
    "hugo",
    "Plantation de tilleuls au Foirail",
    "Quatre tilleuls plantés le long du boulevard du Foirail, en compensation des platanes "
    "abattus. Fosses de 12 m³ avec mélange terre-pierre.",
    "arbres plantation",
    "arbres plant",
    caption="L'équipe espaces verts et les élèves du lycée agricole tiennent le premier tilleul.",
)

H(
    "marche_hiver",
    "2024-11-21 13:00",
    "note",
    "patrick",
    "Marché d'hiver",
    "Ce jeudi, 32 commerçants seulement au marché. En hiver, je regroupe tout le monde sous la "
    "halle et sur le haut de la place, pour que ça ne fasse pas vide. Les étais posés sous la "
    "travée nord me font perdre trois emplacements.",
    "marche halle",
    "mar mkt mar_jour halle",
)

H(
    "zone_bleue",
    "2024-11-26 11:30",
    "note",
    "jeanpierre",
    "Zone bleue : on contrôle à partir de janvier",
    "Décision prise avec la police municipale : la zone bleue de la Grand-Rue (1 h 30 gratuite) "
    "sera réellement contrôlée à partir du 6 janvier. L'association des commerçants distribuera "
    "2 000 disques aux clients. Les commerçants sont priés de garer leurs propres voitures au "
    "Foirail.",
    "stationnement zone-bleue",
    "zb voit asso",
)

H(
    "illuminations",
    "2024-11-28 17:00",
    "note",
    "mathieu",
    "Illuminations de fin d'année",
    "Nouvelles illuminations LED pour la Grand-Rue et la rue des Drapiers : guirlandes en "
    "traversée et sapins lumineux sur la place de la Halle. L'association des commerçants "
    "participe à hauteur de 3 000 €. Allumage le 29 novembre.",
    "eclairage animation",
    "eclair asso fin",
)

H(
    "exposants_noel",
    "2024-12-03 10:00",
    "note",
    "karim",
    "Marché de Noël : liste des exposants",
    "Liste close, validée par le bureau de l'association : 36 exposants retenus pour le marché de "
    "Noël, dont 8 artisans d'art, des producteurs de foie gras et de vin, une brodeuse, un "
    "coutelier. Les emplacements sont tirés au sort jeudi, les chalets seront montés vendredi 13 "
    "par les services techniques.",
    "noel association",
    "noel mkt asso",
)

H(
    "affiche_noel",
    "2024-12-03 15:30",
    "photo",
    "sophie",
    "Affiche du marché de Noël",
    "Affiche validée, impression en 300 exemplaires ; l'office de tourisme la diffuse dans les "
    "communes voisines.",
    "noel communication",
    "noel mkt ot",
    caption="Affiche : chalets sous la neige, « Marché de Noël de Marcillac, 14 et 15 décembre, "
    "place de la Halle ».",
)

H(
    "reglement_facades",
    "2024-12-10 10:20",
    "note",
    "nadia",
    "Aide aux façades : règlement voté",
    "Le conseil a voté le règlement d'aide aux façades pour les propriétaires de la Grand-Rue et de "
    "la place de la Halle : 30 % du montant des travaux, plafonné à 8 000 € par immeuble, "
    "enveloppe de 80 000 € sur trois ans. Travaux conformes au nuancier validé par l'ABF : enduits "
    "à la chaux, menuiseries bois, volets peints.",
    "facades aides",
    "rav fin proprio",
)

H(
    "chalets",
    "2024-12-13 15:00",
    "photo",
    "hugo",
    "Montage des chalets",
    "Vingt chalets montés sur la place de la Halle, branchements électriques vérifiés.",
    "noel services-techniques",
    "noel mkt",
    caption="Les agents des services techniques fixent le dernier chalet devant la halle, sous la pluie.",
)

H(
    "noel_video",
    "2024-12-15 16:30",
    "video",
    "karim",
    "Marché de Noël, dimanche après-midi",
    "Ambiance du dimanche.",
    "noel video",
    "noel mkt enf",
    caption="La chorale du collège devant la halle.",
    transcript="On est dimanche, il est seize heures trente, regardez-moi ce monde ! Là vous avez "
    "la chorale du collège, là-bas la file pour le vin chaud, et les enfants qui attendent le père "
    "Noël pour la photo. Les exposants me disent qu'ils ont fait mieux qu'à Rodez. On refait ça "
    "l'année prochaine, c'est sûr.",
)

H(
    "temoin_santons",
    "2024-12-17 11:00",
    "testimony",
    "karim",
    "Une exposante, santonnière",
    "« J'étais bien placée, près de la halle. Le vent sur la place était terrible samedi, mais le "
    "dimanche j'ai vendu plus de santons qu'à Villefranche. Ce qui serait bien, c'est trois jours "
    "au lieu de deux, et des chalets fermés pour la nuit. »",
    "noel temoignage",
    "noel mkt",
    speaker=("Paulette Rouquette", "santonnière, exposante"),
)

H(
    "bilan_noel",
    "2024-12-19 09:45",
    "note",
    "karim",
    "Bilan du marché de Noël",
    "Environ 4 500 visiteurs sur le week-end, et 80 % des exposants veulent revenir. Les "
    "commerçants du centre annoncent en moyenne +15 % de chiffre d'affaires le samedi. Pour 2025 : "
    "trois jours et une patinoire synthétique pour les enfants. Le bureau de l'association remercie "
    "les bénévoles.",
    "noel bilan association",
    "noel mkt asso enf",
)

H(
    "voeux",
    "2025-01-07 19:00",
    "note",
    "claire",
    "Vœux de la maire",
    "Aux vœux, la maire a annoncé le calendrier : chantier de la halle à partir du 3 mars, avec la "
    "réfection complète de la toiture et de la charpente ; travaux de la place Jean-Jaurès en "
    "avril ; premiers ravalements aidés au printemps. La DSIL est accordée : 497 000 €.",
    "halle place calendrier",
    "halle halle_toit place rav fin",
)

H(
    "nouveaux_commerces",
    "2025-01-09 11:10",
    "note",
    "mathieu",
    "Deux nouveaux commerces, 27 locaux vacants",
    "Un torréfacteur (vente de café en grains et de thé) s'installe dans l'ancienne boulangerie "
    "Lacombe : le propriétaire a accepté de baisser le loyer de 30 %. Une céramiste ouvre rue des "
    "Drapiers. On passe à 27 locaux vacants sur 162, contre 34 il y a un an.",
    "commerce vacance",
    "vac vac_n proprio",
)

H(
    "bilan_opah_2024",
    "2025-01-14 17:00",
    "note",
    "nadia",
    "Bilan annuel de l'OPAH-RU",
    "2024 : 31 propriétaires rencontrés, 12 dossiers déposés à l'Anah, 7 déjà agréés. Parmi eux, "
    "5 logements vacants au-dessus de commerces seront remis en location. Montant des aides "
    "engagées : 186 000 €, dont 140 000 € de l'Anah, 30 000 € de la commune et 16 000 € du "
    "Département.",
    "opah-ru bilan logement",
    "opah opah_fin fin log proprio",
)

H(
    "memo_eval",
    "2025-01-16 10:30",
    "audio",
    "lea",
    "Méthode de l'évaluation",
    "Mémo vocal après la réunion avec Claire.",
    "evaluation methode",
    "eval enq",
    transcript="Alors pour l'évaluation, on a calé la méthode avec Claire. Un : on refait l'enquête "
    "habitants au printemps, avec les mêmes questions, pour comparer avec 2024. Deux : on suit les "
    "indicateurs du tableau de bord chaque trimestre. Trois : pour l'évaluation finale, on aura un "
    "regard extérieur, un cabinet qui fera des entretiens avec les élus, les commerçants et les "
    "partenaires.",
)

H(
    "projet_place",
    "2025-01-21 18:00",
    "drawing",
    "elodie",
    "Projet définitif de la place Jean-Jaurès",
    "Le plan du projet définitif, qui sera soumis au copil jeudi.",
    "place projet arbres",
    "place arbres ombre enf voit plant",
    caption="30 places dont 6 arrêt minute ; 18 arbres nouveaux (tilleuls, micocouliers, chênes "
    "verts) en plus des 12 platanes conservés ; jeux d'eau et aire de jeux pour les 3-10 ans ; "
    "2 000 m² de sol perméable ; bancs à l'ombre.",
)

H(
    "copil4",
    "2025-01-23 18:30",
    "note",
    "jeanpierre",
    "Comité de pilotage n°4",
    "Le copil valide le projet définitif de la place : 1,1 million d'euros HT, financé à 25 % par "
    "la Région au titre du contrat bourg-centre, à 20 % par l'État (DETR), le reste par la commune. "
    "Démarrage du chantier en avril pour huit mois.",
    "copil place financement",
    "copil place fin",
)

H(
    "demenagement_marche",
    "2025-01-28 10:40",
    "note",
    "hugo",
    "Le marché déménage pendant les travaux",
    "Arrêté pris : du 6 mars à la réouverture de la halle, le marché du jeudi s'installe sur la "
    "Grand-Rue (partie haute) et sur le parking de la Poste. La circulation sera coupée de 6 h à "
    "14 h le jeudi, déviation par le boulevard du Foirail. Branchements électriques provisoires "
    "pour les commerçants alimentaires.",
    "marche halle circulation",
    "mar mkt mar_jour halle voit",
)

H(
    "temoin_fromager",
    "2025-01-30 12:30",
    "testimony",
    "patrick",
    "Le fromager du marché",
    "« Sous la halle, on est au sec et on a le courant. Dehors en mars, avec la flotte et le vent, "
    "les clients vont faire leurs courses vite fait, ou pas du tout. Je veux bien jouer le jeu trois "
    "mois, mais pas plus. »",
    "marche temoignage",
    "mar mkt halle",
    speaker=("Thierry Alazard", "fromager, abonné du marché"),
)

# ---------------- Stage 4: chantiers --------------------------------------
H(
    "bdt_pret",
    "2025-02-04 15:00",
    "note",
    "claire",
    "Banque des Territoires : prêt pour la halle",
    "Accord de la Banque des Territoires pour un prêt de 420 000 € sur 25 ans, qui couvre la part "
    "communale de la halle. Elle finance aussi à 50 % une mission d'assistance pour la "
    "programmation commerciale de la halle (quels commerçants, quels horaires).",
    "financement halle",
    "fin bdt halle",
)

H(
    "bae_appel2",
    "2025-02-06 09:30",
    "note",
    "mathieu",
    "Deuxième local pour tester un commerce",
    "Un deuxième local rejoint le dispositif boutique à l'essai : 4 place de la Halle, 60 m². "
    "Comment candidater : formulaire en ligne sur le site de la mairie, budget prévisionnel sur six "
    "mois, puis un entretien avec moi et la CCI. Date limite le 31 mars. Tous les projets sont les "
    "bienvenus, sauf ceux qui existent déjà dans le centre.",
    "boutique-a-l-essai commerce",
    "bae bae_cand",
)

H(
    "echafaudage",
    "2025-02-11 11:20",
    "photo",
    "nadia",
    "Premier ravalement aidé",
    "Premier chantier de façade aidé par la commune et l'OPAH-RU : 23 Grand-Rue.",
    "facades chantier",
    "rav opah fin",
    caption="Échafaudage au 23 Grand-Rue : piquage de l'enduit ciment, reprise à la chaux, teinte "
    "« sable de Vionne » du nuancier.",
)

H(
    "ot_boutique",
    "2025-02-13 16:30",
    "note",
    "sophie",
    "L'office de tourisme ouvre un coin boutique",
    "L'office de tourisme vend désormais des produits locaux (miel, couteaux, céramiques de la rue "
    "des Drapiers) et le guide du patrimoine réédité, avec un nouveau chapitre sur les halles du "
    "département.",
    "tourisme office",
    "ot patri",
)

H(
    "region_bourg",
    "2025-02-20 14:10",
    "note",
    "claire",
    "La Région soutient la halle et la place",
    "Bonne nouvelle de la Région au titre du contrat bourg-centre : 284 000 € pour la halle (20 % "
    "d'un coût de 1,42 M€ HT) et 275 000 € pour la place Jean-Jaurès. Le plan de financement de la "
    "halle est maintenant bouclé.",
    "financement halle place",
    "fin halle halle_cout place",
)

H(
    "temoin_bastide2",
    "2025-02-25 11:00",
    "testimony",
    "nadia",
    "M. Bastide, un an plus tard",
    "« Les travaux commencent en avril. Mes trois appartements au-dessus de l'ancienne "
    "quincaillerie auront enfin une entrée indépendante par la cour. Avec l'OPAH, j'ai 45 % "
    "d'aides et la prime de sortie de vacance. Sans ça, j'aurais vendu en l'état. »",
    "opah-ru logement temoignage",
    "opah log proprio fin",
    speaker=("Henri Bastide", "propriétaire bailleur, place Jean-Jaurès"),
)

H(
    "enquete_bis",
    "2025-02-27 10:00",
    "note",
    "lea",
    "Enquête 2025 : questionnaire révisé",
    "Le questionnaire de la deuxième enquête est prêt : mêmes questions qu'en 2024 pour pouvoir "
    "comparer, plus un bloc sur la rue piétonne et la boutique à l'essai. En ligne du 1er avril au "
    "10 mai, et version papier sur le marché.",
    "enquete evaluation",
    "enq eval",
)

H(
    "tuiles",
    "2025-03-04 14:30",
    "photo",
    "hugo",
    "Dépose de la couverture de la halle",
    "Chantier de la halle lancé lundi. Les couvreurs déposent la toiture.",
    "halle toiture travaux",
    "halle halle_toit",
    caption="9 000 tuiles canal déposées à la main ; environ 40 % seront réemployées en tuiles de couvert.",
)

H(
    "marche_grandrue",
    "2025-03-06 13:20",
    "note",
    "patrick",
    "Premier marché sur la Grand-Rue",
    "Jeudi de rodage : 29 commerçants installés sur la Grand-Rue et le parking de la Poste. Les "
    "clients ont suivi, certains trouvent même que c'est plus agréable. Quelques automobilistes ont "
    "forcé les barrières à 8 h, la police municipale est passée.",
    "marche",
    "mar mkt mar_jour voit",
)

H(
    "memo_karim_chantier",
    "2025-03-11 19:00",
    "audio",
    "karim",
    "Commerçants et chantier de la halle",
    "Mémo vocal.",
    "association halle travaux",
    "asso halle",
    transcript="Bon, retour des adhérents de l'association autour de la place de la Halle : avec "
    "les palissades, les gens croient que tout est fermé. On demande à la mairie des panneaux « Vos "
    "commerces restent ouverts pendant les travaux », et on va faire une opération chèques cadeaux "
    "pour compenser un peu.",
)

H(
    "demarrage_place",
    "2025-03-13 17:00",
    "note",
    "claire",
    "Chantier de la place : les consignes",
    "Le chantier de la place Jean-Jaurès démarre le 7 avril. Les 64 places de stationnement seront "
    "supprimées pendant cinq mois : report vers le Foirail, fléchage piéton depuis le parking. "
    "Accès maintenu pour la pharmacie et les riverains.",
    "place travaux stationnement",
    "place voit",
)

H(
    "temoin_samir",
    "2025-03-18 16:00",
    "testimony",
    "mathieu",
    "Un candidat pour le local test",
    "« Je veux ouvrir une épicerie vrac et locale. Le dossier était simple : le formulaire, un "
    "budget sur six mois et un entretien avec Mathieu et la CCI, qui m'a aidé à refaire mes "
    "chiffres. Si je suis pris, j'ouvre en mai. »",
    "boutique-a-l-essai temoignage",
    "bae bae_cand",
    speaker=("Samir Belkacem", "porteur de projet, épicerie vrac"),
)

H(
    "acces_etages",
    "2025-03-20 14:40",
    "note",
    "nadia",
    "Logements au-dessus des commerces : créer des accès",
    "Quatre immeubles de la Grand-Rue ont des étages vides faute d'accès. Solution trouvée avec les "
    "commerçants locataires : prendre deux mètres sur les réserves pour créer un escalier "
    "indépendant. La commune a voté une aide spécifique « accès aux étages » de 5 000 € par "
    "immeuble, cumulable avec l'OPAH-RU. Les propriétaires ont signé pour trois d'entre eux.",
    "logement opah-ru",
    "log opah proprio fin",
)

H(
    "vitrines_ecoliers",
    "2025-03-25 15:00",
    "photo",
    "mathieu",
    "Les écoliers dessinent sur les vitrines vides",
    "Nouvelle série de vitrophanies : cette fois, ce sont les dessins des CM1-CM2 de l'école "
    "Jean-Moulin, sur le thème « Mon centre-ville rêvé ».",
    "vitrines vacance ecole",
    "vitro vac enf",
    caption="Vitrine de l'ancien chausseur Delpech : une place pleine d'arbres, un manège et un "
    "glacier, dessinés au feutre par les enfants.",
)

H(
    "pepiniere",
    "2025-03-27 12:00",
    "photo",
    "elodie",
    "Choix des arbres en pépinière",
    "Visite à la pépinière avec Hugo pour marquer les arbres de la place.",
    "arbres place plantation",
    "arbres plant place",
    caption="18 sujets réservés et étiquetés : tilleuls argentés, micocouliers, chênes verts. "
    "Plantation prévue en novembre, à la bonne saison.",
)

H(
    "charpente_travaux",
    "2025-04-01 16:00",
    "note",
    "hugo",
    "Halle : la charpente restaurée",
    "La halle étant inscrite aux monuments historiques, la charpente est restaurée à l'identique "
    "sous le contrôle de l'ABF : 42 chevrons remplacés en châtaignier, deux entraits moisés. Le "
    "compagnon charpentier a retrouvé les marques d'assemblage de 1868.",
    "halle toiture patrimoine travaux",
    "halle halle_toit patri",
)

H(
    "temoin_medecin",
    "2025-04-03 18:00",
    "testimony",
    "claire",
    "Une nouvelle médecin en centre-ville",
    "« Je m'installe le 5 mai dans l'ancien cabinet du Dr Fabre, avec une infirmière. La mairie a "
    "refait le local et me le loue à prix modéré les deux premières années. Ce qui m'a convaincue, "
    "c'est de pouvoir travailler au cœur de la ville, avec la pharmacie à côté. »",
    "sante temoignage",
    "sante",
    speaker=("Clara Nguyen", "médecin généraliste"),
)

H(
    "chantier_place_video",
    "2025-04-08 11:00",
    "video",
    "elodie",
    "Début du chantier de la place",
    "Premier jour de chantier, explications pour les riverains.",
    "place travaux video",
    "place arbres ombre",
    caption="Élodie sur la place Jean-Jaurès, pelleteuse en arrière-plan.",
    transcript="Voilà, premier jour. On commence par enlever l'enrobé, le décroûtage, sur à peu "
    "près deux mille mètres carrés. On garde les douze platanes, on protège leurs racines, et à la "
    "place du bitume on mettra de la terre, des pavés à joints enherbés, du stabilisé. L'idée, "
    "c'est que l'eau s'infiltre et que la place soit beaucoup plus fraîche en été.",
)

H(
    "arrete_livraisons",
    "2025-04-10 09:30",
    "note",
    "jeanpierre",
    "Rue des Drapiers piétonne d'avril à octobre",
    "Après l'expérience de l'été dernier, le conseil a voté : la rue des Drapiers sera piétonne "
    "chaque année du 1er avril au 31 octobre, de 11 h à 19 h, et jusqu'à minuit le week-end. "
    "Livraisons de 6 h à 11 h uniquement, deux aires de livraison aux extrémités, contrôle par la "
    "police municipale.",
    "rue-pietonne livraisons circulation",
    "pieton livr",
)

H(
    "chasse_oeufs",
    "2025-04-15 17:30",
    "note",
    "karim",
    "Chasse aux œufs chez les commerçants",
    "Pour Pâques, l'association organise une chasse aux œufs dans 25 commerces du centre, samedi "
    "19 avril : un carnet à tamponner, un chocolat au bout. On attend 300 enfants.",
    "association animation",
    "asso enf",
)

H(
    "ines_demenage",
    "2025-04-17 12:00",
    "note",
    "mathieu",
    "Seconde Main s'agrandit",
    "Fin du test réussi : Inès Moreau quitte le local de la rue des Drapiers pour un magasin de "
    "90 m² sur la Grand-Rue, avec un bail commercial classique. Elle y ajoute un rayon homme. Le "
    "local test est libéré pour Samir et son épicerie vrac.",
    "commerce",
    "bae vet vac",
)

H(
    "anct_revue",
    "2025-04-24 17:00",
    "note",
    "claire",
    "Revue de projet avec l'ANCT",
    "Revue de projet avec la préfecture et l'ANCT : avancement jugé très bon. Le financement de mon "
    "poste est prolongé jusqu'en 2026 par l'ANCT et la Banque des Territoires, comme celui du "
    "manager de commerce.",
    "pvd financement",
    "fin bdt",
)

H(
    "toiture_finie",
    "2025-04-29 17:30",
    "note",
    "hugo",
    "Toiture de la halle terminée",
    "La couverture de la halle est terminée, avec une semaine d'avance : tuiles canal posées, "
    "gouttières et descentes en cuivre. Restent l'électricité, le sol en pierre et les boxes des "
    "commerçants. Réouverture visée le 12 juin.",
    "halle toiture travaux",
    "halle halle_toit",
)

H(
    "prepa_fete2025",
    "2025-05-06 20:00",
    "note",
    "karim",
    "Fête de la ville 2025",
    "Réunion avec le comité des fêtes : la fête du 28 juin se fera sous la halle rénovée et sur la "
    "place de la Halle, la place Jean-Jaurès étant encore en chantier. Bal, repas, groupe de rock "
    "du lycée, et les commerçants de l'association ouvrent jusqu'à 22 h.",
    "fete association",
    "fete asso halle",
)

H(
    "eclairage_halle",
    "2025-05-07 16:00",
    "note",
    "hugo",
    "Éclairage de la halle et de la place",
    "Choix de l'éclairage validé avec l'ABF : projecteurs LED encastrés pour éclairer la charpente "
    "de la halle par en dessous, et mâts bas à lumière chaude sur la place Jean-Jaurès, réglés pour "
    "ne pas éblouir les riverains ni gêner les chauves-souris.",
    "eclairage halle place",
    "eclair halle place",
)

H(
    "enquete_bis_resultats",
    "2025-05-13 14:30",
    "note",
    "lea",
    "Enquête 2025 : premiers résultats",
    "356 habitants et 121 passants ont répondu à la deuxième vague. 49 % trouvent le centre plus "
    "animé qu'il y a un an, 12 % moins. La rue piétonne est plébiscitée à 67 % pour l'été. Le "
    "stationnement reste le premier motif d'insatisfaction pendant les travaux.",
    "enquete evaluation resultats",
    "enq enq_n eval pieton voit",
)

H(
    "logements_loues",
    "2025-05-15 15:15",
    "photo",
    "nadia",
    "Premiers locataires au-dessus des commerces",
    "Les premiers logements remis en location grâce à l'OPAH-RU : deux T2 au-dessus de l'ancienne "
    "mercerie, rue des Drapiers, avec des loyers conventionnés.",
    "logement opah-ru",
    "log opah",
    caption="T2 rénové, 42 m², parquet d'origine conservé, vue sur la rue des Drapiers.",
)

H(
    "tabac_ferme",
    "2025-05-20 11:30",
    "note",
    "mathieu",
    "Le tabac-presse ferme fin juin",
    "M. Fau ferme le tabac-presse de la rue des Drapiers le 30 juin et part à la retraite. Bonne "
    "nouvelle : un couple de Figeac reprend le fonds et l'agrément tabac, réouverture prévue en "
    "septembre.",
    "commerce cession",
    "ferm",
)

H(
    "article_depeche",
    "2025-05-22 08:30",
    "link",
    "claire",
    "La Dépêche : « Marcillac reprend des couleurs »",
    "Article sur le programme, avec un entretien de Claire Vasseur, cheffe de projet Petites villes "
    "de demain à la mairie, et les chiffres du commerce : 27 locaux vacants contre 34 début 2024.",
    "presse",
    "cheffe vac vac_n",
    url="https://www.ladepeche.fr/2025/05/22/marcillac-sur-vionne-le-centre-reprend-des-couleurs.html",
)

H(
    "retour_halle",
    "2025-05-27 13:00",
    "note",
    "patrick",
    "Retour du marché sous la halle",
    "Confirmé : le marché du jeudi retourne sous la halle le 12 juin, jour de l'inauguration. J'ai "
    "refait le plan des emplacements : les alimentaires sous la halle avec les nouvelles bornes "
    "électriques, les autres autour.",
    "marche halle",
    "mar mkt mar_jour halle",
)

# ---------------- Stage 5: bilan et évaluation ----------------------------
H(
    "lancement_eval",
    "2025-06-03 10:00",
    "note",
    "claire",
    "Lancement de l'évaluation finale",
    "L'évaluation finale du programme démarre : Léa consolide les indicateurs et les deux enquêtes, "
    "et un cabinet extérieur conduira une vingtaine d'entretiens. La mission est financée à moitié "
    "par la Banque des Territoires. Rapport attendu fin août, restitution au comité de pilotage en "
    "septembre.",
    "evaluation",
    "eval bdt fin enq",
)

H(
    "inauguration_halle",
    "2025-06-12 11:30",
    "video",
    "jeanpierre",
    "Inauguration de la halle rénovée",
    "Extrait du discours de la maire.",
    "halle inauguration marche",
    "halle halle_cout halle_toit mar mkt mar_jour fin bdt",
    caption="Ruban coupé sous la halle, le jour du marché.",
    transcript="Françoise Delmas : Mesdames, messieurs, il y a un an et demi, il pleuvait sous "
    "cette halle. Aujourd'hui, la toiture et la charpente sont refaites, le sol est neuf, et le "
    "marché du jeudi revient chez lui. Un million quatre cent vingt mille euros de travaux, "
    "financés par l'État, la Région, le Département, et un prêt de la Banque des Territoires pour "
    "la part de la commune. Merci aux artisans, merci aux commerçants du marché pour leur patience !",
)

H(
    "premier_marche_halle",
    "2025-06-12 17:00",
    "testimony",
    "patrick",
    "Le fromager sous la halle rénovée",
    "« Enfin ! Au sec, avec l'électricité à l'emplacement, un sol qu'on peut laver au jet. Ce matin "
    "j'ai vu des clients que je n'avais pas vus depuis mars. Trois mois dehors, c'était long, mais "
    "ça valait le coup. »",
    "marche halle temoignage",
    "mar mkt halle",
    speaker=("Thierry Alazard", "fromager, abonné du marché"),
)

H(
    "indicateurs_eval",
    "2025-06-17 15:00",
    "note",
    "lea",
    "Évaluation : les indicateurs à 18 mois",
    "Premiers résultats du tableau de bord : vacance commerciale passée de 21 % à 16 % (26 locaux "
    "vacants sur 162), fréquentation de la rue des Drapiers +18 % sur un an, 11 logements remis "
    "sur le marché dans les étages des commerces, 9 commerces ouverts et 4 fermés depuis janvier "
    "2024.",
    "evaluation indicateurs",
    "eval vac vac_n log ferm pieton",
)

H(
    "plan_plantation",
    "2025-06-19 10:00",
    "drawing",
    "elodie",
    "Plan de plantation de la place",
    "Plan de plantation mis à jour pour l'entreprise d'espaces verts.",
    "place arbres plantation",
    "plant arbres place",
    caption="Emplacement des 18 arbres, des massifs de vivaces méditerranéennes et des prairies "
    "fleuries ; plantation entre le 15 novembre et le 15 décembre, arrosage automatique les deux "
    "premiers étés.",
)

H(
    "fete_musique",
    "2025-06-21 22:30",
    "photo",
    "sophie",
    "Fête de la musique",
    "Première fête de la musique dans la rue des Drapiers piétonne : cinq scènes, des terrasses pleines.",
    "fete musique rue-pietonne",
    "fete cafe pieton",
    caption="Le groupe du lycée devant le café du Commerce, la rue noire de monde.",
)

H(
    "temoin_cmj",
    "2025-06-24 17:00",
    "testimony",
    "elodie",
    "Le conseil municipal des jeunes",
    "« Nous, on veut des jeux d'eau, parce que quand il fait chaud on ne sait pas où aller, et un "
    "endroit pour faire du skate. Les grands veulent des bancs pour se retrouver. Et on voudrait "
    "planter nous-mêmes un arbre sur la nouvelle place. »",
    "place enfants temoignage",
    "enf place ombre arbres plant",
    speaker=("Léon Castagné", "10 ans, conseil municipal des jeunes"),
)

H(
    "ot_ete",
    "2025-06-26 11:00",
    "note",
    "sophie",
    "L'office de tourisme passe à l'heure d'été",
    "L'office de tourisme ouvre 7 jours sur 7 en juillet-août. Nouveautés : visite guidée « La halle "
    "et ses charpentiers » le mardi, et le circuit patrimoine traduit en anglais et en néerlandais.",
    "tourisme office patrimoine halle",
    "ot patri halle",
)

H(
    "fete_2025_video",
    "2025-06-28 23:30",
    "video",
    "karim",
    "Fête de la ville sous la halle",
    "Ambiance.",
    "fete halle video",
    "fete halle cafe",
    caption="Bal sous la halle, guirlandes dans la charpente.",
    transcript="Alors là on est sous la halle, il est onze heures et demie, il y a au moins huit "
    "cents personnes, le bal vient de commencer. Les cafés de la place sont complets. Franchement, "
    "l'année dernière on n'aurait jamais imaginé ça.",
)

H(
    "copil5",
    "2025-07-01 18:00",
    "note",
    "claire",
    "Comité de pilotage n°5",
    "Copil de bilan avec les élus et les partenaires : présentation des indicateurs de "
    "l'évaluation, point sur l'OPAH-RU et les façades. Décisions pour 2026 : deuxième tranche de "
    "ravalements sur la place de la Halle, étude pour une maison de santé, et pérennisation de la "
    "boutique à l'essai.",
    "copil bilan",
    "copil eval rav sante bae opah",
)

H(
    "pieton_ete2",
    "2025-07-03 16:30",
    "note",
    "mathieu",
    "Rue piétonne, deuxième été",
    "Deuxième été de rue piétonne : onze terrasses contre six l'an dernier, et un troisième café a "
    "ouvert, « Le Drapier ». Les commerçants sceptiques de 2024 sont plus nuancés ; le tabac-presse "
    "regrette toujours les arrêts minute.",
    "rue-pietonne commerce",
    "pieton cafe",
)

H(
    "opah_miparcours",
    "2025-07-08 14:00",
    "note",
    "nadia",
    "OPAH-RU : bilan à mi-parcours",
    "Après 14 mois : 19 dossiers agréés, 23 logements concernés dont 11 vacants remis en location "
    "(la plupart au-dessus de commerces), 6 ravalements de façade aidés. Le rythme est bon ; le "
    "point faible reste les propriétaires âgés qui n'osent pas s'endetter pour le reste à charge.",
    "opah-ru bilan",
    "opah log rav proprio fin",
)

H(
    "memo_chaleur2",
    "2025-07-10 15:30",
    "audio",
    "hugo",
    "Mesures de température, un an après",
    "Mémo vocal, même heure, même thermomètre.",
    "chaleur place evaluation",
    "ombre place eval",
    transcript="Même mesure que l'an dernier, quinze heures trente, place Jean-Jaurès. La place "
    "n'est pas finie mais la partie désimperméabilisée est faite : trente-huit degrés au sol sur le "
    "stabilisé, contre cinquante-deux l'an dernier sur l'enrobé. Je le mets dans le tableau pour "
    "l'évaluation.",
)

H(
    "temoin_maire",
    "2025-07-22 11:00",
    "testimony",
    "jeanpierre",
    "La maire sur la santé",
    "« L'arrivée du docteur Nguyen a soulagé tout le monde, mais un médecin ne suffit pas pour "
    "6 000 habitants. On veut une maison de santé dans l'ancienne gendarmerie, en plein centre, avec "
    "deux généralistes, des infirmières et un kiné. »",
    "sante temoignage",
    "sante",
    speaker=("Françoise Delmas", "maire de Marcillac-sur-Vionne"),
)

H(
    "tableau_commerce",
    "2025-07-29 10:00",
    "note",
    "mathieu",
    "Tableau de bord commerce, juillet",
    "26 locaux vacants sur 162. Les deux boutiques à l'essai sont occupées (épicerie vrac et atelier "
    "de réparation de vélos). Loyer moyen demandé en baisse de 12 % en deux ans.",
    "commerce vacance",
    "vac vac_n bae",
)

H(
    "maison_sante",
    "2025-08-12 10:30",
    "note",
    "claire",
    "Maison de santé : étude de faisabilité",
    "Lancement de l'étude de faisabilité pour une maison de santé pluriprofessionnelle dans "
    "l'ancienne gendarmerie. Rencontre avec l'ARS et les professionnels du secteur : deux "
    "généralistes intéressés, dont le Dr Nguyen, plus un cabinet infirmier.",
    "sante etude",
    "sante",
)

H(
    "eval_restitution",
    "2025-08-19 16:00",
    "note",
    "lea",
    "Rapport d'évaluation prêt",
    "Le rapport d'évaluation finale est bouclé : 48 pages, les indicateurs, les deux enquêtes et les "
    "entretiens du cabinet. Restitution au comité de pilotage le 16 septembre, puis réunion "
    "publique.",
    "evaluation rapport",
    "eval enq",
)

H(
    "vingt_mois",
    "2025-08-26 18:00",
    "note",
    "claire",
    "Vingt mois de projet",
    "Vingt mois que je suis cheffe de projet Petites villes de demain à Marcillac. Ce qui a marché : "
    "travailler avec les commerçants dès le départ, tester avant de figer (la rue piétonne, la "
    "boutique à l'essai), et montrer vite des résultats visibles. Ce qui reste dur : les immeubles "
    "dont les propriétaires ne répondent pas, et les délais administratifs.",
    "bilan pvd",
    "cheffe pieton bae proprio",
)

# --------------------------------------------------------------------------
# Filler: everyday team life, logistics, partners, weather, office matters.
# Topic words are reused in other senses; filler answers no topic query.
# --------------------------------------------------------------------------
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
HEURES = ["9 h", "9 h 30", "10 h", "11 h", "14 h", "14 h 30", "15 h", "16 h"]
SALLES = ["salle 2", "salle du conseil", "salle Vionne", "salle des mariages", "petite salle du 1er"]
COLLEGUES = ["Josiane", "Marc", "Sylvie", "Thomas", "Nathalie", "Didier", "Fanny", "Rémi", "Agnès"]
VILLES = ["Rodez", "Toulouse", "Albi", "Millau", "Figeac", "Villefranche"]
PARTENAIRES = [
    "la DDT",
    "le CAUE",
    "la Chambre de métiers",
    "les services de l'agglo",
    "la sous-préfecture",
    "le service juridique de l'agglo",
    "le centre de gestion",
]
MOIS_NOMS = [
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
POOLS = {
    "odj": [
        "les congés à venir",
        "le planning des permanences d'accueil",
        "la répartition du courrier entrant",
        "les astreintes du week-end",
        "le retour de formation de {coll}",
        "le rangement du serveur partagé",
        "les dates de fermeture estivale du service",
    ],
    "rumeur": [
        "la machine à café du 1er étage sera remplacée avant l'été",
        "le standard téléphonique va changer de prestataire",
        "la salle Vionne sera repeinte pendant les vacances scolaires",
        "le parquet de la salle des mariages va enfin être poncé",
    ],
    "occasion": [
        "la fin des dossiers budgétaires",
        "l'arrivée de {coll}",
        "les vingt ans de service de {coll}",
        "la fin de l'inventaire",
    ],
    "amicale": [
        "cherche des volontaires pour renouveler son bureau",
        "organise sa sortie annuelle au viaduc de Millau, inscriptions ouvertes",
        "vend des billets de cinéma à tarif réduit, voir {coll}",
        "lance son tournoi de pétanque interservices, équipes de trois",
    ],
    "panne": [
        "affiche « bourrage papier » en permanence",
        "n'a plus de toner cyan",
        "ne scanne plus qu'en noir et blanc",
        "imprime une ligne noire sur chaque page",
    ],
    "items": [
        "ramettes, post-it et chemises cartonnées",
        "enveloppes kraft et timbres",
        "classeurs, intercalaires et agrafes",
        "cartouches d'encre et piles",
    ],
    "annees": ["2015-2017", "2018-2019", "2019-2021"],
    "logiciel": ["de courrier", "de paie", "de réservation des salles", "d'état civil"],
    "service": ["urbanisme", "ressources humaines", "communication"],
    "formation": [
        "prise de parole en public",
        "commande publique",
        "tableur niveau 2",
        "accueil des publics difficiles",
    ],
    "motif": [
        "la formation des agents d'accueil",
        "l'inventaire annuel",
        "une coupure électrique programmée",
    ],
    "depart": ["Josiane, qui part à la retraite", "Marc, muté à Albi", "Fanny, dont le contrat se termine"],
    "ascenseur": ["vendredi", "la fin de la semaine", "mardi prochain"],
}

# (category tag, title, body, kind, caption, max uses, season or None)
FILLER_TEMPLATES = [
    (
        "equipe",
        "Réunion d'équipe",
        "Réunion d'équipe {jour} à {heure} en {salle}. Ordre du jour : {odj}, puis points divers.",
        "note",
        "",
        9,
        None,
    ),
    (
        "equipe",
        "Pot de départ",
        "Pot de départ de {depart}, vendredi à 18 h au bar L'Oasis. "
        "Participation libre dans l'enveloppe à l'accueil.",
        "note",
        "",
        3,
        None,
    ),
    (
        "equipe",
        "Bonne fête !",
        "Bonne fête à {coll} ! Il y a des croissants en salle de pause.",
        "note",
        "",
        3,
        None,
    ),
    (
        "equipe",
        "Gâteau en salle de pause",
        "Gâteau pour l'anniversaire de {coll} à 16 h en salle de pause, venez nombreux.",
        "photo",
        "Le gâteau au chocolat de {coll}, déjà bien entamé.",
        3,
        None,
    ),
    (
        "equipe",
        "Absence",
        "{coll} est en congé jusqu'à {jour} prochain, joignable par SMS en cas d'urgence uniquement.",
        "note",
        "",
        7,
        None,
    ),
    (
        "equipe",
        "Télétravail",
        "Je suis en télétravail {jour}, mes réunions passent en visio. "
        "Pour {coll} : le dossier papier est sur mon bureau.",
        "note",
        "",
        6,
        None,
    ),
    (
        "equipe",
        "Le bruit court...",
        "Le bruit court que {rumeur}. On n'y croit plus trop.",
        "note",
        "",
        3,
        None,
    ),
    (
        "equipe",
        "Machine à café",
        "La machine à café du rez-de-chaussée est réparée. {coll} "
        "demande qu'on détartre la cafetière de la salle de pause à tour de rôle.",
        "note",
        "",
        2,
        None,
    ),
    (
        "equipe",
        "Déjeuner d'équipe",
        "On déjeune à L'Oasis {jour} midi pour fêter {occasion}. Qui vient ? Je réserve pour {n} personnes.",
        "note",
        "",
        4,
        None,
    ),
    ("equipe", "Amicale du personnel", "L'amicale du personnel {amicale}.", "note", "", 4, None),
    (
        "equipe",
        "Photo de groupe",
        "Photo de groupe pour le trombinoscope de l'intranet {jour} à {heure}, devant l'escalier d'honneur.",
        "photo",
        "Le service au complet, ou presque.",
        1,
        None,
    ),
    (
        "equipe",
        "Portes ouvertes chez les pompiers",
        "Portes ouvertes à la caserne des pompiers "
        "dimanche, démonstration de désincarcération à 15 h. {coll} y tient un stand.",
        "note",
        "",
        1,
        None,
    ),
    (
        "equipe",
        "Nouvelle collègue à l'accueil",
        "{coll} renforce l'accueil à partir de {jour} : "
        "passez vous présenter, et pensez à lui donner vos horaires de permanence.",
        "note",
        "",
        2,
        None,
    ),
    (
        "logistique",
        "Clés de salle",
        "Les clés de la {salle} sont à l'accueil. Pensez à les rendre le "
        "soir, on en a perdu un jeu la semaine dernière.",
        "note",
        "",
        3,
        None,
    ),
    (
        "logistique",
        "Imprimante du 2e",
        "L'imprimante du 2e {panne}. Ticket ouvert auprès du service "
        "informatique, utilisez celle de l'accueil en attendant.",
        "note",
        "",
        4,
        None,
    ),
    (
        "logistique",
        "Commande de fournitures",
        "Commande passée sur la boutique en ligne du fournisseur : {items}. Livraison prévue {jour}.",
        "note",
        "",
        4,
        None,
    ),
    (
        "logistique",
        "Salle réservée",
        "La {salle} est réservée {jour} de {heure} à 17 h. Si vous "
        "aviez prévu d'y travailler, repliez-vous sur la bibliothèque.",
        "note",
        "",
        7,
        None,
    ),
    (
        "logistique",
        "Parapheur",
        "Le parapheur est sur le bureau de la DGS, signatures à récupérer avant {jour} midi.",
        "note",
        "",
        4,
        None,
    ),
    (
        "logistique",
        "Archivage",
        "Archivage des dossiers {annees} : les cartons sont à descendre au "
        "sous-sol {jour}. Étiquetez-les avec le nom du service.",
        "photo",
        "Pile de cartons dans le couloir du 2e étage.",
        3,
        None,
    ),
    (
        "logistique",
        "Nettoyage des bureaux",
        "Le marché public de nettoyage des bureaux est "
        "relancé : l'entreprise actuelle s'arrête à la fin du mois. Bureaux à dégager le vendredi "
        "soir.",
        "note",
        "",
        1,
        None,
    ),
    (
        "logistique",
        "Rangement de l'office",
        "Rangement de l'office du 1er étage : merci de "
        "reprendre vos tasses et vos boîtes avant {jour}, le reste part au lave-vaisselle.",
        "note",
        "",
        2,
        None,
    ),
    (
        "logistique",
        "Essai du nouveau système de visio",
        "Essai du nouveau système de visio en {salle} : le son est correct, la caméra est encore à régler.",
        "note",
        "",
        2,
        None,
    ),
    (
        "logistique",
        "Logiciel en panne",
        "Le logiciel {logiciel} a planté tout l'après-midi, le "
        "prestataire est sur le coup. On note tout à la main en attendant.",
        "note",
        "",
        3,
        None,
    ),
    (
        "logistique",
        "Néon qui clignote",
        "Le néon du bureau {bureau} clignote, l'éclairage est à "
        "changer : demande faite aux services techniques.",
        "note",
        "",
        2,
        None,
    ),
    (
        "logistique",
        "Badges",
        "Les nouveaux badges d'accès sont à retirer à l'accueil, les anciens "
        "ne marcheront plus à partir de {jour}.",
        "note",
        "",
        1,
        None,
    ),
    (
        "logistique",
        "Agenda partagé",
        "Merci de mettre vos absences dans l'agenda partagé, sinon "
        "impossible de caler les réunions à plusieurs. {coll} fait le point {jour}.",
        "note",
        "",
        2,
        None,
    ),
    (
        "logistique",
        "Notes de frais",
        "Les notes de frais de {mois} sont à déposer au service financier avant le 5, justificatifs agrafés.",
        "note",
        "",
        6,
        None,
    ),
    (
        "logistique",
        "Déménagement de bureaux",
        "Le service {service} change de bureaux la semaine "
        "prochaine : cartons fournis, informatique débranchée {jour} soir.",
        "note",
        "",
        3,
        None,
    ),
    (
        "logistique",
        "Tableau blanc",
        "Photo du tableau blanc après la séance de planification "
        "interne de {jour}, pour ceux qui étaient absents.",
        "photo",
        "Tableau blanc de la {salle} couvert de post-it, une colonne par semaine.",
        3,
        None,
    ),
    (
        "logistique",
        "Sondage pour la réunion",
        "Sondage pour fixer la prochaine réunion d'équipe : cochez vos disponibilités avant {jour}.",
        "link",
        "",
        3,
        None,
    ),
    (
        "logistique",
        "Ascenseur",
        "L'ascenseur est en panne jusqu'à {ascenseur} : recevez les "
        "visiteurs qui ont du mal à marcher dans le bureau du rez-de-chaussée.",
        "note",
        "",
        2,
        None,
    ),
    (
        "logistique",
        "Courrier du matin",
        "Le courrier du matin est trié, vos bannettes sont pleines. "
        "{coll} rappelle que les recommandés se signent à l'accueil.",
        "note",
        "",
        3,
        None,
    ),
    (
        "logistique",
        "Mise à jour des postes",
        "Mise à jour des ordinateurs {jour} midi : laissez vos postes allumés et fermez vos fichiers.",
        "note",
        "",
        4,
        None,
    ),
    (
        "logistique",
        "Nouveau numéro",
        "{coll} a un nouveau numéro de poste, l'annuaire interne est à jour.",
        "note",
        "",
        2,
        None,
    ),
    (
        "bureau",
        "Entretiens annuels",
        "Campagne des entretiens annuels d'évaluation du personnel : "
        "les supports sont dans le dossier RH, entretiens à caler avant la fin du mois.",
        "note",
        "",
        1,
        None,
    ),
    (
        "bureau",
        "Questionnaire de la formation",
        "Pensez à remplir le questionnaire de satisfaction "
        "de la formation « {formation} » avant vendredi, sinon pas d'attestation.",
        "note",
        "",
        2,
        None,
    ),
    (
        "bureau",
        "Récolte des données RH",
        "La récolte des données pour le bilan social est à rendre "
        "au service RH avant le 15 : effectifs, absences, formations suivies.",
        "note",
        "",
        1,
        None,
    ),
    (
        "bureau",
        "Inventaire du mobilier",
        "Inventaire du patrimoine mobilier de la mairie : chaque "
        "service liste ses chaises, tables et armoires dans le tableau partagé.",
        "note",
        "",
        1,
        None,
    ),
    (
        "bureau",
        "Ombre au tableau",
        "Petite ombre au tableau : le serveur de fichiers sera coupé "
        "samedi pour maintenance. Enregistrez vos documents en local vendredi soir.",
        "note",
        "",
        1,
        None,
    ),
    (
        "bureau",
        "Tempête de mails",
        "Tempête de mails après la panne de messagerie de ce matin : "
        "tout est revenu, vérifiez quand même vos indésirables.",
        "note",
        "",
        1,
        None,
    ),
    (
        "bureau",
        "Fermeture de la mairie",
        "Fermeture de la mairie au public {jour} après-midi pour {motif}. Permanence téléphonique maintenue.",
        "note",
        "",
        3,
        None,
    ),
    (
        "bureau",
        "Formation",
        "Formation « {formation} » à {ville} les {n} et {n2} du mois : il reste "
        "deux inscriptions possibles, voir avec {coll}.",
        "note",
        "",
        5,
        None,
    ),
    (
        "bureau",
        "Rappel RGPD",
        "Rappel : pas de fichiers contenant des données personnelles sur les "
        "clés USB, utilisez le serveur partagé.",
        "note",
        "",
        1,
        None,
    ),
    (
        "bureau",
        "Mutuelle",
        "Réunion d'information sur la nouvelle mutuelle du personnel {jour} à {heure} en {salle}.",
        "note",
        "",
        1,
        None,
    ),
    (
        "partenaires",
        "Rendez-vous calé",
        "Rendez-vous téléphonique avec {part} calé {jour} à "
        "{heure}. Ordre du jour à préciser, je vous transfère l'invitation.",
        "note",
        "",
        9,
        None,
    ),
    (
        "partenaires",
        "Visite reportée",
        "{Part} reporte sa visite prévue {jour} : nouvelle date à trouver, probablement dans quinze jours.",
        "note",
        "",
        6,
        None,
    ),
    (
        "partenaires",
        "Compte rendu en retard",
        "Le compte rendu de la réunion avec {part} arrive {jour}, {coll} le relit avant diffusion.",
        "note",
        "",
        6,
        None,
    ),
    (
        "partenaires",
        "Courrier reçu",
        "Courrier de {part} reçu ce matin, scanné et classé dans le "
        "dossier partagé. Réponse à préparer avant {jour}.",
        "note",
        "",
        6,
        None,
    ),
    (
        "transport",
        "Billet de train",
        "Pour ceux qui vont à {ville} en TER {jour} : pensez à "
        "composter votre billet, le contrôle est systématique sur cette ligne.",
        "note",
        "",
        2,
        None,
    ),
    (
        "transport",
        "Grève SNCF",
        "Préavis de grève SNCF {jour} : la formation à {ville} est "
        "maintenue en visio pour ceux qui ne peuvent pas s'y rendre.",
        "note",
        "",
        2,
        None,
    ),
    ("transport", "Retard", "Mémo vocal.", "audio", "", 3, None),
    (
        "transport",
        "Route barrée",
        "La départementale vers {ville} est barrée pour réfection "
        "jusqu'à {jour} : déviation par Saint-Rome, comptez vingt minutes de plus.",
        "note",
        "",
        2,
        None,
    ),
    (
        "solidarite",
        "Collecte de la banque alimentaire",
        "Collecte de la banque alimentaire ce "
        "week-end au supermarché de la route de {ville} : on cherche des bénévoles pour samedi "
        "matin.",
        "note",
        "",
        2,
        None,
    ),
    (
        "solidarite",
        "Don du sang",
        "Collecte de l'Établissement français du sang {jour} à la salle "
        "polyvalente, de 15 h à 19 h. Pensez à bien manger avant.",
        "note",
        "",
        2,
        None,
    ),
    (
        "meteo",
        "Brouillard",
        "Brouillard épais sur la vallée ce matin, prudence sur la route de {ville}.",
        "note",
        "",
        3,
        "hiver",
    ),
    (
        "meteo",
        "Gel",
        "Gel ce matin : les marches de l'entrée sont glissantes, {coll} a passé le sel.",
        "note",
        "",
        3,
        "hiver",
    ),
    (
        "meteo",
        "Neige fondue",
        "Neige fondue depuis l'aube : {coll} est bloqué à Saint-Rome et travaille de chez lui.",
        "note",
        "",
        2,
        "hiver",
    ),
    (
        "meteo",
        "Chauffage",
        "Le chauffage du {etage} fait encore des siennes, gardez vos pulls. Ticket ouvert.",
        "note",
        "",
        2,
        "hiver",
    ),
    (
        "meteo",
        "Pluie",
        "Pluie battante toute la journée, la Vionne monte mais rien d'inquiétant d'après la préfecture.",
        "note",
        "",
        2,
        "mi-saison",
    ),
    (
        "meteo",
        "Vent d'autan",
        "Vent d'autan très fort : les panneaux d'affichage de l'entrée ont "
        "volé, {coll} les a rangés à l'accueil.",
        "note",
        "",
        3,
        "mi-saison",
    ),
    (
        "meteo",
        "Averse",
        "Grosse averse à midi, les parapluies sèchent dans le couloir du {etage}.",
        "note",
        "",
        3,
        "mi-saison",
    ),
    (
        "meteo",
        "Grêle",
        "Grêle {jour} en fin d'après-midi : une vitre du hall fendue, {coll} a prévenu l'assurance.",
        "note",
        "",
        1,
        "mi-saison",
    ),
    (
        "meteo",
        "Orage",
        "Orage violent hier soir, coupure de courant d'une heure à la mairie ; le "
        "serveur a redémarré tout seul. Vérifiez vos fichiers ouverts.",
        "note",
        "",
        2,
        "ete",
    ),
    (
        "meteo",
        "Averses orageuses",
        "Averses orageuses annoncées pour l'après-midi, la réunion de "
        "{heure} se fera en {salle} plutôt que dehors.",
        "note",
        "",
        3,
        "ete",
    ),
    (
        "meteo",
        "Coupure d'eau",
        "Coupure d'eau programmée {jour} matin dans tout le bâtiment : "
        "toilettes du rez-de-chaussée fermées de 8 h à 11 h.",
        "note",
        "",
        1,
        "ete",
    ),
]

RETARD_TRANSCRIPTS = [
    "C'est {coll}, je serai en retard ce matin, je suis bloqué derrière un convoi agricole sur la "
    "départementale. Commencez sans moi.",
    "Oui bonjour, c'est {coll}, j'ai un pneu crevé à la sortie de {ville}, j'arrive vers dix heures.",
    "C'est {coll}, le train de {ville} est supprimé, je prends le suivant, je serai là vers onze heures.",
]

NEAR_DUP_ADDITIONS = [
    " (je remets le message, certains ne l'avaient pas vu)",
    " Je remonte le message.",
    " Petit rappel, merci !",
    " Mise à jour : c'est confirmé.",
]

# Key words of the four unanswered questions: must appear nowhere.
FORBIDDEN_ANYWHERE = ["friche", "permis de louer", "navette", "preemption"]
# Topic markers that must never appear in filler.
FORBIDDEN_IN_FILLER = [
    "boutique a l'essai",
    "rue pietonne",
    "pieton",
    "marche de noel",
    "opah",
    "zone bleue",
    "banque des territoires",
    "anct",
    "taudis",
    "cagnard",
    "toubib",
    "thune",
    "bagnole",
    "troquet",
    "fringue",
    "gamin",
    "teuf",
    "proprio",
    "proprietaire",
    "halle",
    "platane",
    "facade",
    "ravalement",
    "livreur",
    "stationnement",
    "parking",
    "voiture",
    "enfant",
    "medecin",
    "sante",
    "subvention",
    "financement",
    "enquete",
    "tourisme",
    "vitrine",
    "logement",
    "copil",
    "comite de pilotage",
    "cheffe de projet",
    "arbre",
    "plantation",
    "chaleur",
    "canicule",
    "vetement",
    "terrasse",
    "jeux",
    "place jean-jaures",
    "taux de vacance",
    "vacants",
    "fete de la ville",
    "association des commercants",
]

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris_offset(naive):
    """+02:00 between last Sunday of March 02:00 and last Sunday of October 03:00 (local)."""
    start = dt.datetime.combine(last_sunday(naive.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(last_sunday(naive.year, 10), dt.time(3, 0))
    return "+02:00" if start <= naive < end else "+01:00"


def iso_paris(naive):
    return naive.strftime("%Y-%m-%dT%H:%M:%S") + paris_offset(naive)


def norm(s):
    s = s.replace("’", "'").replace("œ", "oe").replace("Œ", "Oe")
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def prose(e):
    return " ".join(
        [e["title"], e["body"], e["caption"], e["transcript"], e["speaker_name"], e["speaker_role"]]
    )


def full_text(e):
    return prose(e) + " " + " ".join(t.replace("-", " ") for t in e["tags"])


def stage_of(day):
    for sid, _t, start, end in STAGES:
        if day >= dt.date.fromisoformat(start) and (end is None or day <= dt.date.fromisoformat(end)):
            return sid
    raise SystemExit("date outside stages: %s" % day)


DAY_QUERY_DAYS = {(6, 12), (12, 3)}
RANGE_START = dt.date(2024, 1, 10)
RANGE_END = dt.date(2025, 8, 29)


def season(month):
    if month in (12, 1, 2):
        return "hiver"
    if month in (6, 7, 8):
        return "ete"
    return "mi-saison"


def make_filler(rng, n_target, taken_times):
    """Draw filler posts from capped templates; 8 of them are near-duplicates of earlier ones."""
    posts = []
    n_dups = 8
    n_base = n_target - n_dups
    days = (RANGE_END - RANGE_START).days
    left = {i: t[5] for i, t in enumerate(FILLER_TEMPLATES)}
    seen = set()
    tries = 0
    while len(posts) < n_base:
        tries += 1
        if tries > 100000:
            raise SystemExit("filler templates exhausted")
        day = RANGE_START + dt.timedelta(days=rng.randrange(days + 1))
        if (day.month, day.day) in DAY_QUERY_DAYS:
            continue
        if day.weekday() >= 5 and rng.random() < 0.85:
            continue
        if (day.month, day.day) in ((1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)):
            continue
        t = dt.datetime.combine(
            day, dt.time(rng.randrange(8, 18), rng.choice([0, 5, 10, 20, 25, 35, 40, 45, 50]))
        )
        if t in taken_times:
            continue
        sea = season(day.month)
        cands = [i for i, n in left.items() if n > 0 and FILLER_TEMPLATES[i][6] in (None, sea)]
        if not cands:
            continue
        i = rng.choices(cands, weights=[left[c] for c in cands])[0]
        tag, title, body, kind, cap, _mx, _sea = FILLER_TEMPLATES[i]
        part = rng.choice(PARTENAIRES)
        fill = {
            "jour": rng.choice(JOURS),
            "heure": rng.choice(HEURES),
            "salle": rng.choice(SALLES),
            "coll": rng.choice(COLLEGUES),
            "ville": rng.choice(VILLES),
            "part": part,
            "Part": part[0].upper() + part[1:],
            "n": rng.randrange(4, 12),
            "n2": rng.randrange(13, 27),
            "bureau": rng.choice(["104", "112", "204", "207", "215"]),
            "mois": MOIS_NOMS[(day.month - 2) % 12],
            "etage": rng.choice(["1er étage", "2e étage", "rez-de-chaussée"]),
        }
        for k, vals in POOLS.items():
            fill[k] = rng.choice(vals).format(**fill)
        title = title.format(**fill)
        body = body.format(**fill)
        cap = cap.format(**fill)
        transcript = rng.choice(RETARD_TRANSCRIPTS).format(**fill) if kind == "audio" else ""
        sig = (body, cap, transcript)
        if sig in seen:
            continue
        seen.add(sig)
        left[i] -= 1
        url = ""
        if kind == "link":
            url = "https://framadate.org/marcillac-equipe-%s" % day.strftime("%Y%m%d")
        taken_times.add(t)
        posts.append(
            {
                "when": t,
                "kind": kind,
                "author": rng.choice(AUTHOR_IDS),
                "title": title,
                "body": body,
                "tags": [tag],
                "caption": cap,
                "transcript": transcript,
                "speaker_name": "",
                "speaker_role": "",
                "url": url,
                "topics": set(),
                "key": None,
            }
        )
    base = [p for p in posts if p["tags"] != ["meteo"] and p["kind"] == "note"]
    rng.shuffle(base)
    made = 0
    for src in base:
        if made == n_dups:
            break
        for shift in (3, 20, 26, 44, 70):
            t = src["when"] + dt.timedelta(hours=shift, minutes=7)
            if (t.month, t.day) in DAY_QUERY_DAYS or t in taken_times or t.date() > RANGE_END:
                continue
            if t.hour < 7 or t.hour > 21:
                continue
            break
        else:
            continue
        dup = dict(src)
        dup["when"] = t
        dup["body"] = src["body"] + NEAR_DUP_ADDITIONS[made % len(NEAR_DUP_ADDITIONS)]
        taken_times.add(t)
        posts.append(dup)
        made += 1
    if made != n_dups:
        raise SystemExit("could not place near-duplicates")
    return posts


# --------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------
# spec: ("topic", [topics]) | ("quoted", topic, phrase) | ("excl", topic, word)
#       ("author", id) | ("stage", word) | ("tag", tag) | ("title", word)
#       ("month", y, m) | ("day", m, d) | ("none",)
QUERIES = [
    # familiar synonyms (10)
    (
        "bagnoles",
        "familiar synonym",
        ("topic", ["voit"]),
        ["comptage_places"],
        "cars, parking and traffic in the centre (entries say voiture, stationnement, places, parking)",
    ),
    (
        "proprios",
        "familiar synonym",
        ("topic", ["proprio"]),
        [],
        "property owners: landlords of empty shops and flats, OPAH-RU owners (entries say propriétaires)",
    ),
    (
        "taudis",
        "familiar synonym",
        ("topic", ["taudis"]),
        ["habitat_indigne", "temoin_marty"],
        "run-down or unfit housing: habitat indigne, péril, logements dégradés, humides",
    ),
    (
        "thune",
        "familiar synonym",
        ("topic", ["fin"]),
        [],
        "money for the project: subsidies, co-financing, budgets, loans, aid amounts",
    ),
    (
        "gamins",
        "familiar synonym",
        ("topic", ["enf"]),
        [],
        "children: play areas, water games, children at events, school drawings",
    ),
    (
        "cagnard",
        "familiar synonym",
        ("topic", ["ombre"]),
        ["memo_chaleur"],
        "heat and shade on the square and in the streets (chaleur, ombre, canicule, fraîcheur)",
    ),
    (
        "teuf",
        "familiar synonym",
        ("topic", ["fete"]),
        [],
        "the town fête and festive evenings (fête de la ville, bal, fête de la musique)",
    ),
    (
        "toubib",
        "familiar synonym",
        ("topic", ["sante"]),
        ["depart_medecin", "temoin_medecin"],
        "doctors and health services in the centre (médecin, maison de santé)",
    ),
    (
        "troquets",
        "familiar synonym",
        ("topic", ["cafe"]),
        ["terrasses_photo"],
        "cafés, bars and their terraces in the centre",
    ),
    (
        "fringues",
        "familiar synonym",
        ("topic", ["vet"]),
        [],
        "clothes shops: the second-hand clothes shop of the trial shop, demand for clothing shops",
    ),
    # word forms (6)
    (
        "ravalements",
        "word form",
        ("topic", ["rav"]),
        ["ravalement_injonction"],
        "façade renovation (ravalement, façades, nuancier); plural of the noun",
    ),
    (
        "piétonniser",
        "word form",
        ("topic", ["pieton"]),
        ["pieton_test"],
        "the pedestrian street (piétonne, piétonnisation, fermée aux voitures); verb form",
    ),
    (
        "plantations",
        "word form",
        ("topic", ["plant"]),
        ["plan_plantation", "tilleuls"],
        "planting trees and plants (planter, planté, replanter); plural noun of the verb",
    ),
    (
        "questionnaires",
        "word form",
        ("topic", ["enq"]),
        ["prepa_enquete"],
        "the survey of residents and shoppers (enquête, questionnaire, réponses); plural",
    ),
    (
        "fermetures",
        "word form",
        ("topic", ["ferm"]),
        ["fermetures_cci"],
        "shops closing down (fermer, ferme, fermé, cessation); plural noun of the verb",
    ),
    (
        "livraisons",
        "word form",
        ("topic", ["livr"]),
        ["arrete_livraisons"],
        "deliveries in the pedestrian street (livrer, livraison, livreur); plural",
    ),
    # multi-word (6)
    (
        "halle toiture travaux",
        "multi-word",
        ("topic", ["halle_toit"]),
        ["toiture_finie"],
        "the roof and timber frame of the market hall: damage, study, works",
    ),
    (
        "logements au dessus des commerces",
        "multi-word",
        ("topic", ["log"]),
        ["acces_etages"],
        "empty flats above shops, separate access, bringing them back to rent",
    ),
    (
        "plan guide centre ville",
        "multi-word",
        ("topic", ["planguide"]),
        ["plan_guide"],
        "the plan-guide (master plan) of the centre",
    ),
    (
        "comité de pilotage élus",
        "multi-word",
        ("topic", ["copil"]),
        [],
        "the elected officials' steering committee meetings and what they decided",
    ),
    (
        "ateliers habitants place",
        "multi-word",
        ("topic", ["place_atel"]),
        ["atelier1"],
        "residents' workshops on the redesign of place Jean-Jaurès",
    ),
    (
        "vitrines vides déco",
        "multi-word",
        ("topic", ["vitro"]),
        ["vitrophanie"],
        "dressing the windows of empty shops (vitrophanie)",
    ),
    # whole questions (7)
    (
        "qui est la cheffe de projet pvd ?",
        "question",
        ("topic", ["cheffe"]),
        ["prise_poste"],
        "entries saying that Claire Vasseur is the PVD project manager",
    ),
    (
        "combien de commerces vides dans le centre ?",
        "question",
        ("topic", ["vac_n"]),
        ["recensement", "tableau_commerce"],
        "entries giving the number or rate of empty shops",
    ),
    (
        "c'est quel jour le marché ?",
        "question",
        ("topic", ["mar_jour"]),
        ["marche_chiffres"],
        "entries stating that the weekly market is on Thursday (morning)",
    ),
    (
        "combien coûte la rénovation de la halle ?",
        "question",
        ("topic", ["halle_cout"]),
        ["dsil_halle"],
        "entries giving the cost of the market-hall renovation (1.42 M€ HT)",
    ),
    (
        "qui finance l'opah-ru ?",
        "question",
        ("topic", ["opah_fin"]),
        ["opah_lancee"],
        "entries saying who pays for the OPAH-RU (Anah, commune, Département)",
    ),
    (
        "comment candidater à la boutique à l'essai ?",
        "question",
        ("topic", ["bae_cand"]),
        ["bae_appel", "bae_appel2"],
        "entries explaining how to apply for the trial shop",
    ),
    (
        "combien d'habitants ont répondu à l'enquête ?",
        "question",
        ("topic", ["enq_n"]),
        ["enquete_close", "synthese_enquete"],
        "entries giving the number of survey responses",
    ),
    # typos / missing accents (7)
    (
        "stationement zone bleue",
        "typo",
        ("topic", ["zb"]),
        ["zone_bleue"],
        "the blue parking zone of the Grand-Rue (missing n in stationnement)",
    ),
    (
        "patrimone",
        "typo",
        ("topic", ["patri"]),
        [],
        "heritage of the old town: porte de l'Horloge, maison du Consul, circuit, halle as monument",
    ),
    (
        "ofice de tourisme",
        "typo",
        ("topic", ["ot"]),
        [],
        "the tourist office: visitors, opening hours, tours, shop",
    ),
    (
        "evaluation finale",
        "typo",
        ("topic", ["eval"]),
        ["lancement_eval"],
        "the final evaluation: indicators, method, report (missing accent)",
    ),
    (
        "association des commercants",
        "typo",
        ("topic", ["asso"]),
        ["ag_asso"],
        "the shopkeepers' association Marcillac Cœur de Ville (missing cedilla)",
    ),
    (
        "banque des teritoires",
        "typo",
        ("topic", ["bdt"]),
        [],
        "what the Banque des Territoires funds or lends (missing r)",
    ),
    (
        "eclairage du centre",
        "typo",
        ("topic", ["eclair"]),
        ["eclairage"],
        "public lighting and illuminations in the centre (missing accent)",
    ),
    # quoted phrases (3)
    (
        '"boutique à l\'essai"',
        "quoted phrase",
        ("quoted", "bae", "boutique à l'essai"),
        ["bae_appel"],
        "trial-shop entries whose text contains the exact phrase",
    ),
    (
        '"rue piétonne"',
        "quoted phrase",
        ("quoted", "pieton", "rue piétonne"),
        ["bilan_mi_pieton"],
        "pedestrian-street entries whose text contains the exact phrase",
    ),
    (
        '"marché de Noël"',
        "quoted phrase",
        ("quoted", "noel", "marché de Noël"),
        ["bilan_noel"],
        "Christmas-market entries whose text contains the exact phrase",
    ),
    # exclusions (3)
    (
        "marché -noël",
        "exclusion",
        ("excl", "mkt", "noël"),
        [],
        "market entries (weekly market, hall, night market, Christmas market)",
    ),
    ("arbres -platanes", "exclusion", ("excl", "arbres", "platane"), [], "tree entries"),
    ("financement -région", "exclusion", ("excl", "fin", "région"), [], "funding entries"),
    # field queries (5)
    ("auteur:Nadia", "field", ("author", "nadia"), [], "all entries written by Nadia Benali"),
    (
        "escale:diagnostic",
        "field",
        ("stage", "diagnostic"),
        [],
        "all entries of the stage whose title contains « diagnostic »",
    ),
    ("#halle", "field", ("tag", "halle"), [], "all entries tagged halle"),
    ("titre:enquête", "field", ("title", "enquête"), [], "all entries whose title contains « enquête »"),
    ("#patrimoine", "field", ("tag", "patrimoine"), [], "all entries tagged patrimoine"),
    # dates in words (4)
    ("mars 2025", "date", ("month", 2025, 3), [], "all entries of March 2025"),
    ("octobre 2024", "date", ("month", 2024, 10), [], "all entries of October 2024"),
    ("12 juin", "date", ("day", 6, 12), [], "all entries of 12 June, any year (2024 and 2025)"),
    ("3 décembre", "date", ("day", 12, 3), [], "all entries of 3 December, any year"),
    # not answered (4)
    (
        "taxe friches commerciales",
        "no answer",
        ("none",),
        [],
        "no entry discusses a tax on unused commercial premises",
    ),
    ("permis de louer", "no answer", ("none",), [], "no entry discusses a rental permit scheme"),
    ("navette électrique gratuite", "no answer", ("none",), [], "no entry mentions a shuttle bus"),
    (
        "droit de préemption commercial",
        "no answer",
        ("none",),
        [],
        "no entry discusses pre-emption rights on shops",
    ),
]

EXPECTED_TYPES = {
    "familiar synonym": 10,
    "word form": 6,
    "multi-word": 6,
    "question": 7,
    "typo": 7,
    "quoted phrase": 3,
    "exclusion": 3,
    "field": 5,
    "date": 4,
    "no answer": 4,
}

# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------


def build():
    rng = random.Random(SEED)
    hand = []
    taken = set()
    for h in HAND:
        e = dict(h)
        e["when"] = dt.datetime.strptime(h["when"], "%Y-%m-%d %H:%M")
        if e["when"] in taken:
            raise SystemExit("duplicate hand timestamp " + h["key"])
        taken.add(e["when"])
        hand.append(e)
    n_total = 340
    filler = make_filler(rng, n_total - len(hand), taken)
    allp = hand + filler
    allp.sort(key=lambda e: e["when"])
    entries = []
    key_to_id = {}
    topics = {}
    for i, e in enumerate(allp, 1):
        out = {
            "id": i,
            "kind": e["kind"],
            "title": e["title"],
            "body": e["body"],
            "tags": e["tags"],
            "occurred_at": iso_paris(e["when"]),
            "stage": stage_of(e["when"].date()),
            "author": e["author"],
            "caption": e["caption"],
            "transcript": e["transcript"],
            "speaker_name": e["speaker_name"],
            "speaker_role": e["speaker_role"],
            "url": e["url"],
        }
        entries.append(out)
        if e["key"]:
            key_to_id[e["key"]] = i
            for t in e["topics"]:
                topics.setdefault(t, set()).add(i)
    filler_ids = {i for i, e in enumerate(allp, 1) if not e["key"]}
    by_id = {e["id"]: e for e in entries}
    stage_titles = {s[0]: s[1] for s in STAGES}

    def contains_phrase(e, phrase):
        return norm(phrase) in norm(prose(e))

    def contains_word(e, word):
        w = norm(word)
        return re.search(r"\b" + re.escape(w) + r"s?\b", norm(full_text(e))) is not None

    queries = []
    meta = []
    for q, typ, spec, top3, why in QUERIES:
        kind = spec[0]
        if kind == "topic":
            rel = set()
            for t in spec[1]:
                if t not in topics:
                    raise SystemExit("unknown topic %s in %r" % (t, q))
                rel |= topics[t]
            extra = ""
        elif kind == "quoted":
            base = topics[spec[1]]
            rel = {i for i in base if contains_phrase(by_id[i], spec[2])}
            extra = "; kept only those containing the exact phrase (%d of %d)" % (len(rel), len(base))
        elif kind == "excl":
            base = topics[spec[1]]
            rel = {i for i in base if not contains_word(by_id[i], spec[2])}
            extra = "; minus those containing « %s » or its plural, tags included (%d of %d kept)" % (
                spec[2],
                len(rel),
                len(base),
            )
        elif kind == "author":
            rel = {e["id"] for e in entries if e["author"] == spec[1]}
            extra = "; derived from the data, filler included"
        elif kind == "stage":
            sids = {s for s, t in stage_titles.items() if norm(spec[1]) in norm(t)}
            rel = {e["id"] for e in entries if e["stage"] in sids}
            extra = "; derived from the data, filler included"
        elif kind == "tag":
            rel = {e["id"] for e in entries if spec[1] in e["tags"]}
            extra = "; derived from the data"
        elif kind == "title":
            rel = {e["id"] for e in entries if norm(spec[1]) in norm(e["title"])}
            extra = "; derived from the data"
        elif kind == "month":
            pre = "%04d-%02d" % (spec[1], spec[2])
            rel = {e["id"] for e in entries if e["occurred_at"].startswith(pre)}
            extra = "; derived from the data, filler included"
        elif kind == "day":
            suf = "-%02d-%02d" % (spec[1], spec[2])
            rel = {e["id"] for e in entries if e["occurred_at"][4:10] == suf}
            extra = "; derived from the data (no filler falls on this day)"
        elif kind == "none":
            rel = set()
            extra = ""
        else:
            raise SystemExit("bad spec " + repr(spec))
        t3 = []
        for k in top3:
            if k not in key_to_id:
                raise SystemExit("unknown top3 key %s in %r" % (k, q))
            t3.append(key_to_id[k])
        queries.append({"q": q, "relevant": sorted(rel), "top3": t3, "why": "[%s] %s%s" % (typ, why, extra)})
        meta.append((typ, spec))

    data = {
        "name": NAME,
        "language": "fr",
        "logbook": LOGBOOK,
        "stages": [{"id": s, "title": t, "starts_on": a, "ends_on": b} for s, t, a, b in STAGES],
        "authors": [{"id": a, "name": n} for a, n in AUTHORS],
        "entries": entries,
        "queries": queries,
    }
    return data, meta, filler_ids, len(hand)


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
FAILS = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)


def expected_offset(naive):
    try:
        from zoneinfo import ZoneInfo

        off = naive.replace(tzinfo=ZoneInfo("Europe/Paris")).utcoffset()
        h = int(off.total_seconds() // 3600)
        return "+%02d:00" % h
    except Exception:  # no tz database: recompute from UTC transition instants
        y = naive.year
        start_utc = dt.datetime.combine(last_sunday(y, 3), dt.time(1, 0))
        end_utc = dt.datetime.combine(last_sunday(y, 10), dt.time(1, 0))
        as_utc_winter = naive - dt.timedelta(hours=1)
        as_utc_summer = naive - dt.timedelta(hours=2)
        if start_utc <= as_utc_summer < end_utc:
            return "+02:00"
        return "+01:00" if not (start_utc <= as_utc_winter < end_utc) else "+02:00"


def run_checks(data, meta, filler_ids, n_hand):
    entries = data["entries"]
    ids = [e["id"] for e in entries]
    N = len(entries)
    check(ids == list(range(1, N + 1)), "ids are not 1..N")
    times = [dt.datetime.fromisoformat(e["occurred_at"]) for e in entries]
    check(all(times[i] < times[i + 1] for i in range(N - 1)), "entries not in strict time order")
    check(330 <= N <= 345, "total entries %d not in 330-345" % N)
    check(138 <= n_hand <= 155, "hand-written entries %d not about 140-150" % n_hand)
    n_fill = N - n_hand
    check(185 <= n_fill <= 205, "filler entries %d not about 190-200" % n_fill)
    stage_ids = {s["id"] for s in data["stages"]}
    author_ids = {a["id"] for a in data["authors"]}
    check(len(data["stages"]) == 5, "need 5 stages")
    check(data["stages"][-1]["ends_on"] is None, "current stage must have ends_on null")
    check(len(author_ids) == 10, "need about 10 authors")
    fields = [
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
    ]
    for e in entries:
        check(sorted(e) == sorted(fields), "entry %d has wrong fields" % e["id"])
        check(e["kind"] in KINDS, "entry %d bad kind" % e["id"])
        check(e["stage"] in stage_ids, "entry %d bad stage" % e["id"])
        check(e["author"] in author_ids, "entry %d bad author" % e["id"])
        check(
            all(isinstance(t, str) and t and not t.startswith("#") for t in e["tags"]),
            "entry %d bad tags" % e["id"],
        )
        s = e["occurred_at"]
        naive = dt.datetime.fromisoformat(s[:19])
        check(s[19:] == expected_offset(naive), "entry %d wrong Paris offset %s" % (e["id"], s))
        check(stage_of(naive.date()) == e["stage"], "entry %d stage does not match date" % e["id"])
        if e["kind"] == "testimony":
            check(
                bool(e["speaker_name"]) and bool(e["speaker_role"]),
                "testimony %d lacks speaker fields" % e["id"],
            )
        else:
            check(
                e["speaker_name"] == "" and e["speaker_role"] == "",
                "entry %d has speaker fields but is not a testimony" % e["id"],
            )
        if e["kind"] == "link":
            check(e["url"].startswith("http"), "link %d lacks url" % e["id"])
        else:
            check(e["url"] == "", "entry %d has url but is not a link" % e["id"])
        if e["kind"] in ("audio", "video"):
            check(bool(e["transcript"]), "%s %d lacks transcript" % (e["kind"], e["id"]))
        else:
            check(e["transcript"] == "", "entry %d has transcript but is not audio/video" % e["id"])
        if e["kind"] in ("photo", "drawing"):
            check(bool(e["caption"]), "%s %d lacks caption" % (e["kind"], e["id"]))
        for word in FORBIDDEN_ANYWHERE:
            check(word not in norm(full_text(e)), "entry %d mentions forbidden « %s »" % (e["id"], word))
        if e["id"] in filler_ids:
            ft = norm(full_text(e))
            for word in FORBIDDEN_IN_FILLER:
                check(
                    re.search(r"\b" + re.escape(word), ft) is None,
                    "filler %d contains topic marker « %s »" % (e["id"], word),
                )
            check((naive.month, naive.day) not in DAY_QUERY_DAYS, "filler %d on a day-query day" % e["id"])
    first, last = times[0].date(), times[-1].date()
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    check(18 <= months <= 21, "span %d months, expected about 20" % months)

    qs = data["queries"]
    check(54 <= len(qs) <= 56, "query count %d not in 54-56" % len(qs))
    counts = {}
    for (typ, _), q in zip(meta, qs):
        counts[typ] = counts.get(typ, 0) + 1
    check(counts == EXPECTED_TYPES, "query types %r differ from %r" % (counts, EXPECTED_TYPES))
    idset = set(ids)
    by_id = {e["id"]: e for e in entries}
    n_empty = 0
    for (typ, spec), q in zip(meta, qs):
        rel = q["relevant"]
        check(set(rel) <= idset, "query %r judges unknown ids" % q["q"])
        check(len(set(rel)) == len(rel), "query %r has duplicate ids" % q["q"])
        check(set(q["top3"]) <= set(rel), "query %r: top3 not within relevant" % q["q"])
        check(len(q["top3"]) <= 2, "query %r: more than 2 top3" % q["q"])
        check(q["why"].startswith("[" + typ + "]"), "query %r: why lacks type" % q["q"])
        if not rel:
            n_empty += 1
        if typ == "no answer":
            check(rel == [], "unanswered query %r has relevant ids" % q["q"])
        else:
            check(len(rel) >= 2, "query %r has fewer than 2 relevant entries" % q["q"])
        if spec[0] in ("topic", "quoted", "excl"):
            check(not (set(rel) & filler_ids), "query %r judges a filler post relevant" % q["q"])
        if typ == "familiar synonym":
            word = norm(q["q"].strip())
            stem = word[:-1] if word.endswith("s") else word
            pat = re.compile(r"\b" + re.escape(stem) + r"s?\b")
            hits = [i for i in rel if pat.search(norm(full_text(by_id[i])))]
            check(len(rel) >= 3, "familiar query %r has fewer than 3 relevant" % q["q"])
            check(
                3 * len(hits) <= len(rel),
                "familiar query %r: typed word in %d of %d relevant" % (q["q"], len(hits), len(rel)),
            )
        if typ in ("exclusion", "quoted phrase"):
            m = re.search(r"\((\d+) of (\d+)", q["why"])
            check(
                m is not None and 0 < int(m.group(1)) < int(m.group(2)),
                "%s %r must keep a non-empty strict subset of its topic" % (typ, q["q"]),
            )
        if typ == "date" and spec[0] == "day":
            check(len(rel) >= 2, "day query %r too small" % q["q"])
    check(n_empty >= 3, "fewer than 3 queries without answer")
    return counts


def main():
    data, meta, filler_ids, n_hand = build()
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # re-read from disk and check what was written
    with open(OUT, encoding="utf-8") as f:
        data2 = json.load(f)
    counts = run_checks(data2, meta, filler_ids, n_hand)
    if FAILS:
        print("CHECKS FAILED:", file=sys.stderr)
        for m in FAILS:
            print("  - " + m, file=sys.stderr)
        sys.exit(1)
    ents = data2["entries"]
    print("wrote %s" % OUT)
    print(
        "entries: %d (hand-written %d, filler %d), stages %d, authors %d, %s .. %s"
        % (
            len(ents),
            n_hand,
            len(ents) - n_hand,
            len(data2["stages"]),
            len(data2["authors"]),
            ents[0]["occurred_at"][:10],
            ents[-1]["occurred_at"][:10],
        )
    )
    print("queries: %d %s" % (len(data2["queries"]), counts))
    print("all checks passed")


if __name__ == "__main__":
    main()
