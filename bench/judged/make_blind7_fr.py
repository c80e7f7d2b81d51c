"""Blind judged relevance set "blind7_fr": fictional logbook of « Lire partout, lire ensemble », a cooperative project of the médiathèques network of the Communauté de communes des Coteaux du Lizon (Sunday/evening openings, médiabus, teens, FLE workshops, partners, grainothèque, repair café, survey, funding, staff, accessibility works); standard library only, seeded (random.Random(SEED)), deterministic."""
# ruff: noqa
#
# Writes blind7_fr.json beside this script, then re-reads it and checks it
# (ids 1..N in time order, every relevant/top3 id exists, top3 ⊆ relevant,
# stage/author references exist, no duplicate query text, ...). Any failed
# check raises SystemExit with a message.
#
# Entries are written with a stable internal key; ids are given after sorting
# by time. Queries name their relevant entries by key and are judged by hand,
# from the meaning of the entries.

import json
import random
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

SEED = 20240314
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
OUT = HERE / "blind7_fr.json"

LOGBOOK = {
    "title": "Lire partout, lire ensemble — réseau des médiathèques des Coteaux du Lizon",
    "description": (
        "Journal de bord du projet coopératif du réseau lecture de la Communauté de communes "
        "des Coteaux du Lizon (médiathèque La Filature à Saint-Aubin-sur-Lizon, médiathèque de "
        "Vernay, bibliothèque de Montreuil-le-Vieux, point lecture de Chazelles) : élargir les "
        "horaires (soirées, dimanches), remplacer le bibliobus par un médiabus qui dessert les "
        "villages, attirer les ados, accueillir les personnes allophones (ateliers FLE, "
        "alphabétisation, accompagnement numérique), travailler avec les écoles, l'EHPAD, le "
        "centre social, France Travail et la crèche, ouvrir une grainothèque et un repair café, "
        "évaluer avec les usagers et les non-usagers. Notes, photos, vocaux, témoignages et liens "
        "postés par l'équipe, d'octobre 2023 à septembre 2025."
    ),
}

STAGES = [
    {
        "id": "diagnostic",
        "title": "Escale 1 — Diagnostic partagé",
        "starts_on": "2023-10-02",
        "ends_on": "2024-01-31",
    },
    {
        "id": "coconstruction",
        "title": "Escale 2 — Co-construction des pistes",
        "starts_on": "2024-02-01",
        "ends_on": "2024-06-30",
    },
    {
        "id": "experimentation",
        "title": "Escale 3 — Expérimentation",
        "starts_on": "2024-07-01",
        "ends_on": "2024-12-31",
    },
    {
        "id": "deploiement",
        "title": "Escale 4 — Déploiement sur le réseau",
        "starts_on": "2025-01-01",
        "ends_on": "2025-06-15",
    },
    {
        "id": "evaluation",
        "title": "Escale 5 — Évaluation et suites",
        "starts_on": "2025-06-16",
        "ends_on": "2025-09-30",
    },
]

AUTHORS = [
    {"id": "claire", "name": "Claire Morvan"},  # coordinatrice du projet
    {"id": "jeanmarc", "name": "Jean-Marc Roussel"},  # directeur du réseau lecture
    {"id": "karim", "name": "Karim Benali"},  # médiabus
    {"id": "sophie", "name": "Sophie Lemaire"},  # jeunesse, ados, manga
    {"id": "thomas", "name": "Thomas Girard"},  # médiation numérique, gaming
    {"id": "nadia", "name": "Nadia Haddad"},  # ateliers FLE / alpha
    {"id": "elodie", "name": "Élodie Faure"},  # petite enfance, écoles
    {"id": "patrice", "name": "Patrice Bouvier"},  # bâtiments, technique
    {"id": "lucie", "name": "Lucie Carpentier"},  # évaluation, enquête
    {"id": "mathilde", "name": "Mathilde Rey"},  # bénévole référente
    {"id": "yannick", "name": "Yannick Le Goff"},  # bibliothécaire, représentant du personnel
]

KINDS = ("note", "photo", "audio", "video", "drawing", "testimony", "link")
ENTRIES = []


def E(
    key, when, kind, author, title, body="", tags="", caption="", transcript="", speaker="", role="", url=""
):
    ENTRIES.append(
        {
            "key": key,
            "when": when,
            "kind": kind,
            "author": author,
            "title": title,
            "body": body,
            "tags": tags.split(),
            "caption": caption,
            "transcript": transcript,
            "speaker_name": speaker,
            "speaker_role": role,
            "url": url,
        }
    )


# ---------------------------------------------------------------------------
# Escale 1 — diagnostic (octobre 2023 → janvier 2024)
# ---------------------------------------------------------------------------
E(
    "lancement",
    "2023-10-02 08:47",
    "note",
    "claire",
    "C'est parti !",
    "Lancement officiel de « Lire partout, lire ensemble » ce matin en réunion de service. Deux ans pour repenser notre réseau lecture : horaires, bibliobus, publics qu'on ne voit jamais. Première escale : le diagnostic, jusqu'à fin janvier. Postez ici tout ce qui peut servir, même les petits trucs, même en vrac.",
    "lancement projet",
)
E(
    "photo_lancement",
    "2023-10-02 12:10",
    "photo",
    "claire",
    "Tout le monde sur la photo",
    "",
    "lancement équipe",
    caption="Les 17 agents du réseau et une dizaine de bénévoles dans la salle d'animation de la Filature, le jour du lancement.",
)
E(
    "cles_service",
    "2023-10-03 11:40",
    "note",
    "patrice",
    "Clés de la porte de service",
    "J'ai fait refaire 4 jeux de clés pour la porte de service de la Filature. Ils sont dans la boîte grise du bureau. Merci de noter sur le cahier quand vous en prenez un, et de le remettre le soir.",
    "clés logistique",
)
E(
    "diag_horaires",
    "2023-10-05 14:20",
    "note",
    "claire",
    "Nos horaires, comparés",
    "Petit état des lieux : la Filature est ouverte 22 h par semaine, Vernay 14 h, Montreuil 6 h (tenue par les bénévoles), le point lecture de Chazelles 2 h. Fermé partout le dimanche, et rien après 18 h sauf le mercredi à Saint-Aubin (18 h 30). Pour une ville-centre de 6 000 habitants, la moyenne nationale tourne plutôt autour de 30 h. On est clairement en dessous.",
    "horaires diagnostic",
)
E(
    "bibliobus_vieux",
    "2023-10-09 07:55",
    "photo",
    "karim",
    "Notre vieux bibliobus",
    "Photo prise ce matin avant de partir sur Fontclair.",
    "médiabus véhicule diagnostic",
    caption="Le bibliobus de 1998 au dépôt de Vernay. 310 000 km, la boîte de vitesses qui craque à chaque côte. Il va falloir penser à le remplacer.",
)
E(
    "budget_previsionnel",
    "2023-10-10 16:05",
    "note",
    "jeanmarc",
    "Enveloppe du projet",
    "Ordre de grandeur pour les deux ans : autour de 480 k€ tout compris, véhicule inclus. Pistes de financement : DRAC (DGD pour les horaires, contrat territoire-lecture), Département, DSIL pour l'investissement, le reste sur le budget de la comcom. Je vois la DRAC la semaine prochaine.",
    "budget financement",
)
E(
    "college_cpe",
    "2023-10-11 17:30",
    "note",
    "sophie",
    "Rencontre au collège Jean-Moulin",
    "Vu la CPE et la prof-doc du collège cet après-midi. Constat partagé : après la 6e, les collégiens ne mettent quasiment plus les pieds à la médiathèque. Elles proposent que je vienne au CDI sur la pause méridienne pour en parler directement avec des 4e-3e.",
    "ados collège diagnostic",
)
E(
    "conte_etat",
    "2023-10-12 10:05",
    "note",
    "elodie",
    "L'heure du conte, où on en est",
    "L'heure du conte du mercredi matin à la Filature réunit 4 à 6 enfants, toujours les mêmes. Celle du samedi à Vernay s'est arrêtée en 2022 faute de bénévole. À relancer, mais autrement.",
    "conte enfants diagnostic",
)
E(
    "microtrottoir",
    "2023-10-13 12:45",
    "audio",
    "lucie",
    "Micro-trottoir au marché",
    "Premier micro-trottoir au marché du vendredi, 12 personnes interrogées. Un extrait.",
    "enquête horaires non-usagers",
    transcript="Alors euh… la médiathèque, oui je connais, je passe devant. Mais bon, je bosse à la zone d'activité, je sors à six heures, le temps de récupérer les gamins chez la nounou, c'est fermé. Et le samedi, bah… le samedi c'est les courses, le foot du petit… Si c'était ouvert un soir jusqu'à huit heures, ouais, pourquoi pas. Ou le dimanche, tiens.",
)
E(
    "cada_demande",
    "2023-10-16 10:40",
    "note",
    "nadia",
    "Demande du CADA de Vernay",
    "Le CADA de Vernay nous sollicite : une quinzaine d'adultes demandeurs d'asile (afghans, soudanais, quelques géorgiens) attendent des cours de français depuis des mois. Le centre social est complet. On pourrait accueillir un groupe à la médiathèque de Vernay le mardi matin ?",
    "fle cada partenariat",
)
E(
    "ecoles_etat",
    "2023-10-18 10:15",
    "note",
    "elodie",
    "Les écoles et nous",
    "État des lieux côté scolaires : sur les 14 écoles du territoire, 6 ne viennent jamais en médiathèque (trop loin, pas de car). Pour elles, la seule bibliothèque, c'est le passage du bibliobus toutes les trois semaines. Les 8 autres viennent 2 à 3 fois par an.",
    "écoles diagnostic médiabus",
)
E(
    "ehpad_contact",
    "2023-10-19 15:00",
    "note",
    "claire",
    "Premier contact avec l'EHPAD Les Tilleuls",
    "Rendez-vous avec l'animatrice de l'EHPAD de Vernay. 64 résidents, une petite bibliothèque de dons jamais renouvelée, des gens qui ne descendent plus au bourg. Leurs demandes : des lectures à voix haute, des livres en gros caractères, et pourquoi pas des livres audio.",
    "ehpad seniors partenariat diagnostic",
)
E(
    "drac_tel",
    "2023-10-20 09:30",
    "note",
    "jeanmarc",
    "Échange avec la DRAC",
    "Appel avec la conseillère livre et lecture de la DRAC. Elle nous encourage à déposer un dossier au concours particulier de la DGD pour l'extension des horaires, et voit bien le projet entrer dans un contrat territoire-lecture courant 2024. Dossier DGD à monter avant le 15 décembre.",
    "financement drac dgd",
)
E(
    "link_orsenna",
    "2023-10-23 18:10",
    "link",
    "claire",
    "Rapport « Voyage au pays des bibliothèques »",
    "Pour celles et ceux qui ne l'ont pas lu : le rapport Orsenna de 2018 sur l'ouverture des bibliothèques. Toujours la référence dans nos débats sur les horaires.",
    "horaires ressources",
    url="https://www.culture.gouv.fr/Espace-documentation/Rapports/Voyage-au-pays-des-bibliotheques-Lire-aujourd-hui-lire-demain",
)
E(
    "centre_social_rencontre",
    "2023-10-24 11:20",
    "note",
    "nadia",
    "Rencontre avec le centre social",
    "Le centre social Le Trait d'Union fait déjà de l'alpha avec deux bénévoles, mais leurs trois groupes sont pleins. Ils manquent de salles et de livres adaptés (méthodes FLE, romans faciles à lire). Grosse envie de travailler ensemble, on se revoit en novembre.",
    "centre-social fle alphabétisation partenariat diagnostic",
)
E(
    "agents_dimanche_1",
    "2023-10-25 13:50",
    "note",
    "yannick",
    "Le dimanche, entre collègues",
    "Réunion informelle entre agents ce midi, à la demande de plusieurs collègues. Beaucoup d'inquiétude sur le dimanche : qui va bosser, volontariat ou pas, quelle compensation, qui garde les enfants ? La CGT demande à être associée dès le départ. Je fais remonter à Jean-Marc.",
    "dimanche personnel syndicat",
)
E(
    "karim_villedieu",
    "2023-10-26 16:12",
    "audio",
    "karim",
    "Arrêt de Villedieu",
    "Vocal envoyé depuis la tournée.",
    "médiabus tournée diagnostic",
    transcript="Bon, là je suis à Villedieu, il est… seize heures dix. Y a personne. Y a jamais personne à cet arrêt depuis que l'école a fermé l'an dernier. Je fais trente bornes aller-retour pour rien, faut vraiment qu'on revoie les arrêts, hein. Allez, je repars sur Le Breuil.",
)
E(
    "grainotheque_idee",
    "2023-10-27 19:02",
    "photo",
    "mathilde",
    "Vu à Bressac",
    "Visite d'inspiration samedi dernier chez nos voisins.",
    "grainothèque idée",
    caption="La boîte à graines de la médiathèque de Bressac : des petits tiroirs en bois, des sachets kraft, un cahier pour noter ce qu'on prend. On fait pareil ?",
)
E(
    "wifi_oct23",
    "2023-10-30 09:05",
    "note",
    "thomas",
    "Wifi public",
    "Le code du wifi public change ce lundi : Filature2023! (avec le point d'exclamation). Le réseau agents ne bouge pas.",
    "wifi informatique",
)
E(
    "tournee_actuelle",
    "2023-11-02 17:40",
    "note",
    "karim",
    "La tournée telle qu'elle est",
    "Pour le diagnostic : aujourd'hui le bibliobus fait 9 arrêts toutes les trois semaines, seulement les mardis et jeudis, presque tous devant des écoles. Le samedi on ne passe nulle part. Conclusion : les adultes qui travaillent ne nous voient jamais, et les anciens qui ne conduisent plus non plus.",
    "médiabus tournée diagnostic",
)
E(
    "escalier_filature",
    "2023-11-03 10:30",
    "photo",
    "patrice",
    "L'escalier de la Filature",
    "Pour le diagnostic accessibilité.",
    "accessibilité filature diagnostic",
    caption="Le seul accès à l'étage : 22 marches, pas d'ascenseur. L'espace ado et la salle d'étude sont là-haut.",
)
E(
    "questionnaire_brouillon",
    "2023-11-06 14:00",
    "note",
    "lucie",
    "Brouillon du questionnaire",
    "Première version du questionnaire usagers / non-usagers : 24 questions, 10 minutes max. Diffusion papier dans les mairies, en ligne, et passations en face à face au marché et à la sortie des écoles. Relisez-moi svp avant vendredi, surtout les questions sur les horaires !",
    "enquête questionnaire évaluation",
)
E(
    "link_publics2016",
    "2023-11-07 09:20",
    "link",
    "lucie",
    "Enquête nationale sur les publics",
    "L'enquête du ministère sur les publics et usages des bibliothèques municipales (2016). Ça nous servira de point de comparaison.",
    "enquête ressources",
    url="https://www.culture.gouv.fr/Thematiques/Livre-et-lecture/Documentation/Publics-et-usages-des-bibliotheques-municipales-en-2016",
)
E(
    "cdi_4e",
    "2023-11-08 13:35",
    "audio",
    "sophie",
    "Au CDI avec des 4e",
    "Discussion au CDI pendant la pause de midi, 11 élèves de 4e. Enregistré avec leur accord.",
    "ados collège manga gaming diagnostic",
    transcript="— Ben en vrai la médiathèque c'est pour les petits. Ou pour réviser quand t'as pas le choix. — Moi j'irais s'il y avait des mangas, genre les nouveaux, pas ceux d'il y a dix ans. — Et des jeux ! Y a des médiathèques où t'as une Switch, mon cousin il y va. — Mais faut que ce soit ouvert quand on sort, pas fermé à cinq heures quoi. — Et qu'on puisse parler sans se faire chut.",
)
E(
    "creche_contact",
    "2023-11-09 11:00",
    "note",
    "elodie",
    "La crèche des P'tits Loups",
    "La directrice de la crèche voudrait qu'on vienne lire une fois par mois aux tout-petits et qu'on leur prête une caisse d'albums cartonnés. Elle demande aussi si les assistantes maternelles du relais petite enfance pourraient venir un matin en semaine.",
    "crèche petite-enfance partenariat",
)
E(
    "plannings_actuels",
    "2023-11-10 15:45",
    "note",
    "yannick",
    "Où on en est des plannings",
    "Pour info : on est 9,4 ETP sur le réseau, dont 2 mi-temps. Le planning tourne sur 3 semaines et il est déjà tendu avec les congés. Si on ajoute le dimanche sans recruter, ça casse tout : il faudra au minimum un poste en plus.",
    "personnel planning horaires",
)
E(
    "parking_noel23",
    "2023-11-14 08:30",
    "note",
    "patrice",
    "Parking du personnel",
    "Le marché de Noël occupe le parking derrière la Filature du 1er au 24 décembre. Garez-vous place de la Poste ou au gymnase.",
    "parking logistique",
)
E(
    "md_rdv",
    "2023-11-15 17:00",
    "note",
    "claire",
    "Rendez-vous à la médiathèque départementale",
    "La MD nous prête environ 3 000 documents par an et forme nos bénévoles. Pour remplacer le bibliobus, pas de véhicule commun possible, mais une aide à l'investissement du Département n'est pas exclue. À creuser avec Jean-Marc.",
    "département médiabus",
)
E(
    "syndicats_16nov",
    "2023-11-16 12:20",
    "note",
    "yannick",
    "Réunion avec les syndicats, 16/11",
    "Réunion ce matin avec Jean-Marc, la DRH de la comcom, la CGT et FO. Ce qu'on a demandé : volontariat strict pour le dimanche, heures majorées à 100 % ou récupérées double, pas plus d'un dimanche sur quatre par agent. Jean-Marc ne s'engage pas sur la majoration avant d'avoir le financement. Prochaine réunion en janvier.",
    "syndicat dimanche personnel",
)
E(
    "alpha_ou_fle",
    "2023-11-20 18:00",
    "note",
    "nadia",
    "Alpha ou FLE ?",
    "Attention, dans le groupe envoyé par le CADA, tout le monde n'a pas le même niveau : 5 personnes ne lisent pas l'alphabet latin, 2 ne sont jamais allées à l'école. Il faut distinguer un groupe d'alphabétisation et un groupe FLE pour celles et ceux qui savent déjà lire et écrire dans leur langue.",
    "fle alphabétisation cada",
)
E(
    "sandrine",
    "2023-11-22 10:10",
    "testimony",
    "lucie",
    "« C'est pas pour moi »",
    "Les bibliothèques, honnêtement, j'ai jamais été à l'aise. On a l'impression qu'il faut être silencieux, savoir ce qu'on cherche, et moi je sais pas. Et puis avec mes horaires de nuit, quand c'est ouvert, je dors. Mes enfants y vont avec l'école, ça oui, c'est bien.",
    "enquête non-usagers témoignage",
    speaker="Sandrine",
    role="aide-soignante, 41 ans, habitante de Chazelles",
)
E(
    "link_premieres_pages",
    "2023-11-23 14:30",
    "link",
    "elodie",
    "Premières pages",
    "Le programme national d'éveil des tout-petits aux livres, à creuser avec la crèche et le RPE.",
    "petite-enfance ressources",
    url="https://www.culture.gouv.fr/Thematiques/Livre-et-lecture/Actions-de-sensibilisation/Premieres-pages",
)
E(
    "postes_publics",
    "2023-11-24 16:40",
    "note",
    "thomas",
    "Les postes publics",
    "Diagnostic numérique : 6 postes publics à la Filature dont 2 HS, aucun à Vernay. Ils sont très demandés pour les démarches (CAF, impôts, carte grise), mais personne n'est dispo pour accompagner, et les gens repartent souvent sans avoir rien pu faire.",
    "numérique démarches diagnostic",
)
E(
    "reunion_equipe_27nov",
    "2023-11-27 12:15",
    "note",
    "claire",
    "Réunion d'équipe du lundi",
    "Points du jour : planning des passations d'enquête en janvier, préparation du COPIL du 18 décembre, et qui organise le pot de départ de Monique le 15 ? (c'est en soirée, à partir de 18 h, prévoyez).",
    "équipe",
)
E(
    "dossier_dgd",
    "2023-11-28 11:15",
    "note",
    "jeanmarc",
    "Dossier DGD : il me faut vos scénarios",
    "Je monte le dossier pour le concours particulier de la DGD (extension des horaires d'ouverture). L'État peut financer jusqu'à 80 % du surcoût de personnel pendant 5 ans. Il me faut le scénario d'horaires cible pour le 10 décembre au plus tard.",
    "financement drac dgd horaires",
)
E(
    "marche_vernay",
    "2023-11-29 09:45",
    "photo",
    "patrice",
    "L'entrée de Vernay",
    "Relevé pour le diagnostic accessibilité.",
    "accessibilité vernay diagnostic",
    caption="La marche de 17 cm devant la médiathèque de Vernay. Impossible en fauteuil, galère avec une poussette.",
)
E(
    "repair_idee",
    "2023-11-30 20:30",
    "note",
    "mathilde",
    "Et un repair café ?",
    "Plusieurs membres de l'asso Lizon en Transition bricolent déjà chez eux. Ils seraient partants pour tenir un repair café un samedi par mois dans la salle d'animation : petit électroménager, couture, informatique, jouets. Ça ferait venir du monde qui ne met jamais les pieds à la médiathèque.",
    "repair-café bénévoles",
)
E(
    "mael_lyceen",
    "2023-12-01 17:25",
    "testimony",
    "lucie",
    "Un lycéen qui ne vient plus",
    "J'y allais quand j'étais petit, avec ma mère. Maintenant je lis sur mon téléphone, des webtoons, des scans. La bib, ça me sert à rien, sauf pour le wifi quand j'attends le car.",
    "ados non-usagers témoignage enquête",
    speaker="Maël",
    role="lycéen, 16 ans, Saint-Aubin",
)
E(
    "link_ctl",
    "2023-12-04 09:40",
    "link",
    "jeanmarc",
    "C'est quoi un CTL ?",
    "La page du ministère sur les contrats territoire-lecture, pour ceux qui se demandent ce qu'on va signer.",
    "ctl ressources",
    url="https://www.culture.gouv.fr/Thematiques/Livre-et-lecture/Les-bibliotheques-publiques/Les-contrats-territoire-lecture-CTL",
)
E(
    "scenarios_horaires",
    "2023-12-05 18:20",
    "note",
    "claire",
    "Trois scénarios d'horaires",
    "Scénario A : dimanche matin 10h-13h à la Filature, toute l'année. Scénario B : nocturne jusqu'à 20 h le jeudi + dimanche après-midi d'octobre à avril. Scénario C : pas de dimanche, mais ouverture entre midi et deux. Vote de l'équipe ce soir : B en tête avec 11 voix sur 17.",
    "horaires dimanche nocturne",
)
E(
    "devis_vehicule",
    "2023-12-07 10:05",
    "note",
    "karim",
    "Devis pour un nouveau véhicule",
    "Deux devis reçus : 168 000 € HT pour un porteur carrossé avec hayon et auvent, 142 000 € pour un utilitaire aménagé (moins de place, mais conduisible avec le permis B). Avec le gros il faut le permis C, et aujourd'hui je suis le seul à l'avoir…",
    "médiabus véhicule budget",
)
E(
    "benevoles_etat",
    "2023-12-08 15:30",
    "note",
    "mathilde",
    "Les bénévoles, état des lieux",
    "27 bénévoles sur le réseau, moyenne d'âge 68 ans, la plupart à Montreuil où ils tiennent la bibliothèque. Pas de charte, pas de formation depuis 2019, et personne ne sait vraiment qui est assuré pour quoi.",
    "bénévoles diagnostic",
)
E(
    "fle_premier_atelier",
    "2023-12-12 12:30",
    "note",
    "nadia",
    "Premier atelier de français à Vernay",
    "Ce matin, premier atelier à Vernay : 9 présents sur 12 inscrits. Au programme : se présenter, les jours de la semaine, et la visite de la médiathèque. Deux mamans sont venues avec leurs bébés, il faudra prévoir un coin enfants.",
    "fle vernay cada",
)
E(
    "sapin_livres",
    "2023-12-12 17:50",
    "photo",
    "elodie",
    "Le sapin de livres",
    "Il tient debout, miracle.",
    "noël animation",
    caption="Le sapin en livres désherbés monté par les enfants de l'accueil de loisirs.",
)
E(
    "rayon_ados",
    "2023-12-13 11:10",
    "photo",
    "sophie",
    "Le rayon ados aujourd'hui",
    "Avant / après à venir, promis.",
    "ados manga diagnostic",
    caption="Le rayon ados de la Filature : 4 étagères, des romans de 2012, trois mangas qui se battent en duel.",
)
E(
    "panne_internet",
    "2023-12-14 09:15",
    "note",
    "thomas",
    "Plus de réseau à la Filature",
    "Plus d'internet depuis ce matin, l'opérateur intervient demain. Les postes publics sont hors service, prévenez les usagers à l'accueil. Le catalogue en ligne marche toujours depuis chez soi.",
    "informatique panne",
)
E(
    "dgd_depose",
    "2023-12-15 16:30",
    "note",
    "jeanmarc",
    "Dossier DGD déposé",
    "Dossier envoyé à la DRAC ce matin avec le scénario B : nocturne jusqu'à 20 h le jeudi toute l'année, et dimanche 14h-18h d'octobre à avril à la Filature. Coût estimé : 1,5 ETP + fonctionnement, soit environ 72 000 € par an.",
    "financement drac dgd dimanche nocturne",
)
E(
    "copil1",
    "2023-12-18 19:40",
    "note",
    "claire",
    "COPIL n°1 : compte rendu",
    "Présents : le vice-président à la culture, les maires de Vernay et de Montreuil-le-Vieux, la DRAC (en visio), la médiathèque départementale, la CAF, le centre social, deux représentants du personnel. 1) Diagnostic : fréquentation en baisse de 12 % depuis 2019, 18 % de la population inscrite, très peu de 12-25 ans. 2) Horaires : le scénario B (nocturne le jeudi + dimanches d'hiver) est retenu pour un test, sous réserve du financement DGD et d'un accord avec le personnel sur le volontariat. 3) Bibliobus : à remplacer, le Département pourrait participer à hauteur de 30 %. 4) Publics prioritaires : les ados, les personnes allophones, les personnes âgées isolées. 5) Enquête usagers / non-usagers lancée en janvier. 6) Bâtiments : diagnostic accessibilité à finaliser. Prochain COPIL au printemps.",
    "copil gouvernance",
)
E(
    "cp_mazerolles",
    "2023-12-19 14:25",
    "photo",
    "karim",
    "Les CP de Mazerolles",
    "",
    "médiabus écoles",
    caption="Les CP de Mazerolles dans le bibliobus, dernière tournée avant les vacances. Ils ont choisi 43 livres !",
)
E(
    "fermeture_noel23",
    "2023-12-20 10:00",
    "note",
    "claire",
    "Fermetures de fin d'année",
    "Rappel : tout le réseau est fermé du 24 décembre au 1er janvier inclus, sauf la Filature ouverte le 28 et le 29 de 10h à 17h. Pas de tournée du bibliobus.",
    "horaires fermeture",
)
E(
    "code_alarme",
    "2023-12-22 12:00",
    "note",
    "patrice",
    "Code alarme",
    "Nouveau code d'alarme à partir du 2 janvier. Je vous le donne de vive voix, pas ici svp !",
    "sécurité",
)
E(
    "chauffage_janv",
    "2024-01-03 08:25",
    "note",
    "patrice",
    "Chauffage coupé",
    "Le chauffage de la Filature a été coupé pendant les vacances par erreur, il fait 12° ce matin. Gardez vos manteaux jusqu'à midi, ça remonte doucement.",
    "bâtiment filature",
)
E(
    "galette24",
    "2024-01-05 13:15",
    "photo",
    "jeanmarc",
    "Galette",
    "",
    "équipe",
    caption="Galette des rois en salle du conseil communautaire, toute l'équipe du réseau. Yannick a eu la fève deux fois.",
)
E(
    "questionnaire_en_ligne",
    "2024-01-08 09:00",
    "note",
    "lucie",
    "Le questionnaire est en ligne !",
    "L'enquête est lancée jusqu'au 29 février : questionnaire en ligne, version papier dans les 14 mairies et aux accueils des médiathèques, et des passations au marché, à la sortie des écoles, au supermarché. Objectif : 600 réponses, dont au moins un tiers de non-usagers.",
    "enquête questionnaire",
)
E(
    "link_questionnaire",
    "2024-01-08 09:10",
    "link",
    "lucie",
    "Le lien à partager",
    "À partager partout : page Facebook de la comcom, groupes WhatsApp des parents d'élèves, PanneauPocket des communes.",
    "enquête questionnaire",
    url="https://framaforms.org/lire-partout-coteaux-du-lizon-2024",
)
E(
    "diag_accessibilite",
    "2024-01-10 11:30",
    "note",
    "patrice",
    "Synthèse accessibilité",
    "Synthèse du diagnostic (Ad'AP) : Filature → étage inaccessible, pas de boucle magnétique, signalétique illisible. Vernay → marche d'entrée, toilettes non adaptées, banque d'accueil trop haute. Montreuil → OK sauf signalétique et toilettes. Chazelles → local en mairie, accessible.",
    "accessibilité diagnostic travaux",
)
E(
    "syndicats_janv",
    "2024-01-11 15:00",
    "note",
    "yannick",
    "Syndicats : accord de principe",
    "Accord de principe obtenu ce matin : dimanches au volontariat, heures du dimanche majorées à 100 % (payées ou récupérées au choix), maximum un dimanche par mois par agent, et recrutement d'un contractuel si la DGD est accordée. La CGT réserve sa signature jusqu'au vote en conseil communautaire.",
    "syndicat dimanche personnel",
)
E(
    "nuits_programme",
    "2024-01-12 10:20",
    "note",
    "elodie",
    "Nuits de la lecture : le programme",
    "Samedi 20 janvier, de 18 h à 23 h à la Filature : lecture en pyjama pour les petits, escape game pour les ados, lecture des textes de l'atelier d'écriture, soupe pour tout le monde. Première ouverture en soirée depuis des années ! Il me faut 4 volontaires pour la soupe.",
    "nuit-de-la-lecture animation soirée",
)
E(
    "ehpad_premiere_lecture",
    "2024-01-16 18:40",
    "note",
    "mathilde",
    "Première lecture aux Tilleuls",
    "Première séance de lecture à voix haute à l'EHPAD hier après-midi, avec Josiane et Bernard (bénévoles). 14 résidents, des nouvelles de Maupassant et des poèmes de Prévert. Mme Rougier a récité « Le cancre » en entier, par cœur. Très émouvant. Ils veulent qu'on revienne tous les 15 jours.",
    "ehpad lecture bénévoles",
)
E(
    "commande_mangas",
    "2024-01-17 16:00",
    "note",
    "sophie",
    "Grosse commande de mangas",
    "Commande passée à la librairie La Cour des Contes : 120 mangas (One Piece, Jujutsu Kaisen, Spy×Family, Blue Lock, Frieren…). Ce sont les élèves rencontrés au CDI qui ont fait la liste, c'est eux qui choisissent !",
    "manga ados acquisitions",
)
E(
    "questionnaire_agents",
    "2024-01-18 12:45",
    "note",
    "yannick",
    "Ce qu'en pensent les agents",
    "Résultat du petit questionnaire interne : 9 agents sur 17 d'accord pour faire des dimanches si c'est au volontariat et majoré. 3 absolument contre. Les collègues de Vernay préfèrent nettement les nocturnes.",
    "personnel dimanche nocturne",
)
E(
    "fle_coin_enfants",
    "2024-01-19 11:50",
    "note",
    "nadia",
    "Un coin enfants pendant l'atelier",
    "Coin enfants installé à Vernay pendant l'atelier de français du mardi : un tapis, des albums, et une bénévole qui lit aux petits pendant que les mamans travaillent. Du coup 3 mamans de plus sont venues.",
    "fle vernay petite-enfance",
)
E(
    "nuits_pyjama",
    "2024-01-20 18:45",
    "photo",
    "elodie",
    "Lecture en pyjama",
    "Nuits de la lecture, ça démarre fort.",
    "nuit-de-la-lecture animation",
    caption="Une trentaine d'enfants en pyjama avec leurs doudous pour la lecture de 18 h 30.",
)
E(
    "nuits_bilan",
    "2024-01-22 09:30",
    "note",
    "claire",
    "Nuits de la lecture : bilan",
    "Environ 210 personnes samedi soir, dont beaucoup qu'on ne voit jamais en journée. L'escape game des ados a fait le plein (4 sessions de 6). Preuve qu'une ouverture en soirée peut marcher : à garder en tête pour la nocturne du jeudi.",
    "nuit-de-la-lecture bilan soirée ados",
)
E(
    "ines_temoignage",
    "2024-01-22 17:00",
    "testimony",
    "sophie",
    "Inès, après l'escape game",
    "Franchement je pensais que ça allait être nul, mais l'escape game c'était trop bien, on a fini en 38 minutes. Je savais même pas qu'il y avait un étage à la médiathèque. Je reviendrai s'il y a d'autres trucs le soir.",
    "ados témoignage nuit-de-la-lecture",
    speaker="Inès",
    role="élève de 3e au collège Jean-Moulin",
)
E(
    "givre_bibliobus",
    "2024-01-24 08:20",
    "photo",
    "karim",
    "Tournée sous le givre",
    "Devis du garagiste attendu, je ne sais même pas si ça vaut le coup de réparer.",
    "médiabus panne hiver",
    caption="Le bibliobus sous le givre à Saint-Pardoux. Le chauffage de la cellule est en panne depuis lundi, tournée faite en doudoune et bonnet.",
)
E(
    "md_aide_mb",
    "2024-01-25 17:10",
    "note",
    "jeanmarc",
    "Médiabus : le Département suit",
    "Bonne nouvelle : la vice-présidente du Département confirme une aide à l'investissement de 30 % pour le futur médiabus (plafonnée à 50 000 €), au titre du plan départemental de lecture publique. Reste à trouver le complément : DSIL ? DRAC ?",
    "médiabus financement département",
)
E(
    "repair_salle",
    "2024-01-26 11:00",
    "note",
    "mathilde",
    "Repair café : on a une salle",
    "Accord de Claire pour la salle d'animation de la Filature le 3e samedi du mois, de 9h30 à 12h30. Question assurance : l'asso Lizon en Transition est couverte, c'est réglé. Premier rendez-vous au printemps.",
    "repair-café",
)
E(
    "frigo",
    "2024-01-29 08:50",
    "note",
    "yannick",
    "Frigo de la salle de pause",
    "Grand nettoyage du frigo vendredi. Tout ce qui n'est pas étiqueté part à la poubelle, vous êtes prévenus 🙂",
    "logistique",
)
E(
    "farid_audio",
    "2024-01-30 11:45",
    "audio",
    "nadia",
    "Parole d'apprenant",
    "Enregistré à la fin de l'atelier du mardi, Farid était d'accord pour qu'on le diffuse.",
    "fle témoignage",
    transcript="Moi c'est Farid, je viens d'Afghanistan. Euh… avant je… je parle pas, je comprends pas la dame à la pharmacie. Maintenant, un peu. J'ai appris « ordonnance », « rendez-vous »… Et ma fille, elle prend les livres ici, pour l'école. C'est… c'est bien, la bibliothèque. C'est gratuit, c'est calme.",
)
E(
    "fin_diagnostic",
    "2024-01-31 18:00",
    "note",
    "claire",
    "Fin de l'escale diagnostic",
    "On clôt le diagnostic. Ce qu'on retient : des horaires inadaptés aux actifs, un bibliobus à bout de souffle qui ne passe jamais le samedi, des ados qui décrochent après la 6e, une vraie demande d'apprentissage du français, des bâtiments peu accessibles (Vernay, étage de la Filature), des bénévoles fatigués. Place à la co-construction !",
    "diagnostic synthèse",
)

