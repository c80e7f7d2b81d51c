#!/usr/bin/env python3
# ruff: noqa
"""Jeu jugé « dev4_fr » : carnet de bord du projet Valromme Emploi (retour à l'emploi, Pays de Valromme).

Script déterministe, bibliothèque standard uniquement. Écrit dev4_fr.json à côté de lui puis le vérifie.
Les entrées rédigées à la main portent la liste des sujets (étiquettes) qu'elles traitent, jugés à la
lecture ; « * » = entrée qu'une bonne recherche doit classer dans ses 3 premiers résultats pour ce sujet.
Les entrées de remplissage (vie d'équipe) sont tirées avec une graine fixe et ne répondent à aucun sujet.
"""

import json
import os
import random
import re
import sys
from datetime import date, datetime, timedelta

NAME = "dev4_fr"
SEED = 40417
N_FILLER = 190
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".json")

LOGBOOK = {
    "title": "Valromme Emploi — carnet de bord",
    "description": (
        "Carnet partagé du projet de retour à l'emploi et d'inclusion sociale du Pays de Valromme : "
        "CIAS, France Travail, mission locale, chantier d'insertion espaces verts, recyclerie, "
        "auto-école sociale, crèche à horaires élargis et employeurs du territoire. Notes, photos, "
        "mémos vocaux, vidéos et témoignages postés depuis le terrain."
    ),
}

STAGES = [
    (1, "Diagnostic et premiers accueils", "2024-01-08", "2024-04-30"),
    (2, "Mobilité et garde d'enfants", "2024-05-01", "2024-09-30"),
    (3, "Ateliers, savoirs de base et numérique", "2024-10-01", "2025-02-28"),
    (4, "Rencontres avec les employeurs", "2025-03-01", "2025-06-30"),
    (5, "Bilan et évaluation finale", "2025-07-01", None),
]
LAST_DAY = date(2025, 9, 30)

AUTHORS = [
    (1, "Sandrine Morel"),  # cheffe de projet, CIAS
    (2, "Karim Benali"),  # conseiller France Travail
    (3, "Léa Fournier"),  # conseillère mission locale
    (4, "Thierry Gauthier"),  # encadrant technique du chantier d'insertion
    (5, "Nadia Chevalier"),  # encadrante de la recyclerie
    (6, "Julien Perrin"),  # moniteur de l'auto-école sociale
    (7, "Martine Roussel"),  # directrice de la crèche Les P'tits Pas
    (8, "Élodie Marchand"),  # formatrice savoirs de base, FLE, numérique
    (9, "Bruno Lefèvre"),  # chargé de relations entreprises
    (10, "Camille Dubois"),  # chargée d'évaluation
]

