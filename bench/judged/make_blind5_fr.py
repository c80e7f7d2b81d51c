#!/usr/bin/env python3
# ruff: noqa: B905  (zip over lists built together, as first written)
"""Writes blind5_fr.json (a judged relevance set for a French logbook search) and checks it.

Fictional project: "L'Aiguillage", a tiers-lieu opened in the former railway station of
Belcastel-sur-Dourbie. Standard library only, seeded, deterministic.

Hand-written entries live in the HAND block. Header line of a record:
    @ date time | author id | kind | topics (a trailing * = must be in the top 3) | tags
then field lines: T title, B body, C caption, X transcript, S speaker name ; role, U url.
A line starting with two spaces continues the previous field.
Filler posts are drawn with a fixed seed from the sentence pools in POOLS and LINKS; they
reuse the topics' words in other senses and answer no topic.
"""

import datetime as dt
import itertools
import json
import os
import random
import re
import sys
import unicodedata

NAME = "blind5_fr"
SEED = 20240205
N_FILLER = 190
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".json")

LOGBOOK = {
    "title": "Carnet de bord – L'Aiguillage, tiers-lieu de la gare de Belcastel-sur-Dourbie",
    "description": (
        "Le carnet partagé de l'équipe qui transforme l'ancienne gare de Belcastel-sur-Dourbie en "
        "tiers-lieu : service culture de la com com, médiathèque, asso La Bricole (fab lab et repair "
        "café), centre social Les Tilleuls, collège, Radio Dourbie. Notes, photos, capsules audio, "
        "vidéos et témoignages postés depuis le terrain."
    ),
}

STAGES = [
    (1, "Chantier de la gare", "2024-02-01", "2024-06-30"),
    (2, "Ouverture et premiers rendez-vous", "2024-07-01", "2024-11-30"),
    (3, "Ateliers et publics", "2024-12-01", "2025-04-30"),
    (4, "Gouvernance et consolidation", "2025-05-01", "2025-08-31"),
    (5, "Évaluation finale", "2025-09-01", None),
]

AUTHORS = [
    (1, "Claire Vidal"),
    (2, "Mathieu Roussel"),
    (3, "Sandrine Bouquet"),
    (4, "Karim Benali"),
    (5, "Élodie Marchand"),
    (6, "Julien Fabre"),
    (7, "Nadia Ferreira"),
    (8, "Thomas Lacombe"),
    (9, "Aurélie Costes"),
    (10, "Bernard Fournier"),
]

TOPICS = {
    "trav": "chantier de réhabilitation de la gare (travaux, artisans, réserves, réception)",
    "acces": "accessibilité (PMR, rampe, sanitaires adaptés, élévateur, boucle magnétique, FALC)",
    "inaug": "ouverture du lieu : date, préparation, inauguration, retour sur le week-end d'ouverture",
    "concert": "concerts et soirées musicales",
    "cine": "ciné-club et projections de films",
    "expo": "expositions",
    "fab": "fab lab et impression 3D, notamment avec les collégiens",
    "repair": "repair café",
    "obso": "obsolescence programmée, réparabilité, pièces introuvables",
    "numi": "inclusion numérique des aînés (smartphone, démarches en ligne)",
    "cowork": "espace de coworking et télétravailleurs",
    "jeunes": "participation des jeunes, conseil des jeunes (CDJ)",
    "benev": "bénévoles : recrutement, rôle, formation",
    "horaires": "horaires d'ouverture, effectifs, accueil, recrutement de l'équipe",
    "subv": "subventions et financements publics",
    "crowd": "financement participatif (collectes en ligne)",
    "loc": "location des salles et recettes locatives",
    "enquete": "enquête auprès des usagers (questionnaire)",
    "gouv": "instances : comité de pilotage puis comité de gouvernance",
    "eval": "évaluation du projet (indicateurs, cabinet, rapport final et suites)",
    "radio": "Radio Dourbie (non interrogé)",
}