# ---------------------------------------------------------------------------
# Escale 2 — co-construction (février → juin 2024)
# ---------------------------------------------------------------------------
E(
    "atelier_coco_photo",
    "2024-02-01 21:50",
    "photo",
    "claire",
    "Table médiabus",
    "Atelier habitants ce soir, on a fini à 22 h passées !",
    "co-construction médiabus habitants",
    caption="Les post-it de la table bibliobus : « passer à Chalvignac le samedi », « du wifi dans le bus », « s'arrêter devant le stade », « des gros caractères pour mamie ».",
)
E(
    "atelier_coco1",
    "2024-02-02 09:15",
    "note",
    "claire",
    "Atelier de co-construction n°1",
    "Hier soir, 34 habitants autour des tables à la Filature. Trois tables : horaires, bibliobus, jeunes. Idées en vrac : ouvrir le dimanche pendant le marché d'hiver, un bus qui s'arrête devant le stade le samedi, un coin gaming, des permanences d'aide aux papiers, une boîte à graines, un coin café pour discuter. Compte rendu détaillé dans le dossier partagé.",
    "co-construction habitants",
)
E(
    "dsil_depot",
    "2024-02-05 16:20",
    "note",
    "jeanmarc",
    "Dossier DSIL",
    "Dossier DSIL déposé en sous-préfecture pour deux investissements : le médiabus et la mise en accessibilité de l'étage de la Filature (ascenseur ou plateforme). Réponse attendue en juin.",
    "financement médiabus accessibilité",
)
E(
    "permanence_numerique",
    "2024-02-07 10:30",
    "note",
    "thomas",
    "Permanence numérique du jeudi",
    "Je lance une permanence d'accompagnement numérique le jeudi de 14 h à 17 h à la Filature : créer une adresse mail, faire sa déclaration CAF, prendre rendez-vous en ligne pour un titre de séjour, l'ANTS, Ameli… Sans rendez-vous. Trois personnes de l'atelier de Nadia sont déjà inscrites.",
    "numérique démarches",
)
E(
    "sondage_insta",
    "2024-02-09 16:20",
    "note",
    "sophie",
    "Mini-sondage chez les collégiens",
    "En parallèle de l'enquête de Lucie, j'ai fait un sondage en story avec le compte Insta du foyer du collège : 143 réponses. Top 3 des envies : des mangas, des jeux vidéo, un endroit pour se poser après les cours sans être surveillés. Et 60 % ne savent pas que l'inscription est gratuite.",
    "ados enquête collège",
)
E(
    "enquete_mi_parcours",
    "2024-02-12 14:10",
    "note",
    "lucie",
    "Enquête : point à mi-parcours",
    "327 réponses au 12 février. Gros déséquilibre : 78 % d'usagers actuels. Les non-usagers ne répondent pas en ligne, sans surprise. On double les passations en face à face : marché de Vernay samedi, Intermarché mercredi, sortie du collège vendredi.",
    "enquête non-usagers",
)
E(
    "visite_bressac",
    "2024-02-13 19:00",
    "note",
    "claire",
    "Visite à Bressac",
    "Visite de la médiathèque de Bressac, ouverte le dimanche depuis 2021 : 4 agents volontaires + 1 vacataire, ambiance « salon familial », beaucoup de pères avec leurs enfants. Leurs conseils : commencer par l'hiver, ne pas ouvrir l'été, et soigner le ménage du lundi.",
    "dimanche visite",
)
E(
    "intermarche_audio",
    "2024-02-14 10:00",
    "audio",
    "lucie",
    "Passation à l'Intermarché",
    "Une des 41 passations d'hier à l'Intermarché de Saint-Aubin.",
    "enquête non-usagers",
    transcript="— Vous allez à la médiathèque ? — Ah non. Non non. La dernière fois c'était… pff, j'étais au collège. — Et qu'est-ce qui vous ferait venir ? — Je sais pas… s'il y avait des trucs pour mon fils. Il est autiste, il adore les jeux vidéo, mais tout ce qui est bruit et foule c'est compliqué. Des créneaux calmes, peut-être ? Et pas le mercredi, le mercredi c'est orthophoniste.",
)
E(
    "groupe_mb",
    "2024-02-15 18:15",
    "note",
    "karim",
    "Groupe de travail médiabus",
    "On était 8 : moi, Jean-Marc, deux maires, deux parents d'élèves, une bénévole de Montreuil, le CCAS. Décisions : nouvelle tournée avec un arrêt le samedi matin dans les 3 plus gros villages, un arrêt mensuel devant l'EHPAD, et un arrêt au city-stade de Chalvignac le mercredi après-midi pour les jeunes. On supprime Villedieu.",
    "médiabus tournée co-construction",
)
E(
    "alarme_pigeon",
    "2024-02-16 08:05",
    "note",
    "patrice",
    "Alarme de Vernay",
    "L'alarme de Vernay s'est déclenchée cette nuit à 3 h : un pigeon dans le hall. L'agent de gardiennage est passé, rien de volé, rien de cassé.",
    "sécurité vernay",
)
E(
    "tri_dons",
    "2024-02-19 15:40",
    "photo",
    "mathilde",
    "Tri des dons à Montreuil",
    "",
    "bénévoles montreuil",
    caption="Les bénévoles de Montreuil trient les dons de livres : 40 cartons, on en garde à peine un sur dix.",
)
E(
    "conseil_jeunes_idee",
    "2024-02-20 11:40",
    "note",
    "sophie",
    "Un conseil des jeunes ?",
    "Idée qui revient dans les ateliers : donner aux ados un vrai pouvoir de décision. Je propose un « conseil jeunes » de 10-12 collégiens et lycéens, avec un budget d'acquisition (2 000 €) et leur mot à dire sur l'aménagement de l'étage. Le conseil municipal des jeunes de Saint-Aubin est partant pour relayer.",
    "ados conseil-des-jeunes",
)
E(
    "fle_appel_benevoles",
    "2024-02-22 17:30",
    "note",
    "nadia",
    "On cherche des bénévoles pour le français",
    "On cherche 4 à 6 bénévoles pour co-animer les ateliers de français (mardi matin à Vernay, vendredi après-midi à la Filature). Pas besoin d'être prof, mais une formation de deux jours avec le centre ressources illettrisme est obligatoire, les 7 et 8 mars.",
    "fle bénévoles formation",
)
E(
    "rpe_audio",
    "2024-02-23 12:00",
    "audio",
    "elodie",
    "Réunion avec le RPE",
    "Notes vocales après la réunion avec l'animatrice du relais petite enfance.",
    "petite-enfance rpe",
    transcript="Donc euh… les assistantes maternelles elles demandent un créneau où elles peuvent venir sans le public, avec les petits, le jeudi matin ce serait l'idéal… Elles voudraient aussi qu'on leur prête des tapis de lecture, des kamishibaïs… et, euh, une formation comptines, elles sont très demandeuses. Je vois avec Claire pour le jeudi.",
)
E(
    "incos_2024",
    "2024-02-26 15:20",
    "note",
    "elodie",
    "Prix des Incorruptibles",
    "Six classes du réseau inscrites au prix des Incorruptibles (RPI Fontclair-Mazerolles, école de Vernay, CM2 de Saint-Aubin). Le bibliobus apportera les sélections dans les écoles des villages.",
    "écoles prix médiabus",
)
E(
    "link_dgd",
    "2024-02-28 10:00",
    "link",
    "jeanmarc",
    "Circulaire DGD 2024",
    "La circulaire annuelle du concours particulier. Voir la partie « extension et évolution des horaires d'ouverture ».",
    "financement dgd",
    url="https://www.culture.gouv.fr/Thematiques/Livre-et-lecture/Les-bibliotheques-publiques/Concours-particulier-bibliotheques-DGD",
)
E(
    "enquete_cloture",
    "2024-02-29 22:05",
    "note",
    "lucie",
    "Fin de la collecte",
    "Clôture ce soir : 648 questionnaires, dont 231 non-usagers (36 %). Merci à toutes et tous pour les passations, et mention spéciale à Karim qui a fait répondre la moitié de Fontclair pendant sa tournée !",
    "enquête",
)
E(
    "meuble_graines",
    "2024-03-02 16:30",
    "photo",
    "mathilde",
    "La grainothèque prend forme",
    "",
    "grainothèque bénévoles",
    caption="Le meuble à tiroirs récupéré à la ressourcerie, poncé et repeint par les bénévoles. 48 tiroirs pour les graines !",
)
E(
    "livraison_etageres",
    "2024-03-05 08:40",
    "note",
    "patrice",
    "Étagères de l'étage",
    "On nous livre les nouvelles étagères basses pour l'espace ados jeudi matin entre 8 h et 10 h. Il faut que quelqu'un soit là pour ouvrir le quai, moi je ne serai pas prêt avant 10 h (rdv médecin). Qui peut ?",
    "mobilier logistique ados",
)
E(
    "ateliers_seniors",
    "2024-03-06 14:45",
    "note",
    "thomas",
    "Ateliers tablette pour les seniors",
    "Demande de la mairie de Montreuil : des ateliers tablette pour les seniors. 8 inscrits, 4 séances le lundi après-midi. Au programme : visio avec les petits-enfants, photos, lire le journal en ligne.",
    "numérique seniors montreuil",
)
E(
    "dgd_accordee",
    "2024-03-08 12:00",
    "note",
    "jeanmarc",
    "DGD accordée !",
    "La DRAC nous notifie la subvention pour l'extension des horaires : 57 600 € par an, soit 80 % du surcoût, sur 5 ans (dégressive à partir de la 4e année). On peut lancer le recrutement.",
    "financement drac dgd horaires",
)
E(
    "atelier_alpha_photo",
    "2024-03-12 11:30",
    "photo",
    "nadia",
    "Atelier alpha",
    "",
    "alphabétisation fle vernay",
    caption="Les lettres magnétiques de l'atelier d'alphabétisation, un mardi matin à Vernay. Aujourd'hui : les sons « ou » et « on ».",
)
E(
    "copil2_photo",
    "2024-03-14 17:05",
    "photo",
    "claire",
    "Salle du conseil",
    "",
    "copil enquête",
    caption="Lucie présente les premiers chiffres de l'enquête au comité de pilotage.",
)
E(
    "copil2",
    "2024-03-14 20:30",
    "note",
    "claire",
    "COPIL n°2 — compte rendu",
    "Réunion du jeudi 14 mars, salle du conseil. 1) Subvention DGD obtenue : nocturne du jeudi jusqu'à 20 h dès septembre, premier dimanche d'ouverture de la Filature prévu le 6 octobre. 2) Médiabus : appel d'offres pour le véhicule en avril, livraison espérée à l'automne. 3) Premiers résultats de l'enquête présentés par Lucie (voir son post). 4) Contrat territoire-lecture : la DRAC propose une signature en juin, trois axes (jeunes, allophones, itinérance). 5) Travaux d'accessibilité de Vernay inscrits au budget 2024. 6) Conseil des jeunes validé. Prochain COPIL en octobre.",
    "copil gouvernance",
)
E(
    "enquete_premiers_resultats",
    "2024-03-15 10:00",
    "note",
    "lucie",
    "Premiers résultats de l'enquête",
    "Ce que j'ai présenté hier. 1) Chez les non-usagers, la première raison citée est « les horaires ne me conviennent pas » (44 %), devant « je ne sais pas ce qu'on y trouve » (31 %) et « pas le temps de lire » (29 %). 2) 52 % des actifs viendraient plus si c'était ouvert le soir ou le dimanche. 3) 71 % ignorent qu'on peut emprunter des jeux vidéo et des DVD. 4) Les 15-24 ans ne font que 9 % des répondants. Rapport complet en mai.",
    "enquête résultats",
)
E(
    "suite_copil2",
    "2024-03-15 16:20",
    "note",
    "yannick",
    "Suite à la réunion de jeudi",
    "Suite au COPIL d'hier : les représentants du personnel demandent que la fiche de poste du contractuel « dimanches et soirées » passe en CST avant publication. Jean-Marc est d'accord.",
    "personnel syndicat recrutement",
)
E(
    "fle_trois_groupes",
    "2024-03-19 18:10",
    "note",
    "nadia",
    "Trois groupes maintenant",
    "On passe à trois groupes : alpha (6 personnes, mardi à Vernay), FLE débutants (11 personnes, vendredi à la Filature), FLE intermédiaire (7 personnes, jeudi soir au centre social). Les bénévoles formés la semaine dernière prennent le groupe intermédiaire.",
    "fle alphabétisation centre-social bénévoles",
)
E(
    "commande_gaming",
    "2024-03-21 11:00",
    "note",
    "thomas",
    "Matériel gaming commandé",
    "Commande validée : une Switch, une PS5, deux manettes de plus, un vidéoprojecteur pour l'espace ado et 30 jeux (Mario Kart 8, Smash Bros, Overcooked, FC 24, Just Dance…). Les jeux seront aussi empruntables à la maison.",
    "gaming ados acquisitions",
)
E(
    "directrice_fontclair",
    "2024-03-22 16:45",
    "testimony",
    "elodie",
    "L'école de Fontclair et le bibliobus",
    "Pour nos élèves, le bibliobus, c'est la seule bibliothèque qu'ils connaissent. Il n'y a pas de librairie à moins de 20 km. Quand Karim arrive, c'est un événement, les enfants guettent par la fenêtre. Si le passage du samedi se fait, les parents pourront venir aussi.",
    "médiabus écoles témoignage",
    speaker="Mme Lefèvre",
    role="directrice de l'école de Fontclair",
)
E(
    "greve_cars",
    "2024-03-26 17:20",
    "note",
    "elodie",
    "Pas d'accueil de classes jeudi",
    "Grève des transports scolaires jeudi : pas de bus scolaire, donc les classes de Vernay et du RPI ne viendront pas. On décale les accueils à la semaine prochaine, j'ai prévenu les enseignants.",
    "écoles accueils-de-classes",
)
E(
    "cahier_charges_mb",
    "2024-03-28 14:00",
    "note",
    "karim",
    "Cahier des charges du médiabus",
    "Cahier des charges bouclé avec Jean-Marc : véhicule de moins de 3,5 t (permis B, pour que d'autres collègues puissent conduire), 2 500 documents, un auvent, une rampe électrique pour les fauteuils et les poussettes, un point wifi et deux tablettes, chauffage autonome. Publication le 2 avril.",
    "médiabus véhicule marché-public",
)
E(
    "sachets_graines",
    "2024-03-30 11:15",
    "photo",
    "mathilde",
    "Premiers sachets",
    "Lancement de la grainothèque le 6 avril à 10 h, venez avec vos graines !",
    "grainothèque graines",
    caption="Tomates cœur de bœuf, tomates cerises jaunes, haricots coco, capucines : les premiers dons de graines sont arrivés.",
)
E(
    "panne_embrayage",
    "2024-04-02 09:40",
    "note",
    "karim",
    "Le bibliobus a encore lâché",
    "Embrayage mort hier en montant sur Saint-Pardoux, remorqué au garage. 1 200 € de réparation. On le fait pour tenir jusqu'à l'arrivée du nouveau, mais c'est la dernière fois qu'on répare ce vieux bus. Tournées de la semaine annulées, les écoles sont prévenues.",
    "médiabus panne",
)
E(
    "grainotheque_lancement",
    "2024-04-06 13:00",
    "note",
    "mathilde",
    "La grainothèque est ouverte",
    "Une cinquantaine de personnes ce matin pour l'ouverture de la grainothèque. Le principe : on prend des graines, on en ramène à la fin de la saison. 212 sachets déposés, surtout des tomates et des courges. Le club de jardinage de Montreuil tiendra une permanence une fois par mois.",
    "grainothèque",
)
E(
    "graine_champion",
    "2024-04-08 09:10",
    "note",
    "thomas",
    "Graine de champion",
    "Le fils de Karim a gagné le tournoi régional de ping-pong ce week-end, une vraie graine de champion ! Bravo à lui 🏓",
    "équipe",
)
E(
    "arrets_maladie",
    "2024-04-09 13:30",
    "note",
    "yannick",
    "Vernay fermée jeudi après-midi",
    "Deux collègues en arrêt à Vernay cette semaine : la médiathèque de Vernay sera fermée jeudi après-midi. Affichette posée, message sur PanneauPocket.",
    "personnel vernay horaires",
)
E(
    "conseil_jeunes_1",
    "2024-04-10 19:30",
    "note",
    "sophie",
    "Première réunion du conseil des jeunes",
    "11 jeunes, de la 5e à la 1re, pour la première séance du conseil. Ils ont élu deux porte-parole, Inès et Maël. Premières décisions : ouvrir l'étage le mercredi jusqu'à 19 h, un tournoi de jeux vidéo avant l'été, et une liste de mangas à acheter avec leur budget.",
    "conseil-des-jeunes ados",
)
E(
    "olena",
    "2024-04-12 15:30",
    "testimony",
    "nadia",
    "Olena",
    "Quand je suis arrivée à Vernay, je ne connaissais personne. À l'atelier du vendredi j'ai appris le français, mais aussi comment marche la France : l'école, le médecin, la mairie. Maintenant je lis des albums en français avec mon fils, et il corrige mon accent ! La bibliothèque, pour moi, c'est le premier endroit où on m'a appelée par mon prénom.",
    "fle témoignage",
    speaker="Olena",
    role="participante de l'atelier de français, arrivée d'Ukraine en 2022",
)
E(
    "formation_fle_audio",
    "2024-04-15 18:30",
    "audio",
    "nadia",
    "Retour sur la formation des bénévoles",
    "Petit retour vocal sur les deux jours de formation des nouveaux bénévoles des ateliers.",
    "fle bénévoles formation",
    transcript="Alors, les deux jours avec le centre ressources, c'était… vraiment bien. Les six nouveaux bénévoles ont appris à, euh, à ne pas faire cours comme à l'école, à partir des situations de la vie : la pharmacie, le bus, l'école des enfants. Gisèle m'a dit « j'ai compris que je parlais trop ». Voilà, on les lâche dans les groupes la semaine prochaine.",
)
E(
    "offre_emploi",
    "2024-04-16 10:15",
    "note",
    "jeanmarc",
    "Recrutement : poste dimanches et soirées",
    "L'offre d'assistant de conservation (CDD de 3 ans, temps plein, dont les dimanches et les jeudis soir) est publiée jusqu'au 15 mai. Fiche de poste validée en CST la semaine dernière.",
    "recrutement personnel dimanche",
)
E(
    "link_offre",
    "2024-04-16 10:20",
    "link",
    "jeanmarc",
    "L'offre sur Emploi-Territorial",
    "À relayer dans vos réseaux, merci !",
    "recrutement",
    url="https://www.emploi-territorial.fr/offre/o037240416001-assistant-conservation-mediatheques-coteaux-lizon",
)
E(
    "france_travail_rdv",
    "2024-04-18 12:10",
    "note",
    "thomas",
    "Rendez-vous à France Travail",
    "RDV avec la conseillère de l'agence France Travail de Saint-Aubin. Ils n'ont plus de conseiller numérique et nous envoient déjà des demandeurs d'emploi pour l'actualisation et les CV. On propose des ateliers CV / lettre de motivation un lundi sur deux, plus l'accès libre aux postes.",
    "france-travail emploi numérique partenariat",
)
E(
    "repair1_photo",
    "2024-04-20 11:05",
    "photo",
    "mathilde",
    "Au chevet d'un grille-pain",
    "",
    "repair-café",
    caption="Gérard et Alain démontent un grille-pain sous l'œil de sa propriétaire, premier repair café.",
)
E(
    "repair1",
    "2024-04-20 13:10",
    "note",
    "mathilde",
    "Premier repair café",
    "Premier repair café ce matin : 23 objets apportés, 15 réparés (une cafetière, trois lampes, un grille-pain, deux ordinateurs portables, une machine à coudre, des vélos d'enfants…). Les gens sont restés discuter, et plusieurs ont découvert la médiathèque à cette occasion.",
    "repair-café",
)
E(
    "ascenseur_etude",
    "2024-04-23 16:00",
    "note",
    "patrice",
    "Accès à l'étage de la Filature",
    "Le bureau d'études a rendu son rapport : l'étage de la Filature (espace ado + salle d'étude) n'est accessible que par l'escalier. Un ascenseur extérieur coûterait 95 000 € TTC, une plateforme élévatrice intérieure 38 000 €. À arbitrer au budget.",
    "accessibilité travaux filature",
)
E(
    "ehpad_7seances",
    "2024-04-25 17:45",
    "note",
    "mathilde",
    "Les Tilleuls, déjà 7 séances",
    "7 séances de lecture à l'EHPAD depuis janvier, toujours entre 10 et 16 résidents. L'animatrice voudrait des livres audio pour ceux qui ne voient plus bien, et des tablettes pour les appels vidéo avec les familles. Josiane fatigue un peu, il faudrait un troisième lecteur.",
    "ehpad lecture bénévoles",
)
E(
    "link_bpi_ados",
    "2024-04-26 09:30",
    "link",
    "sophie",
    "Les ados et les bibliothèques",
    "Une étude de la Bpi sur les adolescents et les bibliothèques, avec des idées d'aménagement. Lecture conseillée avant la prochaine réunion du conseil.",
    "ados ressources",
    url="https://www.bpi.fr/ressources/etudes/adolescents-et-bibliotheques",
)
E(
    "wifi_mai24",
    "2024-04-29 17:00",
    "note",
    "thomas",
    "Nouveau code wifi",
    "Code wifi public pour le mois de mai : Lizon-Mai24. Affiché à l'accueil et à l'étage.",
    "wifi informatique",
)
E(
    "plannings_s2",
    "2024-04-30 11:30",
    "note",
    "yannick",
    "Plannings de la rentrée",
    "Je commence les plannings de septembre avec les nocturnes du jeudi. Proposition : deux équipes qui alternent, et ceux qui font le jeudi soir commencent à 12 h 30. Vos retours avant le 15 mai svp.",
    "planning personnel nocturne",
)
E(
    "album_chalvignac",
    "2024-05-03 14:20",
    "note",
    "elodie",
    "Un album fait par les GS de Chalvignac",
    "Les grandes sections de Chalvignac fabriquent un album avec une illustratrice, dans le cadre du PEAC. Restitution en juin dans le bibliobus, devant l'école.",
    "écoles médiabus",
)
E(
    "plan_fi_mb",
    "2024-05-07 10:50",
    "note",
    "jeanmarc",
    "Plan de financement du médiabus",
    "Coût total estimé : 150 000 € HT pour le véhicule + 12 000 € d'équipement (tablettes, wifi, premier fonds). Département 30 % (plafonné à 45 000 €), DRAC 20 % au titre de la DGD équipement, DSIL 20 %, reste à charge comcom environ 30 %.",
    "médiabus financement drac département",
)
E(
    "rapport_enquete_link",
    "2024-05-13 09:00",
    "link",
    "lucie",
    "Rapport complet de l'enquête",
    "Le rapport de 42 pages est en ligne. La synthèse fait 4 pages, pour ceux qui n'ont pas le temps !",
    "enquête résultats rapport",
    url="https://www.ccoteauxdulizon.fr/wp-content/uploads/2024/05/rapport-enquete-lecture-publique-2024.pdf",
)
E(
    "non_usagers_zoom",
    "2024-05-14 10:30",
    "note",
    "lucie",
    "Ce que disent les non-usagers",
    "Zoom sur les 231 non-usagers : plus jeunes, plus souvent ouvriers ou employés, et habitant surtout les petites communes. Trois freins principaux : les horaires, la distance (pas de voiture = pas de bibliothèque), et le sentiment que « ce n'est pas pour moi ». Idées plébiscitées : un bus qui passe le samedi, des animations en soirée, des espaces où on peut parler et jouer.",
    "enquête non-usagers résultats",
)
E(
    "reunion_14mai_college",
    "2024-05-14 17:45",
    "note",
    "sophie",
    "Réunion du 14 mai au collège",
    "Réunion avec la principale du collège : on prépare pour la rentrée l'accueil de toutes les classes de 6e à la médiathèque, et un créneau « manga et café » le vendredi midi au CDI.",
    "collège ados accueils-de-classes",
)
E(
    "fatima",
    "2024-05-15 12:00",
    "testimony",
    "nadia",
    "Fatima",
    "À 52 ans, j'écris mon nom toute seule. Avant je signais avec une croix. Mes petits-enfants, ils m'ont applaudie. La semaine prochaine, j'apprends à lire l'heure du bus.",
    "alphabétisation fle témoignage",
    speaker="Fatima",
    role="participante de l'atelier alpha de Vernay, 52 ans",
)
E(
    "tablettes_ehpad",
    "2024-05-16 15:10",
    "note",
    "thomas",
    "Des tablettes pour les Tilleuls",
    "J'ai configuré 4 tablettes en gros caractères avec des applis simples (visio, livres audio, presse). Elles seront prêtées à l'EHPAD pour 6 mois. Je forme l'équipe d'animation mardi.",
    "ehpad numérique tablettes",
)
E(
    "manette_cassee",
    "2024-05-17 18:00",
    "note",
    "thomas",
    "Manette HS",
    "Une manette de la Switch déjà cassée (stick gauche qui dérive). Retour au SAV, on joue à 3 en attendant.",
    "gaming",
)
E(
    "expo_prete",
    "2024-05-21 16:30",
    "note",
    "elodie",
    "Expo des maternelles",
    "L'expo « Les animaux de la forêt » des maternelles de Vernay est prête, on l'installe vendredi. Tout est prêt sauf les cartels, je m'en occupe.",
    "écoles exposition",
)
E(
    "tournoi_mk",
    "2024-05-22 18:20",
    "photo",
    "thomas",
    "Tournoi Mario Kart",
    "Étage plein à craquer ce mercredi après-midi, des parents sont restés regarder.",
    "gaming ados tournoi conseil-des-jeunes",
    caption="Finale du tournoi Mario Kart organisé par le conseil des jeunes : 32 inscrits, victoire de Noa (12 ans) devant son grand frère.",
)
E(
    "tournoi_video",
    "2024-05-22 19:05",
    "video",
    "thomas",
    "La finale en vidéo",
    "",
    "gaming ados tournoi",
    caption="Les dernières secondes de la finale de Mario Kart, 1 min 12.",
    transcript="— Et Noa passe devant dans la dernière ligne droite ! — Nooon ! — Allez allez allez ! — La carapace bleue, la carapace bleue ! — Il gagne ! Noa gagne ! (cris, applaudissements)",
)
E(
    "bebes_lecteurs_1",
    "2024-05-23 12:20",
    "note",
    "elodie",
    "Bébés lecteurs à la crèche",
    "Première séance « bébés lecteurs » à la crèche Les P'tits Loups : comptines, albums cartonnés, tapis de lecture. 9 bébés de 6 mois à 2 ans et 4 professionnelles. On revient le 4e jeudi de chaque mois.",
    "crèche petite-enfance bébés-lecteurs",
)
E(
    "boucle_magnetique",
    "2024-05-24 11:00",
    "note",
    "patrice",
    "Boucle magnétique",
    "Installation d'une boucle magnétique à l'accueil de la Filature et dans la salle d'animation, pour les personnes malentendantes appareillées. Une demande de l'association des sourds et malentendants du Lizon.",
    "accessibilité filature",
)
E(
    "atelier_cv_photo",
    "2024-05-27 16:40",
    "photo",
    "thomas",
    "Atelier CV",
    "",
    "france-travail emploi numérique",
    caption="Premier atelier CV à la Filature : quatre demandeurs d'emploi orientés par leur conseillère.",
)
E(
    "offres_mb",
    "2024-05-28 09:30",
    "note",
    "karim",
    "Médiabus : offres reçues",
    "Trois offres reçues pour le véhicule. Analyse en cours avec le service marchés. La mieux placée : 149 800 € HT, livraison en novembre.",
    "médiabus véhicule marché-public",
)
E(
    "conseil_comm_29mai",
    "2024-05-30 08:45",
    "note",
    "jeanmarc",
    "Conseil communautaire du 29 mai",
    "Le conseil a voté hier soir : la délibération sur les nouveaux horaires (nocturne le jeudi + dimanches d'octobre à avril à la Filature), le plan de financement du médiabus, et la convention avec le Département. Unanimité moins 2 abstentions.",
    "gouvernance horaires médiabus",
)
E(
    "formation_dimanche",
    "2024-06-03 17:00",
    "note",
    "yannick",
    "Formation des volontaires du dimanche",
    "Journée de formation pour les agents volontaires des dimanches : travailler en effectif réduit, sécurité incendie, gestion des situations tendues. Très utile, surtout la partie sur le travail isolé.",
    "dimanche personnel formation",
)
E(
    "heure_conte_juin",
    "2024-06-05 12:10",
    "note",
    "elodie",
    "L'heure du conte reprend des couleurs",
    "Nouvelle formule de l'heure du conte : le mercredi à 10 h 30 à la Filature, avec kamishibaï et tapis. Thème de juin : les vacances. Une vingtaine d'enfants ce matin, beaucoup de grands-parents.",
    "conte animation enfants",
)
E(
    "peinture_etage",
    "2024-06-07 18:30",
    "photo",
    "sophie",
    "L'étage se refait une beauté",
    "",
    "ados conseil-des-jeunes",
    caption="Peinture de l'espace ado par les membres du conseil des jeunes : couleurs choisies par vote, vert d'eau et orange.",
)
E(
    "bebes_rpe_photo",
    "2024-06-10 11:20",
    "photo",
    "elodie",
    "Bébés lecteurs au RPE",
    "",
    "bébés-lecteurs rpe petite-enfance",
    caption="Séance bébés lecteurs au relais petite enfance de Vernay, avec 6 assistantes maternelles et leurs petits.",
)
E(
    "cst_10juin",
    "2024-06-11 09:20",
    "note",
    "yannick",
    "CST du 10 juin",
    "Le CST a rendu un avis favorable sur l'organisation des dimanches et des jeudis soir (4 pour, 2 abstentions CGT). Les agents volontaires s'inscrivent avant le 1er juillet : pour l'instant 7 volontaires sur 14 agents concernés.",
    "syndicat dimanche personnel",
)
E(
    "atelier_coco3",
    "2024-06-13 10:00",
    "note",
    "claire",
    "Atelier de co-construction n°3",
    "Dernier atelier habitants hier soir : restitution de l'enquête et vote sur les priorités. Les 41 participants placent en tête : le médiabus le samedi, les dimanches, et des activités pour les ados. Le repair café et la grainothèque ont aussi eu beaucoup de gommettes.",
    "co-construction habitants",
)
E(
    "repair_juin",
    "2024-06-15 14:00",
    "note",
    "mathilde",
    "Repair café de juin",
    "Moins de monde ce matin (grand beau temps + brocante à Vernay) : 11 objets, 7 réparés. On fait une pause en juillet-août.",
    "repair-café",
)
E(
    "ctl_photo",
    "2024-06-18 11:00",
    "photo",
    "jeanmarc",
    "Signature en préfecture",
    "",
    "ctl financement",
    caption="La sous-préfète, le président de la comcom et la vice-présidente du Département signent le contrat territoire-lecture.",
)
E(
    "ctl_signature",
    "2024-06-18 12:30",
    "note",
    "jeanmarc",
    "Le CTL est signé",
    "Signé ce matin en préfecture : CTL 2024-2026 entre l'État (DRAC), le Département et la comcom. Trois axes : jeunesse et ados, publics allophones et éloignés de l'écrit, itinérance (médiabus). La DRAC met 25 000 € par an pendant 3 ans, le Département 15 000 €.",
    "financement ctl drac département",
)
E(
    "restitution_synthese",
    "2024-06-19 15:00",
    "note",
    "lucie",
    "La synthèse dans toutes les boîtes aux lettres",
    "La synthèse de l'enquête en 4 pages est imprimée à 2 000 exemplaires et sera distribuée avec le bulletin communautaire de juillet. Version en ligne sur le site.",
    "enquête résultats",
)
E(
    "charte_benevoles",
    "2024-06-20 17:30",
    "note",
    "claire",
    "Charte des bénévoles",
    "La charte du bénévolat est finalisée après deux réunions avec les 27 bénévoles du réseau : engagements réciproques, assurance, formation, remboursement des frais kilométriques. Signature à la fête des bénévoles le 28 juin.",
    "bénévoles charte",
)
E(
    "travaux_vernay_planning",
    "2024-06-24 09:00",
    "note",
    "patrice",
    "Travaux de Vernay : le planning",
    "Les travaux d'accessibilité de Vernay auront lieu du 8 juillet au 30 août : rampe d'accès avec main courante, élargissement de la porte, toilettes PMR, banque d'accueil abaissée. La médiathèque sera fermée tout l'été, l'atelier FLE de juillet ira au centre social.",
    "travaux accessibilité vernay",
)
E(
    "wifi_ete24",
    "2024-06-25 16:10",
    "note",
    "thomas",
    "Code wifi de l'été",
    "Code wifi public pour juillet-août : LizonEte24. Je mets à jour les affichettes lundi.",
    "wifi informatique",
)
E(
    "cle_portail",
    "2024-06-26 10:40",
    "note",
    "patrice",
    "Clé du portail du jardin",
    "La clé du portail du jardin a disparu. Si quelqu'un l'a emportée par erreur, merci de la rapporter, sinon on change le cylindre (et c'est pas donné).",
    "clés logistique",
)
E(
    "amandine_annonce",
    "2024-06-27 14:00",
    "note",
    "jeanmarc",
    "Recrutement bouclé",
    "Amandine Perrot rejoindra l'équipe le 2 septembre sur le poste des soirées et des dimanches. Elle vient d'une médiathèque de l'agglomération de Niort, où elle faisait déjà des ouvertures dominicales.",
    "recrutement personnel",
)
E(
    "fete_benevoles",
    "2024-06-28 21:10",
    "photo",
    "claire",
    "Fête des bénévoles",
    "Merci à toutes et à tous ! La charte est signée.",
    "bénévoles fête",
    caption="Pique-nique dans le jardin de la Filature avec les bénévoles : lecteurs de l'EHPAD, ateliers de français, repair café, grainothèque, bibliothèque de Montreuil.",
)