# Étiquettes de sujets :
#   rsa (allocataires du RSA), cv (rédiger son CV), entretien (entretiens d'embauche : préparation, passage),
#   permis (permis de conduire, code, auto-école), permisok (réussite au code ou au permis),
#   voiture (accès des participants à une voiture), scooter (scooters, cyclomoteurs),
#   pret (prêt/location de véhicules aux participants), mobilite (solutions de transport pour les
#   participants ; inclut automatiquement voiture, scooter, pret), garde (garde des enfants des participants),
#   numerique (compétences numériques), lecture (illettrisme, savoirs de base, cours de français, FLE),
#   neet (jeunes ni en emploi ni en formation, CEJ), petitdej (petits-déjeuners employeurs),
#   jobdating, employeurs (relations avec les employeurs), immersion (immersions, PMSMP, stages,
#   périodes d'essai), sante (freins de santé), enquete (questionnaires et retours des participants),
#   copil (comité de pilotage), copildernier (le dernier copil), evaluation (évaluation du projet),
#   chantier (chantier d'insertion espaces verts), recyclerie, embauche (retours à l'emploi obtenus).
# En-tête : @ date heure | auteur | type | étiquettes ; T titre, B corps, C légende, R transcription,
# S orateur | rôle, U url, G tags. Une ligne qui commence par deux espaces continue le champ précédent.
HAND = """
@ 2024-01-09 09:30 | 1 | note | rsa
T: Lancement de Valromme Emploi
B: Réunion de lancement ce matin à la com com, une quinzaine de structures autour de la table. Cible :
  env. 120 allocataires du RSA du Pays de Valromme à remettre en mouvement d'ici fin 2025. 1er chantier :
  le diag des freins périphériques, personne par personne.
G: lancement, partenariat

@ 2024-01-11 14:10 | 2 | note | rsa*
T: 143 BRSA dans le fichier
B: Extraction faite : 143 bénéficiaires RSA orientés chez nous sur le territoire, dont 38 sans aucun rdv
  depuis plus d'un an. J'appelle tout le monde cette semaine, bcp de numéros qui répondent plus...
G: rsa, fichier

@ 2024-01-16 10:00 | 10 | note | evaluation
T: Grille de diag
B: Grille pour le premier entretien d'accueil bouclée : 2 pages max, questions simples, on coche avec la
  personne. Je veux qu'on puisse repasser la même grille à la fin pour comparer avant/après, sinon l'éval
  finale sera du vent.
G: diagnostic, outil

@ 2024-01-18 11:20 | 8 | note | lecture
T: Repérage lecture
B: Sur les 12 premiers accueils, 3 personnes n'arrivent pas à remplir le formulaire seules. Une dame m'a
  dit « j'ai oublié mes lunettes », classique pour cacher qu'on lit pas. Faut proposer des ateliers
  savoirs de base sans stigmatiser.
G: savoirs-de-base, accueil

@ 2024-01-23 15:00 | 5 | photo | recyclerie*
T: Visite de la recyclerie
B: Visite de la recyclerie avec le premier groupe : tri, réparation de petit électroménager, vente en
  boutique. 6 postes en CDDI possibles au printemps.
C: Le groupe devant les étagères de vaisselle triée, rue des Tanneurs
G: recyclerie, visite

@ 2024-01-25 09:00 | 4 | note | chantier*
T: Chantier espaces verts : places dispo
B: Au chantier d'insertion on a 4 places qui se libèrent en mars. Taille de haies, débroussaillage,
  entretien des berges du Valromme. Faut des gens qui tiennent physiquement, j'en parle à Karim pour les
  orientations.
G: chantier, espaces-verts

@ 2024-01-30 17:30 | 6 | audio | permis* lecture mobilite
T: Pourquoi une auto-école sociale
B: Capsule enregistrée pour expliquer le dispositif aux partenaires.
R: Alors nous à l'auto-école sociale on prend des gens qui ont raté le code plusieurs fois, ou qui ont
  jamais osé s'inscrire. On va plus doucement, on fait le code à l'oral pour ceux qui lisent mal. Le
  permis c'est souvent la clé pour bosser ici, y'a plus de bus après 19h.
G: auto-école, mobilité

@ 2024-02-02 10:15 | 3 | note | neet*
T: Jeunes invisibles
B: Croisement des fichiers ML / CIAS : une trentaine de 16-25 ans sur le Valromme qui sont ni en emploi
  ni en formation et qu'on voit jamais. Idée : aller les chercher là où ils sont, city stade, foyer,
  réseaux sociaux.
G: jeunes, repérage

@ 2024-02-06 14:30 | 7 | note | garde
T: Besoins de garde repérés
B: Sur les 40 premiers diag, 11 parents solos avec des enfants de moins de 6 ans. Le frein n°1 : qui
  s'occupe des petits quand la formation commence à 8h ou finit à 18h ? La crèche actuelle ouvre à 7h45
  et ferme à 18h30, ça colle pas avec les horaires du ménage ou de la logistique.
G: parentalité, diagnostic

@ 2024-02-08 09:45 | 2 | note | numerique
T: Permanence à Saint-Aubin
B: Permanence délocalisée à la mairie de Saint-Aubin-sur-Valromme : 7 personnes reçues. Deux n'avaient
  jamais activé leur espace sur le site de FT, on l'a fait ensemble sur ma tablette, mais l'une n'avait
  pas d'adresse mail... créée sur place.
G: permanence, rural

@ 2024-02-13 11:00 | 9 | note | employeurs immersion
T: Tournée des entreprises
B: Tournée de 5 boîtes de la ZA des Prés : menuiserie Vallet, Intermarché, EHPAD, transports Garnier et
  la fromagerie. Tous galèrent à recruter. Garnier veut bien prendre des gens en découverte sur les quais
  quelques jours avant de s'engager.
G: entreprises, prospection

@ 2024-02-15 16:00 | 1 | link | evaluation
T: Cahier des charges du financement
B: Le cahier des charges pour ceux qui veulent relire les indicateurs qu'on devra remonter : taux de
  sorties vers l'emploi ou la formation, nombre de freins levés, etc.
U: https://cc-valromme.fr/docs/valromme-emploi-cahier-des-charges.pdf
G: financement, indicateurs

@ 2024-02-20 10:30 | 8 | photo | lecture
T: Premier atelier ASL
B: Atelier sociolinguistique du mardi : 6 dames, surtout des mamans arrivées récemment en France. On a
  travaillé les mots du quotidien au boulot : planning, vestiaire, consignes.
C: Le tableau avec le vocabulaire du travail : « pointer », « pause », « chef d'équipe »
G: asl, français

@ 2024-02-22 18:00 | 3 | testimony | neet
T: Enzo, 19 ans
B: « Après le bac pro raté j'ai rien fait pendant deux ans, console la nuit, dodo le jour. Ma mère m'a
  traîné ici. Je veux bien bosser mais je sais pas dans quoi. » Enzo est partant pour le contrat
  d'engagement jeune.
S: Enzo Robert | jeune accompagné par la mission locale
G: témoignage, jeunes

@ 2024-02-27 09:00 | 6 | note | permis lecture
T: Code : méthode orale
B: On a testé les séries de code avec lecture à voix haute des questions pour 3 élèves qui lisent
  difficilement. Résultat : 28/40 pour Mamadou, il était à 18 avant. On garde ce format.
G: code, auto-école

@ 2024-02-29 14:00 | 2 | note | cv*
T: Atelier CV n°1
B: Premier atelier CV à l'agence : 8 inscrits, 5 présents. Beaucoup avaient un CV de 2010 avec la photo
  d'identité scannée de travers. On a tout refait sur un modèle simple, une page, compétences avant les
  dates.
G: cv, atelier

@ 2024-03-05 10:00 | 4 | photo | chantier
T: Nouvelle équipe au chantier
B: 4 nouveaux salariés en insertion arrivés lundi. Premier jour : sécurité, EPI, et on attaque la taille
  des saules le long du canal.
C: Kevin et Patrick en gilets orange, tronçonneuse à l'arrêt, briefing sécurité
G: chantier, accueil

@ 2024-03-07 15:30 | 7 | note | garde
T: Projet : crèche à horaires élargis
B: Rdv avec la CAF et la com com : on pourrait ouvrir 6 berceaux en horaires atypiques (6h-21h) à la
  crèche des P'tits Pas, réservés aux parents en parcours d'insertion. Budget à boucler d'ici juin.
G: crèche, caf

@ 2024-03-12 11:45 | 9 | note | petitdej employeurs
T: 1er petit-déj employeurs calé
B: Date calée : petit-déjeuner des entreprises le 4 avril à la salle du Moulin. Objectif : présenter le
  projet aux patrons du coin et récolter des offres. Invitations envoyées à 60 entreprises.
G: entreprises, petit-déjeuner

@ 2024-03-14 09:30 | 5 | note | recyclerie
T: Réparer pour se réparer
B: À la recyclerie Samia a remis en état 4 lave-linges cette semaine. Elle m'a dit qu'elle avait rien
  réparé depuis 10 ans, elle rayonnait. On note la compétence dans son livret pour ses futures
  candidatures.
G: recyclerie, compétences

@ 2024-03-19 14:00 | 2 | audio | rsa sante
T: Point sur les BRSA sans nouvelles
B: Mémo vocal après la semaine de relances.
R: Bon, sur les 38 que j'avais pas vus depuis un an, j'en ai eu 25 au téléphone. Y'en a 6 qui sont
  vraiment malades, le dos, la dépression, un qui attend une opération. Les autres sont partants pour la
  réunion d'info. Les 13 que j'arrive pas à joindre je passe par les assistantes sociales.
G: rsa, relances

@ 2024-03-21 10:00 | 1 | note | copil* pret mobilite garde
T: Copil n°1
B: Premier comité de pilotage ce matin : Département, CAF, France Travail, Région, élus de la com com.
  Validé : le budget mobilité (prêt de véhicules aux participants) et l'étude pour la garde des enfants
  en horaires étendus. Le Département veut un point d'étape tous les 6 mois.
G: copil, gouvernance

@ 2024-03-26 16:15 | 3 | video | neet
T: Aller-vers au city stade
B: 2e session au city stade de Bellegarde.
C: Léa avec un ballon au city stade, flyers ML sur le banc
R: Salut, moi c'est Léa de la mission locale, on est au city stade de Bellegarde. En fait on vient juste
  discuter, y'a des jeunes qui connaissent pas la ML, ils pensent que c'est Pôle emploi en pire. Là on
  a vu 9 jeunes, 4 ont pris un rendez-vous.
G: aller-vers, jeunes

@ 2024-04-02 09:30 | 8 | note | numerique*
T: Tablettes reçues
B: 10 tablettes reçues via le fonds du Département. On démarre les ateliers « premiers pas » : allumer,
  se connecter au wifi, envoyer un mail avec pièce jointe, retrouver son espace candidat.
G: numérique, matériel

@ 2024-04-04 11:30 | 9 | photo | petitdej* employeurs immersion
T: Petit-déjeuner des entreprises n°1
B: 22 entreprises présentes, croissants et café de la boulangerie Martin. 14 offres récoltées, 6 boîtes
  OK pour accueillir des immersions. Le DRH de l'EHPAD a posé plein de questions sur nos candidats.
C: Salle du Moulin, Sandrine au micro devant les chefs d'entreprise
G: petit-déjeuner, entreprises

@ 2024-04-09 14:45 | 6 | testimony | permis lecture
T: Mamadou, élève de l'auto-école
B: « Le code je l'avais raté 4 fois, les questions écrites je comprenais pas la moitié. Ici Julien il lit
  avec moi et il explique les mots. Maintenant je vois que je peux. » Examen prévu fin mai.
S: Mamadou Diallo | élève de l'auto-école sociale, demandeur d'emploi
G: témoignage, code

@ 2024-04-11 10:00 | 2 | note | entretien*
T: Simulation d'entretien
B: Simulation d'entretien d'embauche avec Bruno dans le rôle du recruteur. Gros stress pour Nathalie,
  elle regardait ses pieds. Débrief : se présenter en 1 minute, valoriser le bénévolat, préparer 2
  questions à poser.
G: entretien, simulation

@ 2024-04-16 15:00 | 10 | note | enquete sante garde
T: Questionnaire de départ : 1ers chiffres
B: Questionnaire d'entrée passé auprès de 52 personnes. Premiers chiffres : 61% sans véhicule, 34%
  disent avoir un souci de santé qui les freine, 1 sur 4 a des enfants de moins de 6 ans à faire garder.
G: enquête, chiffres

@ 2024-04-18 09:15 | 4 | note | sante* chantier
T: Mal de dos au chantier
B: Patrick a mal au dos, il dit rien mais ça se voit. On a vu avec l'infirmière du CIAS pour un rdv chez
  le kiné, et on adapte : il passe sur l'arrosage et le désherbage manuel plutôt que la débroussailleuse.
G: santé, chantier

@ 2024-04-23 17:00 | 3 | note | neet*
T: Inscriptions CEJ
B: 3 jeunes signés en contrat d'engagement jeune cette semaine, dont Enzo. 15 à 20h d'activités par
  semaine, allocation jusqu'à 528 €. 1er mois : découverte des métiers et remise à niveau.
G: cej, jeunes

@ 2024-04-25 13:30 | 1 | note | scooter pret mobilite
T: Scooters : devis reçu
B: Devis pour 5 scooters 50cc d'occasion révisés par le garage solidaire + casques : 4 200 €. Prêt
  gratuit 3 mois aux personnes qui démarrent un emploi ou une formation sans solution de transport.
G: mobilité, scooters

@ 2024-04-30 10:00 | 5 | audio | recyclerie garde
T: Bilan du trimestre à la recyclerie
B: Mémo du vendredi.
R: Donc là on a 6 personnes en parcours à la recyclerie. Deux très autonomes sur la caisse et l'accueil
  client, ça c'est top pour la vente. Une qui a du mal avec les horaires, elle dépose son petit à
  l'école à 8h30 et nous on ouvre à 8h30, donc on a décalé son planning.
G: recyclerie, bilan

@ 2024-05-03 09:00 | 6 | photo | permis
T: 2e voiture double commande
B: Deuxième voiture à double commande livrée, on peut doubler les heures de conduite. Planning plein
  jusqu'en juillet.
C: Les deux Clio blanches avec le logo « Valromme Permis Solidaire »
G: auto-école, véhicules

@ 2024-05-07 14:00 | 1 | note | mobilite* pret voiture scooter permis
T: Le plan mobilité
B: Plan mobilité validé en équipe : 1) scooters en prêt, 2) 2 voitures en location solidaire à 2 €/jour,
  3) aide aux réparations au garage solidaire, 4) covoiturage avec des collègues pour ceux qui ont
  décroché un poste. Et le permis via l'auto-école sociale pour le long terme.
G: mobilité, plan

@ 2024-05-14 10:30 | 7 | note | garde
T: Feu vert de la CAF
B: La CAF finance ! 6 places en horaires atypiques à partir du 2 septembre aux P'tits Pas, ouverture
  5h45 - 21h en semaine. On recrute une auxiliaire de puériculture en plus à la crèche.
G: crèche, caf

@ 2024-05-16 11:00 | 3 | note | neet mobilite scooter permis
T: Les jeunes et le transport
B: Sur mes 12 jeunes en CEJ, 9 n'ont pas le permis et 3 n'ont même pas le BSR. Pour aller au chantier
  ou en entreprise à 15 km, c'est mort sans deux-roues. Je demande 2 scooters en priorité pour la ML.
G: jeunes, mobilité

@ 2024-05-21 16:30 | 5 | testimony | recyclerie
T: Samia, à la recyclerie
B: « Au début je parlais à personne. Maintenant je tiens la caisse le samedi, je conseille les clients
  pour les frigos. Mon fils dit que je suis devenue une commerçante. » Samia vise un poste de vendeuse.
S: Samia Haddad | salariée en insertion à la recyclerie
G: témoignage, recyclerie

@ 2024-05-23 09:45 | 2 | note | immersion*
T: 2 PMSMP signées
B: 2 périodes de mise en situation signées : Jessica à l'Intermarché (mise en rayon, 2 semaines) et
  Ibrahim à la menuiserie Vallet (1 semaine). L'idée : voir le métier en vrai avant de se lancer.
G: pmsmp, immersion

@ 2024-05-28 14:15 | 6 | note | permis permisok
T: Examen du code
B: Mamadou a eu son code ! 36/40. Il a pleuré dans la voiture en sortant du centre d'examen. Deux
  autres ratés de peu (33 et 34), ils repassent en juin.
G: code, réussite

@ 2024-05-30 10:00 | 4 | note | cv chantier
T: Des vrais CV pour l'équipe
B: Avec Karim on a aidé les gars du chantier à mettre leurs savoir-faire sur leur CV : taille,
  débroussaillage, conduite d'engins... Patrick avait écrit « divers » pour 15 ans de boulot, on a
  tout détaillé.
G: cv, chantier

@ 2024-06-03 10:00 | 1 | note | mobilite
T: Réunion des partenaires mobilité
B: Réunion des partenaires mobilité à la com com : garage solidaire, auto-école, transport à la demande.
  Le TAD se réserve maintenant par SMS la veille, et il démarre à 6h pour ceux qui embauchent tôt.
G: mobilité, réunion

@ 2024-06-03 15:30 | 7 | photo | garde
T: Visite avec les mamans
B: Visite des P'tits Pas avec 5 mamans du parcours qui auront une place en septembre. Beaucoup
  d'inquiétude à l'idée de déposer les enfants aussi tôt le matin.
C: Les mamans dans la salle de motricité avec l'auxiliaire
G: garde, visite

@ 2024-06-06 09:30 | 8 | note | numerique
T: Atelier smartphone
B: Atelier « mon téléphone pour chercher du boulot » : installer l'appli France Travail, photographier un
  document et l'envoyer en PDF, mettre une alarme pour les rdv. Gérard, 58 ans, a envoyé son 1er mail
  tout seul.
G: numérique, smartphone

@ 2024-06-11 14:00 | 1 | photo | scooter* pret mobilite embauche
T: Les scooters sont arrivés
B: 5 scooters livrés par le garage solidaire, avec casques, antivols et gilets. Convention signée avec
  la 1re bénéficiaire : Océane, qui commence un CDD au supermarché à 6h du matin.
C: Les 5 scooters gris alignés devant le CIAS, Océane sur le premier
G: scooters, mobilité

@ 2024-06-13 10:45 | 9 | note | jobdating employeurs entretien
T: Job dating : on prépare
B: On monte un job dating avec FT le 27 juin à la salle des fêtes d'Hauteville : 15 entreprises,
  entretiens de 10 min, CV pas obligatoire. Les candidats seront préparés en amont par Karim.
G: job-dating, recrutement

@ 2024-06-18 16:00 | 4 | audio | chantier scooter pret mobilite
T: Canicule au chantier
B: Mémo vocal, semaine de grosse chaleur.
R: On a décalé les horaires, on commence à 6h30 et on arrête à 13h, parce qu'à 15h avec la
  débroussailleuse c'est pas possible. Du coup y'a deux gars qui peuvent pas venir à 6h30, pas de bus,
  donc Sandrine leur prête un scooter pour l'été.
G: chantier, canicule

@ 2024-06-20 11:15 | 2 | note | jobdating entretien
T: Prépa job dating
B: Atelier prépa job dating : pitch de 30 secondes, tenue, quoi dire sur le trou dans le parcours. On a
  filmé chacun au téléphone et on a regardé ensemble. Dylan a fait d'énormes progrès entre la 1re et la
  3e prise.
G: job-dating, préparation

@ 2024-06-27 18:30 | 9 | video | jobdating* employeurs immersion
T: Job dating d'Hauteville
B: Vidéo à chaud en fin de journée.
C: La salle des fêtes d'Hauteville, tables des recruteurs en U
R: Voilà on est à la fin du job dating, y'a eu 64 candidats et 15 employeurs. À chaud on a au moins 9
  personnes qui ont un deuxième rendez-vous, et l'EHPAD veut prendre 3 personnes en immersion dès
  juillet. Très bonne journée.
G: job-dating, bilan

@ 2024-07-02 09:30 | 6 | note | permis
T: Les ronds-points de Fatou
B: Premières heures de conduite pour Fatou : elle avait peur des ronds-points, on a passé 1h à tourner
  autour de celui de l'Intermarché. Elle a fini l'heure en chantant.
G: conduite, auto-école

@ 2024-07-04 14:00 | 1 | link | pret* mobilite voiture scooter
T: Convention de prêt de véhicule
B: Le modèle de convention pour les prêts de scooters et de voitures : 3 mois renouvelable une fois,
  assurance prise par la com com, caution de 50 € rendue au retour.
U: https://cc-valromme.fr/docs/convention-pret-vehicule-2024.pdf
G: mobilité, convention

@ 2024-07-09 10:00 | 3 | testimony | neet chantier
T: Kevin, 22 ans, au chantier
B: « Le matin c'était dur, je me levais jamais avant midi. Thierry m'a dit : même si t'es pas là à
  7h30, moi je compte sur toi. Ça m'a fait quelque chose. Maintenant je suis le premier. » Kevin est
  passé par la ML avant d'entrer au chantier.
S: Kevin Lambert | jeune en CEJ, salarié du chantier d'insertion
G: témoignage, jeunes

@ 2024-07-11 15:00 | 10 | note | evaluation enquete
T: Trame d'évaluation
B: Travail sur la trame d'éval avec le Département : on suivra 3 choses, les sorties (emploi,
  formation), les freins levés et le ressenti des personnes. Il faudra un 2e questionnaire en 2025 pour
  comparer.
G: évaluation, indicateurs

@ 2024-07-16 11:30 | 7 | note | garde
T: Liste d'attente
B: Déjà 9 demandes pour les 6 places du matin. Priorité aux parents seuls qui démarrent une formation
  ou un emploi. Pour les autres, 3 assistantes maternelles acceptent de commencer tôt, la PMI nous aide.
G: garde, assmat

@ 2024-07-18 09:00 | 5 | note | recyclerie
T: Vente spéciale rentrée
B: Grosse vente de fournitures et cartables à la recyclerie. Les salariés en parcours ont tout géré :
  étiquetage, mise en rayon, caisse. 1 800 € de CA sur la journée.
G: recyclerie, vente

@ 2024-07-23 14:30 | 2 | note | embauche immersion
T: Jessica : de l'immersion au contrat
B: Après ses 2 semaines d'immersion, l'Intermarché propose à Jessica un CDD de 6 mois à 28h. Elle signe
  lundi. 1re sortie emploi du projet !
G: embauche, immersion

@ 2024-07-25 16:00 | 4 | photo | chantier
T: Fauchage tardif
B: Fauchage tardif de la prairie communale de Bellegarde, on laisse des bandes pour les insectes.
  L'équipe est fière, le maire est passé voir.
C: Bandes de fleurs laissées debout, l'équipe en pause à l'ombre
G: chantier, biodiversité

@ 2024-08-06 10:00 | 1 | note | garde
T: Août au ralenti
B: Beaucoup de participants à l'arrêt avec les enfants à la maison (pas d'école, centre de loisirs
  complet faute d'inscription avant juin). On relance en septembre. À prévoir : des places réservées au
  centre de loisirs pour l'été prochain.
G: été, organisation

@ 2024-08-20 09:30 | 6 | note | permis* permisok* embauche scooter pret mobilite
T: 1er permis !
B: Mamadou a son permis ! Du premier coup à la conduite. Il commence lundi comme agent de tri chez
  Garnier, il ira avec un scooter prêté par le CIAS en attendant de s'acheter une voiture.
G: permis, réussite

@ 2024-08-29 14:00 | 3 | note | neet
T: Rentrée à la ML
B: Rentrée : 7 nouveaux jeunes orientés par le lycée pro, des décrocheurs de juin. On fait un groupe
  « remobilisation » de 4 semaines avant de parler métier.
G: jeunes, rentrée

@ 2024-09-02 07:00 | 7 | photo | garde*
T: 1er matin en horaires atypiques
B: 6h15, premier accueil en horaires atypiques : 3 enfants déposés. Aurélie a pu partir à sa formation
  d'agent de propreté qui démarre à 7h à Bourg.
C: Deux petits au coin lecture, lumière du matin, 6h20
G: garde, ouverture

@ 2024-09-05 10:00 | 8 | note | lecture
T: Reprise des savoirs de base
B: Reprise des ateliers lecture-écriture : 2 groupes, niveau 1 (déchiffrer, écrire son adresse, remplir
  un chèque) et niveau 2 (comprendre un planning, une fiche de poste). Les cours de français langue
  étrangère passent le jeudi.
G: savoirs-de-base, fle

@ 2024-09-10 14:30 | 1 | note | voiture* pret mobilite immersion
T: Location solidaire : complet
B: Les 2 voitures en location solidaire tournent à plein : Nathalie pour aller à sa formation à 20 km,
  Gérard pour son immersion à la fromagerie. Il en faudrait 2 de plus.
G: voitures, location

@ 2024-09-12 09:00 | 2 | note | cv* numerique
T: Atelier CV en ligne
B: Atelier CV sur l'ordi : créer son CV sur le site FT et le rendre visible aux recruteurs. Dur pour
  ceux qui maîtrisent pas la souris, Élodie est venue en renfort.
G: cv, numérique

@ 2024-09-17 16:00 | 10 | audio | enquete evaluation sante permis
T: Retours de mi-parcours
B: Synthèse orale des appels de septembre.
R: J'ai fait une dizaine d'entretiens téléphoniques avec des participants. Ce qui revient c'est : on se
  sent moins seul, y'a des gens qui nous rappellent. Par contre l'attente pour le permis c'est long, et
  deux personnes m'ont parlé de problèmes de dents qui les gênent pour les entretiens d'embauche.
G: retours, participants

@ 2024-09-19 11:00 | 4 | note | embauche chantier
T: Kevin s'envole
B: Kevin quitte le chantier : embauché en CDD 6 mois chez le paysagiste Ravier à Bourg. 2e sortie
  emploi du chantier cette année.
G: chantier, sortie

@ 2024-09-24 14:00 | 1 | note | copil pret scooter mobilite garde permis permisok embauche numerique
T: Copil n°2
B: Copil de septembre : bilan scooters (5 prêtés, 4 personnes en emploi derrière), crèche en horaires
  atypiques ouverte, 2 codes et 1 permis obtenus. Validé : ateliers numériques renforcés à l'automne.
  Prochain copil en mars.
G: copil, bilan

@ 2024-09-26 10:00 | 7 | testimony | garde*
T: Aurélie, maman solo
B: « Avant je disais non à tout ce qui commençait avant 9h. Là je dépose Lila à 6h30 et je suis à
  l'heure en formation. Pour la 1re fois j'ai l'impression qu'on a pensé à des gens comme moi. »
S: Aurélie Brunet | participante, mère seule de deux enfants
G: témoignage, garde

@ 2024-10-01 09:30 | 8 | note | numerique*
T: Cycle numérique renforcé
B: Démarrage du cycle numérique : 8 séances de 2h. Au programme : mails, mots de passe, espace France
  Travail, candidater en ligne, faire une visio. Groupe de 9, niveaux très différents.
G: numérique, atelier

@ 2024-10-03 14:00 | 3 | note | permis neet
T: Code de la route à la ML
B: Avec Julien on fait 2 sessions de code par semaine à la ML pour les jeunes en CEJ. Ça motive, du
  coup ils viennent plus régulièrement aux autres ateliers.
G: jeunes, code

@ 2024-10-08 10:15 | 6 | note | permis permisok voiture pret mobilite
T: Steeve a son permis
B: Steeve a eu son permis vendredi ! Problème : plus de voiture en location solidaire dispo. Un
  bénévole du Secours populaire lui prête la sienne en attendant le microcrédit pour une occasion.
G: permis, voiture

@ 2024-10-10 16:30 | 9 | note | petitdej* employeurs immersion
T: Petit-déj n°2 : recruter autrement
B: 2e petit-déjeuner employeurs, thème « recruter sans CV ». La fromagerie et l'EHPAD ont témoigné.
  17 présents, 3 nouvelles entreprises prêtes à accueillir des immersions.
G: petit-déjeuner, employeurs

@ 2024-10-14 09:00 | 2 | note | rsa
T: Info collective RSA
B: Info coll pour les allocataires RSA nouvellement orientés : 14 convoqués, 9 présents. Présentation
  du projet et des ateliers. 6 prennent un rdv individuel.
G: rsa, info-collective

@ 2024-10-14 14:30 | 4 | photo | chantier
T: Plantations au collège
B: Plantation de 200 arbustes sur le talus du collège avec les 6e. Les salariés en insertion ont montré
  les gestes aux gamins, Patrick était aux anges.
C: Patrick montre à deux élèves comment tasser la terre autour d'un charme
G: chantier, plantations

@ 2024-10-17 11:00 | 8 | testimony | lecture*
T: Fatima, cours de français
B: « Avant, mon fils lisait les lettres pour moi. Maintenant je lis le courrier de la CAF toute seule,
  doucement. Je veux travailler à la cantine, il faut lire les fiches des allergies. »
S: Fatima Ouali | participante aux ateliers de français
G: témoignage, fle

@ 2024-10-22 15:00 | 10 | note | enquete lecture
T: Questionnaire facile à lire
B: Je retravaille le questionnaire participants avec le groupe de Fatima : mots simples, pictos et une
  version audio. Si on veut des réponses de tout le monde il faut que ce soit lisible par tous.
G: enquête, facile-à-lire

@ 2024-10-24 10:30 | 5 | note | recyclerie pret mobilite
T: Atelier vélos
B: Nouveau : atelier réparation de vélos à la recyclerie. Les vélos retapés sont prêtés gratuitement
  aux participants qui ont un trajet court pour aller en formation.
G: recyclerie, vélos

@ 2024-10-29 14:00 | 1 | note | garde
T: Enfant malade = formation ratée
B: Point récurrent : quand un enfant est malade, la crèche le prend pas et le parent rate sa formation.
  Martine se renseigne sur une garde d'enfants malades à domicile, ça existe sur Bourg via une asso.
G: garde, absences

@ 2024-11-05 09:30 | 3 | video | neet immersion
T: Mon métier rêvé
B: Projet vidéo avec le groupe CEJ.
C: Yanis en bleu de travail sous un camion
R: Moi c'est Yanis, mon métier rêvé c'est mécanicien poids lourds. Là je suis en stage au garage de
  Bellegarde depuis lundi, ils m'ont dit que si ça se passe bien ils me reprennent cet été.
G: jeunes, vidéo

@ 2024-11-07 16:00 | 2 | note | entretien* numerique
T: Entretiens en visio
B: De plus en plus de boîtes font le 1er entretien en visio. On a entraîné 5 personnes : cadrer la
  caméra, couper la télé, regarder l'objectif. Yasmine passe le sien avec l'ADMR mardi.
G: entretien, visio

@ 2024-11-12 10:00 | 8 | note | lecture*
T: Ne pas dire le mot
B: Rappel à toute l'équipe : on ne dit jamais « illettrisme » devant les gens. On parle d'« ateliers
  pour être à l'aise avec les papiers ». Deux personnes sont venues grâce au bouche-à-oreille de Fatima.
G: savoirs-de-base, posture

@ 2024-11-14 14:30 | 7 | note | garde
T: Les assmat partenaires
B: 3 assistantes maternelles ont signé la charte « horaires élargis » : elles prennent les petits de
  5h30 à 22h contre un complément payé par la com com. 4 familles en profitent déjà.
G: assmat, garde

@ 2024-11-19 09:00 | 4 | audio | sante* chantier
T: Coup de moins bien
B: Mémo vocal.
R: Ouais cette semaine c'est compliqué, il fait froid, il pleut, y'en a deux qui sont pas venus.
  Ibrahim m'a dit qu'il dormait plus, qu'il avait des idées noires. Je l'ai orienté vers le CMP,
  l'infirmière du CIAS l'accompagne au premier rendez-vous.
G: chantier, moral

@ 2024-11-21 11:30 | 9 | photo | employeurs
T: Visite de la fromagerie
B: Visite d'entreprise avec 8 participants : la fromagerie recrute 4 agents de production. Le chef
  d'atelier a expliqué les 2x8 et les règles d'hygiène.
C: Le groupe en charlotte et blouse blanche devant les cuves
G: entreprises, visite

@ 2024-11-26 15:15 | 6 | note | scooter mobilite
T: Et des mobylettes électriques ?
B: Un concessionnaire nous laisse un cyclomoteur électrique 15 jours pour test. Autonomie 50 km,
  recharge sur une prise normale. Ça pourrait remplacer les scooters thermiques pour les trajets du
  matin.
G: mobilité, électrique

@ 2024-11-28 10:00 | 2 | note | rsa
T: Alerte suspensions RSA
B: Deux suspensions de RSA pour non-réponse au contrat d'engagement réciproque : les personnes
  n'avaient pas compris le courrier. Recours fait avec l'assistante sociale. On redit à tous de nous
  montrer les courriers qu'ils comprennent pas.
G: rsa, droits

@ 2024-12-03 14:00 | 1 | note | pret scooter voiture mobilite garde
T: Budget 2025
B: Réunion budget avec la com com : prêts de scooters et location solidaire reconduits en 2025, +2
  voitures. Par contre le complément pour les assmat en horaires élargis n'est garanti que jusqu'en juin.
G: budget, financement

@ 2024-12-05 09:30 | 8 | photo | lecture
T: Dictée de Noël
B: Petite dictée de Noël au groupe lecture-écriture, tout le monde a voulu la faire. Gérard a fait 3
  fautes, il veut l'encadrer.
C: La feuille de Gérard, 3 fautes entourées en vert
G: savoirs-de-base, écriture

@ 2024-12-10 16:00 | 5 | note | recyclerie embauche
T: 2 sorties à la recyclerie
B: 2 sorties positives : Samia embauchée en CDI chez un magasin d'électroménager à Bourg (vendeuse !) et
  Laetitia qui entre en formation d'aide-soignante.
G: recyclerie, sorties

@ 2024-12-12 11:00 | 3 | note | neet embauche immersion
T: Bilan CEJ 2024
B: Bilan 2024 : 21 jeunes entrés en CEJ, 7 en emploi ou formation, 4 abandons. Ceux qui s'en sortent le
  mieux sont ceux qui ont fait une immersion tôt dans le parcours.
G: cej, bilan

@ 2024-12-13 10:00 | 2 | note | sante
T: Les dents, le frein qu'on voit pas
B: 3 personnes qui n'osent plus sourire à cause de leurs dents, ça les bloque pour tout. Le centre de
  santé de Bourg fait les soins avec la CSS, on a calé des rdv groupés en janvier.
G: santé, soins

@ 2024-12-19 10:30 | 8 | photo | cv lecture
T: Un CV en images
B: Pour ceux qui écrivent peu, on a fait un CV avec des photos de leurs réalisations : meubles retapés,
  haies taillées, rayons rangés. Moins de texte, plus de preuves.
C: Un CV d'une page avec 4 photos et des mots-clés en gros
G: cv, savoirs-de-base

@ 2025-01-07 09:30 | 2 | note | rsa
T: Janvier : nouveaux orientés
B: 18 nouveaux bénéficiaires du RSA orientés dans le projet. 96 personnes accompagnées au total depuis
  le début. Les permanences reprennent dans les 4 mairies.
G: rsa, orientations

@ 2025-01-09 14:00 | 7 | note | garde
T: Enfants malades : c'est réglé
B: Convention signée avec Familles Rurales : garde à domicile d'un enfant malade, 3 jours max, prise en
  charge à 100% pour les parents en parcours.
G: garde, enfants-malades

@ 2025-01-14 10:30 | 8 | note | numerique
T: Fin du 1er cycle numérique
B: Fin du cycle : 7 sur 9 savent maintenant postuler en ligne seuls. On oriente les plus à l'aise vers
  la médiathèque (conseiller numérique France Services) pour continuer.
G: numérique, bilan

@ 2025-01-16 15:30 | 10 | note | evaluation enquete
T: Entretiens qualitatifs
B: Je commence les entretiens qualitatifs pour l'évaluation : 15 personnes tirées au sort + 5
  partenaires. 45 min chacun, enregistrés avec leur accord.
G: évaluation, entretiens

@ 2025-01-21 09:00 | 6 | note | permis permisok*
T: Examen pratique : 2 sur 3
B: Journée d'examen : Fatou et Dylan l'ont, Yasmine recalée pour un stop mal marqué. Elle repasse dans
  6 semaines, on lui ajoute 5h de conduite.
G: permis, examen

@ 2025-01-23 11:00 | 1 | testimony | scooter* pret embauche mobilite
T: Océane, 5h30 du matin
B: « Sans le scooter j'aurais dit non au CDD, y'a pas de bus à 5h30. Ils m'ont gardée, j'ai un CDI
  depuis décembre. J'ai rendu le scooter et je m'en suis acheté un d'occasion. »
S: Océane Girard | participante, employée de libre-service
G: témoignage, scooter

@ 2025-01-28 14:30 | 9 | note | employeurs immersion embauche
T: Fichier employeurs à jour
B: Mise à jour : 41 entreprises partenaires, dont 19 ont accueilli au moins une immersion et 11 ont
  recruté. Secteurs qui répondent le plus : aide à domicile, agroalimentaire, logistique, espaces verts.
G: entreprises, fichier

@ 2025-01-30 10:00 | 4 | note | sante chantier
T: Visite médicale au chantier
B: Visite médicale groupée pour les nouveaux du chantier. Deux personnes ont besoin de lunettes, jamais
  eu de bilan de vue. L'opticien mutualiste fait un devis à 0 € avec la CSS.
G: chantier, santé

@ 2025-02-04 09:30 | 2 | audio | entretien
T: Atelier questions pièges
B: Mémo après l'atelier.
R: Aujourd'hui chacun passait devant les autres et on posait les questions pièges : parlez-moi de vous,
  pourquoi vous avez arrêté de travailler, vos défauts. Nathalie qui regardait ses pieds il y a un an,
  elle a été impeccable.
G: entretien, atelier

@ 2025-02-06 15:00 | 5 | photo | recyclerie
T: Nouvelle boutique
B: Déménagement de la boutique dans l'ancien supermarché : 3 fois plus de surface, un rayon meubles et
  un coin vêtements enfants. 2 postes en insertion en plus.
C: La façade avec la nouvelle enseigne « La Ressourcerie du Valromme »
G: recyclerie, déménagement

@ 2025-02-11 10:00 | 3 | note | sante neet
T: Santé des jeunes
B: Trois jeunes du groupe CEJ avec des consos de cannabis qui les empêchent de se lever. Une éducatrice
  du CSAPA vient la semaine prochaine, sans jugement.
G: jeunes, addictions

@ 2025-02-13 14:00 | 8 | note | lecture
T: FLE : le A2 pour 4 personnes
B: Tests de positionnement : 4 personnes du groupe de français langue étrangère valident le A2 à
  l'oral. Prochaine étape : lire des consignes de sécurité au travail.
G: fle, tests

@ 2025-02-18 09:45 | 9 | link | employeurs
T: Les offres des partenaires
B: La page qui rassemble les offres des entreprises partenaires, mise à jour chaque lundi. À partager
  aux participants !
U: https://cc-valromme.fr/emploi/offres-partenaires
G: offres, entreprises

@ 2025-02-25 10:00 | 7 | video | garde
T: 6h du matin aux P'tits Pas
B: Petite vidéo pour montrer aux partenaires.
C: Martine accueille un papa et sa fille dans l'entrée encore sombre
R: Il est 6h, on ouvre. Là y'a déjà deux papas et une maman qui attendent. L'idée c'est que le parent
  parte tranquille, on prend le temps même si c'est tôt. Depuis septembre on a accueilli 14 enfants en
  horaires décalés.
G: garde, vidéo

@ 2025-02-27 10:00 | 2 | note | cv
T: Le CV de Gérard
B: Gérard, 58 ans, voulait cacher son âge sur son CV. On a plutôt mis en avant ses 30 ans de manutention
  et son CACES de cariste, et on a enlevé les dates des années 80.
G: cv, seniors

@ 2025-03-04 09:00 | 9 | note | jobdating employeurs
T: Job dating n°2 : la date
B: 2e job dating le 27 mars à Bellegarde, cette fois avec un espace « essai métier » : les candidats
  testent 10 min un geste (monter un carton, faire un lit d'EHPAD, trier des pièces).
G: job-dating, organisation

@ 2025-03-06 14:30 | 10 | note | enquete* evaluation
T: Le questionnaire final est parti
B: Le 2e questionnaire pour l'évaluation finale est parti : version papier, en ligne et audio par
  téléphone. 78 personnes à joindre. Les conseillers aident à remplir si besoin, sans souffler les
  réponses.
G: enquête, questionnaire

@ 2025-03-11 10:00 | 2 | note | immersion* embauche
T: De l'immersion à la période d'essai
B: Ibrahim, après son immersion à la menuiserie Vallet et son passage au chantier, est pris en CDD. Sa
  période d'essai d'un mois commence lundi, Bruno passe le voir en fin de semaine.
G: immersion, embauche

@ 2025-03-13 09:30 | 7 | note | garde
T: Financement assmat : ça tient
B: Bonne nouvelle : la CAF prend le relais de la com com pour le complément des assmat en horaires
  élargis jusqu'à fin 2025.
G: garde, financement

@ 2025-03-18 14:00 | 1 | photo | copil pret mobilite permis permisok embauche
T: Copil n°3
B: Copil de mars : bilan mobilité (11 prêts de véhicule, 6 permis obtenus), 23 sorties en emploi. Le
  Département veut qu'on présente le projet aux autres territoires.
C: La salle du conseil communautaire, diapo « 23 sorties emploi » à l'écran
G: copil, bilan

@ 2025-03-20 11:00 | 6 | note | permis numerique
T: Réviser le code à la médiathèque
B: Ceux qui ont pas internet chez eux peuvent réviser le code sur les postes de la médiathèque, le
  conseiller numérique leur a ouvert des accès. 4 élèves y vont régulièrement.
G: code, numérique

@ 2025-03-25 16:00 | 4 | note | chantier employeurs
T: Un paysagiste en demande
B: Le paysagiste Ravier (qui a pris Kevin) veut 2 autres profils du chantier pour la saison. Ils
  viennent voir l'équipe travailler jeudi, ça vaut tous les CV du monde.
G: chantier, recrutement

@ 2025-03-27 18:00 | 9 | video | jobdating* employeurs
T: Job dating de Bellegarde
B: Vidéo à chaud.
C: Un candidat plie un drap devant la responsable de l'EHPAD
R: Alors bilan du job dating numéro 2 : 21 employeurs, 88 candidats. Les essais métier ça a super bien
  marché, les recruteurs voyaient les gens faire au lieu de juste lire un CV. On a 14 promesses
  d'embauche, on va suivre tout ça.
G: job-dating, bilan

@ 2025-04-01 09:30 | 3 | note | immersion neet
T: Immersions pour les jeunes
B: Vague d'immersions pour le groupe CEJ : 6 jeunes en stage d'une semaine (boulangerie, garage, EHPAD,
  mairie). Bilan vendredi avec les tuteurs.
G: jeunes, immersion

@ 2025-04-03 14:00 | 8 | note | numerique
T: Binômes numériques
B: On teste les binômes : un participant à l'aise aide un débutant. Dylan aide Gérard à faire ses
  démarches sur l'appli de l'Assurance maladie. Les deux sont ravis.
G: numérique, entraide

@ 2025-04-08 10:30 | 9 | photo | petitdej employeurs
T: Petit-déj n°3 à la fromagerie
B: Petit-déjeuner chez un employeur cette fois : la fromagerie recevait 15 chefs d'entreprise, avec
  dégustation. Trois dirigeants ont raconté leurs recrues passées par le projet.
C: Chefs d'entreprise autour des tables hautes, plateaux de comté et café
G: petit-déjeuner, entreprises

@ 2025-04-10 15:00 | 2 | testimony | employeurs* immersion embauche
T: M. Vallet, menuisier
B: « Je prenais plus personne sans expérience, trop de galères. Avec l'immersion j'ai vu Ibrahim
  travailler avant de signer. Il est pas encore rapide mais il est là tous les jours à l'heure, et ça,
  ça vaut de l'or. »
S: Bernard Vallet | gérant de la menuiserie Vallet, employeur partenaire
G: témoignage, employeur

@ 2025-04-15 09:00 | 5 | note | recyclerie
T: Formation caisse
B: Formation à la caisse enregistreuse et au paiement CB pour les 4 nouveaux de la recyclerie. Bon
  exercice de calcul mental pour ceux qui sont fâchés avec les chiffres.
G: recyclerie, formation

@ 2025-04-17 11:30 | 1 | note | voiture* pret mobilite
T: Les 4 voitures tournent
B: Les 4 voitures de location solidaire sont louées en continu, 3 semaines d'attente. Priorité aux gens
  qui démarrent un emploi en horaires décalés sans transport en commun.
G: voitures, location

@ 2025-04-22 14:30 | 6 | audio | permis permisok evaluation
T: Un an et demi d'auto-école sociale
B: Bilan chiffré pour l'éval.
R: Bon, un an et demi qu'on tourne. 31 élèves inscrits, 14 codes, 9 permis. Ceux qui abandonnent c'est
  souvent pour des raisons de vie, un déménagement, un enfant malade, pas pour le niveau. Le plus dur
  c'est de financer les heures quand il faut en rajouter.
G: auto-école, bilan

@ 2025-04-24 10:00 | 4 | photo | chantier
T: La passerelle de la Combe
B: Fin de la passerelle en bois sur le ruisseau de la Combe, faite par l'équipe du chantier.
  Inauguration avec le maire mardi.
C: L'équipe debout sur la passerelle neuve, pouces levés
G: chantier, réalisation

@ 2025-04-29 14:00 | 5 | note | cv recyclerie
T: Lettres de motiv à la recyclerie
B: Atelier candidatures à la recyclerie : on a relu les CV de chacun et écrit une lettre de motiv type,
  à adapter pour la vente, la logistique ou l'entretien de locaux.
G: recyclerie, candidatures

@ 2025-05-06 09:30 | 7 | note | garde enquete
T: Ce qu'en disent les parents
B: Petit sondage maison auprès des 14 familles accueillies tôt : 12 disent qu'elles n'auraient pas pu
  accepter leur poste ou leur formation sans ça. 2 trouvent que 5h45 c'est encore trop tard pour les
  boulangeries.
G: garde, sondage

@ 2025-05-13 14:00 | 3 | note | neet
T: Décrochage en cours de CEJ
B: Deux jeunes ne donnent plus de nouvelles depuis 3 semaines. Visite à domicile avec l'éduc de
  prévention : l'un bosse au black, l'autre va pas bien du tout. On garde le lien.
G: jeunes, décrochage

@ 2025-05-15 10:00 | 2 | note | embauche entretien permis permisok
T: Yasmine décroche l'ADMR
B: Yasmine décroche le poste d'auxiliaire de vie à l'ADMR après un 2e entretien. Elle a eu son permis
  en mars, ça a tout débloqué : les tournées à domicile c'est en voiture.
G: embauche, aide-à-domicile

@ 2025-05-20 16:00 | 10 | note | enquete* evaluation mobilite permis sante
T: Premiers résultats du questionnaire
B: 62 réponses sur 78 ! En gros : 71% se sentent « plus capables qu'avant », les aides à la mobilité
  arrivent en tête des choses utiles, puis l'accompagnement individuel. Points noirs : l'attente pour
  l'auto-école et le manque de suivi santé.
G: enquête, résultats

@ 2025-05-22 09:30 | 8 | photo | lecture
T: Lire une fiche de poste
B: Atelier : lire et comprendre une vraie fiche de poste (agent d'entretien en EHPAD). On a surligné les
  mots difficiles : « polyvalence », « protocole », « traçabilité ».
C: Fiche de poste couverte de surligneur jaune
G: savoirs-de-base, fiche-de-poste

@ 2025-05-27 11:00 | 9 | note | employeurs embauche immersion
T: Retour des employeurs sur les recrues
B: Appel aux 11 entreprises qui ont recruté : 9 sont satisfaites, 2 ruptures en période d'essai
  (absences, conflit avec un chef). On analyse avec Karim pour mieux préparer la prise de poste.
G: entreprises, suivi

@ 2025-06-03 09:30 | 1 | note | copil pret scooter voiture garde evaluation mobilite
T: Copil n°4
B: Réunion du comité de pilotage ce matin. Validé : prolongation des scooters et des voitures jusqu'en
  juin 2026, pérennisation des horaires élargis à la crèche, calendrier de l'évaluation finale (rapport
  en septembre).
G: copil, réunion

@ 2025-06-03 14:00 | 10 | audio | copil evaluation
T: Après le copil
B: Mémo vocal.
R: Petit mémo après le copil. Les élus veulent surtout des chiffres sur les sorties en emploi, moi je
  vais insister pour qu'on garde aussi la parole des gens. Je propose une restitution avec les
  participants eux-mêmes en septembre.
G: copil, évaluation

@ 2025-06-05 10:00 | 5 | note | sante recyclerie
T: Dos et port de charges
B: Gérard a mal au dos au tri des meubles : on le passe sur l'atelier petit électroménager, assis.
  Dossier RQTH lancé avec son médecin traitant.
G: recyclerie, santé

@ 2025-06-10 14:30 | 3 | note | jobdating neet employeurs immersion
T: Job dating spécial jeunes
B: Mini job dating à la ML : 6 employeurs, 25 jeunes, format speed-meeting de 7 min. Le boulanger prend
  2 jeunes en stage direct.
G: jeunes, job-dating

@ 2025-06-12 09:00 | 6 | testimony | permis permisok embauche
T: Fatou, permis en poche
B: « Le jour où j'ai eu le papier, j'ai appelé ma mère au Mali. Maintenant je fais les remplacements
  dans les écoles du secteur, avant je pouvais pas y aller. »
S: Fatou Sissoko | participante, agente de propreté
G: témoignage, permis

@ 2025-06-17 11:00 | 2 | note | rsa*
T: RSA : les 15h d'activité
B: Point sur la réforme : les allocataires doivent faire 15h d'activités par semaine. Chez nous les
  ateliers, le chantier, l'auto-école et les immersions comptent. Attention à pas en faire un outil de
  contrôle.
G: rsa, réforme

@ 2025-06-19 15:30 | 7 | note | garde
T: Cet été : centre de loisirs
B: Partenariat signé avec le centre de loisirs de Bellegarde : places réservées cet été pour les enfants
  des parents en formation ou en emploi, accueil dès 7h.
G: garde, été

@ 2025-06-24 10:00 | 4 | note | chantier embauche
T: Bilan de saison au chantier
B: Bilan de la saison : 7 salariés en insertion, 2 sorties en CDD chez Ravier, 1 entrée en formation
  CAPa jardinier paysagiste.
G: chantier, bilan

@ 2025-07-03 09:30 | 10 | note | evaluation*
T: Plan du rapport d'évaluation
B: Plan du rapport final : 1) qui on a accompagné, 2) ce qui a levé les freins, 3) les sorties, 4) la
  parole des participants, 5) ce qui n'a pas marché. Relecture par Sandrine fin juillet.
G: évaluation, rapport

@ 2025-07-08 14:00 | 8 | note | lecture evaluation
T: Bilan savoirs de base
B: Bilan des ateliers lecture-écriture et FLE pour le rapport d'éval : 37 personnes passées, 22 ont
  progressé d'un niveau au test, 5 ont arrêté. Forte demande pour continuer après le projet.
G: savoirs-de-base, bilan

@ 2025-07-10 10:30 | 3 | note | neet embauche immersion scooter mobilite
T: Bilan CEJ 2025
B: Depuis le début : 34 jeunes accompagnés en contrat d'engagement jeune, 15 en emploi ou formation, 6
  en immersion en ce moment. Les scooters ont été décisifs pour au moins 5 d'entre eux.
G: cej, bilan

@ 2025-07-15 16:00 | 10 | link | evaluation
T: Étude nationale freins périphériques
B: Pour comparer nos résultats dans le rapport : l'étude nationale sur les freins périphériques à
  l'emploi. Nos chiffres de départ sont proches de la moyenne des territoires ruraux.
U: https://observatoire-insertion.example.fr/etudes/freins-peripheriques
G: évaluation, référence

@ 2025-07-17 11:00 | 1 | note | mobilite* pret* scooter voiture permis permisok embauche
T: Mobilité : les chiffres finaux
B: Chiffres mobilité au 30 juin : 27 prêts de scooters, 19 locations solidaires de voitures, 12
  réparations aidées, 11 permis obtenus à l'auto-école sociale. 80% des personnes aidées sont en emploi
  ou en formation à la fin.
G: mobilité, bilan

@ 2025-07-22 09:00 | 2 | testimony | rsa embauche entretien
T: Nathalie, 47 ans
B: « Six ans au RSA, je me cachais. La première simulation d'entretien j'ai cru mourir. Aujourd'hui je
  suis agent d'accueil à la mairie, en CDD, et c'est moi qui accueille les gens comme moi. »
S: Nathalie Ferrand | participante, allocataire du RSA pendant 6 ans
G: témoignage, rsa

@ 2025-07-24 14:30 | 9 | note | employeurs* petitdej jobdating embauche
T: Bilan relation entreprises
B: Bilan : 3 petits-déj, 3 job datings, 52 entreprises touchées, 26 qui ont recruté au moins une fois.
  Le format qui marche le mieux : la visite d'entreprise en petit groupe.
G: entreprises, bilan

@ 2025-08-26 10:00 | 7 | note | garde
T: Rentrée aux P'tits Pas
B: Rentrée : 8 places en horaires atypiques maintenant, dont 2 pour des papas. La crèche garde ce
  fonctionnement après la fin du projet, financé par la CAF.
G: crèche, rentrée

@ 2025-09-02 14:00 | 10 | note | evaluation enquete
T: Restitution avec les participants
B: Restitution de l'évaluation avec 18 participants : on leur a présenté les résultats du questionnaire
  et ils ont commenté. Phrase forte de Gérard : « on nous a enfin traités comme des gens qui peuvent ».
G: évaluation, restitution

@ 2025-09-09 11:00 | 5 | video | recyclerie* embauche
T: La recyclerie, 20 mois après
B: Vidéo pour la soirée de clôture.
C: Nadia devant le rayon électroménager de la Ressourcerie
R: Alors en 20 mois on a eu 19 personnes en parcours à la recyclerie, 9 sont sorties en emploi, 4 en
  formation. On a récupéré 62 tonnes d'objets. Et le plus beau c'est que Samia revient nous voir le
  samedi, en cliente.
G: recyclerie, bilan

@ 2025-09-16 10:00 | 10 | photo | evaluation* embauche*
T: Rapport final bouclé
B: Le rapport d'évaluation finale est bouclé : 128 personnes accompagnées, 47 sorties en emploi dont 21
  durables (CDI ou CDD de plus de 6 mois), 19 en formation. Envoyé aux financeurs.
C: Couverture du rapport « Valromme Emploi 2024-2025 : ce qui a marché »
G: évaluation, rapport

@ 2025-09-23 14:00 | 1 | note | copil* copildernier* pret scooter voiture garde permis evaluation mobilite
T: Dernier copil
B: Dernier comité de pilotage du projet : rapport présenté, le Département reconduit pour 3 ans avec la
  même équipe. On garde scooters, voitures, crèche élargie et auto-école sociale. Merci à tous !
G: copil, clôture
"""