HAND = """
@ 2024-02-05 09:30 | 1 | note | trav | lancement partenaires
T Top départ pour le tiers-lieu de la gare !
B Réunion de démarrage à la com com avec tout le monde : médiathèque, La Bricole, centre social Les
  Tilleuls, collège, Radio Dourbie. La gare est à nous pour 20 mois. Le chantier de réhab doit
  démarrer en mars, visite technique avec l'archi jeudi.

@ 2024-02-08 14:00 | 8 | photo | trav* | chantier visite toiture
T Visite technique de la gare
B Visite ce matin avec Mme Delmas (archi) et le BET. Toiture de la halle à reprendre entièrement,
  charpente saine sauf 2 fermes côté quai. Amiante dans les dalles de l'ancienne salle d'attente →
  désamiantage avant tout le reste.
C La halle marchandises vue du quai, il manque des tuiles à gauche

@ 2024-02-13 10:15 | 1 | note | acces* trav | accessibilite diagnostic pmr
T Diag accessibilité reçu
B Reçu le diagnostic accessibilité. En résumé : seuils trop hauts partout, aucun sanitaire adapté,
  l'étage (ancien logement du chef de gare) inaccessible sans élévateur. Le quai est 60 cm au-dessus
  de la cour, il faudra une rampe en pente douce. Gros morceau pour le budget travaux.

@ 2024-02-15 11:00 | 4 | note | acces | centre-social publics
T Ce que le centre social apporte
B Les Tilleuls porteront l'accueil des familles, l'aide aux devoirs et les sorties. On a demandé une
  salle d'activité au rdc, de plain-pied, pour les poussettes et les fauteuils. Et un coin change
  pour les bébés svp !

@ 2024-02-20 18:30 | 3 | audio | fab | fablab labricole
T Mémo vocal : le fab lab dont on rêve
B Après la réunion de l'asso.
X Alors pour le fab lab, on part sur deux imprimantes 3D, une découpeuse laser, une brodeuse
  numérique… et surtout on veut que les collégiens viennent, Élodie est partante. L'idée c'est
  qu'ils fabriquent des vrais trucs, hein, pas juste des porte-clés.

@ 2024-02-26 11:00 | 9 | note | subv* | financements subventions
T Dossiers de financement : le point
B J'ai listé les guichets : DETR pour le bâti (dépôt avant le 15/03), Région (appel à projets
  tiers-lieux), DRAC pour la partie culture, CAF pour le centre social, programme LEADER via le GAL.
  Objectif : 70 % d'aides publiques sur l'investissement.

@ 2024-02-29 16:45 | 2 | note | horaires | mediatheque equipe
T La médiathèque déménage à la gare
B Validé en bureau communautaire : la médiathèque quitte le rdc de la mairie pour l'aile voyageurs.
  On garde les 2 ETP + Mathilde en contrat aidé. Faudra repenser nos horaires, aujourd'hui on
  n'ouvre que 14 h par semaine.

@ 2024-03-05 09:00 | 8 | photo | trav | chantier desamiantage
T Désamiantage démarré
B L'entreprise s'est installée, zone confinée dans la salle des pas perdus. Interdiction d'entrer
  sans EPI jusqu'au 22. Tout le reste du chantier est gelé pendant ce temps.
C Sas de décontamination devant la salle des pas perdus

@ 2024-03-12 14:30 | 1 | note | gouv inaug acces | copil gouvernance
T 1er copil
B Premier comité de pilotage : élus de la com com, maire de Belcastel, DRAC (en visio), Département,
  CAF + les 5 partenaires. Décisions : calendrier validé, ouverture au public visée fin septembre,
  création d'un groupe de travail accessibilité avec des habitants concernés. Réunion tous les
  trimestres. CR à suivre.

@ 2024-03-19 10:00 | 4 | testimony | acces | temoignage accessibilite
T « Pouvoir y retourner en fauteuil »
B « Moi, la gare, j'y ai pris le train jusqu'en 1989. Si je peux y retourner en fauteuil sans qu'on
  me porte, je signe tout de suite. Et pensez aux toilettes, c'est toujours là que ça coince. »
S Gérard Pouget ; habitant, en fauteuil roulant, membre du groupe accessibilité

@ 2024-03-22 17:00 | 5 | note | fab | college fablab
T Projet fab lab avec les 4e
B Vu avec le principal : les 4e du club techno iront au fab lab un mercredi sur deux dès
  l'ouverture. En attendant on modélise en classe sur Tinkercad. Ils veulent imprimer une maquette
  de la gare, évidemment.

@ 2024-03-27 12:15 | 9 | link | crowd | financement-participatif ressources
T Retours d'expérience sur les collectes en ligne
B Bon récap sur le financement participatif dans les tiers-lieux ruraux. Ce qui marche :
  contreparties locales, vidéo courte, objectif atteignable (8-10 k€). On pourrait lancer la nôtre
  cet été pour équiper le fab lab.
U https://www.tiers-lieux-occitanie.fr/ressources/financement-participatif-retours

@ 2024-03-29 09:40 | 8 | note | trav | chantier charpente
T Retard charpente
B Le charpentier ne peut pas venir avant le 15 avril (rupture de lamellé-collé). Le lot couverture
  glisse de 3 semaines. On tient encore septembre si la météo suit.

@ 2024-04-03 10:30 | 1 | drawing | acces* trav | accessibilite rampe
T Plan de la rampe
B Version retenue par le groupe accessibilité : plus longue mais sans ascenseur extérieur.
C Croquis de Thomas : rampe à 5 % le long du quai, palier tous les 10 m, main courante des deux
  côtés

@ 2024-04-09 15:00 | 7 | note | numi | numerique aines ccas
T Besoins numériques des aînés
B Point avec le CCAS et le club des aînés : grosse demande d'aide pour les démarches en ligne (ANTS,
  impots.gouv, Ameli, caisse de retraite). Beaucoup ont un smartphone offert par les petits-enfants
  mais s'en servent juste pour téléphoner. Je propose des permanences hebdo + des ateliers en petits
  groupes à la gare.

@ 2024-04-11 08:50 | 8 | photo | trav | chantier couverture
T Échafaudage monté côté quai
B Couvreurs là lundi. Penser à prévenir les voisins pour le bruit.
C L'échafaudage de la halle, vu depuis l'ancien passage à niveau

@ 2024-04-16 18:00 | 10 | note | benev* | benevoles recrutement
T Réunion d'info bénévoles : 23 personnes !
B Hier soir au centre social. Des retraités surtout, 3 étudiants, un couple de néo-ruraux. On a fait
  un tableau de qui veut faire quoi : accueil, réparations, aide au numérique, technique pour les
  spectacles. Prochaine étape : une charte et des formations.

@ 2024-04-23 11:20 | 6 | audio | radio | radio studio
T Le studio de la radio à la gare
B Mémo vocal, confirmé ce matin.
X Bon, c'est officiel, le studio de Radio Dourbie s'installe dans l'ancien bureau du chef de gare.
  On pourra faire des directs depuis la halle, des émissions avec le collège… franchement c'est un
  rêve.

@ 2024-04-26 14:00 | 9 | note | subv* | subventions detr
T DETR accordée !
B Notif reçue ce matin : 180 000 € de DETR sur la réhab. Avec la Région on couvre déjà 52 % du plan
  de financement. On attend encore LEADER (dossier long…).

@ 2024-04-30 17:30 | 5 | note | fab | college 3d
T Maquette de la gare : modélisation finie
B Les 4e ont fini de modéliser, 14 pièces. On attend le fab lab pour lancer les impressions ; en
  attendant Sandrine nous prête sa machine perso pour un test.

@ 2024-05-06 09:15 | 8 | note | trav acces cowork | accessibilite elevateur coworking
T Élévateur : trop cher pour l'instant
B Devis élévateur PMR pour l'étage : 38 k€, hors budget du lot actuel. Option : coworking à l'étage
  ET un poste de travail équivalent au rdc pour ceux qui ne peuvent pas monter. À trancher en copil.

@ 2024-05-14 10:00 | 2 | photo | expo | patrimoine expo archives
T Trésor dans le grenier
B Une boîte de plaques de verre des années 1920 ! Idée : une première expo sur l'histoire de la gare
  et de la ligne, avec les archives départementales. Je contacte le club photo.
C Plaques de verre trouvées dans le grenier de l'aile voyageurs

@ 2024-05-17 16:20 | 4 | note | jeunes | jeunes participation
T Les ados veulent un vrai rôle
B Rencontre avec 9 jeunes du centre social (13-17 ans). Ils ne veulent pas d'un « coin ados » : ils
  demandent à décider d'une partie de la programmation et à gérer un budget. On réfléchit à un
  conseil de jeunes élu au collège.

@ 2024-05-23 13:45 | 3 | note | repair* obso benev | repaircafe benevoles
T Le repair café prend forme
B On sera 6 réparateurs bénévoles au départ : électroménager, couture, vélos, informatique. Un
  samedi par mois à la gare. On tiendra un registre des pannes pour documenter l'obsolescence
  programmée (batteries collées, vis propriétaires…).

@ 2024-05-28 11:00 | 1 | video | trav* acces | chantier drone
T Le chantier vu du ciel
B Petite vidéo pour les partenaires.
C Survol du chantier fin mai avec le drone de la radio
X Alors là on survole la halle, vous voyez la nouvelle couverture à moitié posée… à droite l'aile
  voyageurs, où il y aura la médiathèque… et là, le quai, où on va faire la rampe pour les
  fauteuils.

@ 2024-05-31 15:30 | 7 | testimony | numi | temoignage numerique
T « Tout par internet »
B « Pour ma retraite complémentaire, ils veulent tout par internet. Ma fille habite Toulouse, elle
  peut pas venir chaque fois. Si vous faites des cours pour le téléphone, moi je viens, même à pied.
  »
S Marcelle Ginestet ; retraitée, 81 ans

@ 2024-06-04 09:30 | 9 | note | subv | subventions leader
T LEADER : dossier déposé
B Dossier LEADER déposé pour les équipements (fab lab, repair café, coworking) : 48 k€ demandés.
  Passage en comité de programmation du GAL en octobre.

@ 2024-06-07 19:00 | 10 | photo | benev | benevoles formation
T Premiers secours pour les bénévoles
B Première formation prévue par la charte : gestes de premiers secours avec les pompiers. Prochaine
  : accueil du public et gestion des conflits, avec le centre social.
C 12 bénévoles en formation PSC1

@ 2024-06-12 14:10 | 8 | note | trav acces | chantier rampe
T Rampe coulée
B 34 m de béton coulé aujourd'hui. Garde-corps posé la semaine pro. Bandes podotactiles en haut et
  en bas comme demandé par Gérard et le groupe.

@ 2024-06-18 10:45 | 1 | note | inaug* concert | inauguration
T Date d'inauguration calée
B C'est acté avec la présidente de la com com : on inaugure le samedi 28 septembre. Portes ouvertes
  dès 10h, discours à 11h30 (courts, promis), concert le soir dans la halle. Si le chantier dérape,
  repli au 5 octobre.

@ 2024-06-21 21:30 | 6 | audio | concert | musique quai
T Fête de la musique sur le quai
B Test grandeur nature.
X On est sur le quai de la gare, y a trois groupes pour la fête de la musique, première fois qu'on
  fait du son ici. L'acoustique de la halle… euh, c'est une cathédrale, faudra traiter ça avant les
  concerts de la rentrée.

@ 2024-06-25 16:00 | 4 | note | jeunes | jeunes cdj
T Un conseil des jeunes à la rentrée
B Validé avec le collège et le centre social : un conseil des jeunes de 12 membres (11-17 ans), élu
  pour un an, avec 3 000 € de budget pour la programmation. Élections en septembre.

@ 2024-06-27 11:30 | 9 | note | loc* | location tarifs
T Grille tarifaire des salles
B Proposition de tarifs : grande halle 350 €/jour (assos locales 80 €), salle de réunion 60 € la
  demi-journée, gratuit pour les partenaires. Objectif : 15 k€ de recettes par an pour couvrir une
  partie du fonctionnement. À voter en conseil communautaire.

@ 2024-07-02 09:20 | 8 | note | trav | chantier reception
T Réception du lot couverture
B Couverture réceptionnée avec 4 réserves (gouttière côté cour, 2 faîtières…). Plâtrerie en cours
  dans l'aile voyageurs, peintres le 15.

@ 2024-07-05 15:00 | 9 | link | crowd* | financement-participatif
T Notre collecte est en ligne !
B Campagne de financement participatif lancée pour équiper le fab lab et le repair café : objectif
  10 000 € en 45 jours. Contreparties : porte-clés imprimés au fab lab, places de concert, une
  journée de coworking offerte… Partagez partout !
U https://www.dondici.fr/projets/aiguillage-belcastel

@ 2024-07-10 11:00 | 3 | photo | fab | fablab materiel
T Les imprimantes sont arrivées
B Livrées au local de l'asso en attendant la fin du chantier. Bobines de PLA, plateaux, tout est là.
  Élodie viendra tester avec 2 élèves avant la rentrée.
C Déballage de nos deux machines d'impression 3D et de la découpeuse laser

@ 2024-07-16 10:30 | 7 | note | numi | numerique permanence
T Permanence numérique d'été
B En attendant la gare, je tiens la permanence à la médiathèque le mardi matin. 7 personnes
  aujourd'hui, que des plus de 65 ans : 3 pour Ameli, 2 déclarations de revenus rectificatives, 1
  pour WhatsApp (voir ses petits-enfants !), 1 pour un faux SMS de colis.

@ 2024-07-23 17:45 | 1 | note | horaires* | horaires accueil
T Horaires d'ouverture : proposition
B Pour l'ouverture : mardi-samedi 10h-19h, nocturne le jeudi jusqu'à 22h, fermé dimanche et lundi.
  Ça fait 47 h/semaine. Il faut un agent d'accueil de plus, je publie la fiche de poste.

@ 2024-07-30 12:00 | 9 | note | crowd | financement-participatif
T Collecte à 62 %
B 6 200 € en 25 jours, 141 contributeurs. Gros boost après le passage sur Radio Dourbie. Faut
  relancer via la newsletter de la médiathèque et au marché samedi.

@ 2024-08-06 10:00 | 8 | photo | trav acces | chantier sanitaires pmr
T Sanitaires adaptés posés
B Plombier passé. Lavabo à bonne hauteur, porte de 90 cm. Reste la signalétique.
C WC adapté avec barre d'appui, rdc de l'aile voyageurs

@ 2024-08-13 16:00 | 1 | photo | inaug | inauguration communication
T Le carton d'invitation
B Tirage à 1 500 ex, distribution dans toutes les boîtes aux lettres de la vallée.
C Le carton pour le 28/09, dessiné par une élève du collège

@ 2024-08-19 18:00 | 9 | note | crowd* fab | financement-participatif
T Objectif dépassé !!
B 11 340 € récoltés, 113 % ! 238 contributeurs, dont la boulangerie, le garage Cabrol et le comité
  des fêtes. Le surplus servira à une 3e imprimante 3D, installée au collège. Merci à tous ceux qui
  ont partagé.

@ 2024-08-27 14:30 | 2 | note | horaires | recrutement accueil
T Recrutement à l'accueil
B Entretiens pour le poste d'agent d'accueil : 11 candidatures, 4 reçues. On prend Lucie Bastide,
  arrivée le 16/09. Avec elle on peut tenir les 47 h sans que je passe tous mes samedis à la banque
  de prêt.

@ 2024-08-29 11:15 | 10 | note | benev* | benevoles formation
T 2e formation des bénévoles
B Accueil du public, présentation du lieu, quoi répondre quand on ne sait pas. Mises en situation,
  on a bien ri. 15 présents, tout le monde repart avec le livret d'accueil.

@ 2024-09-03 09:00 | 1 | note | trav inaug | chantier inauguration
T J-25
B Levée des réserves ce matin. Commission de sécurité le 17. Reste la signalétique et le mobilier de
  la halle, tout le monde est sur les rotules. On tiendra le 28.

@ 2024-09-10 17:00 | 5 | note | jeunes | cdj elections college
T Campagne au collège
B 27 candidats pour les 12 sièges du conseil des jeunes ! Affiches partout dans le hall, programmes
  très sérieux (un skate-park, des soirées jeux, un studio de rap). Vote le 20 en même temps que les
  délégués de classe.

@ 2024-09-13 14:00 | 6 | link | concert* cine expo | programme saison
T Programme de la saison 1
B Programme d'automne en ligne : 5 concerts (dont le trio jazz de Clara Sarda le 19/10), ciné-club
  tous les jeudis, expo « La ligne, 1880-1990 » jusqu'en décembre. Billets à l'accueil ou en ligne.
U https://aiguillage-belcastel.fr/programme-automne-2024

@ 2024-09-17 18:30 | 8 | note | trav acces inaug | securite erp
T Commission de sécurité : avis favorable
B Avis favorable de la commission ! Une remarque sur l'éclairage de la rampe la nuit, à compléter.
  On peut accueillir du public.

@ 2024-09-20 20:00 | 5 | photo | jeunes* | cdj
T Le conseil des jeunes est élu
B 7 filles, 5 garçons, de la 6e à la terminale (2 lycéens de Millau). 1re réunion mercredi au
  tiers-lieu.
C Les 12 élus du premier conseil des jeunes, avec le maire

@ 2024-09-24 11:00 | 2 | photo | expo* acces | expo patrimoine
T Accrochage de l'expo « La ligne »
B 46 tirages avec le club photo. Cartels en gros caractères + une version FALC pour chaque panneau.
C Les tirages des plaques de verre dans la salle des pas perdus

@ 2024-09-26 17:30 | 1 | note | horaires benev inaug | planning accueil
T Planning de la semaine d'ouverture
B Planning d'accueil bouclé : 2 agents + 1 bénévole par créneau. Lucie démarre lundi, elle fera la
  fermeture du jeudi soir.

@ 2024-09-28 11:45 | 1 | video | inaug* jeunes | inauguration
T Inauguration : le ruban !
B Vidéo brute, désolée pour le son.
C Inauguration de L'Aiguillage, cour de la gare
X Voilà, la présidente coupe le ruban… applaudissements… Il y a au moins trois cents personnes dans
  la cour, c'est fou. Les gamins du conseil des jeunes font visiter le fab lab, et le repair café
  tourne déjà.

@ 2024-09-28 22:30 | 6 | audio | inaug concert | concert inauguration
T Soirée d'inauguration
B Capsule pour l'émission de lundi.
X Il est dix heures et demie, la fanfare des Causses vient de finir, la halle est pleine, la buvette
  est dévalisée… Franchement, c'est la plus belle soirée que la gare ait connue depuis le dernier
  train.

@ 2024-09-30 09:30 | 1 | note | inaug concert benev | inauguration retour
T Retour sur le week-end d'ouverture
B Chiffres : ~650 visiteurs sur la journée (compteur), 180 au concert, 41 inscrits à la newsletter,
  9 nouveaux bénévoles. À revoir : la queue à la buvette, pas assez de chaises pour les personnes
  âgées pendant les discours.

@ 2024-10-03 20:45 | 2 | photo | cine* | cineclub
T 1er ciné-club
B Renoir en ouverture, évidemment (un train…). 54 spectateurs, débat animé par M. Bru, prof
  d'histoire retraité. Le projecteur loué était parfait, on en achète un ?
C Projection de « La Bête humaine » dans la halle

@ 2024-10-08 10:00 | 7 | photo | numi* | numerique smartphone
T Atelier smartphone n°1
B Premier atelier « apprivoiser son smartphone » : allumer, déverrouiller, agrandir le texte,
  enregistrer un contact. La prochaine fois : photos et WhatsApp. Mme Ginestet est venue comme
  promis !
C 6 participantes, 76 ans de moyenne

@ 2024-10-11 12:30 | 9 | note | subv | subventions leader
T LEADER : avis favorable
B Le comité de programmation du GAL a dit oui : 41 k€ (au lieu de 48). Il faudra avancer la
  trésorerie, les fonds européens arrivent 12 à 18 mois après…

@ 2024-10-15 18:00 | 3 | note | fab* | fablab college
T Mercredis fab lab avec le collège
B 3e séance avec les 4e : la maquette de la gare est imprimée à 80 %. Deux élèves ont dessiné un
  support de téléphone pour les fauteuils de l'EHPAD, on imprime les prototypes la semaine pro.

@ 2024-10-19 11:00 | 3 | photo | repair* obso | repaircafe
T Repair café n°1
B Premier repair café à la gare ! 31 objets apportés, 19 réparés, 7 en attente de pièces, 5
  irréparables. On a ouvert un aspirateur avec la batterie soudée : l'exemple parfait d'obsolescence
  programmée.
C Table électroménager : un grille-pain, deux cafetières, une machine à coudre

@ 2024-10-19 16:30 | 10 | testimony | repair obso | repaircafe temoignage
T « On m'avait dit de la jeter »
B « Ma radio Grundig, je l'ai depuis 1974. Le vendeur de Millau m'avait dit de la jeter. Le petit
  jeune, là, il a changé un condensateur et elle remarche. Je reviendrai avec le mixeur de ma femme.
  »
S Henri Lafon ; habitant, venu au repair café avec sa radio

@ 2024-10-19 22:50 | 6 | audio | concert | concert jazz
T Trio Sarda
B Capsule de fin de soirée.
X On sort du concert du trio de Clara Sarda, du jazz manouche dans une ancienne halle à
  marchandises, le public était debout à la fin. Et l'acoustique est bien meilleure depuis qu'on a
  mis les rideaux.

@ 2024-10-23 09:45 | 1 | note | eval enquete | evaluation indicateurs
T Quels indicateurs pour l'éval ?
B Il nous faut des indicateurs pour l'évaluation : fréquentation (compteur), nombre d'ateliers,
  profils des usagers, part des publics éloignés… Je propose un cabinet externe pour l'évaluation
  finale en 2025, et une enquête auprès des usagers au printemps.

@ 2024-10-25 10:00 | 9 | note | loc | location convention
T Convention de mise à disposition
B Modèle de convention pour les mises à disposition payantes rédigé avec le service juridique :
  caution 300 €, attestation d'assurance, état des lieux entrée/sortie.

@ 2024-10-29 17:00 | 1 | note | cowork* | coworking
T Coworking : premiers abonnés
B L'espace de l'étage a ses 4 premiers abonnés : une traductrice, un développeur qui bosse pour une
  boîte de Montpellier, une paysagiste et un formateur. Fibre OK. Ils demandent une cabine pour les
  visios.

@ 2024-11-05 10:30 | 7 | note | numi benev | numerique benevoles
T Démarches en ligne : le rush
B Période chargée : CAF, renouvellements de cartes grises, chèque énergie… Les bénévoles que j'ai
  formés prennent le relais le jeudi. Objectif : que les gens repartent en sachant faire, pas qu'on
  fasse à leur place.

@ 2024-11-08 20:30 | 2 | note | cine jeunes | cineclub
T Ciné-club : cycle ruralité
B Jeudi « Petit Paysan », puis débat avec deux éleveurs du Larzac. 71 personnes, record. Le conseil
  des jeunes veut choisir un film en décembre, ils votent entre 3 titres.

@ 2024-11-13 14:15 | 9 | note | loc* | location recettes
T Premières privatisations
B 3 locations de la grande halle en novembre : un vin d'honneur de mariage, la formation annuelle
  des pompiers, un séminaire de coopérative agricole. 1 450 € encaissés. Les assos locales demandent
  des créneaux réservés.

@ 2024-11-19 11:00 | 5 | photo | fab | college 3d maquette
T Maquette terminée !
B Fierté absolue des 4e. Elle reste dans le hall de la gare tout l'hiver.
C La maquette imprimée, 1 m de long, 14 pièces

@ 2024-11-22 16:00 | 1 | note | gouv loc jeunes | copil gouvernance
T Copil n°3
B Comité de pilotage : 4 200 entrées en deux mois, tarifs de location validés, et proposition
  d'ouvrir la gouvernance aux usagers en 2025 : un comité avec un collège d'usagers, des bénévoles
  et le conseil des jeunes. Les élus sont partants mais prudents.

@ 2024-11-27 19:30 | 10 | note | benev | benevoles
T Soirée des bénévoles
B Pot de remerciement : on est 47 inscrits sur le planning. Sandrine a présenté le futur module de
  formation « réparer en sécurité ». Plusieurs veulent aussi se former pour épauler Nadia sur le
  numérique.

@ 2024-11-29 12:00 | 6 | link | concert radio | podcast concerts
T Podcast : l'automne en musique
B Les meilleurs moments des 5 concerts de la saison en 40 minutes. Le trio Sarda en fin d'épisode.
U https://radiodourbie.fr/podcasts/aiguillage-automne-2024

@ 2024-12-03 10:00 | 7 | audio | numi | numerique arnaques
T Capsule : les arnaques
B Capsule de l'atelier des aînés.
X Aujourd'hui à l'atelier on a parlé des arnaques, les faux SMS de l'Assurance maladie, les faux
  conseillers bancaires… Et Madame Vayssettes a dit : moi maintenant je raccroche. Tout le monde a
  applaudi.

@ 2024-12-07 15:00 | 3 | note | repair fab obso | repaircafe 3d
T Repair café spécial jouets
B Avant Noël : une vingtaine de jouets électroniques sauvés. Deux pièces introuvables chez le
  fabricant ont été imprimées en 3D au fab lab (un engrenage, un clip de trappe à piles).

@ 2024-12-10 09:00 | 8 | note | trav | chantier acoustique
T Traitement acoustique de la halle
B Pose de panneaux acoustiques suspendus (lot complémentaire). Réverbération de 4,2 s à 1,6 s. Les
  musiciens vont nous dire merci.

@ 2024-12-12 18:00 | 4 | note | jeunes concert | cdj budget
T Le CDJ vote son budget
B Le conseil des jeunes a voté : une soirée jeux de société en janvier, un concert de rap local en
  mars, une table de mixage pour le studio radio. 2 100 € engagés sur 3 000.

@ 2024-12-17 11:30 | 9 | note | subv horaires | subventions emploi
T Poste de coordination financé
B La Région finance 50 % d'un poste de coordination pendant 3 ans (dispositif emploi tiers-lieux).
  Ça permet de garder Claire après 2025 et d'ouvrir plus largement le samedi.

@ 2024-12-20 20:00 | 2 | photo | cine jeunes | cineclub cdj
T Le film des jeunes
B Salle comble, beaucoup de familles. Les jeunes ont présenté le film eux-mêmes au micro.
C Séance de « Wall-E » choisie par le conseil des jeunes

@ 2025-01-03 10:00 | 1 | note | gouv | copil gouvernance
T Copil de janvier
B Comité de pilotage : feu vert pour un comité de gouvernance ouvert. Groupe de travail (Karim,
  Sandrine, 2 usagers) pour rédiger la composition et le règlement d'ici avril.

@ 2025-01-07 09:00 | 1 | note | horaires | horaires
T Le point sur les créneaux d'ouverture
B Le jeudi soir marche très bien, le mardi matin est mort (3 passages en moyenne). Proposition :
  ouvrir le mardi à 14h seulement, et un dimanche après-midi par mois. À faire valider.

@ 2025-01-10 14:30 | 4 | testimony | cowork | coworking temoignage
T « Des collègues sans patron »
B « Avant je travaillais seule dans ma cuisine à Nant. Ici j'ai des collègues sans avoir de patron,
  on déjeune ensemble le mardi. Et la fibre ! Je ne repartirais pas. »
S Sophie Arnal ; traductrice indépendante, abonnée de l'espace de travail partagé

@ 2025-01-14 16:45 | 3 | link | repair obso* | repaircafe obsolescence
T Registre des pannes 2024 publié
B 214 objets, 61 % réparés. Top des pannes : batteries non remplaçables, cartes électroniques,
  charnières en plastique. On l'envoie au réseau national des repair cafés pour leur plaidoyer sur
  l'indice de réparabilité.
U https://labricole-belcastel.fr/registre-pannes-2024

@ 2025-01-17 10:15 | 8 | note | trav acces | accessibilite boucle
T Boucle magnétique installée
B Boucle à induction posée dans la halle et à l'accueil pour les personnes appareillées. Pictogramme
  affiché. Test OK avec une usagère malentendante.

@ 2025-01-21 19:00 | 10 | photo | benev numi | benevoles formation numerique
T Former les bénévoles au numérique
B 3 soirées avec Nadia. On apprend surtout à ne pas prendre la souris à la place des gens :)
C 8 bénévoles en formation « accompagner au numérique »

@ 2025-01-24 12:00 | 9 | note | subv | subventions drac
T DRAC : c'est non
B Refus de la DRAC au titre de l'éducation artistique (« projet trop généraliste »). On retente en
  septembre avec un dossier centré sur une résidence d'artistes. Le Département maintient ses 15 k€.

@ 2025-01-29 18:30 | 2 | note | expo* | expo artistes
T Expo 2 : les artistes du plateau
B Vernissage vendredi : 8 peintres et sculpteurs du Larzac et des Causses. Les cimaises mobiles sont
  top. Ventes possibles, 10 % de commission pour le lieu.

@ 2025-02-04 10:00 | 1 | note | enquete* eval | enquete questionnaire
T Enquête usagers : c'est parti
B Questionnaire finalisé avec le centre social : 18 questions, papier à l'accueil + en ligne.
  Diffusion du 10/02 au 15/03. On vise 300 réponses, ça nourrira aussi l'évaluation finale.

@ 2025-02-07 14:00 | 7 | video | numi* | numerique demarches
T Atelier « mes démarches en ligne »
B Trop content pour lui.
C Atelier démarches, 5 participants
X Alors là Monsieur Carrière crée son compte France Connect tout seul, pour la première fois… voilà,
  il a reçu le code par SMS… et il est connecté ! Bravo !

@ 2025-02-11 17:30 | 4 | note | jeunes | cdj mairie
T Le CDJ au conseil municipal
B Deux élues du conseil des jeunes ont présenté leur année au conseil municipal : soirées jeux,
  film, table de mixage. Leur demande : un local de répétition pour les groupes ados. Le maire
  promet d'étudier.

@ 2025-02-14 09:30 | 9 | note | loc cowork | recettes
T Recettes propres T4 2024
B Oct-déc : locations de salles 3 900 €, abonnements coworking 1 680 €, buvette 2 300 €. Un peu
  au-dessus du prévisionnel. Le coworking est quasi plein (7 postes sur 8).

@ 2025-02-15 11:30 | 10 | photo | enquete | enquete marche
T Questionnaires au marché
B Avec Josiane on a fait remplir 37 questionnaires entre les étals. Les gens aiment bien qu'on leur
  demande leur avis.
C Le stand de l'enquête au marché du samedi

@ 2025-02-19 20:30 | 6 | audio | concert radio | concert trad direct
T En direct de la halle
B Début du direct.
X Bonsoir à tous, on est en direct de L'Aiguillage pour Radio Dourbie, ce soir musique trad avec
  Cabrette & Co, et la halle est déjà prête pour le bal…

@ 2025-02-21 16:00 | 5 | note | fab crowd | college 3d
T L'imprimante 3D du collège tourne
B La 3e machine (celle payée par la collecte de l'été) est installée au CDI. Les élèves lancent
  leurs impressions entre midi et deux, sous l'œil de la doc.

@ 2025-02-25 11:00 | 1 | note | enquete horaires | enquete resultats
T Enquête : premières tendances
B 142 réponses à mi-parcours. Ce qui revient : très bon accueil, programmation appréciée, mais
  horaires pas adaptés aux actifs (on ferme trop tôt) et peu d'info sur le coworking. Les 18-25 ans
  sont quasi absents des réponses.

@ 2025-02-27 20:15 | 2 | note | cine acces | cineclub accessibilite
T Séance en audiodescription
B Ciné-club avec audiodescription et sous-titres SME pour les spectateurs aveugles, malvoyants ou
  sourds : 6 personnes concernées sont venues, dont 2 de Millau. À refaire chaque trimestre.

@ 2025-03-04 10:00 | 3 | note | fab* | fablab stage college
T Stage fab lab des vacances
B 3 jours pendant les vacances d'hiver : 10 collégiens ont dessiné et imprimé les pièces d'un petit
  robot. Les filles majoritaires cette fois, merci Élodie pour le bouche-à-oreille.

@ 2025-03-07 18:00 | 5 | testimony | fab | fablab temoignage
T « C'est pas magique »
B « Au début je croyais que l'imprimante 3D c'était magique. En fait faut tout calculer, les
  supports, le remplissage… Mais quand la pièce sort et qu'elle marche, c'est trop bien. Je veux
  être ingénieure maintenant. »
S Inès ; élève de 4e, club techno du collège

@ 2025-03-11 14:00 | 1 | note | enquete | enquete
T Enquête close
B 318 questionnaires au total. Merci aux bénévoles qui en ont fait remplir au marché et à la sortie
  du collège. Analyse par notre stagiaire (master développement territorial) d'ici fin avril.

@ 2025-03-14 21:00 | 4 | photo | concert jeunes | concert cdj rap
T Le concert rap du CDJ
B Monté de A à Z par le conseil des jeunes : programmation, affiche, sécurité avec les animateurs.
  160 entrées, zéro incident.
C Trois groupes du coin sur la scène de la halle

@ 2025-03-18 10:30 | 7 | note | numi | numerique tablettes
T Prêt de tablettes
B On lance le prêt de 6 tablettes avec la médiathèque pour celles et ceux qui n'ont pas
  d'équipement. Les aînés sans smartphone peuvent s'entraîner chez eux entre deux ateliers.

@ 2025-03-20 16:00 | 9 | note | crowd | financement-participatif contreparties
T Dernières contreparties envoyées
B Toutes les contreparties de la collecte sont livrées (porte-clés, tote bags). Ça a pris un temps
  fou… Leçon pour la prochaine fois : moins de contreparties fabriquées à la main.

@ 2025-03-25 19:15 | 10 | note | benev horaires | benevoles planning
T Planning bénévoles du printemps
B On manque de monde le samedi matin à l'accueil. J'ai appelé les anciens du club des aînés : 3
  nouveaux. Et 2 lycéennes en service civique arrivent en avril.

@ 2025-03-28 11:00 | 8 | note | trav | chantier fuite
T Fuite au-dessus de la scène
B Infiltration après les pluies. Le couvreur passe lundi au titre de la garantie de parfait
  achèvement. Bâche en attendant.

@ 2025-04-02 10:00 | 1 | note | horaires* | horaires
T Nouveaux horaires depuis hier
B Depuis le 1er avril : mardi 14h-19h, mercredi-samedi 10h-19h, jeudi jusqu'à 22h, + le 1er dimanche
  du mois 14h-18h. Affiches changées, site à jour, Radio Dourbie a relayé.

@ 2025-04-08 15:30 | 4 | note | cowork loc | coworking
T Une cabine visio au coworking
B La cabine acoustique est installée dans l'espace partagé, payée avec les recettes des locations de
  salles. Les télétravailleurs sont ravis : fini les appels dans la cage d'escalier.

@ 2025-04-15 11:00 | 1 | note | enquete* eval horaires | enquete resultats
T Résultats de l'enquête usagers
B Synthèse de la stagiaire : 87 % de satisfaits, 1 usager sur 3 vient d'une autre commune, 22 % ont
  plus de 70 ans. Attentes : plus d'ateliers le samedi, un coin enfants, fermer plus tard le soir.
  Tout ça alimentera l'évaluation finale.

@ 2025-04-23 18:00 | 2 | photo | expo | expo photo jeunes
T Expo photo des ados
B Réalisée en atelier avec un photographe, accrochée jusqu'au 30 mai.
C « Mon village vu d'en bas », photos des jeunes du centre social

@ 2025-04-29 09:30 | 9 | note | loc | location tarifs assos
T Les assos trouvent la halle chère
B Plusieurs assos trouvent le tarif réduit trop élevé (80 €/jour). Proposition : gratuité 2 fois par
  an pour les assos de la com com, tarif plein inchangé pour les privés. Impact : -600 €/an environ.

@ 2025-05-06 10:00 | 1 | note | gouv* jeunes | gouvernance
T Naissance du comité de gouvernance
B Le comité de gouvernance remplace le copil à partir de juin : 4 élus, 5 partenaires, 3 usagers
  tirés au sort parmi les volontaires, 2 bénévoles, 2 membres du conseil des jeunes. Les financeurs
  ont une voix consultative. Première séance le 3 juin.

@ 2025-05-09 14:00 | 7 | note | numi | numerique itinerance
T Ateliers numériques dans les villages
B Pour ceux qui ne peuvent pas venir à Belcastel : ateliers délocalisés à la salle des fêtes de Nant
  et de Saint-Jean, une fois par mois. Premiers inscrits : surtout des retraités qui galèrent avec
  leur espace retraite en ligne.

@ 2025-05-13 14:00 | 3 | photo | repair | repaircafe velo
T Repair café en plein air
B On a sorti le repair café sur la place pour le marché de printemps. Les vélos, c'était la folie :
  17 réglages de freins et 9 crevaisons.
C Le stand vélo du repair café, place du marché

@ 2025-05-16 20:30 | 2 | photo | cine* acces | cineclub plein-air
T Ciné en plein air sur le quai
B Première séance dehors : « Le Grand Bain ». Le quai est accessible en fauteuil par la rampe, trois
  spectateurs PMR. Il a fait frais, on prévoira des plaids.
C Écran gonflable sur le quai, 120 transats

@ 2025-05-21 11:30 | 9 | note | subv | subventions region
T Rapport d'étape pour la Région
B Rapport envoyé pour débloquer le 2e versement (40 %). Ils veulent la fréquentation par type de
  public : on reprend les chiffres du tableau de suivi.

@ 2025-05-27 17:00 | 10 | note | benev repair | benevoles formation repaircafe
T Formation « réparer en sécurité »
B Session électricité et sécurité pour les bénévoles du repair café, animée par un électricien
  retraité. 9 formés. Point assurance : les bénévoles sont couverts par l'asso.

@ 2025-05-30 12:00 | 1 | note | eval* | evaluation cabinet
T Lancement de l'évaluation finale
B Cabinet retenu : Territoires & Co. Méthode : données de fréquentation, 25 entretiens, 2 focus
  groups (usagers, partenaires) et résultats de l'enquête. Rendu fin septembre.

@ 2025-06-03 14:00 | 1 | note | gouv* loc jeunes | gouvernance comite
T Comité de gouvernance n°1
B Première séance. Ordre du jour : règlement intérieur, tarifs de location 2025-26, programmation
  d'automne. Voté : gratuité de la halle 2 fois par an pour les assos. Ambiance studieuse, et ce
  sont les jeunes qui ont posé les questions les plus directes.

@ 2025-06-03 18:30 | 6 | audio | gouv jeunes | gouvernance
T À chaud après le comité
B Réaction enregistrée sur le quai.
X Je sors du comité de gouvernance… c'est la première fois que je vois un élu se faire reprendre par
  un gamin de quatorze ans sur le budget, poliment hein. Mais c'est ce qu'on voulait : que tout le
  monde ait voix au chapitre.

@ 2025-06-10 10:30 | 7 | testimony | numi | numerique temoignage
T « Toute seule ! »
B « J'ai fait ma déclaration d'impôts toute seule cette année. Toute seule ! Et j'envoie des photos
  à mes arrière-petits-enfants au Canada. Nadia, elle a une patience… »
S Raymonde Bru ; participante des ateliers numériques, 79 ans

@ 2025-06-14 11:00 | 3 | note | repair fab | repaircafe 3d
T Une étagère de pièces imprimées
B On a maintenant une étagère de pièces imprimées en 3D pour le repair café (boutons, clips, pieds
  de meubles), dessinées par les collégiens au fab lab. La boucle est bouclée !

@ 2025-06-19 15:00 | 9 | note | crowd jeunes | financement-participatif cdj
T Une 2e collecte ?
B Le comité de gouvernance propose une nouvelle campagne à l'automne pour le local de répétition des
  jeunes. Je prépare le budget : objectif 6 000 €, vidéo tournée par le CDJ.

@ 2025-06-24 18:00 | 5 | note | fab | fablab college
T Fin d'année au fab lab
B Le point avec le collège : 31 élèves venus au moins 5 fois, 2 projets primés au concours
  académique (dont une main articulée imprimée en 3D). L'an prochain on ouvre aux 5e.

@ 2025-06-27 21:00 | 6 | video | concert* | festival concert
T Festival du quai, 2e soir
B Ça envoie.
C Festival d'été du quai
X On est au festival du quai, deuxième soir, sur scène Les Fils du Causse, du rock en occitan… Il y
  a des gens de toute la vallée, des campeurs, les bénévoles courent partout.

@ 2025-07-03 10:00 | 1 | note | horaires cowork | horaires ete
T Horaires d'été
B Juillet-août : ouvert du mercredi au dimanche 15h-21h pour coller aux concerts et aux touristes,
  fermeture du 4 au 18 août. Le coworking reste accessible avec badge pour les abonnés.

@ 2025-07-09 16:30 | 4 | note | cowork* | coworking
T Les coworkers s'organisent
B Les télétravailleurs de l'étage ont monté leur collectif, « Les Aiguilleurs », et proposent des
  midis-conférences ouverts à tous (compta pour indépendants, IA…). 11 abonnés maintenant.

@ 2025-07-15 11:00 | 9 | note | subv loc crowd | modele-economique
T Modèle économique 2026
B Projection 2026 : recettes propres 28 % (locations de salles, coworking, buvette), subventions de
  fonctionnement 60 %, mécénat + financement participatif 12 %. Objectif : 35 % de recettes propres
  d'ici 2028.

@ 2025-07-22 19:00 | 10 | photo | benev | benevoles festival
T Les bénévoles du festival
B Briefing sécurité + tee-shirts. Merci à tous, sans vous pas de festival.
C L'équipe des 40 bénévoles du festival du quai

@ 2025-07-29 10:00 | 8 | note | trav acces cowork | travaux elevateur
T Travaux d'été : l'élévateur
B Fermeture estivale = travaux : l'élévateur PMR vers l'étage (enfin financé) sera posé du 4 au 18
  août. Le coworking sera accessible à tous à la rentrée.

@ 2025-08-06 09:00 | 8 | photo | trav acces | travaux elevateur
T Pose de l'élévateur
B Les monteurs sont là depuis lundi. Mise en service prévue le 14… si tout va bien.
C Cage de l'élévateur en cours de montage

@ 2025-08-21 15:00 | 1 | note | eval | evaluation entretiens
T Entretiens d'évaluation
B Le cabinet a fait 19 entretiens sur 25. Ce qui ressort partout : le « mélange des publics ». Point
  faible : tout repose sur 2-3 personnes clés.

@ 2025-08-26 11:00 | 2 | note | expo | expo programme
T Calendrier des expos de l'automne
B Validé : portraits pour l'anniversaire en septembre, puis en novembre la céramiste Léa Cros en
  résidence, avec un atelier modelage pour les familles.

@ 2025-08-28 17:00 | 7 | note | numi benev | numerique rentree
T Rentrée des ateliers numériques
B Programme de rentrée : smartphone débutants le lundi, démarches en ligne le mercredi, « sécurité
  et arnaques » le vendredi, animé par 2 bénévoles formés cet été.

@ 2025-09-02 10:00 | 8 | note | acces trav cowork | accessibilite elevateur
T Élévateur en service
B Contrôle OK, élévateur en service. Le coworking et la salle de réunion de l'étage sont enfin
  accessibles en fauteuil. Gérard est monté le premier, évidemment.

@ 2025-09-05 11:30 | 9 | note | crowd jeunes | financement-participatif cdj
T Collecte pour le local des jeunes
B Campagne en ligne : 6 000 € pour équiper le local de répétition. Vidéo du CDJ publiée, déjà 1 900
  € en 4 jours. Contreparties : des concerts privés des groupes du local !

@ 2025-09-09 14:00 | 1 | note | eval loc | evaluation indicateurs
T Les chiffres transmis au cabinet
B 21 400 entrées cumulées, 312 ateliers, 58 bénévoles actifs, 1 usager sur 4 de plus de 70 ans, 14 %
  de 11-17 ans. Taux d'occupation des salles louées : 38 %.

@ 2025-09-12 18:00 | 3 | note | repair obso* | repaircafe obsolescence
T Un an de repair café
B 412 objets, 64 % réparés, 1,9 tonne de déchets évités (estimation du réseau). L'indice de
  réparabilité c'est bien, mais sans pièces détachées à prix correct on ne gagnera pas contre
  l'obsolescence.

@ 2025-09-16 10:00 | 4 | testimony | jeunes* gouv | cdj temoignage
T « Pas juste pour la photo »
B « Franchement au début je pensais qu'on serait là pour la photo. Mais on a eu un vrai budget, on a
  voté face aux adultes au comité, et on a monté le concert. Maintenant les 6e demandent quand sont
  les élections. »
S Yanis Boudou ; président du conseil des jeunes 2024-2025

@ 2025-09-19 09:30 | 1 | note | horaires eval benev | equipe evaluation
T Effectifs : le point avant le rapport
B Équipe actuelle : 3,6 ETP (coordination, 2 à l'accueil, médiathèque) + 1 service civique. Le
  cabinet note que nos plages d'ouverture reposent trop sur les bénévoles le samedi. Piste : un 2e
  poste d'accueil mutualisé avec France services.

@ 2025-09-23 17:00 | 9 | note | subv | subventions drac
T DRAC : c'est oui cette fois
B La DRAC finance la résidence d'artistes 2026 (12 k€) ! Le dossier recentré a payé. Avec le
  Département et la Région, le fonctionnement 2026 est couvert à 85 %.

@ 2025-09-26 20:00 | 2 | photo | expo | expo anniversaire
T Expo du premier anniversaire
B 40 portraits d'usagers et de bénévoles par le club photo. Et un gâteau en forme de locomotive.
C Portraits des usagers : un an de gare

@ 2025-09-30 15:00 | 1 | note | eval* loc horaires benev | evaluation rapport
T Restitution de l'évaluation
B Le cabinet a présenté ses conclusions au comité de gouvernance : projet « au-delà des objectifs »
  sur la fréquentation et la mixité, fragile sur le modèle économique et sur la charge des
  bénévoles. 12 recommandations, dont pérenniser le poste d'accueil et revoir la grille de location.

@ 2025-10-02 10:30 | 1 | link | eval | evaluation rapport
T Rapport final en ligne
B Le rapport d'évaluation complet (84 p.) et la synthèse de 4 pages. Merci à tous ceux qui ont
  répondu aux entretiens.
U https://aiguillage-belcastel.fr/documents/rapport-evaluation-2025.pdf

@ 2025-10-07 18:00 | 10 | note | benev eval | benevoles
T Les bénévoles et les suites de l'éval
B Réunion des bénévoles sur les recommandations du rapport : on veut un référent par pôle et un
  planning partagé en ligne pour ne plus tout faire reposer sur les mêmes. Nouvelle formation
  accueil en novembre.

@ 2025-10-10 11:00 | 4 | note | gouv eval loc | gouvernance evaluation
T Comité : suites de l'évaluation
B Le comité de gouvernance a adopté 9 recommandations sur 12. Refusée : la hausse des tarifs de
  location pour les assos. Le mandat des usagers tirés au sort est prolongé d'un an.

@ 2025-10-13 16:00 | 3 | photo | fab | fablab college
T Les 5e au fab lab
B Nouvelle promo, 14 élèves. On commence par un porte-nom imprimé, classique mais efficace.
C Première séance des 5e : prise en main de l'imprimante 3D

@ 2025-10-14 12:00 | 6 | audio | eval radio | radio evaluation
T Émission spéciale : un an de gare
B Extrait de l'émission de midi.
X Aujourd'hui on revient sur le rapport d'évaluation de L'Aiguillage avec Claire Vidal. Alors
  Claire, qu'est-ce qui vous a surpris ? — Le nombre de personnes âgées qui viennent pour autre
  chose que le numérique : les concerts, le ciné…

@ 2025-10-16 20:30 | 2 | note | cine | cineclub
T Ciné-club, saison 2
B Reprise ! Moyenne de la saison 1 : 48 spectateurs par séance. Cette année, un jeudi sur deux en VO
  et une séance par mois pour les scolaires avec le collège.
"""