# ---------------------------------------------------------------------------
# Escale 3 — expérimentation (juillet → décembre 2024)
# ---------------------------------------------------------------------------
E(
    "horaires_ete24",
    "2024-07-01 09:00",
    "note",
    "claire",
    "Horaires d'été",
    "Du 8 juillet au 31 août : la Filature est ouverte du mardi au samedi, 10h-13h / 14h-18h. Vernay fermée (travaux), Montreuil fermée en août. Le bibliobus fait une tournée allégée, une semaine sur deux.",
    "horaires été",
)
E(
    "mb_attribue",
    "2024-07-04 15:30",
    "note",
    "karim",
    "Le marché est attribué",
    "C'est officiel : le futur médiabus sera un Iveco Daily aménagé par un carrossier vendéen. Livraison prévue mi-novembre. J'ai hâte !",
    "médiabus véhicule marché-public",
)
E(
    "chantier_vernay",
    "2024-07-09 10:15",
    "photo",
    "patrice",
    "Le chantier démarre à Vernay",
    "",
    "travaux accessibilité vernay",
    caption="Démolition de la marche d'entrée à Vernay. La rampe fera 6 m de long, pente de 5 %.",
)
E(
    "partir_en_livre",
    "2024-07-10 19:20",
    "photo",
    "elodie",
    "Partir en livre au lac",
    "Avec le bibliobus garé juste à côté : 140 personnes sur l'après-midi.",
    "partir-en-livre animation médiabus été",
    caption="Transats, albums et glaces au bord du lac de Mazerolles pour Partir en livre.",
)
E(
    "dessin_mediabus",
    "2024-07-12 16:00",
    "drawing",
    "elodie",
    "Le médiabus rêvé",
    "Il faudra en parler au carrossier 😄",
    "médiabus enfants dessin",
    caption="Dessin de Lina, 7 ans, au centre de loisirs : le futur médiabus avec un toboggan, une piscine et « plein de livres de chevaux ».",
)
E(
    "fle_ete",
    "2024-07-16 12:40",
    "note",
    "nadia",
    "Le français, en été",
    "Pendant l'été, un seul atelier par semaine, au centre social Le Trait d'Union (le mardi), puisque Vernay est en travaux. On en profite pour sortir : marché, gare, piscine, pour pratiquer le français en situation.",
    "fle centre-social été",
)
E(
    "club_manga_ete",
    "2024-07-18 17:50",
    "note",
    "sophie",
    "Club manga d'été",
    "Le club manga tourne tout l'été le jeudi après-midi : 8 à 12 fidèles. Ils ont fait un concours de dessin et préparent des « coups de cœur » à coller sur les couvertures.",
    "manga ados été",
)
E(
    "stage_manga",
    "2024-07-23 13:00",
    "note",
    "sophie",
    "Stage dessin manga",
    "Stage de dessin manga avec une illustratrice de Poitiers, trois matinées, 12 jeunes de 11 à 16 ans. Exposition des planches à la rentrée à l'étage.",
    "manga ados été",
)
E(
    "tournee_ete_allegee",
    "2024-07-25 08:30",
    "note",
    "karim",
    "Tournée d'été",
    "En juillet-août, le bibliobus passe une semaine sur deux, priorité aux bases de loisirs et aux campings. Je suis en congés du 5 au 25 août : pas de tournée pendant ces trois semaines.",
    "médiabus été tournée",
)
E(
    "chaleur24",
    "2024-07-30 15:45",
    "note",
    "patrice",
    "Chaleur à l'étage",
    "Il fait 31° à l'étage l'après-midi. J'ai installé deux ventilateurs, pensez à fermer les volets côté sud le matin.",
    "bâtiment filature",
)
E(
    "base_loisirs",
    "2024-08-01 17:20",
    "photo",
    "karim",
    "Tournée d'été à la base de loisirs",
    "",
    "médiabus été",
    caption="Arrêt à la base de loisirs de Mazerolles : des vacanciers hollandais découvrent le bibliobus et repartent avec des BD.",
)
E(
    "familles_ukr",
    "2024-08-14 11:00",
    "note",
    "nadia",
    "Trois familles ukrainiennes à Chazelles",
    "Trois nouvelles familles ukrainiennes accueillies à Chazelles par la mairie. Les enfants iront à l'école de Vernay à la rentrée : on leur réserve des albums bilingues ukrainien-français et on propose aux parents l'atelier de français du vendredi.",
    "fle accueil",
)
E(
    "parking_voirie",
    "2024-08-20 08:10",
    "note",
    "patrice",
    "Parking inaccessible",
    "Travaux de voirie rue des Tanneurs jusqu'au 6 septembre : le parking du personnel n'est plus accessible par l'arrière. Passez par la place de la Poste.",
    "parking logistique",
)
E(
    "plannings_rentree",
    "2024-08-26 14:30",
    "note",
    "yannick",
    "Plannings de rentrée",
    "Les plannings de septembre à décembre sont dans le dossier partagé. Nocturnes du jeudi : 2 agents + Amandine à partir du 5/09. Dimanches : à partir du 6 octobre, 3 agents par dimanche, chacun au max 1 dimanche par mois. Merci de vérifier vos créneaux avant vendredi.",
    "planning personnel dimanche nocturne",
)
E(
    "rampe_vernay_finie",
    "2024-08-29 17:00",
    "photo",
    "patrice",
    "Rampe terminée",
    "Les toilettes PMR seront finies la semaine prochaine, on ouvre quand même.",
    "travaux accessibilité vernay",
    caption="La nouvelle rampe de Vernay avec main courante et bandes podotactiles. Réouverture le 3 septembre.",
)
E(
    "amandine_photo",
    "2024-09-02 10:30",
    "photo",
    "claire",
    "Bienvenue Amandine",
    "",
    "personnel recrutement",
    caption="Amandine, notre nouvelle collègue des soirées et des dimanches, découvre les réserves avec Yannick.",
)
E(
    "vernay_rouvre",
    "2024-09-03 13:00",
    "note",
    "claire",
    "Vernay a rouvert",
    "Vernay a rouvert ce matin avec sa rampe et son accueil tout neufs. Première remarque d'un lecteur en fauteuil : « enfin, je n'ai plus besoin de sonner à la porte de service pour qu'on m'ouvre ».",
    "accessibilité vernay travaux",
)
E(
    "premiere_nocturne",
    "2024-09-05 20:40",
    "note",
    "claire",
    "Première nocturne !",
    "Premier jeudi ouvert jusqu'à 20 h à la Filature : 87 entrées entre 18 h et 20 h, dont plein de têtes inconnues. Un papa : « c'est la première fois que je peux venir avec ma fille en semaine ».",
    "nocturne horaires",
)
E(
    "forum_assos24",
    "2024-09-07 18:00",
    "photo",
    "mathilde",
    "Forum des associations",
    "",
    "bénévoles grainothèque repair-café",
    caption="Le stand grainothèque + repair café au forum des associations de Saint-Aubin. 14 nouveaux contacts de bénévoles potentiels.",
)
E(
    "fle_rentree24",
    "2024-09-10 12:20",
    "note",
    "nadia",
    "Rentrée des ateliers",
    "47 inscrits à la rentrée dans les ateliers de français, il a fallu ouvrir une liste d'attente. Nouveauté : un atelier « français et numérique » avec Thomas le jeudi, pour apprendre à utiliser le site de la CAF et l'ENT de l'école en même temps que le vocabulaire.",
    "fle numérique",
)
E(
    "dgd_versement",
    "2024-09-12 09:00",
    "note",
    "jeanmarc",
    "DRAC : premier versement",
    "Premier versement de la subvention DGD (extension des horaires) reçu : 28 800 €, soit 50 % de l'annuité. Le solde à la fin de l'année sur justificatifs.",
    "financement drac dgd",
)
E(
    "ehpad_reprise",
    "2024-09-12 17:30",
    "note",
    "mathilde",
    "Reprise aux Tilleuls",
    "Reprise des lectures à l'EHPAD avec un troisième lecteur, Michel (ancien instituteur). On alterne maintenant lecture à voix haute et « causeries » autour d'objets anciens. Les tablettes servent beaucoup pour les livres audio, un peu moins pour la visio.",
    "ehpad lecture bénévoles tablettes",
)
E(
    "nocturnes_retours",
    "2024-09-16 12:30",
    "note",
    "yannick",
    "Les soirées, côté collègues",
    "Après deux jeudis soir, retour des collègues : le public est plus détendu, mais finir à 20 h 15 avec le rangement, c'est dur quand on habite à 30 km. Proposition : fermer les automates de prêt à 19 h 45.",
    "nocturne personnel",
)
E(
    "conseil_jeunes_budget",
    "2024-09-18 19:10",
    "note",
    "sophie",
    "Le conseil des jeunes a voté son budget",
    "Réunion du conseil des jeunes : ils ont dépensé 1 850 € sur les 2 000 : mangas, BD, romans new romance (débat houleux !), trois jeux de société et un abonnement à un magazine de jeux vidéo. Ils veulent aussi des poufs pour l'étage.",
    "conseil-des-jeunes ados acquisitions manga",
)
E(
    "bebes_reprise",
    "2024-09-19 11:45",
    "note",
    "elodie",
    "Bébés lecteurs : la reprise",
    "Reprise des bébés lecteurs à la crèche le 4e jeudi du mois, et nouvelle séance au RPE de Vernay le 2e jeudi. Les professionnelles de la crèche ont demandé une formation comptines, calée en novembre.",
    "crèche bébés-lecteurs rpe",
)
E(
    "nocturne_justdance",
    "2024-09-20 09:00",
    "photo",
    "thomas",
    "Just Dance en nocturne",
    "Hier soir, jeudi, pendant la nocturne.",
    "gaming nocturne ados",
    caption="Tournoi Just Dance à 19 h 30 pendant la nocturne, les parents dansent aussi.",
)
E(
    "affiche_dimanches",
    "2024-09-24 11:00",
    "link",
    "claire",
    "L'annonce des dimanches",
    "L'annonce sur le site de la comcom : la Filature ouvre ses portes le dimanche de 14 h à 18 h à partir du 6 octobre, jusqu'à fin avril. Partagez !",
    "dimanche communication",
    url="https://www.ccoteauxdulizon.fr/actualites/la-filature-ouvre-le-dimanche",
)
E(
    "imprimante",
    "2024-09-26 10:20",
    "note",
    "thomas",
    "Imprimante de l'accueil",
    "L'imprimante de l'accueil fait des bourrages en série. Ticket ouvert chez le prestataire ; en attendant, imprimez sur celle du bureau.",
    "informatique",
)
E(
    "link_ants",
    "2024-09-27 15:00",
    "link",
    "thomas",
    "Tuto ANTS",
    "Le site officiel pour les cartes grises, permis et papiers d'identité. J'ai fait une fiche pas-à-pas imprimable pour les permanences.",
    "numérique démarches",
    url="https://ants.gouv.fr/",
)
E(
    "accueils_classes_2425",
    "2024-09-30 17:15",
    "note",
    "elodie",
    "Accueils de classes 2024-2025",
    "Planning des accueils de classes bouclé : 38 classes du réseau, de la PS au CM2, plus toutes les 6e du collège. Chaque classe vient 4 fois dans l'année ; les écoles des villages sont desservies par le bibliobus en attendant le médiabus.",
    "écoles accueils-de-classes",
)
E(
    "vernay_midi",
    "2024-10-01 12:05",
    "note",
    "claire",
    "Essai : Vernay ouvert le midi",
    "À partir d'aujourd'hui, Vernay ouvre aussi de 12 h à 14 h le mardi et le vendredi, pour les salariés de la zone d'activité. Essai jusqu'à décembre.",
    "horaires vernay",
)
E(
    "premier_dimanche_photo",
    "2024-10-06 14:05",
    "photo",
    "claire",
    "14 h pile",
    "",
    "dimanche horaires",
    caption="14 h pile, la Filature ouvre pour la première fois un dimanche. Il y avait déjà des gens qui attendaient devant la porte.",
)
E(
    "premier_dimanche_bilan",
    "2024-10-07 09:20",
    "note",
    "claire",
    "Bilan du premier dimanche",
    "312 entrées hier après-midi, soit plus qu'un samedi ordinaire ! Beaucoup de familles, des couples, des jeunes à l'étage. Les collègues présents étaient fatigués mais contents. Point de vigilance : le ménage du lundi matin.",
    "dimanche bilan fréquentation",
)
E(
    "julien_martin",
    "2024-10-07 15:00",
    "testimony",
    "claire",
    "« Un dimanche pluvieux, c'était parfait »",
    "On n'était pas venus à la médiath' depuis des années. En semaine on travaille tous les deux, le samedi c'est le sport des enfants. Là, un dimanche pluvieux, c'était parfait : les petits ont lu dans les coussins, ma femme a emprunté six romans, et moi j'ai découvert qu'il y avait des BD pour adultes.",
    "dimanche témoignage familles",
    speaker="Julien Martin",
    role="père de trois enfants, habitant de Saint-Aubin",
)
E(
    "yannick_vocal_dimanche",
    "2024-10-09 18:20",
    "audio",
    "yannick",
    "Retour des collègues sur le dimanche",
    "Message vocal pour Claire et Jean-Marc, je le mets ici pour tout le monde.",
    "dimanche personnel syndicat",
    transcript="Bon alors euh… dans l'ensemble ça s'est bien passé, hein. Les trois qui étaient là, ils ont trouvé l'ambiance super, euh… plus détendue qu'en semaine. Par contre le point noir c'est… c'est la récup. Les heures du dimanche, on a dit majorées à 100 %, mais le logiciel de temps de travail il sait pas faire, donc pour l'instant c'est noté à la main. Faut que la DRH règle ça avant le prochain, sinon ça va coincer avec les collègues.",
)
E(
    "compteur",
    "2024-10-10 10:00",
    "note",
    "lucie",
    "Un compteur d'entrées",
    "J'ai fait installer un compteur d'entrées à la Filature pour suivre les soirées et les dimanches. Les chiffres arrivent chaque lundi dans le tableur partagé.",
    "évaluation fréquentation",
)
E(
    "dimanche2_photo",
    "2024-10-13 16:30",
    "photo",
    "claire",
    "Deuxième dimanche",
    "",
    "dimanche familles",
    caption="Deuxième dimanche : des familles installées dans les fauteuils du salon de lecture, une partie d'échecs à côté des BD.",
)
E(
    "copil3",
    "2024-10-15 19:00",
    "note",
    "claire",
    "COPIL n°3",
    "Présents : élus, DRAC, Département, CAF, France Travail, centre social, collège, représentants du personnel, et deux membres du conseil des jeunes (une première !). 1) Horaires : 5 nocturnes, moyenne de 92 entrées entre 18 h et 20 h ; 2 dimanches, 312 et 268 entrées. 2) Médiabus : livraison annoncée le 18 novembre, inauguration le 30. 3) FLE : 47 inscrits, liste d'attente, besoin de moyens. 4) Ados : tournoi, club manga, conseil des jeunes, fréquentation de l'étage multipliée par trois le mercredi. Le conseil des jeunes demande que tout le monde puisse monter à l'étage : l'ascenseur devient urgent. 5) Évaluation : Lucie propose une 2e vague d'enquête au printemps 2025. 6) Budget 2025 : demande de crédits pour une plateforme élévatrice.",
    "copil gouvernance",
)
E(
    "ft_chiffres",
    "2024-10-17 16:30",
    "note",
    "thomas",
    "Ateliers emploi : premiers chiffres",
    "Depuis mai : 11 ateliers CV, 46 participants, dont 9 ont retrouvé un emploi ou une formation (d'après France Travail). Ils nous demandent un atelier « entretien d'embauche » et une séance sur l'IA pour écrire les lettres de motivation.",
    "france-travail emploi numérique bilan",
)
E(
    "repair_oct",
    "2024-10-19 13:30",
    "note",
    "mathilde",
    "Repair café d'octobre",
    "Record battu : 31 objets, 22 réparés, dont un aspirateur de 1987 ! On a maintenant une table couture à part, tenue par deux dames du club de Montreuil.",
    "repair-café",
)
E(
    "dimanche_jeux",
    "2024-10-20 17:40",
    "photo",
    "claire",
    "Dimanche jeux",
    "",
    "dimanche familles",
    caption="Troisième dimanche : après-midi jeux de société en famille au rez-de-chaussée.",
)
E(
    "convention_cs",
    "2024-10-22 11:15",
    "note",
    "nadia",
    "Convention avec le centre social",
    "Convention signée avec le centre social Le Trait d'Union : ils mettent à disposition une salle et leur référente familles, on apporte les bénévoles formés et les livres. On co-organise aussi un « café des parents » un samedi par mois, avec des albums en plusieurs langues.",
    "centre-social fle partenariat",
)
E(
    "noa",
    "2024-10-24 18:00",
    "testimony",
    "sophie",
    "Noa, 12 ans",
    "Je viens tous les mercredis maintenant. Au début c'était pour la Switch, mais Sophie m'a fait lire One Piece et là j'en suis au tome 34. Mon frère dit que c'est parce que j'ai gagné le tournoi, mais c'est pas vrai.",
    "ados gaming manga témoignage",
    speaker="Noa",
    role="12 ans, vainqueur du tournoi Mario Kart",
)
E(
    "graino_bilan24",
    "2024-10-25 14:00",
    "note",
    "mathilde",
    "Grainothèque : bilan de saison",
    "Bilan de la première saison : 640 sachets empruntés, 380 rapportés. Les variétés qui ont le mieux marché : tomates anciennes, courgettes rondes, haricots. Pour 2025 on ajoute des fiches « comment récolter ses graines », parce que peu de gens savent le faire.",
    "grainothèque bilan",
)
E(
    "wifi_automne",
    "2024-10-28 09:10",
    "note",
    "thomas",
    "Wifi : nouveau code",
    "Le code wifi public change : Filature-Automne24. Pensez à le mettre à jour sur le panneau de l'accueil de Vernay aussi.",
    "wifi informatique",
)
E(
    "frequentation_oct",
    "2024-10-29 11:30",
    "note",
    "lucie",
    "Fréquentation d'octobre",
    "Chiffres du compteur : nocturnes d'octobre en moyenne 98 entrées entre 18 h et 20 h ; dimanches 312, 268, 241 et 290 entrées. 41 % des visiteurs du dimanche ne sont pas inscrits.",
    "fréquentation dimanche nocturne évaluation",
)
E(
    "halloween",
    "2024-10-31 21:30",
    "photo",
    "sophie",
    "Soirée frissons",
    "Nocturne spéciale Halloween jusqu'à 21 h.",
    "animation soirée ados",
    caption="Soirée contes qui font peur pour les 8-12 ans, lampes de poche obligatoires.",
)
E(
    "bilan_permanence_num",
    "2024-11-05 17:20",
    "note",
    "thomas",
    "Permanence numérique : bilan",
    "128 accompagnements depuis février : 40 % CAF, 25 % ANTS (carte grise, permis), 15 % impôts, le reste Ameli, France Travail, ENT. Beaucoup de personnes âgées et d'apprenants des ateliers de Nadia. Il faudrait une 2e permanence à Vernay.",
    "numérique démarches bilan",
)
E(
    "conte_dari",
    "2024-11-06 12:00",
    "note",
    "elodie",
    "Heure du conte bilingue",
    "Pour la première fois, une heure du conte en français et en dari, avec Farid et sa fille qui lisaient en dari. Une quinzaine d'enfants, dont plusieurs du CADA. Les autres enfants ont adoré répéter les mots.",
    "conte fle plurilinguisme",
)
E(
    "livraison_falc",
    "2024-11-08 16:45",
    "note",
    "patrice",
    "Signalétique",
    "On nous livre lundi la nouvelle signalétique FALC (facile à lire et à comprendre) pour les trois médiathèques : pictogrammes, gros caractères, contraste renforcé. Pose mardi et mercredi.",
    "accessibilité falc signalétique",
)
E(
    "falc_photo",
    "2024-11-12 15:00",
    "photo",
    "patrice",
    "Nouveaux panneaux",
    "",
    "accessibilité falc signalétique",
    caption="Panneau en FALC à l'entrée de Vernay : « Ici, on emprunte des livres. C'est gratuit. »",
)
E(
    "escape_manga",
    "2024-11-13 18:10",
    "note",
    "sophie",
    "Un escape game fait par les jeunes",
    "Le conseil des jeunes a conçu un escape game sur le thème des mangas et le fera jouer aux 6e du collège en décembre. Ils ont tout fait : énigmes, décor, chrono.",
    "ados conseil-des-jeunes manga collège",
)
E(
    "adieu_vieux_bus",
    "2024-11-15 17:00",
    "photo",
    "karim",
    "Adieu vieux bibliobus",
    "",
    "médiabus véhicule",
    caption="Dernière tournée du bibliobus de 1998, 318 000 km au compteur. Il part pour une association de bibliothèques rurales au Sénégal.",
)
E(
    "mb_livre",
    "2024-11-18 11:30",
    "photo",
    "karim",
    "Il est là !",
    "",
    "médiabus véhicule",
    caption="Le nouveau médiabus arrive au dépôt de Vernay : vert Lizon, auvent, rampe, 2 500 documents.",
)
E(
    "karim_premieres_impressions",
    "2024-11-19 12:15",
    "audio",
    "karim",
    "Premières impressions",
    "",
    "médiabus véhicule",
    transcript="Alors ben voilà, j'ai fait le premier tour d'essai ce matin… Franchement, rien à voir avec l'ancien. Ça se conduit comme une voiture, ou presque. La rampe elle descend toute seule, les tablettes sont installées… Le seul truc, euh, c'est le chauffage autonome qui met un peu de temps. Et il faut que je montre à Yannick et à Mathilde comment on le conduit, vu que maintenant c'est le permis B.",
)
E(
    "preavis",
    "2024-11-20 10:00",
    "note",
    "yannick",
    "Préavis de grève",
    "La CGT a déposé un préavis pour le dimanche 1er décembre : la récupération des heures du dimanche n'est toujours pas gérée dans le logiciel, et deux agents n'ont pas touché leur majoration d'octobre. Réunion avec la DRH jeudi pour essayer de désamorcer.",
    "syndicat grève dimanche personnel",
)
E(
    "dessins_tilleuls",
    "2024-11-21 16:00",
    "drawing",
    "elodie",
    "Des dessins pour les Tilleuls",
    "Ils seront accrochés dans la salle à manger de l'EHPAD.",
    "crèche ehpad dessin",
    caption="Les grands de la crèche ont dessiné des cartes pour les résidents de l'EHPAD : soleils, chats et une mamie avec des lunettes énormes.",
)
E(
    "preavis_leve",
    "2024-11-22 18:30",
    "note",
    "jeanmarc",
    "Préavis levé",
    "Accord trouvé avec la DRH et la CGT : régularisation des majorations sur la paie de novembre, saisie manuelle validée en attendant la mise à jour du logiciel en janvier. Le préavis du 1er décembre est levé.",
    "syndicat dimanche personnel",
)
E(
    "enquete2_prep",
    "2024-11-25 14:40",
    "note",
    "lucie",
    "2e vague d'enquête",
    "Pour mesurer les effets du projet, on refait l'enquête en mars-avril 2025 avec les mêmes questions + un module sur les nouveautés (dimanches, nocturnes, médiabus, ateliers). Et cette fois, des entretiens approfondis avec une vingtaine de non-usagers.",
    "enquête évaluation non-usagers",
)
E(
    "samedis_qui",
    "2024-11-26 09:50",
    "note",
    "karim",
    "Qui fait les samedis ?",
    "Organisation des tournées du samedi matin (Fontclair, Les Granges, Chalvignac) : je conduis un samedi sur deux, Yannick l'autre, et il y a toujours un bénévole avec nous (Gérard ou Mathilde). Les samedis où je conduis, je récupère le lundi.",
    "médiabus samedi planning",
)
E(
    "mb_ehpad_arret",
    "2024-11-28 17:30",
    "note",
    "karim",
    "Arrêt aux Tilleuls",
    "Nouvelle étape dans la tournée : le médiabus s'arrête le dernier jeudi du mois devant l'EHPAD. Avec la rampe électrique, les résidents en fauteuil montent eux-mêmes. 12 résidents aujourd'hui ; Mme Rougier a choisi trois gros caractères et un Simenon.",
    "médiabus ehpad",
)
E(
    "inauguration_mb",
    "2024-11-30 13:00",
    "photo",
    "karim",
    "Inauguration du médiabus",
    "Premier arrêt du samedi dans la foulée : 64 visiteurs en 2 heures !",
    "médiabus inauguration samedi",
    caption="Coupé de ruban sur la place de Fontclair, avec les élus, les enfants de l'école et la fanfare de Chalvignac.",
)
E(
    "inauguration_video",
    "2024-11-30 13:40",
    "video",
    "claire",
    "Le discours du président",
    "",
    "médiabus inauguration",
    caption="Discours du président de la comcom, place de Fontclair (2 min).",
    transcript="Alors… merci à tous d'être là malgré le froid. Ce médiabus, c'est… c'est la promesse qu'on a faite aux habitants des villages : la culture, ça ne s'arrête pas au panneau de sortie de Saint-Aubin. Il passera le samedi, il passera chez nos anciens, il passera devant le city-stade. Karim, les clés sont à vous !",
)
E(
    "montreuil_classes",
    "2024-12-02 10:30",
    "note",
    "elodie",
    "Les classes de Montreuil à la Filature",
    "Les deux classes de Montreuil viennent enfin à Saint-Aubin : la comcom finance le car trois fois dans l'année. Première visite ce matin, gros succès du coin kamishibaï.",
    "écoles accueils-de-classes",
)
E(
    "cafe_panne",
    "2024-12-03 08:40",
    "note",
    "yannick",
    "Machine à café (encore)",
    "La machine à café est de nouveau en panne. Quelqu'un a le numéro du réparateur ? Sinon on repasse à la cafetière italienne.",
    "logistique panne",
)
E(
    "fle_livret",
    "2024-12-05 11:00",
    "link",
    "nadia",
    "Livret d'accueil traduit",
    "Le livret d'accueil des médiathèques existe maintenant en 6 langues (arabe, dari, ukrainien, anglais, tigrigna, géorgien), traduit par les apprenants des ateliers de français.",
    "fle accueil plurilinguisme",
    url="https://www.ccoteauxdulizon.fr/mediatheques/livret-accueil-multilingue.pdf",
)
E(
    "manga_place",
    "2024-12-06 16:00",
    "note",
    "sophie",
    "Manga : on manque de place",
    "Le fonds manga a triplé (380 volumes), il faut un meuble de plus. Les séries les plus empruntées : One Piece, Blue Lock, Frieren. Les tomes 1 ne sont jamais en rayon.",
    "manga ados",
)
E(
    "yvette",
    "2024-12-10 14:00",
    "testimony",
    "karim",
    "Yvette, aux Granges",
    "J'ai 81 ans et je ne conduis plus. Avant, pour les livres, je dépendais de ma belle-fille. Maintenant le bus s'arrête devant la salle des fêtes le samedi, et le jeune homme me met de côté les policiers que j'aime bien. C'est le meilleur moment de ma quinzaine.",
    "médiabus témoignage seniors",
    speaker="Yvette Charron",
    role="retraitée, habitante des Granges-sur-Lizon",
)
E(
    "reunion_11dec",
    "2024-12-11 13:30",
    "note",
    "claire",
    "Réunion d'équipe du 11 décembre",
    "Points : plannings de janvier, retour sur les dimanches, congés de fin d'année, et la grippe qui décime l'équipe (3 arrêts maladie). Merci à tous pour les remplacements, surtout à Vernay.",
    "équipe planning",
)
E(
    "ehpad_noel",
    "2024-12-12 16:20",
    "photo",
    "mathilde",
    "Lecture de Noël aux Tilleuls",
    "",
    "ehpad lecture noël",
    caption="Michel lit « Le Noël de Maigret » aux résidents des Tilleuls, chocolats chauds à l'appui.",
)
E(
    "samedis_bilan",
    "2024-12-16 09:30",
    "note",
    "karim",
    "Trois samedis de médiabus",
    "Bilan après 3 samedis : 64, 51 et 47 visiteurs. Beaucoup d'adultes qu'on ne voyait jamais, des papas, des retraités. À Chalvignac, les ados du city-stade viennent emprunter des mangas et jouer sur les tablettes.",
    "médiabus samedi bilan",
)
E(
    "budget25",
    "2024-12-17 19:00",
    "note",
    "jeanmarc",
    "Budget 2025 voté",
    "Le budget 2025 du réseau est voté : plateforme élévatrice à la Filature (38 000 €, subventionnée à 40 % par la DSIL), reconduction des dimanches, un mi-temps de médiateur numérique financé par le CTL. Les crédits d'acquisition baissent de 5 %, hélas.",
    "budget financement travaux",
)
E(
    "fete_fle_audio",
    "2024-12-18 19:30",
    "audio",
    "nadia",
    "Fête de fin d'année des ateliers",
    "",
    "fle fête",
    transcript="Alors là euh, chaque groupe a préparé un plat de son pays : y a du bortsch, du qabuli palaw, des crêpes parce que Michel a dit que son pays c'était la Bretagne (rires)… Et le groupe alpha a lu un petit texte qu'ils ont écrit ensemble : « Ici on apprend, ici on se parle. » Voilà. Je suis… je suis très fière d'eux.",
)
E(
    "fermeture_noel24",
    "2024-12-19 10:15",
    "note",
    "claire",
    "Fermetures des fêtes",
    "Fermeture du réseau du 24 décembre au 1er janvier. Attention : pas d'ouverture le dimanche 29 décembre. Le médiabus reprend le 7 janvier.",
    "horaires fermeture",
)
E(
    "bilan_experimentation",
    "2024-12-20 17:45",
    "note",
    "claire",
    "Fin de l'expérimentation : ce qu'on garde",
    "Six mois d'expérimentation bouclés. Ce qu'on garde : les nocturnes du jeudi (moyenne 95 entrées), les dimanches (moyenne 285 entrées), les samedis du médiabus, les ateliers de français à trois niveaux, l'étage ado et son conseil. Ce qu'on ajuste : faut-il ouvrir le dimanche d'avril à septembre ? (à discuter avec l'équipe), les bénévoles de l'EHPAD sont à bout, le repair café manque de place. Ce qu'on abandonne : l'ouverture du midi à Vernay (4 entrées en moyenne).",
    "bilan expérimentation",
)