# Réserves de remplissage (vie d'équipe). Elles réutilisent exprès des mots des sujets dans d'autres sens :
# code (photocopieur, wifi), entretien (chaudière), garde (pharmacie, mise en garde), permis de construire,
# essai (vidéoprojecteur, rugby), stage de foot, prêt de salle, crèche de Noël, comité des fêtes, enquête
# de gendarmerie, évaluation des risques, CV d'une tondeuse, patron du bar, santé au pot de départ...
# En-tête : % type | mois autorisés (facultatif, vide = tous) | once (événement unique, tiré une fois
# au plus).
FILLER = """
% note
T: Imprimante HS
B: L'imprimante du 1er est encore en bourrage, j'ai ouvert le capot et y'a un trombone coincé. Le
  technicien passe jeudi.
G: imprimante, matériel

% note
T: Code du photocopieur
B: Le nouveau code du photocopieur c'est 4512, chacun aura bientôt le sien pour les stats de la compta.
G: imprimante, info

% note
T: Code wifi
B: Le code wifi de la salle de réunion a changé, il est sur le post-it à côté de la machine à café.
G: informatique, info

% note | 9,10,11
T: Entretien chaudière
B: Entretien annuel de la chaudière jeudi entre 8h et 12h, le chauffage sera coupé, prévoyez un pull.
G: local, chauffage

% note
T: Pharmacie de garde
B: Pour ceux qui demandaient : la pharmacie de garde ce week-end c'est celle de la place du marché.
G: info, week-end

% note
T: Mise en garde cuisine
B: Petite mise en garde : les tasses qui traînent dans l'évier depuis lundi vont finir à la poubelle 😅
G: cuisine, vie-d-équipe

% note | 3,4,5 | once
T: Permis de construire
B: Le permis de construire pour l'extension du local est accordé ! Travaux prévus à l'automne, il va
  falloir pousser les bureaux.
G: local, travaux

% note
T: Essai du vidéoprojecteur
B: Essai du nouveau vidéoprojecteur en salle 2 : l'image est top mais le câble HDMI est trop court, faut
  une rallonge.
G: matériel, salle

% note | 9,10,11,3,4,5
T: Foot U13
B: Le FC Valromme U13 gagne 3-1 à Nantua, le fils de Karim a mis un doublé. Bravo les petits !
G: foot, week-end

% note | 3,4
T: Stage de foot
B: Le stage de foot des vacances de printemps est complet, liste d'attente ouverte au club-house.
G: foot, vacances

% note
T: Prêts pour le marché
B: On est prêts pour le marché de samedi : barnum, flyers, thermos. RDV 7h30 place de la Halle.
G: marché, logistique

% note | 11,12,6
T: Salle polyvalente
B: Prêt de la salle polyvalente confirmé par la mairie pour le pot de fin d'année, clés à récupérer
  vendredi.
G: convivialité, salle

% note | 4,5 | once
T: Comité des fêtes
B: Le comité des fêtes demande si on tient la buvette au vide-grenier de juin. Des volontaires ?
G: convivialité, village

% note |  | once
T: Vélos volés
B: Deux vélos volés devant le local cette nuit, la gendarmerie ouvre une enquête. Si c'est le vôtre,
  allez porter plainte.
G: local, sécurité

% note
T: DUERP à mettre à jour
B: Évaluation des risques professionnels du local (le fameux DUERP) à mettre à jour avant la fin du
  mois, c'est obligatoire.
G: local, sécurité

% note
T: Parking fermé
B: Le parking derrière la com com sera fermé lundi pour refaire le marquage au sol. Garez-vous rue de
  l'Église.
G: parking, info

% note
T: Bouchon sur la D1075
B: Bouchon monstre sur la D1075 à cause des travaux du pont, comptez 20 min de plus ce matin.
G: route, info

% note | 4,5,6,7,8,9
T: Tondeuse du club
B: La tondeuse du club-house fait 6 CV, Thierry propose de la réviser samedi si quelqu'un ramène des
  bougies neuves.
G: foot, bricolage

% note
T: Café du Centre
B: Le patron du bar du Centre nous offre le café pour la réunion d'équipe de mardi, on le remercie bien.
G: convivialité, réunion-d-équipe

% note |  | once
T: Pot de départ
B: Pot de départ de Christine de l'accueil vendredi 17h. Santé, et merci pour ces 22 ans ! Cagnotte
  dans l'enveloppe bleue.
G: convivialité, départ

% note
T: Compteur d'eau
B: Quelqu'un peut lire le compteur d'eau du local avant le 15 ? Le syndicat des eaux relance.
G: local, admin

% note | 9,10,11,1,2,3
T: Zumba
B: Cours de zumba à la salle des fêtes le jeudi soir, 3 € la séance, qui vient avec moi ?
G: sport, vie-d-équipe

% note
T: Fuite aux WC
B: Urgence : fuite d'eau dans les toilettes du rez-de-chaussée, plombier appelé, utilisez celles du 1er.
G: local, travaux

% note | 6,7,12
T: Planning des vacances
B: Planning en alternance pour l'accueil pendant les vacances : une semaine sur deux chacun, vérifiez
  vos créneaux.
G: planning, vacances

% note
T: Ordres de mission
B: N'oubliez pas vos ordres de mission signés pour les frais kilométriques, la compta bloque sinon.
G: admin, frais

% note
T: PC de la salle de réunion
B: L'ordi de la salle de réunion met 10 min à démarrer à cause des mises à jour, lancez-le avant
  d'arriver.
G: informatique, salle

% note | 7,8
T: Potager partagé
B: Thierry fait la nounou des plants de tomates du potager partagé pendant les vacances, arrosage un jour
  sur deux.
G: potager, vacances

% note
T: Standard
B: Qui peut décrocher le téléphone de l'accueil entre 12h et 14h cette semaine ? Christine est en congés.
G: planning, accueil

% note | 11,12
T: Repas de Noël
B: Sondage pour le repas de Noël de l'équipe : pizzeria ou crêperie ? Répondez sur le groupe avant
  vendredi.
G: convivialité, noël

% note
T: Livraison de chaises
B: Bruno embauche à 7h demain pour décharger la livraison de chaises pliantes pour la grande salle.
G: logistique, salle

% note | 9,10,11,3,4,5
T: Minibus du club
B: Qui peut conduire le minibus du club samedi pour le tournoi à Oyonnax ? Départ 8h du stade.
G: foot, week-end

% note
T: Chaises pour la soirée
B: Faut évaluer le nombre de chaises pour la soirée des bénévoles, on sera une soixantaine je pense.
G: convivialité, logistique

% note
T: Barnums à rendre
B: Les barnums prêtés par la mairie sont à rendre lundi avant 10h, propres et pliés svp.
G: marché, logistique

% note | 9,10
T: Stand fête de la pomme
B: Faut soigner un peu plus la déco du stand pour la fête de la pomme, l'an dernier c'était triste.
G: marché, village

% note
T: Téléphone noyé
B: Le portable de Bruno a fait une immersion complète dans son café. Il sèche dans le riz, appelez-le
  sur le fixe.
G: vie-d-équipe, humour

% note
T: Petit-déj d'équipe
B: Petit-déj d'équipe vendredi 8h30, chacun ramène quelque chose. Pas encore 3 paquets de chouquettes
  svp.
G: convivialité, vie-d-équipe

% note | 12,1
T: Mutuelle
B: Nouveau contrat de mutuelle santé pour l'équipe au 1er janvier, les cartes arrivent par courrier.
G: admin, rh

% note | 6,7
T: Horaires d'été
B: Horaires d'été du local : 8h-16h en juillet-août, la clim du 2e est toujours en panne.
G: local, été

% note
T: Travaux rue de la Poste
B: Chantier de voirie rue de la Poste jusqu'à la fin du mois, le parking est inaccessible, passez par
  derrière.
G: parking, travaux

% note | 4,5,6,7,8,9
T: Tonte devant le local
B: Les services techniques de la mairie tondent les espaces verts devant le local mardi matin, ça va
  faire du bruit pendant les rdv.
G: local, bruit

% note
T: Tri sélectif
B: Le bac jaune est plein depuis 2 semaines, quelqu'un passe à la déchetterie samedi avec les cartons ?
G: local, déchets

% note
T: Débat fromages
B: Grand débat du midi : comté ou beaufort ? Le comté gagne 6 à 4, Karim conteste le résultat.
G: vie-d-équipe, humour

% note
T: PV de la réunion d'équipe
B: Lecture du PV de la dernière réunion d'équipe : corrections à m'envoyer avant jeudi, après je diffuse.
G: réunion-d-équipe, admin

% note
T: Drone de la com com
B: Le service com fait des photos aériennes, pilotage du drone au-dessus du local jeudi, ne paniquez pas.
G: com, info

% note
T: Nouveau groupe WhatsApp
B: Création d'un nouveau groupe WhatsApp juste pour la logistique, l'autre est trop plein de photos de
  chats.
G: organisation, vie-d-équipe

% note
T: Ménage des bureaux
B: L'entreprise de nettoyage passe désormais le mardi soir au lieu du lundi, pensez à vider vos bureaux.
G: local, organisation

% note | 7,8 | once
T: Camille en vacances
B: Camille est partie en bateau pour Belle-Île, retour le 20, elle a dit de pas l'appeler 😄
G: vacances, humour

% note |  | once
T: Gardien du gymnase
B: Le gardien du gymnase déménage, son logement de fonction va être refait. On perd le créneau du mardi
  soir.
G: sport, village

% note | 12,1
T: Crèche de Noël à la mairie
B: La crèche de Noël est installée dans le hall de la mairie, les santons peints par l'école sont
  superbes.
G: noël, village

% note
T: Vestiaire repeint
B: Les jeunes du club de basket ont repeint le vestiaire samedi, ça a une autre allure.
G: sport, village

% note
T: Agrafeuse disparue
B: Qui a pris la grosse agrafeuse ? Elle doit revenir à l'accueil, merci 🙏
G: matériel, humour

% note
T: Clés du local
B: Les clés du local sont dans la boîte aux lettres, le code du cadenas est parti par SMS.
G: local, organisation

% note
T: Réunion d'équipe décalée
B: La réunion d'équipe de lundi est décalée à mardi 14h, même salle.
G: réunion-d-équipe, planning

% note | 9,10,11,3,4,5
T: Match de dimanche
B: Pour dimanche le coach part sur une formation en 4-4-2, on manque de défenseurs, qui a des crampons ?
G: foot, week-end

% note
T: Machine à café
B: La machine à café fait un bruit bizarre, détartrage prévu vendredi. En attendant, thé.
G: cuisine, matériel

% note | 12,1,2
T: Routes glissantes
B: Routes glissantes ce matin vers Hauteville, prudence, on décale les rdv de 9h si besoin.
G: route, météo

% note
T: Cartouches d'encre
B: Commande de cartouches d'encre passée, la compta demande de limiter les impressions couleur.
G: imprimante, admin

% note | 5,6,9
T: Tournoi de pétanque
B: Tournoi de pétanque inter-services jeudi midi, l'équipe du CIAS défend son titre.
G: convivialité, sport

% note
T: Anniversaire
B: C'est l'anniversaire de Léa vendredi, gâteau au chocolat commandé chez Martin.
G: convivialité

% note | 3,4
T: Congés d'été
B: Tableau des congés d'été à remplir avant le 15 avril, au moins 2 personnes présentes par semaine.
G: planning, vacances

% note | 6,7,8
T: Clim en panne
B: La clim du 2e étage est toujours en panne, on migre en salle 1 l'après-midi.
G: local, été

% note | 12
T: Sapin du hall
B: Qui ramène des guirlandes pour le sapin du hall ? On le fait mercredi midi.
G: noël, convivialité

% note | 9,10,11,2,3,4
T: Rugby
B: Le XV du Valromme a transformé l'essai à la dernière minute, victoire 21-20, Thierry est aphone.
G: rugby, week-end

% photo
T: Le stand au marché
B: Notre stand au marché du samedi, beaucoup de passage malgré le froid.
C: Barnum bleu, thermos et flyers sur la table pliante
G: marché, photo

% photo | 12,1
T: La crèche de Noël
B: Photo de la crèche de Noël de la mairie pour ceux qui l'ont pas vue.
C: Santons en argile peints par les CE2, hall de la mairie
G: noël, village

% photo
T: Bourrage papier
B: Voilà l'état de l'imprimante ce matin, bon courage à qui passe après.
C: Capot ouvert, feuilles froissées partout
G: imprimante, humour

% photo | 5,6,7,8,9
T: Parking inondé
B: Après l'orage, le parking du bas ressemble à une piscine.
C: Grosse flaque sur tout le parking, un cône qui flotte
G: parking, météo

% photo | 5,6
T: Victoire des U13
B: Les U13 avec la coupe du tournoi, photo envoyée par Karim.
C: Enfants en maillots jaunes, coupe au centre
G: foot, week-end

% photo | 1
T: Galette des rois
B: Galette à la réunion d'équipe, Sandrine a eu la fève (encore).
C: Couronne dorée sur la tête de Sandrine
G: convivialité

% photo
T: Chantier rue de la Poste
B: État des travaux de voirie rue de la Poste, passez par derrière.
C: Pelleteuse et barrières devant l'entrée principale
G: travaux, parking

% photo | 7,8,9
T: Tomates du potager
B: Premières tomates du potager partagé derrière la com com !
C: Panier de tomates cerises sur le rebord de fenêtre
G: potager, été

% photo
T: Le nouveau vidéoprojecteur
B: Installé en salle 2, reste à trouver une rallonge HDMI.
C: Vidéoprojecteur au plafond, câble qui pend
G: matériel, salle

% photo | 12,1,2
T: Neige sur Hauteville
B: Ce matin à Hauteville, les rdv de 9h sont décalés.
C: Route blanche, chasse-neige au loin
G: météo, route

% photo | 6 | once
T: Buvette du vide-grenier
B: La buvette tenue avec le comité des fêtes, 120 crêpes vendues.
C: Crêpière et file d'attente sous le soleil
G: convivialité, village

% photo | 9,10
T: Fête de la pomme
B: Le stand avec la nouvelle déco, c'est mieux que l'an dernier non ?
C: Guirlandes de pommes en feutrine sur la table
G: marché, village

% photo |  | once
T: Pot de départ de Christine
B: Merci Christine pour ces 22 ans à l'accueil !
C: Christine souffle les bougies, bouquet de pivoines
G: convivialité, départ

% photo
T: Cartons pour la déchetterie
B: Les cartons sont prêts pour la déchetterie, qui a une remorque ?
C: Pile de cartons aplatis dans le couloir
G: local, déchets

% photo | 5,6,9
T: Pétanque
B: L'équipe du CIAS garde son titre au tournoi de pétanque !
C: Boules autour du cochonnet, tout le monde penché pour mesurer
G: sport, convivialité

% audio
T: Mémo logistique marché
B: Mémo vocal.
R: Alors pour samedi, il faut le barnum, les deux tables, les flyers et le thermos. Je passe prendre les
  clés vendredi soir, quelqu'un peut ouvrir à 7h30 ?
G: marché, logistique

% audio
T: Imprimante, la suite
B: Mémo vocal.
R: Bon l'imprimante, j'ai appelé le technicien, il dit que c'est le rouleau d'entraînement, il commande
  la pièce. En attendant on imprime au rez-de-chaussée.
G: imprimante, matériel

% audio | 9,10,11,3,4,5
T: Résultat du match
B: Mémo du dimanche soir.
R: Alors on a gagné deux à un, c'était tendu jusqu'au bout, notre gardien a fait un match incroyable.
  Rendez-vous mercredi pour l'entraînement.
G: foot, week-end

% audio
T: Message des services techniques
B: Message laissé au standard.
R: Oui bonjour, c'est les services techniques, le parking sera fermé lundi toute la journée pour le
  marquage, merci de prévenir vos collègues.
G: parking, info

% audio
T: Commande de fournitures
B: Mémo vocal.
R: Donc je commande des ramettes de papier, des post-it, des stylos et une agrafeuse, celle de l'accueil
  a disparu. Si vous avez besoin d'autre chose dites-le avant midi.
G: matériel, admin

% audio | 12
T: Repas de Noël réservé
B: Mémo vocal.
R: Alors le sondage a parlé, ce sera la crêperie, le 19 à midi. Je réserve pour quinze, dites-moi si
  vous venez accompagnés.
G: convivialité, noël

% audio | 6,7,9 | once
T: Travaux d'extension
B: Mémo après la réunion avec l'architecte.
R: L'architecte dit que les travaux de l'extension commencent en octobre, on perd la salle 3 pendant
  deux mois. Faut réorganiser le planning des salles.
G: local, travaux

% audio | 12,1,2
T: Verglas
B: Mémo vocal du matin.
R: Attention ça glisse vraiment vers Hauteville, j'ai mis vingt minutes de plus. Si vous avez des
  rendez-vous tôt, décalez.
G: météo, route

% video | 5,6,9
T: Finale de pétanque
B: Vidéo du tir décisif.
C: Sandrine pointe, tout le monde retient son souffle
R: Allez allez... ouiii ! On garde le titre, on garde le titre !
G: sport, convivialité

% video | 1,2,3,4,5,6,7,8,9 | once
T: Visite du local agrandi
B: Petite visite pour ceux qui étaient en congés.
C: Couloir neuf, peinture encore fraîche
R: Alors là c'est la nouvelle salle, ici la cuisine, et au fond le bureau de Bruno qui a enfin une
  fenêtre.
G: local, travaux

% video | 12
T: Chorale de Noël
B: La chorale de l'école au marché de Noël.
C: Enfants en bonnets rouges devant le sapin de la place
R: Vive le vent, vive le vent, vive le vent d'hiver...
G: noël, village

% video
T: Images du drone
B: Les images du drone de la com com.
C: Vue aérienne du local et du parking
R: Alors là vous voyez le local, le parking, et là-bas le stade. Pas mal hein.
G: com, info

% video | 1,2,3,11,12
T: Crue du Valromme
B: La rivière en crue ce matin près du pont.
C: Eau marron qui passe à ras du pont
R: Regardez le niveau, c'est monté d'un mètre depuis hier. La route du bas est fermée.
G: météo, route

% drawing
T: Plan de la salle
B: Plan pour la soirée des bénévoles, tables en U.
C: Croquis au feutre : tables en U, buffet au fond
G: convivialité, logistique

% drawing |  | once
T: Dessin pour Karim
B: Pour décorer le bureau de Karim, signé Noah, 6 ans.
C: Un lion violet qui joue au foot
G: vie-d-équipe, humour

% drawing
T: Plan du stand
B: Disposition du stand du marché, à respecter samedi.
C: Schéma : barnum, 2 tables, kakémono à gauche
G: marché, logistique

% drawing |  | once
T: Qui a quelle clé
B: Qui a quelle clé, enfin au propre.
C: Tableau dessiné à la main avec les noms et les numéros de clés
G: local, organisation

% link | 10,11,12,1,2,3
T: Horaires de la déchetterie
B: Les horaires d'hiver de la déchetterie.
U: https://cc-valromme.fr/dechets/horaires-decheterie
G: déchets, info

% link | 8,9
T: Calendrier du FC Valromme
B: Le calendrier des matchs de la saison.
U: https://fc-valromme.example.fr/calendrier
G: foot, week-end

% link
T: Info trafic D1075
B: Le site pour suivre les travaux du pont.
U: https://inforoute.example.fr/d1075
G: route, info

% link | 11,12
T: Marché de Noël
B: Programme du marché de Noël de Bellegarde.
U: https://bellegarde-valromme.example.fr/marche-de-noel
G: noël, village

% link
T: Tuto imprimante
B: La vidéo du fabricant pour débloquer un bourrage.
U: https://support.example.com/imprimante/bourrage
G: imprimante, matériel

% link
T: Réservation de salle
B: Le formulaire de la mairie pour réserver la salle polyvalente.
U: https://bellegarde-valromme.example.fr/salles/reservation
G: salle, admin
"""

