"""Build the second French development relevance set (dev2_fr.json) for logbook search.

Deterministic (fixed seed), standard library only. Hand-written entries carry
the topics they were judged to answer; filler posts come from sentence pools
that reuse the topics' words in other senses and answer no query.
Run: python3 bench/judged/dev/make_dev2_fr.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 20250619
OUT = Path(__file__).with_name("dev2_fr.json")

STAGES = [
    (1, "Diagnostic", "2023-10-02", "2024-01-14"),
    (2, "Premiers liens", "2024-01-15", "2024-05-31"),
    (3, "Été 2024", "2024-06-01", "2024-09-15"),
    (4, "Répit et aidants", "2024-09-16", "2025-02-28"),
    (5, "Bilan", "2025-03-01", None),
]

AUTHORS = [
    (1, "Monique Gauthier"),
    (2, "Hugo Lambert"),
    (3, "Fatou Sow"),
    (4, "Bernard Lemoine"),
    (5, "Élise Marchand"),
    (6, "Yasmine Cherif"),
    (7, "Pierre Vidal"),
    (8, "Camille Roux"),
    (9, "Antoine Perrin"),
]

# Topics (judged by reading each entry for its meaning):
#   isol            isolation / loneliness of elderly people
#   aidant          family carers (proches aidants) and what they live through
#   aidant_aide     where a carer can find help (permanence, plateforme, café...)
#   ccas            the CCAS (its services, permanence, budget, role)
#   aide_dom        home help and home nursing (aide à domicile, auxiliaires de vie, SSIAD)
#   visites         visiting volunteers' visits to elderly people
#   benev           volunteers in general (recruiting, training, phone tree, visits)
#   canicule        heatwave plan and heatwave episodes
#   canicule_registre  the vulnerable people's register: signing up, numbers registered
#   registre_comment   how to sign someone up on that register
#   chaine          the phone tree (calling registered people during heat/cold alerts)
#   repas           meal delivery (portage de repas)
#   repas_orga      who organises/delivers the meals, how to sign up
#   club            the senior club
#   numerique       digital help, tablets, workshops
#   tad             transport on demand
#   chutes          falls and falls prevention
#   chute_alerte    what to do when an elderly person falls (alarm, who to call)
#   equilibre       the balance workshop (atelier équilibre)
#   teleassist      téléassistance (alarm bracelet/pendant)
#   repit           respite for carers (accueil de jour, relayage, plateforme de répit)
#   accueil_jour    the day-care centre itself (accueil de jour des Glycines)
#   cafe_aidants    the carers' café
#   cafe_quand      entries giving when the carers' café takes place
#   enquete         the survey of residents over 75
#   enquete_nb      entries giving how many people answered the survey
#   medecin         GPs / médecins traitants in the network
#   pharma          pharmacies in the network
#   journal         the local newspaper (Courrier de Montreval)
#   intergen        intergenerational activities with the school / collège
#   evaluation      the project's final evaluation
#   reunion14mars   the steering meeting of 14 March 2024

# (key, "YYYY-MM-DD HH:MM", kind, author, title, body, tags, topics, extra)
# extra: caption / transcript / speaker_name / speaker_role / url
H: list[tuple] = [
    # ---- stage 1: Diagnostic
    (
        "lancement",
        "2023-10-03 18:00",
        "note",
        1,
        "Lancement",
        "Premier comité ce soir avec le CCAS, l'ADMR, le SSIAD, le club et deux pharmacies. Objectif sur 2 ans : que plus aucun ancien reste seul chez lui sans que personne le sache, et soutenir ceux qui s'occupent d'un proche.",
        ["lancement", "copil"],
        {"isol", "ccas", "aidant"},
        {},
    ),
    (
        "chiffres_insee",
        "2023-10-05 09:40",
        "note",
        7,
        "Quelques chiffres",
        "Montreval : 2 140 habitants de 75 ans et +, dont 46 % vivent seuls d'après l'Insee. Quartier de la Gare, c'est plus de la moitié. Beaucoup de veuves.",
        ["chiffres", "isolement"],
        {"isol"},
        {},
    ),
    (
        "enquete_prep",
        "2023-10-10 17:15",
        "note",
        7,
        "Le questionnaire 75+",
        "Questionnaire prêt pour les plus de 75 ans : 25 questions, passé en porte-à-porte par les bénévoles ou par tél. Thèmes : contacts dans la semaine, sorties, santé, aide reçue.",
        ["enquête"],
        {"enquete", "benev"},
        {},
    ),
    (
        "bernard_memo1",
        "2023-10-12 18:20",
        "audio",
        4,
        "Mémo porte-à-porte",
        "",
        ["enquête"],
        {"enquete", "isol", "benev"},
        {
            "transcript": "Alors... première journée de porte-à-porte rue des Tanneurs pour l'enquête. Une dame m'a gardé une heure et demie, elle avait parlé à personne depuis le passage de l'infirmière, mardi. Elle m'a montré les photos de son mari. On a rempli le questionnaire à la fin, presque en vitesse."
        },
    ),
    (
        "mme_roche",
        "2023-10-17 16:00",
        "testimony",
        4,
        "Mme Roche, 86 ans",
        "Mes enfants sont à Lyon et à Nantes, ils appellent le dimanche. Le reste de la semaine je vois la dame de l'ADMR et c'est tout. L'hiver je sors plus, j'ai peur de glisser sur le trottoir.",
        ["témoignage", "isolement"],
        {"isol", "aide_dom", "chutes"},
        {"speaker_name": "Mme Roche", "speaker_role": "habitante, 86 ans"},
    ),
    (
        "ssiad_tournee",
        "2023-10-19 13:10",
        "note",
        5,
        "Tournées SSIAD",
        "Le SSIAD suit 62 patients en ce moment. Les soignantes voient bien qui n'a plus de visite à part elles. On leur donne une petite fiche pour signaler au CCAS les personnes qui se retrouvent isolées (avec leur accord).",
        ["SSIAD"],
        {"aide_dom", "isol", "ccas"},
        {},
    ),
    (
        "fatou_plannings",
        "2023-10-24 19:05",
        "note",
        3,
        "Côté aide à domicile",
        "On manque d'auxiliaires de vie : 3 postes pas pourvus. Les interventions sont de plus en plus courtes, 30 min pour toilette + repas, on n'a plus le temps de discuter. Les filles le vivent mal.",
        ["aide à domicile"],
        {"aide_dom"},
        {},
    ),
    (
        "enquete_photo",
        "2023-10-26 12:30",
        "photo",
        6,
        "Questionnaires",
        "",
        ["enquête"],
        {"enquete"},
        {"caption": "Les questionnaires remplis du quartier de la Gare, 84 pour l'instant"},
    ),
    (
        "aidant_paul",
        "2023-11-07 15:30",
        "testimony",
        8,
        "Paul, 79 ans",
        "Ma femme a la maladie de Parkinson. Je fais tout : les repas, les médicaments, la toilette le soir. Je dors mal, je vois plus mes copains de la chorale. Mais je veux qu'elle reste à la maison, avec moi.",
        ["témoignage", "aidants"],
        {"aidant", "isol"},
        {"speaker_name": "Paul", "speaker_role": "aidant de son épouse"},
    ),
    (
        "camille_aidants",
        "2023-11-09 20:10",
        "note",
        8,
        "Les invisibles",
        "Dans les questionnaires déjà rentrés, beaucoup de gens s'occupent d'un proche tous les jours. Presque aucun ne se dit « aidant » : ils disent « je fais ce qu'il faut, c'est ma mère ».",
        ["aidants", "enquête"],
        {"aidant", "enquete"},
        {},
    ),
    (
        "pharma_reseau",
        "2023-11-14 11:00",
        "note",
        1,
        "Les pharmacies partantes",
        "Les trois pharmacies du centre acceptent de repérer les clients qui viennent moins ou qui ont l'air perdus, et de nous les signaler via une fiche. La pharmacie Lenoir livre déjà les médicaments à domicile le jeudi.",
        ["pharmacies", "partenaires"],
        {"pharma", "isol"},
        {},
    ),
    (
        "medecins",
        "2023-11-16 21:00",
        "note",
        5,
        "Maison de santé",
        "Rencontre avec les 4 généralistes de la maison de santé. Ok pour orienter les patients qui vivent seuls vers les visites de bénévoles. Le Dr Masson veut un contact unique au CCAS.",
        ["médecins", "partenaires"],
        {"medecin", "visites", "ccas", "isol", "benev"},
        {},
    ),
    (
        "chute_cuisine",
        "2023-11-21 08:50",
        "audio",
        5,
        "Mémo du matin",
        "",
        ["chutes"],
        {"chutes", "teleassist", "aide_dom", "chute_alerte"},
        {
            "transcript": "Mémo. Troisième chute ce mois-ci chez nos patients. M. Daniel est resté au sol toute la nuit dans sa cuisine, c'est l'aide à domicile qui l'a trouvé le matin. Il avait pas son bracelet, il le trouve moche. Faut qu'on parle téléassistance avec les familles."
        },
    ),
    (
        "club_etat",
        "2023-11-23 17:30",
        "note",
        6,
        "Le club Soleil d'automne",
        "Le club Soleil d'automne : 38 adhérents, belote le mardi, loto une fois par mois. Moyenne d'âge 81 ans. Le président dit qu'ils voient jamais de nouvelles têtes et que les hommes viennent pas.",
        ["club"],
        {"club"},
        {},
    ),
    (
        "ccas_perm",
        "2023-11-28 14:00",
        "note",
        1,
        "Permanence CCAS",
        "Le CCAS tient maintenant une permanence le jeudi au foyer-logement : aides, dossiers, portage des repas, téléassistance. 7 personnes la première fois.",
        ["CCAS"],
        {"ccas", "repas", "repas_orga", "teleassist"},
        {},
    ),
    (
        "enquete_res1",
        "2023-12-05 18:45",
        "note",
        7,
        "Enquête 75+ : premiers résultats",
        "487 questionnaires remplis sur 2 140 personnes de 75 ans et plus. 31 % n'ont eu aucune visite la semaine d'avant. 1 sur 5 ne sort jamais seul de chez lui. 22 % disent être tombés au moins une fois dans l'année.",
        ["enquête", "résultats"],
        {"enquete", "enquete_nb", "isol", "chutes"},
        {},
    ),
    (
        "enquete_res2",
        "2023-12-07 18:00",
        "note",
        7,
        "Enquête : suite",
        "Le téléphone reste le lien n°1. 12 % seulement utilisent internet. 18 % aident eux-mêmes un conjoint ou un enfant handicapé. Le transport revient souvent dans les commentaires : plus de car le dimanche, le taxi trop cher.",
        ["enquête", "résultats"],
        {"enquete", "numerique", "aidant", "tad"},
        {},
    ),
    (
        "noel_colis",
        "2023-12-14 15:20",
        "photo",
        1,
        "Colis de Noël",
        "",
        ["CCAS"],
        {"ccas", "benev", "visites"},
        {
            "caption": "Distribution des colis de Noël du CCAS : cette année les bénévoles restent prendre un café avec chaque personne"
        },
    ),
    (
        "journal1",
        "2023-12-19 10:00",
        "link",
        1,
        "L'article du Courrier",
        "Le journal parle de notre enquête et lance un appel à bénévoles.",
        ["presse"],
        {"journal", "enquete", "benev"},
        {
            "url": "https://www.courrier-montreval.fr/societe/seuls-chez-eux-une-enquete-aupres-des-plus-de-75-ans"
        },
    ),
    (
        "noel_seuls",
        "2023-12-22 19:30",
        "note",
        4,
        "Noël",
        "Fait la liste des personnes qui seront seules à Noël : 27. Six bénévoles se partagent les coups de fil et les passages du 24 et 25. Moi j'ai 4 messieurs, on ira boire le café.",
        ["isolement", "visites"],
        {"isol", "visites", "benev"},
        {},
    ),
    (
        "dessin_ecole1",
        "2024-01-09 16:45",
        "drawing",
        6,
        "Carte de vœux",
        "",
        ["école"],
        {"intergen"},
        {
            "caption": "Carte de vœux dessinée par les CE2 de l'école Jules-Ferry pour les résidents du foyer-logement"
        },
    ),
    # ---- stage 2: Premiers liens
    (
        "visites_charte",
        "2024-01-16 18:00",
        "note",
        4,
        "Les visites, mode d'emploi",
        "Charte des visiteurs signée : une visite par semaine, toujours la même personne, binôme avec le CCAS si souci. 14 bénévoles, 31 personnes visitées. On fait ni ménage ni courses, on vient pour causer.",
        ["visites", "bénévoles"],
        {"visites", "benev", "ccas"},
        {},
    ),
    (
        "tablettes_arrivee",
        "2024-01-18 11:15",
        "photo",
        2,
        "Livraison",
        "Financées par la conférence des financeurs.",
        ["numérique"],
        {"numerique"},
        {"caption": "Les 20 tablettes pour les ateliers numériques sont arrivées, avec leurs coques rouges"},
    ),
    (
        "atelier_num1",
        "2024-01-23 17:00",
        "note",
        2,
        "Premier atelier numérique",
        "8 participants, de 72 à 91 ans. On a appris à allumer la tablette, zoomer, passer un appel vidéo. Mme Picard a vu son arrière-petit-fils à Montréal, elle a pleuré.",
        ["numérique", "atelier"],
        {"numerique"},
        {},
    ),
    (
        "portage_etat",
        "2024-01-25 12:40",
        "note",
        1,
        "Portage de repas",
        "Le CCAS livre 94 repas par jour, 5 jours sur 7. Les livreurs ont 7 min par arrêt. Idée : leur donner 2 min de plus et une grille simple pour repérer si ça va pas (frigo vide, personne confuse).",
        ["repas", "CCAS"],
        {"repas", "repas_orga", "ccas"},
        {},
    ),
    (
        "livreur_temoin",
        "2024-01-30 13:30",
        "testimony",
        3,
        "Didier, livreur",
        "Je suis souvent le seul qu'ils voient de la journée. Y en a qui m'attendent derrière la porte à 11h. Quand un monsieur m'ouvre pas, j'appelle le CCAS, je repars pas comme ça.",
        ["témoignage", "repas"],
        {"repas", "repas_orga", "isol", "ccas"},
        {"speaker_name": "Didier", "speaker_role": "livreur des repas du CCAS"},
    ),
    (
        "tad_lance",
        "2024-02-01 10:20",
        "note",
        9,
        "Transport à la demande",
        "Le TAD de l'agglo est ouvert aux plus de 70 ans : on réserve la veille avant 17h, 2 € le trajet, le minibus vient chercher à la porte. Pour l'instant 11 inscrits sur la commune.",
        ["transport"],
        {"tad"},
        {},
    ),
    (
        "cafe_idee",
        "2024-02-06 19:00",
        "note",
        8,
        "Un café pour les aidants",
        "On lance un café des aidants : un jeudi par mois, 14h30, à la brasserie du Marché. Pas de conférence, on parle de ce qu'on vit quand on accompagne un parent ou un conjoint. Je serai là avec une collègue de la plateforme de répit.",
        ["aidants", "café"],
        {"cafe_aidants", "cafe_quand", "aidant", "aidant_aide", "repit"},
        {},
    ),
    (
        "intergen_idee",
        "2024-02-08 16:30",
        "note",
        6,
        "Avec l'école",
        "La directrice de Jules-Ferry est partante : une classe de CM1 viendra au club un vendredi sur deux, jeux de société et lecture. Les aînés ont demandé s'ils pouvaient aider aux devoirs.",
        ["école", "club"],
        {"intergen", "club"},
        {},
    ),
    (
        "atelier_num_video",
        "2024-02-13 15:00",
        "video",
        2,
        "Atelier tablette",
        "",
        ["numérique", "atelier", "club"],
        {"numerique", "club"},
        {
            "caption": "Atelier tablette au club, extrait",
            "transcript": "Alors là on va sur WhatsApp, vous voyez le petit téléphone vert ? — Ah c'est ça ? Ma petite-fille m'envoie des photos là-dessus et je les voyais jamais. — Voilà, vous appuyez dessus, et là vous avez toutes ses photos.",
        },
    ),
    (
        "cafe1",
        "2024-02-15 16:50",
        "photo",
        8,
        "Premier café",
        "",
        ["aidants", "café"],
        {"cafe_aidants", "aidant"},
        {"caption": "Premier café des aidants : 9 personnes autour de la table, dont deux fils"},
    ),
    (
        "tad_carte",
        "2024-02-20 09:10",
        "link",
        9,
        "Réserver le TAD",
        "La page de l'agglo pour réserver le transport à la demande, en ligne ou par tél.",
        ["transport"],
        {"tad"},
        {"url": "https://www.agglo-montreval.fr/mobilite/transport-a-la-demande"},
    ),
    (
        "sylvie",
        "2024-02-20 18:40",
        "testimony",
        8,
        "Sylvie, 56 ans",
        "Je m'occupe de ma mère depuis trois ans. Je passe tous les soirs après le boulot, je fais ses piluliers, ses papiers. Mon mari dit que je suis jamais là. Au café j'ai compris que j'avais le droit d'être fatiguée.",
        ["témoignage", "aidants"],
        {"aidant", "cafe_aidants"},
        {"speaker_name": "Sylvie", "speaker_role": "fille et aidante de sa mère"},
    ),
    (
        "chutes_atelier",
        "2024-02-22 12:00",
        "note",
        5,
        "Atelier équilibre",
        "Avec le kiné de la maison de santé on monte un atelier équilibre : 12 séances d'une heure, gym douce, apprendre à se relever du sol. Pour les 70 ans et plus, gratuit, au gymnase Pasteur.",
        ["chutes", "atelier"],
        {"chutes", "equilibre"},
        {},
    ),
    (
        "fragiles_liste",
        "2024-02-27 17:45",
        "note",
        1,
        "Registre des personnes fragiles",
        "On relance le registre nominatif du CCAS : les plus de 65 ans ou les personnes handicapées s'y inscrivent par téléphone, par courrier ou via un proche. Il sert en cas de canicule ou de grand froid : on les appelle. 143 inscrits, beaucoup trop peu.",
        ["canicule", "registre"],
        {"canicule", "canicule_registre", "registre_comment", "ccas", "chaine"},
        {},
    ),
    (
        "club_nouveau",
        "2024-03-05 18:15",
        "note",
        6,
        "Des nouveaux",
        "4 nouveaux au club cette semaine, dont deux messieurs venus pour la pétanque. Le bouche-à-oreille des visiteurs bénévoles, ça marche.",
        ["club"],
        {"club", "visites", "benev"},
        {},
    ),
    (
        "roger",
        "2024-03-07 15:40",
        "testimony",
        2,
        "Roger, 84 ans",
        "Je croyais que c'était pas pour moi ces machins. Maintenant je lis les nouvelles dessus avec les lettres en gros, et je fais le scrabble avec mon petit-fils qui est à Bordeaux.",
        ["témoignage", "numérique"],
        {"numerique"},
        {"speaker_name": "Roger", "speaker_role": "participant aux ateliers numériques"},
    ),
    (
        "copil_14mars",
        "2024-03-14 18:30",
        "note",
        1,
        "Comité de pilotage du 14 mars",
        "Copil : bilan des visites (38 personnes), préparation du plan canicule pour l'été, et on valide l'achat de 10 tablettes de plus. Les médecins demandent un numéro unique. Prochain copil en juin.",
        ["copil"],
        {"reunion14mars", "visites", "canicule", "numerique", "medecin"},
        {},
    ),
    (
        "copil_photo",
        "2024-03-14 20:00",
        "photo",
        7,
        "Copil",
        "",
        ["copil"],
        {"reunion14mars"},
        {"caption": "Copil de jeudi soir, salle du conseil, le tableau des actions"},
    ),
    (
        "copil_memo",
        "2024-03-15 08:30",
        "audio",
        7,
        "Mémo copil",
        "",
        ["copil"],
        {"reunion14mars", "evaluation", "canicule"},
        {
            "transcript": "Petit mémo sur la réunion d'hier soir. Ce que je retiens : il nous faut un indicateur simple pour l'évaluation, genre combien de personnes ont au moins un contact par semaine. Et Monique a raison, la liste canicule c'est le chantier de l'été."
        },
    ),
    (
        "toubib_temoin",
        "2024-03-19 12:15",
        "testimony",
        5,
        "Dr Masson",
        "Je vois des patients de 85 ans qui viennent en consultation juste pour parler. Je peux pas leur donner une demi-heure. Savoir que j'appelle quelqu'un au CCAS qui envoie un bénévole, ça me soulage.",
        ["témoignage", "médecins"],
        {"medecin", "isol", "visites", "ccas", "benev"},
        {"speaker_name": "Dr Masson", "speaker_role": "médecin généraliste"},
    ),
    (
        "tad_retour",
        "2024-03-21 17:20",
        "audio",
        9,
        "TAD premier mois",
        "",
        ["transport"],
        {"tad", "isol"},
        {
            "transcript": "Alors le TAD, bilan du premier mois : 64 trajets. Surtout pour le marché du samedi, le cimetière et les rendez-vous. Une dame m'a dit que c'était la première fois depuis un an qu'elle allait au marché."
        },
    ),
    (
        "pharma_livraison",
        "2024-03-26 10:30",
        "note",
        3,
        "Pharmacie et auxiliaires",
        "Accord avec la pharmacie Lenoir : les auxiliaires de vie peuvent récupérer les ordonnances renouvelées de leurs bénéficiaires, et la pharmacie prépare les piluliers. Ça évite des allers-retours.",
        ["pharmacies", "aide à domicile"],
        {"pharma", "aide_dom"},
        {},
    ),
    (
        "journal_chronique",
        "2024-04-02 09:00",
        "note",
        4,
        "Une chronique",
        "Le Courrier de Montreval me donne une petite chronique tous les quinze jours : « Les visiteurs ». Premier papier sur M. Fabre, 93 ans, ancien cheminot.",
        ["presse", "visites"],
        {"journal", "visites"},
        {},
    ),
    (
        "m_fabre",
        "2024-04-04 16:00",
        "testimony",
        4,
        "M. Fabre, 93 ans",
        "Bernard vient le mercredi. On parle du train, de l'Algérie, du foot. Avant je parlais à la télé. Maintenant j'attends le mercredi.",
        ["témoignage", "visites"],
        {"visites", "isol"},
        {"speaker_name": "M. Fabre", "speaker_role": "ancien cheminot, 93 ans"},
    ),
    (
        "chute_bracelet",
        "2024-04-09 14:20",
        "note",
        5,
        "Téléassistance",
        "Le département prend en charge une partie de la téléassistance pour les 75 ans et + : bouton d'appel au poignet ou en pendentif, relié à une centrale 24h/24. Nouveau modèle avec détecteur de chute automatique. 17 demandes depuis janvier via le CCAS.",
        ["chutes", "téléassistance"],
        {"teleassist", "chutes", "ccas", "chute_alerte"},
        {},
    ),
    (
        "ecole_club",
        "2024-04-11 17:00",
        "photo",
        6,
        "Au club",
        "",
        ["école", "club"],
        {"intergen", "club"},
        {
            "caption": "Les CM1 de Jules-Ferry contre les joueurs de belote du club : partie acharnée de petits chevaux"
        },
    ),
    (
        "aidant_fils",
        "2024-04-16 21:15",
        "audio",
        8,
        "Paroles d'aidant",
        "",
        ["aidants", "café"],
        {"aidant", "cafe_aidants", "repit", "aidant_aide"},
        {
            "transcript": "Je retranscris ce que m'a dit un monsieur au café des aidants, avec son accord : « Mon père vit seul à la ferme, je fais 40 bornes tous les soirs. Le jour où j'ai craqué au boulot, j'ai compris qu'il fallait que je me fasse aider. » Il est reparti avec le numéro de la plateforme de répit."
        },
    ),
    (
        "num_permanence",
        "2024-04-18 10:00",
        "note",
        2,
        "Permanence numérique",
        "Permanence numérique à la médiathèque le mardi matin : démarches en ligne, caisse de retraite, ameli, mots de passe oubliés. Venez avec votre téléphone ou votre tablette.",
        ["numérique"],
        {"numerique"},
        {},
    ),
    (
        "benevoles_formation",
        "2024-04-23 19:00",
        "note",
        4,
        "Formation des bénévoles",
        "Formation de 2 demi-journées pour les nouveaux visiteurs : écoute, repérer une déprime, quoi faire si la personne est tombée. Animée par la psychologue de la plateforme. 11 présents.",
        ["bénévoles", "formation"],
        {"benev", "visites", "chutes", "chute_alerte"},
        {},
    ),
    (
        "aide_dom_recrut",
        "2024-05-02 11:30",
        "note",
        3,
        "On recrute",
        "Le service d'aide à domicile recrute 4 aides à domicile, CDI, voiture de service. Si vous connaissez quelqu'un... On fait aussi découvrir le métier aux lycéennes du lycée pro.",
        ["aide à domicile"],
        {"aide_dom"},
        {},
    ),
    (
        "canicule_prep",
        "2024-05-14 18:10",
        "note",
        1,
        "Plan canicule 2024",
        "Plan canicule : dès la vigilance orange, chaque inscrit au registre est appelé tous les jours. 18 bénévoles + les agents du CCAS se partagent la liste, une chaîne d'appels par quartier. Pas de réponse après deux appels : on se déplace.",
        ["canicule"],
        {"canicule", "chaine", "ccas", "benev"},
        {},
    ),
    (
        "visite_video",
        "2024-05-16 16:20",
        "video",
        4,
        "Visite du jeudi",
        "",
        ["visites"],
        {"visites"},
        {
            "caption": "Visite du jeudi chez Mme Blanc, filmée avec son accord",
            "transcript": "— Alors Madame Blanc, ces tomates ? — Elles ont pas de goût cette année. Vous restez pour un café Bernard ? — Toujours.",
        },
    ),
    (
        "registre_inscrire",
        "2024-05-21 12:00",
        "note",
        1,
        "S'inscrire au registre",
        "Pour s'inscrire sur le registre canicule : formulaire à l'accueil de la mairie, au CCAS, dans les pharmacies, ou par téléphone au 02 54 00 12 34. Un voisin ou un enfant peut inscrire quelqu'un, avec son accord.",
        ["canicule", "registre"],
        {"canicule", "canicule_registre", "registre_comment", "ccas", "pharma"},
        {},
    ),
    (
        "journal_canicule",
        "2024-05-28 08:45",
        "link",
        1,
        "Le registre dans le journal",
        "Article sur le registre des personnes vulnérables avant l'été.",
        ["presse", "canicule"],
        {"journal", "canicule", "canicule_registre", "registre_comment"},
        {"url": "https://www.courrier-montreval.fr/montreval/canicule-inscrivez-vous-au-registre"},
    ),
    # ---- stage 3: Été 2024
    (
        "chaine_test",
        "2024-06-04 14:00",
        "note",
        1,
        "Test de la chaîne",
        "Exercice à blanc de la chaîne téléphonique : 212 inscrits appelés en une matinée par 15 personnes. 9 numéros faux, 3 personnes décédées encore sur la liste.",
        ["canicule"],
        {"chaine", "canicule"},
        {},
    ),
    (
        "club_sortie",
        "2024-06-06 17:30",
        "photo",
        6,
        "Sortie",
        "",
        ["club"],
        {"club", "tad"},
        {"caption": "Sortie du club au jardin botanique, avec le minibus du transport à la demande"},
    ),
    (
        "repas_menus",
        "2024-06-11 11:50",
        "note",
        3,
        "Repas livrés et chaleur",
        "Pour l'été, les repas livrés à domicile auront des plats froids et une bouteille d'eau en plus. Les livreurs vérifient que les volets sont fermés.",
        ["repas", "canicule"],
        {"repas", "canicule"},
        {},
    ),
    (
        "accueil_jour_projet",
        "2024-06-13 18:00",
        "note",
        8,
        "Accueil de jour",
        "Bonne nouvelle : l'ARS finance 8 places d'accueil de jour à la résidence des Glycines, ouverture en octobre. Les personnes qui ont des troubles de mémoire y passent une ou deux journées par semaine, et l'aidant souffle.",
        ["répit", "aidants"],
        {"repit", "accueil_jour", "aidant"},
        {},
    ),
    (
        "jeune_retraite",
        "2024-06-18 19:20",
        "note",
        4,
        "Du renfort",
        "Trois nouvelles bénévoles, jeunes retraitées de la Poste et de l'hôpital. Elles prendront chacune deux personnes à visiter en septembre.",
        ["bénévoles"],
        {"benev", "visites"},
        {},
    ),
    (
        "intergen_fete",
        "2024-06-20 18:30",
        "video",
        6,
        "Fête école-club",
        "",
        ["école", "club"],
        {"intergen", "club"},
        {
            "caption": "Fête de fin d'année école-club",
            "transcript": "Ils chantent « Le petit vin blanc », les gamins connaissent pas, les mamies leur apprennent. Et après les CM1 ont lu leurs textes sur quand mes grands-parents étaient petits.",
        },
    ),
    (
        "canicule_orange",
        "2024-06-25 21:40",
        "audio",
        1,
        "Vigilance orange",
        "",
        ["canicule"],
        {"canicule", "chaine", "benev"},
        {
            "transcript": "On passe en vigilance orange à partir de demain. J'ai envoyé les listes aux bénévoles ce soir. Rappel pour tout le monde : on demande si la personne boit, si elle a un ventilo, si elle ferme ses volets. Et on note tout dans le tableau."
        },
    ),
    (
        "canicule_bilan1",
        "2024-06-28 17:00",
        "note",
        1,
        "Trois jours de chaleur",
        "Trois jours d'alerte : 1 140 coups de fil passés. 6 déplacements à domicile, une dame déshydratée hospitalisée. Deux nouvelles inscriptions faites par des voisins.",
        ["canicule"],
        {"canicule", "chaine"},
        {},
    ),
    (
        "benevole_canicule",
        "2024-07-02 10:30",
        "testimony",
        4,
        "Jacqueline, bénévole",
        "J'avais 15 noms. Le premier jour ils étaient surpris, le troisième jour ils attendaient mon coup de fil. Une dame m'a dit « vous êtes la seule à m'avoir appelée de la semaine ».",
        ["témoignage", "canicule"],
        {"chaine", "canicule", "benev", "isol"},
        {"speaker_name": "Jacqueline", "speaker_role": "bénévole de la chaîne d'appels"},
    ),
    (
        "pharma_chaleur",
        "2024-07-09 09:30",
        "photo",
        3,
        "Vitrine",
        "",
        ["pharmacies", "canicule"],
        {"pharma", "canicule", "canicule_registre"},
        {
            "caption": "Affiche « Fortes chaleurs » dans la vitrine de la pharmacie Lenoir : boire, se rafraîchir, s'inscrire au registre"
        },
    ),
    (
        "repas_ete",
        "2024-07-16 12:20",
        "note",
        3,
        "Portage l'été",
        "Le portage continue tout l'été : 101 plateaux par jour en juillet, +7 parce que des familles sont parties en vacances. Deux remplaçants pour les tournées.",
        ["repas"],
        {"repas"},
        {},
    ),
    (
        "canicule_aout",
        "2024-08-12 08:15",
        "audio",
        1,
        "Deuxième épisode",
        "",
        ["canicule"],
        {"canicule", "chaine", "ccas", "benev"},
        {
            "transcript": "Deuxième épisode de forte chaleur, on relance les appels ce matin. Cette fois j'ai moins de bénévoles, beaucoup sont en vacances, donc les agents du CCAS prennent une partie des listes. Trente-huit degrés annoncés jeudi."
        },
    ),
    (
        "aout_visite",
        "2024-08-12 17:40",
        "note",
        4,
        "Chez Mme Roche",
        "Passé chez Mme Roche, elle répondait pas au téléphone. Elle allait bien, juste le combiné mal raccroché. Elle avait fermé ses volets et mouillé des serviettes comme on lui avait dit.",
        ["canicule", "visites"],
        {"canicule", "chaine", "visites"},
        {},
    ),
    (
        "canicule_bilan2024",
        "2024-09-03 18:30",
        "note",
        7,
        "Bilan de l'été",
        "Bilan de l'été : 2 épisodes, 2 310 appels, 0 décès lié à la chaleur chez les inscrits. Point faible : le registre, 238 inscrits alors qu'on estime à 600 les personnes vraiment isolées.",
        ["canicule", "bilan"],
        {"canicule", "chaine", "canicule_registre", "isol"},
        {},
    ),
    (
        "tad_ete",
        "2024-09-05 10:00",
        "note",
        9,
        "TAD : on étend",
        "À partir d'octobre, le transport à la demande roulera aussi le samedi matin et desservira le cimetière et l'accueil de jour. 48 inscrits maintenant.",
        ["transport"],
        {"tad", "accueil_jour"},
        {},
    ),
    (
        "chutes_domicile",
        "2024-09-10 15:00",
        "note",
        5,
        "Visites « prévention chutes »",
        "Avec l'ergothérapeute, on propose un passage dans le logement pour repérer ce qui fait tomber : tapis, fils, baignoire, éclairage la nuit. Le CCAS finance les barres d'appui.",
        ["chutes"],
        {"chutes", "ccas"},
        {},
    ),
    (
        "aide_dom_temoin",
        "2024-09-12 19:00",
        "testimony",
        3,
        "Nadège, auxiliaire de vie",
        "Je fais 9 personnes par jour. Certaines, je suis la seule à les toucher, à leur faire la bise. Quand on m'enlève 15 minutes sur une intervention, c'est la causette qui saute.",
        ["témoignage", "aide à domicile"],
        {"aide_dom", "isol"},
        {"speaker_name": "Nadège", "speaker_role": "auxiliaire de vie sociale"},
    ),
    # ---- stage 4: Répit et aidants
    (
        "accueil_ouverture",
        "2024-10-01 15:30",
        "photo",
        8,
        "Ouverture",
        "",
        ["répit"],
        {"repit", "accueil_jour"},
        {
            "caption": "Ouverture de l'accueil de jour des Glycines : atelier pâtisserie pour les premiers accueillis"
        },
    ),
    (
        "gisele",
        "2024-10-08 17:10",
        "testimony",
        8,
        "Gisèle, 74 ans",
        "Mon mari va aux Glycines le mardi et le vendredi. Le mardi je vais chez le coiffeur, le vendredi je dors. La première fois je me suis sentie coupable, maintenant je me dis que sans ça je serais partie avant lui.",
        ["témoignage", "aidants", "répit"],
        {"repit", "accueil_jour", "aidant"},
        {"speaker_name": "Gisèle", "speaker_role": "aidante de son mari"},
    ),
    (
        "cafe_oct",
        "2024-10-10 18:00",
        "note",
        8,
        "Café d'octobre",
        "Café des aidants d'octobre sur la culpabilité. 14 personnes. Une nouvelle : une jeune femme de 28 ans qui s'occupe de son frère handicapé. Prochains : 14 novembre et 12 décembre.",
        ["aidants", "café"],
        {"cafe_aidants", "cafe_quand", "aidant"},
        {},
    ),
    (
        "droit_repit",
        "2024-10-15 11:00",
        "note",
        1,
        "Droits des aidants",
        "Permanence aidants au CCAS le lundi : congé de proche aidant, allocation journalière (AJPA), relayage à domicile, plateforme de répit. Beaucoup savent pas qu'ils y ont droit.",
        ["aidants", "CCAS"],
        {"aidant", "aidant_aide", "repit", "ccas"},
        {},
    ),
    (
        "num_aidants",
        "2024-10-17 14:30",
        "note",
        2,
        "Tablettes partagées",
        "On teste avec 5 familles une tablette simplifiée chez la personne âgée : appel vidéo en un clic, et le proche qui s'en occupe voit les photos et l'agenda à distance.",
        ["numérique", "aidants"],
        {"numerique", "aidant"},
        {},
    ),
    (
        "relayage",
        "2024-10-22 20:30",
        "audio",
        8,
        "Relais à domicile",
        "",
        ["répit", "aidants"],
        {"repit", "aidant", "aidant_aide"},
        {
            "transcript": "Mémo pour l'équipe : la plateforme de répit propose maintenant du relais à domicile, une professionnelle vient garder le conjoint malade pendant quatre heures. Trois familles ont essayé. Une dame est allée au cinéma pour la première fois depuis deux ans."
        },
    ),
    (
        "seniors_club_2",
        "2024-10-24 16:00",
        "note",
        6,
        "Le club change de nom",
        "Le club Soleil d'automne devient « Le Lien ». 61 adhérents. Nouveau : marche du lundi et atelier mémoire.",
        ["club"],
        {"club"},
        {},
    ),
    (
        "journal_aidants",
        "2024-10-29 09:20",
        "link",
        8,
        "Portrait dans le journal",
        "Le Courrier publie le portrait de Gisèle et de l'accueil de jour. Bien écrit.",
        ["presse", "aidants"],
        {"journal", "aidant", "repit", "accueil_jour"},
        {"url": "https://www.courrier-montreval.fr/societe/aidante-et-fiere-de-l-etre"},
    ),
    (
        "ssiad_aidants",
        "2024-11-05 13:00",
        "note",
        5,
        "Les aidants au SSIAD",
        "Les soignantes du SSIAD voient les conjoints s'épuiser. On leur laisse maintenant le dépliant de la plateforme de répit et la date du prochain café.",
        ["aidants", "SSIAD"],
        {"aide_dom", "aidant", "aidant_aide", "repit", "cafe_aidants"},
        {},
    ),
    (
        "cafe_nov",
        "2024-11-14 17:15",
        "photo",
        8,
        "Café du 14",
        "",
        ["aidants", "café"],
        {"cafe_aidants", "cafe_quand", "aidant"},
        {"caption": "Café des aidants du 14 novembre : atelier massage des mains"},
    ),
    (
        "chute_hiver",
        "2024-11-19 18:00",
        "note",
        5,
        "Chutes : les chiffres",
        "Depuis janvier, 41 chutes signalées chez nos patients du SSIAD contre 58 l'an dernier. Les 34 personnes passées par l'atelier équilibre tiennent mieux debout, le kiné a refait les tests.",
        ["chutes", "SSIAD"],
        {"chutes", "equilibre", "aide_dom"},
        {},
    ),
    (
        "chute_nuit",
        "2024-11-21 15:00",
        "testimony",
        5,
        "Marcel, 88 ans",
        "Je suis tombé en allant aux toilettes la nuit. J'ai appuyé sur mon médaillon, la centrale a appelé ma voisine qui a la clé. Vingt minutes après elle était là. Sans ça je restais par terre jusqu'au matin.",
        ["témoignage", "chutes", "téléassistance"],
        {"chutes", "teleassist", "chute_alerte"},
        {"speaker_name": "Marcel", "speaker_role": "habitant, 88 ans"},
    ),
    (
        "num_fracture",
        "2024-11-26 17:40",
        "note",
        2,
        "Pas tous à l'aise",
        "Bilan des ateliers numériques : 54 personnes formées, mais une bonne moitié n'ose pas se servir de la tablette seule à la maison. On garde un suivi individuel à domicile un mardi sur deux.",
        ["numérique"],
        {"numerique"},
        {},
    ),
    (
        "dessin_mamie",
        "2024-11-28 16:20",
        "drawing",
        6,
        "Dessin de Lina",
        "",
        ["école", "club"],
        {"intergen", "club"},
        {"caption": "« Ma mamie et moi au club » par Lina, 9 ans : deux bonshommes qui jouent aux cartes"},
    ),
    (
        "ecole_lettres",
        "2024-12-03 17:00",
        "note",
        6,
        "Correspondance",
        "Les CM2 écrivent aux résidents du foyer-logement : une lettre par mois, les aînés répondent à la main. M. Fabre a raconté ses trains, il a reçu 24 dessins de locomotives.",
        ["école"],
        {"intergen"},
        {},
    ),
    (
        "noel_2024",
        "2024-12-17 19:10",
        "note",
        4,
        "Noël à nouveau",
        "Liste des personnes seules pour Noël : 19 cette année (27 l'an dernier). Toutes ont un visiteur ou une invitation au repas du club le 25.",
        ["isolement", "visites"],
        {"isol", "visites", "club"},
        {},
    ),
    (
        "portage_aide",
        "2025-01-07 10:45",
        "note",
        3,
        "Qui fait quoi pour le portage",
        "Rappel : les inscriptions au portage de repas passent par le CCAS (Monique), la cuisine centrale prépare, et c'est Didier et Karine qui livrent. En cas d'urgence (sortie d'hôpital) on peut démarrer en 48 h.",
        ["repas", "CCAS"],
        {"repas", "repas_orga", "ccas"},
        {},
    ),
    (
        "froid",
        "2025-01-14 08:30",
        "note",
        1,
        "Grand froid",
        "Plan grand froid déclenché : même liste, même chaîne d'appels que l'été. On vérifie le chauffage et qu'ils ont de quoi manger.",
        ["grand froid"],
        {"chaine"},
        {},
    ),
    (
        "manon",
        "2025-01-16 18:30",
        "testimony",
        8,
        "Manon, 28 ans",
        "Mon frère est polyhandicapé, ma mère est décédée l'an dernier, j'ai pris le relais. Au café les gens ont 70 ans mais on vit la même chose : les rendez-vous, la fatigue, la peur qu'il nous arrive quelque chose.",
        ["témoignage", "aidants"],
        {"aidant", "cafe_aidants"},
        {"speaker_name": "Manon", "speaker_role": "aidante de son frère"},
    ),
    (
        "tad_temoin",
        "2025-01-21 11:30",
        "testimony",
        9,
        "Mme Lopez, 81 ans",
        "Depuis que j'ai plus la voiture j'étais coincée. Le petit bus vient me chercher devant chez moi le samedi pour le marché, le chauffeur m'aide à porter le panier.",
        ["témoignage", "transport"],
        {"tad", "isol"},
        {"speaker_name": "Mme Lopez", "speaker_role": "utilisatrice du TAD"},
    ),
    (
        "medecin_fiche",
        "2025-01-23 14:00",
        "note",
        5,
        "Fiche de liaison",
        "Nouvelle fiche de liaison entre les généralistes, les pharmaciens et le CCAS : le médecin coche « isolement », « aidant épuisé » ou « risque de chute », et on rappelle la famille sous 8 jours. 23 fiches reçues en décembre.",
        ["médecins", "pharmacies", "partenaires"],
        {"medecin", "pharma", "ccas", "isol", "aidant", "chutes"},
        {},
    ),
    (
        "club_tablettes",
        "2025-01-28 15:45",
        "photo",
        2,
        "Visio au club",
        "",
        ["club", "numérique"],
        {"club", "numerique"},
        {"caption": "Au club, les anciens montrent aux nouveaux comment faire une visio sur la tablette"},
    ),
    (
        "intergen_num",
        "2025-02-04 17:30",
        "note",
        6,
        "Les collégiens profs d'informatique",
        "Des 4e du collège viennent au club le mercredi après-midi aider les aînés avec leurs téléphones. Les papis leur apprennent la belote en échange.",
        ["école", "club", "numérique"],
        {"intergen", "numerique", "club"},
        {},
    ),
    (
        "chute_alerte_fiche",
        "2025-02-06 12:10",
        "note",
        5,
        "Si quelqu'un tombe",
        "Fiche réflexe pour les bénévoles et les livreurs : si la personne est au sol, ne pas la relever seul, appeler le 15, la couvrir, rester avec elle. Ensuite prévenir le CCAS pour proposer téléassistance et atelier équilibre.",
        ["chutes"],
        {"chutes", "chute_alerte", "teleassist", "equilibre", "benev", "ccas"},
        {},
    ),
    (
        "ccas_budget",
        "2025-02-11 19:00",
        "note",
        1,
        "Budget CCAS 2025",
        "Le conseil d'administration du CCAS vote 18 000 € pour continuer les visites, le café des aidants et les barres d'appui. Le portage de repas reste à 8,40 € le repas.",
        ["CCAS", "budget"],
        {"ccas", "visites", "cafe_aidants", "chutes", "repas"},
        {},
    ),
    (
        "benevoles_fatigue",
        "2025-02-18 12:30",
        "audio",
        4,
        "Réunion des bénévoles",
        "",
        ["bénévoles"],
        {"benev", "visites"},
        {
            "transcript": "Alors, réunion des bénévoles ce matin. On est 22 mais vraiment actifs une quinzaine. Certains visiteurs ont eux-mêmes 78 ans, faut faire attention à eux aussi. On aimerait des plus jeunes, des retraités récents."
        },
    ),
    (
        "karima",
        "2025-02-25 20:00",
        "testimony",
        8,
        "Karima, 49 ans",
        "Ma mère habite au-dessus de chez nous. Entre les enfants, le travail et elle, je dors plus. C'est notre médecin traitant qui m'a parlé de la permanence du CCAS. On a eu le relayage et deux demi-journées à l'accueil de jour.",
        ["témoignage", "aidants"],
        {"aidant", "aidant_aide", "medecin", "ccas", "repit", "accueil_jour"},
        {"speaker_name": "Karima", "speaker_role": "aidante de sa mère"},
    ),
    # ---- stage 5: Bilan
    (
        "eval_methode",
        "2025-03-04 10:00",
        "note",
        7,
        "Évaluation finale : méthode",
        "Évaluation finale : on refait l'enquête auprès des plus de 75 ans au printemps (même questionnaire), plus 20 entretiens avec des aidants et des bénévoles. Rapport en juin.",
        ["évaluation", "enquête"],
        {"evaluation", "enquete", "aidant", "benev"},
        {},
    ),
    (
        "enquete2_porte",
        "2025-03-13 15:00",
        "photo",
        4,
        "Rue des Tanneurs",
        "",
        ["enquête", "évaluation"],
        {"enquete", "evaluation"},
        {"caption": "Retour rue des Tanneurs pour la 2e enquête, avec une étudiante en sociologie"},
    ),
    (
        "entretien_aidant",
        "2025-03-20 18:00",
        "audio",
        7,
        "Entretien n°7",
        "",
        ["évaluation", "aidants"],
        {"evaluation", "aidant", "cafe_aidants", "repit", "accueil_jour"},
        {
            "transcript": "Entretien numéro 7, une aidante de 63 ans. Elle dit : le plus dur c'était de demander de l'aide, et le café l'a débloquée. Sa mère va deux jours par semaine à l'accueil de jour maintenant. Elle voudrait un café le soir pour ceux qui travaillent."
        },
    ),
    (
        "chutes_ateliers2",
        "2025-03-25 11:00",
        "note",
        5,
        "Atelier équilibre, session 3",
        "3e session de l'atelier équilibre, complète en 2 jours. On forme deux bénévoles du club pour animer des séances d'entretien entre les sessions.",
        ["chutes", "atelier"],
        {"chutes", "equilibre", "club", "benev"},
        {},
    ),
    (
        "journal_eval",
        "2025-04-01 09:00",
        "link",
        7,
        "Appel à témoignages",
        "Le journal relaie notre appel : vous êtes aidant, visiteur, bénéficiaire ? Racontez-nous ce qui a changé.",
        ["presse", "évaluation"],
        {"journal", "evaluation"},
        {"url": "https://www.courrier-montreval.fr/montreval/seniors-isoles-le-projet-fait-son-bilan"},
    ),
    (
        "enquete2_res",
        "2025-04-15 18:20",
        "note",
        7,
        "Enquête 2025 : les chiffres",
        "523 réponses cette fois. Personnes sans aucune visite dans la semaine : 31 % en 2023, 22 % en 2025. Chutes déclarées dans l'année : de 22 % à 17 %. Utilisation d'internet : de 12 % à 21 %.",
        ["enquête", "résultats", "évaluation"],
        {"enquete", "enquete_nb", "evaluation", "isol", "chutes", "numerique"},
        {},
    ),
    (
        "bernard_bilan",
        "2025-04-22 17:00",
        "testimony",
        4,
        "Bernard, visiteur",
        "Je me suis engagé à la retraite parce que je m'ennuyais. Deux ans après j'ai six « amis » de plus de 85 ans. J'en ai enterré un en février, c'est le plus dur.",
        ["témoignage", "bénévoles"],
        {"visites", "benev"},
        {"speaker_name": "Bernard Lemoine", "speaker_role": "bénévole visiteur"},
    ),
    (
        "intergen_bilan",
        "2025-04-24 16:30",
        "note",
        6,
        "Bilan école-club",
        "En deux ans : 3 classes, 26 rencontres, la correspondance avec le foyer-logement et les collégiens du mercredi. Les enseignants veulent continuer, mais il faut un transport pour les aînés qui marchent plus bien.",
        ["école", "évaluation"],
        {"intergen", "evaluation"},
        {},
    ),
    (
        "cafe_soir",
        "2025-05-06 18:50",
        "note",
        8,
        "Café des aidants le soir",
        "Suite aux entretiens : un café des aidants en soirée, le premier mardi du mois à 19h, pour les aidants qui travaillent. Le premier c'est le 3 juin.",
        ["aidants", "café"],
        {"cafe_aidants", "cafe_quand", "aidant", "evaluation"},
        {},
    ),
    (
        "eval_copil",
        "2025-05-13 18:30",
        "note",
        7,
        "Copil évaluation",
        "Copil : premiers résultats de l'évaluation. Ce qui marche : les visites, la chaîne canicule, l'accueil de jour. Ce qui marche moins : le numérique seul à la maison, et le registre reste incomplet.",
        ["copil", "évaluation"],
        {"evaluation", "visites", "chaine", "canicule", "repit", "accueil_jour", "numerique"},
        {},
    ),
    (
        "canicule_2025",
        "2025-05-27 17:30",
        "note",
        1,
        "Plan canicule 2025",
        "Registre ouvert : 356 inscrits (238 l'an dernier), grâce aux fiches des médecins et des pharmacies. Chaîne d'appels prête, 24 bénévoles.",
        ["canicule", "registre"],
        {"canicule", "canicule_registre", "chaine", "medecin", "pharma", "benev"},
        {},
    ),
    (
        "rapport_remis",
        "2025-06-10 11:00",
        "note",
        7,
        "Rapport d'évaluation",
        "Le rapport d'évaluation (52 pages) est remis au CCAS et à la conférence des financeurs. Recommandation n°1 : pérenniser un poste de coordination des visites.",
        ["évaluation", "rapport"],
        {"evaluation", "ccas", "visites"},
        {},
    ),
    (
        "restitution_video",
        "2025-06-19 19:00",
        "video",
        1,
        "Restitution",
        "",
        ["évaluation"],
        {"evaluation", "visites", "repit", "accueil_jour"},
        {
            "caption": "Restitution publique au foyer-logement",
            "transcript": "Merci à tous d'être là. Il y a deux ans, on a frappé à la porte de 487 personnes. Aujourd'hui 61 personnes sont visitées chaque semaine, et l'accueil de jour affiche complet.",
        },
    ),
    (
        "canicule_juin25",
        "2025-06-24 21:00",
        "audio",
        1,
        "Première alerte 2025",
        "",
        ["canicule"],
        {"canicule", "chaine", "benev"},
        {
            "transcript": "Première alerte canicule de l'été, on démarre les appels demain 9h. Les nouveaux bénévoles sont en binôme avec les anciens de l'an dernier."
        },
    ),
    (
        "intergen_juin25",
        "2025-06-27 18:00",
        "photo",
        6,
        "Pique-nique",
        "",
        ["école", "club"],
        {"intergen", "club"},
        {"caption": "Pique-nique de fin d'année : les CM1 et les aînés du club sous les marronniers du parc"},
    ),
]

# Filler: everyday team posts. Each sentence reuses a topic word in another
# sense (a fall in prices, the building inspector's visit, "portage" salarial,
# "Canicule" the film, a chocolate "tablette", roof insulation, a "registre" of
# minutes, the "ministère de tutelle", an "accueil" desk...) or none at all.
FILLER_SENTENCES = [
    "Chute des prix du fioul ce mois-ci, la mairie en profite pour remplir la cuve de la salle des fêtes.",
    "Grosses chutes de neige annoncées sur le Massif central, je reporte mon déplacement à Clermont.",
    "La chute d'eau du moulin est à sec, les photographes du dimanche sont déçus.",
    "Chute de la fréquentation du site internet en août, normal.",
    "Visite du contrôleur de sécurité au foyer-logement mardi : extincteurs et issues de secours.",
    "Visite de la sous-préfète reportée au mois prochain.",
    "Visite de chantier de la nouvelle médiathèque jeudi à 10h, casque obligatoire.",
    "Mon collègue passe en portage salarial à partir de janvier, il restera notre prestataire.",
    "Le portage politique du projet par les élus est acquis, reste à trouver le budget.",
    "Le ciné-club passe « Canicule » d'Yves Boisset jeudi soir, avec Lino Ventura.",
    "Le cinéma fait une soirée « Canicule » avec le film de Boisset et une glace offerte.",
    "Repas de fin d'année des agents le 19 décembre, inscription avant le 10.",
    "Repas partagé de l'équipe vendredi midi : chacun apporte un plat.",
    "Le club de foot organise son tournoi de sixte le 1er mai au stade.",
    "Le club photo expose ses tirages dans le hall de la mairie.",
    "Tournoi de tennis catégorie seniors ce week-end, les courts sont réservés.",
    "Quelqu'un a laissé une tablette de chocolat entamée dans le frigo du bureau, elle est à qui ?",
    "La tablette de la fenêtre du bureau est fendue, signalé aux services techniques.",
    "Travaux d'isolation des combles de la mairie annexe en mars, bureaux déplacés au rez-de-chaussée.",
    "Devis pour l'isolation thermique du local associatif : 12 000 €, subvention possible.",
    "Transport du matériel vers la salle des fêtes : camion de la ville réservé.",
    "À la demande du maire, on décale la réunion d'équipe à 14h.",
    "Appel à projets de la région ouvert jusqu'au 15, je m'en occupe.",
    "J'ai appelé trois fois le plombier, toujours pas de nouvelles.",
    "Registre des délibérations à signer en mairie avant vendredi.",
    "Enquête publique sur le PLU en mairie jusqu'au 30, registre à l'accueil.",
    "Évaluation annuelle avec ma cheffe jeudi, rien à signaler.",
    "Mise à jour du document unique d'évaluation des risques pour le bureau.",
    "L'accueil de la mairie sera fermé lundi matin pour formation.",
    "Journée d'accueil des nouveaux agents le 3, on présente le projet en 10 minutes.",
    "Le ministère de tutelle a changé d'intitulé, il faut refaire l'en-tête des conventions.",
    "Jour férié jeudi, le bureau est fermé, pont vendredi pour ceux qui veulent.",
    "La pluie nous laisse un peu de répit, on peut enfin monter les barnums.",
    "La chaîne YouTube de la ville a mis en ligne la vidéo du marché de Noël.",
    "La chaîne du portail du parking a été coupée, la police municipale est prévenue.",
    "Colis fragile livré à l'accueil : c'est le nouveau vidéoprojecteur.",
    "L'équilibre budgétaire du service est atteint, ouf.",
    "Le vieux PC de l'accueil rame, il faut le remplacer.",
    "L'ancien maire est venu inaugurer la plaque de la salle des fêtes.",
    "L'ancienne école du bourg va devenir un tiers-lieu, réunion publique en mai.",
    "L'école de musique donne son concert de printemps à l'église samedi.",
    "La machine à café du 1er étage fuit, mettez un seau.",
    "Journal comptable de l'association à envoyer au commissaire aux comptes.",
    "Armoire à pharmacie du bureau vide, je rachète pansements et doliprane.",
    "Le chien du gardien a encore mangé les croissants de la réunion.",
    "Médiation avec le voisin du chantier de la médiathèque pour le bruit du matin.",
    "Déménagement du bureau au 2e étage mercredi, on a besoin de bras.",
    "Les pompiers nous aident à monter le chapiteau pour la fête de quartier.",
    "Mise à jour du logiciel de paie, la compta sera fermée jeudi.",
    "Le vide-grenier de la Gare a lieu dimanche, parking fermé.",
    "Bon de commande signé pour les tables pliantes.",
    "Imprimante du 2e étage en panne, encore.",
    "Devis reçu pour la signalétique : 1 450 € HT.",
    "Covoiturage pour le séminaire de Tours : départ 8h parking de la mairie.",
    "Le maire passera saluer l'équipe lundi.",
    "Calendrier partagé mis à jour, vérifiez vos créneaux.",
    "La photocopieuse fait des traces noires, technicien appelé.",
    "Affiches imprimées en A3, 50 exemplaires.",
    "Nouveaux bureaux au 2e étage, on déménage les cartons mercredi.",
    "On a reçu les t-shirts du projet, tailles S à XXL.",
    "Le mot de passe du drive partagé a changé, demandez-le à Pierre.",
    "Le rond-point de l'entrée de ville est en travaux jusqu'à fin du mois.",
    "Pendant les vacances, le bureau est ouvert le matin seulement.",
    "Le logo du projet est validé, vert et jaune.",
    "Le site de la ville est en maintenance ce week-end.",
    "Trois devis pour la sono, le moins cher est aussi le plus bruyant.",
    "J'ai passé la matinée sur les tableaux de bord pour le département.",
    "Quelqu'un a vu la rallonge électrique ? Elle est plus dans l'armoire.",
    "Dossier FSE déposé, on croise les doigts.",
    "Ma voiture est au garage, je viens en vélo cette semaine.",
    "Le marché du samedi déménage place de la Halle pendant les travaux.",
    "Les platanes du parking de la mairie vont être élagués.",
    "Le gardien du gymnase part à la retraite, pot le 30.",
    "Pot de départ de Nathalie au service finances vendredi à 17h.",
    "Formation au logiciel de comptabilité mardi matin.",
    "Le local de l'équipe repeint en bleu, ça a de la gueule.",
    "Le compteur d'eau du local a gelé, plombier appelé.",
    "On tourne une petite vidéo de présentation du projet pour le site.",
    "La lettre d'info de la ville sort la semaine prochaine, j'ai envoyé notre encart.",
    "Mes parents viennent ce week-end, je serai off samedi.",
    "Ma grand-mère fête ses 90 ans dimanche, je pose mon lundi.",
    "Train de 7h pour Paris, réunion nationale du réseau, retour tard.",
    "Le département a changé de logiciel de subventions, il faut recréer nos comptes.",
    "Le Cher a débordé sur le chemin de halage, la piste cyclable est fermée.",
    "J'ai pris des notes pendant la réunion d'équipe, je les mets au propre ce soir.",
    "Tableau des astreintes de l'été affiché dans la cuisine du bureau.",
    "La sono de la salle des fêtes grésille, prévoir un micro de secours.",
    "Le cours du gazole a encore grimpé, on limite les déplacements en voiture de service.",
    "Réunion avec le service com sur la charte graphique : on garde la police actuelle.",
    "Note de frais du déplacement à Orléans envoyée à la compta.",
]

FILLER_TITLES = [
    "Logistique",
    "Info pratique",
    "Budget",
    "Vu en passant",
    "Petite info",
    "Agenda",
    "Point équipe",
    "Matériel",
    "À savoir",
    "Rappel",
    "Com",
    "Bureau",
    "Divers",
    "Pense-bête",
    "En bref",
    "Organisation",
]

FILLER_CAPTIONS = [
    "Les barnums montés devant la mairie",
    "Tableau blanc après la réunion d'équipe",
    "Cartons du déménagement au 2e étage",
    "Le Cher en crue sous le pont",
    "Le local de l'équipe repeint en bleu",
    "Pause café au bureau",
    "Les t-shirts du projet sont arrivés",
    "Coucher de soleil sur le Cher depuis la salle du conseil",
    "Le vidéoprojecteur qui refuse de marcher",
    "Le marché du samedi sous la pluie",
    "La chute d'eau du moulin, presque à sec",
    "Les combles de la mairie annexe pendant les travaux d'isolation",
    "Affiche du ciné-club : « Canicule », jeudi 20h30",
]

FILLER_URLS = [
    "https://www.montreval.fr/agenda",
    "https://www.montreval.fr/actualites/travaux-rond-point",
    "https://www.montreval.fr/marches-publics",
    "https://meteofrance.com/previsions-meteo-france/montreval",
    "https://www.centre-valdeloire.fr/subventions",
    "https://www.cinema-le-rex-montreval.fr/programme",
]

FILLER_TAGS = ["logistique", "équipe", "budget", "com", "mairie", "agenda", "matériel", "bureau"]

# Days no filler post may fall on, so that date queries are judged on the
# hand-written entries only.
RESERVED_DAYS = {(3, 14), (8, 12)}
N_FILLER = 192


def last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def paris_iso(stamp: str) -> str:
    """'YYYY-MM-DD HH:MM' -> ISO 8601 with the Paris offset of that day."""
    t = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    summer = last_sunday(t.year, 3) <= t.date() < last_sunday(t.year, 10)
    return t.strftime("%Y-%m-%dT%H:%M:00") + ("+02:00" if summer else "+01:00")


def stage_of(day: str) -> int:
    current = STAGES[0][0]
    for sid, _title, start, _end in STAGES:
        if day >= start:
            current = sid
    return current


def make_filler(rng: random.Random, count: int) -> list[dict]:
    start, end = dt.date(2023, 10, 2), dt.date(2025, 6, 30)
    days = []
    d = start
    while d <= end:
        summer_break = (d.month == 7 and d.day > 14) or (d.month == 8 and d.day < 20)
        if d.weekday() < 5 and not summer_break and (d.month, d.day) not in RESERVED_DAYS:
            days.append(d)
        d += dt.timedelta(days=1)
    kinds = ["note"] * 12 + ["photo"] * 4 + ["link"] * 2 + ["audio"] * 2 + ["video", "drawing"]
    out = []
    for _ in range(count):
        day = rng.choice(days)
        stamp = f"{day.isoformat()} {rng.randint(8, 19):02d}:{rng.choice(['00', '05', '15', '20', '30', '40', '45', '50'])}"
        kind = rng.choice(kinds)
        sentences = rng.sample(FILLER_SENTENCES, rng.choice([1, 1, 2, 2, 3]))
        text = " ".join(sentences)
        e = {
            "stamp": stamp,
            "kind": kind,
            "author": rng.randint(1, 9),
            "title": rng.choice(FILLER_TITLES),
            "body": text,
            "tags": rng.sample(FILLER_TAGS, rng.randint(0, 2)),
            "topics": set(),
            "caption": "",
            "transcript": "",
            "speaker_name": "",
            "speaker_role": "",
            "url": "",
        }
        if kind in ("photo", "drawing"):
            e["caption"] = rng.choice(FILLER_CAPTIONS)
            e["body"] = "" if rng.random() < 0.5 else sentences[0]
        elif kind == "video":
            e["caption"] = rng.choice(FILLER_CAPTIONS)
            e["transcript"], e["body"] = text, ""
        elif kind == "audio":
            e["transcript"], e["body"] = "Mémo. " + text, ""
        elif kind == "link":
            e["url"] = rng.choice(FILLER_URLS)
        out.append(e)
    return out


def build() -> dict:
    rng = random.Random(SEED)
    raw = []
    for key, stamp, kind, author, title, body, tags, topics, extra in H:
        e = {
            "key": key,
            "stamp": stamp,
            "kind": kind,
            "author": author,
            "title": title,
            "body": body,
            "tags": list(tags),
            "topics": set(topics),
            "caption": "",
            "transcript": "",
            "speaker_name": "",
            "speaker_role": "",
            "url": "",
        }
        e.update(extra)
        raw.append(e)
    raw += make_filler(rng, N_FILLER)
    raw.sort(key=lambda e: (e["stamp"], e.get("key", "~"), e["title"], e["body"]))
    ids = {}
    for i, e in enumerate(raw, 1):
        e["id"] = i
        if "key" in e:
            ids[e["key"]] = i
    return {"raw": raw, "ids": ids}


def text_of(e: dict) -> str:
    return " ".join([e["title"], e["body"], e["caption"], e["transcript"]]).lower()


def with_topic(raw: list[dict], topic: str) -> list[int]:
    return [e["id"] for e in raw if topic in e["topics"]]


def build_queries(raw: list[dict], ids: dict[str, int]) -> list[dict]:
    def T(topic: str) -> list[int]:
        return with_topic(raw, topic)

    def K(*keys: str) -> list[int]:
        return [ids[k] for k in keys]

    def minus_word(rel: list[int], pattern: str) -> list[int]:
        rx = re.compile(pattern)
        by_id = {e["id"]: e for e in raw}
        return [i for i in rel if not rx.search(text_of(by_id[i]))]

    bernard = [e["id"] for e in raw if e["author"] == 4]
    hugo_num = [e["id"] for e in raw if e["author"] == 2 and "numerique" in e["topics"]]
    diag_falls = [e["id"] for e in raw if stage_of(e["stamp"][:10]) == 1 and "chutes" in e["topics"]]
    tag_aidants = [e["id"] for e in raw if "aidants" in e["tags"]]
    tag_canicule = [e["id"] for e in raw if "canicule" in e["tags"]]
    june24 = [e["id"] for e in raw if e["stamp"].startswith("2024-06")]
    aug12 = [e["id"] for e in raw if e["stamp"][5:10] == "08-12"]
    cafe_nov = [i for i in T("cafe_aidants") if raw[i - 1]["stamp"][5:7] == "11"] + K("cafe_oct")

    q = [
        # familiar words / synonyms: the entries say it otherwise
        (
            "solitude des vieux",
            T("isol"),
            K("chiffres_insee", "m_fabre"),
            "[synonyme] isolement des personnes âgées : aînés qui vivent seuls, ne voient personne, parlent à la télé ; chiffres de l'enquête sur les contacts",
        ),
        (
            "livraison de plats",
            T("repas"),
            K("portage_etat"),
            "[synonyme] portage de repas du CCAS (repas livrés, plateaux, livreurs) ; pas le repas de fin d'année des agents ni le colis livré à l'accueil",
        ),
        (
            "vague de chaleur",
            T("canicule"),
            K("canicule_prep", "canicule_bilan1"),
            "[synonyme] plan canicule, épisodes de forte chaleur, vigilance orange, registre et appels ; pas le film « Canicule »",
        ),
        (
            "taxi pour les anciens",
            T("tad"),
            K("tad_lance"),
            "[synonyme] transport à la demande (TAD, minibus, petit bus qui vient chercher à la porte) et le besoin de transport exprimé dans l'enquête",
        ),
        (
            "pause pour les aidants",
            T("repit"),
            K("accueil_jour_projet", "relayage"),
            "[synonyme] répit : accueil de jour, relayage à domicile, plateforme de répit, « l'aidant souffle » ; pas la pluie qui « laisse un répit »",
        ),
        (
            "toubib",
            T("medecin"),
            K("toubib_temoin", "medecins"),
            "[synonyme] médecins généralistes / médecin traitant du réseau (maison de santé, fiche de liaison)",
        ),
        (
            "bip d'alarme pour personne âgée",
            T("teleassist"),
            K("chute_bracelet"),
            "[synonyme] téléassistance : bracelet, médaillon, bouton d'appel relié à une centrale",
        ),
        (
            "presse locale",
            T("journal"),
            K("journal1", "journal_chronique"),
            "[synonyme] le Courrier de Montreval : articles, chronique, portrait, appel à témoignages ; pas le journal comptable",
        ),
        (
            "intergénérationnel",
            T("intergen"),
            K("intergen_idee", "ecole_club"),
            "[synonyme] rencontres entre les aînés et les enfants de l'école ou les collégiens (club, lettres, dessins, fête) ; le mot n'apparaît dans aucune entrée",
        ),
        (
            "sondage plus de 75 ans",
            T("enquete"),
            K("enquete_prep", "enquete_res1"),
            "[synonyme] l'enquête/questionnaire auprès des 75 ans et plus (2023 et sa reprise en 2025) ; pas l'enquête publique sur le PLU",
        ),
        # word forms
        (
            "chuter",
            T("chutes"),
            K("chutes_atelier", "chute_cuisine"),
            "[forme] verbe pour chute/chutes/tombé/tomber : chutes des personnes âgées et leur prévention ; pas la chute des prix, de neige ou d'eau",
        ),
        (
            "aidantes",
            T("aidant"),
            K("sylvie", "gisele"),
            "[forme] féminin pluriel pour aidant/aidants/proche aidant : toutes les entrées sur les proches qui s'occupent d'un parent, d'un conjoint, d'un frère",
        ),
        (
            "tablette",
            T("numerique"),
            K("tablettes_arrivee", "atelier_num1"),
            "[forme] singulier pour tablettes : aide numérique, ateliers tablette, visio, permanence numérique ; pas la tablette de chocolat ni celle de la fenêtre",
        ),
        (
            "bénévole",
            T("benev"),
            K("visites_charte", "benevoles_formation"),
            "[forme] singulier pour bénévoles : recrutement, formation, visites, chaîne d'appels tenue par des bénévoles",
        ),
        (
            "visiter",
            T("visites"),
            K("visites_charte", "m_fabre"),
            "[forme] infinitif pour visite/visites/visiteurs/visitées : les visites de bénévoles aux personnes âgées ; pas la visite du contrôleur ou de la sous-préfète",
        ),
        (
            "évaluer",
            T("evaluation"),
            K("eval_methode", "rapport_remis"),
            "[forme] verbe pour évaluation : l'évaluation finale du projet (méthode, 2e enquête, entretiens, rapport, restitution) ; pas l'évaluation annuelle d'une salariée ni celle des risques",
        ),
        # 2-4 words
        (
            "portage de repas",
            T("repas"),
            K("portage_etat", "portage_aide"),
            "[multi-mots] repas livrés à domicile par le CCAS ; pas le portage salarial",
        ),
        (
            "plan canicule",
            T("canicule"),
            K("canicule_prep", "canicule_2025"),
            "[multi-mots] plan canicule, registre, appels pendant les épisodes de chaleur",
        ),
        (
            "aide à domicile",
            T("aide_dom"),
            K("fatou_plannings", "aide_dom_recrut"),
            "[multi-mots] service d'aide à domicile, auxiliaires de vie, ADMR, SSIAD et leurs soignantes",
        ),
        (
            "club des aînés",
            T("club"),
            K("club_etat", "seniors_club_2"),
            "[multi-mots] le club Soleil d'automne / Le Lien : adhérents, activités, sorties, rencontres avec l'école ; pas le club de foot ni le club photo",
        ),
        (
            "transport à la demande",
            T("tad"),
            K("tad_lance", "tad_carte"),
            "[multi-mots] le TAD de l'agglo et le besoin de transport exprimé dans l'enquête ; pas le transport du matériel ni « à la demande du maire »",
        ),
        (
            "atelier équilibre",
            T("equilibre"),
            K("chutes_atelier", "chutes_ateliers2"),
            "[multi-mots] l'atelier équilibre (prévention des chutes) ; pas l'équilibre budgétaire",
        ),
        # whole questions
        (
            "qui s'occupe du portage des repas ?",
            T("repas_orga"),
            K("portage_aide", "portage_etat"),
            "[question] qui inscrit, prépare et livre les repas (CCAS, cuisine centrale, livreurs, permanence du jeudi)",
        ),
        (
            "comment on fait pour s'inscrire au registre canicule ?",
            T("registre_comment"),
            K("registre_inscrire", "fragiles_liste"),
            "[question] comment s'inscrire ou inscrire un proche sur le registre (formulaire, téléphone, courrier, article du journal) ; pas les entrées qui donnent seulement le nombre d'inscrits",
        ),
        (
            "combien de personnes ont répondu à l'enquête ?",
            T("enquete_nb"),
            K("enquete_res1", "enquete2_res"),
            "[question] les deux entrées qui donnent le nombre de réponses (487 en 2023, 523 en 2025)",
        ),
        (
            "où trouver de l'aide quand on est aidant ?",
            T("aidant_aide"),
            K("droit_repit", "cafe_idee"),
            "[question] permanence aidants du CCAS, plateforme de répit, relayage, café des aidants, dépliants laissés par le SSIAD",
        ),
        (
            "que faire si mamie tombe la nuit ?",
            T("chute_alerte"),
            K("chute_alerte_fiche", "chute_nuit"),
            "[question] conduite à tenir après une chute et alerte (fiche réflexe, téléassistance, centrale, formation des bénévoles)",
        ),
        (
            "c'est quand le café des aidants ?",
            T("cafe_quand"),
            K("cafe_idee", "cafe_soir"),
            "[question] entrées qui donnent le jour ou la date du café des aidants",
        ),
        # typos, missing accents
        (
            "isolemnt",
            T("isol"),
            K("chiffres_insee"),
            "[faute] e manquant : isolement des personnes âgées ; pas l'isolation des combles",
        ),
        (
            "aidants familliaux",
            T("aidant"),
            K("sylvie", "aidant_paul"),
            "[faute] double l : proches aidants",
        ),
        (
            "canicul",
            T("canicule"),
            K("canicule_prep"),
            "[faute] e manquant : plan canicule et épisodes de chaleur ; pas le film",
        ),
        (
            "teleassistance",
            T("teleassist"),
            K("chute_bracelet"),
            "[faute] sans accent : téléassistance (bracelet, médaillon, centrale)",
        ),
        (
            "benevoles",
            T("benev"),
            K("visites_charte"),
            "[faute] sans accents : les bénévoles du projet",
        ),
        (
            "farmacie",
            T("pharma"),
            K("pharma_reseau", "pharma_livraison"),
            "[faute] ph écrit f : les pharmacies du réseau ; pas l'armoire à pharmacie du bureau",
        ),
        (
            "auxilliaire de vie",
            T("aide_dom"),
            K("aide_dom_temoin", "fatou_plannings"),
            "[faute] double l : auxiliaires de vie, aides à domicile, soignantes du SSIAD",
        ),
        # quoted phrases
        (
            '"café des aidants"',
            T("cafe_aidants"),
            K("cafe_idee", "cafe1"),
            "[guillemets] le café des aidants et ses séances (y compris quand l'entrée dit seulement « le café ») ; pas la machine à café",
        ),
        (
            '"accueil de jour"',
            T("accueil_jour"),
            K("accueil_jour_projet", "accueil_ouverture"),
            "[guillemets] l'accueil de jour des Glycines ; pas l'accueil de la mairie ni la journée d'accueil des agents",
        ),
        (
            '"chaîne téléphonique"',
            T("chaine"),
            K("chaine_test", "canicule_prep"),
            "[guillemets] la chaîne d'appels aux inscrits du registre (canicule, grand froid) ; pas la chaîne YouTube ni celle du portail",
        ),
        # exclusions
        (
            "canicule -registre",
            minus_word(T("canicule"), r"\bregistres?\b"),
            [],
            "[exclusion] les entrées sur la canicule moins celles qui contiennent « registre »",
        ),
        (
            "bénévoles -visites",
            minus_word(T("benev"), r"\bvisites?\b"),
            [],
            "[exclusion] les entrées sur les bénévoles moins celles qui contiennent « visite(s) » (« visiteurs », « visiter » restent)",
        ),
        (
            "aidants -café",
            minus_word(T("aidant"), r"\bcafés?\b"),
            [],
            "[exclusion] les entrées sur les proches aidants moins celles qui contiennent « café »",
        ),
        # fields (derived from the data)
        ("auteur:Bernard", bernard, [], "[champ] toutes les entrées de Bernard Lemoine (dérivé des données)"),
        (
            "auteur:Hugo tablette",
            hugo_num,
            K("tablettes_arrivee"),
            "[champ] entrées de Hugo Lambert jugées sur l'aide numérique (dérivé : auteur ∩ sujet)",
        ),
        (
            "escale:diagnostic chutes",
            diag_falls,
            K("chute_cuisine"),
            "[champ] entrées de l'étape Diagnostic jugées sur les chutes (dérivé : étape ∩ sujet)",
        ),
        ("#aidants", tag_aidants, [], "[champ] entrées portant le tag aidants (dérivé des données)"),
        ("#canicule", tag_canicule, [], "[champ] entrées portant le tag canicule (dérivé des données)"),
        # dates
        (
            "réunion du 14 mars",
            T("reunion14mars"),
            K("copil_14mars"),
            "[date] le comité de pilotage du 14 mars 2024 : compte rendu, photo du soir, mémo du lendemain sur cette réunion (aucun filler un 14 mars)",
        ),
        ("en juin 2024", june24, [], "[date] toutes les entrées datées de juin 2024 (dérivé des données)"),
        (
            "le 12 août",
            aug12,
            K("canicule_aout"),
            "[date] toutes les entrées datées d'un 12 août (2e épisode de chaleur 2024 ; aucun filler ce jour-là)",
        ),
        (
            "café des aidants en novembre",
            cafe_nov,
            K("cafe_nov"),
            "[date] entrées sur le café des aidants datées de novembre, plus celle d'octobre qui annonce le café du 14 novembre",
        ),
        # nothing answers these
        (
            "maltraitance",
            [],
            [],
            "[sans réponse] aucune entrée sur la maltraitance des personnes âgées",
        ),
        (
            "entrée en ehpad",
            [],
            [],
            "[sans réponse] aucune entrée sur une entrée en EHPAD ; l'accueil de jour et le foyer-logement ne sont pas des EHPAD",
        ),
        (
            "mise sous tutelle",
            [],
            [],
            "[sans réponse] aucune mesure de protection juridique ; le « ministère de tutelle » des fillers ne compte pas",
        ),
        (
            "médiation animale",
            [],
            [],
            "[sans réponse] aucun animal visiteur ; la médiation avec le voisin du chantier et le chien du gardien ne comptent pas",
        ),
    ]
    return [{"q": a, "relevant": sorted(set(b)), "top3": list(c), "why": d} for a, b, c, d in q]


def validate(data: dict) -> None:
    entries = data["entries"]
    assert [e["id"] for e in entries] == list(range(1, len(entries) + 1))
    stamps = [e["occurred_at"] for e in entries]
    assert stamps == sorted(stamps), "ids not in time order"
    stage_ids = {s["id"] for s in data["stages"]}
    author_ids = {a["id"] for a in data["authors"]}
    kinds = {"note", "photo", "audio", "video", "drawing", "testimony", "link"}
    for e in entries:
        assert e["kind"] in kinds and e["stage"] in stage_ids and e["author"] in author_ids
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00", e["occurred_at"])
        if e["kind"] != "testimony":
            assert not e["speaker_name"] and not e["speaker_role"]
        else:
            assert e["speaker_name"] and e["speaker_role"]
        if e["kind"] != "link":
            assert not e["url"]
        else:
            assert e["url"].startswith("https://")
    valid = {e["id"] for e in entries}
    empty = 0
    for q in data["queries"]:
        assert set(q["relevant"]) <= valid, q["q"]
        assert set(q["top3"]) <= set(q["relevant"]), q["q"]
        assert len(q["top3"]) <= 2, q["q"]
        assert re.match(r"\[[^\]]+\] ", q["why"]), q["q"]
        empty += not q["relevant"]
    assert empty >= 3
    assert len({q["q"] for q in data["queries"]}) == len(data["queries"])


def main() -> None:
    built = build()
    raw, ids = built["raw"], built["ids"]
    entries = []
    for e in raw:
        entries.append(
            {
                "id": e["id"],
                "kind": e["kind"],
                "title": e["title"],
                "body": e["body"],
                "tags": e["tags"],
                "occurred_at": paris_iso(e["stamp"]),
                "stage": stage_of(e["stamp"][:10]),
                "author": e["author"],
                "caption": e["caption"],
                "transcript": e["transcript"],
                "speaker_name": e["speaker_name"],
                "speaker_role": e["speaker_role"],
                "url": e["url"],
            }
        )
    data = {
        "name": "dev2_fr",
        "language": "fr",
        "logbook": {
            "title": "Pas tout seuls — Montreval",
            "description": "Projet coopératif du CCAS de Montreval, des services d'aide à domicile, du club des aînés et de bénévoles contre l'isolement des personnes âgées et pour le soutien des proches aidants (2023-2025).",
        },
        "stages": [{"id": s, "title": t, "starts_on": a, "ends_on": b} for s, t, a, b in STAGES],
        "authors": [{"id": i, "name": n} for i, n in AUTHORS],
        "entries": entries,
        "queries": build_queries(raw, ids),
    }
    validate(data)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(entries)} entries ({len(ids)} hand-written), {len(data['queries'])} queries -> {OUT.name}")


if __name__ == "__main__":
    main()