# ---------------------------------------------------------------------------
# Escale 4 — déploiement (janvier → mi-juin 2025)
# ---------------------------------------------------------------------------
E(
    "bonne_annee",
    "2025-01-07 09:00",
    "note",
    "jeanmarc",
    "Bonne année !",
    "Bonne année à toutes et à tous ! Galette vendredi 10 à 12 h 30 en salle de pause. Merci pour cette année 2024 hors norme.",
    "équipe",
)
E(
    "sarah_arrivee",
    "2025-01-09 10:40",
    "note",
    "thomas",
    "Sarah arrive",
    "Sarah nous rejoint à mi-temps comme médiatrice numérique (poste financé par le CTL). Elle reprend la permanence d'aide aux démarches du jeudi à la Filature, en ouvre une le mardi à Vernay, et co-anime l'atelier « français et numérique » avec Nadia.",
    "numérique personnel ctl démarches",
)
E(
    "fle_covoit",
    "2025-01-10 17:00",
    "note",
    "nadia",
    "Sortie au marché",
    "Suivant le conseil de Karim, la sortie du groupe débutant au marché de Vernay se fera en covoiturage depuis Chalvignac. On travaillera les quantités et les prix : « un kilo de », « une barquette de ».",
    "fle sortie",
)
E(
    "logiciel_temps",
    "2025-01-14 11:10",
    "note",
    "yannick",
    "Logiciel de temps de travail",
    "Enfin ! La mise à jour du logiciel de gestion des temps prend en compte la majoration des dimanches. Les récups d'octobre à décembre ont été reprises : vérifiez vos compteurs et signalez-moi les erreurs.",
    "personnel dimanche",
)
E(
    "mb_batterie",
    "2025-01-16 07:40",
    "note",
    "karim",
    "Médiabus en rade",
    "Le médiabus ne démarre pas ce matin : batterie à plat à cause du froid (-6° cette nuit au dépôt). Tournée de Mazerolles et Saint-Pardoux annulée, j'ai prévenu les écoles. Garage demain.",
    "médiabus panne",
)
E(
    "mb_batterie_suite",
    "2025-01-17 16:30",
    "note",
    "karim",
    "Suite batterie",
    "Le garage a changé la batterie auxiliaire, elle était sous-dimensionnée pour le chauffage autonome. Pris sous garantie. La tournée annulée est reportée au mardi 21.",
    "médiabus panne garantie",
)
E(
    "rallye_fontclair",
    "2025-01-20 14:00",
    "note",
    "elodie",
    "Rallye lecture à Fontclair",
    "Rallye lecture pour les CE2-CM1 de Fontclair : 20 romans courts, les élèves les empruntent dans le médiabus et répondent aux questions sur tablette. Finale en juin.",
    "écoles médiabus",
)
E(
    "etage_mercredi",
    "2025-01-22 19:20",
    "note",
    "sophie",
    "L'étage le mercredi soir",
    "Depuis la rentrée de janvier, l'espace ado reste ouvert jusqu'à 19 h le mercredi, comme l'avait voté le conseil des jeunes. Moyenne : 26 jeunes entre 17 h et 19 h. Ça devient un vrai lieu de rendez-vous.",
    "ados horaires conseil-des-jeunes",
)
E(
    "nuits_2025",
    "2025-01-25 22:30",
    "photo",
    "elodie",
    "Nuits de la lecture 2025",
    "180 personnes, un peu moins que l'an dernier (match de rugby à la télé…).",
    "nuit-de-la-lecture animation soirée",
    caption="Soirée jeux et lectures sur le thème du patrimoine, le conseil des jeunes tient la buvette.",
)
E(
    "article_presse",
    "2025-01-28 08:30",
    "link",
    "claire",
    "Les dimanches dans L'Écho du Lizon",
    "Un bel article sur les dimanches à la Filature : « plus de 300 personnes certains dimanches », avec la photo du conseil des jeunes.",
    "presse dimanche",
    url="https://www.echodulizon.fr/saint-aubin/2025/01/27/la-mediatheque-ouverte-le-dimanche-un-pari-reussi",
)
E(
    "fle_attente",
    "2025-01-30 14:30",
    "note",
    "nadia",
    "Liste d'attente",
    "22 personnes en liste d'attente pour les ateliers de français. Grâce au CTL on peut payer une formatrice professionnelle 6 h par semaine à partir de février : ça permet d'ouvrir un 4e groupe.",
    "fle ctl financement",
)
E(
    "marque_pages",
    "2025-01-31 17:30",
    "photo",
    "sophie",
    "Club manga de janvier",
    "",
    "manga ados",
    caption="Les membres du club manga ont créé leurs propres marque-pages, style chibi.",
)
E(
    "josiane_arrete",
    "2025-02-04 11:00",
    "note",
    "mathilde",
    "Relève aux Tilleuls",
    "Josiane arrête les lectures à l'EHPAD, elle déménage près de sa fille. Michel et Bernard continuent, mais il faut recruter. J'ai mis une annonce sur France Bénévolat et au club des aînés.",
    "ehpad bénévoles",
)
E(
    "conte_bebes",
    "2025-02-05 12:30",
    "note",
    "elodie",
    "Une heure du conte pour les 0-3 ans",
    "On crée une heure du conte pour les 0-3 ans, le samedi à 10 h, avec le RPE. Les assistantes maternelles peuvent aussi venir le jeudi avec les enfants qu'elles gardent.",
    "conte petite-enfance rpe",
)
E(
    "plateforme_os",
    "2025-02-10 09:15",
    "note",
    "patrice",
    "Plateforme élévatrice : c'est parti",
    "Ordre de service signé. Les travaux de la plateforme élévatrice de la Filature démarrent le 3 mars pour 6 semaines. L'étage sera fermé : on descend les mangas et les consoles au rez-de-chaussée en attendant.",
    "travaux accessibilité filature",
)
E(
    "elections_conseil",
    "2025-02-12 16:45",
    "note",
    "sophie",
    "Renouvellement du conseil des jeunes",
    "Élections au conseil des jeunes : 15 candidats pour 12 places. Campagne d'affiches au collège, vote au CDI le 14 février.",
    "conseil-des-jeunes ados collège",
)
E(
    "depouillement",
    "2025-02-14 13:50",
    "photo",
    "sophie",
    "Dépouillement",
    "",
    "conseil-des-jeunes collège",
    caption="Dépouillement au CDI : 214 votants, Théo et Lou élus porte-parole.",
)
E(
    "dimanche_ete_consult",
    "2025-02-18 18:00",
    "note",
    "yannick",
    "Ouvrir le dimanche l'été ?",
    "Consultation des agents sur un éventuel dimanche d'été : 9 contre, 4 pour, 2 sans avis. Arguments : la fréquentation baisse l'été, les congés, la fatigue. Les représentants du personnel proposent plutôt d'ouvrir plus tôt le samedi en juillet-août.",
    "dimanche personnel syndicat été",
)
E(
    "wifi_agents_fuite",
    "2025-02-20 10:10",
    "note",
    "thomas",
    "Wifi agents",
    "Le mot de passe du wifi agents a été changé suite à une fuite (il circulait chez les ados 😅). Je vous l'envoie par mail, ne l'écrivez nulle part.",
    "wifi informatique",
)
E(
    "arret_zone",
    "2025-02-21 13:30",
    "note",
    "karim",
    "Nouvel arrêt sur la zone d'activité",
    "Test d'un arrêt du médiabus le mardi midi sur la zone d'activité du Lizon, pour les salariés. 14 personnes la première fois, dont des intérimaires qui ne savaient pas que l'inscription est gratuite.",
    "médiabus tournée",
)
E(
    "incos_2025",
    "2025-02-24 15:20",
    "note",
    "elodie",
    "Incorruptibles, saison 2",
    "Cette année 9 classes inscrites, dont 2 du collège. Les CM2 de Saint-Aubin viendront voter à la médiathèque, les classes des villages voteront dans le médiabus.",
    "écoles prix médiabus accueils-de-classes",
)
E(
    "marcelle",
    "2025-02-27 16:00",
    "testimony",
    "mathilde",
    "Marcelle, 92 ans",
    "Moi j'ai été institutrice à Mazerolles pendant trente ans, alors les livres… Ici on s'ennuie, vous savez. Le jeudi où Michel vient lire, je mets mon beau gilet. Et quand le camion des livres s'arrête devant, je choisis toute seule, grâce à la rampe. À mon âge, choisir toute seule, c'est beaucoup.",
    "ehpad témoignage",
    speaker="Marcelle Rougier",
    role="résidente de l'EHPAD Les Tilleuls, 92 ans",
)
E(
    "enquete2_lancee",
    "2025-03-03 09:30",
    "note",
    "lucie",
    "2e vague : c'est parti",
    "La 2e enquête est lancée jusqu'au 13 avril. Même questionnaire qu'en 2024 pour comparer, plus un module sur les nouveaux services. Je commence aussi les entretiens avec 20 non-usagers, recrutés via le centre social, France Travail et le club de foot.",
    "enquête évaluation non-usagers",
)
E(
    "chantier_plateforme",
    "2025-03-04 14:20",
    "photo",
    "patrice",
    "Chantier de la plateforme",
    "Bruit garanti jusqu'à vendredi, désolé !",
    "travaux accessibilité filature",
    caption="Percement de la trémie entre le rez-de-chaussée et l'étage, côté salle d'étude.",
)
E(
    "link_guide_eval",
    "2025-03-05 10:00",
    "link",
    "lucie",
    "Guide de l'évaluation participative",
    "Le guide dont je vous ai parlé pour associer habitants et partenaires à l'évaluation. Chapitre 3 pour les entretiens.",
    "évaluation ressources",
    url="https://www.ressources-territoires.fr/guides/evaluation-participative-politiques-locales.pdf",
)
E(
    "huit_mars",
    "2025-03-08 12:00",
    "photo",
    "nadia",
    "8 mars",
    "",
    "fle lecture",
    caption="Les apprenantes des ateliers de français lisent des textes d'autrices de leurs pays, traduits par elles, pour la journée des droits des femmes.",
)
E(
    "rampe_mb_vocal",
    "2025-03-11 10:40",
    "audio",
    "karim",
    "Vocal de Karim depuis Saint-Pardoux",
    "Message laissé sur le répondeur du bureau à 10 h 40.",
    "médiabus panne",
    transcript="Allô, oui c'est Karim… bon, euh, là j'ai un souci : la rampe elle descend plus. Elle est restée à moitié, j'ai dû la remonter à la main. Du coup les gens en fauteuil ou avec une poussette, ils peuvent pas monter aujourd'hui. Je finis la tournée quand même, mais faut appeler le carrossier, c'est sous garantie normalement.",
)
E(
    "fuite_reserves",
    "2025-03-14 09:20",
    "photo",
    "patrice",
    "Fuite dans les réserves",
    "Couvreur appelé, il passe lundi.",
    "bâtiment filature",
    caption="Seau sous la fuite du plafond des réserves, 3 cartons de périodiques à jeter.",
)
E(
    "repair_hall",
    "2025-03-15 13:15",
    "note",
    "mathilde",
    "Repair café à l'étroit",
    "Avec les travaux de la plateforme, repair café dans le hall ce matin : 27 objets, beaucoup de monde, beaucoup de bruit. Il nous faut vraiment une salle plus grande. Le centre social nous propose son atelier, on y réfléchit.",
    "repair-café centre-social",
)
E(
    "maternelle_ehpad",
    "2025-03-18 17:00",
    "note",
    "elodie",
    "Les MS de Vernay aux Tilleuls",
    "Rencontre intergénérationnelle : les moyennes sections de Vernay sont venues écouter Michel lire aux Tilleuls, puis des résidentes ont lu des comptines aux enfants. Très beau moment, l'EHPAD veut en refaire un par trimestre.",
    "ehpad écoles intergénérationnel",
)
E(
    "rampe_reparee",
    "2025-03-19 15:00",
    "note",
    "karim",
    "Rampe réparée",
    "Le carrossier est venu changer le vérin de la rampe au dépôt. Tout refonctionne. Deuxième souci en deux mois, je demande un point garantie avec le service marchés.",
    "médiabus panne garantie",
)
E(
    "graino_saison2",
    "2025-03-22 12:00",
    "note",
    "mathilde",
    "Grainothèque, saison 2",
    "Réouverture de la grainothèque avec les fiches « récolter ses graines » et une nouveauté : un troc de plants en mai. Les tomates partent toujours en premier, on a déjà plus de cœur de bœuf !",
    "grainothèque",
)
E(
    "drac_visite",
    "2025-03-25 18:10",
    "note",
    "jeanmarc",
    "Visite de la DRAC",
    "La conseillère livre et lecture de la DRAC est venue voir un dimanche et une tournée du médiabus. Elle souhaite présenter notre réseau comme exemple aux rencontres régionales de juin.",
    "drac",
)
E(
    "gaming_vernay",
    "2025-03-26 18:30",
    "note",
    "thomas",
    "Jeux vidéo à Vernay aussi",
    "On étend les jeux vidéo à Vernay : une Switch tourne entre Vernay et le médiabus. Premier après-midi à Vernay ce mercredi, 9 jeunes dont 5 jamais inscrits.",
    "gaming ados vernay médiabus",
)
E(
    "formation_benevoles",
    "2025-03-27 11:00",
    "note",
    "claire",
    "Formation des bénévoles",
    "Deux journées de formation pour tous les bénévoles du réseau les 3 et 4 avril : accueil des publics, lecture à voix haute (avec une comédienne), premiers secours, et un module « accueillir une personne qui ne parle pas français ». 19 inscrits.",
    "bénévoles formation",
)
E(
    "poisson_avril",
    "2025-04-01 09:30",
    "note",
    "claire",
    "Non, on n'ouvre pas la nuit",
    "Non, la Filature n'ouvrira pas 24 h sur 24 à partir de lundi. Merci Thomas pour la fausse affiche à l'accueil, deux usagers ont déjà demandé 😂",
    "équipe",
)
E(
    "badge_depot",
    "2025-04-03 08:50",
    "note",
    "patrice",
    "Badge du dépôt",
    "J'ai trouvé un badge du dépôt de Vernay en trop. Qui l'a perdu ? Sinon je le désactive vendredi.",
    "clés logistique",
)
E(
    "atelier_ia",
    "2025-04-07 17:10",
    "note",
    "thomas",
    "Atelier IA et lettre de motivation",
    "Premier atelier « utiliser l'IA pour sa lettre de motivation (sans se faire avoir) » avec France Travail : 12 participants. On a aussi parlé arnaques et données personnelles.",
    "france-travail emploi numérique",
)
E(
    "nouvelles_lectrices",
    "2025-04-10 15:40",
    "note",
    "mathilde",
    "Deux nouvelles lectrices aux Tilleuls",
    "Suite à l'annonce, deux nouvelles bénévoles pour les lectures à l'EHPAD : Claudine (retraitée de La Poste) et Aïcha, étudiante en orthophonie. Elles ont suivi la formation lecture à voix haute du 3 avril.",
    "ehpad bénévoles formation",
)
E(
    "enquete2_close",
    "2025-04-14 09:00",
    "note",
    "lucie",
    "Collecte terminée",
    "712 réponses à la 2e vague (contre 648 en 2024), dont 248 non-usagers. 18 entretiens réalisés sur 20. Analyse en mai.",
    "enquête",
)
E(
    "plateforme_service",
    "2025-04-15 16:30",
    "photo",
    "patrice",
    "Plateforme en service",
    "Il a coupé le ruban avec Sophie.",
    "accessibilité filature ados",
    caption="La plateforme élévatrice dessert enfin l'étage de la Filature. Premier passager : Théo, 14 ans, membre du conseil des jeunes, en fauteuil.",
)
E(
    "theo",
    "2025-04-16 18:00",
    "testimony",
    "sophie",
    "Théo",
    "Avant, les réunions du conseil, on les faisait en bas à cause de moi, et je voyais jamais l'espace ado. Là je suis monté tout seul, j'ai fait un Smash contre Maël et je l'ai battu. C'est bête, mais ça change tout.",
    "ados accessibilité témoignage conseil-des-jeunes",
    speaker="Théo",
    role="14 ans, porte-parole du conseil des jeunes",
)
E(
    "fle_paques",
    "2025-04-18 11:30",
    "note",
    "nadia",
    "Atelier parents-enfants",
    "Pendant les vacances de printemps, atelier de français parents-enfants : on lit des albums ensemble, les enfants traduisent pour les parents et inversement. 9 familles.",
    "fle familles",
)
E(
    "wifi_printemps",
    "2025-04-22 09:00",
    "note",
    "thomas",
    "Code wifi du printemps",
    "Nouveau code wifi public : Lizon-Printemps25. Changé plus tôt que prévu à cause de téléchargements massifs la nuit depuis le parking.",
    "wifi informatique",
)
E(
    "delf",
    "2025-04-24 17:20",
    "note",
    "nadia",
    "DELF A1 : 5 sur 5 !",
    "5 apprenants ont passé le DELF A1 à Poitiers : 5 reçus ! Olena a même eu 88/100. On fête ça vendredi avec un goûter.",
    "fle delf",
)
E(
    "fin_saison_dimanches",
    "2025-04-28 09:40",
    "note",
    "claire",
    "Fin de la saison des dimanches",
    "Dernier dimanche de la saison hier : 29 dimanches ouverts depuis octobre, 7 850 entrées, soit 271 en moyenne. On reprend en octobre. La question de l'été reste en débat avec l'équipe.",
    "dimanche bilan fréquentation",
)
E(
    "clip_conseil",
    "2025-05-02 20:00",
    "video",
    "sophie",
    "Le clip du conseil des jeunes",
    "Tourné et monté par eux, diffusé sur le compte Insta du collège.",
    "conseil-des-jeunes ados",
    caption="Le clip de présentation de l'espace ado, 1 min 40.",
    transcript="Yo ! Bienvenue à l'étage de la Filature. Ici t'as des mangas, genre beaucoup, la Switch, la PS5, des poufs, et personne te dit chut. C'est ouvert le mercredi jusqu'à 19 h et le dimanche aprèm. C'est gratuit. Viens.",
)
E(
    "smash_inter",
    "2025-05-06 18:40",
    "note",
    "thomas",
    "Tournoi inter-médiathèques",
    "Tournoi Smash Bros entre Vernay, la Filature et le médiabus : les jeunes de Chalvignac ont joué depuis le bus, branché sur le vidéoprojecteur de la place. 41 joueurs au total.",
    "gaming ados médiabus tournoi",
)
E(
    "entretiens_pro",
    "2025-05-13 10:00",
    "note",
    "yannick",
    "Entretiens professionnels",
    "Campagne d'entretiens professionnels du 13 mai au 20 juin. Les fiches sont dans le dossier RH, pensez à la partie formation.",
    "personnel",
)
E(
    "troc_plants",
    "2025-05-17 12:45",
    "photo",
    "mathilde",
    "Troc de plants",
    "",
    "grainothèque",
    caption="Plants de tomates, courges, basilic et œillets d'Inde échangés sur le parvis de la Filature.",
)
E(
    "enquete2_resultats",
    "2025-05-20 10:30",
    "note",
    "lucie",
    "Résultats de la 2e vague",
    "Principaux résultats : 1) Les non-usagers qui citent les horaires comme frein passent de 44 % en 2024 à 27 % en 2025. 2) 38 % des répondants connaissent les dimanches ; 61 % des habitants des villages desservis connaissent le médiabus du samedi. 3) Les 15-24 ans font 15 % des répondants (9 % en 2024). 4) Un nouveau frein apparaît : le parking de la Filature, saturé le dimanche.",
    "enquête résultats évaluation",
)
E(
    "entretiens_nonusagers",
    "2025-05-22 10:00",
    "note",
    "lucie",
    "Ce que disent les entretiens",
    "Les 18 entretiens avec des non-usagers montrent que le frein symbolique (« pas pour moi ») reste fort. Ce qui fait basculer : une personne connue qui invite (un voisin, la référente du centre social, une conseillère France Travail), un événement sans lien direct avec la lecture (repair café, tournoi), ou le bus qui vient jusqu'à chez eux.",
    "enquête non-usagers résultats",
)
E(
    "bebes_un_an",
    "2025-05-22 16:00",
    "note",
    "elodie",
    "Un an de bébés lecteurs",
    "Un an de séances à la crèche des P'tits Loups : 11 séances, les professionnelles empruntent maintenant elles-mêmes des albums, et 6 familles se sont inscrites à la médiathèque après avoir vu le tapis de lecture.",
    "crèche bébés-lecteurs bilan",
)
E(
    "copil4",
    "2025-05-27 20:15",
    "note",
    "claire",
    "COPIL n°4",
    "Points : résultats de la 2e enquête (Lucie), bilan des dimanches (271 entrées en moyenne), médiabus (6 mois, 2 pannes sous garantie, 11 arrêts dont 3 le samedi), ateliers de français (4 groupes, 5 DELF réussis), le repair café qui déménage au centre social, la plateforme élévatrice livrée, le CTL dont le bilan intermédiaire part à la DRAC en juin. Débat : ouvrir le dimanche en été ? Le personnel est contre, les élus hésitent. Décision : pas de dimanche l'été 2025, mais ouverture le samedi dès 9 h en juillet-août.",
    "copil gouvernance",
)
E(
    "parking_dimanche",
    "2025-05-28 11:00",
    "note",
    "patrice",
    "Parking le dimanche",
    "Suite à l'enquête : la mairie accepte d'ouvrir le parking de l'école voisine le dimanche après-midi (45 places). Panneau à installer avant la reprise d'octobre.",
    "parking dimanche",
)
E(
    "fete_creche",
    "2025-05-30 17:30",
    "photo",
    "elodie",
    "Fête de la crèche",
    "",
    "crèche petite-enfance",
    caption="Lecture sous le préau pour la fête de fin d'année des P'tits Loups, avec les parents.",
)
E(
    "alpha_mediabus",
    "2025-06-03 12:20",
    "note",
    "nadia",
    "Le groupe alpha visite le médiabus",
    "Visite du médiabus avec le groupe alpha. Plusieurs habitent à Chalvignac et ne savaient pas qu'ils pouvaient emprunter le samedi près de chez eux. Karim leur a montré les livres faciles à lire et les albums bilingues.",
    "fle alphabétisation médiabus",
)
E(
    "toilettes_montreuil",
    "2025-06-05 10:00",
    "note",
    "patrice",
    "Montreuil : dernière tranche",
    "Dernière tranche de travaux d'accessibilité : toilettes PMR à Montreuil et abaissement des bacs à albums. Bibliothèque fermée du 4 au 22 août.",
    "accessibilité travaux montreuil",
)
E(
    "ctl_bilan",
    "2025-06-10 16:00",
    "note",
    "jeanmarc",
    "Bilan intermédiaire du CTL",
    "Bilan envoyé à la DRAC : 74 % des crédits 2024 consommés, les trois axes avancent. La DRAC confirme la tranche 2025 (25 000 €) et demande un focus sur l'évaluation.",
    "ctl financement drac",
)
E(
    "samedis_ete_mb",
    "2025-06-12 14:15",
    "note",
    "karim",
    "Samedis d'été du médiabus",
    "En juillet-août, les samedis du médiabus sont assurés par Thomas au volant (il a fait sa formation conduite), avec Mathilde en accompagnatrice. Moi je suis en congés du 14 juillet au 8 août. Yannick fait les deux samedis de fin août.",
    "médiabus samedi planning été",
)