ADDONS = [
    "Merci à tous !",
    "Bon week-end 🙂",
    "Je vous tiens au courant.",
    "Dites-moi si souci.",
    "Rappel fait sur le groupe.",
    "Info transmise à Sandrine.",
    "Pensez à mettre à jour l'agenda partagé.",
    "On en reparle à la réunion d'équipe.",
    "Désolée pour le retard de l'info.",
    "Si quelqu'un a une meilleure idée, je prends.",
    "À suivre...",
    "Je remets le message demain pour les absents.",
    "Pas de panique 😉",
    "Merci de confirmer en réponse.",
    "La clé est à l'accueil.",
    "Je prends des photos si j'y pense.",
    "Ça fait deux fois ce mois-ci.",
    "La compta est prévenue.",
    "On a prévenu la mairie.",
    "Bon courage pour la journée !",
]
KIND_WEIGHTS = [("note", 56), ("photo", 20), ("audio", 8), ("video", 5), ("drawing", 4), ("link", 7)]

# Requêtes : (texte tapé, type, mode, argument, explication). Modes :
#   topic (étiquette[, étiquette des 3 premiers]), phrase (étiquette, expression), exclude (étiquette, mot),
#   author (prénom), stage (mot du titre d'escale), tag (tag), month ((année, mois)), day ((mois, jour)),
#   none (aucune entrée ne répond).
QUERIES = [
    # --- synonymes familiers / hyperonymes ---
    (
        "bagnole",
        "synonyme",
        "topic",
        "voiture",
        "mot familier pour voiture : accès des participants à une voiture (location solidaire, prêt, budget)",
    ),
    (
        "nounou",
        "synonyme",
        "topic",
        "garde",
        "garde des enfants des participants (crèche à horaires élargis, assmat, enfants malades, centre de "
        "loisirs)",
    ),
    (
        "mobylette",
        "synonyme",
        "topic",
        "scooter",
        "mot familier pour cyclomoteur : scooters et cyclomoteurs prêtés ou testés pour les participants",
    ),
    (
        "minima sociaux",
        "synonyme",
        "topic",
        "rsa",
        "hyperonyme du RSA : entrées sur les allocataires / bénéficiaires du RSA",
    ),
    (
        "ordi",
        "synonyme",
        "topic",
        "numerique",
        "familier pour ordinateur : compétences numériques des participants (tablettes, smartphone, mails, "
        "démarches en ligne)",
    ),
    (
        "toubib",
        "synonyme",
        "topic",
        "sante",
        "familier pour médecin : freins de santé des participants (dos, moral, dents, vue, addictions)",
    ),
    (
        "patrons",
        "synonyme",
        "topic",
        "employeurs",
        "familier pour employeurs : relations avec les entreprises (petits-déj, job datings, visites, "
        "retours des employeurs)",
    ),
    (
        "alphabétisation",
        "synonyme",
        "topic",
        "lecture",
        "mot absent du carnet : ateliers savoirs de base, lecture-écriture, ASL, FLE, difficultés à lire",
    ),
    (
        "décrocheurs",
        "synonyme",
        "topic",
        "neet",
        "jeunes ni en emploi ni en formation suivis par la mission locale (CEJ, aller-vers)",
    ),
    (
        "sondage",
        "synonyme",
        "topic",
        "enquete",
        "questionnaires et retours recueillis auprès des participants",
    ),
    # --- formes de mots ---
    (
        "embauchés",
        "forme",
        "topic",
        "embauche",
        "participe pluriel : retours à l'emploi obtenus (CDD, CDI, sorties emploi) ; pas « embaucher tôt »",
    ),
    (
        "conduire",
        "forme",
        "topic",
        "permis",
        "verbe pour « conduite » : permis de conduire, code, auto-école sociale",
    ),
    (
        "entretiens",
        "forme",
        "topic",
        "entretien",
        "pluriel : entretiens d'embauche (simulations, visio, passages) ; pas l'entretien des berges, des "
        "locaux ni les entretiens d'évaluation",
    ),
    (
        "évaluer",
        "forme",
        "topic",
        "evaluation",
        "verbe pour « évaluation » : trame, indicateurs, questionnaires, rapport et restitution de "
        "l'évaluation",
    ),
    (
        "prêtés",
        "forme",
        "topic",
        "pret",
        "participe : véhicules prêtés ou loués aux participants (scooters, voitures, vélos)",
    ),
    ("soigner", "forme", "topic", "sante", "verbe : problèmes de santé des participants et soins organisés"),
    # --- plusieurs mots ---
    (
        "garde enfants horaires décalés",
        "multi-mots",
        "topic",
        "garde",
        "garde des enfants des participants, notamment tôt le matin et tard le soir",
    ),
    (
        "petit déj entreprises",
        "multi-mots",
        "topic",
        "petitdej",
        "petits-déjeuners organisés avec les employeurs du territoire",
    ),
    (
        "jeunes mission locale",
        "multi-mots",
        "topic",
        "neet",
        "jeunes suivis par la mission locale (CEJ, repérage, immersions jeunes)",
    ),
    (
        "chantier insertion espaces verts",
        "multi-mots",
        "topic",
        "chantier",
        "le chantier d'insertion espaces verts ; pas les travaux de voirie ni la tonte municipale",
    ),
    ("atelier CV", "multi-mots", "topic", "cv", "rédaction et mise à jour des CV des participants"),
    (
        "stage en entreprise",
        "multi-mots",
        "topic",
        "immersion",
        "immersions, PMSMP, stages et périodes d'essai en entreprise ; pas le stage de foot",
    ),
    # --- questions entières ---
    (
        "qui a parlé du job dating ?",
        "question",
        "topic",
        "jobdating",
        "entrées sur les job datings (préparation, journées, bilan)",
    ),
    (
        "comment on a aidé ceux qui ont pas de moyen de transport ?",
        "question",
        "topic",
        "mobilite",
        "solutions de mobilité pour les participants (prêts, location solidaire, TAD, permis)",
    ),
    (
        "c'était quand le dernier comité de pilotage ?",
        "question",
        "topic",
        ("copil", "copildernier"),
        "tous les copils ; le dernier (septembre 2025) doit sortir en tête",
    ),
    (
        "qu'est-ce que les participants ont répondu à l'enquête ?",
        "question",
        "topic",
        "enquete",
        "questionnaires, sondages et retours des participants",
    ),
    (
        "qui a réussi le code ou le permis ?",
        "question",
        "topic",
        "permisok",
        "réussites au code ou à l'examen de conduite",
    ),
    (
        "combien de personnes ont retrouvé un emploi ?",
        "question",
        "topic",
        "embauche",
        "retours à l'emploi obtenus, individuels ou chiffrés",
    ),
    # --- fautes de frappe, accents manquants ---
    ("recylerie", "faute", "topic", "recyclerie", "recyclerie (ressourcerie) et ses salariés en parcours"),
    (
        "cours de francais",
        "faute",
        "topic",
        "lecture",
        "cédille manquante : ateliers de français, lecture-écriture, FLE",
    ),
    ("evaluation finale", "faute", "topic", "evaluation", "accent manquant : évaluation du projet"),
    ("numerique", "faute", "topic", "numerique", "accent manquant : compétences numériques"),
    ("permi de conduir", "faute", "topic", "permis", "permis de conduire, code, auto-école sociale"),
    ("comite de pilotge", "faute", "topic", "copil", "comité de pilotage"),
    ("beneficaires rsa", "faute", "topic", "rsa", "bénéficiaires du RSA"),
    # --- expressions exactes ---
    (
        '"horaires atypiques"',
        "expression exacte",
        "phrase",
        ("garde", "horaires atypiques"),
        "entrées sur la garde d'enfants contenant l'expression exacte",
    ),
    (
        '"auto-école sociale"',
        "expression exacte",
        "phrase",
        ("permis", "auto-école sociale"),
        "entrées sur le permis contenant l'expression exacte",
    ),
    (
        '"contrat d\'engagement jeune"',
        "expression exacte",
        "phrase",
        ("neet", "contrat d'engagement jeune"),
        "entrées sur les jeunes contenant l'expression exacte (pas « CEJ » seul)",
    ),
    # --- exclusions ---
    (
        "permis -code",
        "exclusion",
        "exclude",
        ("permis", "code"),
        "sujet permis moins les entrées contenant « code » ou « codes »",
    ),
    (
        "garde d'enfants NOT crèche",
        "exclusion",
        "exclude",
        ("garde", "crèche"),
        "sujet garde d'enfants moins les entrées contenant « crèche » ou « crèches »",
    ),
    (
        "immersion -essai",
        "exclusion",
        "exclude",
        ("immersion", "essai"),
        "sujet immersion moins les entrées contenant « essai » ou « essais »",
    ),
    # --- champs ---
    ("auteur:Nadia", "champ", "author", "Nadia", "toutes les entrées de Nadia Chevalier"),
    ("auteur:Julien", "champ", "author", "Julien", "toutes les entrées de Julien Perrin"),
    (
        "escale:mobilité",
        "champ",
        "stage",
        "mobilité",
        "toutes les entrées de l'escale « Mobilité et garde d'enfants »",
    ),
    ("#recyclerie", "champ", "tag", "recyclerie", "toutes les entrées portant le tag recyclerie"),
    ("#permis", "champ", "tag", "permis", "toutes les entrées portant le tag permis"),
    # --- dates ---
    ("mars 2025", "date", "month", (2025, 3), "toutes les entrées de mars 2025"),
    ("avril 2024", "date", "month", (2024, 4), "toutes les entrées d'avril 2024"),
    ("le 14 octobre", "date", "day", (10, 14), "entrées du 14 octobre (info coll RSA, plantations)"),
    (
        "réunion du 3 juin",
        "date",
        "day",
        (6, 3),
        "entrées du 3 juin, les deux années (réunion mobilité 2024, copil 2025)",
    ),
    # --- sans réponse ---
    (
        "permis bateau",
        "sans réponse",
        "none",
        ["bateau"],
        "aucun permis bateau ; « bateau » n'apparaît que dans un message de vacances",
    ),
    (
        "contrats en alternance",
        "sans réponse",
        "none",
        ["alternance", "apprenti"],
        "pas d'alternance dans le projet ; « alternance » n'apparaît que pour un planning d'accueil",
    ),
    (
        "logement d'urgence",
        "sans réponse",
        "none",
        ["logement", "hébergement", "hébergé"],
        "le carnet ne traite pas du logement ; « urgence » et « logement » n'apparaissent que dans la vie du "
        "local",
    ),
    (
        "aide à la création d'entreprise",
        "sans réponse",
        "none",
        ["création d'entreprise", "créer son entreprise", "entrepreneur", "créer sa boîte"],
        "aucune création d'activité ; « création » ne sert qu'à un groupe WhatsApp",
    ),
]