# Filler pools: "% theme | tags", then T titles, S sentences, R sentences that must be used at least once,
# P photo captions, X audio transcripts. "{a-b} " at the start of an item: only in months a to b.
POOLS = """
% imprimante | bureau materiel
T Imprimante
T Encre et papier
T Photocopieur
S L'imprimante du 1er étage de la com com est encore en bourrage papier, j'ai mis un mot dessus.
R Plus de cartouche noire pour l'imprimante de l'accueil, commande passée chez le fournisseur.
S J'ai imprimé les feuilles de congés, elles sont dans la bannette de Claire.
S Qqn a lancé 80 pages en couleur sur l'imprimante partagée ? Le budget encre va exploser.
R Rappel : imprimer en recto verso par défaut svp, on a vidé 3 ramettes cette semaine.
S Le technicien du photocopieur passe jeudi pour le contrat de maintenance.
P Bourrage papier, encore et toujours
P Les cartons de ramettes livrés à l'accueil

% vehicule | vehicule
T Kangoo
T Voiture de service
T Route
R Le Kangoo du service est au garage Cabrol pour l'embrayage, réparation prévue jusqu'à jeudi.
S Pneu crevé sur la D991 en rentrant de Millau, la dépanneuse a mis une heure.
S Pensez à noter les kilomètres dans le carnet du véhicule, l'audit approche.
S Contrôle technique de la Clio : contre-visite pour les plaquettes.
S Plein du Kangoo fait, la carte carburant est dans la boîte à gants.
R Location d'un camion 12 m3 pour déménager les archives de la mairie vendredi, réservé chez le
  loueur de Millau.
R Projection de gravillons sur le pare-brise du Kangoo, petit impact à surveiller.
P Le Kangoo sur le pont chez Cabrol
P Bouchon derrière un tracteur sur la départementale
X Bon, je suis coincée derrière un tracteur sur la départementale, j'aurai un quart d'heure de
  retard, commencez sans moi.

% foot | foot village
T Foot
T ESB
T Stade
S {4-6} L'ESB a gagné 3-1 contre Saint-Affrique, les seniors remontent en D2 !
R Le club de foot cherche encore des bénévoles pour tenir la buvette du stade dimanche.
R Tournoi U13 samedi au stade, parking fermé côté vestiaires.
R Questionnaire de santé à remplir pour renouveler la licence du petit, quelqu'un sait où on le
  trouve ?
R Concert de klaxons dans tout le village après la qualif en coupe.
S L'entraîneur des jeunes du foot a démissionné, le club galère pour le remplacer.
R Les seniors du club jouent à domicile, coup d'envoi 15h.
P Le stade sous la pluie, match quand même
P Remise des maillots aux U11
X Trois-un ! Trois-un contre Saint-Affrique ! Bon, je vous raconte lundi, là j'entends plus rien
  avec les klaxons.

% marche | marche village
T Marché
T Marché du samedi
T Courses
S {5-6} Passé au marché ce matin, les premières fraises à 9 € la barquette…
R Le marché du samedi est déplacé sur le parking de l'église pendant les travaux de voirie rue du
  Lavoir.
S Super fromage de brebis au stand du Larzac, je vous en ai pris pour le pot de vendredi.
R {11-12} Marché de Noël le 14 décembre sur la place, le comité des fêtes cherche des exposants.
S Plus de place pour se garer les jours de marché, venez à pied si vous pouvez.
S {9-10} Les cèpes sont arrivés au marché, à prix d'or évidemment.
P Les étals du marché du samedi
P Cagettes de tomates anciennes au stand bio
X {9-10} Petit message : si vous voulez des cèpes, c'est maintenant au marché, mais faut casser la
  tirelire.

% parking | parking
T Parking
T Stationnement
T Portail
S Le parking de la mairie sera fermé mardi pour l'élagage des platanes.
S Qqn a laissé ses phares allumés sur le parking, Clio grise.
R Nouveau code d'accès du portail des services techniques : demandez-le à l'accueil.
R Les panneaux du parking ont été tagués cette nuit, signalement fait en mairie.
S Le portail du parking reste bloqué en position ouverte depuis l'orage.
S Stationnement interdit devant la pharmacie jeudi, livraison de la grue pour le toit de l'école.
P Les platanes du parking avant l'élagage
P Le portail coincé grand ouvert

% meteo | meteo
T Météo
T Le temps qu'il fait
T Météo du jour
S {5-9} Orage annoncé cet aprem, pensez à fermer les velux.
R {6-8} Canicule : le bureau est exposé plein sud, on ferme les volets dès 11h.
S {12-2} Neige sur le Larzac, la route de Nant est fermée, je pose une journée de congé.
S {5-8} Grêle sur la vallée hier soir, les vignes de Jean-Paul ont morflé.
S Brouillard à couper au couteau ce matin sur le viaduc, prudence.
S {6-8} 38 °C dans les bureaux, qqn a un ventilo à prêter ?
P Ciel noir au-dessus du causse
P Le viaduc dans le brouillard ce matin

% pause | equipe pause
T Salle de pause
T Café
T Pot
S Plus de café dans le placard de la salle de pause, qqn passe à l'épicerie ?
S Gâteau pour l'anniversaire de Mireille à 16h en salle de pause !
R {6-6} Cagnotte en ligne pour le départ en retraite de Josiane : le lien est dans vos mails.
S Le frigo de la salle de pause, c'est vendredi qu'on le vide, dernier avertissement.
S {6-6} Pot de départ de Josiane jeudi 17h, tout le monde est invité.
S Les restes de fouace sont sur la table de la cuisine, servez-vous.
P La fouace de l'anniversaire
P Le frigo, avant le grand ménage

% equipe | equipe conges
T Absence
T Congés
T Info RH
S Je pose mon vendredi, joignable par SMS en cas d'urgence.
S {7-8} Bonnes vacances à tous, retour le 26 !
S Mon fils a la varicelle, je décale mes rendez-vous de la semaine.
R Bilan sanguin demain à 8h, j'arrive vers 10h.
R Entretien annuel d'évaluation avec la DGS mardi, je serai absente de 14h à 15h.
R Formation SST obligatoire pour les agents de la com com le 12, inscription auprès des RH.
S Rappel : les fiches de frais de déplacement sont à rendre avant le 5.
R Qui a pris le chargeur de portable gris dans le bureau ? Merci de le rapporter.
R Mon smartphone pro a rendu l'âme, joignable sur le fixe en attendant le nouveau.
S La salle d'attente du dentiste était pleine, j'arrive en retard.
X Coucou, c'est moi, j'ai raté le car, j'arrive avec le suivant, désolée.

% mairie | mairie village
T Mairie
T Village
T Info commune
R Conseil municipal jeudi 20h30, ordre du jour : cantine et voirie.
R Enquête publique sur le PLU en mairie jusqu'au 30, le commissaire enquêteur tient permanence le
  mercredi.
R {10-12} Campagne de vaccination contre la grippe au cabinet médical, sans rendez-vous le mardi.
S {10-11} Un conseil : prenez un parapluie pour la cérémonie du 11 novembre, ça va tomber.
S Les gendarmes enquêtent sur le vol de gasoil aux services techniques.
R Le sondage de La Dépêche sur les municipales fait jaser au bistrot.
R Tournoi de pétanque du comité des fêtes samedi, inscriptions au café de la place.
R {3-3} Ouverture de la pêche samedi, la moitié du village sera au bord de la Dourbie.
P La place de la mairie sous les lampions
P Affiche de la pétanque sur la porte du bistrot

% divers | divers
T Divers
T Petite info
T En passant
R Le fournisseur de tables nous fait tout un cinéma pour une facture de 40 €.
R On a décidé de concert avec la mairie de repousser le vide-grenier d'une semaine.
R Le film plastique des palettes traîne dans la cour, qqn peut le mettre au tri ?
R J'ai réparé la bourde du tableau de congés : j'avais inversé deux colonnes, c'est corrigé.
R {7-8} Les horaires du car pour Millau changent au 1er septembre, le 7h12 passe à 7h05.
R Qqn a vu mon antivol de vélo ? Je l'ai laissé dans la cour hier.
R {4-7} Je loue un gîte à Nant pour la famille en août, si vous avez des adresses je prends.
R Le code wifi de la mairie a changé, il est affiché derrière la porte du secrétariat.
P Les palettes emballées dans la cour
X Allô, c'est Bernard, je rappelle que la cour de la mairie sera fermée demain pour le vide-grenier.
"""