# ---------------------------------------------------------------------------
# Escale 5 — évaluation et suites (mi-juin → septembre 2025)
# ---------------------------------------------------------------------------
E(
    "plan_rapport",
    "2025-06-18 10:00",
    "note",
    "lucie",
    "Plan du rapport d'évaluation",
    "Plan du rapport final : 1) horaires élargis, 2) itinérance, 3) publics jeunes, 4) publics allophones, 5) partenariats, 6) bénévolat, 7) coûts. Je vous solliciterai chacun pour un entretien d'ici fin juillet.",
    "évaluation rapport",
)
E(
    "entretiens_agents",
    "2025-06-19 14:00",
    "note",
    "lucie",
    "Entretiens avec les agents",
    "Je commence les entretiens d'évaluation avec les agents. Sujets : charge de travail, dimanches et soirées, ce qu'on a appris, ce qu'on referait autrement. 30 minutes chacun, confidentiel.",
    "évaluation personnel",
)
E(
    "repair_cs",
    "2025-06-21 13:00",
    "note",
    "mathilde",
    "Repair café au centre social",
    "Premier repair café dans l'atelier du centre social : plus de place, un vrai établi, et des habitants du quartier qui ne venaient pas à la Filature. 34 objets !",
    "repair-café centre-social",
)
E(
    "focus_ados",
    "2025-06-25 19:00",
    "audio",
    "lucie",
    "Focus group avec le conseil des jeunes",
    "Extrait du focus group, 9 participants.",
    "évaluation ados conseil-des-jeunes",
    transcript="— Ce qui a changé pour vous ? — Ben… on a un endroit à nous, quoi. Avant on traînait au city-stade. — Et le mercredi soir c'est ouvert, on peut venir après l'entraînement. — Moi je dirais les mangas, y en a plein maintenant, et c'est nous qui choisissons. — Et ce qui manque ? — Le dimanche l'été ! Et un truc pour les lycéens, parce qu'au lycée à Poitiers on n'est plus là de la semaine.",
)
E(
    "gerard",
    "2025-06-30 11:00",
    "testimony",
    "lucie",
    "Gérard, bénévole",
    "Je suis à la retraite depuis six ans. Le samedi matin je monte dans le médiabus avec Karim ou Yannick, je range, je discute, je porte les caisses. Et le troisième samedi je répare des grille-pain au repair café. Ça m'a redonné une place dans le coin, les gens me disent bonjour au marché.",
    "bénévoles médiabus repair-café témoignage",
    speaker="Gérard Mallet",
    role="bénévole du médiabus et du repair café",
)
E(
    "horaires_ete25",
    "2025-07-01 09:00",
    "note",
    "claire",
    "Horaires d'été 2025",
    "Du 1er juillet au 31 août : Filature du mardi au samedi, le samedi dès 9 h ; pas de dimanche ; la nocturne du jeudi est maintenue. Vernay fermée du 11 au 24 août.",
    "horaires été nocturne",
)
E(
    "ehpad_bilan",
    "2025-07-03 15:00",
    "note",
    "mathilde",
    "Bilan avec les Tilleuls",
    "Bilan d'un an et demi avec l'EHPAD : 31 séances de lecture, 5 bénévoles au total, le médiabus tous les mois, les tablettes surtout pour les livres audio. L'équipe soignante observe que des résidents très isolés sortent de leur chambre pour les lectures. On reconduit, avec une convention signée cette fois.",
    "ehpad bilan",
)
E(
    "samedi_9h",
    "2025-07-05 10:30",
    "note",
    "claire",
    "Samedi dès 9 h",
    "Cet été, la Filature ouvre le samedi dès 9 h (au lieu de 10 h) pour coller au marché. 58 entrées entre 9 h et 10 h ce matin.",
    "horaires été",
)
E(
    "abdoulaye",
    "2025-07-08 12:00",
    "testimony",
    "nadia",
    "Abdoulaye",
    "Je suis arrivé il y a quinze ans sans parler un mot de français. Aujourd'hui j'anime le groupe alpha du mardi. Ce que je dis aux gens : ici on ne vous demande pas vos papiers, on vous demande votre prénom.",
    "fle alphabétisation bénévoles témoignage",
    speaker="Abdoulaye Diallo",
    role="bénévole des ateliers de français",
)
E(
    "camping_mb",
    "2025-07-10 18:00",
    "photo",
    "karim",
    "Le médiabus au camping",
    "",
    "médiabus été",
    caption="Arrêt du jeudi au camping municipal de Mazerolles : BD, guides de rando et romans de plage.",
)
E(
    "mb_chiffres",
    "2025-07-15 09:30",
    "note",
    "karim",
    "Médiabus : les chiffres",
    "Depuis novembre : 14 200 prêts, 1 860 passages le samedi, 312 nouveaux inscrits dans les villages. 21 000 km au compteur, 11 L aux 100.",
    "médiabus bilan",
)
E(
    "stage_manga25",
    "2025-07-18 16:00",
    "photo",
    "sophie",
    "Stage manga 2025",
    "",
    "manga ados été",
    caption="Deuxième édition du stage de dessin manga : les planches sèchent sur le fil à l'étage.",
)
E(
    "bilan_financier",
    "2025-07-22 11:00",
    "note",
    "jeanmarc",
    "Bilan financier du projet",
    "Coût total du projet sur deux ans : 512 000 € (véhicule compris). Financé à 61 % par les partenaires : DRAC 38 % (DGD horaires, CTL, équipement), Département 14 %, DSIL 9 %. Le reste par la comcom.",
    "financement bilan drac département",
)
E(
    "inventaire_jeux",
    "2025-08-05 14:00",
    "note",
    "thomas",
    "Inventaire des jeux vidéo",
    "Inventaire d'été : 58 jeux vidéo, 3 disparus, 2 manettes HS. Je rachète Mario Kart, le plus emprunté (et le plus perdu).",
    "gaming",
)
E(
    "canicule25",
    "2025-08-12 15:00",
    "note",
    "patrice",
    "Canicule",
    "Fermeture exceptionnelle de l'étage cet après-midi : 34° relevés. Les ventilateurs ne suffisent plus, il faudra parler clim au budget.",
    "bâtiment filature",
)
E(
    "fle_rentree25",
    "2025-08-19 10:00",
    "note",
    "nadia",
    "Préparer la rentrée des ateliers",
    "Inscriptions aux ateliers de français le 2 septembre : on attend 60 personnes, 5 groupes prévus, dont un le samedi matin pour celles et ceux qui travaillent en semaine.",
    "fle",
)
E(
    "nouvelle_machine",
    "2025-08-25 08:30",
    "note",
    "yannick",
    "Nouvelle machine à café !",
    "La comcom nous a offert une machine à grains pour la salle de pause. Mode d'emploi scotché dessus, détartrage le vendredi. Prenez-en soin.",
    "logistique",
)
E(
    "travaux_montreuil_fin",
    "2025-08-28 16:20",
    "photo",
    "patrice",
    "Montreuil, c'est fini",
    "",
    "accessibilité travaux montreuil",
    caption="Les nouvelles toilettes accessibles et les bacs à albums à hauteur d'enfant à la bibliothèque de Montreuil.",
)
E(
    "dimanches_2526",
    "2025-09-02 11:00",
    "note",
    "yannick",
    "Dimanches 2025-2026",
    "Les inscriptions pour les dimanches de la nouvelle saison (à partir du 5 octobre) sont ouvertes. 10 volontaires cette année, contre 7 l'an dernier. La règle ne change pas : un dimanche par mois maximum chacun.",
    "dimanche planning personnel",
)
E(
    "forum25",
    "2025-09-06 17:00",
    "photo",
    "mathilde",
    "Forum des associations 2025",
    "",
    "bénévoles",
    caption="Le stand des bénévoles du réseau au forum 2025 : 21 contacts, dont 6 pour les ateliers de français.",
)
E(
    "rentree_classes25",
    "2025-09-09 12:00",
    "note",
    "elodie",
    "Rentrée des classes",
    "41 classes inscrites aux accueils cette année, dont 3 classes du lycée professionnel pour la première fois. Les villages restent servis par le médiabus.",
    "écoles accueils-de-classes",
)
E(
    "departement_convention",
    "2025-09-10 15:00",
    "note",
    "jeanmarc",
    "Département : convention 2026-2028",
    "Le Département propose une convention de 3 ans pour le fonctionnement du médiabus : formation des chauffeurs, renouvellement des collections via la médiathèque départementale, et 8 000 € par an. Signature en décembre.",
    "département financement médiabus",
)
E(
    "tournee_2526",
    "2025-09-12 09:00",
    "note",
    "karim",
    "Tournée 2025-2026",
    "La tournée 2025-2026 est publiée : 12 arrêts dont 4 le samedi matin, ajout des Granges-du-Bas et de la zone d'activité le mardi midi. Samedis : toujours Yannick et moi en alternance, avec Gérard.",
    "médiabus tournée samedi",
)
E(
    "rapport_final_link",
    "2025-09-15 10:00",
    "link",
    "lucie",
    "Rapport d'évaluation final",
    "Le rapport final (86 pages + synthèse de 6 pages) est en ligne. Merci à toutes et tous pour vos contributions et vos relectures.",
    "évaluation rapport",
    url="https://www.ccoteauxdulizon.fr/wp-content/uploads/2025/09/rapport-evaluation-lire-partout-lire-ensemble.pdf",
)
E(
    "conf_audio",
    "2025-09-18 17:30",
    "audio",
    "claire",
    "Intervention aux rencontres régionales",
    "Extrait de mon intervention aux rencontres régionales de la lecture publique.",
    "évaluation",
    transcript="Ce qu'on a appris, en fait, c'est que… les horaires, c'est pas un sujet technique. C'est un sujet de justice, hein. Quand on ouvre le dimanche, on voit arriver des gens qui… qui ne pouvaient tout simplement pas venir avant. Et le médiabus, pareil : on a arrêté d'attendre les gens, on va les chercher. Voilà. Et on l'a fait avec les équipes, pas contre elles, ça c'est… c'était la condition.",
)
E(
    "copil5",
    "2025-09-23 20:00",
    "note",
    "claire",
    "COPIL de clôture",
    "COPIL de clôture, salle du conseil communautaire. Lucie a présenté le rapport d'évaluation. 1) Horaires : nocturnes et dimanches pérennisés, les horaires ne sont plus le premier frein cité. 2) Médiabus : 312 nouveaux inscrits dans les villages, samedis très fréquentés. 3) Jeunes : les 15-24 ans passent de 9 à 15 % des répondants, le conseil des jeunes est reconduit. 4) Ateliers de français : 5 groupes à la rentrée, 5 DELF réussis. 5) Partenariats : conventions avec l'EHPAD, le centre social, France Travail et la crèche. 6) Accessibilité : Vernay, l'étage de la Filature et Montreuil sont traités. 7) Coût : 512 000 € sur deux ans, financés à 61 % par les partenaires. La DRAC et le Département confirment leur soutien pour 2026. Merci à toutes les équipes et aux bénévoles.",
    "copil gouvernance bilan",
)
E(
    "accord_dimanches",
    "2025-09-26 12:00",
    "note",
    "yannick",
    "Protocole des dimanches signé",
    "Le protocole sur les dimanches (volontariat, majoration à 100 %, un dimanche par mois maximum) est intégré au règlement du temps de travail de la comcom. Signé par la CGT et FO cette fois.",
    "syndicat dimanche personnel",
)
E(
    "suites",
    "2025-09-29 18:00",
    "note",
    "claire",
    "Et maintenant ?",
    "Le projet se termine mais rien ne s'arrête : dimanches, nocturnes, médiabus, ateliers de français, conseil des jeunes, grainothèque, repair café. Pistes pour 2026 : les lycéens, un arrêt du médiabus pour les saisonniers agricoles, et la candidature au label « Bibliothèque inclusive ». Merci pour ces deux ans.",
    "suites bilan",
)