WORD_RE = re.compile(r"[\w'-]+", re.UNICODE)


def paris_offset(dt):
    """Décalage Europe/Paris : +02:00 du dernier dimanche de mars 2h au dernier dimanche d'octobre 3h."""

    def last_sunday(year, month):
        d = date(year, month, 31)
        return d - timedelta(days=(d.weekday() + 1) % 7)

    start = datetime.combine(last_sunday(dt.year, 3), datetime.min.time()) + timedelta(hours=2)
    end = datetime.combine(last_sunday(dt.year, 10), datetime.min.time()) + timedelta(hours=3)
    return "+02:00" if start <= dt < end else "+01:00"


def parse_block(text, lead):
    records, cur, field = [], None, None
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith(lead + " "):
            cur = {"head": [p.strip() for p in line[2:].split("|")]}
            records.append(cur)
            field = None
        elif line.startswith("  "):
            cur[field] += " " + line.strip()
        else:
            key, _, val = line.partition(": ")
            assert key in ("T", "B", "C", "R", "S", "U", "G"), line
            field = key
            cur[field] = val.strip()
    return records


def make_entry(dt, author, kind, rec):
    speaker = rec.get("S", "")
    name, _, role = speaker.partition("|")
    return {
        "id": 0,
        "kind": kind,
        "title": rec["T"],
        "body": rec["B"],
        "tags": [t.strip() for t in rec["G"].split(",") if t.strip()],
        "occurred_at": dt.strftime("%Y-%m-%dT%H:%M:00") + paris_offset(dt),
        "stage": stage_of(dt.date()),
        "author": author,
        "caption": rec.get("C", ""),
        "transcript": rec.get("R", ""),
        "speaker_name": name.strip(),
        "speaker_role": role.strip(),
        "url": rec.get("U", ""),
    }


