"""Build the French development relevance set (dev_fr.json) for logbook search.

Deterministic (fixed seed), standard library only. Hand-written entries carry
the topics they were judged to answer; filler posts come from sentence pools
that reuse the topics' words in other senses and answer no query.
Run: python3 bench/judged/dev/make_dev_fr.py
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 20250630
OUT = Path(__file__).with_name("dev_fr.json")

STAGES = [
    (1, "Diagnostic", "2023-09-04", "2024-01-07"),
    (2, "Premières actions", "2024-01-08", "2024-09-01"),
    (3, "Rentrée 2024", "2024-09-02", "2025-01-05"),
    (4, "Mentorat et conseil des jeunes", "2025-01-06", "2025-05-01"),
    (5, "Bilan", "2025-05-02", None),
]

AUTHORS = [
    (1, "Nadia Benali"),
    (2, "Julien Morel"),
    (3, "Sophie Lefèvre"),
    (4, "Karim Haddad"),
    (5, "Claire Dubois"),
    (6, "Thomas Girard"),
    (7, "Aïcha Diallo"),
    (8, "Marc Rousseau"),
    (9, "Lucas Martin"),
]

# (key, "YYYY-MM-DD HH:MM", kind, author, title, body, tags, topics, extra)
# extra: caption / transcript / speaker_name / speaker_role / url
H: list[tuple] = [
    (
        "lancement",
        "2023-09-05 18:10",
        "note",
        6,
        "Lancement du projet",
        "Premier comité de pilotage avec le collège Jean-Moulin, le lycée pro des Chênes et la mairie. Objectif sur deux ans : faire baisser le nombre de jeunes qui quittent le système scolaire sans diplôme, et que les élèves se sentent mieux au bahut. On commence par un diagnostic.",
        ["lancement", "copil"],
        {"decroch"},
        {},
    ),
    (
        "abs_stats",
        "2023-09-14 12:30",
        "note",
        1,
        "Absentéisme : les chiffres de l'an dernier",
        "Sorti les stats de Pronote : 38 élèves au-dessus de 10 demi-journées d'absence non justifiées l'an dernier, dont 22 en 4e-3e. Le lundi matin et le vendredi après-midi sont les pires.",
        ["absences", "chiffres"],
        {"absent"},
        {},
    ),
    (
        "yanis",
        "2023-09-21 16:00",
        "testimony",
        1,
        "Yanis, 3e",
        "Franchement le lundi j'y vais pas, on a deux heures de techno et personne capte rien. Je reste chez moi, ma mère elle part tôt au boulot elle voit rien.",
        ["témoignage", "absences"],
        {"absent", "absent_raisons"},
        {"speaker_name": "Yanis", "speaker_role": "élève de 3e"},
    ),
    (
        "permanence_psy",
        "2023-09-26 19:20",
        "note",
        5,
        "Permanences",
        "Je serai au collège les mardis et jeudis cette année, bureau à côté de la vie scolaire. Les élèves peuvent venir sans rendez-vous le midi. Pas que pour l'orientation : anxiété, soucis à la maison, tout ça. Je suis psychologue de l'Éducation nationale, pas assistante sociale, on me confond souvent !",
        ["permanence"],
        {"psy"},
        {},
    ),
    (
        "quest_pret",
        "2023-10-03 10:15",
        "note",
        6,
        "Questionnaire élèves : on y va",
        "Le questionnaire sur le bien-être est prêt : 32 questions, anonyme, sur tablette en heure de vie de classe. Il porte sur les trajets, la vie au collège et l'envie de venir le matin.",
        ["enquête", "questionnaire"],
        {"enquete"},
        {},
    ),
    (
        "quest_photo",
        "2023-10-05 13:00",
        "photo",
        2,
        "En salle info",
        "",
        ["enquête"],
        {"enquete"},
        {"caption": "Les 4eB remplissent le questionnaire, silence religieux pour une fois"},
    ),
    (
        "inf_rentree",
        "2023-10-10 08:20",
        "note",
        3,
        "Infirmerie : la rentrée en chiffres",
        "Depuis la rentrée, 140 passages à l'infirmerie. Beaucoup de maux de ventre le matin et de gamins qui s'endorment en cours de 1re heure. Je note qu'une bonne partie ne prend pas de petit-déjeuner avant de partir.",
        ["infirmerie"],
        {"infirmiere", "sommeil", "petitdej"},
        {},
    ),
    (
        "ferreira1",
        "2023-10-12 18:45",
        "testimony",
        7,
        "Une maman à la réunion FCPE",
        "Mon fils se fait traiter tous les jours dans le car, on lui prend son sac, on le filme. Il ne veut plus y aller. J'ai appelé le collège deux fois, on m'a dit qu'on ne surveille pas le car.",
        ["témoignage", "car"],
        {"harcel", "transport", "phobie"},
        {"speaker_name": "Mme Ferreira", "speaker_role": "mère d'un élève de 5e"},
    ),
    (
        "car_702",
        "2023-10-17 17:30",
        "note",
        4,
        "Le car de 7h02",
        "Les élèves des hameaux (Les Vergnes, La Combe) prennent le car à 7h02 pour des cours à 8h25. Ils attendent 40 min dans le froid devant le portail. Voir avec la région pour décaler la ligne ou ouvrir le foyer plus tôt.",
        ["hameaux"],
        {"transport"},
        {},
    ),
    (
        "memo_enzo",
        "2023-10-19 12:10",
        "audio",
        1,
        "Mémo vocal après la réunion vie scolaire",
        "",
        ["vie scolaire"],
        {"absent", "sommeil", "sommeil_ecrans", "absent_raisons"},
        {
            "transcript": "Bon, note pour moi. Trois gamins de 4e qui cumulent les retards et les absences, je veux un entretien avec les familles avant les vacances. Pour Enzo c'est clair, il se couche à pas d'heure, il est sur son téléphone jusqu'à deux heures du mat. Pour les deux autres je sais pas encore."
        },
    ),
    (
        "phare_link",
        "2023-11-07 09:00",
        "link",
        6,
        "Le programme pHARe",
        "La fiche du ministère sur le programme de lutte contre le harcèlement, pour la réunion de jeudi. Le collège a déjà deux référents formés.",
        ["harcèlement"],
        {"harcel", "harcel_signal"},
        {
            "url": "https://www.education.gouv.fr/non-au-harcelement/phare-un-programme-de-lutte-contre-le-harcelement-l-ecole-323435"
        },
    ),
    (
        "bagarre_cour",
        "2023-11-09 18:00",
        "note",
        8,
        "Incident dans la cour",
        "Deux élèves de 4e se sont battus à la récré de 10h. Un nez qui saigne, les parents convoqués. Ça couvait depuis des semaines sur Snap.",
        ["cour", "incident"],
        {"bagarre"},
        {},
    ),
    (
        "ines",
        "2023-11-14 19:30",
        "testimony",
        5,
        "Inès, 4e",
        "Au début c'était sur les réseaux, des photos de moi avec des trucs écrits dessus. Après ils ont continué en vrai, dans le couloir. J'ai rien dit à personne pendant trois mois.",
        ["témoignage", "harcèlement"],
        {"harcel"},
        {"speaker_name": "Inès", "speaker_role": "élève de 4e"},
    ),
    (
        "ref_phare",
        "2023-11-16 17:15",
        "note",
        1,
        "Réunion référents",
        "Réunion avec les deux référents pHARe. Rappel du circuit : tout adulte qui est alerté remplit la fiche de signalement, la CPE reçoit l'élève dans les 48 h, on prévient les familles. Les élèves peuvent aussi appeler le 3018.",
        ["harcèlement", "réunion"],
        {"harcel", "harcel_signal"},
        {},
    ),
    (
        "self_queue",
        "2023-11-21 12:40",
        "photo",
        4,
        "Le self à midi",
        "Le bruit dans la salle est infernal, on s'entend pas parler.",
        ["self"],
        {"cantine"},
        {
            "caption": "13h05, la queue déborde jusque dans la cour. Ceux qui passent en dernier ont 10 minutes pour manger."
        },
    ),
    (
        "fcpe1",
        "2023-11-23 20:00",
        "note",
        7,
        "Première réunion FCPE sur le projet",
        "Une vingtaine de parents ce soir. Ce qui revient : les enfants rentrent crevés, les trajets, les écrans. Plusieurs parents disent qu'ils ne savent pas à qui parler au collège quand ça va pas.",
        ["FCPE", "parents"],
        {"parents", "sommeil"},
        {},
    ),
    (
        "stages_3e_manque",
        "2023-11-28 16:30",
        "note",
        2,
        "Les 3e et les stages",
        "Les stages d'observation de 3e c'est en janvier. Sur mes 27 élèves, 11 n'ont rien trouvé. Ceux qui n'ont pas de réseau familial restent sur le carreau et finissent chez le boulanger du coin ou à la mairie.",
        ["stage", "3e"],
        {"stages", "employeurs"},
        {},
    ),
    (
        "pp_trim1",
        "2023-11-30 19:45",
        "note",
        2,
        "Rencontres parents-professeurs",
        "Rencontres parents-professeurs du premier trimestre : 40 % des familles de 3e ne sont pas venues. Ce sont souvent celles qu'on aurait le plus besoin de voir. Idée : les appeler une par une la prochaine fois.",
        ["parents"],
        {"parents_profs", "parents"},
        {},
    ),
    (
        "quest_res1",
        "2023-12-05 18:00",
        "note",
        6,
        "Résultats du questionnaire (1)",
        "612 réponses sur 780 élèves, collège et lycée pro. 1 élève sur 4 dit se sentir mal au moins une fois par semaine en venant en cours. 41 % dorment moins de 7 h les soirs de semaine.",
        ["enquête", "résultats"],
        {"enquete", "enquete_resultats", "sommeil"},
        {},
    ),
    (
        "dessin_lit",
        "2023-12-07 09:30",
        "drawing",
        5,
        "Dessin d'une élève de 6e",
        "Affiché avec son accord dans mon bureau.",
        ["dessin"],
        {"sommeil"},
        {"caption": "« Le collège quand je suis fatiguée » : un lit au milieu de la salle de classe."},
    ),
    (
        "quest_res2",
        "2023-12-12 19:10",
        "note",
        6,
        "Résultats du questionnaire (2)",
        "Suite : 18 % disent avoir été victimes de moqueries répétées ou de mises à l'écart, la moitié sur les réseaux sociaux. 63 % ont un téléphone dans la chambre la nuit. Le self est cité comme le pire moment de la journée par un élève sur trois (bruit, attente).",
        ["enquête", "résultats"],
        {"enquete", "harcel", "sommeil", "sommeil_ecrans", "cantine"},
        {},
    ),
    (
        "claire_entretiens",
        "2023-12-14 17:45",
        "audio",
        5,
        "Retour sur les entretiens de novembre",
        "",
        [],
        {"phobie", "psy", "absent", "absent_raisons"},
        {
            "transcript": "J'ai reçu six élèves en novembre qui ne venaient plus ou presque. Pour quatre d'entre eux c'est pas de la flemme, c'est de l'angoisse : mal au ventre le dimanche soir, crise le matin devant la grille. On appelle ça le refus scolaire anxieux. Il faut qu'on prévoie un retour progressif, des emplois du temps aménagés."
        },
    ),
    (
        "cd_dec",
        "2023-12-19 12:00",
        "note",
        8,
        "Conseil de discipline",
        "Conseil de discipline ce matin pour l'élève de 3e impliqué dans la bagarre de novembre et les insultes sur Insta. Exclusion définitive avec sursis. Je n'aime pas ça : on sait que les exclus finissent souvent par décrocher.",
        ["discipline"],
        {"sanctions_cd", "bagarre", "decroch"},
        {},
    ),
    # stage 2
    (
        "stages_tournee",
        "2024-01-09 08:00",
        "note",
        2,
        "Stages de 3e : c'est parti",
        "Les stages d'observation ont commencé lundi, une semaine. J'ai fait le tour de quatre entreprises hier : garage Peugeot, EHPAD, menuiserie Bertin, Intermarché. Les tuteurs sont plutôt contents.",
        ["stage"],
        {"stages", "employeurs"},
        {},
    ),
    (
        "lea",
        "2024-01-16 18:20",
        "testimony",
        2,
        "Léa, 3e",
        "Mon stage à la pharmacie c'était trop bien, la pharmacienne m'a laissée ranger les commandes et parler aux clients. Maintenant je sais que je veux faire un bac pro commerce, ou préparatrice.",
        ["témoignage", "stage", "orientation"],
        {"stages", "orientation", "employeurs"},
        {"speaker_name": "Léa", "speaker_role": "élève de 3e"},
    ),
    (
        "qui_stages",
        "2024-01-18 17:00",
        "note",
        6,
        "Qui fait quoi",
        "On clarifie : pour les stages de 3e c'est Julien Morel (prof principal) qui centralise les conventions, et Karim Haddad qui démarche les employeurs via le service jeunesse. Au lycée pro, les PFMP restent gérées par la DDFPT.",
        ["stage", "organisation"],
        {"stages", "stages_orga", "employeurs"},
        {},
    ),
    (
        "fichier_entreprises",
        "2024-01-23 16:45",
        "note",
        4,
        "Carnet d'adresses",
        "J'ai monté un fichier de 46 entreprises du secteur prêtes à accueillir un jeune : artisans, commerces, la scierie, la coopérative agricole. Les patrons demandent surtout qu'on les prévienne tôt. C'est moi qui les relance.",
        ["entreprises"],
        {"employeurs", "stages", "stages_orga"},
        {},
    ),
    (
        "df_formule",
        "2024-01-25 18:30",
        "note",
        1,
        "Devoirs faits : nouvelle formule",
        "« Devoirs faits » passe à quatre créneaux par semaine, de 16h30 à 17h30, en salle 12. Encadré par deux profs et une AED. 35 inscrits, surtout des 6e.",
        ["devoirs"],
        {"devoirs", "devoirs_faits"},
        {},
    ),
    (
        "df_photo",
        "2024-01-30 17:50",
        "photo",
        2,
        "Salle 12",
        "",
        ["devoirs"],
        {"devoirs", "devoirs_faits"},
        {"caption": "Premier soir de Devoirs faits nouvelle formule : ça bosse (et ça grignote)"},
    ),
    (
        "cafe_lance",
        "2024-02-01 20:15",
        "note",
        7,
        "Un café pour les parents",
        "On lance le café des parents : un samedi matin par mois dans le hall, café et croissants, sans ordre du jour. Les parents qui ne viennent jamais aux réunions parents-profs, c'est eux qu'on veut voir.",
        ["parents"],
        {"parents", "cafe_parents", "parents_profs"},
        {},
    ),
    (
        "petitdej_test",
        "2024-02-06 18:00",
        "note",
        3,
        "Petit-déjeuner au collège",
        "Test à partir de lundi : petit-déjeuner gratuit de 7h45 à 8h15 au foyer pour ceux qui arrivent en car. Pain, beurre, fruits, lait. Financé par la ville.",
        ["petit-déjeuner"],
        {"petitdej", "transport"},
        {},
    ),
    (
        "cafe_photo",
        "2024-02-10 11:30",
        "photo",
        7,
        "Premier café des parents",
        "",
        ["parents"],
        {"parents", "cafe_parents"},
        {
            "caption": "Douze parents, trois profs, la CPE. On a parlé des devoirs qui finissent à 22h et des frères et sœurs à garder le soir."
        },
    ),
    (
        "portable_rappel",
        "2024-02-13 17:20",
        "note",
        8,
        "Rappel au conseil pédagogique",
        "Le téléphone doit rester éteint dans le sac de l'entrée à la sortie. Trop de profs ferment les yeux. À partir de mars, confiscation jusqu'au soir et mot aux parents.",
        ["règlement"],
        {"portable_classe"},
        {},
    ),
    (
        "mathis",
        "2024-02-15 12:30",
        "testimony",
        1,
        "Mathis, 4e",
        "Tout le monde a son tel sur les genoux en cours, les profs disent rien. Moi je regarde les stories pendant les maths, je sais c'est nul.",
        ["témoignage"],
        {"portable_classe"},
        {"speaker_name": "Mathis", "speaker_role": "élève de 4e"},
    ),
    (
        "orient_flou",
        "2024-02-20 18:40",
        "note",
        5,
        "Les 3e dans le flou",
        "Entretiens d'orientation avec les 3e : beaucoup choisissent le lycée pro « parce que c'est à côté » ou parce que le copain y va. Il faut leur faire voir des métiers avant les vœux d'affectation.",
        ["orientation"],
        {"orientation"},
        {},
    ),
    (
        "bb_mars",
        "2024-03-05 17:30",
        "note",
        2,
        "Brevet blanc",
        "Brevet blanc les 4 et 5 mars. Moyenne en maths 8,7. 14 élèves absents le deuxième jour, dont 9 qu'on voit de moins en moins depuis janvier.",
        ["brevet"],
        {"brevet_blanc", "absent"},
        {},
    ),
    (
        "copil_mars",
        "2024-03-07 19:00",
        "audio",
        6,
        "Compte rendu vocal du comité de suivi",
        "",
        ["comité"],
        {"petitdej", "transport", "cantine"},
        {
            "transcript": "Comité de suivi de mars. Le petit-déj marche bien, une soixantaine de gamins chaque matin. Pour le car de sept heures la région refuse de décaler, par contre le foyer ouvrira à sept heures trente. Prochaine étape, la cantine : on veut tester un deuxième service."
        },
    ),
    (
        "self_test",
        "2024-03-12 13:15",
        "note",
        4,
        "Midi : ce qu'on teste",
        "Deux services au lieu d'un à partir du 18 mars, panneaux anti-bruit commandés, et les 6e mangent en premier. Les surveillants passent entre les tables au lieu de rester à la porte.",
        ["self"],
        {"cantine"},
        {},
    ),
    (
        "nour",
        "2024-03-14 17:00",
        "testimony",
        1,
        "Nour, 6e",
        "À la cantine les grands passent devant nous dans la queue, c'est toujours le bazar. Je mange vite et je sors.",
        ["témoignage"],
        {"cantine"},
        {"speaker_name": "Nour", "speaker_role": "élève de 6e"},
    ),
    (
        "atelier_5e",
        "2024-03-19 18:10",
        "note",
        3,
        "Atelier en 5e",
        "Atelier sur les nuits dans les quatre classes de 5e, animé avec une éducatrice santé du CMS. Les élèves ont rempli un agenda : la moitié se couche après 23h en semaine, souvent avec le téléphone sous l'oreiller.",
        ["prévention"],
        {"sommeil", "sommeil_ecrans"},
        {},
    ),
    (
        "mamans",
        "2024-03-21 16:40",
        "note",
        7,
        "Pourquoi ils ne viennent pas",
        "Discuté avec trois mamans dont les enfants manquent beaucoup. Ce qui ressort : les gamins de 3e se disent que de toute façon ils iront au lycée pro même sans le brevet, alors à quoi bon. Et quand on a raté deux semaines on n'ose plus revenir.",
        ["parents"],
        {"absent", "absent_raisons"},
        {},
    ),
    (
        "link_3018",
        "2024-03-26 12:00",
        "link",
        5,
        "3018",
        "Le numéro contre le cyberharcèlement, à afficher dans les couloirs et dans les carnets : gratuit, anonyme, aussi sur l'appli et par tchat.",
        ["harcèlement"],
        {"harcel", "harcel_signal"},
        {"url": "https://e-enfance.org/le-3018/"},
    ),
    (
        "mentor_appel",
        "2024-04-02 18:00",
        "note",
        6,
        "On cherche des volontaires",
        "Appel aux retraités, parents, étudiants : devenir mentor d'un collégien une heure par semaine pendant l'année. Convention signée avec l'association locale « Un pas devant ».",
        ["mentorat"],
        {"mentorat"},
        {},
    ),
    (
        "unss_car",
        "2024-04-04 17:45",
        "note",
        8,
        "UNSS le mercredi",
        "L'association sportive a perdu la moitié de ses licenciés parce que le car du mercredi midi part avant la fin de l'entraînement. On va demander une navette à 15h.",
        ["AS"],
        {"sport", "transport"},
        {},
    ),
    (
        "lopez",
        "2024-04-09 19:20",
        "testimony",
        7,
        "Un papa",
        "Mon fils il fait foot le mercredi au club et c'est le seul truc qui le fait tenir au collège. Le jour où il a eu trois heures de colle et qu'il a raté le match, il voulait tout arrêter.",
        ["témoignage"],
        {"sport"},
        {"speaker_name": "M. Lopez", "speaker_role": "père d'un élève de 4e"},
    ),
    (
        "gpds",
        "2024-04-16 18:30",
        "note",
        1,
        "La cellule de veille",
        "Première réunion du GPDS (groupe de prévention du décrochage scolaire) : 12 situations étudiées, 5 élèves de 3e et 7 du lycée pro qui ne viennent plus du tout. Contact avec la MLDS pour deux jeunes de plus de 16 ans.",
        ["GPDS"],
        {"decroch", "absent"},
        {},
    ),
    (
        "sacha1",
        "2024-04-18 12:20",
        "audio",
        5,
        "Appel avec la maman de Sacha",
        "",
        [],
        {"phobie", "absent", "psy"},
        {
            "transcript": "Je sors du téléphone avec la mère de Sacha. Il n'est pas venu depuis le 3 avril. Il passe ses journées dans sa chambre, il dit qu'il a peur d'entrer dans la classe, qu'il a l'impression que tout le monde le regarde. On va proposer une reprise à mi-temps, d'abord au CDI, avec un adulte référent."
        },
    ),
    (
        "atelier_velo",
        "2024-04-23 17:10",
        "photo",
        4,
        "Atelier vélo",
        "",
        ["atelier"],
        {"absent"},
        {
            "caption": "Les 5e réparent les vélos de la ville avec l'atelier d'insertion. Trois gamins qui séchaient tout sont venus les trois jours."
        },
    ),
    (
        "binomes",
        "2024-05-14 18:00",
        "note",
        6,
        "Premiers binômes",
        "Neuf binômes mentor-mentoré démarrent cette semaine. Trois retraités dont un ancien menuisier, deux étudiantes de l'IUT, quatre parents. Rencontre d'une heure au CDI le mardi ou au local jeunes.",
        ["mentorat"],
        {"mentorat"},
        {},
    ),
    (
        "bernard",
        "2024-05-16 17:30",
        "testimony",
        4,
        "Bernard, bénévole",
        "Le petit que je suis, il parlait pas au début. Maintenant il me montre ses notes, on prépare ses exposés ensemble, la semaine dernière il m'a demandé comment on devient menuisier.",
        ["témoignage", "mentorat"],
        {"mentorat"},
        {"speaker_name": "Bernard", "speaker_role": "mentor, retraité"},
    ),
    (
        "pp_3e",
        "2024-05-23 19:00",
        "note",
        7,
        "Soirée parents-professeurs des 3e",
        "Le hall était plein pour une fois, on avait prévenu par SMS et par le café des parents. Les familles veulent surtout comprendre l'affectation en lycée.",
        ["parents", "orientation"],
        {"parents", "parents_profs", "orientation", "cafe_parents"},
        {},
    ),
    (
        "inf_exams",
        "2024-05-28 16:20",
        "note",
        3,
        "Semaine chargée",
        "Semaine chargée à l'infirmerie avant le brevet : crises d'angoisse, maux de tête, deux élèves qui ne dorment plus. J'ai orienté trois élèves vers la psychologue.",
        ["infirmerie"],
        {"infirmiere", "psy", "sommeil"},
        {},
    ),
    (
        "reu12_cr",
        "2024-06-12 18:30",
        "note",
        6,
        "Bilan d'étape",
        "Bilan de la première année avec le collège, le lycée pro, la ville et les parents. Absentéisme lourd en baisse de 15 % depuis février (chiffres de Nadia). Les actions de l'année sont reconduites en septembre.",
        ["comité"],
        {"reunion_12juin", "absent"},
        {},
    ),
    (
        "reu12_photo",
        "2024-06-12 20:40",
        "photo",
        1,
        "Ce soir",
        "",
        [],
        {"reunion_12juin"},
        {"caption": "Salle du conseil pleine pour le bilan d'étape, merci à tous"},
    ),
    (
        "reu12_aicha",
        "2024-06-13 09:00",
        "audio",
        7,
        "Ce que je retiens d'hier soir",
        "",
        [],
        {"reunion_12juin", "cantine", "transport"},
        {
            "transcript": "Ce que je retiens de la réunion d'hier soir : les parents ont enfin eu la parole, et la mairie s'engage sur le deuxième service à la cantine pour la rentrée. Par contre rien sur le car des hameaux, ça va encore râler."
        },
    ),
    (
        "affectations",
        "2024-06-20 17:00",
        "note",
        2,
        "Affectations reçues",
        "21 de mes 27 élèves ont leur premier vœu. Les six autres sont en bac pro dans une filière qu'ils n'ont pas choisie, je les revois la semaine prochaine.",
        ["orientation"],
        {"orientation"},
        {},
    ),
    # stage 3
    (
        "rentree_photo",
        "2024-09-03 08:40",
        "photo",
        1,
        "Rentrée",
        "",
        ["rentrée"],
        {"rentree", "mentorat"},
        {
            "caption": "Accueil des 6e : les parents accompagnés jusqu'à la cour, les 3e parrains prennent les petits en charge."
        },
    ),
    (
        "rentree_note",
        "2024-09-03 17:30",
        "note",
        8,
        "Jour de rentrée",
        "Rentrée sans gros souci. Deuxième service au self en place, ça fluidifie. 4 élèves du hameau des Vergnes arrivés à 9h, car en panne.",
        ["rentrée"],
        {"rentree", "cantine", "transport"},
        {},
    ),
    (
        "pause_num",
        "2024-09-10 18:00",
        "note",
        1,
        "Pause numérique",
        "Cette année le collège teste la « pause numérique » : les téléphones sont déposés dans des casiers à l'arrivée et récupérés à 16h30.",
        ["règlement"],
        {"portable_classe"},
        {},
    ),
    (
        "sofiane",
        "2024-09-12 12:10",
        "testimony",
        1,
        "Sofiane, 3e",
        "La pause numérique au début j'étais vénère, maintenant ça va, à la récré on parle plus qu'avant. Mais le soir je rattrape, je suis sur TikTok jusqu'à minuit.",
        ["témoignage"],
        {"portable_classe", "sommeil_ecrans", "sommeil"},
        {"speaker_name": "Sofiane", "speaker_role": "élève de 3e"},
    ),
    (
        "groupe_parole",
        "2024-09-17 18:20",
        "note",
        5,
        "Groupe de parole",
        "Je lance un groupe de parole pour les élèves stressés, 6 à 8 élèves, le jeudi midi. Techniques de respiration, parler des évaluations, de la peur du regard des autres.",
        ["anxiété"],
        {"psy"},
        {},
    ),
    (
        "lache_sept",
        "2024-09-19 17:40",
        "note",
        4,
        "Ils ont lâché en septembre",
        "Trois jeunes du lycée pro ne sont jamais revenus après la rentrée. Deux ont dit qu'ils voulaient travailler. Je les ai croisés au city stade, on a parlé formation en alternance avec la mission locale.",
        ["mission locale"],
        {"decroch", "absent"},
        {},
    ),
    (
        "dylan",
        "2024-09-24 19:00",
        "testimony",
        4,
        "Dylan, 17 ans",
        "J'ai arrêté en première, j'en pouvais plus de me lever pour une filière que j'avais pas choisie. J'ai traîné un an. Là je refais une formation avec la mission locale, en alternance dans un garage.",
        ["témoignage", "orientation"],
        {"decroch", "orientation"},
        {"speaker_name": "Dylan", "speaker_role": "ancien élève du lycée pro"},
    ),
    (
        "mentor_s2",
        "2024-10-01 18:00",
        "note",
        6,
        "Saison 2",
        "Saison 2 du mentorat : 17 binômes, et pour la première fois des mentorées au lycée pro. Réunion d'accueil des bénévoles mardi.",
        ["mentorat"],
        {"mentorat"},
        {},
    ),
    (
        "stages_2425",
        "2024-10-03 17:20",
        "note",
        2,
        "Stages cette année",
        "Karim reprend le démarchage des entreprises pour les 3e, Mme Arnaud (DDFPT) gère les PFMP du lycée pro. Les familles peuvent les joindre par l'ENT.",
        ["stage", "organisation"],
        {"stages", "stages_orga", "employeurs"},
        {},
    ),
    (
        "df_2425",
        "2024-10-04 17:00",
        "note",
        1,
        "Devoirs faits, deuxième année",
        "52 inscrits à Devoirs faits cette année, on ouvre un créneau le lundi. Les AESH restent avec leurs élèves sur le créneau.",
        ["devoirs"],
        {"devoirs", "devoirs_faits"},
        {},
    ),
    (
        "cafe_oct",
        "2024-10-08 18:00",
        "note",
        7,
        "Café des parents d'octobre",
        "Thème du mois : le harcèlement. Une maman a raconté comment sa fille s'est fait insulter sur un groupe WhatsApp de classe. Nadia a expliqué ce qu'il faut faire : on prévient la CPE, l'élève est reçue, les parents de l'agresseur aussi.",
        ["parents", "harcèlement"],
        {"parents", "cafe_parents", "harcel", "harcel_signal"},
        {},
    ),
    (
        "self_panneaux",
        "2024-10-10 13:00",
        "photo",
        4,
        "Self nouvelle version",
        "",
        ["self"],
        {"cantine"},
        {"caption": "Panneaux acoustiques posés au plafond du réfectoire, on s'entend enfin !"},
    ),
    (
        "inf_harcel",
        "2024-10-15 17:00",
        "note",
        3,
        "Deux situations",
        "Deux élèves de 5e reçues à l'infirmerie cette semaine, toutes les deux harcelées par le même groupe (surnoms, bousculades dans les escaliers). Fiches transmises à la CPE.",
        ["harcèlement", "infirmerie"],
        {"harcel", "infirmiere"},
        {},
    ),
    (
        "cross",
        "2024-10-18 16:00",
        "photo",
        8,
        "Cross du collège",
        "",
        ["AS"],
        {"sport"},
        {
            "caption": "380 élèves au départ du cross, les 6e ont couru sous la pluie et personne n'a abandonné."
        },
    ),
    (
        "memo_7nov",
        "2024-10-22 18:00",
        "audio",
        1,
        "Mémo : journée du 7 novembre",
        "",
        ["harcèlement"],
        {"harcel", "harcel_signal"},
        {
            "transcript": "Idées pour le 7 novembre, journée contre le harcèlement : théâtre forum avec les 4e, les ambassadeurs pHARe dans chaque classe, une boîte aux lettres anonyme devant la vie scolaire pour que les gamins puissent écrire ce qu'ils vivent."
        },
    ),
    (
        "theatre",
        "2024-11-07 16:30",
        "photo",
        2,
        "Théâtre forum",
        "",
        ["harcèlement"],
        {"harcel"},
        {"caption": "Les 4eA jouent une scène de mise à l'écart au réfectoire, puis la salle rejoue la fin."},
    ),
    (
        "cj_appel",
        "2024-11-12 18:00",
        "note",
        6,
        "Appel à candidatures",
        "La ville crée un conseil des jeunes de 12 à 18 ans : 20 sièges, élections dans les collèges et au lycée pro en décembre. Budget de 10 000 € pour leurs projets.",
        ["conseil des jeunes"],
        {"conseil_jeunes"},
        {},
    ),
    (
        "lina",
        "2024-11-14 12:30",
        "testimony",
        5,
        "Lina, 3e",
        "Les filles de ma classe elles mettent des captures de mes messages dans leurs stories avec des emojis qui se moquent. J'ose plus rien poster. Ma mère dit de supprimer mon compte mais c'est là que tout le monde se parle.",
        ["témoignage", "harcèlement"],
        {"harcel"},
        {"speaker_name": "Lina", "speaker_role": "élève de 3e"},
    ),
    (
        "inf_jours",
        "2024-11-15 08:10",
        "note",
        3,
        "Mes jours au collège",
        "Je ne suis au collège que trois jours sur cinq, le reste au lycée pro. Les lundis et vendredis, en cas de bobo ou de malaise, c'est la vie scolaire qui appelle les familles.",
        ["infirmerie"],
        {"infirmiere"},
        {},
    ),
    (
        "bb_nov",
        "2024-11-19 17:45",
        "note",
        2,
        "Brevet blanc n°1",
        "Brevet blanc les 18 et 19 novembre. Mieux que l'an dernier : moyenne en maths 9,6, et seulement 4 absents.",
        ["brevet"],
        {"brevet_blanc"},
        {},
    ),
    (
        "cd_evite",
        "2024-11-21 18:30",
        "note",
        1,
        "Conseil de discipline évité",
        "On a évité un conseil de discipline pour Kevin (3e) : mesure de responsabilisation à la place, 10 h avec les services techniques de la ville. Il est revenu en cours toute la semaine.",
        ["discipline"],
        {"sanctions_cd"},
        {},
    ),
    (
        "sacha2",
        "2024-11-26 17:00",
        "note",
        5,
        "Sacha a repris",
        "Sacha est revenu à plein temps depuis la Toussaint. Le retour progressif a marché : deux heures par jour au départ, puis les matinées.",
        [],
        {"phobie"},
        {},
    ),
    (
        "cj_elections",
        "2024-12-03 18:20",
        "note",
        4,
        "Élections",
        "Élections au conseil des jeunes : 58 % de participation au collège, 31 % au lycée pro. 20 élus, 11 filles, 9 garçons. Première séance le 14 janvier.",
        ["conseil des jeunes"],
        {"conseil_jeunes"},
        {},
    ),
    (
        "lucas_foi",
        "2024-12-05 20:00",
        "link",
        9,
        "Ma profession de foi",
        "Pour ceux qui ont voté pour moi au conseil des jeunes : mes idées (un foyer ouvert le midi au lycée, des soirées jeux, un skate-park).",
        ["conseil des jeunes"],
        {"conseil_jeunes"},
        {"url": "https://brenne-la-vallee.fr/conseil-des-jeunes/candidats"},
    ),
    (
        "ministages",
        "2024-12-10 17:30",
        "note",
        2,
        "Mini-stages en lycée",
        "Les 3e pourront faire des mini-stages d'une demi-journée au lycée pro en janvier pour découvrir les filières : électricité, cuisine, vente, maintenance auto.",
        ["orientation"],
        {"orientation", "stages"},
        {},
    ),
    (
        "bilan_trim",
        "2024-12-17 18:00",
        "audio",
        6,
        "Bilan du trimestre",
        "",
        [],
        {"absent", "decroch", "conseil_jeunes", "mentorat"},
        {
            "transcript": "Bilan du trimestre en deux mots. L'absentéisme continue de baisser au collège, par contre au lycée pro on a encore une quinzaine de jeunes en rupture. Le conseil des jeunes est élu. Le mentorat monte à dix-sept binômes."
        },
    ),
    # stage 4
    (
        "cj_seance1",
        "2025-01-14 19:00",
        "note",
        9,
        "Première séance",
        "Première séance du conseil des jeunes à la mairie. On a choisi trois commissions : transports, sport, bien-être au lycée. Je suis dans celle des transports parce que le bus du soir c'est la galère.",
        ["conseil des jeunes"],
        {"conseil_jeunes", "transport"},
        {},
    ),
    (
        "forum_prep",
        "2025-01-21 17:30",
        "note",
        4,
        "On prépare le 6 février",
        "Le forum des métiers aura lieu le 6 février au gymnase. 32 entreprises et artisans inscrits, la chambre des métiers, l'armée, la mission locale. Les élèves du conseil des jeunes tiendront l'accueil.",
        ["forum", "orientation"],
        {"forum", "employeurs", "orientation", "conseil_jeunes"},
        {},
    ),
    (
        "perrin",
        "2025-01-23 18:00",
        "testimony",
        2,
        "Boulangerie Perrin",
        "On prend des stagiaires de 3e depuis des années. Ce qui manque c'est qu'on nous dise ce que le gamin doit apprendre. Et qu'ils arrivent à l'heure, quand on commence à 5 h c'est pas simple.",
        ["témoignage", "entreprises"],
        {"stages", "employeurs"},
        {"speaker_name": "Mme Perrin", "speaker_role": "gérante de boulangerie"},
    ),
    (
        "cafe_ecrans",
        "2025-01-28 17:40",
        "note",
        7,
        "Parents et réseaux sociaux",
        "Café des parents sur les écrans. Les parents découvrent les groupes Snap de classe. Conseils de Claire : pas de portable dans la chambre la nuit, couper le wifi à 22h, parler plutôt que fliquer.",
        ["parents", "écrans"],
        {"parents", "cafe_parents", "sommeil_ecrans", "sommeil"},
        {},
    ),
    (
        "forum_photo",
        "2025-02-06 18:30",
        "photo",
        4,
        "Au gymnase",
        "",
        ["forum"],
        {"forum", "employeurs"},
        {
            "caption": "Stand de la menuiserie Bertin au forum des métiers : les collégiens font la queue pour la raboteuse."
        },
    ),
    (
        "forum_retours",
        "2025-02-06 20:00",
        "note",
        2,
        "Retours des élèves",
        "Retours des 3e après le forum : ils ont adoré les stands où on pouvait toucher (cuisine, menuiserie, soins infirmiers). Moins convaincus par ceux avec juste des brochures. Sept élèves ont trouvé un stage pour le printemps.",
        ["forum", "orientation"],
        {"forum", "orientation", "stages"},
        {},
    ),
    (
        "bertin",
        "2025-02-11 17:00",
        "testimony",
        4,
        "Le menuisier",
        "Au forum j'ai eu trois gamins vraiment motivés. Je cherche un apprenti depuis deux ans, personne ne veut faire ce métier. Si le collège m'envoie des jeunes en stage, je les prends.",
        ["témoignage", "entreprises"],
        {"forum", "employeurs", "stages"},
        {"speaker_name": "M. Bertin", "speaker_role": "menuisier"},
    ),
    (
        "atelier_lp",
        "2025-02-13 18:10",
        "note",
        3,
        "Lycéens crevés",
        "Atelier sommeil au lycée pro cette fois. Les élèves en PFMP se lèvent à 5h et se couchent à minuit. Plusieurs disent s'endormir au guidon du scooter.",
        ["prévention"],
        {"sommeil"},
        {},
    ),
    (
        "aide_media",
        "2025-03-04 18:00",
        "note",
        8,
        "À la médiathèque",
        "La médiathèque accueille désormais une aide aux devoirs le mercredi après-midi, animée par des bénévoles et deux lycéens du conseil des jeunes. Utile pour ceux qui prennent le car à 16h30 et ne peuvent pas rester au collège.",
        ["devoirs"],
        {"devoirs", "conseil_jeunes"},
        {},
    ),
    (
        "emma",
        "2025-03-06 12:30",
        "testimony",
        1,
        "Emma, 5e",
        "Au collège je comprends rien aux exercices et chez moi personne peut m'aider, mes parents parlent pas bien français. Avec les étudiants le mercredi j'arrive à finir mon travail.",
        ["témoignage"],
        {"devoirs"},
        {"speaker_name": "Emma", "speaker_role": "élève de 5e"},
    ),
    (
        "quest_v2",
        "2025-03-11 18:40",
        "note",
        6,
        "Deuxième édition",
        "On relance le questionnaire bien-être pour comparer avec 2023 : mêmes questions, plus un volet sur la pause numérique. Passation du 17 au 28 mars.",
        ["enquête"],
        {"enquete", "portable_classe"},
        {},
    ),
    (
        "commission_transp",
        "2025-03-13 17:30",
        "note",
        9,
        "Commission transports",
        "On a rencontré la région avec la commission transports du conseil. Victoire : un car supplémentaire à 17h45 à partir d'avril pour les Vergnes et La Combe, pour ceux qui restent à l'étude ou à l'entraînement.",
        ["conseil des jeunes"],
        {"transport", "conseil_jeunes"},
        {},
    ),
    (
        "gymnase_midi",
        "2025-03-18 18:00",
        "note",
        1,
        "Le gymnase le midi",
        "Le gymnase est ouvert le midi trois fois par semaine : badminton, foot en salle, danse. 120 élèves différents en un mois.",
        ["AS"],
        {"sport"},
        {},
    ),
    (
        "kenza",
        "2025-03-20 17:15",
        "testimony",
        9,
        "Kenza, seconde pro",
        "La danse le midi ça m'a sauvée cette année. Avant je restais seule aux toilettes pendant la pause, maintenant j'ai un groupe.",
        ["témoignage"],
        {"sport"},
        {"speaker_name": "Kenza", "speaker_role": "élève de seconde pro"},
    ),
    (
        "sante_mentale",
        "2025-03-25 18:20",
        "note",
        5,
        "Semaine de sensibilisation",
        "Semaine de la santé mentale au lycée pro : stands, intervention de la Maison des adolescents, le groupe de parole ouvert à tous. On a parlé de déprime, d'idées noires, et de qui appeler.",
        ["santé mentale"],
        {"psy"},
        {},
    ),
    (
        "bagarre_arret",
        "2025-04-03 19:00",
        "note",
        8,
        "À l'arrêt",
        "Bagarre hier soir à l'arrêt du car devant le collège, deux groupes de 3e, une vidéo qui tourne déjà. La police municipale passe désormais à 16h30.",
        ["incident"],
        {"bagarre"},
        {},
    ),
    (
        "car_1745",
        "2025-04-08 18:00",
        "audio",
        4,
        "Dans le car de 17h45",
        "",
        [],
        {"transport"},
        {
            "transcript": "Je suis dans le car de dix-sept heures quarante-cinq pour voir. Onze jeunes à bord, dont quatre qui sortent du gymnase. Le chauffeur dit que c'est plus calme que celui de seize heures trente."
        },
    ),
    (
        "rayan",
        "2025-04-10 17:20",
        "testimony",
        9,
        "Rayan, 4e",
        "Mon mentor c'est un étudiant en BTS, on parle de jeux vidéo et après on fait les maths. Il m'a dit qu'il séchait aussi au collège et qu'il a failli arrêter.",
        ["témoignage", "mentorat"],
        {"mentorat"},
        {"speaker_name": "Rayan", "speaker_role": "élève de 4e"},
    ),
    # stage 5
    (
        "quest_res2025",
        "2025-05-06 18:00",
        "note",
        6,
        "Résultats 2025",
        "Résultats de la 2e édition du questionnaire : 655 réponses. Les élèves qui se sentent mal chaque semaine passent de 25 % à 19 %. Le self n'est plus cité qu'une fois sur sept comme pire moment. Les moqueries en ligne, elles, ne baissent pas.",
        ["enquête", "résultats"],
        {"enquete", "enquete_resultats", "cantine", "harcel"},
        {},
    ),
    (
        "plan_rapport",
        "2025-05-13 17:30",
        "note",
        5,
        "Plan du rapport",
        "Plan du rapport final proposé au comité : 1) diagnostic, 2) actions, 3) ce qui a marché, 4) ce qu'on arrête, 5) recommandations pour la ville et l'académie.",
        ["rapport"],
        {"rapport"},
        {},
    ),
    (
        "chiffres_rapport",
        "2025-05-20 18:20",
        "note",
        1,
        "Chiffres pour le rapport",
        "Élèves au-dessus de 10 demi-journées non justifiées : 38 en 2022-23, 24 en 2023-24, 17 cette année. 6 jeunes raccrochés via le GPDS et la mission locale.",
        ["rapport", "absences"],
        {"absent", "decroch", "rapport"},
        {},
    ),
    (
        "ferreira2",
        "2025-05-27 17:00",
        "testimony",
        7,
        "Un an après",
        "Mon fils a changé de car, il a été suivi par la CPE, il a eu un mentor. Cette année il va au collège sans traîner les pieds. L'an prochain c'est la 3e, on croise les doigts.",
        ["témoignage"],
        {"mentorat", "phobie", "transport"},
        {"speaker_name": "Mme Ferreira", "speaker_role": "mère d'un élève de 4e"},
    ),
    (
        "cj_texte",
        "2025-06-03 18:00",
        "note",
        9,
        "Ce que le conseil retient",
        "Texte du conseil des jeunes pour le rapport final : on demande que le car du soir continue, que la pause numérique soit étendue au lycée pro, et qu'on garde le gymnase le midi.",
        ["conseil des jeunes", "rapport"],
        {"conseil_jeunes", "rapport", "portable_classe", "transport", "sport"},
        {},
    ),
    (
        "rapport_remis",
        "2025-06-17 18:00",
        "note",
        6,
        "Rapport remis",
        "Le rapport final (48 pages) est remis au maire et au DASEN. Restitution publique le 26 juin à la salle des fêtes.",
        ["rapport"],
        {"rapport"},
        {},
    ),
    (
        "restitution",
        "2025-06-26 21:00",
        "photo",
        7,
        "Restitution",
        "",
        ["rapport"],
        {"rapport", "conseil_jeunes"},
        {
            "caption": "Restitution du rapport à la salle des fêtes : les élus du conseil des jeunes présentent leurs propositions."
        },
    ),
    (
        "rapport_pdf",
        "2025-06-30 10:00",
        "link",
        6,
        "Le rapport en PDF",
        "Version en ligne du rapport final, avec la synthèse de 4 pages.",
        ["rapport"],
        {"rapport"},
        {"url": "https://brenne-la-vallee.fr/documents/rapport-final-decrochage-bien-etre.pdf"},
    ),
]

# Filler: everyday team posts. Each sentence reuses a topic word in another
# sense (a training course, a memo, "c'est classe", a laptop, a dormant file,
# a grant "décrochée", the staff canteen, an adult's bus...) or none at all.
FILLER_SENTENCES = [
    "Je serai en stage de formation à Tours jeudi et vendredi (gestion de projet), joignable par mail.",
    "Stage de poterie ce week-end pour moi, je reviens avec des bols pour le bureau.",
    "Note de service de la mairie : les congés d'été sont à poser avant le 15 mai.",
    "J'ai laissé une note sur le bureau de Thomas pour la facture de l'imprimeur.",
    "Note de frais du déplacement à Orléans envoyée à la compta.",
    "Les nouvelles chaises du hall, franchement c'est classe.",
    "Le cours d'eau derrière le gymnase a débordé, le chemin piéton est fermé.",
    "Au cours de la réunion avec le service com, on a validé la charte graphique.",
    "Mon portable (l'ordi, pas le téléphone) a rendu l'âme, je travaille sur celui de la médiathèque.",
    "Le vidéoprojecteur de la salle du conseil ne reconnaît plus aucun ordinateur portable.",
    "La demande de subvention est en sommeil tant que le budget de la région n'est pas voté.",
    "Le dossier de la salle polyvalente dort dans un tiroir depuis juin, il faudrait le relancer.",
    "Écran géant loué pour la fête de la ville, 320 € la journée.",
    "Réseau wifi de la salle des fêtes en panne, prévoir une clé 4G.",
    "On rejoint le réseau des villes éducatives, adhésion de 200 € par an.",
    "On a enfin décroché la subvention de la CAF !",
    "Penser à décrocher les affiches de l'expo photo avant lundi.",
    "J'ai décroché à la troisième sonnerie, c'était le traiteur.",
    "Le plombier me harcèle pour sa facture, quelqu'un sait où en est le bon de commande ?",
    "Orientation du nouveau local plein sud, il va faire chaud en juin.",
    "Conseil municipal jeudi à 20h, notre point est en fin d'ordre du jour.",
    "Petit conseil : réservez la salle polyvalente tôt, elle part vite.",
    "Par rapport au planning, on décale la réunion d'équipe à 14h.",
    "Rapport qualité-prix imbattable pour le traiteur du marché.",
    "Enquête publique sur le PLU en mairie jusqu'au 30, registre à l'accueil.",
    "Forum des associations samedi au gymnase, on tient un stand pour présenter le projet.",
    "Transport du matériel vers la salle des fêtes : camion de la ville réservé.",
    "Bus de la ligne 4 en retard ce matin, j'arrive vers 9h30.",
    "Grève SNCF demain, je serai en télétravail.",
    "Le comité de jumelage prépare son voyage en Pologne, ils nous empruntent les grilles d'expo.",
    "La police municipale a reçu ses nouveaux uniformes, ils sont passés à la mairie annexe.",
    "Campagne de vaccination contre la grippe pour les agents, inscriptions à l'accueil.",
    "Il a neigé toute la nuit, je prends la voiture de service avec des pneus hiver.",
    "Brevet de secourisme (PSC1) pour toute l'équipe le 14, formation obligatoire.",
    "Cantine de la mairie fermée la semaine prochaine, prévoir sa gamelle.",
    "Mes parents viennent ce week-end, je serai off samedi.",
    "Absence de réseau dans la salle du bas, passez par le wifi invité.",
    "En l'absence du maire, c'est la première adjointe qui signe les conventions.",
    "Train de 7h pour Paris, en seconde classe évidemment.",
    "Le compte Instagram de la ville a posté nos photos du forum associatif.",
    "Pot de départ de Christine au service finances vendredi à 17h.",
    "Imprimante du 2e étage en panne, encore.",
    "Devis reçu pour la signalétique : 1 450 € HT.",
    "Bon de commande signé pour les tables pliantes.",
    "Le marché du jeudi déménage place de l'Église pendant les travaux.",
    "Réunion d'équipe : point budget, calendrier, répartition des comptes rendus.",
    "Clés de la salle polyvalente à récupérer à l'accueil avant 17h.",
    "Les élus veulent un point d'étape avant le vote du budget.",
    "Merci à l'équipe technique pour le montage des barnums.",
    "Covoiturage pour le séminaire de Blois : départ 8h parking de la mairie.",
    "Formation au logiciel de comptabilité mardi matin.",
    "Le maire passera saluer l'équipe lundi.",
    "On a changé de fournisseur de café, avis partagés.",
    "Le local de l'équipe repeint en vert, ça a de la gueule.",
    "Le site de la ville est en maintenance ce week-end.",
    "Calendrier partagé mis à jour, vérifiez vos créneaux.",
    "Trois devis pour la sono, le moins cher est aussi le plus bruyant.",
    "J'ai passé la matinée sur les tableaux de bord pour le département.",
    "La photocopieuse fait des traces noires, technicien appelé.",
    "Visite de la sous-préfète reportée au mois prochain.",
    "Le parking de la salle des fêtes sera fermé pour le vide-grenier.",
    "Quelqu'un a vu la rallonge électrique ? Elle n'est plus dans l'armoire.",
    "Dossier FSE déposé, on croise les doigts.",
    "Affiches imprimées en A3, 50 exemplaires.",
    "Ma note au concours de pétanque des agents : 2 sur 10, je retourne au bureau.",
    "Leçon du jour : ne jamais faire confiance à l'imprimante la veille d'un comité.",
    "Nouveaux bureaux au 2e étage, on déménage les cartons mercredi.",
    "On a reçu les t-shirts du projet, tailles S à XXL.",
    "Le gardien du gymnase part à la retraite, pot le 30.",
    "La médiathèque nous prête sa salle pour nos réunions d'équipe le mardi soir.",
    "Les platanes de la cour de la mairie vont être élagués.",
    "La boulangerie Perrin fait désormais des sandwichs le midi, pratique pour les réunions.",
    "La menuiserie Bertin nous fait un devis pour les étagères du bureau.",
    "Le car de location pour le séminaire des élus est réservé, 52 places.",
    "Ma fille a eu une super note à son partiel de droit, fierté de maman.",
    "J'ai pris des notes pendant le comité, je les mets au propre ce soir.",
    "Le cours du gazole a encore grimpé, on limite les déplacements en voiture de service.",
    "Sortie de la lettre d'info de la ville repoussée à la semaine prochaine.",
    "Le logo du projet est validé, bleu et orange.",
    "La salle des fêtes est chauffée à 14 degrés, prévoyez un pull.",
    "On tourne une petite vidéo de présentation du projet pour le site.",
    "Le mot de passe du drive partagé a changé, demandez-le à Thomas.",
    "Entretien annuel avec ma cheffe jeudi, rien à signaler.",
    "Le rond-point de l'entrée de ville est en travaux jusqu'à fin du mois.",
    "Les compteurs d'eau de la mairie annexe ont gelé, plombier appelé.",
    "Pendant les vacances, le bureau est ouvert le matin seulement.",
    "Tableau des astreintes de l'été affiché dans la cuisine du bureau.",
    "Cette photocopieuse a un sacré sens de l'humour : elle tombe en panne à chaque réunion.",
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
    "Le cours d'eau en crue derrière le gymnase",
    "Le local de l'équipe repeint en vert",
    "Stand du projet au forum des associations",
    "Pause café au bureau",
    "Les t-shirts du projet sont arrivés",
    "Coucher de soleil sur la Brenne depuis la salle du conseil",
    "Le vidéoprojecteur qui refuse de marcher",
    "Le marché du jeudi sous la pluie",
    "Les nouvelles chaises du hall, c'est classe non ?",
    "Vue de la fenêtre du bureau, les platanes avant élagage",
]

FILLER_URLS = [
    "https://brenne-la-vallee.fr/agenda",
    "https://brenne-la-vallee.fr/actualites/travaux-rond-point",
    "https://www.caf.fr/partenaires/appels-a-projets",
    "https://meteofrance.com/previsions-meteo-france/brenne-la-vallee",
    "https://brenne-la-vallee.fr/marches-publics",
    "https://www.centre-valdeloire.fr/subventions",
]

FILLER_TAGS = ["logistique", "équipe", "budget", "com", "mairie", "agenda", "matériel", "bureau"]

# Days no filler post may fall on, so that date queries are judged on the
# hand-written entries only.
RESERVED_DAYS = {(6, 12), (9, 3)}


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
    start, end = dt.date(2023, 9, 4), dt.date(2025, 6, 30)
    days = []
    d = start
    while d <= end:
        summer_break = (d.month == 7 and d.day > 10) or (d.month == 8 and d.day < 22)
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
            "author": rng.randint(1, 8),
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
    raw += make_filler(rng, 172)
    raw.sort(key=lambda e: (e["stamp"], e.get("key", "~"), e["title"], e["body"]))
    ids = {}
    entries = []
    for i, e in enumerate(raw, 1):
        e["id"] = i
        if "key" in e:
            ids[e["key"]] = i
        entries.append(e)
    return {"raw": entries, "ids": ids}


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

    sophie_sleep = [e["id"] for e in raw if e["author"] == 3 and "sommeil" in e["topics"]]
    diag_survey = [e["id"] for e in raw if stage_of(e["stamp"][:10]) == 1 and "enquete" in e["topics"]]
    tag_harcel = [e["id"] for e in raw if "harcèlement" in e["tags"]]
    tag_orient = [e["id"] for e in raw if "orientation" in e["tags"]]
    lucas = [e["id"] for e in raw if e["author"] == 9]
    march24 = [e["id"] for e in raw if e["stamp"].startswith("2024-03")]
    sept3 = [e["id"] for e in raw if e["stamp"][5:10] == "09-03"]
    forum_feb = [i for i in T("forum") if raw[i - 1]["stamp"][5:7] == "02"]

    q = [
        # familiar words / synonyms: the entries say it otherwise
        (
            "sécher les cours",
            T("absent"),
            K("yanis", "mamans"),
            "[synonyme] absentéisme, absences non justifiées, élèves qui ne viennent pas ou plus (y compris refus anxieux et gamins qui « séchaient tout » revenus à l'atelier)",
        ),
        (
            "téléphone en classe",
            T("portable_classe"),
            K("portable_rappel", "mathis"),
            "[synonyme] le portable/tel pendant les cours et la « pause numérique » (casiers), règlement et témoignages",
        ),
        (
            "bouffe du self",
            T("cantine"),
            K("self_test", "self_queue"),
            "[synonyme] cantine, self, réfectoire, repas du midi : attente, bruit, deuxième service ; pas la cantine de la mairie",
        ),
        (
            "psy",
            T("psy"),
            K("permanence_psy"),
            "[synonyme] la psychologue, anxiété, santé mentale, groupe de parole, entretiens et refus scolaire anxieux",
        ),
        (
            "ramassage scolaire",
            T("transport"),
            K("car_702"),
            "[synonyme] car et bus scolaires des élèves (horaires, hameaux, car du soir, car en panne) ; pas le bus de ligne d'un agent ni le car de location des élus",
        ),
        (
            "soutien scolaire",
            T("devoirs"),
            K("df_formule", "aide_media"),
            "[synonyme] Devoirs faits, aide aux devoirs à la médiathèque, élèves aidés pour leurs exercices",
        ),
        (
            "patrons du coin",
            T("employeurs"),
            K("fichier_entreprises", "bertin"),
            "[synonyme] entreprises, artisans, commerçants locaux qui accueillent des jeunes (stages, forum) ; pas la boulangerie ou la menuiserie comme fournisseurs",
        ),
        # word forms
        (
            "harceler",
            T("harcel"),
            [],
            "[forme] verbe pour harcèlement/harcelées : toutes les entrées sur le harcèlement entre élèves, en ligne ou non ; pas le plombier qui « harcèle » pour sa facture",
        ),
        (
            "ils ont décroché",
            T("decroch"),
            K("lache_sept", "gpds"),
            "[forme] passé composé pour décrochage/décrocher : jeunes qui ont quitté l'école ; pas la subvention « décrochée » ni le téléphone",
        ),
        (
            "mentors",
            T("mentorat"),
            K("binomes", "mentor_appel"),
            "[forme] pluriel : mentorat, mentor, mentorées, binômes, 3e parrains des 6e",
        ),
        (
            "dormir",
            T("sommeil"),
            K("atelier_5e"),
            "[forme] infinitif pour dorment/endorment/sommeil/se couchent : les nuits et la fatigue des élèves ; pas le dossier qui « dort » ni la subvention « en sommeil »",
        ),
        (
            "se battent",
            T("bagarre"),
            K("bagarre_cour", "bagarre_arret"),
            "[forme] présent pronominal pour « se sont battus » et bagarre : les bagarres entre élèves",
        ),
        (
            "sportifs",
            T("sport"),
            K("unss_car"),
            "[forme] adjectif pluriel pour sport/sportive : AS, UNSS, foot, cross, gymnase et danse le midi",
        ),
        # 2-4 words
        (
            "aide aux devoirs",
            T("devoirs"),
            K("aide_media", "df_formule"),
            "[multi-mots] aide aux devoirs et Devoirs faits",
        ),
        (
            "forum des métiers",
            T("forum"),
            K("forum_prep", "forum_retours"),
            "[multi-mots] le forum des métiers de février 2025 (préparation, stands, retours) ; pas le forum des associations",
        ),
        (
            "conseil des jeunes",
            T("conseil_jeunes"),
            K("cj_appel", "cj_seance1"),
            "[multi-mots] création, élections, séances, commissions et actions du conseil des jeunes ; pas le conseil municipal",
        ),
        (
            "petit déjeuner collège",
            T("petitdej"),
            K("petitdej_test", "copil_mars"),
            "[multi-mots] petit-déjeuner offert au foyer et élèves qui arrivent sans avoir mangé",
        ),
        (
            "réunion parents profs",
            T("parents_profs"),
            K("pp_3e", "pp_trim1"),
            "[multi-mots] rencontres parents-professeurs (et le café lancé pour les familles qui n'y viennent pas)",
        ),
        (
            "sommeil écrans",
            T("sommeil_ecrans"),
            K("atelier_5e", "memo_enzo"),
            "[multi-mots] le téléphone/TikTok la nuit qui raccourcit le sommeil des élèves",
        ),
        # whole questions
        (
            "pourquoi les élèves de 3e sèchent les cours ?",
            T("absent_raisons"),
            K("mamans", "yanis"),
            "[question] entrées qui donnent les raisons de l'absentéisme (3e d'abord) : ennui, lycée pro « de toute façon », coucher tard, angoisse",
        ),
        (
            "qui s'occupe des stages ?",
            T("stages_orga"),
            K("qui_stages", "stages_2425"),
            "[question] qui centralise les conventions et démarche les entreprises pour les stages et PFMP",
        ),
        (
            "comment signaler un harcèlement ?",
            T("harcel_signal"),
            K("ref_phare", "link_3018"),
            "[question] circuit de signalement (fiche, CPE, référents pHARe), 3018, boîte aux lettres anonyme",
        ),
        (
            "combien d'élèves ont répondu au questionnaire ?",
            T("enquete_resultats"),
            K("quest_res1", "quest_res2025"),
            "[question] les deux entrées qui donnent le nombre de réponses (612 en 2023, 655 en 2025)",
        ),
        (
            "que faire quand un ado refuse d'aller à l'école",
            T("phobie"),
            K("claire_entretiens", "sacha1"),
            "[question] refus scolaire anxieux, retour progressif, élève qui ne veut plus y aller et ce qui l'a aidé",
        ),
        # typos, missing accents
        (
            "harcelement",
            T("harcel"),
            [],
            "[faute] sans accent : mêmes entrées que le harcèlement entre élèves",
        ),
        (
            "decrochage scolaire",
            T("decroch"),
            K("gpds"),
            "[faute] sans accent : jeunes sortis ou en rupture du système scolaire, GPDS, MLDS",
        ),
        (
            "infirmiere scolaire",
            T("infirmiere"),
            K("inf_rentree"),
            "[faute] sans accent : l'infirmière du collège et l'infirmerie ; pas le stand « soins infirmiers » du forum",
        ),
        (
            "cantinne",
            T("cantine"),
            K("self_test"),
            "[faute] double n : cantine, self, réfectoire des élèves ; pas la cantine de la mairie",
        ),
        (
            "psycologue",
            T("psy"),
            K("permanence_psy"),
            "[faute] h manquant : la psychologue et ce dont elle s'occupe",
        ),
        (
            "orientatoin",
            T("orientation"),
            K("orient_flou"),
            "[faute] lettres inversées : orientation, vœux, affectation, filières ; pas l'orientation plein sud du local",
        ),
        (
            "brevt blanc",
            T("brevet_blanc"),
            K("bb_mars", "bb_nov"),
            "[faute] e manquant : les deux brevets blancs ; pas le brevet de secourisme",
        ),
        # quoted phrases
        ('"devoirs faits"', T("devoirs_faits"), K("df_formule"), "[guillemets] le dispositif Devoirs faits"),
        (
            '"café des parents"',
            T("cafe_parents"),
            K("cafe_lance"),
            "[guillemets] le café des parents et ses séances",
        ),
        (
            '"conseil de discipline"',
            T("sanctions_cd"),
            K("cd_dec", "cd_evite"),
            "[guillemets] le conseil de discipline tenu en 2023 et celui évité en 2024",
        ),
        # exclusions
        (
            "harcèlement -réseaux",
            minus_word(T("harcel"), r"\bréseaux?\b"),
            [],
            "[exclusion] les entrées sur le harcèlement moins celles qui contiennent « réseau(x) »",
        ),
        (
            "stage -observation",
            minus_word(T("stages"), r"\bobservation\b"),
            [],
            "[exclusion] entrées sur les stages des élèves moins celles qui contiennent « observation » ; pas les stages de formation ou de poterie de l'équipe",
        ),
        (
            "sport -foot",
            minus_word(T("sport"), r"\bfoot(ball)?\b"),
            [],
            "[exclusion] entrées sur le sport des élèves moins celles qui contiennent « foot »",
        ),
        # fields (derived from the data)
        ("auteur:Lucas", lucas, [], "[champ] toutes les entrées de Lucas Martin (dérivé des données)"),
        (
            "auteur:Sophie sommeil",
            sophie_sleep,
            [],
            "[champ] entrées de Sophie Lefèvre jugées sur le sommeil (dérivé : auteur ∩ sujet)",
        ),
        (
            "escale:diagnostic questionnaire",
            diag_survey,
            K("quest_pret"),
            "[champ] entrées de l'étape Diagnostic jugées sur le questionnaire (dérivé : étape ∩ sujet)",
        ),
        ("#harcèlement", tag_harcel, [], "[champ] entrées portant le tag harcèlement (dérivé des données)"),
        ("#orientation", tag_orient, [], "[champ] entrées portant le tag orientation (dérivé des données)"),
        # dates
        ("en mars 2024", march24, [], "[date] toutes les entrées datées de mars 2024 (dérivé des données)"),
        (
            "réunion du 12 juin",
            T("reunion_12juin"),
            K("reu12_cr"),
            "[date] le bilan d'étape du 12 juin 2024 : compte rendu, photo du soir, mémo du lendemain sur cette réunion",
        ),
        (
            "le 3 septembre",
            sept3,
            [],
            "[date] toutes les entrées datées d'un 3 septembre (rentrée 2024 ; aucun filler ce jour-là)",
        ),
        (
            "forum des métiers en février",
            forum_feb,
            K("forum_retours"),
            "[date] entrées de février sur le forum des métiers (celle de janvier qui l'annonce ne compte pas)",
        ),
        # nothing answers these
        (
            "uniforme",
            [],
            [],
            "[sans réponse] aucune entrée sur un uniforme scolaire ; les uniformes de la police municipale ne comptent pas",
        ),
        (
            "vaccination HPV",
            [],
            [],
            "[sans réponse] aucune vaccination des élèves ; la campagne grippe des agents ne compte pas",
        ),
        (
            "grève des profs",
            [],
            [],
            "[sans réponse] aucune grève d'enseignants ; la grève SNCF ne compte pas",
        ),
        (
            "voyage au ski",
            [],
            [],
            "[sans réponse] aucun voyage scolaire ; le voyage du comité de jumelage ne compte pas",
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
        if e["kind"] != "link":
            assert not e["url"]
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
        "name": "dev_fr",
        "language": "fr",
        "logbook": {
            "title": "Tous au bahut — Brenne-la-Vallée",
            "description": "Projet coopératif du collège Jean-Moulin, du lycée pro des Chênes et de la ville de Brenne-la-Vallée contre le décrochage scolaire et pour le bien-être des élèves (2023-2025).",
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