# ---------------------------------------------------------------------------
# Posts ajoutés au fil de l'eau (toutes escales ; l'ordre final est chronologique)
# ---------------------------------------------------------------------------
E(
    "portail_resa",
    "2024-01-09 15:30",
    "note",
    "thomas",
    "Nouveau portail",
    "Nouvelle version du catalogue en ligne : on peut réserver un document depuis son téléphone et choisir où le récupérer (Filature, Vernay, Montreuil). Pensez à le dire aux lecteurs.",
    "numérique portail",
)
E(
    "pot_monique",
    "2023-12-15 19:30",
    "photo",
    "claire",
    "Pot de départ de Monique",
    "",
    "équipe",
    caption="Monique part à la retraite après 31 ans à la bib de Vernay. Discours, larmes et tarte aux pommes.",
)
E(
    "link_guide_horaires",
    "2024-03-25 09:00",
    "link",
    "claire",
    "Guide pour élargir les horaires",
    "Le guide pratique du ministère pour adapter et élargir les horaires d'ouverture (avec des retours d'expérience sur le dimanche). Très concret sur l'organisation du personnel.",
    "horaires dimanche ressources",
    url="https://www.culture.gouv.fr/Thematiques/Livre-et-lecture/Les-bibliotheques-publiques/Ouvrir-plus-ouvrir-mieux",
)
E(
    "places_pmr",
    "2024-04-04 14:00",
    "note",
    "patrice",
    "Places handicapées",
    "Deux places de stationnement PMR tracées devant l'entrée de la Filature, avec un cheminement sans ressaut jusqu'à la porte. Merci de ne pas s'y garer pour décharger !",
    "accessibilité filature parking",
)
E(
    "greve_sncf",
    "2024-05-02 18:15",
    "note",
    "nadia",
    "Grève SNCF, formation reportée",
    "Grève SNCF demain : l'intervenante du centre ressources, qui venait de Poitiers pour la 2e session de formation des bénévoles des ateliers de français, ne pourra pas venir. Formation reportée au 16 mai, même heure.",
    "fle bénévoles formation",
)
E(
    "fete_musique",
    "2024-06-21 21:40",
    "photo",
    "sophie",
    "Fête de la musique",
    "",
    "ados",
    caption="Deux membres du conseil des jeunes jouent de la guitare sur le parvis de la Filature pour la fête de la musique.",
)
E(
    "brocante",
    "2024-08-08 16:00",
    "note",
    "claire",
    "Brocante de dimanche",
    "Dimanche 11 août, brocante dans toute la rue de la Filature. Rien à voir avec nous (on est fermés), mais ne laissez pas de voiture devant le quai samedi soir : la rue est bloquée dès 6 h.",
    "parking logistique",
)
E(
    "expo_planches",
    "2024-09-13 17:00",
    "note",
    "sophie",
    "Expo des planches manga",
    "L'expo des planches du stage manga est prête à l'étage : 24 planches, des portraits, un mini-chapitre de 8 pages. Vernissage mercredi à 18 h avec les familles.",
    "manga ados exposition",
)
E(
    "veille_dimanche",
    "2024-10-05 17:50",
    "note",
    "claire",
    "Veille du premier dimanche",
    "Tout est prêt pour demain : affiches, caisse, planning (Amandine, Yannick, Sophie), café pour l'équipe. Ouverture 14 h - 18 h. Croisez les doigts !",
    "dimanche",
)
E(
    "manga_cafe_cdi",
    "2024-11-04 13:20",
    "note",
    "sophie",
    "Manga et café au CDI",
    "Le créneau « manga et café » du vendredi midi au CDI marche bien : 15 à 20 élèves chaque semaine. Je leur apporte une caisse de nouveautés, ils réservent et récupèrent ça à la Filature le mercredi.",
    "manga collège ados",
)
E(
    "escabeau",
    "2024-12-13 09:10",
    "note",
    "patrice",
    "Escabeau HS",
    "L'escabeau de la réserve est cassé (marche du haut fendue). Ne montez pas dessus pour les guirlandes, j'en rachète un lundi.",
    "logistique bâtiment",
)
E(
    "tableau_bord",
    "2025-01-15 10:00",
    "note",
    "lucie",
    "Tableau de bord mensuel",
    "Le tableau de bord mensuel est dans le dossier partagé : entrées (dont soirées et dimanches), prêts, nouveaux inscrits, participants aux ateliers, passages au médiabus. Mis à jour le 5 de chaque mois.",
    "évaluation fréquentation",
)
E(
    "vocal_carte_grise",
    "2025-03-31 16:10",
    "audio",
    "thomas",
    "À la permanence du jeudi",
    "Une usagère de la permanence numérique a bien voulu qu'on l'enregistre.",
    "numérique démarches seniors",
    transcript="Ah ben sans le jeune homme, j'aurais jamais eu ma carte grise, hein. Tout est sur internet maintenant, tout ! Moi j'ai pas d'ordinateur, j'ai 78 ans… Mon petit-fils il habite Bordeaux. Là il m'a fait ça en vingt minutes, il m'a même imprimé le papier. Je reviendrai pour les impôts.",
)
E(
    "controle_technique",
    "2025-04-29 09:00",
    "note",
    "karim",
    "Contrôle technique",
    "Contrôle technique du médiabus passé ce matin, aucune remarque. Vidange faite dans la foulée.",
    "médiabus véhicule",
)
E(
    "conte_jardin",
    "2025-05-15 11:40",
    "note",
    "elodie",
    "Heure du conte au jardin",
    "Quand il fait beau, l'heure du conte déménage dans le jardin de la Filature, les mercredis de mai et juin. Plaids et coussins fournis, apportez vos chapeaux.",
    "conte animation enfants",
)
E(
    "logo_etage",
    "2025-06-06 18:00",
    "drawing",
    "sophie",
    "Le logo de l'étage",
    "",
    "conseil-des-jeunes ados dessin",
    caption="Le logo de l'espace ado dessiné par Lou et voté par le conseil des jeunes : une manette qui sort d'un livre ouvert.",
)
E(
    "cles_salle_anim",
    "2025-06-24 09:00",
    "note",
    "claire",
    "Clés de la salle d'animation",
    "Les clés de la salle d'animation sont maintenant au tableau derrière l'accueil, plus dans le bureau de Patrice. Notez bien qui les prend.",
    "clés logistique",
)
E(
    "plannings_aout25",
    "2025-07-29 12:00",
    "note",
    "yannick",
    "Plannings d'août",
    "Plannings d'août affichés : 4 agents minimum à la Filature chaque jour d'ouverture, Vernay fermée deux semaines. Quelqu'un peut échanger le samedi 16 avec moi ?",
    "planning personnel",
)
E(
    "patrimoine",
    "2025-09-20 16:30",
    "photo",
    "elodie",
    "Journées du patrimoine",
    "",
    "animation patrimoine",
    caption="Visite des réserves pour les Journées du patrimoine : les registres de prêt de la bibliothèque municipale de 1952.",
)
E(
    "vernissage_photo",
    "2024-09-18 18:30",
    "photo",
    "sophie",
    "Vernissage",
    "",
    "manga ados exposition",
    caption="Vernissage de l'expo des planches manga à l'étage, les jeunes dessinateurs expliquent leurs planches aux parents.",
)
E(
    "souvenir_bibliobus",
    "2024-11-16 10:00",
    "testimony",
    "karim",
    "Souvenirs de bibliobus",
    "J'ai pris mon premier livre dans ce bus en 1999, j'avais 7 ans, c'était un Tintin. Aujourd'hui c'est ma fille qui monte dedans… enfin, dans le nouveau. Ça me fait quelque chose de voir l'ancien partir.",
    "médiabus témoignage",
    speaker="Aurélie Fradin",
    role="maman et ancienne lectrice du bibliobus, Saint-Pardoux",
)