def stage_of(d):
    for sid, _, start, end in STAGES:
        if date.fromisoformat(start) <= d and (end is None or d <= date.fromisoformat(end)):
            return sid
    raise ValueError(d)


def forbidden_day(d):
    return (d.month, d.day) in {(10, 14), (6, 3)}


def build():
    rng = random.Random(SEED)
    items = []  # (datetime, entry, labels dict or None)
    for rec in parse_block(HAND, "@"):
        when, author, kind, labels = rec["head"]
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
        lab = {}
        for tok in labels.split():
            lab[tok.rstrip("*")] = tok.endswith("*")
        items.append((dt, make_entry(dt, int(author), kind, rec), lab))
    used = {it[0] for it in items}

    pools = {}
    for rec in parse_block(FILLER, "%"):
        kind = rec["head"][0]
        months = (
            [int(m) for m in rec["head"][1].split(",")] if len(rec["head"]) > 1 and rec["head"][1] else None
        )
        once = len(rec["head"]) > 2 and rec["head"][2] == "once"
        pools.setdefault(kind, []).append((rec, months, once))
    queues = {k: [] for k in pools}
    done_once = set()
    first, last = date.fromisoformat(STAGES[0][2]), LAST_DAY
    all_days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    all_days = [d for d in all_days if not forbidden_day(d)]
    kinds = [k for k, _ in KIND_WEIGHTS]
    weights = [w for _, w in KIND_WEIGHTS]
    for _ in range(N_FILLER):
        kind = rng.choices(kinds, weights)[0]
        if not queues[kind]:
            queues[kind] = [it for it in pools[kind] if not (it[2] and it[0]["T"] in done_once)]
            rng.shuffle(queues[kind])
        rec, months, once = queues[kind].pop()
        if once:
            done_once.add(rec["T"])
        days = [d for d in all_days if months is None or d.month in months]
        while True:
            d = rng.choice(days)
            weekend = d.weekday() >= 5
            if weekend and rng.random() < 0.8:
                continue
            dt = datetime(d.year, d.month, d.day, rng.randint(7, 18), rng.choice(range(0, 60, 5)))
            if dt not in used:
                break
        used.add(dt)
        rec = dict(rec)
        if rng.random() < 0.45:
            rec["B"] = rec["B"] + " " + rng.choice(ADDONS)
        items.append((dt, make_entry(dt, rng.randint(1, 10), kind, rec), None))

    items.sort(key=lambda it: it[0])
    labels, stars = {}, {}
    for i, (_, e, lab) in enumerate(items, 1):
        e["id"] = i
        for name, star in (lab or {}).items():
            labels.setdefault(name, set()).add(i)
            if star:
                stars.setdefault(name, set()).add(i)
    # mobilité = solutions de transport : inclut les prêts, les voitures et les scooters.
    labels["mobilite"] |= labels["pret"] | labels["voiture"] | labels["scooter"]
    entries = [e for _, e, _ in items]
    hand_ids = {e["id"] for _, e, lab in items if lab is not None}
    return entries, labels, stars, hand_ids


