"""Write and check ``blind2_fr.json``, a second blind judged search set in French.

The logbook is fictional: access to health care and social rights in a rural
community of municipalities. Every entry that answers a query is written by hand
below with the topics it was judged relevant to; everyday filler posts are drawn
from sentence pools with a fixed seed, so the output is the same on every run.

Run: ``python3 bench/judged/make_blind2_fr.py``
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 20251205
OUT = Path(__file__).with_name("blind2_fr.json")

STAGES = [
    (1, "Diagnostic et enquête auprès des habitants", "2024-01-08", "2024-05-31"),
    (2, "Lancement du bus France Services", "2024-06-01", "2024-11-30"),
    (3, "Chantier de la maison de santé", "2024-12-01", "2025-03-31"),
    (4, "Aidants et inclusion numérique", "2025-04-01", "2025-07-31"),
    (5, "Bilan et pérennisation", "2025-08-01", None),
]
LAST_DAY = date(2025, 10, 24)

AUTHORS = {
    "claire": (1, "Claire Fournier"),
    "mehdi": (2, "Mehdi Benali"),
    "sylvie": (3, "Sylvie Marchand"),
    "julien": (4, "Julien Roux"),
    "nathalie": (5, "Nathalie Dubois"),
    "thomas": (6, "Thomas Lefèvre"),
    "amina": (7, "Amina Diallo"),
    "bernard": (8, "Bernard Caillaud"),
    "elodie": (9, "Élodie Perrin"),
    "yannick": (10, "Yannick Le Gall"),
    "louise": (11, "Louise Garnier"),
}


@dataclass
class Entry:
    key: str
    when: datetime
    kind: str
    author: str
    title: str
    body: str
    tags: list[str]
    labels: set[str] = field(default_factory=set)
    caption: str = ""
    transcript: str = ""
    speaker_name: str = ""
    speaker_role: str = ""
    url: str = ""


HAND: list[Entry] = []


def h(
    key: str,
    when: str,
    kind: str,
    author: str,
    title: str,
    body: str,
    tags: str,
    labels: str,
    *,
    cap: str = "",
    tr: str = "",
    sp: str = "",
    role: str = "",
    url: str = "",
) -> None:
    """Add a hand-written entry; ``labels`` are the judged topics (space separated)."""
    HAND.append(
        Entry(
            key,
            datetime.strptime(when, "%Y-%m-%d %H:%M"),
            kind,
            author,
            title,
            body,
            tags.split(),
            set(labels.split()),
            cap,
            tr,
            sp,
            role,
            url,
        )
    )


# ---------------------------------------------------------------- escale 1
h(
    "h001",
    "2024-01-09 09:15",
    "note",
    "claire",
    "C'est parti !",
    "Premier jour officiel du projet « Accès aux soins et aux droits ». On part d'un "
    "constat simple : sur les 24 communes de la CC, il reste 6 généralistes pour "
    "17 000 habitants, et 3 d'entre eux ont plus de 62 ans.",
    "lancement diagnostic",
    "gp",
)
h(
    "h002",
    "2024-01-11 16:40",
    "note",
    "thomas",
    "Carte des pros de santé",
    "J'ai fini la carte des professionnels : 6 médecins généralistes, 2 cabinets "
    "dentaires (Brémontier et Lavaud), 9 infirmiers libéraux, 3 kinés, 4 pharmacies. "
    "Aucun ophtalmo sur le territoire, le plus proche est à Guéret (45 min).",
    "diagnostic cartographie",
    "gp dent inf kine pharma ophta",
)
h(
    "h003",
    "2024-01-16 11:05",
    "testimony",
    "elodie",
    "Mme Rabier, Chambrelle",
    "« Le Dr Vergne est parti à la retraite en décembre, et personne ne reprend. "
    "Moi j'ai mon cœur à surveiller, on m'a dit d'aller aux urgences si ça va pas. "
    "À mon âge, faire 50 km pour un renouvellement d'ordonnance, c'est pas possible. »",
    "témoignage",
    "gp age ordo",
    sp="Josiane Rabier",
    role="retraitée, 81 ans",
)
h(
    "h004",
    "2024-01-18 14:20",
    "photo",
    "elodie",
    "Questionnaire imprimé",
    "On vise 400 réponses d'ici fin mars. Il y a aussi une version en ligne.",
    "enquête",
    "",
    cap="Le questionnaire habitants imprimé en 2 000 exemplaires, glissé dans le bulletin communautaire.",
)
h(
    "h005",
    "2024-01-23 12:10",
    "note",
    "nathalie",
    "Permanence CCAS",
    "Trois personnes ce matin pour des dossiers de complémentaire santé solidaire. "
    "Les gens ne savent pas qu'ils y ont droit : une dame payait 92 € par mois de "
    "mutuelle alors qu'elle était éligible à la CSS gratuite.",
    "droits CPAM",
    "css",
)
h(
    "h006",
    "2024-01-25 10:30",
    "audio",
    "mehdi",
    "Repérage à Lavaud",
    "Vocal du repérage pour les arrêts du bus.",
    "bus repérage",
    "tournee",
    tr="Alors je suis à Lavaud, devant la salle des fêtes. Le mercredi c'est le "
    "marché sur le parking de l'école, donc le bus passera à Lavaud le mercredi "
    "matin mais sur la place de la mairie. Ça laisse de la place pour la rampe.",
)
h(
    "h007",
    "2024-02-01 17:45",
    "note",
    "thomas",
    "RDV à l'ARS",
    "Présentation du projet de maison de santé pluriprofessionnelle à l'ARS à "
    "Limoges. Il faut un projet de santé écrit par les professionnels eux-mêmes, "
    "pas par la CC. Trois médecins sont intéressés sur le papier, rien de signé.",
    "maison-de-santé ARS",
    "msp recru gp",
)
h(
    "h008",
    "2024-02-06 09:50",
    "testimony",
    "elodie",
    "Kévin, agriculteur",
    "« J'ai pas vu de médecin depuis quatre ans. Pas le temps, et de toute façon "
    "il faut appeler trois semaines avant. Quand j'ai eu mal au dos l'an dernier, "
    "je me suis débrouillé avec des cachets. »",
    "témoignage",
    "gp",
    sp="Kévin Morel",
    role="agriculteur, 34 ans",
)
h(
    "h009",
    "2024-02-08 20:15",
    "photo",
    "claire",
    "Les maires autour de la table",
    "Présentation du diagnostic flash. Gros débat sur qui paie le bus France "
    "Services : la CC ou les communes. Décision reportée au conseil de juin.",
    "élus",
    "",
    cap="Les maires de 14 communes réunis dans la salle du conseil de Brémontier.",
)
h(
    "h010",
    "2024-02-13 13:30",
    "note",
    "sylvie",
    "Où faire une prise de sang ?",
    "Question qui revient tout le temps : où faire une prise de sang ? Le labo de "
    "Brémontier a fermé en novembre. Les infirmières libérales se déplacent à "
    "domicile mais elles sont saturées et refusent les nouveaux patients.",
    "soins labo",
    "sang inf",
)
h(
    "h011",
    "2024-02-15 15:00",
    "link",
    "thomas",
    "Densité de généralistes",
    "La carte de l'Observatoire des territoires : on est à 3,5 généralistes pour "
    "10 000 habitants, contre 8,9 en moyenne nationale. À mettre dans le dossier "
    "pour les élus.",
    "diagnostic chiffres",
    "gp",
    url="https://www.observatoire-des-territoires.gouv.fr/densite-medecins-generalistes",
)
h(
    "h012",
    "2024-02-20 16:25",
    "testimony",
    "elodie",
    "M. Bonnaud, Vieux-Moulin",
    "« Depuis que ma femme est partie, je sors plus beaucoup. La voiture, j'ose "
    "plus la prendre la nuit. Pour aller chez l'ophtalmo à Limoges, c'est mon "
    "neveu qui m'emmène, quand il peut. J'ai attendu huit mois le rendez-vous. »",
    "témoignage",
    "age ophta trans",
    sp="Gérard Bonnaud",
    role="veuf, 78 ans",
)
h(
    "h013",
    "2024-02-22 18:05",
    "note",
    "elodie",
    "150 questionnaires",
    "On a déjà 150 questionnaires rentrés. Premier chiffre qui ressort : 38 % des "
    "répondants disent avoir renoncé à un soin l'an dernier, surtout chez le "
    "dentiste et pour les lunettes.",
    "enquête chiffres",
    "enq dent ophta",
)
h(
    "h014",
    "2024-02-27 11:40",
    "audio",
    "julien",
    "Essai du bus aménagé",
    "Premier essai du véhicule.",
    "bus",
    "",
    tr="Bon, premier essai du bus aménagé. Deux bureaux, une imprimante, la "
    "parabole pour internet. Il manque encore le store et la rampe pour les "
    "fauteuils. La livraison officielle c'est pour mai.",
)
h(
    "h015",
    "2024-03-05 10:00",
    "note",
    "amina",
    "Équipement numérique des foyers",
    "Sur les 150 premiers questionnaires, 1 personne sur 3 n'a pas d'ordinateur à "
    "la maison, et beaucoup n'ont qu'un smartphone. Faire ses démarches CAF ou "
    "ameli sur un petit écran, c'est l'enfer.",
    "numérique enquête",
    "ordi enq",
)
h(
    "h016",
    "2024-03-07 14:45",
    "testimony",
    "elodie",
    "Sandrine, maman",
    "« Ma fille de 15 ans avait besoin de voir quelqu'un, elle allait pas bien. "
    "Le CMP de Guéret, c'est six mois d'attente. On a fini par payer une "
    "psychologue en libéral, 60 € la séance, pas remboursé. »",
    "témoignage",
    "ado psy rac",
    sp="Sandrine Aubert",
    role="aide-soignante, mère de deux enfants",
)
h(
    "h017",
    "2024-03-12 17:30",
    "note",
    "claire",
    "312 réponses !",
    "312 réponses au questionnaire ! Les trois priorités des habitants : 1) trouver "
    "un médecin traitant, 2) pouvoir se rendre aux rdv sans voiture, 3) être aidé "
    "pour les démarches en ligne. Élodie fait les tableaux croisés.",
    "enquête",
    "enq gp trans",
)
h(
    "h018",
    "2024-03-14 09:20",
    "photo",
    "elodie",
    "Stand au marché",
    "40 questionnaires remplis sur place. Il faisait froid mais les gens se sont arrêtés volontiers.",
    "enquête marché",
    "",
    cap="Le stand du questionnaire au marché de Brémontier, avec café et croissants.",
)
h(
    "h019",
    "2024-03-19 08:55",
    "note",
    "sylvie",
    "Je deviens infirmière Asalée",
    "Je démarre comme infirmière Asalée avec le Dr Pradier : suivi des patients "
    "diabétiques, BPCO, sevrage tabagique, éducation thérapeutique. Des rendez-vous "
    "de 45 minutes, on a le temps de parler.",
    "soins infirmiers",
    "inf",
)
h(
    "h020",
    "2024-03-21 15:10",
    "testimony",
    "elodie",
    "M. Fayolle et sa fille",
    "« Ma fille vient tous les soirs, elle fait les courses, les médicaments. Elle "
    "habite à 30 km. Elle est crevée, je le vois bien, mais je veux pas aller en "
    "maison de retraite. »",
    "témoignage",
    "age aid repit",
    sp="Lucien Fayolle",
    role="ancien maçon, 84 ans",
)
h(
    "h021",
    "2024-03-26 12:00",
    "link",
    "amina",
    "Les Bons Clics",
    "Plateforme gratuite pour les aidants numériques : fiches pour apprendre à "
    "créer une adresse mail, utiliser ameli, etc. On s'en servira pour les ateliers.",
    "numérique ressources",
    "num",
    url="https://www.lesbonsclics.fr",
)
h(
    "h022",
    "2024-03-28 19:00",
    "note",
    "thomas",
    "Visite de la MSP de Bénévent",
    "Visite de la maison de santé de Bénévent-l'Abbaye avec deux élus : 5 médecins, "
    "une sage-femme, une diététicienne, un podologue. Leur conseil : ne pas "
    "construire avant d'avoir recruté les médecins.",
    "maison-de-santé visite",
    "msp recru gp",
)
h(
    "h023",
    "2024-04-02 11:15",
    "audio",
    "elodie",
    "Résultats définitifs",
    "Les chiffres de l'enquête, en vocal pour l'équipe.",
    "enquête chiffres",
    "enq gp age trans jeunes psy",
    tr="Donc les résultats définitifs : 412 réponses. 61 % des plus de 75 ans "
    "n'ont pas de médecin traitant déclaré. Une personne sur quatre a déjà renoncé "
    "à un rendez-vous faute de transport. Et chez les jeunes, c'est surtout la "
    "santé mentale qui ressort.",
)
h(
    "h024",
    "2024-04-04 22:10",
    "note",
    "claire",
    "Restitution à Lavaud",
    "Soirée de restitution de l'enquête à la salle des fêtes de Lavaud, 70 "
    "personnes. Beaucoup de colère sur les délais pour l'ophtalmo et le dentiste. "
    "Un monsieur a dit « ici on est un désert médical, point ».",
    "enquête réunion-publique",
    "enq ophta dent gp",
)
h(
    "h025",
    "2024-04-09 10:45",
    "note",
    "yannick",
    "TAD : état des lieux",
    "Le transport à la demande existe déjà sur 8 communes mais il ne va qu'au "
    "marché de Brémontier le jeudi. Personne ne l'utilise pour les rdv médicaux. "
    "Idée : l'ouvrir vers le centre hospitalier de Guéret 2 jours par semaine.",
    "transport mobilité",
    "tad trans",
)
h(
    "h026",
    "2024-04-11 16:00",
    "testimony",
    "elodie",
    "Fatou, auxiliaire de vie",
    "« On est 12 pour 140 bénéficiaires. Les tournées font 150 km par jour. Quand "
    "une collègue est malade, on supprime des passages chez les personnes âgées, "
    "on n'a pas le choix. »",
    "témoignage domicile",
    "sad age",
    sp="Fatou Camara",
    role="auxiliaire de vie au SAAD du Val",
)
h(
    "h027",
    "2024-04-16 14:30",
    "note",
    "nathalie",
    "Dossier MSA débloqué",
    "Accompagné M. Chastang, ancien exploitant, pour sa retraite complémentaire "
    "agricole : il ne touchait pas la revalorisation depuis 2021. Le dossier MSA "
    "était bloqué faute d'un relevé de carrière complet. 3 rdv pour en venir à bout.",
    "droits MSA",
    "msa",
)
h(
    "h028",
    "2024-04-23 09:10",
    "note",
    "thomas",
    "La pharmacie de Lavaud",
    "La pharmacienne de Lavaud part en retraite en septembre sans repreneur. Si elle "
    "ferme, il restera 3 officines, et les gardes du week-end tomberont une fois sur "
    "trois à Brémontier.",
    "pharmacie",
    "pharma garde",
)
h(
    "h029",
    "2024-04-25 15:20",
    "link",
    "sylvie",
    "Le 3237",
    "Le 3237 donne la pharmacie de garde la plus proche (0,35 €/min). À afficher "
    "dans le bus et à donner aux personnes qui n'ont pas internet.",
    "pharmacie ressources",
    "pharma garde",
    url="https://www.3237.fr",
)
h(
    "h030",
    "2024-04-30 18:00",
    "note",
    "bernard",
    "Bureau communautaire",
    "Le bureau a validé le principe d'un bus France Services itinérant. Reste à "
    "voter le budget au conseil communautaire du 12 juin.",
    "élus bus",
    "juin12",
)
h(
    "h031",
    "2024-05-07 13:15",
    "testimony",
    "elodie",
    "Marc, lycéen",
    "« Au lycée à Guéret il y a une infirmière, mais elle est là que deux jours. "
    "Pour la contraception, les copines vont au planning familial, mais c'est à "
    "Guéret et faut pouvoir s'absenter. »",
    "témoignage jeunes",
    "ado inf",
    sp="Marc Delpech",
    role="lycéen, 17 ans",
)
h(
    "h032",
    "2024-05-14 17:00",
    "note",
    "amina",
    "Premier atelier numérique",
    "Premier atelier « Mes démarches en ligne » à la médiathèque de Brémontier : 7 "
    "inscrits. On a créé 5 adresses mail et 3 comptes ameli. Mme Leroux a pleuré de "
    "joie en voyant ses remboursements.",
    "numérique ateliers",
    "num",
)
h(
    "h033",
    "2024-05-16 18:20",
    "audio",
    "elodie",
    "Fin de stage",
    "Mon bilan avant de partir.",
    "enquête",
    "enq dent",
    tr="Ce que je retiens de l'enquête, c'est que les gens ne se plaignent pas. Ils "
    "renoncent en silence : au dentiste, aux examens, aux papiers. Mon rapport "
    "complet sera sur le drive lundi.",
)
h(
    "h034",
    "2024-05-21 10:20",
    "note",
    "yannick",
    "Chauffeurs bénévoles",
    "Réunion avec l'association Entraide Rurale : 11 chauffeurs bénévoles prêts à "
    "emmener des gens à leurs rendez-vous médicaux, 0,35 €/km à la charge du "
    "passager. Il faut une assurance et un standard pour les réservations.",
    "transport bénévoles",
    "trans",
)
h(
    "h035",
    "2024-05-28 11:50",
    "photo",
    "julien",
    "Livraison !",
    "Inauguration prévue à la mi-juin, on attend la date de la préfecture.",
    "bus",
    "",
    cap="Le bus France Services enfin livré : rampe, store, deux bureaux, wifi satellite.",
)
h(
    "h146",
    "2024-05-02 09:40",
    "note",
    "sylvie",
    "Dépistage colorectal",
    "Le kit de dépistage du cancer colorectal peut maintenant être commandé en ligne "
    "ou remis directement par le pharmacien. Dans nos communes, moins d'une personne "
    "sur quatre le fait.",
    "prévention",
    "dep pharma",
)

# ---------------------------------------------------------------- escale 2
h(
    "h036",
    "2024-06-12 18:30",
    "note",
    "bernard",
    "Conseil communautaire",
    "Conseil communautaire ce soir : budget du bus France Services voté (38 voix "
    "pour, 4 contre), convention avec la CAF, la CPAM et la MSA pour des "
    "permanences à bord. Le TAD vers l'hôpital passera en test à la rentrée.",
    "élus bus transport",
    "juin12 tad trans",
)
h(
    "h037",
    "2024-06-12 21:00",
    "photo",
    "claire",
    "Salle comble",
    "Mme Rabier était là. Elle a pris la parole sur son médecin parti à la retraite "
    "sans successeur. Silence dans la salle.",
    "élus",
    "juin12 gp",
    cap="Salle comble pour le vote, même des habitants dans le public.",
)
h(
    "h038",
    "2024-06-14 09:30",
    "note",
    "claire",
    "Compte rendu envoyé",
    "Compte rendu de la réunion du 12 juin envoyé aux 24 maires. Points à suivre : "
    "recrutement d'un 2e conseiller France Services, calendrier des tournées, "
    "affichage dans les mairies.",
    "élus",
    "juin12",
)
h(
    "h039",
    "2024-06-18 17:40",
    "note",
    "mehdi",
    "Première semaine du bus",
    "Première semaine du bus : lundi Lavaud, mardi Chambrelle, mercredi "
    "Saint-Aubin, jeudi Mérignac, vendredi Vieux-Moulin. 23 personnes reçues. Top 3 "
    "des demandes : CAF, impôts, carte Vitale.",
    "bus tournée",
    "tournee impot vitale",
)
h(
    "h040",
    "2024-06-20 11:00",
    "testimony",
    "mehdi",
    "Roger et sa carte Vitale",
    "« J'ai perdu ma carte Vitale au marché. Au téléphone, on me dit de faire ça sur "
    "le compte ameli. J'ai pas de compte, j'ai pas d'ordinateur ! Le jeune du bus a "
    "tout fait en dix minutes. »",
    "bus témoignage",
    "vitale ordi",
    sp="Roger Pinault",
    role="Chambrelle",
)
h(
    "h041",
    "2024-06-25 16:15",
    "note",
    "mehdi",
    "Déclarations de revenus",
    "Pic de demandes pour la déclaration de revenus en ligne, alors que la date "
    "limite est passée. Deux personnes n'avaient jamais déclaré depuis le décès du "
    "conjoint. Rdv pris avec le centre des finances publiques en visio depuis le bus.",
    "bus impôts",
    "impot",
)
h(
    "h136",
    "2024-06-27 12:30",
    "note",
    "sylvie",
    "Prélèvements au bus",
    "Le labo de Guéret accepte qu'une infirmière fasse des prises de sang dans le bus "
    "le mardi à Chambrelle, les tubes partent par coursier. 12 bilans dès la "
    "première semaine.",
    "soins labo bus",
    "sang inf tournee",
)
h(
    "h042",
    "2024-07-02 10:05",
    "link",
    "mehdi",
    "Simulateur retraite MSA",
    "Pour estimer la retraite des non-salariés agricoles. Attention, le relevé de "
    "carrière n'est pas toujours complet, vérifier les années d'aide familiale.",
    "droits MSA ressources",
    "msa",
    url="https://www.msa.fr/lfp/retraite",
)
h(
    "h043",
    "2024-07-04 15:35",
    "testimony",
    "mehdi",
    "Yvette, conjointe d'exploitant",
    "« Trente ans sur la ferme, et la MSA me dit que je n'ai que 12 trimestres. "
    "Personne ne m'avait dit qu'il fallait un statut de conjointe collaboratrice. »",
    "droits MSA témoignage",
    "msa",
    sp="Yvette Chastaing",
    role="conjointe d'exploitant, 63 ans",
)
h(
    "h044",
    "2024-07-09 09:00",
    "note",
    "sylvie",
    "Médicaments livrés par le bus",
    "On teste avec la pharmacie de Brémontier : les gens déposent leur ordonnance au "
    "bus le lundi, la pharmacienne prépare, et le bus rapporte les médicaments dans "
    "le village la semaine suivante. C'est moi qui vérifie les ordonnances et qui "
    "fais le lien.",
    "bus pharmacie",
    "busmed ordo pharma",
)
h(
    "h045",
    "2024-07-11 14:50",
    "audio",
    "julien",
    "Chaleur dans le bus",
    "Vocal de la tournée de l'après-midi.",
    "bus météo",
    "",
    tr="Il fait 36 dans le bus à 14 h, la clim tient pas. On a fait entrer les gens "
    "par petits groupes et on a distribué de l'eau. Une dame a fait un malaise, on a "
    "appelé le 15, elle va bien.",
)
h(
    "h144",
    "2024-08-13 10:30",
    "testimony",
    "julien",
    "Raymonde et ses médicaments",
    "« Je donne mon ordonnance au jeune du bus le vendredi, et le vendredi d'après "
    "j'ai mes médicaments dans un sachet fermé avec mon nom. La pharmacienne "
    "m'appelle s'il manque quelque chose. »",
    "bus pharmacie témoignage",
    "busmed ordo pharma",
    sp="Raymonde Pichon",
    role="Vieux-Moulin, sans voiture",
)
h(
    "h046",
    "2024-07-16 11:20",
    "note",
    "yannick",
    "TAD santé : c'est calé",
    "Le TAD santé démarre le 2 septembre : réservation la veille avant 17 h, 2 € le "
    "trajet, prise en charge devant chez soi, dépose au CH de Guéret ou au cabinet de "
    "radiologie.",
    "transport",
    "tad trans",
)
h(
    "h047",
    "2024-07-23 16:30",
    "photo",
    "amina",
    "Atelier tablette à Saint-Aubin",
    "Sujet du jour : faire une visio avec ses petits-enfants, puis une "
    "téléconsultation pour de faux, pour voir comment ça se passe. Les tablettes sont "
    "prêtées par le département.",
    "numérique ateliers",
    "num age tele",
    cap="Atelier tablette au club des aînés de Saint-Aubin, 9 participants.",
)
h(
    "h048",
    "2024-08-06 10:10",
    "note",
    "thomas",
    "Piste orthoptiste",
    "Piste intéressante : un orthoptiste à Brémontier fait le bilan visuel, et "
    "l'ophtalmologue de Limoges lit les examens à distance. Ça permettrait le "
    "renouvellement d'ordonnance de lunettes sans aller à Limoges. À creuser avec l'ARS.",
    "ophtalmo télémédecine",
    "ophta tele ordo",
)
h(
    "h049",
    "2024-08-20 15:45",
    "note",
    "nathalie",
    "APA en attente",
    "Trois dossiers APA en attente depuis plus de 2 mois au département. En "
    "attendant, les familles de ces personnes âgées paient les heures d'aide "
    "ménagère plein pot, 25 €/h.",
    "domicile droits",
    "sad age rac",
)
h(
    "h050",
    "2024-09-02 09:25",
    "photo",
    "yannick",
    "Premier trajet du TAD",
    "Ils avaient rdv en cardio. Avant, c'était le taxi à 90 € aller-retour, pas "
    "remboursé faute de bon de transport.",
    "transport",
    "tad trans rac",
    cap="Premier trajet du TAD santé : M. et Mme Dufour déposés au CH de Guéret à 9 h 10.",
)
h(
    "h051",
    "2024-09-03 09:30",
    "note",
    "claire",
    "Réunion de rentrée",
    "3 septembre, réunion d'équipe de rentrée : on passe à 2 jours de bus dans les "
    "villages du nord, et Amina rejoint la tournée le jeudi avec ses tablettes.",
    "équipe bus",
    "tournee",
)
h(
    "h052",
    "2024-09-05 14:00",
    "testimony",
    "mehdi",
    "Nadia et la CAF",
    "« La CAF m'a suspendu la prime d'activité parce que j'avais pas fait ma "
    "déclaration trimestrielle. Sur l'appli ça plantait. Au bus ils ont appelé la "
    "CAF direct et tout a été débloqué en une semaine. »",
    "bus CAF témoignage",
    "appli",
    sp="Nadia Belkacem",
    role="mère isolée, 3 enfants",
)
h(
    "h053",
    "2024-09-12 18:10",
    "note",
    "thomas",
    "Un terrain pour la MSP",
    "Le conseil municipal de Brémontier cède le terrain de l'ancienne gendarmerie "
    "pour la maison de santé. Permis de construire à déposer avant Noël, ouverture "
    "visée fin 2025.",
    "maison-de-santé",
    "msp",
)
h(
    "h054",
    "2024-09-17 15:00",
    "testimony",
    "sylvie",
    "Martine",
    "« Je dors plus. Il se lève la nuit, il cherche la porte. Mes enfants sont à "
    "Bordeaux. Si j'avais juste une après-midi par semaine pour souffler… »",
    "aidants témoignage",
    "aid repit alz",
    sp="Martine Lacoste",
    role="aidante de son mari, atteint d'Alzheimer",
)
h(
    "h055",
    "2024-09-19 11:30",
    "link",
    "louise",
    "Plateforme de répit",
    "La plateforme d'accompagnement et de répit de la Creuse propose des gardes "
    "itinérantes de nuit et du relayage à domicile. Je la présente au café des "
    "aidants du mois prochain.",
    "aidants ressources",
    "aid repit cafe",
    url="https://www.pour-les-personnes-agees.gouv.fr/aider-un-proche",
)
h(
    "h056",
    "2024-09-24 17:20",
    "note",
    "claire",
    "Bus : 3 mois",
    "Bilan des 3 premiers mois du bus : 412 personnes reçues. Premier motif la CAF "
    "(27 %), puis ameli/CPAM, les impôts, l'ANTS (cartes grises, permis).",
    "bus bilan",
    "impot",
)
h(
    "h057",
    "2024-10-01 20:30",
    "note",
    "louise",
    "Premier café des aidants",
    "Premier café des aidants au bar Le Central à Lavaud : 8 personnes, presque que "
    "des femmes qui s'occupent d'un mari ou d'une mère. Thème : « Oser dire qu'on "
    "est fatigué ». On se revoit le 1er mardi de chaque mois.",
    "aidants",
    "aid cafe repit",
)
h(
    "h058",
    "2024-10-03 18:00",
    "audio",
    "mehdi",
    "Tournée d'octobre",
    "Message pour l'équipe.",
    "bus tournée",
    "tournee",
    tr="Petit message pour l'équipe : à partir de lundi, le bus fait Lavaud le lundi "
    "matin, Chambrelle l'après-midi, et le vendredi on ajoute La Souterraine-Haute. "
    "Pensez à mettre à jour l'affiche dans les mairies.",
)
h(
    "h059",
    "2024-10-08 10:15",
    "note",
    "sylvie",
    "Campagne grippe et covid",
    "Campagne grippe et covid : les infirmières libérales vaccinent au bus à "
    "Chambrelle et Mérignac les 22 et 29 octobre. Il suffit d'apporter le bon de "
    "l'Assurance maladie.",
    "prévention bus",
    "vacc inf",
)
h(
    "h138",
    "2024-10-15 11:45",
    "note",
    "mehdi",
    "Cartes Vitale sans photo",
    "Beaucoup de gens ont encore leur ancienne carte Vitale sans photo. Tant "
    "qu'elle marche, pas besoin de la changer ; si elle est perdue, la nouvelle se "
    "commande sur ameli ou par courrier avec une photo.",
    "droits CPAM",
    "vitale",
)
h(
    "h060",
    "2024-10-22 12:40",
    "photo",
    "sylvie",
    "Vaccination à Chambrelle",
    "Deux infirmières libérales, un frigo, et Julien qui fait l'accueil.",
    "prévention bus",
    "vacc inf",
    cap="34 personnes vaccinées ce matin à Chambrelle, la file allait jusqu'à l'église.",
)
h(
    "h061",
    "2024-10-24 16:10",
    "testimony",
    "nathalie",
    "Mme Vergnaud",
    "« L'aide à domicile vient le matin pour la toilette, et le portage de repas à "
    "midi. Après, je vois plus personne jusqu'au lendemain. Les journées sont "
    "longues, vous savez. »",
    "domicile témoignage",
    "sad age",
    sp="Simone Vergnaud",
    role="89 ans, vit seule à Lavaud",
)
h(
    "h062",
    "2024-10-29 17:55",
    "note",
    "thomas",
    "Des internes en visite",
    "Deux internes en médecine générale de Limoges sont venus visiter. Ce qui les "
    "bloque : le travail du conjoint et l'école. On monte un « pack accueil » pour "
    "la maison de santé, avec logement et aide à l'emploi pour le conjoint.",
    "maison-de-santé recrutement",
    "recru gp msp",
)
h(
    "h063",
    "2024-11-05 15:30",
    "note",
    "amina",
    "Les mots de passe",
    "Le problème n°1 en atelier, c'est les mots de passe oubliés. Sur 10 personnes, "
    "6 ne se souviennent pas de celui de leur boîte mail. On a fait un carnet papier "
    "« mes codes » à garder chez soi.",
    "numérique ateliers",
    "mdp num",
)
h(
    "h064",
    "2024-11-07 10:40",
    "testimony",
    "amina",
    "Jean-Claude et son PC",
    "« Mon ordinateur, je l'ai depuis 2009, il met dix minutes à démarrer. Ma "
    "petite-fille m'a dit de tout faire sur le téléphone, mais les lettres sont trop "
    "petites. »",
    "numérique témoignage",
    "ordi",
    sp="Jean-Claude Marty",
    role="habitant de Saint-Aubin",
)
h(
    "h065",
    "2024-11-12 09:15",
    "note",
    "yannick",
    "TAD : 2 mois",
    "Bilan TAD santé : 96 trajets en 2 mois, 80 % vers Guéret. Les gens le "
    "surnomment « le taxi à 2 € ». Demande forte pour le CHU de Limoges, on regarde "
    "avec la Région.",
    "transport bilan",
    "tad trans",
)
h(
    "h066",
    "2024-11-14 14:20",
    "link",
    "sylvie",
    "Mon soutien psy",
    "12 séances chez un psychologue partenaire, remboursées par l'Assurance maladie, "
    "sans passer par le médecin depuis 2024. Il n'y en a que 2 conventionnés dans un "
    "rayon de 40 km.",
    "santé-mentale ressources",
    "psy",
    url="https://monsoutienpsy.ameli.fr",
)
h(
    "h067",
    "2024-11-19 16:30",
    "note",
    "nathalie",
    "Mal-être agricole",
    "Réunion avec la MSA sur le mal-être agricole : deux suicides d'exploitants dans "
    "le canton cette année. Les sentinelles (voisins, vétos, techniciens) sont "
    "formées à repérer et orienter.",
    "santé-mentale MSA",
    "psy",
)
h(
    "h139",
    "2024-11-21 11:10",
    "note",
    "nathalie",
    "Appareils auditifs",
    "Mme Roussel renonçait à ses appareils auditifs à cause du prix. Avec le 100 % "
    "Santé et sa complémentaire, reste à charge zéro. Elle n'en revenait pas.",
    "droits",
    "rac css",
)
h(
    "h068",
    "2024-11-26 12:00",
    "note",
    "thomas",
    "Une cabine à Mérignac",
    "La pharmacie de Mérignac installe une cabine de téléconsultation : tensiomètre, "
    "otoscope, stéthoscope connectés. Le pharmacien accompagne le patient, la "
    "consultation se fait avec un médecin à distance et elle est remboursée.",
    "télémédecine pharmacie",
    "cabine tele pharma gp",
)
h(
    "h145",
    "2024-11-28 17:15",
    "note",
    "sylvie",
    "Dépôt d'ordonnances : ça roule",
    "Le dépôt d'ordonnances au bus marche bien : 35 personnes régulières. La règle : "
    "c'est moi qui vérifie les ordonnances et les sachets scellés, Julien ne touche "
    "qu'aux sachets fermés.",
    "bus pharmacie",
    "busmed ordo pharma",
)

# ---------------------------------------------------------------- escale 3
h(
    "h069",
    "2024-12-03 10:00",
    "drawing",
    "thomas",
    "Les plans de la MSP",
    "Permis de construire déposé ce matin. Coût : 2,1 M€, dont 40 % de subventions État/Région.",
    "maison-de-santé",
    "msp kine dent inf",
    cap="Croquis des plans : 6 cabinets médicaux, 2 bureaux infirmiers, une salle de "
    "kiné, un cabinet dentaire.",
)
h(
    "h070",
    "2024-12-05 13:20",
    "note",
    "sylvie",
    "Infirmières débordées",
    "Les infirmières libérales de Chambrelle voient 45 patients par jour chacune. "
    "Elles ne prennent plus de nouvelles toilettes, seulement les soins techniques : "
    "pansements, insuline, prises de sang.",
    "soins infirmiers",
    "inf sang",
)
h(
    "h071",
    "2024-12-10 19:30",
    "testimony",
    "sylvie",
    "Dr Pradier",
    "« J'ai 2 100 patients médecin traitant. Je refuse des gens tous les jours, "
    "c'est le pire de mon métier. Avec la maison de santé, si on est quatre, je "
    "pourrai peut-être enfin prendre des vacances. »",
    "maison-de-santé témoignage",
    "gp msp",
    sp="Dr Annie Pradier",
    role="médecin généraliste à Brémontier",
)
h(
    "h072",
    "2024-12-12 15:00",
    "note",
    "mehdi",
    "Carte Vitale sur le téléphone",
    "Nouveauté : l'appli carte Vitale sur smartphone. On l'a activée pour 4 "
    "personnes au bus, il faut une pièce d'identité et une vidéo de son visage. Pas "
    "mal de gens préfèrent garder la carte verte.",
    "droits CPAM bus",
    "vitale appli",
)
h(
    "h073",
    "2024-12-17 18:45",
    "audio",
    "claire",
    "Avant les fêtes",
    "Message de fin d'année.",
    "équipe",
    "msp",
    tr="Petit mot pour l'équipe avant les fêtes : merci à tous. On a fait 1 200 "
    "accompagnements au bus, et la maison de santé a déposé son permis. Reposez-vous, "
    "on repart le 6 janvier.",
)
h(
    "h142",
    "2024-12-19 09:45",
    "photo",
    "thomas",
    "La cabine en service",
    "Un monsieur avec une otite : l'ordonnance est arrivée directement chez la "
    "pharmacienne, il est reparti avec ses gouttes.",
    "télémédecine pharmacie",
    "cabine tele pharma ordo gp",
    cap="La cabine de téléconsultation de la pharmacie de Mérignac, première consultation hier.",
)
h(
    "h075",
    "2025-01-09 14:10",
    "note",
    "nathalie",
    "Campagne CSS",
    "Campagne complémentaire santé solidaire avec la CPAM : on a repris les fichiers "
    "RSA et ASPA. 37 personnes éligibles n'ont pas la CSS, dont beaucoup de petits "
    "revenus agricoles.",
    "droits CPAM",
    "css",
)
h(
    "h074",
    "2025-01-14 11:30",
    "note",
    "thomas",
    "Permis accordé",
    "Permis de construire de la maison de santé accordé ! Appel d'offres aux "
    "entreprises lancé, début du chantier prévu en avril.",
    "maison-de-santé",
    "msp",
)
h(
    "h076",
    "2025-01-16 16:20",
    "testimony",
    "nathalie",
    "Christiane",
    "« Avec la mutuelle gratuite, j'ai enfin pu faire soigner mes dents. Avant, on "
    "me parlait de 1 800 € de reste à charge pour deux couronnes. J'avais laissé "
    "tomber. »",
    "droits témoignage",
    "css dent rac",
    sp="Christiane Dumas",
    role="habitante de Mérignac, 58 ans",
)
h(
    "h077",
    "2025-01-21 10:50",
    "note",
    "sylvie",
    "Maison des ados",
    "Permanence avancée de la Maison des adolescents de Guéret au collège de "
    "Brémontier tous les 15 jours, à partir de février. Anonyme et gratuit, pour les "
    "11-21 ans et leurs parents.",
    "jeunes santé-mentale",
    "ado psy",
)
h(
    "h078",
    "2025-01-23 15:40",
    "note",
    "thomas",
    "Télé-expertise à l'EHPAD",
    "L'EHPAD de Lavaud s'équipe pour la télé-expertise en dermato et en cardio. Ça "
    "évite aux résidents 2 h d'ambulance pour 10 minutes de consultation.",
    "télémédecine",
    "tele age",
)
h(
    "h079",
    "2025-01-28 09:30",
    "note",
    "sylvie",
    "Mammographie : le camion arrive",
    "Le camion de dépistage du cancer du sein passe à Brémontier les 4 et 5 mars. "
    "Mammographie gratuite pour les femmes de 50 à 74 ans avec l'invitation. On "
    "relaie au bus et dans les mairies.",
    "prévention",
    "dep",
)
h(
    "h137",
    "2025-01-30 11:00",
    "testimony",
    "sylvie",
    "Paulette",
    "« Pour mon anticoagulant, il me faut une prise de sang toutes les deux "
    "semaines. L'infirmière passe à 7 h, c'est parfait. Avant, ma voisine "
    "m'emmenait au labo. »",
    "soins témoignage",
    "sang inf age",
    sp="Paulette Giraud",
    role="82 ans, Mérignac",
)
h(
    "h080",
    "2025-02-04 17:10",
    "testimony",
    "claire",
    "Léa, étudiante",
    "« Je suis en stage à Guéret, sans voiture. Pour voir un médecin, je fais des "
    "téléconsultations sur mon téléphone. C'est pratique pour une angine, mais pour "
    "un vrai suivi, non. »",
    "témoignage jeunes",
    "tele jeunes gp",
    sp="Léa Fontaine",
    role="étudiante infirmière, 21 ans",
)
h(
    "h081",
    "2025-02-06 16:00",
    "note",
    "nathalie",
    "Premiers secours en santé mentale",
    "Formation premiers secours en santé mentale pour 12 personnes : secrétaires de "
    "mairie, chauffeurs, moi. Savoir repérer une crise suicidaire, quoi dire, qui "
    "appeler (3114).",
    "santé-mentale formation",
    "psy",
)
h(
    "h082",
    "2025-02-11 12:15",
    "photo",
    "amina",
    "20 PC reconditionnés",
    "Ils seront prêtés aux participants des ateliers qui n'ont pas d'équipement, avec une clé 4G.",
    "numérique équipement",
    "ordi num",
    cap="20 ordinateurs portables reconditionnés reçus grâce à Emmaüs Connect.",
)
h(
    "h083",
    "2025-02-13 14:40",
    "testimony",
    "sylvie",
    "Thierry, éleveur",
    "« J'étais au bout. Les bêtes, les dettes, la solitude. C'est le véto qui m'a dit "
    "d'appeler la MSA. J'ai vu une psychologue à Guéret, six séances. Je suis encore "
    "là. »",
    "santé-mentale témoignage",
    "psy",
    sp="Thierry Gauthier",
    role="éleveur, 52 ans",
)
h(
    "h084",
    "2025-02-18 10:25",
    "note",
    "thomas",
    "Kiné saturé",
    "Le kiné de Lavaud ne prend plus de nouveaux patients sauf en post-opératoire. "
    "Pour une rééducation de genou, les gens vont à Guéret 3 fois par semaine… et le "
    "TAD ne couvre pas ces trajets répétés.",
    "soins transport",
    "kine trans tad",
)
h(
    "h085",
    "2025-02-20 07:45",
    "audio",
    "julien",
    "Neige",
    "Tournée annulée.",
    "bus météo",
    "tournee",
    tr="Route de Chambrelle fermée, la tournée du bus est annulée aujourd'hui. On a "
    "appelé les 6 personnes qui avaient rdv au bus pour reporter à jeudi.",
)
h(
    "h086",
    "2025-02-25 18:30",
    "note",
    "claire",
    "Un généraliste pour la MSP",
    "Bonne nouvelle : le Dr Kassimi, généraliste de 38 ans, s'installera dans la "
    "maison de santé dès l'ouverture. Avec le Dr Pradier et un jeune remplaçant, on "
    "serait trois. Il manque encore un dentiste.",
    "maison-de-santé recrutement",
    "recru gp msp dent",
)
h(
    "h140",
    "2025-02-27 15:30",
    "note",
    "louise",
    "Consultation mémoire",
    "Consultation mémoire au CH de Guéret : 7 mois d'attente pour un diagnostic "
    "Alzheimer. Les familles restent seules avec des troubles qui s'aggravent. On "
    "demande une consultation avancée à Brémontier.",
    "aidants",
    "alz aid",
)
h(
    "h087",
    "2025-03-04 16:50",
    "photo",
    "sylvie",
    "Le mammobile",
    "Plusieurs femmes n'avaient pas fait de mammographie depuis 10 ans.",
    "prévention",
    "dep",
    cap="Le mammobile sur la place de Brémontier : 41 femmes dépistées en 2 jours.",
)
h(
    "h088",
    "2025-03-06 11:20",
    "testimony",
    "mehdi",
    "Rachid",
    "« Je croyais que la CSS c'était pour les gens au RSA. En fait avec mon salaire "
    "j'y avais droit, 8 € par mois. Ma mutuelle d'avant me coûtait 70 €. »",
    "droits témoignage",
    "css",
    sp="Rachid Amrani",
    role="intérimaire, 29 ans",
)
h(
    "h089",
    "2025-03-11 17:00",
    "note",
    "sylvie",
    "Journée diabète",
    "Journée de dépistage du diabète et de la tension à la pharmacie de Mérignac avec "
    "le Dr Kassimi : 63 personnes, 5 orientées vers un médecin pour une glycémie "
    "trop haute.",
    "prévention pharmacie",
    "dep pharma",
)
h(
    "h090",
    "2025-03-18 12:30",
    "note",
    "thomas",
    "Lavaud : la pharmacie est sauvée",
    "La pharmacie de Lavaud est reprise par un jeune couple de pharmaciens ! "
    "Ouverture le 1er avril. Les gardes du dimanche reprennent un week-end sur quatre.",
    "pharmacie",
    "pharma garde",
)
h(
    "h091",
    "2025-03-20 10:10",
    "note",
    "yannick",
    "Entraide Rurale : 6 mois",
    "Entraide Rurale a fait 310 trajets en 6 mois avec ses bénévoles, surtout vers le "
    "kiné, le dentiste et la dialyse. Il faudrait 5 chauffeurs de plus sur le secteur "
    "nord.",
    "transport bénévoles",
    "trans",
)
h(
    "h092",
    "2025-03-25 14:45",
    "link",
    "amina",
    "Aidants Connect",
    "Outil pour faire les démarches en ligne à la place de quelqu'un, avec son mandat, "
    "sans lui demander son mot de passe. Mehdi et moi on est habilités.",
    "numérique ressources",
    "mdp",
    url="https://aidantsconnect.beta.gouv.fr",
)

# ---------------------------------------------------------------- escale 4
h(
    "h093",
    "2025-04-03 20:45",
    "note",
    "louise",
    "Café des aidants d'avril",
    "Café des aidants sur la maladie d'Alzheimer avec la neurologue de l'équipe "
    "mobile. 14 personnes, record. Une dame a dit : « c'est la première fois que je "
    "parle de lui sans pleurer ».",
    "aidants",
    "aid cafe alz",
)
h(
    "h094",
    "2025-04-08 10:30",
    "testimony",
    "louise",
    "Patrick",
    "« Je fais tout : les médicaments, les factures, la toilette le dimanche quand "
    "l'aide à domicile ne vient pas. Je suis en arrêt depuis un mois, épuisement. "
    "Mon médecin m'a dit : c'est vous ou elle. »",
    "aidants témoignage",
    "aid repit age sad",
    sp="Patrick Lemoine",
    role="aidant de sa mère, 91 ans",
)
h(
    "h095",
    "2025-04-10 11:00",
    "video",
    "thomas",
    "Premier coup de pelle",
    "Vidéo du lancement du chantier.",
    "maison-de-santé",
    "msp",
    cap="Premier coup de pelle sur le terrain de l'ancienne gendarmerie.",
    tr="Nous voilà sur le terrain de la future maison de santé. Les élus, les futurs "
    "professionnels, les entreprises. Fin des travaux annoncée pour novembre.",
)
h(
    "h096",
    "2025-04-15 16:20",
    "note",
    "amina",
    "Ateliers : le bilan",
    "Bilan des ateliers numériques depuis mai dernier : 26 sessions, 143 "
    "participants. Ce qui marche : les petits groupes, une tablette chacun, refaire "
    "dix fois le même geste.",
    "numérique ateliers bilan",
    "num",
)
h(
    "h097",
    "2025-04-17 09:40",
    "note",
    "louise",
    "Accueil de jour",
    "L'accueil de jour de Lavaud ouvre 2 places de plus le mercredi. Les aidants "
    "peuvent confier leur proche de 10 h à 17 h, trajet compris. C'est ce que "
    "réclamaient les gens du café des aidants.",
    "aidants",
    "aid repit cafe",
)
h(
    "h098",
    "2025-04-22 15:15",
    "audio",
    "mehdi",
    "France Identité",
    "Test de l'appli.",
    "numérique bus",
    "appli mdp",
    tr="Bon, je teste l'appli France Identité pour les gens qui ont la nouvelle carte "
    "d'identité. Ça remplace l'identifiant et le mot de passe pour plein de "
    "démarches. Mais faut un téléphone compatible NFC, et la moitié des gens au bus "
    "ont des vieux Android.",
)
h(
    "h099",
    "2025-04-24 11:10",
    "testimony",
    "amina",
    "Huguette",
    "« Avant j'osais pas toucher à la tablette, j'avais peur de tout casser. "
    "Maintenant je prends mes rendez-vous toute seule sur Doctolib, et j'envoie des "
    "photos à mes arrière-petits-enfants. »",
    "numérique témoignage",
    "num age",
    sp="Huguette Morlat",
    role="participante aux ateliers, 79 ans",
)
h(
    "h100",
    "2025-04-29 17:30",
    "note",
    "louise",
    "Formation des proches",
    "Session de formation pour les proches aidants avec France Alzheimer : comprendre "
    "la maladie, gérer l'agressivité, penser à soi et accepter de souffler. 6 séances "
    "gratuites à la salle paroissiale.",
    "aidants formation",
    "aid alz repit",
)
h(
    "h101",
    "2025-05-06 09:00",
    "note",
    "nathalie",
    "Le SAAD recrute",
    "Le SAAD du Val cherche 6 auxiliaires de vie pour l'été. Sans elles, des "
    "personnes âgées vont passer juillet sans aide pour la toilette et les repas. "
    "On relaie l'offre au bus et à France Travail.",
    "domicile emploi",
    "sad age",
)
h(
    "h141",
    "2025-05-08 14:20",
    "testimony",
    "thomas",
    "Josette",
    "« Après l'opération, on m'a prescrit 20 séances de kinésithérapie. J'ai appelé "
    "5 cabinets. Finalement c'est un kiné qui vient à la maison, mais seulement le "
    "samedi. »",
    "soins témoignage",
    "kine",
    sp="Josette Vidal",
    role="opérée de la hanche",
)
h(
    "h102",
    "2025-05-13 12:00",
    "photo",
    "julien",
    "Mardi à Saint-Aubin",
    "Ça discute devant, certains viennent juste pour le café.",
    "bus",
    "tournee",
    cap="Le bus à Saint-Aubin comme chaque mardi, 11 personnes dans la matinée.",
)
h(
    "h103",
    "2025-05-15 10:05",
    "note",
    "sylvie",
    "Renouvellement par le pharmacien",
    "Rappel : les pharmaciens peuvent renouveler une ordonnance de traitement "
    "chronique pour 3 mois quand le médecin est injoignable. Ça dépanne beaucoup "
    "depuis le départ du Dr Vergne, qui n'a jamais été remplacé.",
    "pharmacie",
    "ordo pharma gp",
)
h(
    "h104",
    "2025-05-20 16:45",
    "testimony",
    "sylvie",
    "Inès",
    "« À l'infirmerie du collège, on peut parler à la dame de la Maison des ados. "
    "Moi j'y suis allée pour le harcèlement sur Snap. Personne le sait, c'est bien. »",
    "jeunes témoignage",
    "ado psy",
    sp="Inès Barbier",
    role="collégienne, 14 ans",
)
h(
    "h105",
    "2025-05-22 18:00",
    "note",
    "claire",
    "Planning familial",
    "Réunion avec le planning familial : ils viendront au lycée agricole une fois par "
    "mois. Contraception, IST, consentement. Les jeunes filles des villages n'avaient "
    "aucun accès en dehors de Guéret.",
    "jeunes prévention",
    "ado",
)
h(
    "h106",
    "2025-05-27 17:15",
    "note",
    "amina",
    "Atelier smartphones",
    "Atelier « Mon smartphone au quotidien » : installer l'appli ameli, retrouver ses "
    "remboursements, télécharger une attestation. 8 participants, dont 2 aidantes "
    "qui gèrent les comptes de leurs parents.",
    "numérique ateliers",
    "num appli aid",
)
h(
    "h107",
    "2025-06-03 11:40",
    "note",
    "thomas",
    "La cabine, 6 mois après",
    "Bilan de la cabine de téléconsultation de la pharmacie de Mérignac après 6 "
    "mois : 212 consultations, dont 70 % de gens qui n'ont pas de médecin traitant.",
    "télémédecine pharmacie bilan",
    "cabine tele pharma gp",
)
h(
    "h108",
    "2025-06-05 15:50",
    "audio",
    "louise",
    "Le relayage",
    "Retour de réunion.",
    "aidants",
    "aid repit",
    tr="Retour de la réunion avec la plateforme de répit : on lance le relayage, une "
    "professionnelle remplace l'aidant à domicile pendant 24 à 48 heures. 5 familles "
    "intéressées, dont Mme Lacoste.",
)
h(
    "h109",
    "2025-06-10 21:15",
    "note",
    "bernard",
    "Conseil du 10 juin",
    "Conseil communautaire : vote de la pérennisation du TAD santé (ligne budgétaire "
    "annuelle) et d'un 2e bus France Services en 2026.",
    "élus transport",
    "tad trans",
)
h(
    "h110",
    "2025-06-12 17:30",
    "photo",
    "claire",
    "Un an de bus !",
    "Gâteau, 60 personnes, et le sous-préfet qui a fait un discours.",
    "bus fête",
    "",
    cap="On fête le premier anniversaire du bus sur la place de Lavaud.",
)
h(
    "h111",
    "2025-06-17 12:20",
    "testimony",
    "mehdi",
    "Anthony",
    "« Je voulais déclarer mes impôts en ligne mais mon espace était bloqué, j'avais "
    "changé de numéro. Le conseiller du bus m'a fait ça pendant ma pause, et j'ai "
    "récupéré 300 € de trop-perçu. »",
    "bus impôts témoignage",
    "impot",
    sp="Anthony Ribeiro",
    role="chauffeur routier, 41 ans",
)
h(
    "h112",
    "2025-06-19 10:00",
    "note",
    "sylvie",
    "Plan canicule",
    "Plan canicule : le CCAS appelle chaque jour les 140 personnes âgées isolées du "
    "registre. Les aides à domicile repassent l'après-midi pour les faire boire.",
    "domicile canicule",
    "age sad",
)
h(
    "h113",
    "2025-06-24 16:30",
    "video",
    "amina",
    "Lycéens et aînés",
    "Ils ont adoré, et nous aussi. À refaire à la rentrée.",
    "numérique ateliers",
    "num age",
    cap="Des lycéens de Brémontier apprennent aux aînés à se servir d'une tablette.",
    tr="Alors là, vous appuyez sur l'icône verte, et hop, vous avez vos photos. "
    "Voilà, c'est vous qui faites maintenant.",
)
h(
    "h143",
    "2025-06-26 11:15",
    "note",
    "amina",
    "Des vieux PC qui revivent",
    "La médiathèque récupère les vieux PC des services de la CC pour les réinstaller "
    "sous Linux. 12 machines prêtes, à donner aux familles inscrites aux ateliers.",
    "numérique équipement",
    "ordi num",
)
h(
    "h114",
    "2025-07-01 10:30",
    "note",
    "claire",
    "Enquête de suivi",
    "Mini-questionnaire un an après : 180 réponses. Ceux qui ont utilisé le bus ou "
    "le TAD santé sont satisfaits à 82 %. Mais toujours 1 habitant sur 3 sans "
    "médecin traitant.",
    "enquête",
    "enq tad trans gp",
)
h(
    "h115",
    "2025-07-03 09:20",
    "note",
    "yannick",
    "Taxis conventionnés",
    "Rappel pour l'équipe : pour les dialyses et les chimios, c'est le taxi "
    "conventionné avec un bon de transport, remboursé à 100 % en ALD. Beaucoup de "
    "gens l'ignorent et paient de leur poche.",
    "transport droits",
    "trans rac",
)
h(
    "h116",
    "2025-07-08 14:00",
    "testimony",
    "louise",
    "Monique",
    "« Grâce au relayage, je suis partie trois jours chez ma sœur en Bretagne. La "
    "première fois en six ans. La dame qui est venue s'occuper de Raymond, il l'a "
    "adorée. »",
    "aidants témoignage",
    "aid repit",
    sp="Monique Serre",
    role="aidante, 67 ans",
)
h(
    "h117",
    "2025-07-10 11:50",
    "note",
    "thomas",
    "Un dentiste à Lavaud",
    "Un jeune dentiste s'installe à Lavaud en septembre, dans l'ancien cabinet de "
    "M. Roche. Il prendra de nouveaux patients, priorité aux enfants et aux urgences.",
    "soins",
    "dent",
)
h(
    "h118",
    "2025-07-15 17:10",
    "audio",
    "julien",
    "Tournée d'été",
    "Planning d'été.",
    "bus tournée",
    "tournee",
    tr="Pour l'été, le bus fait seulement lundi, mercredi, vendredi : Lavaud, "
    "Saint-Aubin, Vieux-Moulin. Reprise normale le 1er septembre.",
)
h(
    "h119",
    "2025-07-17 15:40",
    "note",
    "amina",
    "Gestionnaire de mots de passe",
    "Atelier spécial « gestionnaire de mots de passe » : on a installé l'appli "
    "Bitwarden sur les téléphones de 5 personnes. Les autres restent au carnet "
    "papier, et c'est très bien comme ça.",
    "numérique ateliers",
    "mdp num appli",
)
h(
    "h120",
    "2025-07-22 10:20",
    "note",
    "sylvie",
    "HPV au collège",
    "Campagne HPV au collège : 62 % des élèves de 5e vaccinés, contre 30 % l'an "
    "dernier. Les parents hésitants ont pu poser leurs questions en réunion.",
    "prévention jeunes",
    "vacc ado",
)
h(
    "h121",
    "2025-07-24 16:00",
    "testimony",
    "mehdi",
    "Gilles",
    "« Mon dossier retraite à la MSA, ça faisait un an qu'il traînait. Il manquait "
    "mes années de service militaire et d'aide familial chez mon père. Le bus a tout "
    "recollé, je touche enfin ma pension. »",
    "droits MSA témoignage",
    "msa",
    sp="Gilles Bouchet",
    role="ancien exploitant, 64 ans",
)

# ---------------------------------------------------------------- escale 5
h(
    "h122",
    "2025-08-05 14:30",
    "note",
    "claire",
    "Bilan pour les financeurs",
    "Rédaction du bilan pour les financeurs. Je compile les chiffres de chacun, "
    "merci de m'envoyer vos tableaux avant le 20.",
    "bilan",
    "",
)
h(
    "h147",
    "2025-08-14 09:10",
    "testimony",
    "thomas",
    "Cédric",
    "« Un dimanche soir, mon fils avait 40 de fièvre. La pharmacie de garde était à "
    "42 km. Sur place, la pharmacienne m'a dit d'appeler le 15 d'abord la prochaine "
    "fois. »",
    "pharmacie témoignage",
    "garde pharma",
    sp="Cédric Moulin",
    role="père de famille, Saint-Aubin",
)
h(
    "h123",
    "2025-08-19 16:40",
    "photo",
    "thomas",
    "La charpente est posée",
    "Retard de 6 semaines à cause des intempéries : l'ouverture de la maison de "
    "santé est repoussée à janvier 2026.",
    "maison-de-santé",
    "msp",
    cap="La charpente de la maison de santé est posée.",
)
h(
    "h124",
    "2025-08-21 11:00",
    "note",
    "thomas",
    "Télé-ophtalmo chez l'opticien",
    "La télé-ophtalmo démarre à Brémontier chez l'opticien : examen par une "
    "orthoptiste, lecture par un ophtalmologiste de Limoges sous 8 jours. Délai "
    "moyen passé de 9 mois à 3 semaines.",
    "télémédecine",
    "ophta tele",
)
h(
    "h125",
    "2025-09-02 08:30",
    "note",
    "mehdi",
    "Rentrée du bus",
    "Reprise des tournées normales : lundi Lavaud et Chambrelle, mardi Saint-Aubin, "
    "mercredi Mérignac, jeudi La Souterraine-Haute, vendredi Vieux-Moulin.",
    "bus tournée",
    "tournee",
)
h(
    "h126",
    "2025-09-03 13:10",
    "testimony",
    "nathalie",
    "Sabrina",
    "« On fait 40 km entre deux clients pour 20 minutes de présence. La toilette, le "
    "repas, et on repart. Les gens aimeraient qu'on reste parler, mais on n'a pas le "
    "temps. »",
    "domicile témoignage",
    "sad",
    sp="Sabrina Texier",
    role="aide à domicile, 45 ans",
)
h(
    "h127",
    "2025-09-09 18:20",
    "audio",
    "sylvie",
    "Café itinérant",
    "Idée de Louise.",
    "aidants",
    "aid cafe",
    tr="Le café des aidants devient itinérant : Louise propose qu'il tourne dans "
    "trois villages. Ça évitera aux gens de faire 30 km pour venir.",
)
h(
    "h128",
    "2025-09-16 15:00",
    "note",
    "louise",
    "Jeunes aidants",
    "Découverte : au collège, 3 élèves par classe s'occupent d'un parent malade ou "
    "handicapé. Ces jeunes aidants ne se reconnaissent pas comme tels. Atelier "
    "prévu avec l'infirmière scolaire.",
    "aidants jeunes",
    "aid ado",
)
h(
    "h129",
    "2025-09-18 10:45",
    "note",
    "thomas",
    "Antenne du CMP",
    "Le CMP de Guéret ouvre une antenne à Brémontier le jeudi : un infirmier psy sur "
    "place et un psychiatre en visio. Premier rendez-vous sous 3 semaines au lieu de "
    "5 mois.",
    "santé-mentale télémédecine",
    "psy tele inf",
)
h(
    "h130",
    "2025-09-23 22:00",
    "note",
    "claire",
    "Réunion publique de bilan",
    "Réunion publique de bilan à Lavaud, 90 personnes. Les questions portaient "
    "surtout sur la maison de santé (pourquoi janvier ?) et sur le remplacement du "
    "Dr Pradier qui partira en 2027.",
    "réunion-publique bilan",
    "msp gp",
)
h(
    "h131",
    "2025-10-07 12:10",
    "note",
    "sylvie",
    "Grippe 2025",
    "Campagne grippe 2025 : cette fois les pharmacies vaccinent aussi, donc moins de "
    "monde au bus. 21 vaccinés à Mérignac.",
    "prévention",
    "vacc pharma",
)
h(
    "h132",
    "2025-10-09 14:30",
    "note",
    "nathalie",
    "Renouveler la CSS",
    "Beaucoup de CSS arrivent à échéance et les gens ne savent pas qu'il faut la "
    "renouveler chaque année. On envoie un courrier deux mois avant.",
    "droits CPAM",
    "css",
)
h(
    "h133",
    "2025-10-14 11:20",
    "note",
    "amina",
    "Passage de relais",
    "Mon poste de conseillère numérique est prolongé jusqu'en 2027. Les ateliers "
    "continuent à la médiathèque, et on forme 4 bénévoles pour tenir des permanences.",
    "numérique",
    "num",
)
h(
    "h134",
    "2025-10-16 17:40",
    "testimony",
    "claire",
    "Dr Kassimi",
    "« J'ai déjà 600 patients qui m'attendent pour janvier. On va travailler en "
    "équipe avec Sylvie et le Dr Pradier, sinon on n'y arrivera pas. »",
    "maison-de-santé témoignage",
    "gp msp recru",
    sp="Dr Samir Kassimi",
    role="médecin généraliste",
)
h(
    "h135",
    "2025-10-21 09:50",
    "note",
    "yannick",
    "Navette vers le CHU",
    "La Région accepte une navette santé Brémontier–CHU de Limoges deux fois par "
    "semaine à partir de janvier. Réservation comme pour le TAD.",
    "transport",
    "trans tad",
)

# ---------------------------------------------------------------- filler pools
# Everyday posts: logistics, team life, partners, weather, vehicles, local life.
# Several reuse the logbook's words in another sense ("note de frais", "bus de
# touristes", "garder la ligne", "rendez-vous chez le garagiste", "vieux pont",
# "chasse aux œufs", "police municipale", "enquête de gendarmerie"...). None of
# them is about access to care or to rights, so none answers a query.
VILLAGES = [
    "Lavaud",
    "Chambrelle",
    "Saint-Aubin",
    "Mérignac",
    "Vieux-Moulin",
    "Brémontier",
    "La Souterraine-Haute",
]
NAMES = ["Claire", "Mehdi", "Sylvie", "Julien", "Nathalie", "Thomas", "Amina", "Yannick", "Louise"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
FILLER_TAGS = [
    "logistique",
    "équipe",
    "météo",
    "véhicule",
    "vie-locale",
    "partenaires",
    "communication",
    "administratif",
]

# (kind, title, body, tags, extra) with {v} village, {n} first name, {d} weekday, {k} number.
POOL: list[tuple[str, str, str, str, dict[str, str]]] = [
    (
        "note",
        "Note de frais",
        "Note de frais du déplacement à Guéret envoyée à la compta. "
        "Pensez à garder tous vos tickets de parking.",
        "administratif",
        {},
    ),
    (
        "note",
        "Notes de frais : rappel",
        "Les notes de frais doivent être saisies avant le 5 "
        "de chaque mois, sinon elles passent au mois suivant.",
        "administratif",
        {},
    ),
    (
        "photo",
        "Bus de touristes",
        "On a dû se garer derrière l'église pour décharger.",
        "vie-locale",
        {"c": "Un bus de touristes belges bloquait la place de {v} pendant une heure."},
    ),
    (
        "note",
        "Ferme-auberge",
        "Repas d'équipe à la ferme-auberge de {v}. Excellent, mais pas idéal pour garder la ligne.",
        "équipe",
        {},
    ),
    (
        "note",
        "Garagiste",
        "Rendez-vous chez le garagiste {d} pour la vidange de la Kangoo. Qui peut la déposer à 8 h ?",
        "véhicule",
        {},
    ),
    (
        "note",
        "Freins",
        "Prise de rendez-vous chez le garagiste pour le bruit de freins du "
        "bus, il couine dans les descentes.",
        "véhicule",
        {},
    ),
    (
        "photo",
        "Tournoi des U11",
        "{k} crêpes vendues, recette reversée au club.",
        "vie-locale",
        {"c": "Le médecin du sport du club de foot de Brémontier tenait la buvette au tournoi des U11."},
    ),
    (
        "note",
        "La chatte de {n}",
        "La chatte de {n} est enfin vaccinée et stérilisée, on a eu "
        "droit aux photos pendant toute la pause café.",
        "équipe",
        {},
    ),
    (
        "note",
        "Marché déplacé",
        "Appel de la police municipale : le marché de {d} est déplacé, "
        "pas de stationnement place du Foirail.",
        "vie-locale",
        {},
    ),
    (
        "photo",
        "Chasse aux œufs",
        "Les enfants de l'équipe ont tout raflé.",
        "vie-locale",
        {"c": "Chasse aux œufs de Pâques dans le jardin de la médiathèque de {v}."},
    ),
    (
        "note",
        "Chasse d'eau",
        "La chasse d'eau des toilettes du local fuit encore, ticket envoyé aux services techniques.",
        "logistique",
        {},
    ),
    (
        "note",
        "Parc fermé",
        "Le parc de la mairie de {v} est fermé pour élagage jusqu'à {d}. On se gare rue de la Poste.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Cantine",
        "Déjeuner à la cantine du personnel de la mairie : purée-saucisse et tarte aux pommes, 4,20 €.",
        "équipe",
        {},
    ),
    (
        "note",
        "Barrières",
        "L'atelier municipal nous prête 20 barrières et deux barnums pour la fête de {v}.",
        "logistique",
        {},
    ),
    (
        "note",
        "Tables et bancs",
        "Transport des tables et des bancs pour la fête de la "
        "Saint-Jean : rdv 8 h au hangar, prévoir des gants.",
        "logistique",
        {},
    ),
    (
        "note",
        "Trousse à pharmacie",
        "La trousse à pharmacie du bureau est complétée : pansements, arnica, pince à tiques.",
        "logistique",
        {},
    ),
    (
        "note",
        "Réunion d'équipe",
        "Réunion d'équipe : planning des congés, commande de fournitures, nouveau logo de la CC.",
        "équipe",
        {},
    ),
    (
        "note",
        "Extincteurs",
        "Formation sécurité incendie pour toute l'équipe : on sait maintenant se servir d'un extincteur.",
        "équipe",
        {},
    ),
    (
        "note",
        "Imprimante",
        "Panne d'imprimante au bureau, on imprime à la mairie de {v} en attendant le technicien.",
        "logistique",
        {},
    ),
    (
        "note",
        "Wifi du bureau",
        "Le wifi du bureau est tombé toute la matinée, le prestataire passe {d}.",
        "logistique",
        {},
    ),
    (
        "photo",
        "Pot de départ",
        "Discours ému, tarte aux pommes et cidre.",
        "équipe",
        {"c": "Pot de départ à la retraite de Josette, de la compta, après 31 ans à la CC."},
    ),
    (
        "note",
        "Coup de vent",
        "Vent violent cette nuit, une branche est tombée sur le toit du hangar de {v}. Rien de grave.",
        "météo",
        {},
    ),
    (
        "audio",
        "Brouillard",
        "Vocal depuis la route.",
        "météo",
        {
            "r": "Brouillard à couper au couteau sur la route de {v}, je roule à 30, j'arrive avec "
            "un quart d'heure de retard."
        },
    ),
    (
        "note",
        "Grêle",
        "Grêle sur {v} : les voitures garées sur le parking de la salle des fêtes ont souffert.",
        "météo",
        {},
    ),
    (
        "photo",
        "Fête de la pomme",
        "Le stand de la CC était juste à côté du pressoir.",
        "vie-locale",
        {"c": "Fête de la pomme à {v}, {k} litres de jus pressés dans la journée."},
    ),
    (
        "note",
        "Belote",
        "Concours de belote du comité des fêtes de {v} : {k} équipes. {n} a fini troisième.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Brocante",
        "Brocante de {v} : {n} a trouvé une lampe des années 70 pour le bureau.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Marché de Noël",
        "Le marché de Noël de Brémontier s'installe sur la place, attention au stationnement cette semaine.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Flyers",
        "Commande de 500 flyers chez le nouvel imprimeur de Guéret, livraison {d}.",
        "communication",
        {},
    ),
    (
        "note",
        "Contrôle technique",
        "Contrôle technique de la Kangoo : OK, juste les essuie-glaces à changer.",
        "véhicule",
        {},
    ),
    ("note", "Pneus neige", "Pneus neige montés sur les véhicules de service, on est parés.", "véhicule", {}),
    (
        "photo",
        "Lavage",
        "Il en avait bien besoin après les chemins de {v}.",
        "véhicule",
        {"c": "Lavage du bus à la station de Brémontier."},
    ),
    ("note", "Gazole", "Plein de gazole : {k} € pour le bus, ça pique.", "véhicule", {}),
    (
        "note",
        "Copieur",
        "Nouveau copieur livré, il faut maintenant un badge pour imprimer. Badges à récupérer à l'accueil.",
        "logistique",
        {},
    ),
    (
        "note",
        "Match CC-mairie",
        "Match de foot de l'équipe de la CC contre la mairie de Guéret : défaite 4-2, mais belle ambiance.",
        "équipe",
        {},
    ),
    (
        "note",
        "Séminaire",
        "Séminaire des agents de la CC à Aubusson, avec visite de la manufacture de tapisserie.",
        "équipe",
        {},
    ),
    (
        "note",
        "Anniversaire",
        "Anniversaire de {n} : gâteau au chocolat en salle de pause à 16 h.",
        "équipe",
        {},
    ),
    (
        "photo",
        "Hirondelles",
        "Elles reviennent chaque année.",
        "vie-locale",
        {"c": "Les hirondelles sont de retour sous l'auvent du hangar de {v}."},
    ),
    (
        "note",
        "Déviation",
        "Travaux sur la D941, déviation par {v} pendant trois semaines. Comptez 10 minutes de plus.",
        "logistique",
        {},
    ),
    (
        "note",
        "Boulangerie",
        "La boulangerie de {v} ferme pour congés trois semaines en "
        "août, pensez à prendre le pain à Brémontier.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Site internet",
        "Mise à jour du site internet de la CC : nouvelle rubrique actualités, photos à envoyer à {n}.",
        "communication",
        {},
    ),
    (
        "note",
        "Office de tourisme",
        "Réunion avec l'office de tourisme pour l'accueil des randonneurs cet été sur le GR de {v}.",
        "partenaires",
        {},
    ),
    (
        "note",
        "Bus scolaire",
        "Un bus scolaire a crevé devant le bureau ce matin, les "
        "enfants ont attendu 40 minutes le car de remplacement.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Archives",
        "Les archives de l'année dernière sont rangées dans le local du sous-sol, étagère B.",
        "administratif",
        {},
    ),
    (
        "note",
        "Coupure de courant",
        "Coupure de courant sur tout le bourg de {v}, deux heures sans électricité.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Pétanque",
        "Tournoi de pétanque inter-services {d} soir, on a perdu en quart contre les services techniques.",
        "équipe",
        {},
    ),
    (
        "photo",
        "Hérisson",
        "Relâché au fond du jardin.",
        "équipe",
        {"c": "Un hérisson trouvé dans le hangar de {v}."},
    ),
    (
        "note",
        "Facteur",
        "La tournée du facteur a changé, le courrier arrive maintenant en début d'après-midi.",
        "logistique",
        {},
    ),
    (
        "photo",
        "Sapin",
        "Décoré par {n} et les enfants de l'accueil de loisirs.",
        "équipe",
        {"c": "Le sapin du bureau est installé."},
    ),
    (
        "note",
        "Chantier de la déchetterie",
        "Visite des élus au chantier de la nouvelle déchetterie, les quais de déchargement sont coulés.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Gymnase de Lavaud",
        "Les travaux du gymnase de Lavaud prennent du retard, ouverture repoussée au printemps.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Assureur",
        "Rendez-vous annuel avec l'assureur pour les véhicules de service, franchise inchangée.",
        "administratif",
        {},
    ),
    ("note", "Semi-marathon", "{n} a couru le semi-marathon de Limoges en 1 h 52 ! Bravo.", "équipe", {}),
    (
        "note",
        "Yoga",
        "Cours de yoga le mardi midi dans la salle du conseil, 6 inscrits. Tapis à apporter.",
        "équipe",
        {},
    ),
    (
        "note",
        "Salle municipale",
        "La salle municipale de Chambrelle est réservée samedi pour le loto du club de foot.",
        "vie-locale",
        {},
    ),
    (
        "audio",
        "Vaches sur la route",
        "En retard.",
        "vie-locale",
        {"r": "Un troupeau de vaches bloque la route de {v}, j'en ai pour 20 minutes, commencez sans moi."},
    ),
    (
        "note",
        "Fiches de paie",
        "Les fiches de paie arrivent désormais par mail, plus de papier à partir du mois prochain.",
        "administratif",
        {},
    ),
    (
        "photo",
        "Photocopieur",
        "Il a encore avalé une feuille.",
        "logistique",
        {"c": "{n} a démonté tout le photocopieur, avec succès."},
    ),
    (
        "note",
        "Jardin partagé",
        "Visite de l'école de Saint-Aubin pour le projet de jardin partagé de la commune.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Club des entreprises",
        "Réunion du club des entreprises du territoire, on présente les services de la CC.",
        "partenaires",
        {},
    ),
    (
        "note",
        "Enquête de gendarmerie",
        "Enquête de la gendarmerie sur les vols de gazole "
        "dans les exploitations de {v}. On ferme le hangar à clé.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Résultats du loto",
        "Résultats du loto de l'école de {v} : {n} a gagné un jambon.",
        "vie-locale",
        {},
    ),
    (
        "note",
        "Agent d'accueil",
        "Recrutement d'un agent d'accueil à la médiathèque, entretiens {d}.",
        "partenaires",
        {},
    ),
    (
        "photo",
        "Boîte à livres",
        "Bonne idée à copier.",
        "vie-locale",
        {"c": "L'ancienne cabine téléphonique de Chambrelle transformée en boîte à livres."},
    ),
    (
        "note",
        "Vieux pont",
        "Le vieux pont de {v} est fermé aux camions, il faut passer par la D12.",
        "logistique",
        {},
    ),
    (
        "photo",
        "Tracteurs anciens",
        "{k} tracteurs, dont un Vierzon de 1952.",
        "vie-locale",
        {"c": "Rassemblement de vieux tracteurs à {v}."},
    ),
    (
        "note",
        "Tempête",
        "Alerte orange vents violents, mise en garde de la préfecture : on range le barnum.",
        "météo",
        {},
    ),
    (
        "note",
        "Ciel gris",
        "Ciel gris depuis dix jours à {v}, tout le monde rêve de soleil au bureau.",
        "météo",
        {},
    ),
    (
        "note",
        "Canicule au bureau",
        "32 degrés dans le bureau à 15 h, on a sorti les ventilateurs.",
        "météo",
        {},
    ),
    ("note", "Gel", "Moins 8 ce matin à {v}, la Kangoo n'a pas voulu démarrer.", "météo", {}),
    (
        "link",
        "Météo de la semaine",
        "Pour prévoir les déplacements de la semaine.",
        "météo",
        {"u": "https://meteofrance.com/previsions-meteo-france/gueret/23000"},
    ),
    (
        "link",
        "Agenda de l'office de tourisme",
        "Toutes les fêtes de village de l'été.",
        "vie-locale",
        {"u": "https://www.tourisme-creuse.com/agenda"},
    ),
    (
        "link",
        "Covoiturage entre collègues",
        "Le tableau partagé pour les trajets vers les réunions à Guéret.",
        "équipe",
        {"u": "https://framacalc.org/equipe-cc-trajets"},
    ),
    (
        "drawing",
        "Plan du stand",
        "Pour la fête de {v}.",
        "logistique",
        {"c": "Croquis du stand de la CC : barnum, deux tables, la banderole côté route."},
    ),
    (
        "drawing",
        "Logo",
        "Trois propositions pour le nouveau logo.",
        "communication",
        {"c": "Esquisses de logo par {n} : une feuille, un chemin, un clocher."},
    ),
    (
        "video",
        "Fête de la musique",
        "L'harmonie de {v} sur la place.",
        "vie-locale",
        {
            "c": "La fanfare ouvre la fête de la musique.",
            "r": "Applaudissements, et on enchaîne avec un paso doble.",
        },
    ),
    (
        "testimony",
        "Comité des fêtes",
        "« On cherche des bras pour monter le chapiteau {d}. Venez, il y aura la soupe à l'oignon après. »",
        "vie-locale",
        {"s": "Robert Lamy", "ro": "président du comité des fêtes de {v}"},
    ),
    (
        "note",
        "Clés du hangar",
        "Les clés du hangar de {v} sont dans la boîte rouge, pas dans le tiroir.",
        "logistique",
        {},
    ),
    (
        "note",
        "Maison des associations",
        "La maison des associations de {v} nous prête sa salle pour la réunion d'équipe de {d}.",
        "partenaires",
        {},
    ),
    (
        "note",
        "Commande de fournitures",
        "Commande de fournitures passée : ramettes, post-it, scotch, piles pour les télécommandes.",
        "logistique",
        {},
    ),
    (
        "note",
        "À votre santé !",
        "Galette des rois à l'accueil, {n} a eu la fève. À votre santé, avec le cidre de Mérignac !",
        "équipe",
        {},
    ),
    (
        "note",
        "Plaque de verglas",
        "Plaque de verglas dans la côte de {v}, soyez prudents ce matin.",
        "météo",
        {},
    ),
]
EXTRA = [
    "Photos sur le drive.",
    "On en reparle {d}.",
    "Merci {n} !",
    "Rien d'urgent.",
    "Qui est dispo ?",
    "Je le note dans l'agenda partagé.",
    "",
]


def fill(text: str, rng: random.Random) -> str:
    return text.format(
        v=rng.choice(VILLAGES), n=rng.choice(NAMES), d=rng.choice(DAYS), k=rng.randint(12, 180)
    )


def make_filler(count: int, rng: random.Random) -> list[Entry]:
    start = date(2024, 1, 8)
    span = (LAST_DAY - start).days
    reserved = {date(2024, 6, 12), date(2025, 6, 12)}
    out: list[Entry] = []
    authors = [a for a in AUTHORS if a != "elodie"]
    deck: list[tuple[str, str, str, str, dict[str, str]]] = []
    while len(out) < count:
        day = start + timedelta(days=rng.randrange(span + 1))
        if day in reserved or (day.weekday() >= 5 and rng.random() < 0.8):
            continue
        when = datetime(day.year, day.month, day.day, rng.randint(7, 20), rng.randrange(60))
        author = "elodie" if day < date(2024, 5, 24) and rng.random() < 0.15 else rng.choice(authors)
        if not deck:  # deal the whole pool before repeating a post
            deck = POOL[:]
            rng.shuffle(deck)
        kind, title, body, tags, extra = deck.pop()
        more = fill(rng.choice(EXTRA), rng)
        body = fill(body, rng) + ((" " + more) if more and kind == "note" else "")
        out.append(
            Entry(
                f"f{len(out) + 1:03d}",
                when,
                kind,
                author,
                fill(title, rng),
                body,
                [tags] + ([rng.choice(FILLER_TAGS)] if rng.random() < 0.3 else []),
                set(),
                fill(extra.get("c", ""), rng),
                fill(extra.get("r", ""), rng),
                extra.get("s", ""),
                fill(extra.get("ro", ""), rng),
                extra.get("u", ""),
            )
        )
    for e in out:
        e.tags = sorted(set(e.tags))
    return out


# ---------------------------------------------------------------- queries
@dataclass
class Query:
    q: str
    kind: str
    why: str
    labels: str = ""  # judged topics: relevant = hand entries carrying one of them
    top3: str = ""  # keys of hand entries
    minus: str = ""  # exclusion stem (normalised) removed from the judged set
    derive: str = ""  # author:/stage:/tag:/month:/day: rules for field and date queries


QUERIES = [
    # [synonyme]
    Query(
        "toubib",
        "synonyme",
        "« toubib » = médecin : les entrées sur la présence ou le "
        "manque de médecins généralistes (départs, recrutements, médecin traitant, "
        "délais) ou sur le fait de voir un médecin généraliste en téléconsultation, qui "
        "disent généraliste, médecin traitant, docteur, Dr. Pas les spécialistes ni le "
        "médecin du club de foot.",
        "gp",
    ),
    Query(
        "ordi",
        "synonyme",
        "« ordi » = ordinateur : entrées sur les ordinateurs des "
        "habitants (pas d'ordinateur, PC vieillissant, portables reconditionnés, vieux "
        "PC donnés). « Portable » au sens de téléphone ne compte pas.",
        "ordi",
        "h082",
    ),
    Query(
        "appli",
        "synonyme",
        "« appli » = application mobile : appli CAF qui plante, "
        "appli carte Vitale, France Identité, appli ameli, gestionnaire de mots de "
        "passe installé sur les téléphones.",
        "appli",
        "h072",
    ),
    Query(
        "psy",
        "synonyme",
        "« psy » = santé mentale : psychologue, psychiatre, CMP, "
        "Maison des ados, mal-être agricole, premiers secours en santé mentale.",
        "psy",
    ),
    Query(
        "ados",
        "synonyme",
        "« ados » = adolescents : collégiens, lycéens, Maison des "
        "adolescents, HPV au collège, planning familial au lycée, jeunes aidants, la "
        "fille de 15 ans. Pas l'étudiante de 21 ans.",
        "ado",
        "h077",
    ),
    Query(
        "vieux",
        "synonyme",
        "« vieux » = personnes âgées : entrées dont le sujet ou le "
        "public est une personne âgée (aînés, personnes âgées, EHPAD, APA, témoignages "
        "de 78 à 91 ans). « Vieux-Moulin », « vieux PC », « vieux Android », « vieux "
        "pont » ne comptent pas.",
        "age",
    ),
    Query(
        "mutuelle",
        "synonyme",
        "« mutuelle » = complémentaire santé : CSS (complémentaire "
        "santé solidaire, « mutuelle gratuite »), appareils auditifs avec la "
        "complémentaire.",
        "css",
        "h005",
    ),
    # [forme]
    Query(
        "aidante",
        "forme",
        "Féminin singulier ; les entrées parlent d'aidants, "
        "d'aidantes, de proches aidants, d'une fille ou d'un fils qui s'occupe d'un "
        "parent, de jeunes aidants. Les « aidants numériques » et Aidants Connect ne "
        "comptent pas.",
        "aid",
    ),
    Query(
        "ordonnances",
        "forme",
        "Pluriel ; entrées sur les ordonnances : renouvellement, "
        "dépôt d'ordonnances au bus, ordonnance reçue par la pharmacie après une "
        "téléconsultation, ordonnance de lunettes.",
        "ordo",
        "h044",
    ),
    Query(
        "vaccinée",
        "forme",
        "Participe féminin ; campagnes de vaccination (vaccinent, "
        "vaccinés, HPV). La chatte vaccinée d'une collègue ne compte pas.",
        "vacc",
        "h060",
    ),
    Query(
        "infirmières",
        "forme",
        "Pluriel féminin ; entrées sur les infirmiers et "
        "infirmières (libérales saturées, Asalée, au bus, scolaire, infirmier psy, "
        "bureaux infirmiers de la MSP).",
        "inf",
        "h070",
    ),
    Query(
        "dépister",
        "forme",
        "Infinitif ; entrées sur le dépistage (dépistées, mammobile, kit colorectal, journée diabète).",
        "dep",
        "h079",
    ),
    # [multi-mots]
    Query(
        "transport à la demande",
        "multi-mots",
        "Le TAD (transport à la demande) santé : "
        "état des lieux, lancement, premier trajet, bilans, limites, vote de sa "
        "pérennisation, navette réservée comme le TAD. Pas les chauffeurs bénévoles seuls.",
        "tad",
        "h046 h065",
    ),
    Query(
        "dossier retraite MSA",
        "multi-mots",
        "Dossiers de retraite agricole à la MSA "
        "(relevé de carrière, trimestres, simulateur). Pas le pot de départ à la "
        "retraite ni le mal-être agricole.",
        "msa",
        "h121 h027",
    ),
    Query(
        "aide à domicile",
        "multi-mots",
        "Aide à domicile pour les personnes (SAAD, "
        "auxiliaires de vie, APA, aides à domicile en canicule). Pas les infirmiers à "
        "domicile ni le relayage des aidants.",
        "sad",
        "h026",
    ),
    Query(
        "cabine téléconsultation pharmacie",
        "multi-mots",
        "La cabine de téléconsultation "
        "de la pharmacie de Mérignac (installation, première consultation, bilan).",
        "cabine",
        "h068 h107",
    ),
    Query(
        "résultats enquête habitants",
        "multi-mots",
        "Résultats et constats du "
        "questionnaire habitants et de l'enquête de suivi. Pas le lancement du "
        "questionnaire, pas l'enquête de gendarmerie ni les résultats du loto.",
        "enq",
        "h023",
    ),
    Query(
        "recrutement médecins maison de santé",
        "multi-mots",
        "Attirer des médecins dans la maison de santé : ARS, visite d'une MSP, internes, Dr Kassimi.",
        "recru",
        "h062 h086",
    ),
    # [question]
    Query(
        "qui s'occupe des ordonnances au bus ?",
        "question",
        "Le dépôt d'ordonnances au "
        "bus et le retour des médicaments préparés par la pharmacie (Sylvie vérifie, "
        "Julien transporte).",
        "busmed",
        "h145 h044",
    ),
    Query(
        "on en est où de la maison de santé",
        "question",
        "Toutes les étapes du projet "
        "de maison de santé : terrain, permis, plans, chantier, retards, recrutement, "
        "questions en réunion publique.",
        "msp",
        "h123",
    ),
    Query(
        "comment aller à l'hôpital sans voiture ?",
        "question",
        "Se rendre aux rendez-vous "
        "médicaux sans voiture : TAD santé, chauffeurs bénévoles, taxis conventionnés, "
        "navette CHU, constats de l'enquête et témoignages.",
        "trans",
        "h046",
    ),
    Query(
        "qui peut m'aider pour ma déclaration d'impôts en ligne ?",
        "question",
        "Aide aux impôts au bus France Services.",
        "impot",
        "h041 h111",
    ),
    Query(
        "que faire quand on est épuisé de s'occuper de sa mère",
        "question",
        "Épuisement "
        "des aidants et solutions de répit : plateforme de répit, relayage, accueil de "
        "jour, café des aidants sur la fatigue, formation « penser à soi ».",
        "repit",
        "h055",
    ),
    Query(
        "où passe le bus France Services cette semaine ?",
        "question",
        "Arrêts et jours de "
        "passage du bus, plannings de tournée, annulation pour neige, le bus le mardi à "
        "Chambrelle pour les prises de sang.",
        "tournee",
        "h125",
    ),
    # [faute]
    Query(
        "oftalmo",
        "faute",
        "Faute phonétique pour « ophtalmo » : ophtalmologue, "
        "orthoptiste, télé-ophtalmo, délais, renoncement aux lunettes.",
        "ophta",
        "h124",
    ),
    Query(
        "farmacie de garde",
        "faute",
        "« pharmacie de garde » mal tapé : gardes du week-end, le 3237, pharmacie de garde à 42 km.",
        "garde",
        "h029",
    ),
    Query(
        "dantiste",
        "faute",
        "« dentiste » mal tapé : dentistes, cabinets dentaires, renoncement aux soins dentaires.",
        "dent",
        "h117",
    ),
    Query(
        "alzeimer",
        "faute",
        "« Alzheimer » sans h : entrées sur la maladie d'Alzheimer et la consultation mémoire.",
        "alz",
        "h093",
    ),
    Query(
        "atelier informatik",
        "faute",
        "« atelier informatique » tapé phonétiquement : "
        "les ateliers numériques (démarches, tablettes, smartphones, mots de passe, "
        "équipement prêté, ressources pour les ateliers).",
        "num",
    ),
    Query(
        "telemedecine",
        "faute",
        "Sans accents : téléconsultation, télé-expertise, télé-ophtalmo, psychiatre en visio.",
        "tele",
    ),
    Query("kinée", "faute", "« kiné » avec un e en trop : kinés, kinésithérapie.", "kine", "h084"),
    # [expression]
    Query(
        '"prise de sang"',
        "expression",
        "Où et comment faire une prise de sang (labo fermé, infirmières, prélèvements au bus).",
        "sang",
        "h136",
    ),
    Query(
        '"carte vitale"',
        "expression",
        "Carte Vitale perdue, sans photo, appli carte Vitale, demandes au bus.",
        "vitale",
        "h138",
    ),
    Query(
        '"reste à charge"',
        "expression",
        "Ce qui reste à payer de sa poche pour se "
        "soigner : couronnes, appareils auditifs, psychologue non remboursé, aide "
        "ménagère, taxi non remboursé.",
        "rac",
        "h139",
    ),
    Query(
        '"café des aidants"',
        "expression",
        "Le café des aidants (séances, thème, itinérance, relais de ses demandes).",
        "cafe",
        "h057",
    ),
    Query(
        '"mot de passe"',
        "expression",
        "Mots de passe oubliés, carnet, gestionnaire, démarches sans donner son mot de passe.",
        "mdp",
        "h063",
    ),
    # [exclusion]
    Query(
        "aidants -Alzheimer",
        "exclusion",
        "Entrées sur les aidants (jugées comme pour « aidante »), moins celles qui écrivent Alzheimer.",
        "aid",
        minus="alzheimer",
    ),
    Query(
        "atelier numérique -tablette",
        "exclusion",
        "Les ateliers numériques (jugés comme "
        "pour « atelier informatik »), moins ceux qui parlent de tablette.",
        "num",
        minus="tablette",
    ),
    Query(
        "transport -taxi",
        "exclusion",
        "Se déplacer vers les soins (jugé comme la "
        "question sur l'hôpital), moins les entrées qui écrivent taxi.",
        "trans",
        minus="taxi",
    ),
    Query(
        "pharmacie -garde",
        "exclusion",
        "Les pharmacies (accès, services, relais du bus), moins les entrées qui parlent de garde.",
        "pharma",
        minus="garde",
    ),
    Query(
        "jeunes -contraception",
        "exclusion",
        "Santé des jeunes (adolescents, étudiante, "
        "constat de l'enquête), moins les entrées qui parlent de contraception.",
        "jeunes",
        minus="contracept",
    ),
    # [champ]
    Query(
        "auteur:Élodie",
        "champ",
        "Toutes les entrées d'Élodie Perrin (dérivé des données).",
        derive="author:elodie",
    ),
    Query(
        "auteur:Yannick",
        "champ",
        "Toutes les entrées de Yannick Le Gall (dérivé des données).",
        derive="author:yannick",
    ),
    Query(
        "escale:numérique",
        "champ",
        "Toutes les entrées de l'escale « Aidants et inclusion numérique » (dérivé des données).",
        derive="stage:4",
    ),
    Query(
        "escale:bilan",
        "champ",
        "Toutes les entrées de l'escale « Bilan et pérennisation » (dérivé des données).",
        derive="stage:5",
    ),
    Query(
        "#transport",
        "champ",
        "Entrées portant le tag transport (dérivé des données).",
        derive="tag:transport",
    ),
    Query(
        "#santé-mentale",
        "champ",
        "Entrées portant le tag santé-mentale (dérivé des données).",
        derive="tag:santé-mentale",
    ),
    # [date]
    Query(
        "mars 2024",
        "date",
        "Toutes les entrées datées de mars 2024 (dérivé des données).",
        derive="month:2024-03",
    ),
    Query(
        "en juillet 2025",
        "date",
        "Toutes les entrées datées de juillet 2025 (dérivé des données).",
        derive="month:2025-07",
    ),
    Query(
        "le 3 septembre",
        "date",
        "Entrées datées d'un 3 septembre ou qui écrivent « 3 septembre » (dérivé des données).",
        derive="day:09-03",
    ),
    Query(
        "réunion du 12 juin",
        "date",
        "Le conseil communautaire du 12 juin 2024 : son "
        "annonce, le vote du soir, la photo de la salle, le compte rendu. La fête du "
        "12 juin 2025 et le conseil du 10 juin 2025 ne comptent pas.",
        "juin12",
        "h036",
    ),
    # [sans réponse]
    Query(
        "piscine municipale",
        "sans réponse",
        "Le carnet ne parle d'aucune piscine ; "
        "« police municipale », « salle municipale » et « atelier municipal » sont "
        "d'autres sujets.",
    ),
    Query(
        "chasse au sanglier",
        "sans réponse",
        "Pas de chasse ; seulement une chasse aux œufs et une chasse d'eau.",
    ),
    Query("parc éolien", "sans réponse", "Pas d'éoliennes ; « le parc de la mairie » est un jardin."),
    Query(
        "cantine scolaire",
        "sans réponse",
        "Rien sur les cantines d'école ; seulement la cantine du personnel de la mairie et un bus scolaire.",
    ),
]


# ---------------------------------------------------------------- build
def last_sunday(year: int, month: int) -> date:
    d = date(year, month, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def paris_offset(when: datetime) -> str:
    """Summer time runs from the last Sunday of March to the last Sunday of October."""
    summer = last_sunday(when.year, 3) <= when.date() < last_sunday(when.year, 10)
    return "+02:00" if summer else "+01:00"


def stage_of(day: date) -> int:
    for sid, _title, start, end in STAGES:
        if date.fromisoformat(start) <= day and (end is None or day <= date.fromisoformat(end)):
            return sid
    raise ValueError(day)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def text_of(e: Entry) -> str:
    return " ".join(
        [e.title, e.body, e.caption, e.transcript, e.speaker_name, e.speaker_role, " ".join(e.tags)]
    )


def derived(rule: str, entries: list[Entry]) -> list[Entry]:
    kind, value = rule.split(":", 1)
    if kind == "author":
        return [e for e in entries if e.author == value]
    if kind == "stage":
        return [e for e in entries if stage_of(e.when.date()) == int(value)]
    if kind == "tag":
        return [e for e in entries if value in e.tags]
    if kind == "month":
        return [e for e in entries if e.when.strftime("%Y-%m") == value]
    if kind == "day":
        month, day = (int(x) for x in value.split("-"))
        return [
            e
            for e in entries
            if (e.when.month, e.when.day) == (month, day)
            or re.search(r"(?<!\d)3 septembre", norm(text_of(e)))
        ]
    raise ValueError(rule)


def judged(q: Query, entries: list[Entry]) -> list[Entry]:
    if q.derive:
        return derived(q.derive, entries)
    wanted = set(q.labels.split())
    hits = [e for e in entries if e.labels & wanted]
    if q.minus:
        hits = [e for e in hits if not re.search(r"\b" + q.minus, norm(text_of(e)))]
    return hits


def build() -> dict:
    rng = random.Random(SEED)
    for e in HAND:
        if "ado" in e.labels:
            e.labels.add("jeunes")
    entries = sorted(HAND + make_filler(195, rng), key=lambda e: (e.when, e.key))
    ids = {e.key: i for i, e in enumerate(entries, 1)}
    out_entries = [
        {
            "id": ids[e.key],
            "kind": e.kind,
            "title": e.title,
            "body": e.body,
            "tags": e.tags,
            "occurred_at": e.when.isoformat(timespec="seconds") + paris_offset(e.when),
            "stage": stage_of(e.when.date()),
            "author": AUTHORS[e.author][0],
            "caption": e.caption,
            "transcript": e.transcript,
            "speaker_name": e.speaker_name,
            "speaker_role": e.speaker_role,
            "url": e.url,
        }
        for e in entries
    ]
    out_queries = []
    for q in QUERIES:
        relevant = sorted(ids[e.key] for e in judged(q, entries))
        out_queries.append(
            {
                "q": q.q,
                "relevant": relevant,
                "top3": [ids[k] for k in q.top3.split()],
                "why": f"[{q.kind}] {q.why}",
            }
        )
    return {
        "name": "blind2_fr",
        "language": "fr",
        "logbook": {
            "title": "Se soigner et faire valoir ses droits au pays des Monts d'Ardoise",
            "description": "Carnet de bord de l'équipe de la communauté de communes des "
            "Monts d'Ardoise : bus France Services itinérant, future maison de santé, "
            "transport vers les soins, aidants, ateliers numériques, démarches CAF, CPAM "
            "et MSA, avec les habitants des 24 communes.",
        },
        "stages": [{"id": s, "title": t, "starts_on": a, "ends_on": b} for s, t, a, b in STAGES],
        "authors": [{"id": i, "name": n} for i, n in AUTHORS.values()],
        "entries": out_entries,
        "queries": out_queries,
    }


KINDS = {"note", "photo", "audio", "video", "drawing", "testimony", "link"}


def validate(data: dict) -> None:
    entries, queries = data["entries"], data["queries"]
    ids = [e["id"] for e in entries]
    assert ids == list(range(1, len(entries) + 1)), "ids must be 1..N"
    stamps = [datetime.fromisoformat(e["occurred_at"]) for e in entries]
    assert stamps == sorted(stamps), "ids must follow time order"
    assert 320 <= len(entries) <= 360, len(entries)
    assert all(e["kind"] in KINDS for e in entries)
    assert len({e.key for e in HAND}) == len(HAND), "duplicate hand key"
    known = set(ids)
    for q in queries:
        assert set(q["relevant"]) <= known, q["q"]
        assert set(q["top3"]) <= set(q["relevant"]), q["q"]
        assert len(q["top3"]) <= 2, q["q"]
        assert q["why"].startswith("["), q["q"]
    empty = sum(1 for q in queries if not q["relevant"])
    assert 3 <= empty <= 5, empty
    assert 45 <= len(queries) <= 55, len(queries)
    labels = {lab for q in QUERIES for lab in q.labels.split()}
    assert all(e.labels <= labels | {"jeunes"} for e in HAND), "unknown label"


def main() -> None:
    data = build()
    validate(data)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    sizes = [len(q["relevant"]) for q in data["queries"]]
    print(
        f"{len(data['entries'])} entries, {len(data['queries'])} queries, "
        f"{sizes.count(0)} without answer, relevant sizes {sorted(sizes)}"
    )


if __name__ == "__main__":
    main()