# === QUERIES ===
# Each query names its relevant entries by key (judged by reading the entries);
# "TAG:x" means: every entry carrying the tag x (used for the #tag query only).
QUERIES = []


def Q(q, relevant, top3, why):
    QUERIES.append({"q": q, "relevant": relevant, "top3": top3, "why": why})


Q(
    "qui s'occupe du médiabus le samedi ?",
    ["samedis_qui", "samedis_ete_mb", "gerard", "tournee_2526"],
    ["samedis_qui", "tournee_2526"],
    "[question] qui conduit et accompagne les tournées du samedi (Karim, Yannick, Thomas l'été, bénévoles Gérard et Mathilde)",
)
Q(
    "comment ça s'est passé avec l'ehpad",
    [
        "ehpad_contact",
        "ehpad_premiere_lecture",
        "ehpad_7seances",
        "tablettes_ehpad",
        "ehpad_reprise",
        "dessins_tilleuls",
        "mb_ehpad_arret",
        "ehpad_noel",
        "bilan_experimentation",
        "josiane_arrete",
        "marcelle",
        "maternelle_ehpad",
        "nouvelles_lectrices",
        "ehpad_bilan",
    ],
    ["ehpad_bilan", "ehpad_premiere_lecture"],
    "[question] récits et bilans du partenariat avec l'EHPAD Les Tilleuls : lectures, tablettes, arrêt du médiabus, bénévoles, témoignage de résidente",
)
Q(
    "ouverture le dimanche",
    [
        "diag_horaires",
        "agents_dimanche_1",
        "plannings_actuels",
        "syndicats_16nov",
        "scenarios_horaires",
        "dgd_depose",
        "copil1",
        "syndicats_janv",
        "questionnaire_agents",
        "atelier_coco1",
        "visite_bressac",
        "copil2",
        "enquete_premiers_resultats",
        "suite_copil2",
        "link_guide_horaires",
        "offre_emploi",
        "conseil_comm_29mai",
        "formation_dimanche",
        "cst_10juin",
        "atelier_coco3",
        "amandine_annonce",
        "plannings_rentree",
        "affiche_dimanches",
        "veille_dimanche",
        "premier_dimanche_photo",
        "premier_dimanche_bilan",
        "julien_martin",
        "yannick_vocal_dimanche",
        "compteur",
        "dimanche2_photo",
        "copil3",
        "dimanche_jeux",
        "frequentation_oct",
        "preavis",
        "preavis_leve",
        "budget25",
        "fermeture_noel24",
        "bilan_experimentation",
        "logiciel_temps",
        "article_presse",
        "dimanche_ete_consult",
        "fin_saison_dimanches",
        "enquete2_resultats",
        "copil4",
        "parking_dimanche",
        "horaires_ete25",
        "dimanches_2526",
        "conf_audio",
        "copil5",
        "accord_dimanches",
    ],
    ["premier_dimanche_bilan", "affiche_dimanches"],
    "[phrase] tout ce qui touche à l'ouverture dominicale de la Filature : scénarios, financement, accord avec le personnel, premiers dimanches, fréquentation, bilans",
)
Q(
    "nocturnes",
    [
        "diag_horaires",
        "microtrottoir",
        "scenarios_horaires",
        "dgd_depose",
        "copil1",
        "questionnaire_agents",
        "nuits_bilan",
        "copil2",
        "enquete_premiers_resultats",
        "suite_copil2",
        "offre_emploi",
        "plannings_s2",
        "conseil_comm_29mai",
        "cst_10juin",
        "amandine_annonce",
        "plannings_rentree",
        "premiere_nocturne",
        "nocturnes_retours",
        "nocturne_justdance",
        "compteur",
        "copil3",
        "frequentation_oct",
        "halloween",
        "bilan_experimentation",
        "etage_mercredi",
        "horaires_ete25",
        "copil5",
    ],
    ["premiere_nocturne", "nocturnes_retours"],
    "[forme] ouvertures en soirée (jeudi jusqu'à 20 h, soirées spéciales, étage le mercredi soir) : projet, organisation, fréquentation",
)
Q(
    "syndicat",
    [
        "agents_dimanche_1",
        "syndicats_16nov",
        "syndicats_janv",
        "suite_copil2",
        "cst_10juin",
        "yannick_vocal_dimanche",
        "preavis",
        "preavis_leve",
        "dimanche_ete_consult",
        "accord_dimanches",
    ],
    ["syndicats_16nov", "syndicats_janv"],
    "[mot] négociations avec la CGT, FO et les représentants du personnel (dimanches, majorations, préavis, protocole)",
)
Q(
    "jeux vidéo",
    [
        "cdi_4e",
        "atelier_coco1",
        "sondage_insta",
        "intermarche_audio",
        "enquete_premiers_resultats",
        "commande_gaming",
        "conseil_jeunes_1",
        "manette_cassee",
        "tournoi_mk",
        "tournoi_video",
        "nocturne_justdance",
        "noa",
        "plateforme_os",
        "gaming_vernay",
        "theo",
        "clip_conseil",
        "smash_inter",
        "inventaire_jeux",
    ],
    ["commande_gaming", "tournoi_mk"],
    "[phrase] consoles, jeux et tournois (Switch, PS5, Mario Kart, Smash, Just Dance) et envies de gaming exprimées",
)
Q(
    "mangas",
    [
        "cdi_4e",
        "rayon_ados",
        "commande_mangas",
        "sondage_insta",
        "conseil_jeunes_1",
        "reunion_14mai_college",
        "club_manga_ete",
        "stage_manga",
        "expo_planches",
        "vernissage_photo",
        "conseil_jeunes_budget",
        "copil3",
        "noa",
        "manga_cafe_cdi",
        "escape_manga",
        "manga_place",
        "samedis_bilan",
        "marque_pages",
        "plateforme_os",
        "clip_conseil",
        "focus_ados",
        "stage_manga25",
    ],
    ["commande_mangas", "manga_place"],
    "[forme] fonds manga, club, stages de dessin, créneau au CDI et ce que les jeunes en disent",
)
Q(
    "conseil des jeunes",
    [
        "conseil_jeunes_idee",
        "copil2",
        "conseil_jeunes_1",
        "tournoi_mk",
        "peinture_etage",
        "conseil_jeunes_budget",
        "copil3",
        "escape_manga",
        "bilan_experimentation",
        "etage_mercredi",
        "nuits_2025",
        "elections_conseil",
        "depouillement",
        "theo",
        "clip_conseil",
        "logo_etage",
        "focus_ados",
        "copil5",
    ],
    ["conseil_jeunes_idee", "conseil_jeunes_1"],
    "[phrase] création, réunions, décisions, élections et réalisations du conseil des jeunes",
)
Q(
    "cours de français pour les réfugiés",
    [
        "cada_demande",
        "centre_social_rencontre",
        "alpha_ou_fle",
        "fle_premier_atelier",
        "fle_coin_enfants",
        "farid_audio",
        "fin_diagnostic",
        "fle_appel_benevoles",
        "atelier_alpha_photo",
        "fle_trois_groupes",
        "olena",
        "formation_fle_audio",
        "fatima",
        "fle_ete",
        "familles_ukr",
        "fle_rentree24",
        "copil3",
        "convention_cs",
        "fete_fle_audio",
        "bilan_experimentation",
        "fle_covoit",
        "fle_attente",
        "huit_mars",
        "fle_paques",
        "delf",
        "copil4",
        "alpha_mediabus",
        "abdoulaye",
        "fle_rentree25",
        "copil5",
    ],
    ["cada_demande", "fle_trois_groupes"],
    "[synonyme] ateliers FLE / alpha pour demandeurs d'asile et nouveaux arrivants : demande du CADA, groupes, bénévoles, témoignages d'apprenants, DELF",
)
Q(
    "alphabetisation",
    [
        "centre_social_rencontre",
        "alpha_ou_fle",
        "atelier_alpha_photo",
        "fle_trois_groupes",
        "fatima",
        "fete_fle_audio",
        "alpha_mediabus",
        "abdoulaye",
    ],
    ["alpha_ou_fle", "atelier_alpha_photo"],
    "[faute] sans accent : groupe alpha, personnes qui apprennent à lire et écrire",
)
Q(
    "aide pour les papiers administratifs en ligne",
    [
        "postes_publics",
        "atelier_coco1",
        "permanence_numerique",
        "france_travail_rdv",
        "fle_rentree24",
        "link_ants",
        "bilan_permanence_num",
        "sarah_arrivee",
        "vocal_carte_grise",
    ],
    ["permanence_numerique", "bilan_permanence_num"],
    "[synonyme] accompagnement numérique aux démarches (CAF, ANTS, impôts, actualisation) : permanences, bilan, témoignage",
)
Q(
    "pole emploi",
    ["france_travail_rdv", "atelier_cv_photo", "ft_chiffres", "atelier_ia"],
    ["france_travail_rdv", "ft_chiffres"],
    "[synonyme] ancien nom de France Travail : partenariat, ateliers CV, IA et lettre de motivation",
)
Q(
    "crèche",
    [
        "creche_contact",
        "link_premieres_pages",
        "bebes_lecteurs_1",
        "bebes_reprise",
        "dessins_tilleuls",
        "bebes_un_an",
        "fete_creche",
    ],
    ["creche_contact", "bebes_lecteurs_1"],
    "[mot] partenariat avec la crèche Les P'tits Loups : demande, bébés lecteurs, bilan, dessins, fête",
)
Q(
    "grainoteque",
    [
        "grainotheque_idee",
        "atelier_coco1",
        "meuble_graines",
        "sachets_graines",
        "grainotheque_lancement",
        "forum_assos24",
        "graino_bilan24",
        "graino_saison2",
        "troc_plants",
    ],
    ["grainotheque_lancement", "graino_bilan24"],
    "[faute] grainothèque mal orthographiée : idée, meuble, lancement, bilans, troc de plants (pas la « graine de champion »)",
)
Q(
    "repair café",
    [
        "repair_idee",
        "repair_salle",
        "repair1",
        "repair1_photo",
        "repair_juin",
        "forum_assos24",
        "repair_oct",
        "bilan_experimentation",
        "repair_hall",
        "copil4",
        "repair_cs",
        "gerard",
    ],
    ["repair1", "repair_oct"],
    "[mot] séances et organisation du repair café (pas les pannes de machine à café ni d'imprimante)",
)
Q(
    "enquête auprès des non-usagers",
    [
        "microtrottoir",
        "questionnaire_brouillon",
        "sandrine",
        "mael_lyceen",
        "copil1",
        "questionnaire_en_ligne",
        "link_questionnaire",
        "enquete_mi_parcours",
        "intermarche_audio",
        "enquete_cloture",
        "enquete_premiers_resultats",
        "rapport_enquete_link",
        "non_usagers_zoom",
        "restitution_synthese",
        "enquete2_prep",
        "enquete2_lancee",
        "enquete2_close",
        "enquete2_resultats",
        "entretiens_nonusagers",
    ],
    ["non_usagers_zoom", "entretiens_nonusagers"],
    "[phrase] enquête usagers / non-usagers (deux vagues et entretiens) : préparation, passations, paroles de non-usagers, résultats",
)
Q(
    "résultats du sondage",
    [
        "questionnaire_agents",
        "sondage_insta",
        "enquete_premiers_resultats",
        "rapport_enquete_link",
        "non_usagers_zoom",
        "restitution_synthese",
        "enquete2_resultats",
        "entretiens_nonusagers",
        "rapport_final_link",
        "copil5",
    ],
    ["enquete_premiers_resultats", "enquete2_resultats"],
    "[synonyme] résultats des enquêtes et questionnaires (grande enquête 2024 et 2025, sondage collégiens, questionnaire interne)",
)
Q(
    "subvention drac",
    [
        "budget_previsionnel",
        "drac_tel",
        "dossier_dgd",
        "dgd_depose",
        "link_dgd",
        "dgd_accordee",
        "copil2",
        "plan_fi_mb",
        "ctl_signature",
        "dgd_versement",
        "ctl_bilan",
        "bilan_financier",
        "copil5",
    ],
    ["dgd_accordee", "ctl_signature"],
    "[mot] financements de l'État via la DRAC : DGD pour les horaires, part du médiabus, CTL, versements, bilan",
)
Q(
    "contrat territoire lecture",
    [
        "drac_tel",
        "budget_previsionnel",
        "link_ctl",
        "copil2",
        "ctl_photo",
        "ctl_signature",
        "budget25",
        "sarah_arrivee",
        "fle_attente",
        "copil4",
        "ctl_bilan",
        "bilan_financier",
    ],
    ["ctl_signature", "ctl_bilan"],
    "[phrase] le CTL : préparation, signature, ce qu'il finance (médiatrice numérique, formatrice FLE), bilan intermédiaire",
)
Q(
    "les sous du département",
    [
        "budget_previsionnel",
        "md_rdv",
        "copil1",
        "md_aide_mb",
        "plan_fi_mb",
        "conseil_comm_29mai",
        "ctl_signature",
        "bilan_financier",
        "departement_convention",
        "copil5",
    ],
    ["md_aide_mb", "departement_convention"],
    "[familier] financements du conseil départemental : aide au médiabus, part du CTL, convention 2026-2028",
)
Q(
    "travaux accessibilité",
    [
        "escalier_filature",
        "marche_vernay",
        "diag_accessibilite",
        "dsil_depot",
        "copil2",
        "places_pmr",
        "ascenseur_etude",
        "boucle_magnetique",
        "travaux_vernay_planning",
        "chantier_vernay",
        "rampe_vernay_finie",
        "vernay_rouvre",
        "copil3",
        "livraison_falc",
        "falc_photo",
        "budget25",
        "plateforme_os",
        "chantier_plateforme",
        "plateforme_service",
        "copil4",
        "toilettes_montreuil",
        "travaux_montreuil_fin",
        "copil5",
    ],
    ["travaux_vernay_planning", "plateforme_os"],
    "[mot] diagnostic et chantiers de mise en accessibilité : rampe de Vernay, plateforme de la Filature, Montreuil, boucle magnétique, FALC",
)
Q(
    "ascenseur",
    [
        "escalier_filature",
        "diag_accessibilite",
        "dsil_depot",
        "ascenseur_etude",
        "copil3",
        "budget25",
        "plateforme_os",
        "chantier_plateforme",
        "plateforme_service",
        "theo",
        "copil4",
    ],
    ["ascenseur_etude", "plateforme_service"],
    "[mot] accès à l'étage de la Filature : étude ascenseur / plateforme élévatrice, budget, chantier, mise en service",
)
Q(
    "accès en fauteuil roulant",
    [
        "marche_vernay",
        "escalier_filature",
        "diag_accessibilite",
        "dsil_depot",
        "cahier_charges_mb",
        "places_pmr",
        "ascenseur_etude",
        "travaux_vernay_planning",
        "chantier_vernay",
        "rampe_vernay_finie",
        "vernay_rouvre",
        "copil3",
        "mb_ehpad_arret",
        "budget25",
        "plateforme_os",
        "marcelle",
        "chantier_plateforme",
        "rampe_mb_vocal",
        "rampe_reparee",
        "plateforme_service",
        "theo",
        "copil4",
        "toilettes_montreuil",
        "travaux_montreuil_fin",
    ],
    ["vernay_rouvre", "plateforme_service"],
    "[synonyme] accessibilité PMR : rampes, plateforme élévatrice, places et toilettes PMR, rampe du médiabus (pas les fauteuils du salon de lecture)",
)
Q(
    "formation des bénévoles",
    [
        "md_rdv",
        "benevoles_etat",
        "fle_appel_benevoles",
        "fle_trois_groupes",
        "formation_fle_audio",
        "greve_sncf",
        "charte_benevoles",
        "formation_benevoles",
        "nouvelles_lectrices",
    ],
    ["formation_benevoles", "formation_fle_audio"],
    "[phrase] formations proposées aux bénévoles (ateliers de français, lecture à voix haute, journées de 2025), pas celles des agents",
)
Q(
    "code wifi",
    ["wifi_oct23", "wifi_mai24", "wifi_ete24", "wifi_automne", "wifi_agents_fuite", "wifi_printemps"],
    ["wifi_printemps"],
    "[mot] changements du code / mot de passe wifi public et agents",
)
Q(
    "réunion du 14 mars",
    ["copil2_photo", "copil2", "enquete_premiers_resultats", "suite_copil2"],
    ["copil2", "copil2_photo"],
    "[date] le COPIL du jeudi 14 mars 2024 et ses suites immédiates (pas la fuite du 14 mars 2025 ni la réunion du 14 mai)",
)
Q(
    "nuit de la lecture janvier 2024",
    ["nuits_programme", "nuits_pyjama", "nuits_bilan", "ines_temoignage"],
    ["nuits_programme", "nuits_bilan"],
    "[date] Nuits de la lecture du 20 janvier 2024 (pas l'édition 2025)",
)
Q(
    "comité de pilotage",
    ["copil1", "copil2_photo", "copil2", "suite_copil2", "copil3", "copil4", "copil5"],
    ["copil1", "copil5"],
    "[synonyme] les COPIL et leurs comptes rendus",
)
Q(
    '"heure du conte"',
    ["conte_etat", "heure_conte_juin", "conte_dari", "conte_bebes", "conte_jardin"],
    ["heure_conte_juin", "conte_etat"],
    "[opérateur] expression exacte : entrées sur l'heure du conte (état des lieux, reprise, bilingue, 0-3 ans, au jardin)",
)
Q(
    "ehpad -médiabus",
    [
        "ehpad_contact",
        "ehpad_premiere_lecture",
        "ehpad_7seances",
        "tablettes_ehpad",
        "ehpad_reprise",
        "dessins_tilleuls",
        "ehpad_noel",
        "josiane_arrete",
        "maternelle_ehpad",
        "nouvelles_lectrices",
    ],
    ["ehpad_premiere_lecture", "ehpad_reprise"],
    "[opérateur] exclusion : entrées sur l'EHPAD qui ne parlent pas du médiabus / bibliobus",
)
Q(
    "auteur:karim panne",
    [
        "givre_bibliobus",
        "panne_embrayage",
        "mb_batterie",
        "mb_batterie_suite",
        "rampe_mb_vocal",
        "rampe_reparee",
    ],
    ["mb_batterie", "rampe_mb_vocal"],
    "[opérateur] entrées de Karim sur les pannes de l'ancien bibliobus et du nouveau médiabus",
)
Q(
    "escale:diagnostic ados",
    [
        "college_cpe",
        "cdi_4e",
        "mael_lyceen",
        "rayon_ados",
        "copil1",
        "nuits_programme",
        "commande_mangas",
        "nuits_bilan",
        "ines_temoignage",
        "fin_diagnostic",
    ],
    ["cdi_4e", "college_cpe"],
    "[opérateur] escale diagnostic seulement : constats et paroles sur les adolescents",
)
Q("#fle", "TAG:fle", [], "[opérateur] toutes les entrées étiquetées fle")
Q(
    "combien de monde le dimanche",
    [
        "premier_dimanche_bilan",
        "copil3",
        "frequentation_oct",
        "bilan_experimentation",
        "article_presse",
        "fin_saison_dimanches",
        "copil4",
    ],
    ["fin_saison_dimanches", "frequentation_oct"],
    "[question] chiffres de fréquentation des dimanches",
)
Q(
    "personnes âgées",
    [
        "ehpad_contact",
        "tournee_actuelle",
        "copil1",
        "ehpad_premiere_lecture",
        "groupe_mb",
        "ateliers_seniors",
        "ehpad_7seances",
        "tablettes_ehpad",
        "ehpad_reprise",
        "bilan_permanence_num",
        "dessins_tilleuls",
        "mb_ehpad_arret",
        "inauguration_video",
        "yvette",
        "ehpad_noel",
        "josiane_arrete",
        "marcelle",
        "maternelle_ehpad",
        "vocal_carte_grise",
        "nouvelles_lectrices",
        "ehpad_bilan",
    ],
    ["ehpad_bilan", "ateliers_seniors"],
    "[synonyme] seniors, résidents de l'EHPAD, anciens isolés des villages, retraités aidés aux démarches",
)
Q(
    "bébés lecteurs",
    [
        "creche_contact",
        "rpe_audio",
        "bebes_lecteurs_1",
        "bebes_rpe_photo",
        "bebes_reprise",
        "conte_bebes",
        "bebes_un_an",
    ],
    ["bebes_lecteurs_1", "bebes_rpe_photo"],
    "[phrase] séances de lecture pour les tout-petits à la crèche et au RPE, et leurs origines",
)
Q(
    "tournoi mario kart",
    ["conseil_jeunes_1", "tournoi_mk", "tournoi_video", "noa"],
    ["tournoi_mk", "tournoi_video"],
    "[phrase] le tournoi Mario Kart de mai 2024 (pas le tournoi Smash ni le Just Dance)",
)
Q(
    "ukrainiens",
    ["olena", "familles_ukr", "fle_livret"],
    ["familles_ukr", "olena"],
    "[forme] personnes et familles venues d'Ukraine, livret en ukrainien",
)
Q(
    "planing des agents",
    [
        "plannings_actuels",
        "plannings_s2",
        "plannings_rentree",
        "veille_dimanche",
        "samedis_qui",
        "reunion_11dec",
        "samedis_ete_mb",
        "plannings_aout25",
        "dimanches_2526",
        "tournee_2526",
    ],
    ["plannings_actuels", "plannings_rentree"],
    "[faute] plannings et roulements du personnel (jeudis soir, dimanches, samedis du médiabus, été)",
)
Q(
    "témoignages sur le bibliobus",
    ["directrice_fontclair", "souvenir_bibliobus", "yvette", "marcelle", "gerard"],
    ["directrice_fontclair", "yvette"],
    "[synonyme] paroles d'usagers, de partenaires et de bénévoles sur le bibliobus / médiabus",
)
Q(
    "panne du bus",
    [
        "givre_bibliobus",
        "panne_embrayage",
        "mb_batterie",
        "mb_batterie_suite",
        "rampe_mb_vocal",
        "rampe_reparee",
        "copil4",
    ],
    ["panne_embrayage", "mb_batterie"],
    "[familier] pannes du bibliobus puis du médiabus (pas la grève des cars, ni les pannes de réseau ou de machine à café)",
)
Q(
    "livraison des étagères",
    ["livraison_etageres"],
    ["livraison_etageres"],
    "[mot] livraison des étagères de l'espace ados",
)
Q(
    "classes qui viennent à la médiath",
    [
        "ecoles_etat",
        "greve_cars",
        "reunion_14mai_college",
        "accueils_classes_2425",
        "montreuil_classes",
        "incos_2025",
        "rentree_classes25",
    ],
    ["accueils_classes_2425", "rentree_classes25"],
    "[familier] accueils de classes en médiathèque (plannings, écoles qui ne viennent pas, car financé)",
)
Q(
    "combien coûte le nouveau médiabus ?",
    ["devis_vehicule", "md_aide_mb", "plan_fi_mb", "offres_mb"],
    ["plan_fi_mb", "offres_mb"],
    "[question] devis, offre retenue et plan de financement du véhicule",
)
Q(
    "greve du personnel",
    ["preavis", "preavis_leve"],
    ["preavis", "preavis_leve"],
    "[faute] préavis de grève de la CGT pour le dimanche 1er décembre 2024 et sa levée (pas les grèves des transports)",
)
Q(
    "réunion syndicats novembre 2023",
    ["syndicats_16nov"],
    ["syndicats_16nov"],
    "[date] la réunion avec la CGT et FO du 16 novembre 2023",
)
Q(
    "graines de tomates",
    ["sachets_graines", "grainotheque_lancement", "graino_bilan24", "graino_saison2", "troc_plants"],
    ["sachets_graines", "grainotheque_lancement"],
    "[mot] tomates à la grainothèque : dons, emprunts, troc de plants",
)
Q(
    "signalétique falc",
    ["diag_accessibilite", "livraison_falc", "falc_photo"],
    ["livraison_falc", "falc_photo"],
    "[mot] signalétique facile à lire et à comprendre",
)
Q("artothèque", [], [], "[sans réponse] le réseau n'a jamais prêté d'œuvres d'art")
Q("lectures en prison", [], [], "[sans réponse] aucune action en milieu carcéral")
Q(
    "vélo cargo",
    [],
    [],
    "[sans réponse] pas de portage à vélo (les vélos d'enfants réparés au repair café ne répondent pas)",
)
Q("imprimante 3d", [], [], "[sans réponse] pas de fablab (seule l'imprimante de l'accueil apparaît)")
Q(
    "dimanche en été",
    [
        "visite_bressac",
        "bilan_experimentation",
        "dimanche_ete_consult",
        "fin_saison_dimanches",
        "copil4",
        "focus_ados",
        "horaires_ete25",
    ],
    ["dimanche_ete_consult", "copil4"],
    "[phrase] débat sur l'ouverture dominicale l'été et décision de ne pas ouvrir (pas la brocante du dimanche d'août)",
)
Q(
    "ce que pensent les ados de la médiath",
    [
        "cdi_4e",
        "mael_lyceen",
        "ines_temoignage",
        "sondage_insta",
        "noa",
        "theo",
        "clip_conseil",
        "focus_ados",
    ],
    ["cdi_4e", "focus_ados"],
    "[familier] paroles d'ados et de jeunes sur la médiathèque : CDI, sondage, témoignages, clip, focus group",
)
Q(
    "quand est-ce que le nouveau bus est arrivé",
    ["offres_mb", "mb_attribue", "copil3", "mb_livre", "karim_premieres_impressions", "inauguration_mb"],
    ["mb_livre"],
    "[question] date de livraison du médiabus (prévue puis effective le 18 novembre 2024) et premiers jours",
)