def text_of(e):
    parts = [e["title"], e["body"], e["caption"], e["transcript"], e["speaker_name"], e["speaker_role"]]
    parts += e["tags"]
    return " \n ".join(parts).lower().replace("\u2019", "'")


def has_word(e, word):
    return re.search(r"(?<![\w-])" + re.escape(word.lower()) + r"s?(?![\w-])", text_of(e)) is not None


def has_phrase(e, phrase):
    return re.search(r"(?<![\w-])" + re.escape(phrase.lower()) + r"(?![\w-])", text_of(e)) is not None


def judge(entries, labels, stars):
    by_id = {e["id"]: e for e in entries}
    out = []
    for q, qtype, mode, arg, why in QUERIES:
        top3 = []
        if mode == "topic":
            lab, toplab = (arg, arg) if isinstance(arg, str) else arg
            rel = set(labels[lab])
            top3 = sorted(stars.get(toplab, set()) & rel)
        elif mode == "phrase":
            lab, phrase = arg
            rel = {i for i in labels[lab] if has_phrase(by_id[i], phrase)}
            top3 = sorted(stars.get(lab, set()) & rel)
        elif mode == "exclude":
            lab, word = arg
            rel = {i for i in labels[lab] if not has_word(by_id[i], word)}
            top3 = sorted(stars.get(lab, set()) & rel)
        elif mode == "author":
            aid = [a for a, n in AUTHORS if n.split()[0] == arg][0]
            rel = {e["id"] for e in entries if e["author"] == aid}
        elif mode == "stage":
            sid = [s[0] for s in STAGES if arg in s[1].lower()][0]
            rel = {e["id"] for e in entries if e["stage"] == sid}
        elif mode == "tag":
            rel = {e["id"] for e in entries if arg in e["tags"]}
        elif mode == "month":
            prefix = "%04d-%02d-" % arg
            rel = {e["id"] for e in entries if e["occurred_at"].startswith(prefix)}
        elif mode == "day":
            suffix = "-%02d-%02d" % arg
            rel = {e["id"] for e in entries if e["occurred_at"][4:10] == suffix}
        elif mode == "none":
            rel = set()
        else:
            raise ValueError(mode)
        out.append({"q": q, "relevant": sorted(rel), "top3": top3[:2], "why": "[%s] %s" % (qtype, why)})
    return out


