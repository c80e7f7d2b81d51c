"""Build bench/judged/blind_fr.json: a French logbook with hand-judged queries.

The entries that answer the queries are written by hand below (HAND); the rest is
everyday filler drawn from hand-written sentence pools with a fixed seed, so the
file is the same on every run. Relevance was judged by reading the entries, not by
matching words; the filler pools were written to share words with the topics
without being about them. Never tune search against this file (see README.md).

    python bench/judged/make_blind_fr.py   # rewrites blind_fr.json next to this file
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
SEED = 20240321
OUT = Path(__file__).with_name("blind_fr.json")

STAGES = [
    {"id": 1, "title": "Diagnostic partagé", "starts_on": "2023-09-04", "ends_on": "2024-01-31"},
    {"id": 2, "title": "Concertation et ateliers", "starts_on": "2024-02-01", "ends_on": "2024-06-30"},
    {
        "id": 3,
        "title": "Programme et budget participatif",
        "starts_on": "2024-07-01",
        "ends_on": "2024-11-30",
    },
    {"id": 4, "title": "Premiers chantiers", "starts_on": "2024-12-01", "ends_on": "2025-04-15"},
    {"id": 5, "title": "Bilan et suite du projet", "starts_on": "2025-04-16", "ends_on": None},
]

AUTHORS = [
    {"id": 1, "name": "Camille Roussel"},  # cheffe de projet politique de la ville, mairie
    {"id": 2, "name": "Karim Benali"},  # animateur jeunesse
    {"id": 3, "name": "Sophie Lemaire"},  # travailleuse sociale, CCAS
    {"id": 4, "name": "Julien Marchand"},  # chargé de mobilité, service voirie
    {"id": 5, "name": "Fatou Diallo"},  # présidente de l'asso Vivre aux Tilleuls
    {"id": 6, "name": "Thomas Girard"},  # urbaniste, bureau d'études
    {"id": 7, "name": "Hélène Vasseur"},  # directrice de la maison de quartier
    {"id": 8, "name": "Mehdi Haddad"},  # chargé de mission, bailleur Logis du Val
    {"id": 9, "name": "Claire Dubois"},  # service communication de la ville
    {"id": 10, "name": "Bernard Lefèvre"},  # habitant, co-président du conseil citoyen
    {"id": 11, "name": "Inès Moreau"},  # adulte-relais, médiatrice
]
CAM, KAR, SOP, JUL, FAT, THO, HEL, MEH, CLA, BER, INE = range(1, 12)

HAND: dict[str, dict] = {}


def H(key, when, author, kind, title, body, tags, **extra):
    """One hand-written entry; `key` names it in the queries below."""
    assert key not in HAND, key
    HAND[key] = dict(when=when, author=author, kind=kind, title=title, body=body, tags=tags, **extra)


# --- Escale 1: diagnostic ---------------------------------------------------------
H(
    "j1",
    "2023-09-19 17:20",
    HEL,
    "note",
    "",
    "Le jardin partagé derrière la maison de quartier : 12 parcelles, toutes prises, 20 familles en liste d'attente. Les jardiniers voudraient plus de place, ils me le redisent à chaque fois.",
    ["jardin", "espaces verts"],
)
H(
    "h1",
    "2023-09-26 11:05",
    MEH,
    "note",
    "Diagnostic technique",
    "Diagnostic technique des 4 bâtiments (212 logements) rendu : humidité importante au C et au D, menuiseries d'origine (1972), chauffage collectif à bout de souffle. Étiquettes E et F. Ça justifie une réhabilitation lourde.",
    ["logement", "bailleur", "diagnostic"],
)
H(
    "cc1",
    "2023-09-28 22:15",
    BER,
    "note",
    "",
    "Première séance du conseil citoyen des Tilleuls : 14 membres (8 habitants tirés au sort, 6 acteurs locaux). On m'a élu co-président, je sais pas si c'est une bonne nouvelle !",
    ["conseil citoyen"],
)
H(
    "y1",
    "2023-10-05 19:40",
    KAR,
    "note",
    "",
    "Les jeunes du quartier squattent le hall du bât B faute d'autre endroit, les locataires se plaignent. Les ados que je connais disent qu'il y a rien pour eux après 18h.",
    ["jeunesse"],
)
H(
    "m2",
    "2023-10-12 15:05",
    CLA,
    "photo",
    "",
    "",
    ["marche exploratoire"],
    caption="Marche exploratoire : arrêt devant la traversée de l'école, Bernard montre où les voitures déboulent",
)
H(
    "m3",
    "2023-10-12 15:40",
    FAT,
    "audio",
    "Capsule marche",
    "",
    ["marche exploratoire", "propreté"],
    caption="capsule enregistrée pendant la marche, au pied du bât D",
    transcript="Alors là on est au pied du D. Vous voyez les matelas, les sacs, ça fait trois semaines que c'est là. Les bacs sont pleins le lundi, ils passent le mardi, c'est pas assez. Une dame dit que les rats sortent le soir.",
)
H(
    "m1",
    "2023-10-12 18:30",
    THO,
    "note",
    "CR marche exploratoire",
    "Marche exploratoire ce jeudi avec 22 habitants + Bernard, Fatou, Julien. Départ maison de quartier 14h, retour 16h30. Ce qui ressort : 1) la traversée devant l'école Jules-Ferry, les voitures arrivent vite de la rue Jaurès, pas de passage piéton visible. 2) pas un seul banc entre la pharmacie et l'arrêt Tilleuls, les aînés s'arrêtent contre les murets. 3) l'arrêt de bus Tilleuls n'a pas d'abri, les personnes âgées attendent debout sous la pluie et s'en plaignent. 4) dépôts sauvages au pied du bât D, bacs qui débordent. 5) les cyclistes roulent sur le trottoir rue Jaurès faute de piste. Plan annoté à suivre.",
    ["marche exploratoire", "diagnostic", "espace public", "mobilité"],
)
H(
    "q1",
    "2023-10-16 09:10",
    CAM,
    "note",
    "Lancement du questionnaire",
    "On lance aujourd'hui le questionnaire habitants (20 questions, 10 min). Passation en porte-à-porte avec l'asso Vivre aux Tilleuls et les adultes-relais, jusqu'à fin novembre. Objectif 400 réponses.",
    ["questionnaire", "diagnostic"],
)
H(
    "m4",
    "2023-10-17 10:30",
    BER,
    "note",
    "",
    "Retour sur la balade du douze octobre : j'ai recopié les remarques de mon groupe, surtout les bancs et le manque d'abri au bus. Les gens étaient contents qu'on leur demande leur avis, faut refaire ça au printemps.",
    ["marche exploratoire", "conseil citoyen"],
)
H(
    "q2",
    "2023-10-21 13:15",
    FAT,
    "note",
    "",
    "Porte à porte ce samedi matin bât A et B avec 6 bénévoles : 48 questionnaires remplis !! Les gens ouvrent plus facilement quand on dit qu'on est de l'asso et pas de la mairie.",
    ["questionnaire", "asso"],
)
H(
    "s1",
    "2023-10-24 16:00",
    SOP,
    "note",
    "",
    "Repérage des personnes âgées isolées avec le CCAS : 37 seniors vivent seuls dans les 4 bâtiments, dont 11 qui ne sortent quasiment plus. On les inscrit au registre canicule/grand froid.",
    ["seniors", "CCAS"],
)
H(
    "q3",
    "2023-11-02 11:20",
    CLA,
    "photo",
    "",
    "",
    ["questionnaire"],
    caption="Binôme Fatou / Inès en porte-à-porte au bât C, questionnaire sur tablette",
)
H(
    "h2",
    "2023-11-07 15:45",
    SOP,
    "note",
    "",
    "Visite à domicile chez une famille du bât C (5 enfants, T3) : moisissures dans la chambre des enfants, le petit fait de l'asthme. Signalé au bailleur. En attendant la réhabilitation on voit pour un déshumidificateur.",
    ["logement", "CCAS"],
)
H(
    "n3",
    "2023-11-08 10:00",
    CLA,
    "note",
    "",
    "Affiches et flyers pour la réunion publique du mardi quatorze novembre, 18h30 salle polyvalente. Déposés à la boulangerie, la pharmacie, dans les halls. Karim en prend 200 pour le collège.",
    ["communication", "réunion publique"],
)
H(
    "e1",
    "2023-11-09 21:50",
    INE,
    "note",
    "Marche de nuit",
    "Marche exploratoire de nuit avec 9 femmes du quartier. Le passage des Lilas est vraiment trop sombre, 3 lampadaires sur 5 en panne. Plusieurs disent qu'elles font le détour par la rue Jaurès le soir pour pas passer là. Sentiment d'insécurité fort. Signalé à la ville.",
    ["éclairage", "sécurité", "femmes"],
)
H(
    "n2",
    "2023-11-14 19:10",
    CLA,
    "photo",
    "",
    "",
    ["réunion publique"],
    caption="Réunion publique salle polyvalente, Thomas présente le diagnostic",
)
H(
    "n1",
    "2023-11-14 21:30",
    CAM,
    "note",
    "CR réunion publique diagnostic",
    "CR rapide réunion publique de ce soir (14/11) : 65 personnes environ, beaucoup de locataires du C et du D, très peu de jeunes (à retravailler avec Karim). Thomas a présenté les premiers éléments du diagnostic. Sujets qui reviennent : propreté, humidité dans les logements, vitesse rue Jaurès. Ambiance tendue au début, plus constructive ensuite. Prochaine étape : ateliers en février.",
    ["réunion publique", "diagnostic"],
)
H(
    "n4",
    "2023-11-16 09:35",
    FAT,
    "note",
    "",
    "Des habitants m'ont reparlé de la réunion de mardi soir (le 14). Certains ont trouvé ça trop technique, les slides illisibles du fond. Idée : faire la prochaine en petits groupes par bâtiment.",
    ["réunion publique", "asso"],
)
H(
    "q7",
    "2023-11-21 14:10",
    INE,
    "note",
    "",
    "Le questionnaire est maintenant traduit en arabe et en turc. Pendant le porte-à-porte bcp de dames âgées voulaient répondre mais lisaient pas le français, on remplit avec elles.",
    ["questionnaire", "médiation"],
)
H(
    "b2",
    "2023-11-28 18:00",
    JUL,
    "note",
    "Comptage vélo",
    "Comptage vélo rue Jaurès mardi : 140 passages de cyclistes sur la journée, dont une bonne moitié sur le trottoir. Beaucoup de collégiens. Ça confirme le besoin d'un aménagement cyclable.",
    ["mobilité", "vélo", "diagnostic"],
)
H(
    "br2",
    "2023-11-30 22:40",
    INE,
    "note",
    "",
    "Rodéos de motos et scooters le soir rue des Lilas, les riverains n'en peuvent plus du bruit, surtout ceux qui se lèvent tôt. Vu avec la police municipale.",
    ["tranquillité"],
)
H(
    "y2",
    "2023-12-06 20:10",
    KAR,
    "note",
    "Paroles d'ados",
    "Atelier 'paroles d'ados' au local : 11 jeunes de 13 à 17 ans. Ce qu'ils veulent : un lieu à eux, du wifi, que le city stade soit refait, et qu'on arrête de les regarder comme des délinquants.",
    ["jeunesse"],
)
H(
    "q4",
    "2023-12-14 16:30",
    THO,
    "note",
    "Résultats provisoires enquête",
    "Enquête habitants : 412 réponses (sur ~1 900 ménages). Priorités : 1) propreté, poubelles qui débordent, encombrants (61 %) 2) sécurité le soir / éclairage (48 %) 3) état des logements (45 %) 4) lieux pour les jeunes (39 %) 5) circulation et stationnement (33 %). Détail par bâtiment dans le tableur.",
    ["questionnaire", "diagnostic"],
)
H(
    "vx",
    "2024-01-09 19:00",
    CAM,
    "note",
    "",
    "Vœux du maire au gymnase ce soir, il a cité le projet des Tilleuls dans son discours. Bcp d'élus présents, bon moment pour présenter l'équipe.",
    ["équipe"],
)
H(
    "h3",
    "2024-01-11 10:20",
    INE,
    "note",
    "Ascenseur C",
    "L'ascenseur du bât C est en panne depuis 10 jours. Mme D., 81 ans, au 7e, ne peut plus descendre, elle est isolée chez elle, ce sont les voisins qui lui montent le pain. Relancé le bailleur 3 fois.",
    ["logement", "bailleur", "seniors"],
)
H(
    "q5",
    "2024-01-18 09:00",
    HEL,
    "note",
    "Restitution du questionnaire",
    "Restitution des résultats du questionnaire hier soir à la maison de quartier : une quarantaine de personnes. Rappel : 412 habitants ont répondu. Les gens se sont reconnus dans les priorités, surtout la propreté. Bernard a demandé qu'on affiche les résultats dans les halls.",
    ["questionnaire", "diagnostic"],
)
H(
    "h4",
    "2024-01-19 12:05",
    CLA,
    "photo",
    "",
    "",
    ["logement"],
    caption="Hall du bât C : affichette « ascenseur hors service, intervention en attente de pièce »",
)
H(
    "e6",
    "2024-01-25 18:10",
    INE,
    "note",
    "",
    "L'hiver les mamans laissent plus sortir les enfants après 17h30 : il fait nuit noire vers le city stade et le passage des Lilas, la moitié des lampadaires marchent pas.",
    ["éclairage", "sécurité"],
)

# --- Escale 2: concertation ---------------------------------------------------------
H(
    "h5",
    "2024-02-06 09:30",
    MEH,
    "note",
    "CR rencontre Logis du Val / ville",
    "CR de la réunion bailleur-ville d'hier : 1) ascenseurs du C et du D remplacés dans le cadre de la réhabilitation (pas avant 2025), réparation provisoire du C faite 2) calendrier réhabilitation : études 2024, travaux 2025 3) concertation locataires à organiser avec l'amicale.",
    ["logement", "bailleur"],
)
H(
    "ol1",
    "2024-02-12 08:45",
    CAM,
    "link",
    "Plateforme de concertation en ligne",
    "La plateforme est ouverte : chacun peut poster ses idées et commenter jusqu'au 31 mars. Lien à diffuser largement !",
    ["concertation", "numérique"],
    url="https://jeparticipe.villeneuve-orge.example/tilleuls",
)
H(
    "s3",
    "2024-02-15 17:30",
    HEL,
    "note",
    "",
    "Lancement du café des aînés le jeudi 14h à la maison de quartier : 9 personnes dès la première fois ! Belote, café, et on parle du projet.",
    ["seniors", "maison de quartier"],
)
H(
    "d3",
    "2024-02-20 08:15",
    CLA,
    "photo",
    "",
    "",
    ["propreté"],
    caption="Encombrants et sacs poubelle devant le bât D, encore",
)
H(
    "cc2",
    "2024-02-27 21:00",
    BER,
    "note",
    "",
    "Le conseil citoyen a rendu son avis sur la charte de concertation : on demande que les CR soient affichés dans les halls et que les réunions soient pas toutes à 18h30.",
    ["conseil citoyen", "concertation"],
)
H(
    "ol2",
    "2024-03-04 11:00",
    CAM,
    "note",
    "",
    "Concertation numérique : 230 contributions sur la plateforme en 3 semaines. Mais quasi pas d'ados ni de seniors, et bcp de contributions du même petit groupe. On double avec des permanences papier à la maison de quartier.",
    ["concertation", "numérique"],
)
H(
    "rm",
    "2024-03-07 09:15",
    THO,
    "note",
    "",
    "Réunion d'équipe de mars décalée au jeudi, je suis en déplacement. On en profitera pour caler le déroulé des ateliers.",
    ["équipe"],
)
H(
    "p0",
    "2024-03-14 10:30",
    CLA,
    "note",
    "",
    "Affiche réunion publique jeudi 21 mars : mobilité, place des Tilleuls, calendrier. Tirée en 300 exemplaires, distribution dans les halls demain.",
    ["communication", "réunion publique"],
)
H(
    "p2",
    "2024-03-21 20:05",
    CLA,
    "audio",
    "Intervention M. Ferreira",
    "",
    ["réunion publique", "stationnement"],
    caption="Extrait réunion publique 21/03, intervention du boulanger",
    transcript="Moi je veux bien les vélos, hein, mais mes clients ils viennent en voiture, ils s'arrêtent deux minutes pour le pain. Si vous enlevez le stationnement devant la boutique, je ferme, c'est simple. Le parking du centre commercial c'est à cinq cents mètres, personne va marcher cinq cents mètres pour une baguette.",
)
H(
    "p1",
    "2024-03-21 22:10",
    CAM,
    "note",
    "CR réunion publique mobilité",
    "Réunion publique de ce soir, env. 90 personnes, salle comble. Julien a présenté le projet de piste cyclable rue Jaurès et la réorganisation de la place. Gros débat sur le parking : Bernard Lefèvre a demandé où les riverains vont se garer si on supprime les places rue Jaurès, M. Ferreira (boulangerie) craint de perdre ses clients qui s'arrêtent en double file, Mme Nguyen (bât B) a parlé des aides-soignantes qui trouvent jamais de place. Julien : ~40 places supprimées, compensées par le parking du centre commercial ouvert la nuit. Pas convaincus. Autre sujet : le bus 12 le dimanche.",
    ["réunion publique", "mobilité", "stationnement", "concertation"],
)
H(
    "p3",
    "2024-03-22 09:50",
    BER,
    "note",
    "",
    "Hier soir j'ai posé la question du stationnement pour les riverains de la rue Jaurès. Réponse de la ville pas claire du tout. Le conseil citoyen va écrire un courrier.",
    ["stationnement", "conseil citoyen"],
)
H(
    "p4",
    "2024-03-27 14:00",
    JUL,
    "note",
    "Suite réunion du 21/03",
    "Réponses aux questions posées à la réunion publique de jeudi dernier : étude de stationnement lancée (comptage nuit/jour), 12 places livraison/arrêt minute gardées devant les commerces, macarons riverains pour le parking du centre commercial. À présenter aux habitants en avril.",
    ["mobilité", "stationnement"],
)
H(
    "sc2",
    "2024-04-10 21:15",
    CAM,
    "note",
    "Atelier mobilité",
    "Atelier mobilité ce soir, 28 participants dont bcp de parents d'élèves. Demande forte d'une rue scolaire devant Jules-Ferry (fermée aux voitures aux heures d'entrée/sortie) et d'une zone 30. Les cyclistes présents veulent une piste séparée, pas une bande peinte.",
    ["mobilité", "concertation", "école"],
)
H(
    "b4",
    "2024-04-10 21:40",
    THO,
    "drawing",
    "Atelier mobilité : tracé proposé",
    "",
    ["mobilité", "concertation"],
    caption="Croquis fait en atelier : piste bidirectionnelle côté pair de la rue Jaurès, arceaux devant le collège, plateau surélevé devant l'école pour faire ralentir",
)
H(
    "y3",
    "2024-04-17 19:30",
    KAR,
    "note",
    "",
    "Atelier concertation jeunes : 19 ados ! Ils ont dessiné leur place idéale : un mur d'expression pour une fresque, des gradins, des prises pour charger les tel.",
    ["jeunesse", "concertation"],
)
H(
    "j2",
    "2024-04-24 21:00",
    THO,
    "note",
    "Atelier espaces verts",
    "Atelier espaces verts : envie de jardins en pied d'immeuble, de planter des arbres rue des Lilas pour l'ombre (îlot de chaleur l'été, les gens étouffent), de moins de béton sur la place.",
    ["espaces verts", "concertation"],
)
H(
    "bus6",
    "2024-05-02 09:00",
    JUL,
    "link",
    "Horaires ligne 12",
    "Fiche horaires ligne 12 (semaine/dimanche). Le dimanche c'est 1 passage toutes les 40 min, d'où les remarques à la réunion.",
    ["mobilité", "bus"],
    url="https://www.transval.example/lignes/12",
)
H(
    "y4",
    "2024-05-02 18:20",
    KAR,
    "video",
    "Micro-trottoir des ados",
    "",
    ["jeunesse"],
    caption="Les jeunes de l'atelier vidéo ont interrogé les passants place des Tilleuls",
    transcript="— Qu'est-ce qui manque dans le quartier ? — Des bancs, franchement, pour les anciens. — Un endroit pour les jeunes, on est toujours dehors. — Moi je dirais que ça soit propre, c'est tout.",
)
H(
    "d4",
    "2024-05-07 17:00",
    FAT,
    "note",
    "",
    "Opération quartier propre avec l'asso et les jeunes : 40 sacs de déchets ramassés, un frigo et deux matelas. L'agglo a envoyé une benne.",
    ["propreté", "asso"],
)
H(
    "b5",
    "2024-05-14 12:30",
    FAT,
    "note",
    "Vélo-école",
    "Première séance de la vélo-école pour femmes avec la ville et l'asso : 12 inscrites, la plupart sont jamais montées sur une bicyclette. Bcp de rires, une chute sans gravité. Prochaines séances tous les mardis sur le parking de la salle de sport.",
    ["vélo", "femmes", "mobilité"],
)
H(
    "b6",
    "2024-05-25 16:45",
    CLA,
    "photo",
    "Atelier Rustine",
    "",
    ["vélo", "maison de quartier"],
    caption="Premier atelier de réparation de vélos à la maison de quartier : 17 bécanes remises en état, chambres à air, freins, dérailleurs",
)
H(
    "y9",
    "2024-05-28 18:00",
    KAR,
    "testimony",
    "Yanis, 16 ans",
    "On nous voit comme des problèmes. Mais quand on a nettoyé le square avec l'asso personne l'a dit. Moi je veux bien aider pour le projet si on nous écoute vraiment.",
    ["jeunesse", "témoignage"],
    speaker_name="Yanis",
    speaker_role="16 ans, habitant du bât D",
)
H(
    "h9",
    "2024-05-28 15:10",
    SOP,
    "testimony",
    "Locataire du C",
    "On nous parle de travaux chez nous mais personne nous dit si on doit partir. Moi j'ai peur de devoir déménager avec mes trois enfants, l'école est juste là. Et après, est-ce qu'on pourra revenir ?",
    ["logement", "témoignage"],
    speaker_name="",
    speaker_role="locataire du bât C, mère de trois enfants",
)
H(
    "fq1",
    "2024-06-03 10:00",
    HEL,
    "note",
    "",
    "Prépa fête de quartier du samedi 15 juin : 14 stands, repas partagé, scène ouverte, maquillage pour les petits. Il manque des bénévoles pour le rangement.",
    ["fête de quartier"],
)
H(
    "h6",
    "2024-06-04 16:20",
    MEH,
    "note",
    "Programme réhabilitation",
    "Programme validé en CA : isolation par l'extérieur, fenêtres double vitrage, VMC, rénovation des halls. 9,8 M€ pour 212 logements, pas d'augmentation de loyer promise hors charges. Démarrage prévu janvier 2025.",
    ["logement", "bailleur"],
)
H(
    "j3",
    "2024-06-11 17:50",
    HEL,
    "photo",
    "",
    "",
    ["jardin"],
    caption="Première récolte de fraises au jardin partagé, les enfants du périsco ravis",
)
H(
    "fq2",
    "2024-06-15 15:30",
    CLA,
    "photo",
    "",
    "",
    ["fête de quartier"],
    caption="Fête de quartier : le stand de l'asso Vivre aux Tilleuls et la maquette du projet",
)
H(
    "fq3",
    "2024-06-15 19:45",
    CLA,
    "video",
    "Ambiance fête de quartier",
    "",
    ["fête de quartier"],
    caption="Scène ouverte à la fête du quartier",
    transcript="(musique) — C'est la première fois qu'il y a autant de monde sur la place ! — Le couscous de Mme Haddad il est parti en dix minutes...",
)
H(
    "fq4",
    "2024-06-17 09:20",
    CAM,
    "note",
    "",
    "Bilan de la fête du quinze juin : env. 600 personnes, 30 bénévoles, zéro incident. Bcp de contacts pris pour la suite du projet.",
    ["fête de quartier"],
)
H(
    "b7",
    "2024-06-22 11:00",
    FAT,
    "testimony",
    "Aïcha, vélo-école",
    "Avant j'attendais le bus 20 minutes pour faire les courses. Maintenant je prends le vélo, je vais au marché, je vais chercher les enfants. Mes filles se moquaient, maintenant elles veulent venir avec moi.",
    ["vélo", "témoignage"],
    speaker_name="Aïcha B.",
    speaker_role="habitante, participante à la vélo-école",
)
H(
    "br3",
    "2024-06-25 23:05",
    HEL,
    "note",
    "",
    "Musique forte tard sur la place ces derniers soirs, des voisins du bât A excédés. Médiation avec les jeunes concernés, on teste une « heure calme » à 22h.",
    ["tranquillité", "jeunesse"],
)

# --- Escale 3: programme et budget participatif ---------------------------------------
H(
    "v1",
    "2024-07-04 18:30",
    CAM,
    "note",
    "Budget participatif",
    "C'est acté en conseil municipal : budget participatif de 150 000 € pour le quartier. Dépôt des idées jusqu'au 31 juillet, vote en septembre.",
    ["budget participatif"],
)
H(
    "bn2",
    "2024-07-10 16:00",
    KAR,
    "note",
    "",
    "Avec 6 jeunes on a repeint les bancs de la place des Tilleuls (vert sapin). Ils étaient fiers, ils ont écrit leurs prénoms en dessous.",
    ["jeunesse", "espace public"],
)
H(
    "v7",
    "2024-07-18 10:10",
    CAM,
    "link",
    "Déposer une idée",
    "Lien pour déposer vos idées pour le budget participatif, à partager dans les groupes WhatsApp.",
    ["budget participatif", "numérique"],
    url="https://jeparticipe.villeneuve-orge.example/budget-participatif-tilleuls",
)
H(
    "s4",
    "2024-07-24 19:00",
    SOP,
    "note",
    "Canicule",
    "Canicule : appels quotidiens aux 37 seniors du registre. Deux dames avaient pas ouvert les fenêtres depuis des jours, 34° dans l'appartement. Visite avec l'infirmière.",
    ["seniors", "CCAS"],
)
H(
    "ch2",
    "2024-07-30 13:40",
    HEL,
    "note",
    "",
    "Cour de la maison de quartier = un four, 38 °C à l'ombre du préau mercredi, zéro arbre. On a acheté des brumisateurs et décalé les activités des enfants le matin. Faut végétaliser.",
    ["maison de quartier"],
)
H(
    "h14",
    "2024-08-27 09:30",
    INE,
    "note",
    "",
    "La famille Traoré a déménagé cet été à Évry, ils ont enfin eu un T4. On perd une super bénévole de l'asso.",
    ["asso"],
)
H(
    "v2",
    "2024-08-29 15:00",
    THO,
    "note",
    "",
    "Analyse technique des 38 idées déposées pour le budget participatif : 14 retenues, les autres trop chères ou hors compétence ville. Fiches projets prêtes.",
    ["budget participatif"],
)
H(
    "sc3",
    "2024-09-03 08:50",
    JUL,
    "note",
    "",
    "Rentrée : coussins berlinois posés rue Jaurès devant Jules-Ferry + marquage du passage piéton. Les parents trouvent que ça ralentit vraiment.",
    ["mobilité", "école"],
)
H(
    "v3",
    "2024-09-14 13:00",
    FAT,
    "note",
    "",
    "Stand de vote au marché ce matin + porte-à-porte l'aprèm au D : 160 bulletins. Les gens demandent si c'est vraiment eux qui décident.",
    ["budget participatif", "asso"],
)
H(
    "b13",
    "2024-09-18 18:30",
    KAR,
    "note",
    "",
    "Atelier répar' du mercredi : les ados viennent de plus en plus avec leurs BMX et trottinettes. Un bénévole retraité leur apprend à régler les freins. Il manque des pièces détachées, j'ai fait une liste.",
    ["vélo", "jeunesse"],
)
H(
    "y5",
    "2024-09-24 17:15",
    KAR,
    "note",
    "",
    "Les ados font campagne pour le projet fresque au budget participatif : stand à la sortie du collège, vidéo TikTok. Ils ont fait voter leurs parents.",
    ["jeunesse", "budget participatif"],
)
H(
    "v4",
    "2024-09-28 18:55",
    CLA,
    "photo",
    "",
    "",
    ["budget participatif"],
    caption="Dernier jour du vote du budget participatif : l'urne à la maison de quartier, queue jusqu'au trottoir",
)
H(
    "b15",
    "2024-10-02 11:30",
    JUL,
    "note",
    "Piste cyclable : calendrier",
    "Le marché de travaux de la piste rue Jaurès est attribué. D'abord les réseaux en décembre, puis la piste à partir de janvier. Les riverains recevront un courrier.",
    ["mobilité", "vélo"],
)
H(
    "v5",
    "2024-10-10 20:30",
    CAM,
    "note",
    "Résultats du vote",
    "Résultats budget participatif : 1 140 votants ! Lauréats : éclairage du passage des Lilas (60 000 €), bancs ombragés place des Tilleuls (30 000 €), extension du jardin partagé (25 000 €), fresque avec les jeunes (18 000 €), atelier vélo permanent (12 000 €). Total 145 000 €.",
    ["budget participatif"],
)
H(
    "v6",
    "2024-10-11 10:00",
    BER,
    "note",
    "",
    "Un peu déçu que le terrain de pétanque ait pas été retenu. Les anciens ont moins voté que les familles, faudra y penser la prochaine fois (bureau de vote au café des aînés ?).",
    ["budget participatif", "conseil citoyen"],
)
H(
    "h7",
    "2024-10-15 17:00",
    MEH,
    "note",
    "Report réhabilitation",
    "Mauvaise nouvelle : la réhabilitation est reportée d'environ 6 mois. L'appel d'offres pour les façades est infructueux (offres 30 % au-dessus de l'estimation) et le diagnostic amiante a révélé de l'amiante dans les colles de faïence du C. Nouveau démarrage visé été 2025.",
    ["logement", "bailleur"],
)
H(
    "h15",
    "2024-10-16 12:30",
    CAM,
    "note",
    "",
    "Point avec Mehdi sur le report du chantier des immeubles. Faut expliquer vite aux locataires pourquoi : amiante + appel d'offres. Je propose une réunion à la maison de quartier avec l'amicale.",
    ["logement"],
)
H(
    "h8",
    "2024-10-22 18:40",
    FAT,
    "note",
    "",
    "Colère chez les locataires après l'annonce du report des travaux dans les logements. « Encore des promesses. » Certains parlent de grève des loyers. Faut que le bailleur vienne s'expliquer en face.",
    ["logement", "asso"],
)
H(
    "h13",
    "2024-11-05 09:00",
    MEH,
    "note",
    "CR réunion amicale des locataires",
    "CR réunion avec l'amicale des locataires et la ville (4/11) : on a expliqué le report. Engagements : calendrier écrit par cage d'escalier, logement témoin visitable au printemps, relogement temporaire pour le C pendant le désamiantage. Questions sur les charges de chauffage.",
    ["logement", "bailleur"],
)
H(
    "d5",
    "2024-11-19 14:20",
    MEH,
    "note",
    "",
    "Conteneurs enterrés validés avec l'agglo : 6 points de collecte au lieu des bacs qui débordent. Installation au printemps.",
    ["propreté", "bailleur"],
)
H(
    "t1",
    "2024-11-23 12:45",
    JUL,
    "note",
    "Plantation",
    "Plantation ce samedi (Sainte-Catherine !) : 24 arbres plantés rue des Lilas avec deux classes de Jules-Ferry et une trentaine d'habitants. Tilleuls, érables, un micocoulier.",
    ["espaces verts"],
)
H(
    "t2",
    "2024-11-23 10:30",
    CLA,
    "photo",
    "",
    "",
    ["espaces verts"],
    caption="Les CM1 plantent un tilleul rue des Lilas",
)
H(
    "cc3",
    "2024-11-26 22:00",
    BER,
    "note",
    "",
    "Conseil citoyen de novembre : on a listé les craintes sur le chantier de la rue Jaurès qui démarre (accès des secours, commerces). Courrier envoyé au maire.",
    ["conseil citoyen"],
)

# --- Escale 4: premiers chantiers ------------------------------------------------------
H(
    "c8",
    "2024-12-03 08:40",
    CLA,
    "photo",
    "",
    "",
    ["chantier"],
    caption="Pose des palissades rue Jaurès : travaux de réseaux (eau, fibre) avant la piste cyclable",
)
H(
    "c1",
    "2024-12-09 17:30",
    INE,
    "note",
    "",
    "Les riverains du bât A se plaignent du bruit du chantier dès 7h du matin, marteau-piqueur + camions. Mme Koné travaille de nuit et arrive plus à dormir.",
    ["chantier"],
)
H(
    "s5",
    "2024-12-12 15:30",
    SOP,
    "testimony",
    "Rosa, café des aînés",
    "Depuis que mon mari est parti je vois personne de la semaine. Le jeudi, le café, c'est ma sortie. Je mets du rouge à lèvres pour venir, vous vous rendez compte.",
    ["seniors", "témoignage"],
    speaker_name="Rosa Pereira",
    speaker_role="habitante, 79 ans",
)
H(
    "c2",
    "2024-12-17 19:20",
    FAT,
    "note",
    "",
    "Les gens sont remontés contre le chantier : poussière partout, les enfants toussent, les palissades bouchent le passage. On entend « on nous a rien dit ». L'asso demande une réunion d'info.",
    ["chantier", "asso"],
)
H(
    "y10",
    "2024-12-18 18:00",
    KAR,
    "note",
    "",
    "Les ados râlent aussi : le city stade est fermé pendant le chantier, ils savent plus où aller. On bricole un créneau au gymnase le mercredi.",
    ["jeunesse", "chantier"],
)
H(
    "bus3",
    "2025-01-08 14:00",
    INE,
    "testimony",
    "Mme Blanc, arrêt de bus",
    "Ils ont déplacé l'arrêt à cause des travaux, maintenant il est devant le garage, c'est trois cents mètres de plus. Avec ma canne et mon cabas j'y arrive pas. Je suis restée chez moi toute la semaine. On aurait pu nous demander.",
    ["bus", "chantier", "seniors", "mobilité"],
    speaker_name="Georgette Blanc",
    speaker_role="habitante, 84 ans",
)
H(
    "sc4",
    "2025-01-14 08:35",
    CLA,
    "photo",
    "",
    "",
    ["école", "mobilité"],
    caption="Rue aux écoles en test : barrières à l'entrée et à la sortie des classes, les enfants traversent sans voiture",
)
H(
    "bus4",
    "2025-01-15 11:15",
    SOP,
    "note",
    "",
    "Au CCAS plusieurs aînés se plaignent du déplacement de l'arrêt Tilleuls pendant le chantier. Certains sortent plus du tout, risque d'isolement réel. On propose un accompagnement courses le jeudi avec les bénévoles de l'asso en attendant.",
    ["seniors", "CCAS", "bus", "mobilité"],
)
H(
    "b9",
    "2025-01-20 09:00",
    JUL,
    "note",
    "Démarrage piste cyclable",
    "Après les réseaux, démarrage des travaux de la piste cyclable rue Jaurès ce lundi : tranche 1 entre la place et le collège, 10 semaines. Coût total 1,2 M€ dont 40 % subventionné. Circulation alternée, info riverains distribuée.",
    ["mobilité", "vélo", "chantier"],
)
H(
    "p5",
    "2025-01-28 10:05",
    INE,
    "note",
    "",
    "Rue Jaurès les places de parking ont disparu avec le chantier et les riverains sont furieux, des voitures garées sur les trottoirs, PV de la police municipale. Un monsieur m'a crié dessus ce matin.",
    ["chantier", "stationnement"],
)
H(
    "bus5",
    "2025-02-03 16:30",
    JUL,
    "note",
    "",
    "Obtenu de Transval un arrêt provisoire à l'angle de la rue des Lilas, 80 m du bât C, à partir de lundi. Merci à Sophie et aux personnes âgées qui ont fait remonter le problème.",
    ["mobilité", "bus"],
)
H(
    "sc5",
    "2025-02-04 17:00",
    JUL,
    "testimony",
    "Parent d'élève",
    "Enfin on peut laisser les petits faire le bout de chemin tout seuls. Avant les voitures montaient sur le trottoir devant l'école.",
    ["école", "témoignage"],
    speaker_name="Samir",
    speaker_role="parent d'élève à Jules-Ferry",
)
H(
    "c5",
    "2025-02-10 09:40",
    CAM,
    "note",
    "Registre chantier",
    "Le cahier de doléances du chantier à la maison de quartier : 23 réclamations en un mois (bruit, poussière, accès, livraisons). On les transmet chaque lundi à l'entreprise.",
    ["chantier"],
)
H(
    "b14",
    "2025-02-12 18:45",
    HEL,
    "note",
    "",
    "Atelier Rustine en hiver : moins de monde, 6 vélos seulement, surtout réglage des lumières pour rouler la nuit. Le financement du budget participatif permet enfin d'acheter un vrai pied d'atelier.",
    ["vélo", "maison de quartier"],
)
H(
    "c6",
    "2025-02-19 12:00",
    INE,
    "audio",
    "Commerçants rue Jaurès",
    "",
    ["chantier", "commerces"],
    caption="capsule avec deux commerçants rue Jaurès",
    transcript="— Depuis les palissades j'ai perdu un tiers de mon chiffre. Les gens passent plus devant. — Moi c'est pareil, et personne de la mairie est venu nous voir. On est pas contre le projet, mais trois mois comme ça, on tiendra pas.",
)
H(
    "e4",
    "2025-02-25 19:10",
    JUL,
    "note",
    "",
    "Nouveaux candélabres LED posés passage des Lilas (projet du budget participatif). Détecteurs de présence, plus de coin sombre. Ça a été rapide.",
    ["éclairage"],
)
H(
    "e5",
    "2025-03-01 11:30",
    INE,
    "testimony",
    "Passage des Lilas",
    "Avant je faisais le grand détour le soir, j'avais peur. Maintenant c'est éclairé, je passe avec ma fille sans y penser.",
    ["éclairage", "témoignage"],
    speaker_name="Nadia",
    speaker_role="habitante, mère de famille",
)
H(
    "t4",
    "2025-03-04 10:00",
    THO,
    "note",
    "",
    "Sur les 24 arbres de novembre, 3 ont pas repris. Le pépiniériste les remplace sous garantie. Arrosage à organiser cet été avec les riverains.",
    ["espaces verts"],
)
H(
    "b10",
    "2025-03-05 17:40",
    KAR,
    "note",
    "",
    "Les ados du city stade demandent des arceaux pour accrocher leurs vélos, ils se font piquer les roues. J'ai transmis à Julien.",
    ["jeunesse", "vélo"],
)
H(
    "c7",
    "2025-03-11 16:00",
    JUL,
    "note",
    "Réunion de chantier",
    "Réunion de chantier hebdo : suite aux plaintes des riverains, plus de marteau-piqueur avant 8h30, et un passage piéton protégé vers l'école. L'entreprise nettoie la chaussée tous les soirs.",
    ["chantier"],
)
H(
    "f1",
    "2025-03-18 18:30",
    KAR,
    "drawing",
    "Esquisse de la fresque",
    "",
    ["jeunesse", "fresque"],
    caption="Esquisse validée par le groupe de jeunes : les tilleuls, le bus 12, des visages d'habitants",
)
H(
    "h10",
    "2025-03-24 14:00",
    MEH,
    "note",
    "Relogement temporaire",
    "Relogement temporaire : 14 ménages du bât C vont être relogés 3 mois pendant le désamiantage. Les déménagements sont pris en charge (camion + cartons), premiers départs le 7 avril.",
    ["logement", "bailleur"],
)
H(
    "j5",
    "2025-03-29 12:15",
    HEL,
    "note",
    "",
    "Extension du jardin partagé : 10 nouvelles parcelles dont 3 bacs surélevés pour les personnes à mobilité réduite. Tirage au sort des parcelles samedi.",
    ["jardin", "espaces verts"],
)
H(
    "d6",
    "2025-04-02 09:30",
    CLA,
    "photo",
    "",
    "",
    ["propreté"],
    caption="Les nouveaux conteneurs enterrés au pied du bât D, fini les bacs qui débordent",
)
H(
    "h11",
    "2025-04-08 18:00",
    SOP,
    "note",
    "",
    "Accompagnement des familles qui déménagent du C : on a fait les cartons avec Mme S. hier, elle pleurait de quitter son appart même pour 3 mois. On passe voir chacun la semaine suivant l'installation.",
    ["logement", "CCAS"],
)
H(
    "f2",
    "2025-04-11 15:00",
    CLA,
    "photo",
    "",
    "",
    ["fresque", "jeunesse"],
    caption="Mur du gymnase préparé, les jeunes attaquent la fresque",
)
H(
    "y6",
    "2025-04-15 18:20",
    CLA,
    "photo",
    "La fresque",
    "",
    ["fresque", "jeunesse"],
    caption="La fresque terminée, 22 m de long, signée par les 14 jeunes",
)

# --- Escale 5: bilan ------------------------------------------------------------------
H(
    "y12",
    "2025-04-16 17:00",
    KAR,
    "testimony",
    "Lina, 15 ans",
    "Quand je passe devant je dis à tout le monde c'est moi qui ai fait le visage de la dame avec le foulard. C'est la première fois que je fais un truc qui reste.",
    ["jeunesse", "fresque", "témoignage"],
    speaker_name="Lina",
    speaker_role="15 ans, collégienne",
)
H(
    "bn3",
    "2025-04-23 11:00",
    CLA,
    "photo",
    "Nouveaux bancs",
    "",
    ["espace public"],
    caption="Pose des 8 bancs ombragés place des Tilleuls (projet lauréat du budget participatif)",
)
H(
    "s6",
    "2025-04-29 16:40",
    SOP,
    "note",
    "",
    "Visites de convivialité : 8 bénévoles de l'asso + 2 services civiques passent chaque semaine chez les aînés isolés du registre. Une dame nous a dit que c'était la seule visite du mois.",
    ["seniors", "asso"],
)
H(
    "bn4",
    "2025-05-06 18:00",
    BER,
    "note",
    "",
    "Les nouveaux bancs sont pris d'assaut par les anciens l'après-midi. Mme Blanc dit qu'elle peut enfin aller à la pharmacie en faisant une pause.",
    ["espace public"],
)
H(
    "j6",
    "2025-05-13 11:00",
    FAT,
    "audio",
    "Au jardin",
    "",
    ["jardin"],
    caption="capsule au jardin partagé un samedi matin",
    transcript="— Ici avant c'était un terrain vague avec des seringues. — Maintenant j'ai mes tomates, mes courgettes, et je parle avec des gens que je connaissais pas alors que ça fait vingt ans qu'on habite le même immeuble.",
)
H(
    "b11",
    "2025-05-17 16:00",
    CLA,
    "video",
    "Inauguration de la piste",
    "",
    ["vélo", "mobilité"],
    caption="Inauguration de la piste cyclable rue Jaurès, parade à vélo avec les écoles",
    transcript="Le maire : cette piste, elle a été dessinée avec vous, dans les ateliers de l'an dernier... (applaudissements) ... Une habitante : moi je trouve ça bien mais faut que les voitures respectent.",
)
H(
    "h12",
    "2025-05-20 10:30",
    MEH,
    "note",
    "",
    "Les ascenseurs neufs du C et du D sont en service ! Premiers travaux de la réhabilitation terminés avant même les façades.",
    ["logement", "bailleur"],
)
H(
    "q6",
    "2025-05-27 15:00",
    THO,
    "note",
    "Questionnaire de satisfaction",
    "Questionnaire de satisfaction (bilan) clos : 236 répondants. 71 % trouvent que le quartier s'est amélioré depuis deux ans. Détail dans le rapport.",
    ["questionnaire", "bilan"],
)
H(
    "b12",
    "2025-06-03 18:10",
    JUL,
    "note",
    "",
    "Comptage après ouverture : 310 cyclistes par jour rue Jaurès (contre 140 en nov. 2023), quasi plus personne sur le trottoir.",
    ["mobilité", "vélo", "bilan"],
)
H(
    "cc4",
    "2025-06-05 21:30",
    BER,
    "note",
    "",
    "Dernier conseil citoyen avant l'été : bilan des deux ans. On veut rester associés à la suite, surtout pour la réhabilitation des immeubles.",
    ["conseil citoyen", "bilan"],
)
H(
    "fq5",
    "2025-06-14 18:00",
    HEL,
    "note",
    "",
    "Fête de quartier 2025 ce samedi 14 juin : bonne ambiance mais moins de monde que l'an dernier (match à la télé ?). Tombola au profit de l'asso.",
    ["fête de quartier"],
)
H(
    "ch5",
    "2025-06-17 09:15",
    CAM,
    "note",
    "Cour oasis",
    "Dossier « cour oasis » déposé pour l'école Jules-Ferry : désimperméabiliser la cour, planter, fontaines. Après l'été 2024 on peut plus laisser les enfants dans une cour à 40°.",
    ["école", "espaces verts"],
)


# --- Filler: everyday posts that share words with the topics without being about them --
# Every partner reads right after "à", "de" or "avec".
PARTNERS = [
    "la CAF",
    "la médiathèque",
    "l'équipe du centre social",
    "la préfecture",
    "la direction du collège Politzer",
    "la mission locale",
    "la direction de la culture",
    "la fondation de France",
    "l'agglo",
    "l'antenne du Secours populaire",
    "la PMI",
    "l'association de foot",
]
PLACES = [
    "la maison de quartier",
    "la salle polyvalente",
    "le local de l'asso",
    "la mairie annexe",
    "la médiathèque",
    "la mairie",
    "le café de la place",
]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
HOURS = ["9h", "9h30", "10h", "11h", "14h", "14h30", "16h", "17h30", "18h"]
PEOPLE = [
    "Camille",
    "Karim",
    "Sophie",
    "Julien",
    "Fatou",
    "Thomas",
    "Hélène",
    "Mehdi",
    "Claire",
    "Bernard",
    "Inès",
]

NOTE_POOL = [
    "RDV calé avec {partner} {day} à {hour} à {place}.",
    "Point d'équipe {day} : on a fait le tour des actions, rien de bloquant.",
    "CR de la réunion d'équipe envoyé à tout le monde, merci de relire avant {day}.",
    "Salle polyvalente réservée pour {day} soir, penser à récupérer les clés à l'accueil de la mairie.",
    "Imprimante de la maison de quartier encore en panne, j'ai imprimé les affiches à la médiathèque.",
    "Appel avec {partner}, ils sont partants pour un partenariat mais attendent un courrier officiel.",
    "Relance mail à {partner} pour la convention, toujours pas de réponse.",
    "Je suis en congés la semaine prochaine, {person} prend le relais pour les RDV.",
    "Permanence de l'asso ce {day} : {n} passages, surtout des questions administratives (CAF, papiers, impôts).",
    "Atelier couture du mardi : {n} participantes, elles préparent des costumes pour le carnaval.",
    "Atelier d'écriture à la médiathèque, les textes des habitants seront lus en public le mois prochain.",
    "Le bruit court que la médiathèque va changer d'horaires, à vérifier avant de l'annoncer.",
    "Merci à tous pour la chaleur de l'accueil au local de l'asso hier soir !",
    "Journée portes ouvertes de la maison de quartier : bcp de familles, inscriptions aux activités.",
    "On a planté le décor pour l'expo photo des habitants dans le hall de la mairie.",
    "Visio avec le bureau d'études en ligne, le son coupait tout le temps, on refait ça en vrai {day}.",
    "Ça coûte rien de demander : j'ai écrit à {partner} pour le prêt de barnums.",
    "Réunion au CCAS pour caler le planning des permanences d'accès aux droits.",
    "Rencontre avec la nouvelle principale du collège, on lui présente la démarche {day}.",
    "Formation « animer une réunion » au centre de formation de la ville, très utile, je partage les supports.",
    "Accueil d'une stagiaire en master urbanisme pour 3 mois, elle commence {day}.",
    "Mise à jour du tableau de suivi des contacts partenaires, {n} lignes de plus.",
    "Le groupe WhatsApp de l'asso a passé les {n}0 membres.",
    "Coupure de réseau à la maison de quartier toute la matinée, impossible d'envoyer les mails.",
    "Réunion inter-services à la mairie : urbanisme, voirie, social, culture autour de la table. Ça avance doucement.",
    "Envoi des invitations pour le comité de pilotage, réponse attendue avant {day}.",
    "Comité de pilotage : calendrier validé, RAS.",
    "Atelier cuisine du monde au local de l'asso, la salle sentait bon toute la soirée.",
    "Sortie au musée avec les familles du périscolaire, minibus de la ville, retour 18h.",
    "RDV devant l'école Jules-Ferry à 8h30 pour distribuer les flyers de la permanence.",
    "Garé sur le parking du centre commercial, RDV avec {person} au café en face.",
    "Vacances scolaires : la maison de quartier tourne avec une équipe d'animation réduite.",
    "Conseil municipal ce soir, rien sur le quartier à l'ordre du jour.",
    "Réunion avec la police municipale sur les horaires des permanences du soir.",
    "Soutien scolaire : {n} enfants inscrits cette année, il manque des bénévoles en maths.",
    "Les panneaux d'affichage de la place ont été changés, on peut enfin afficher nos dates.",
    "Tableau de bord mis à jour pour le financeur, envoyé à {person} pour relecture.",
    "Point téléphonique avec {person} sur le fil d'Ariane à présenter au COPIL.",
    "Merci {person} pour les photos, je les range dans le drive.",
    "Le local de l'asso a besoin d'un coup de peinture, on en parle à la prochaine AG.",
    "AG de l'asso : {n} adhérents présents, bonne ambiance, pot à la fin.",
    "Relu la plaquette de présentation du projet, quelques coquilles à corriger.",
    "{person} a perdu son badge, penser à en refaire un à l'accueil.",
    "Pas de permanence ce {day}, grève des transports, la moitié de l'équipe bloquée.",
    "Il pleut des cordes, l'animation prévue dehors est annulée.",
    "Réunion reportée à la semaine prochaine, trop d'absents.",
    "Pot de départ au service culture, on perd un super interlocuteur.",
    "Rangé la réserve du local : on a retrouvé les affiches de 2019 !",
    "Tournage d'un petit film de présentation de la maison de quartier par la com de la ville.",
    "Séminaire politique de la ville à la préfecture, bcp de retours d'autres quartiers.",
    "Échange avec une autre ville qui a mené un projet similaire, on récupère leurs outils d'animation.",
    "Lecture de contes à la médiathèque avec les tout-petits, super moment.",
    "Repas de l'équipe pour clôturer le trimestre, merci {person} pour le gâteau.",
    "Réunion avec la CAF pour les permanences d'accès aux droits, ok pour un {day} sur deux.",
    "L'amicale des locataires nous emprunte la salle pour leur loto du dimanche.",
    "Appel d'un journaliste du Parisien, je l'ai renvoyé vers la com.",
    "Les travaux de l'atelier d'écriture seront affichés dans le hall de la médiathèque.",
    "On a fini le rapport d'activité, {n} pages, ouf.",
    "Le site de la ville a enfin mis à jour la page du quartier.",
    "Permanence écrivain public : {n} personnes reçues, surtout des courriers à la préfecture.",
    "Cours de français pour adultes complet, on ouvre un deuxième groupe {day} matin.",
    "Commande de fournitures faite (feutres, paperboard, post-it).",
    "Qq1 a retrouvé les clés de la salle ? pas moyen de remettre la main dessus.",
    "Le carnaval des enfants est calé, défilé du périsco jusqu'à la médiathèque.",
    "J'ai trié les photos de l'année pour le diaporama de l'AG.",
    "RDV avec {partner} : ils veulent tenir une permanence à {place} une fois par mois.",
    "Matinée entière sur les mails, rien de concret mais il fallait le faire.",
    "Un nouveau responsable arrive à {partner}, il passe nous voir {day}, je lui ferai visiter.",
    "Réunion avec l'équipe de la médiathèque pour l'heure du conte ({month}).",
    "J'ai récupéré les chaises prêtées à l'équipe du centre social, il en manque deux.",
    "Le traiteur pour le COPIL est confirmé, {n} couverts.",
    "Nouveau planning des permanences affiché à l'accueil.",
    "Réunion Zoom avec les autres chefs de projet du département, échange de pratiques.",
    "On cherche un nom pour la lettre d'info du projet, propositions bienvenues !",
    "Lettre d'info n°{n} envoyée à 300 contacts.",
    "Les clés du local sont chez {person} jusqu'à lundi.",
    "Bilan de l'été au centre de loisirs : sorties au zoo et à la ferme pédagogique, mini-camps, bonne fréquentation.",
    "Réunion des parents du périscolaire : questions sur les inscriptions de la rentrée.",
    "Envoi de la convention signée à {partner}.",
    "Petit-déj d'accueil des nouveaux bénévoles de l'asso, {n} présents.",
    "Permanence numérique : aide pour les démarches en ligne (CAF, ANTS, impôts), {n} personnes reçues.",
    "Le photocopieur est réparé !! on respire.",
    "Réunion du réseau des maisons de quartier de l'agglo à {place}.",
    "On a reçu les t-shirts de l'asso pour les événements.",
    "Coup de fil à l'imprimeur, les flyers arrivent {day}.",
    "Visite d'une délégation d'une ville belge intéressée par la démarche, ils repartent avec nos outils.",
    "La salle polyvalente est chauffée à 14°, on a fait la réunion en manteau.",
    "Brainstorm sur la com du projet : affiches, réseaux sociaux, bouche-à-oreille.",
    "Point vis-à-vis du calendrier des vacances avec l'équipe d'animation.",
    "Aujourd'hui c'était calme, j'en ai profité pour ranger les archives du projet.",
    "Le comité des fêtes de la ville nous prête sa sono pour {month}.",
    "Démo du carnet de bord à {partner}, ils veulent faire pareil.",
    "Je m'aperçois qu'on a deux réunions en même temps {day}, je décale la mienne.",
    "Atelier théâtre forum à l'équipe du centre social : thème la discrimination à l'embauche.",
    "Lundi férié, la maison de quartier est fermée, réouverture mardi 9h.",
    "Les inscriptions aux activités de la rentrée sont ouvertes à l'accueil.",
    "Réunion d'équipe hier soir, on a surtout parlé de l'organisation des congés.",
    "Les bénévoles de l'asso ont fait le point sur leurs disponibilités, on est un peu justes en {month}.",
    "Goûter partagé à la maison de quartier, les mamans ont ramené des crêpes.",
    "Tournoi de foot inter-quartiers samedi, l'équipe des Tilleuls finit deuxième !",
    "Expo « Visages des Tilleuls » prolongée jusqu'à la fin du mois dans le hall de la mairie.",
    "Dossier de subvention politique de la ville envoyé, croisons les doigts.",
    "Prochain point d'équipe le {day} à {hour}, ordre du jour dans le drive.",
    "On a testé un nouveau format de réunion debout, 20 min chrono, à garder.",
    "Formation premiers secours pour l'équipe d'animation, tout le monde validé.",
]
OPENERS = [
    "",
    "",
    "",
    "Petit point : ",
    "Vite fait : ",
    "Pour info, ",
    "Note rapide - ",
    "Ce matin : ",
    "RAS sinon. ",
]
CLOSERS = [
    "",
    "",
    "",
    " À suivre.",
    " Je relance {person} demain.",
    " CR à venir.",
    " (photos dans le drive)",
    " Bonne soirée à tous",
    " Merci !",
]
TITLES = [
    "",
    "",
    "",
    "",
    "Point d'équipe",
    "RDV",
    "Logistique",
    "Info",
    "Pour mémoire",
    "Vie de l'équipe",
    "Partenaires",
    "Agenda",
]
FILLER_TAGS = [
    "équipe",
    "logistique",
    "communication",
    "partenaires",
    "vie du quartier",
    "administratif",
    "asso",
    "maison de quartier",
]

PHOTO_CAPTIONS = [
    "La place des Tilleuls un dimanche matin, vide.",
    "Vue depuis le 10e étage du bât A, on voit jusqu'à la Défense par temps clair",
    "La salle installée pour l'atelier couture",
    "Expo « Visages des Tilleuls » dans le hall de la mairie",
    "Le local de l'asso après rangement",
    "Affiche de la permanence CAF sur la porte de la maison de quartier",
    "Coucher de soleil derrière le bât D",
    "Marché du samedi, le stand des épices",
    "Les enfants du périsco au goûter",
    "Tableau blanc après le point d'équipe",
    "Brouillard sur la passerelle ce matin",
    "Le hall de la médiathèque décoré pour le carnaval",
    "Tournoi de foot inter-quartiers, l'équipe des Tilleuls",
    "Les t-shirts de l'asso, tout juste livrés",
    "La sono prêtée par le comité des fêtes",
    "Heure du conte à la médiathèque",
    "Réunion Zoom, la moitié de l'équipe en vignette",
    "Le paperboard du brainstorm com",
    "L'accueil de la maison de quartier un lundi matin",
    "Cours de français, groupe du jeudi",
    "Les crêpes du goûter partagé",
    "Le paperboard de la formation « animer une réunion »",
]
AUDIO = [
    (
        "Mémo vocal",
        "mémo en rentrant de la préfecture",
        "Bon, mémo pour moi : commander les badges, relancer la CAF pour la convention, préparer les slides du COPIL, et rappeler la médiathèque pour la salle.",
    ),
    (
        "Point d'équipe",
        "point d'équipe enregistré dans la voiture",
        "Ce qu'on retient de la matinée : on tient les délais, il faut juste mieux se répartir les permanences du soir, et que chacun mette ses photos dans le drive.",
    ),
    (
        "Ambiance marché",
        "ambiance du marché du samedi",
        "(voix, bruits de fond) — Elles sont belles mes clémentines ! — Bonjour madame, vous allez bien ? Ça fait longtemps...",
    ),
    (
        "Lecture atelier d'écriture",
        "une participante lit son texte à la médiathèque",
        "Mon quartier, c'est l'odeur du pain le matin et les cris des enfants à midi. C'est des gens qui se connaissent depuis trente ans.",
    ),
]
VIDEOS = [
    ("Timelapse expo", "timelapse de l'installation de l'expo photo dans le hall de la mairie", ""),
    (
        "Présentation maison de quartier",
        "Hélène présente la maison de quartier pour le site de la ville",
        "Ici c'est un lieu ouvert à tous, on a l'accueil, la salle polyvalente, les ateliers du soir, la permanence CAF le mardi...",
    ),
    (
        "Carnaval",
        "défilé du carnaval des enfants du périsco",
        "(musique, tambours) — Allez on avance, on va jusqu'à la médiathèque !",
    ),
]
DRAWINGS = [
    ("Plan de table COPIL", "plan de table pour le comité de pilotage"),
    ("Organisation équipe", "schéma de l'organisation de l'équipe projet, qui fait quoi"),
    ("Dessin d'enfant", "dessin offert à l'accueil par une petite du périsco : « ma maison »"),
    ("Logo asso", "proposition de nouveau logo pour l'asso Vivre aux Tilleuls"),
]
TESTIMONIES = [
    (
        "Bénévole soutien scolaire",
        "Je donne deux heures par semaine, c'est rien du tout mais pour eux ça change tout, ils ont quelqu'un qui les écoute lire.",
        "Martine",
        "bénévole au soutien scolaire",
    ),
    (
        "Commerçante du marché",
        "Je suis là depuis quinze ans, le samedi c'est toute la ville qui vient. Les gens d'ici ils sont fidèles.",
        "Mme Ouedraogo",
        "commerçante au marché",
    ),
    (
        "Maman à la médiathèque",
        "Mes enfants ont découvert la lecture ici, à la maison on a pas de livres. Maintenant ils réclament les contes du mercredi.",
        "",
        "mère de famille",
    ),
    (
        "Bénévole de l'asso",
        "Je suis arrivée en 2001, je connaissais personne. L'asso c'est devenu ma deuxième famille.",
        "Khadija",
        "bénévole de l'asso Vivre aux Tilleuls",
    ),
    (
        "Agent d'accueil",
        "Les gens viennent pour un papier et ils restent une heure à discuter. L'accueil c'est le cœur de la maison.",
        "Patrick",
        "agent d'accueil de la maison de quartier",
    ),
    (
        "Joueur de foot",
        "On a fini deuxièmes, mais le plus beau c'est que tout le quartier est venu voir le match.",
        "Moussa",
        "entraîneur du club de foot",
    ),
]
LINKS = [
    (
        "Agenda des activités",
        "Agenda de la maison de quartier pour le trimestre.",
        "https://www.villeneuve-orge.example/agenda/maison-des-tilleuls",
    ),
    (
        "Drive partagé",
        "Le dossier partagé de l'équipe (photos, CR, tableaux).",
        "https://drive.villeneuve-orge.example/projet-tilleuls",
    ),
    (
        "Article médiathèque",
        "Article du Parisien sur les 30 ans de la médiathèque.",
        "https://www.leparisien.example/essonne/mediatheque-30-ans",
    ),
    (
        "Guide politique de la ville",
        "Guide de l'ANCT sur les contrats de ville, utile pour le dossier.",
        "https://agence-cohesion-territoires.example/guide-contrat-de-ville",
    ),
    (
        "Site de l'asso",
        "Le site de l'asso Vivre aux Tilleuls est en ligne !",
        "https://vivreauxtilleuls.example",
    ),
    (
        "Offre animateur",
        "Offre d'emploi animateur pour la maison de quartier, à diffuser.",
        "https://www.villeneuve-orge.example/emploi/animateur",
    ),
    (
        "Programme séminaire",
        "Programme du séminaire politique de la ville à la préfecture.",
        "https://www.essonne.gouv.example/seminaire-politique-de-la-ville",
    ),
]
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
SMS = {
    " pour ": " pr ",
    " beaucoup ": " bcp ",
    " toujours ": " tjs ",
    " quelque ": " qq ",
    " rendez-vous ": " RDV ",
}
# Days kept free of filler so that date questions have a clean answer.
RESERVED_DAYS = {
    date(2023, 10, 12),
    date(2023, 11, 14),
    date(2024, 11, 14),
    date(2024, 3, 21),
    date(2024, 6, 15),
    date(2025, 6, 14),
}
START, END = date(2023, 9, 4), date(2025, 6, 27)


def stage_of(day: date) -> int:
    for s in reversed(STAGES):
        if day >= date.fromisoformat(s["starts_on"]):
            return s["id"]
    raise ValueError(day)


def typo(text: str, rng: random.Random) -> str:
    """A phone typo: a swapped pair of letters or a lost accent in one word."""
    words = text.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not cands:
        return text
    i = rng.choice(cands)
    w = words[i]
    if rng.random() < 0.5 and any(c in w for c in "éèêà"):
        w = w.replace("é", "e", 1).replace("è", "e", 1).replace("ê", "e", 1).replace("à", "a", 1)
    else:
        j = rng.randrange(1, len(w) - 2)
        w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    words[i] = w
    return " ".join(words)


def fill(template: str, rng: random.Random) -> str:
    return template.format(
        partner=rng.choice(PARTNERS),
        place=rng.choice(PLACES),
        day=rng.choice(DAYS),
        hour=rng.choice(HOURS),
        person=rng.choice(PEOPLE),
        n=rng.randint(3, 24),
        month=rng.choice(MONTHS),
    )


def filler(rng: random.Random, count: int) -> list[dict]:
    out = []
    span = (END - START).days
    weights = [14, 8, 9, 7, 9, 7, 10, 5, 9, 6, 9]  # Camille posts the most
    while len(out) < count:
        day = START + timedelta(days=rng.randrange(span))
        if day in RESERVED_DAYS or day.weekday() == 6:
            continue
        when = datetime(
            day.year, day.month, day.day, rng.randint(8, 21), rng.choice([0, 5, 10, 20, 30, 45, 50])
        )
        author = rng.choices(range(1, 12), weights)[0]
        r = rng.random()
        e = dict(
            when=when.strftime("%Y-%m-%d %H:%M"),
            author=author,
            title="",
            body="",
            tags=[rng.choice(FILLER_TAGS)],
        )
        if r < 0.70:
            sentences = rng.sample(NOTE_POOL, rng.choice([1, 1, 1, 2, 2, 3]))
            opener = rng.choice(OPENERS)
            body = " ".join(fill(s, rng) for s in sentences)
            if opener.endswith(", "):  # "Hier, on a..." not "Hier, On a..."
                body = body[0].lower() + body[1:]
            body = opener + body + fill(rng.choice(CLOSERS), rng)
            if rng.random() < 0.25:
                for k, v in SMS.items():
                    body = body.replace(k, v)
            if rng.random() < 0.15:
                body = typo(body, rng)
            e.update(kind="note", title=rng.choice(TITLES), body=body.strip())
        elif r < 0.83:
            e.update(kind="photo", caption=rng.choice(PHOTO_CAPTIONS))
        elif r < 0.86:
            t, c, tr = rng.choice(AUDIO)
            e.update(kind="audio", title=t, caption=c, transcript=tr)
        elif r < 0.89:
            t, c, tr = rng.choice(VIDEOS)
            e.update(kind="video", title=t, caption=c, transcript=tr)
        elif r < 0.92:
            t, c = rng.choice(DRAWINGS)
            e.update(kind="drawing", title=t, caption=c)
        elif r < 0.95:
            t, b, name, role = rng.choice(TESTIMONIES)
            e.update(kind="testimony", title=t, body=b, speaker_name=name, speaker_role=role)
        else:
            t, b, url = rng.choice(LINKS)
            e.update(kind="link", title=t, body=b, url=url)
        out.append(e)
    return out


# --- Queries ----------------------------------------------------------------------------
VELO = [
    "m1",
    "b2",
    "p1",
    "p2",
    "b4",
    "sc2",
    "b5",
    "b6",
    "b7",
    "b13",
    "b15",
    "c8",
    "b9",
    "b14",
    "b10",
    "b11",
    "b12",
    "v5",
]
WORKS = [
    "c1",
    "c2",
    "c5",
    "c6",
    "c7",
    "c8",
    "y10",
    "b9",
    "b15",
    "bus3",
    "bus4",
    "p5",
    "h5",
    "h6",
    "h7",
    "h8",
    "h9",
    "h10",
    "h12",
    "h13",
    "h15",
    "cc3",
]


def queries(entries: list[dict], key_id: dict[str, int]) -> list[dict]:
    by_id = {e["id"]: e for e in entries}

    def text(i):
        e = by_id[i]
        return " ".join(
            [e["title"], e["body"], e["caption"], e["transcript"], e["speaker_name"], e["speaker_role"]]
        ).lower()

    def without(keys, word):
        return [
            key_id[k]
            for k in keys
            if not any(t.startswith(word) for t in text(key_id[k]).replace("'", " ").split())
        ]

    K = lambda keys: [key_id[k] for k in keys]  # noqa: E731
    Q = []

    def q(query, relevant, top3, why):
        Q.append({"q": query, "relevant": sorted(relevant), "top3": top3, "why": why})

    q(
        "vélo",
        K(VELO),
        [],
        "[mot seul] tout ce qui parle de vélos, bicyclettes, cyclistes, piste cyclable, atelier vélo",
    )
    q(
        "jardins",
        K(["j1", "j2", "j3", "j5", "j6", "v5"]),
        [],
        "[pluriel] le jardin partagé, son extension, envie de jardins en pied d'immeuble",
    )
    q(
        "ados",
        K(
            [
                "y1",
                "y2",
                "y3",
                "y4",
                "y9",
                "y5",
                "f1",
                "f2",
                "y6",
                "y12",
                "bn2",
                "b13",
                "b10",
                "y10",
                "br3",
                "n1",
                "ol2",
                "q4",
                "d4",
            ]
        ),
        [],
        "[synonyme] ce qui dit quelque chose des jeunes/adolescents, y compris leur absence aux réunions",
    )
    q(
        "sondage",
        K(["q1", "q2", "q3", "q4", "q5", "q6", "q7"]),
        [],
        "[synonyme] le questionnaire / l'enquête habitants et le questionnaire de satisfaction",
    )
    q(
        "logement",
        K(
            [
                "h1",
                "h2",
                "h3",
                "h4",
                "h5",
                "h6",
                "h7",
                "h8",
                "h9",
                "h10",
                "h11",
                "h12",
                "h13",
                "h14",
                "h15",
                "n1",
                "q4",
                "cc4",
            ]
        ),
        [],
        "[mot seul] état des logements, bailleur, réhabilitation, ascenseurs, relogement",
    )
    q(
        "fresque",
        K(["y3", "y5", "v5", "f1", "f2", "y6", "y12"]),
        K(["y6", "f1"]),
        "[mot seul] le mur peint par les jeunes, de l'idée au projet voté jusqu'à la fresque finie",
    )
    q(
        "ils ont râlé sur les travaux",
        K(["c1", "c2", "c5", "c6", "c7", "y10", "p5", "bus3", "bus4", "h8"]),
        K(["c5", "c2"]),
        "[verbe conjugué] plaintes, colère, mécontentement, doléances à propos du chantier ou des travaux",
    )
    q(
        "déménager",
        K(["h9", "h10", "h11", "h13", "h14"]),
        K(["h10", "h11"]),
        "[verbe] déménagements, relogement temporaire, familles qui partent",
    )
    q(
        "ils ont voté",
        K(["v3", "v4", "v5", "v6", "y5"]),
        K(["v5", "v4"]),
        "[verbe conjugué] le vote du budget participatif : bulletins, urne, votants, résultats",
    )
    q(
        "planter des arbres",
        K(["t1", "t2", "t4", "j2", "ch5"]),
        K(["t1", "t2"]),
        "[verbe] plantation rue des Lilas, arbres qui n'ont pas repris, demandes et projets de plantation",
    )
    q(
        "les seniors se plaignent de l'arrêt de bus",
        K(["bus3", "bus4", "bus5", "m1"]),
        K(["bus3", "bus4"]),
        "[verbe + synonymes] aînés/personnes âgées mécontents de l'arrêt déplacé ou sans abri",
    )
    q(
        "bancs",
        K(["m1", "m4", "y4", "bn2", "v5", "bn3", "bn4"]),
        [],
        "[pluriel] bancs demandés, repeints, posés",
    )
    q(
        "poubelles",
        K(["m1", "m3", "q4", "d3", "d4", "d5", "d6", "n1", "q5"]),
        [],
        "[pluriel/concept] bacs qui débordent, encombrants, déchets, conteneurs enterrés, propreté",
    )
    q(
        "personnes âgées isolées",
        K(["s1", "h3", "s3", "s4", "s5", "s6", "bus3", "bus4"]),
        K(["s1", "s5"]),
        "[synonymes] seniors/aînés seuls ou qui ne sortent plus, café des aînés, visites",
    )
    q(
        "il fait trop noir le soir dans la rue",
        K(["e1", "e6", "e4", "e5", "v5", "q4"]),
        K(["e1", "e6"]),
        "[concept] éclairage public, lampadaires en panne, passage sombre, nouveaux candélabres",
    )
    q(
        "sécurité des enfants devant l'école",
        K(["m1", "m2", "sc2", "b4", "sc3", "sc4", "sc5", "c7"]),
        K(["sc3", "sc4"]),
        "[concept] traversée, ralentisseurs, rue aux écoles, passage piéton devant Jules-Ferry",
    )
    q(
        "combien ça coûte",
        K(["v1", "v5", "h6", "b9", "h7"]),
        [],
        "[concept] entrées qui donnent des montants, coûts ou dépassements d'estimation",
    )
    q(
        "chaleur l'été",
        K(["s4", "ch2", "j2", "ch5"]),
        K(["ch2", "s4"]),
        "[concept] canicule, cour trop chaude, îlot de chaleur, cour oasis",
    )
    q(
        "bruit",
        K(["c1", "c5", "c7", "br2", "br3"]),
        K(["br2", "c1"]),
        "[mot seul] nuisances sonores : chantier, rodéos, musique tard ('le bruit court' exclu)",
    )
    q(
        "qui a parlé du parking à la réunion de mars ?",
        K(["p1", "p2", "p3", "p4"]),
        K(["p1", "p2"]),
        "[question] stationnement débattu à la réunion publique du 21 mars 2024",
    )
    q(
        "où en est la piste cyclable rue Jaurès ?",
        K(["p1", "b4", "sc2", "b15", "c8", "b9", "b11", "b12"]),
        K(["b11", "b9"]),
        "[question] avancement du projet de piste rue Jaurès, de la présentation à l'inauguration et au comptage",
    )
    q(
        "combien de personnes ont répondu au questionnaire ?",
        K(["q4", "q5", "q2", "q6"]),
        K(["q4", "q5"]),
        "[question] nombres de réponses aux questionnaires",
    )
    q(
        "pourquoi le bailleur a reporté la rénovation ?",
        K(["h7", "h15", "h13", "h8"]),
        K(["h7", "h15"]),
        "[question] report de la réhabilitation : appel d'offres infructueux, amiante",
    )
    q(
        "réunion du 14 novembre",
        K(["n1", "n2", "n3", "n4"]),
        K(["n1"]),
        "[date] la réunion publique du mardi 14 novembre 2023 (annonce, photo, CR, retours)",
    )
    jan = [e["id"] for e in entries if e["occurred_at"].startswith("2024-01")]
    q("janvier 2024", jan, [], "[date] entrées datées de janvier 2024")
    q(
        "fête du quinze juin",
        K(["fq1", "fq2", "fq3", "fq4"]),
        K(["fq4", "fq1"]),
        "[date en lettres] la fête de quartier du samedi 15 juin 2024 (pas celle du 14 juin 2025)",
    )
    q(
        "marche exploratoire 12 octobre",
        K(["m1", "m2", "m3", "m4"]),
        K(["m1"]),
        "[date] la marche du 12 octobre 2023 (pas la marche de nuit de novembre)",
    )
    q(
        "atelier biciclette",
        K(["b6", "b13", "b14", "v5", "b5"]),
        K(["b6", "b13"]),
        "[faute] l'atelier de réparation de vélos (Rustine), le projet d'atelier vélo, la vélo-école",
    )
    q(
        "concertaton en ligne",
        K(["ol1", "ol2", "v7"]),
        K(["ol1", "ol2"]),
        "[faute] la plateforme de participation numérique et le dépôt d'idées en ligne",
    )
    q(
        "ascenceur en panne",
        K(["h3", "h4", "h5", "h12"]),
        K(["h3", "h4"]),
        "[faute] la panne de l'ascenseur du bât C et son remplacement",
    )
    q(
        "renovation des logemens",
        K(["h1", "h2", "h5", "h6", "h7", "h8", "h9", "h10", "h11", "h12", "h13", "h15", "cc4"]),
        [],
        "[fautes] la réhabilitation des immeubles du bailleur, son report, le relogement",
    )
    q(
        '"budget participatif"',
        K(["v1", "v2", "v3", "v4", "v5", "v6", "v7", "y5", "bn3", "e4", "b14"]),
        K(["v1", "v5"]),
        "[guillemets] le budget participatif : dépôt, vote, résultats, projets financés",
    )
    q(
        '"conseil citoyen"',
        K(["cc1", "cc2", "cc3", "cc4", "p3"]),
        K(["cc1", "cc2"]),
        "[guillemets] le conseil citoyen ('conseil municipal' exclu)",
    )
    q(
        '"porte-à-porte"',
        K(["q1", "q2", "q3", "q7", "v3"]),
        K(["q2", "q3"]),
        "[guillemets] porte-à-porte du questionnaire et du vote ('portes ouvertes' exclu)",
    )
    q(
        "travaux -parking",
        without(WORKS, "parking"),
        [],
        "[exclusion] chantiers et travaux (rue Jaurès, réhabilitation) sauf les entrées qui disent parking",
    )
    q(
        "vélo -atelier",
        without(VELO, "atelier"),
        [],
        "[exclusion] les entrées vélo qui ne mentionnent pas atelier(s)",
    )
    q(
        "auteur:Camille",
        [e["id"] for e in entries if e["author"] == CAM],
        [],
        "[champ] toutes les entrées de Camille Roussel (pas celles qui la citent)",
    )
    q(
        "escale: diagnostic",
        [e["id"] for e in entries if e["stage"] == 1],
        [],
        "[champ] toutes les entrées de l'escale 1 « Diagnostic partagé »",
    )
    q(
        "#mobilité",
        [e["id"] for e in entries if "mobilité" in e["tags"]],
        [],
        "[champ] entrées étiquetées mobilité ('mobilité réduite' exclu)",
    )
    q(
        "témoignages de jeunes",
        K(["y9", "y12", "y4"]),
        K(["y9", "y12"]),
        "[type] témoignages d'ados, plus le micro-trottoir vidéo des jeunes",
    )
    q(
        "CR réunion bailleur",
        K(["h5", "h13"]),
        K(["h5", "h13"]),
        "[abréviation] comptes rendus des réunions avec le bailleur Logis du Val",
    )
    q("cantine scolaire", [], [], "[aucun] pas de cantine dans ce carnet ('scolaire' apparaît ailleurs)")
    q("vaccination des seniors", [], [], "[aucun] pas de vaccination ('seniors' apparaît ailleurs)")
    q("piscine municipale", [], [], "[aucun] pas de piscine ('municipale' apparaît ailleurs)")
    q(
        "panneaux solaires",
        [],
        [],
        "[aucun] pas d'énergie solaire ('panneaux', 'soleil' apparaissent ailleurs)",
    )
    return Q


def build() -> dict:
    rng = random.Random(SEED)
    raw = [dict(v, key=k) for k, v in HAND.items()] + filler(rng, 214)
    raw.sort(key=lambda e: (e["when"], e.get("key", "~")))
    entries, key_id = [], {}
    for i, e in enumerate(raw, 1):
        when = datetime.strptime(e["when"], "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
        entries.append(
            {
                "id": i,
                "kind": e["kind"],
                "title": e["title"],
                "body": e["body"],
                "tags": e["tags"],
                "occurred_at": when.isoformat(),
                "stage": stage_of(when.date()),
                "author": e["author"],
                "caption": e.get("caption", ""),
                "transcript": e.get("transcript", ""),
                "speaker_name": e.get("speaker_name", ""),
                "speaker_role": e.get("speaker_role", ""),
                "url": e.get("url", ""),
            }
        )
        if "key" in e:
            key_id[e["key"]] = i
    return {
        "name": "blind_fr",
        "language": "fr",
        "logbook": {
            "title": "Les Tilleuls, on s'y met ensemble",
            "description": "Carnet de bord du projet de renouvellement participatif du quartier des Tilleuls à Villeneuve-sur-Orge : maison de quartier, mobilités (piste cyclable, bus), réhabilitation des logements, jeunesse, aînés, asso Vivre aux Tilleuls, réunions publiques, questionnaire habitants, budget participatif.",
        },
        "stages": STAGES,
        "authors": AUTHORS,
        "entries": entries,
        "queries": queries(entries, key_id),
    }


def check(data: dict) -> None:
    ids = [e["id"] for e in data["entries"]]
    assert ids == list(range(1, len(ids) + 1)), "ids must be 1..N"
    known = set(ids)
    for q in data["queries"]:
        assert set(q["relevant"]) <= known, q["q"]
        assert set(q["top3"]) <= set(q["relevant"]), q["q"]
        assert len(q["top3"]) <= 2, q["q"]
    assert sum(1 for q in data["queries"] if not q["relevant"]) >= 3
    assert 320 <= len(ids) <= 360, len(ids)
    assert len(data["queries"]) == 45


if __name__ == "__main__":
    data = build()
    check(data)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data['entries'])} entries, {len(data['queries'])} queries -> {OUT}")