# ---------------------------------------------------------------------------
# Build, write, check
# ---------------------------------------------------------------------------
WHY_TYPES = (
    "[mot]",
    "[synonyme]",
    "[familier]",
    "[phrase]",
    "[question]",
    "[faute]",
    "[forme]",
    "[date]",
    "[opérateur]",
    "[sans réponse]",
)
KIND_FIELDS = {  # fields that may be non-empty for each kind
    "note": set(),
    "photo": {"caption"},
    "drawing": {"caption"},
    "video": {"caption", "transcript"},
    "audio": {"transcript"},
    "testimony": {"speaker_name", "speaker_role"},
    "link": {"url"},
}
OPTIONAL = ("caption", "transcript", "speaker_name", "speaker_role", "url")


def fail(msg):
    raise SystemExit(f"blind7_fr check failed: {msg}")


def last_sunday(year, month):
    d = date(year, month, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris_iso(local):
    """Local Paris wall-clock datetime -> ISO 8601 string with the right offset (EU DST rule)."""
    start = datetime.combine(last_sunday(local.year, 3), time(2, 0))
    end = datetime.combine(last_sunday(local.year, 10), time(3, 0))
    off = "+02:00" if start <= local < end else "+01:00"
    return local.isoformat(timespec="seconds") + off


def stage_of(d):
    for s in STAGES:
        if date.fromisoformat(s["starts_on"]) <= d and (
            s["ends_on"] is None or d <= date.fromisoformat(s["ends_on"])
        ):
            return s["id"]
    fail(f"no stage contains {d}")


def build():
    keys = [e["key"] for e in ENTRIES]
    if len(keys) != len(set(keys)):
        dup = sorted({k for k in keys if keys.count(k) > 1})
        fail(f"duplicate entry keys {dup}")
    staged = []
    for e in ENTRIES:  # definition order: the seeded seconds are drawn in this order
        local = datetime.strptime(e["when"], "%Y-%m-%d %H:%M").replace(second=rng.randint(0, 59))
        staged.append((local, e["key"], e))
    staged.sort(key=lambda t: (t[0], t[1]))
    key_to_id, entries = {}, []
    for i, (local, key, e) in enumerate(staged, start=1):
        key_to_id[key] = i
        out = {
            "id": i,
            "kind": e["kind"],
            "title": e["title"],
            "body": e["body"],
            "tags": e["tags"],
            "occurred_at": paris_iso(local),
            "stage": stage_of(local.date()),
            "author": e["author"],
        }
        for f in OPTIONAL:
            out[f] = e[f]
        entries.append(out)
    queries = []
    for qd in QUERIES:
        rel = qd["relevant"]
        if isinstance(rel, str) and rel.startswith("TAG:"):
            tag = rel[4:]
            rel_ids = [x["id"] for x in entries if tag in x["tags"]]
        else:
            missing = [k for k in rel + qd["top3"] if k not in key_to_id]
            if missing:
                fail(f"query {qd['q']!r} names unknown entry keys {missing}")
            if len(set(rel)) != len(rel):
                fail(f"query {qd['q']!r} lists an entry twice")
            rel_ids = sorted(key_to_id[k] for k in rel)
        top_ids = [key_to_id[k] for k in qd["top3"]]
        queries.append({"q": qd["q"], "relevant": rel_ids, "top3": top_ids, "why": qd["why"]})
    return {
        "name": "blind7_fr",
        "language": "fr",
        "logbook": LOGBOOK,
        "stages": STAGES,
        "authors": AUTHORS,
        "entries": entries,
        "queries": queries,
    }


def check(data):
    if data.get("name") != "blind7_fr" or data.get("language") != "fr":
        fail("name/language")
    if set(data) != {"name", "language", "logbook", "stages", "authors", "entries", "queries"}:
        fail(f"top-level keys {sorted(data)}")
    if set(data["logbook"]) != {"title", "description"}:
        fail("logbook keys")
    stage_ids = {s["id"] for s in data["stages"]}
    author_ids = {a["id"] for a in data["authors"]}
    if len(stage_ids) != len(data["stages"]) or len(author_ids) != len(data["authors"]):
        fail("duplicate stage or author id")
    for s in data["stages"]:
        date.fromisoformat(s["starts_on"])
        if s["ends_on"] is not None:
            date.fromisoformat(s["ends_on"])
    entries = data["entries"]
    if len(entries) < 320:
        fail(f"only {len(entries)} entries")
    by_id = {}
    prev = None
    expected_keys = {"id", "kind", "title", "body", "tags", "occurred_at", "stage", "author", *OPTIONAL}
    for n, e in enumerate(entries, start=1):
        if set(e) != expected_keys:
            fail(f"entry {n} keys {sorted(e)}")
        if e["id"] != n:
            fail(f"entry ids not 1..N at position {n} (id {e['id']})")
        ts = datetime.fromisoformat(e["occurred_at"])
        if ts.utcoffset() not in (timedelta(hours=1), timedelta(hours=2)):
            fail(f"entry {n} offset")
        if prev is not None and ts < prev:
            fail(f"entry {n} is earlier than entry {n - 1}")
        prev = ts
        if e["stage"] not in stage_ids:
            fail(f"entry {n} unknown stage {e['stage']}")
        if e["author"] not in author_ids:
            fail(f"entry {n} unknown author {e['author']}")
        st = next(s for s in data["stages"] if s["id"] == e["stage"])
        d = ts.date()
        if d < date.fromisoformat(st["starts_on"]) or (
            st["ends_on"] and d > date.fromisoformat(st["ends_on"])
        ):
            fail(f"entry {n} date {d} outside its stage {st['id']}")
        if e["kind"] not in KINDS:
            fail(f"entry {n} kind {e['kind']}")
        for f in OPTIONAL:
            if not isinstance(e[f], str):
                fail(f"entry {n} field {f} is not a string")
            if e[f] and f not in KIND_FIELDS[e["kind"]]:
                fail(f"entry {n} ({e['kind']}) has a non-empty {f}")
        if e["kind"] == "link" and not e["url"].startswith("https://"):
            fail(f"entry {n} link without url")
        if e["kind"] == "testimony" and not (e["speaker_name"] and e["speaker_role"] and e["body"]):
            fail(f"entry {n} testimony without speaker or text")
        if e["kind"] in ("photo", "drawing") and not e["caption"]:
            fail(f"entry {n} {e['kind']} without caption")
        if e["kind"] == "audio" and not e["transcript"]:
            fail(f"entry {n} audio without transcript")
        if not e["title"] or not (e["body"] or e["caption"] or e["transcript"]):
            fail(f"entry {n} has no text")
        if not e["tags"] or any((not t) or t != t.lower() or " " in t for t in e["tags"]):
            fail(f"entry {n} tags {e['tags']}")
        by_id[e["id"]] = e
    queries = data["queries"]
    if len(queries) < 45:
        fail(f"only {len(queries)} queries")
    seen = set()
    no_answer = 0
    for qd in queries:
        if set(qd) != {"q", "relevant", "top3", "why"}:
            fail(f"query keys {sorted(qd)}")
        norm = " ".join(qd["q"].lower().split())
        if norm in seen:
            fail(f"duplicate query text {qd['q']!r}")
        seen.add(norm)
        for i in qd["relevant"] + qd["top3"]:
            if i not in by_id:
                fail(f"query {qd['q']!r} refers to missing entry id {i}")
        if len(set(qd["relevant"])) != len(qd["relevant"]):
            fail(f"query {qd['q']!r} repeats an id")
        if not set(qd["top3"]) <= set(qd["relevant"]):
            fail(f"query {qd['q']!r}: top3 not a subset of relevant")
        if len(qd["top3"]) > 2 or len(set(qd["top3"])) != len(qd["top3"]):
            fail(f"query {qd['q']!r}: top3 must list 0-2 distinct ids")
        if not qd["why"].startswith(WHY_TYPES):
            fail(f"query {qd['q']!r}: why must start with a query type")
        if qd["why"].startswith("[sans réponse]") != (qd["relevant"] == []):
            fail(f"query {qd['q']!r}: [sans réponse] iff relevant is empty")
        no_answer += qd["relevant"] == []
        # operator sanity: filtered queries only list entries passing the filter
        for tok in qd["q"].split():
            if tok.startswith("auteur:"):
                if any(by_id[i]["author"] != tok[7:] for i in qd["relevant"]):
                    fail(f"query {qd['q']!r}: relevant entry by another author")
            if tok.startswith("escale:"):
                if any(by_id[i]["stage"] != tok[7:] for i in qd["relevant"]):
                    fail(f"query {qd['q']!r}: relevant entry from another stage")
            if tok.startswith("#"):
                if any(tok[1:] not in by_id[i]["tags"] for i in qd["relevant"]) or not qd["relevant"]:
                    fail(f"query {qd['q']!r}: tag filter")
            if tok.startswith("-") and len(tok) > 1:
                word = tok[1:].lower()
                for i in qd["relevant"]:
                    e = by_id[i]
                    txt = " ".join([e["title"], e["body"], e["caption"], e["transcript"]]).lower()
                    if word in txt:
                        fail(f"query {qd['q']!r}: entry {i} contains the excluded word")
            if tok.startswith('"'):
                phrase = qd["q"].strip('"').lower()
                for i in qd["relevant"]:
                    e = by_id[i]
                    txt = " ".join([e["title"], e["body"], e["caption"], e["transcript"]]).lower()
                    if phrase not in txt:
                        fail(f"query {qd['q']!r}: entry {i} lacks the exact phrase")
    if no_answer != 4:
        fail(f"expected exactly 4 no-answer queries, got {no_answer}")
    return no_answer


def main():
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    reread = json.loads(OUT.read_text(encoding="utf-8"))
    no_answer = check(reread)
    n_rel = [len(q["relevant"]) for q in reread["queries"]]
    print(
        f"wrote {OUT}: {len(reread['entries'])} entries, {len(reread['queries'])} queries, "
        f"{no_answer} without answer, {sum(n_rel) / len(n_rel):.2f} relevant per query on average"
    )


if __name__ == "__main__":
    main()