def check(data, labels, stars, hand_ids):
    errors = []

    def err(msg):
        errors.append(msg)

    entries, queries = data["entries"], data["queries"]
    ids = [e["id"] for e in entries]
    if ids != list(range(1, len(entries) + 1)):
        err("ids non consécutifs")
    if not 320 <= len(entries) <= 360:
        err("nombre d'entrées hors bornes : %d" % len(entries))
    if not 52 <= len(queries) <= 56:
        err("nombre de requêtes hors bornes : %d" % len(queries))
    stamps = [e["occurred_at"] for e in entries]
    dts = [datetime.fromisoformat(s) for s in stamps]
    if any(a >= b for a, b in zip(dts, dts[1:])):
        err("entrées pas en ordre chronologique strict")
    dst = {2024: (date(2024, 3, 31), date(2024, 10, 27)), 2025: (date(2025, 3, 30), date(2025, 10, 26))}
    stage_rng = {
        s[0]: (date.fromisoformat(s[2]), date.fromisoformat(s[3]) if s[3] else LAST_DAY) for s in STAGES
    }
    kinds = {"note", "photo", "audio", "video", "drawing", "testimony", "link"}
    author_ids = {a for a, _ in AUTHORS}
    for e, s in zip(entries, stamps):
        d = date.fromisoformat(s[:10])
        a, b = dst[d.year]
        want = (
            "+02:00"
            if a < d < b or (d == a and s[11:13] >= "03") or (d == b and s[11:13] < "02")
            else "+01:00"
        )
        if not s.endswith(want):
            err("décalage faux pour %d (%s)" % (e["id"], s))
        lo, hi = stage_rng[e["stage"]]
        if not lo <= d <= hi:
            err("escale %d ne correspond pas à la date de %d" % (e["stage"], e["id"]))
        if not isinstance(e["author"], int) or e["author"] not in author_ids:
            err("auteur invalide pour %d" % e["id"])
        if e["kind"] not in kinds:
            err("type inconnu pour %d" % e["id"])
        if e["kind"] == "testimony" and not (e["speaker_name"] and e["speaker_role"]):
            err("témoignage sans orateur : %d" % e["id"])
        if e["kind"] != "testimony" and (e["speaker_name"] or e["speaker_role"]):
            err("orateur hors témoignage : %d" % e["id"])
        if (e["kind"] == "link") != bool(e["url"]):
            err("url incohérente pour %d" % e["id"])
        if (e["kind"] in ("audio", "video")) != bool(e["transcript"]):
            err("transcription incohérente pour %d" % e["id"])
        if e["kind"] in ("photo", "video", "drawing") and not e["caption"]:
            err("légende manquante pour %d" % e["id"])
        if not e["tags"] or any("#" in t for t in e["tags"]):
            err("tags invalides pour %d" % e["id"])
        for f in ("title", "body", "caption", "transcript", "speaker_name", "speaker_role", "url"):
            if not isinstance(e[f], str):
                err("champ %s non texte pour %d" % (f, e["id"]))
    if len(data["authors"]) != 10 or len(data["stages"]) != 5 or data["stages"][-1]["ends_on"] is not None:
        err("auteurs ou escales mal formés")
    for sid in range(1, 6):
        if not any(e["stage"] == sid for e in entries):
            err("escale vide : %d" % sid)
    # étiquettes : au plus 2 étoiles, uniquement sur les entrées rédigées, chacune en porte au moins une
    for name, st in stars.items():
        if len(st) > 2:
            err("plus de 2 étoiles pour %s" % name)
    labelled = set().union(*labels.values())
    if labelled != hand_ids:
        err("étiquettes hors entrées rédigées, ou entrée rédigée sans étiquette")
    if not labels["copildernier"] <= labels["copil"]:
        err("copildernier hors copil")
    # requêtes
    no_answer = 0
    by_id = {e["id"]: e for e in entries}
    hand_text = " ".join(text_of(by_id[i]) for i in hand_ids)
    filler_text = " ".join(text_of(e) for e in entries if e["id"] not in hand_ids)
    for spec, q in zip(QUERIES, queries):
        rel, top = set(q["relevant"]), set(q["top3"])
        if not rel <= set(ids):
            err("id jugé inexistant dans %r" % q["q"])
        if not top <= rel or len(top) > 2:
            err("top3 invalide dans %r" % q["q"])
        if not re.match(r"^\[[^\]]+\] ", q["why"]):
            err("why sans type entre crochets : %r" % q["q"])
        mode = spec[2]
        if mode == "none":
            no_answer += 1
            if rel:
                err("requête sans réponse avec des pertinents : %r" % q["q"])
            for w in spec[3]:
                if w in hand_text:
                    err("%r apparaît dans une entrée rédigée (%r)" % (w, q["q"]))
            qwords = [w for w in WORD_RE.findall(q["q"].lower()) if len(w) > 4]
            if not any(re.search(r"\b" + re.escape(w[:-1]), filler_text) for w in qwords):
                err("aucun mot de %r dans le remplissage" % q["q"])
        else:
            if not rel:
                err("requête sans pertinent : %r" % q["q"])
        if mode in ("phrase", "exclude"):
            lab = spec[3][0]
            if not rel < labels[lab]:
                err("%r devrait être un sous-ensemble strict du sujet" % q["q"])
        if mode == "day":
            if any(i not in hand_ids for i in rel):
                err("remplissage le jour de %r" % q["q"])
    if no_answer < 4:
        err("moins de 4 requêtes sans réponse")
    with open(os.path.abspath(__file__), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if len(line.rstrip("\n")) > 110:
                err("ligne %d trop longue" % n)
    return errors


def main():
    entries, labels, stars, hand_ids = build()
    data = {
        "name": NAME,
        "language": "fr",
        "logbook": LOGBOOK,
        "stages": [{"id": s, "title": t, "starts_on": a, "ends_on": b} for s, t, a, b in STAGES],
        "authors": [{"id": a, "name": n} for a, n in AUTHORS],
        "entries": entries,
        "queries": judge(entries, labels, stars),
    }
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(OUT, encoding="utf-8") as fh:
        reloaded = json.load(fh)
    errors = check(reloaded, labels, stars, hand_ids)
    types = {}
    for q in reloaded["queries"]:
        t = q["why"][1 : q["why"].index("]")]
        types[t] = types.get(t, 0) + 1
    print(
        "%s : %d entrées (%d rédigées, %d remplissage), %d requêtes"
        % (NAME, len(entries), len(hand_ids), len(entries) - len(hand_ids), len(reloaded["queries"]))
    )
    print("  par type : " + ", ".join("%s %d" % kv for kv in types.items()))
    if "-v" in sys.argv:
        for q in reloaded["queries"]:
            print("  %-58s %3d pertinents, top3 %s" % (q["q"], len(q["relevant"]), q["top3"]))
    if errors:
        for m in errors:
            print("ERREUR : " + m)
        sys.exit(1)
    print("vérifications OK")


if __name__ == "__main__":
    main()