# Filler links: title | url | body | tags (used at most once each).
LINKS = """
L Horaires car ligne 214 | https://www.transports-aveyron.fr/lignes/214-horaires
  | Les horaires à jour du car Belcastel-Millau, à garder sous le coude. | transport
L Météo du week-end | https://meteo-causses.fr/previsions/belcastel-sur-dourbie
  | Prévisions pour le week-end, ça a l'air de se gâter. | meteo
L Résultats de l'ESB | https://esbelcastel-foot.fr/resultats-seniors
  | Le classement des seniors, on est 3e ! | foot
L Menus de la cantine | https://www.belcastel-sur-dourbie.fr/vie-pratique/menus-cantine
  | Pour ceux qui mangent à la cantine le jeudi. | mairie
L Loueur de camions | https://www.millau-utilitaires.fr/reservation
  | Le loueur de camions de Millau, tarifs à la journée. | vehicule
L Enquête publique PLU | https://www.belcastel-sur-dourbie.fr/urbanisme/enquete-publique-plu
  | Le dossier du PLU et les dates de permanence du commissaire enquêteur. | mairie
L Vide-grenier | https://www.belcastel-sur-dourbie.fr/agenda/vide-grenier
  | La date du vide-grenier et le plan des emplacements. | village
"""

TAILS = ["", "", "", " Merci !", " Bonne journée.", " Bon week-end.", " cc Claire", " Dsl pour le bruit :)"]
AUDIO_BODIES = ["Mémo vocal.", "Message vocal.", "Vocal en route."]
SPECIAL_DAYS = ["06-03", "10-19"]  # days used by the date queries: no filler on them (either year)

# Queries: type | q | spec | explanation.  spec: "topic T [T...]", "phrase T <text>",
# "exclude T word", "author Firstname", "stage word", "tag name", "month YYYY-MM", "day MM-DD", "none".
# A line starting with two spaces continues the previous query line.
QUERIES = """
synonyme | fête d'ouverture | topic inaug | « fête d'ouverture » = inauguration, portes ouvertes,
  week-end d'ouverture
synonyme | accès handicapés | topic acces | « handicapés » : les entrées parlent de PMR, fauteuil,
  rampe, élévateur, boucle magnétique
synonyme | bosser à distance | topic cowork | télétravail : entrées sur le coworking et ses abonnés
  (télétravailleurs, indépendants)
synonyme | cagnotte en ligne | topic crowd | les entrées disent collecte, financement participatif,
  campagne ; la cagnotte de Josiane (remplissage) est un piège
synonyme | rafistolage | topic repair | réparer des objets : toutes les entrées du repair café
synonyme | conseil des ados | topic jeunes | « ados » = le conseil des jeunes (CDJ) et la
  participation des jeunes
synonyme | soirée cinoche | topic cine | « cinoche » = ciné-club, projections, séances
synonyme | sondage du public | topic enquete | l'enquête usagers (questionnaire) ; le sondage de La
  Dépêche est un piège
synonyme | les ouvriers dans la gare | topic trav | les entrées parlent de chantier, couvreurs,
  charpentier, plombier, monteurs
synonyme | papys et mamies sur le portable | topic numi | les aînés et le numérique : ateliers
  smartphone, démarches en ligne
forme | imprimer en 3d | topic fab | verbe pour les entrées « imprimante », « impression », «
  imprimé » du fab lab ; l'imprimante du bureau est un piège
forme | louer les salles | topic loc | verbe pour « location », « privatisations », « salles louées
  »
forme | bénévolat | topic benev | nom pour les entrées sur les bénévoles, leur recrutement et leur
  formation
forme | évaluer le projet | topic eval | verbe pour « évaluation », cabinet, indicateurs, rapport
forme | exposer | topic expo | verbe pour « expo », « exposition », accrochage, vernissage ; «
  exposé plein sud » est un piège
forme | concerts programmés | topic concert | pluriel + participe : concerts, soirées musicales,
  festival
multi | atelier smartphone seniors | topic numi | inclusion numérique des aînés
multi | horaires d'ouverture et personnel | topic horaires | horaires, plages d'ouverture,
  effectifs, recrutement à l'accueil
multi | comité gouvernance tiers-lieu | topic gouv | copil puis comité de gouvernance
multi | mise en accessibilité du bâtiment | topic acces | accessibilité du lieu sous toutes ses
  formes
multi | collégiens fab lab | topic fab | le fab lab et l'impression 3D avec les élèves
multi | travaux de rénovation de la gare | topic trav | le chantier de réhabilitation ; les travaux
  de voirie du village sont un piège
question | qui a parlé de l'obsolescence programmée ? | topic obso | entrées qui traitent
  d'obsolescence, de réparabilité ou de pièces introuvables
question | on en est où avec les bénévoles ? | topic benev | recrutement, formation, rôle des
  bénévoles
question | qui tient l'accueil et à quelles heures on ouvre ? | topic horaires | horaires et
  effectifs
question | comment se sont passées nos campagnes de crowdfunding ? | topic crowd | les deux
  collectes en ligne et leurs suites
question | est-ce que les jeunes ont leur mot à dire ? | topic jeunes | participation des jeunes :
  CDJ, budget, sièges au comité
question | comment on a évalué le tiers-lieu ? | topic eval | indicateurs, enquête reprise dans
  l'évaluation, cabinet, rapport, suites
faute | acessibilite | topic acces | faute + accents manquants pour « accessibilité »
faute | inaguration | topic inaug | faute pour « inauguration »
faute | cowroking | topic cowork | lettres inversées pour « coworking »
faute | subvension | topic subv | faute pour « subvention »
faute | expositon | topic expo | lettre manquante pour « exposition »
faute | locaton des salles | topic loc | lettre manquante pour « location »
faute | questionaire usagers | topic enquete | « questionnaire » avec un seul n
citation | "imprimante 3D" | phrase fab imprimante 3D | entrées du fab lab contenant l'expression
  exacte (« imprimantes 3D » au pluriel exclu)
citation | "comité de pilotage" | phrase gouv comité de pilotage | entrées sur les instances
  contenant l'expression exacte
citation | "démarches en ligne" | phrase numi démarches en ligne | entrées d'inclusion numérique
  contenant l'expression exacte
exclusion | concerts -jazz | exclude concert jazz | les concerts sauf les entrées contenant « jazz »
exclusion | subventions NOT drac | exclude subv drac | les subventions sauf les entrées contenant «
  DRAC »
exclusion | repair café -vélo | exclude repair vélo | le repair café sauf les entrées contenant «
  vélo(s) »
champ | auteur:Nadia | author Nadia | toutes les entrées de Nadia Ferreira
champ | auteur:Thomas | author Thomas | toutes les entrées de Thomas Lacombe
champ | escale:chantier | stage chantier | toutes les entrées de l'escale « Chantier de la gare »
champ | #repaircafe | tag repaircafe | toutes les entrées portant le tag repaircafe
champ | #benevoles | tag benevoles | toutes les entrées portant le tag benevoles
date | mars 2025 | month 2025-03 | toutes les entrées de mars 2025
date | avril 2024 | month 2024-04 | toutes les entrées d'avril 2024
date | le 19 octobre | day 10-19 | entrées du 19 octobre (2024 ; rien en 2025)
date | réunion du 3 juin | day 06-03 | entrées du 3 juin (2025 : 1er comité de gouvernance ; rien en
  2024)
sans-reponse | y a un tournoi de jeux vidéo ? | none | aucun tournoi de jeux vidéo ; « tournoi »
  n'apparaît que pour le foot et la pétanque
sans-reponse | des panneaux solaires sur le toit de la gare ? | none | pas de photovoltaïque ; «
  panneaux » = acoustiques ou du parking
sans-reponse | on peut louer des vélos électriques ? | none | pas de location de vélos ; « louer » =
  salles, gîte, camion
sans-reponse | atelier code de la route pour les seniors ? | none | pas de code de la route ; « code
  » = SMS, portail, wifi ; « seniors » = foot
"""

TYPE_LABELS = {
    "synonyme": "synonyme",
    "forme": "forme",
    "multi": "multi-mots",
    "question": "question",
    "faute": "faute de frappe",
    "citation": "citation",
    "exclusion": "exclusion",
    "champ": "champ",
    "date": "date",
    "sans-reponse": "sans réponse",
}

KINDS = {"note", "photo", "audio", "video", "drawing", "testimony", "link"}


def fold(text):
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text)


def last_sunday(year, month):
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while day.weekday() != 6:
        day -= dt.timedelta(days=1)
    return day


def paris_offset(naive):
    """EU rule: summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00."""
    start = dt.datetime.combine(last_sunday(naive.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(last_sunday(naive.year, 10), dt.time(3, 0))
    return "+02:00" if start <= naive < end else "+01:00"


def iso_paris(naive):
    return naive.strftime("%Y-%m-%dT%H:%M:00") + paris_offset(naive)


def stage_of(day):
    for sid, _title, start, end in STAGES:
        if dt.date.fromisoformat(start) <= day and (end is None or day <= dt.date.fromisoformat(end)):
            return sid
    raise ValueError(f"date outside the stages: {day}")


def parse_blocks(text, head):
    """Split a text block into records starting with `head`; returns lists of (key, value) lines."""
    records, cur = [], None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if raw.startswith(head):
            cur = [(head.strip(), raw[len(head) :].strip())]
            records.append(cur)
        elif raw.startswith("  "):
            key, val = cur[-1]
            cur[-1] = (key, val + " " + raw.strip())
        else:
            cur.append((raw[0], raw[2:].strip()))
    assert records
    return records


def parse_hand():
    entries = []
    for rec in parse_blocks(HAND, "@ "):
        when, author, kind, topics, tags = [p.strip() for p in rec[0][1].split("|")]
        e = {
            "when": dt.datetime.strptime(when, "%Y-%m-%d %H:%M"),
            "author": int(author),
            "kind": kind,
            "topics": [t.rstrip("*") for t in topics.split()],
            "stars": [t.rstrip("*") for t in topics.split() if t.endswith("*")],
            "tags": tags.split(),
            "title": "",
            "body": "",
            "caption": "",
            "transcript": "",
            "speaker_name": "",
            "speaker_role": "",
            "url": "",
            "filler": False,
        }
        for key, val in rec[1:]:
            field = {"T": "title", "B": "body", "C": "caption", "X": "transcript", "U": "url"}.get(key)
            if field:
                e[field] = val
            elif key == "S":
                name, role = val.split(";")
                e["speaker_name"], e["speaker_role"] = name.strip(), role.strip()
            else:
                raise ValueError(f"unknown field {key!r} in {e['title']}")
        for t in e["topics"]:
            assert t in TOPICS, t
        entries.append(e)
    return entries


def parse_pools():
    themes = []
    for rec in parse_blocks(POOLS, "% "):
        name, tags = [p.strip() for p in rec[0][1].split("|")]
        th = {"name": name, "tags": tags.split(), "T": [], "S": [], "R": [], "P": [], "X": []}
        for key, val in rec[1:]:
            th[key].append(val)
        th["S"] += th["R"]  # R = required sentence: used at least once (a trap the set relies on)
        themes.append(th)
    links = []
    for rec in parse_blocks(LINKS, "L "):
        title, url, body, tags = [p.strip() for p in rec[0][1].split("|")]
        links.append({"title": title, "url": url, "body": body, "tags": tags.split()})
    return themes, links


def in_season(item, month):
    """Items may start with "{a-b} ": only used from month a to month b (wrapping over new year)."""
    m = re.match(r"\{(\d+)-(\d+)\} ", item)
    if not m:
        return True
    a, b = int(m.group(1)), int(m.group(2))
    return a <= month <= b if a <= b else (month >= a or month <= b)


def unseason(item):
    return re.sub(r"^\{\d+-\d+\} ", "", item)


def make_filler(rng, taken):
    themes, links = parse_pools()
    first = dt.date(2024, 2, 6)
    last = dt.date(2025, 10, 17)
    span = (last - first).days
    fillers, seen = [], set()
    required = [(th, r) for th in themes for r in th["R"]]
    while len(fillers) < N_FILLER:
        day = first + dt.timedelta(days=rng.randrange(span + 1))
        minute = rng.randrange(7 * 60 + 30, 19 * 60 + 30)
        when = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
        if day.strftime("%m-%d") in SPECIAL_DAYS or when in taken:
            continue
        if required:
            th, must = required[0]
            if not in_season(must, day.month):
                continue
            e = {
                "kind": "note",
                "title": unseason(rng.choice([t for t in th["T"] if in_season(t, day.month)])),
                "body": unseason(must) + rng.choice(TAILS),
                "tags": list(th["tags"]),
                "caption": "",
                "transcript": "",
                "speaker_name": "",
                "speaker_role": "",
                "url": "",
                "topics": [],
                "stars": [],
                "filler": True,
                "when": when,
                "author": rng.randint(1, 10),
            }
            required.pop(0)
            taken.add(when)
            seen.add((e["title"], e["body"], ""))
            fillers.append(e)
            continue
        th = rng.choice(themes)
        pool = {k: [x for x in th[k] if in_season(x, day.month)] for k in "TSPX"}
        if not pool["T"] or not pool["S"]:
            continue
        kind = rng.choices(["note", "photo", "audio", "link"], weights=[58, 24, 9, 9])[0]
        if (kind == "photo" and not pool["P"]) or (kind == "audio" and not pool["X"]):
            kind = "note"
        if kind == "link" and not links:
            kind = "note"
        e = {
            "kind": kind,
            "title": unseason(rng.choice(pool["T"])),
            "tags": list(th["tags"]),
            "caption": "",
            "transcript": "",
            "speaker_name": "",
            "speaker_role": "",
            "url": "",
            "topics": [],
            "stars": [],
            "filler": True,
        }
        if kind == "link":
            link = links.pop(rng.randrange(len(links)))
            e.update(title=link["title"], body=link["body"], url=link["url"], tags=link["tags"])
        elif kind == "audio":
            e["body"] = rng.choice(AUDIO_BODIES)
            e["transcript"] = unseason(rng.choice(pool["X"]))
        else:
            n = min(len(pool["S"]), rng.choice([1, 1, 2]))
            e["body"] = " ".join(unseason(x) for x in rng.sample(pool["S"], n)) + rng.choice(TAILS)
            if kind == "photo":
                e["caption"] = unseason(rng.choice(pool["P"]))
        key = (e["title"], e["body"], e["transcript"])
        if key in seen:
            continue
        taken.add(when)
        seen.add(key)
        e["when"] = when
        e["author"] = rng.randint(1, 10)
        fillers.append(e)
    return fillers


def text_of(e):
    return fold(" ".join([e["title"], e["body"], e["caption"], e["transcript"], " ".join(e["tags"])]))


def text_no_tags(e):
    return fold(" ".join([e["title"], e["body"], e["caption"], e["transcript"]]))


def judge(spec, entries):
    """Returns (relevant ids, top3 ids) for a query spec."""
    op, _, arg = spec.partition(" ")

    def topic_set(names):
        return [e for e in entries if set(names) & set(e["topics"])]

    def stars(names, rel):
        ids = {e["id"] for e in rel}
        return [e["id"] for e in entries if set(names) & set(e["stars"]) and e["id"] in ids]

    if op == "topic":
        names = arg.split()
        rel = topic_set(names)
        return [e["id"] for e in rel], stars(names, rel)
    if op == "phrase":
        topic, phrase = arg.split(" ", 1)
        pat = re.compile(r"\b" + re.escape(fold(phrase)) + r"\b")
        rel = [e for e in topic_set([topic]) if pat.search(text_of(e))]
        assert rel == [e for e in topic_set([topic]) if pat.search(text_no_tags(e))]
        return [e["id"] for e in rel], stars([topic], rel)
    if op == "exclude":
        topic, word = arg.split()
        w = re.escape(fold(word))
        pat = re.compile(r"\b(" + w + "|" + w + r"s)\b")
        rel = [e for e in topic_set([topic]) if not pat.search(text_of(e))]
        assert rel == [e for e in topic_set([topic]) if not pat.search(text_no_tags(e))]
        assert len(rel) < len(topic_set([topic])), spec
        return [e["id"] for e in rel], stars([topic], rel)
    if op == "author":
        aids = {a for a, name in AUTHORS if fold(name.split()[0]) == fold(arg)}
        assert len(aids) == 1, spec
        return [e["id"] for e in entries if e["author"] in aids], []
    if op == "stage":
        sids = {s[0] for s in STAGES if fold(arg) in fold(s[1]).split()}
        assert len(sids) == 1, spec
        return [e["id"] for e in entries if e["stage"] in sids], []
    if op == "tag":
        return [e["id"] for e in entries if arg in e["tags"]], []
    if op == "month":
        return [e["id"] for e in entries if e["when"].strftime("%Y-%m") == arg], []
    if op == "day":
        rel = [e["id"] for e in entries if e["when"].strftime("%m-%d") == arg]
        return rel, (rel if len(rel) <= 2 else [])
    if op == "none":
        return [], []
    raise ValueError(spec)


def build():
    rng = random.Random(SEED)
    hand = parse_hand()
    taken = {e["when"] for e in hand}
    assert len(taken) == len(hand), "two hand-written entries share a timestamp"
    entries = sorted(hand + make_filler(rng, taken), key=lambda e: e["when"])
    for i, e in enumerate(entries, 1):
        e["id"] = i
        e["stage"] = stage_of(e["when"].date())
    queries, qtypes = [], []
    lines = []
    for raw in QUERIES.strip().splitlines():
        if raw.startswith("  "):
            lines[-1] += " " + raw.strip()
        else:
            lines.append(raw)
    for line in lines:
        qtype, q, spec, why = [p.strip() for p in line.split("|")]
        rel, top3 = judge(spec, entries)
        queries.append(
            {
                "q": q,
                "relevant": rel,
                "top3": top3,
                "why": f"[{TYPE_LABELS[qtype]}] {why} ({len(rel)} pertinentes)",
            }
        )
        qtypes.append((qtype, spec))
    out_entries = []
    for e in entries:
        out_entries.append(
            {
                "id": e["id"],
                "kind": e["kind"],
                "title": e["title"],
                "body": e["body"],
                "tags": e["tags"],
                "occurred_at": iso_paris(e["when"]),
                "stage": e["stage"],
                "author": e["author"],
                "caption": e["caption"],
                "transcript": e["transcript"],
                "speaker_name": e["speaker_name"],
                "speaker_role": e["speaker_role"],
                "url": e["url"],
            }
        )
    data = {
        "name": NAME,
        "language": "fr",
        "logbook": LOGBOOK,
        "stages": [{"id": s, "title": t, "starts_on": a, "ends_on": b} for s, t, a, b in STAGES],
        "authors": [{"id": a, "name": n} for a, n in AUTHORS],
        "entries": out_entries,
        "queries": queries,
    }
    return data, entries, qtypes


def check(data, entries, qtypes):
    errors = []

    def err(msg):
        errors.append(msg)

    ents = data["entries"]
    ids = [e["id"] for e in ents]
    if ids != list(range(1, len(ents) + 1)):
        err("ids are not 1..N")
    if not 320 <= len(ents) <= 360:
        err(f"{len(ents)} entries, expected 320-360")
    stamps = [dt.datetime.fromisoformat(e["occurred_at"]) for e in ents]
    if any(b <= a for a, b in itertools.pairwise(stamps)):
        err("entries not in strictly increasing time order")
    try:
        from zoneinfo import ZoneInfo

        paris = ZoneInfo("Europe/Paris")
    except (ImportError, KeyError, OSError):  # no tz database: the rule-based check still runs
        paris = None
    stage_ranges = {s["id"]: (s["starts_on"], s["ends_on"]) for s in data["stages"]}
    if [s["id"] for s in data["stages"]] != [1, 2, 3, 4, 5] or data["stages"][-1]["ends_on"] is not None:
        err("stages must be 1..5 with the last one open")
    author_ids = {a["id"] for a in data["authors"]}
    if author_ids != set(range(1, 11)) or any(len(a["name"].split()) < 2 for a in data["authors"]):
        err("authors must be 1..10 with first and last names")
    for e, ts in zip(ents, stamps):
        naive = ts.replace(tzinfo=None)
        if e["occurred_at"][-6:] != paris_offset(naive):
            err(f"entry {e['id']}: wrong Paris offset")
        if paris is not None:
            real = naive.replace(tzinfo=paris).utcoffset()
            if real != ts.utcoffset():
                err(f"entry {e['id']}: offset disagrees with zoneinfo")
        start, end = stage_ranges[e["stage"]]
        day = naive.date().isoformat()
        if day < start or (end is not None and day > end):
            err(f"entry {e['id']}: stage {e['stage']} does not match {day}")
        if not isinstance(e["author"], int) or e["author"] not in author_ids:
            err(f"entry {e['id']}: bad author")
        if e["kind"] not in KINDS:
            err(f"entry {e['id']}: bad kind")
        if not e["title"] or not e["tags"] or any("#" in t or not t for t in e["tags"]):
            err(f"entry {e['id']}: title/tags")
        testimony = e["kind"] == "testimony"
        if testimony != bool(e["speaker_name"] and e["speaker_role"]):
            err(f"entry {e['id']}: speaker fields")
        if not testimony and (e["speaker_name"] or e["speaker_role"]):
            err(f"entry {e['id']}: speaker on a non-testimony")
        if (e["kind"] == "link") != bool(e["url"]):
            err(f"entry {e['id']}: url")
        if (e["kind"] in ("audio", "video")) != bool(e["transcript"]):
            err(f"entry {e['id']}: transcript")
        if e["kind"] in ("photo", "video", "drawing") and not e["caption"]:
            err(f"entry {e['id']}: caption missing")
        for f in ("title", "body", "caption", "transcript", "speaker_name", "speaker_role", "url"):
            if not isinstance(e[f], str):
                err(f"entry {e['id']}: {f} is not a string")
    by_id = {e["id"]: e for e in entries}
    qs = data["queries"]
    if not 52 <= len(qs) <= 56:
        err(f"{len(qs)} queries, expected 52-56")
    if len({q["q"] for q in qs}) != len(qs):
        err("duplicate query text")
    for q, (qtype, spec) in zip(qs, qtypes):
        rel, top = q["relevant"], q["top3"]
        if any(i not in by_id for i in rel + top):
            err(f"query {q['q']!r}: unknown id")
        if not set(top) <= set(rel) or len(top) > 2:
            err(f"query {q['q']!r}: top3 not within relevant or too long")
        if rel != sorted(set(rel)):
            err(f"query {q['q']!r}: relevant not sorted/unique")
        if qtype != "sans-reponse" and not rel:
            err(f"query {q['q']!r}: empty")
        if qtype not in ("champ", "date") and any(by_id[i]["filler"] for i in rel):
            err(f"query {q['q']!r}: filler judged relevant")
        if spec.startswith("day") and (len(rel) < 2 or any(by_id[i]["filler"] for i in rel)):
            err(f"query {q['q']!r}: a day query needs hand-written entries and no filler")
        if not q["why"].startswith("["):
            err(f"query {q['q']!r}: why")
    if sum(1 for q in qs if not q["relevant"]) < 4:
        err("fewer than 4 no-answer queries")
    themes, _links = parse_pools()
    filler_text = " ".join(e["body"] for e in entries if e["filler"])
    if any(unseason(r) not in filler_text for th in themes for r in th["R"]):
        err("a required filler sentence was not used")
    if any(by_id[i]["filler"] and by_id[i]["topics"] for i in by_id):
        err("a filler entry carries a topic")
    hand = [e for e in entries if not e["filler"]]
    if any(not e["topics"] for e in hand):
        err("a hand-written entry has no topic")
    for t in TOPICS:
        if sum(1 for e in hand if t in e["stars"]) > 2:
            err(f"topic {t}: more than 2 starred entries")
    return errors


def main():
    data, entries, qtypes = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(OUT, encoding="utf-8") as fh:
        reread = json.load(fh)
    errors = check(reread, entries, qtypes)
    hand = sum(1 for e in entries if not e["filler"])
    counts = {}
    for qtype, _spec in qtypes:
        counts[qtype] = counts.get(qtype, 0) + 1
    print(f"{NAME}: {len(entries)} entries ({hand} hand-written, {len(entries) - hand} filler)")
    print("queries: " + ", ".join(f"{TYPE_LABELS[k]} {v}" for k, v in counts.items()) + f" = {len(qtypes)}")
    topic_counts = {t: sum(1 for e in entries if t in e["topics"]) for t in TOPICS}
    print("topics: " + ", ".join(f"{t} {n}" for t, n in topic_counts.items()))
    if errors:
        for msg in errors:
            print("ERROR:", msg)
        sys.exit(1)
    print("checks OK")


if __name__ == "__main__":
    main()
