#!/usr/bin/env python3
# ruff: noqa
"""Jeu de requêtes jugées « blind4_fr » : carnet de bord de Saint-Martin-de-Lisle.

Projet fictif : adaptation au climat et énergie dans une ville moyenne (cours oasis, arbres,
plan canicule, rénovation des logements sociaux, coopérative solaire, eau de pluie, vélo,
concertation, enquête, COPIL, marchés publics, évaluation).

Bibliothèque standard uniquement, graine fixe, déterministe.
Usage : python3 make_blind4_fr.py  -> écrit blind4_fr.json à côté du script et le vérifie.
"""

import json
import os
import random
import re
import sys
import unicodedata
from datetime import date, datetime, timedelta

NAME = "blind4_fr"
SEED = 20240305
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, NAME + ".json")
N_FILLER = 193
FIRST_DAY = date(2024, 3, 4)
LAST_DAY = date(2025, 11, 21)

LOGBOOK = {
    "title": "Saint-Martin-de-Lisle, ville fraîche et sobre",
    "description": (
        "Carnet de bord partagé du projet d'adaptation au climat et de sobriété énergétique "
        "de Saint-Martin-de-Lisle : mairie (mission transition écologique), Lisle Habitat, "
        "école Jean-Jaurès, asso Vivre aux Peupliers, France Rénov', Lisle à Vélo et la "
        "coopérative SoLisle. Notes, photos, capsules audio, vidéos et témoignages postés "
        "depuis le terrain."
    ),
}

STAGES = [
    (1, "Diagnostic partagé", "2024-03-01", "2024-06-30"),
    (2, "Concertation avec les habitants", "2024-07-01", "2024-10-31"),
    (3, "Appels d'offres et financements", "2024-11-01", "2025-02-28"),
    (4, "Chantiers et premier été", "2025-03-01", "2025-08-31"),
    (5, "Évaluation et suites", "2025-09-01", None),
]

AUTHORS = [
    (1, "Claire Dubois"),  # cheffe de projet transition écologique, mairie
    (2, "Karim Benali"),  # chargé de mission énergie-climat, mairie
    (3, "Sophie Lemaire"),  # chargée de développement social, Lisle Habitat
    (4, "Julien Moreau"),  # directeur de l'école Jean-Jaurès
    (5, "Nathalie Girard"),  # présidente de l'asso Vivre aux Peupliers
    (6, "Thomas Petit"),  # conseiller France Rénov'
    (7, "Amandine Roux"),  # Lisle à Vélo
    (8, "Mehdi Haddad"),  # coordinateur de la coopérative SoLisle
    (9, "Élodie Fournier"),  # responsable espaces verts, services techniques
    (10, "Lucas Marchand"),  # service civique communication
]

# Sujets jugés à la lecture (sens, pas mots). Une étoile dans les données = doit sortir
# dans les 3 premiers pour ce sujet.
TOPICS = {
    "oasis": "transformation de la cour de l'école en cour oasis",
    "oasis_enfants": "ce que les enfants disent / font de la nouvelle cour",
    "atelier_oasis": "concertation avec élèves et parents sur la cour",
    "arbres": "plantation et suivi des arbres en ville",
    "arrosage": "arrosage d'été des jeunes arbres",
    "fraicheur": "îlots de chaleur / de fraîcheur, ombre, rafraîchissement urbain",
    "mesures": "mesures de température dans les rues (capteurs, thermomètre)",
    "canicule": "canicules et plan canicule",
    "salles_fraiches": "lieux rafraîchis ouverts pendant les canicules",
    "isolation": "isolation / rénovation thermique des logements",
    "nb_logements": "nombre de logements isolés ou rénovés",
    "chauffage": "chauffage des logements (chaudières, chaufferie, radiateurs)",
    "factures": "factures d'énergie, impayés, précarité énergétique",
    "factures_locataires": "factures et charges d'énergie des locataires du bailleur",
    "renov_conseil": "conseil France Rénov' (permanences, aides, MaPrimeRénov')",
    "coop": "coopérative citoyenne d'énergie SoLisle",
    "coop_recrut": "comment la coop a trouvé ses souscripteurs",
    "solaire": "panneaux solaires (centrales sur les toits publics, solaire thermique)",
    "solaire_ecole": "panneaux solaires sur le toit de l'école",
    "pluie": "récupération de l'eau de pluie (cuves, récupérateurs)",
    "inondation": "inondations, crues, ruissellement et leur prévention",
    "pistes": "pistes et aménagements cyclables",
    "veloecole": "apprentissage du vélo (vélo-école, Savoir rouler à vélo)",
    "veloecole_adultes": "vélo-école pour adultes",
    "ateliers": "ateliers de concertation citoyenne",
    "enquete": "enquête / questionnaire auprès des habitants",
    "enquete_resultats": "résultats des enquêtes habitants",
    "copil": "comité de pilotage des élus",
    "marche": "marchés publics, appels d'offres, consultations d'entreprises",
    "marche_isolation": "consultation / marché pour les travaux d'isolation",
    "eval": "évaluation finale du projet",
}

# ---------------------------------------------------------------------------------------
# Entrées écrites à la main. « @ date heure | auteur | type | tags », puis T: titre,
# B: corps, C: légende, V: transcription, S: nom | rôle, U: url, K: sujets (* = top 3).
# Les lignes qui commencent par des espaces prolongent le champ précédent.
# ---------------------------------------------------------------------------------------
HAND = """
@ 2024-03-05 09:30 | 1 | note | lancement, équipe
T: Lancement du carnet de bord
B: Réu de lancement ce matin en mairie : ville, Lisle Habitat, école Jean-Jaurès, asso Vivre aux
   Peupliers, France Rénov', Lisle à Vélo et les futurs coopérateurs. On se donne 20 mois. Tout ce
   qu'on voit, entend, mesure : on le poste ici, même en vrac, depuis le tel.
K:

@ 2024-03-07 14:10 | 2 | link | ressource, chaleur urbaine
T: Guide ADEME sur les îlots de chaleur urbains
B: Le guide cité en réu. Bonne synthèse sur pourquoi un centre-ville minéral garde la chaleur la nuit,
   avec des fiches solutions : végétal, eau, matériaux clairs, ombrières.
U: https://librairie.ademe.fr/urbanisme-et-batiment/ilots-de-chaleur-urbains-guide
K: fraicheur

@ 2024-03-12 10:00 | 3 | note | DPE, patrimoine
T: Inventaire du patrimoine Lisle Habitat
B: On a ressorti les DPE des deux résidences concernées. Les Tilleuls (84 logts, 1972) : étiquettes E
   et F, murs béton sans isolant, simple vitrage dans un tiers des apparts, de vraies passoires. Les
   Peupliers (120 logts) : chaudière collective gaz de 1998 en fin de vie.
K: isolation chauffage

@ 2024-03-14 18:30 | 5 | testimony | témoignage, logement
T: « L'hiver on vit en doudoune »
B: « Chez moi le thermostat il sert à rien, les radiateurs sont tièdes et le froid passe par les
   fenêtres. L'hiver je vis en doudoune dans mon salon. Et la facture de gaz, 140 € par mois, pour
   avoir froid ! »
S: Josiane Caron | locataire aux Tilleuls depuis 30 ans
K: chauffage isolation factures factures_locataires*

@ 2024-03-19 11:00 | 6 | note | France Rénov', permanence
T: 1re permanence France Rénov' à la Maison des services
B: Perm du mardi matin : 6 rdv. Surtout des proprios de pavillons années 70 qui veulent virer leur
   chaudière fioul. 2 dossiers MaPrimeRénov' à monter, 1 couple orienté vers un Accompagnateur Rénov'
   pour une réno d'ampleur.
K: renov_conseil* chauffage

@ 2024-03-21 16:45 | 4 | photo | école, cour
T: La cour actuelle de Jean-Jaurès
C: 100 % enrobé, 2 platanes malades, zéro ombre côté préau. En juin dernier on a relevé 52 °C au sol.
B: Point de départ pour le projet de cour oasis. On garde cette photo pour l'avant/après.
K: oasis fraicheur

@ 2024-03-26 09:15 | 9 | note | arbres, voirie
T: Recensement des arbres d'alignement
B: Avec Bastien on a fait le tour des rues du centre : 312 arbres d'alignement, dont 40 à remplacer
   (platanes chancreux, tilleuls qui dépérissent). Des trous dans les alignements rue Gambetta et av.
   de la Gare : autant d'emplacements pour replanter.
K: arbres

@ 2024-03-28 14:00 | 7 | note | vélo, diagnostic
T: Diag vélo : on a roulé le centre
B: Balade-diag avec 12 adhérents. Points noirs : giratoire du collège, rue de la République (voitures
   garées sur la bande cyclable), aucune continuité entre la gare et la ZA. On compile tout sur une
   carte partagée.
K: pistes

@ 2024-04-02 10:30 | 1 | note | enquête, habitants
T: Questionnaire habitants : on cale les questions
B: Séance de travail avec Lucas pour l'enquête auprès des habitants : 25 questions max, 10 min pour
   répondre. Thèmes : confort d'été dans le logement, dépenses d'énergie, déplacements, envies de
   nature en ville. Version papier + en ligne.
K: enquete*

@ 2024-04-04 11:20 | 2 | audio | capteurs, température
T: Capsule : on pose les capteurs
B: Capsule enregistrée rue Gambetta.
V: Je suis rue Gambetta, on vient de fixer le premier capteur sur un lampadaire, à trois mètres de
   haut. Il enregistre la température et l'humidité toutes les dix minutes. On en pose huit en tout :
   quatre dans des rues en plein soleil, quatre dans des rues avec des arbres, pour comparer cet été.
K: mesures* fraicheur

@ 2024-04-09 12:00 | 10 | link | enquête, habitants
T: Le questionnaire est en ligne !
B: En ligne jusqu'au 31 mai. Versions papier dispo en mairie, à la médiathèque et au local des
   Peupliers. Partagez autour de vous !!
U: https://www.saint-martin-de-lisle.fr/enquete-climat-energie
K: enquete

@ 2024-04-11 15:30 | 3 | note | Tilleuls, thermique
T: Visite technique aux Tilleuls avec le BET
B: Le bureau d'études thermiques a fait le tour : ponts thermiques énormes aux nez de dalle, VMC HS
   dans la moitié des logts, combles perdus avec 5 cm de laine tassée. Préconisation : ITE 14 cm +
   menuiseries + VMC hygro. Gain estimé -45 % sur les consos.
K: isolation*

@ 2024-04-16 10:00 | 8 | note | coop, solaire
T: Et si on produisait notre propre électricité ?
B: 1er rdv avec Claire et Karim. L'idée : une SCIC où habitants, commune et entreprises du coin
   investissent ensemble pour poser des panneaux sur les toits publics. L'argent reste ici,
   l'électricité aussi. Modèles : Énergie Partagée, les centrales villageoises.
K: coop* solaire

@ 2024-04-18 16:00 | 4 | drawing | école, cour, dessin
T: Dessin d'Inès, CM1 : ma cour idéale
C: « Une cabane, de l'herbe, un coin d'eau et des arbres pour se cacher du soleil »
B: On a lancé le concours de dessins dans les 3 classes du cycle 3 pour imaginer la future cour.
K: oasis atelier_oasis

@ 2024-04-23 09:00 | 6 | note | chèque énergie, permanence
T: Chèque énergie : plein de gens ne l'utilisent pas
B: Sur la perm d'hier, 3 personnes sur 5 ne savaient pas qu'on peut régler sa facture d'électricité ou
   de gaz avec le chèque énergie. Une dame en avait deux dans un tiroir, jamais utilisés, périmés.
K: factures renov_conseil

@ 2024-04-25 18:00 | 5 | photo | enquête, porte-à-porte
T: Porte-à-porte aux Peupliers
C: Avec Fatou et Jordan, bâtiment C : 17 questionnaires remplis en 2h avec les gens sur le palier.
B: Le papier marche mieux que le lien internet ici.
K: enquete

@ 2024-04-30 11:30 | 9 | note | arbres, essences
T: Quelles essences pour les futures plantations
B: Fini les platanes partout. On part sur une palette diversifiée qui supporte le sec : micocoulier,
   chêne vert, érable de Montpellier, tilleul argenté, arbre de Judée. Fosses de 12 m3 minimum pour que
   ça pousse vraiment.
K: arbres

@ 2024-05-03 14:00 | 7 | video | vélo, voirie
T: Vidéo : la bande cyclable rue de la République
C: Rue de la République, 8h15
B: 50 mètres filmés à l'heure de pointe.
V: Regardez, là, la bande cyclable : trois voitures garées dessus en cinquante mètres. Du coup les
   cyclistes se déportent sur la voie et les bus les frôlent. Ce qu'on demande, c'est une piste séparée
   physiquement, pas juste de la peinture par terre.
K: pistes

@ 2024-05-06 15:00 | 10 | note | enquête, commerces
T: Relance du sondage dans les commerces
B: On a déposé des affichettes avec QR code dans 25 commerces. La boulangerie Martin fait remplir le
   sondage à ses clients en caisse, énorme !
K: enquete

@ 2024-05-07 10:15 | 2 | note | solaire, bâtiments
T: Toits publics : le potentiel solaire
B: Étude de potentiel rendue : gymnase Coubertin 1 200 m² de toiture bien orientée, charpente OK → ~180
   kWc. École Jean-Jaurès ~60 kWc. Médiathèque : trop d'ombre portée. Ateliers municipaux ~90 kWc mais
   toiture amiantée à refaire avant.
K: solaire* solaire_ecole*

@ 2024-05-14 19:00 | 5 | audio | mémoire, crue
T: Capsule : le souvenir de 2021
B: Enregistré au pied du bâtiment D.
V: Je suis avec monsieur Lopez, au pied du bâtiment D. En 2021, l'eau est montée jusqu'ici, regardez la
   marque sur le mur, presque un mètre. Les caves ont été noyées, les voitures aussi. Il dit que
   depuis, dès qu'il y a un gros orage, il a peur de voir la Lisle sortir de son lit.
K: inondation

@ 2024-05-16 08:45 | 1 | note | orage, voirie
T: Le ruisseau du Moulin déborde encore
B: Gros orage cette nuit (38 mm en 1h). Rue du Moulin sous 20 cm d'eau à 6h, avaloirs saturés, services
   techniques sur place. 3e épisode de ruissellement en deux ans : tout le bassin versant est
   imperméabilisé.
K: inondation*

@ 2024-05-21 15:00 | 4 | note | école, parents
T: Réunion parents pour la cour
B: Présentation du projet de cour oasis aux parents d'élèves. Inquiétudes : la boue, les allergies, la
   sécurité des jeux. Beaucoup d'enthousiasme aussi. On propose un atelier de co-conception en
   septembre avec enfants, parents et animateurs du périscolaire.
K: oasis atelier_oasis ateliers

@ 2024-05-23 11:00 | 8 | note | coop, visite
T: Visite d'une centrale villageoise à Bellecombe
B: Avec 6 futurs sociétaires on est allés voir une coop qui a 14 toitures en service. Leçons :
   gouvernance 1 personne = 1 voix, parts à 50 €, et surtout l'animation, des bénévoles qui vont
   chercher les gens un par un.
K: coop solaire

@ 2024-05-28 17:30 | 3 | testimony | chaufferie, Peupliers
T: Le gardien et la chaufferie
B: « La chaufferie, je la connais par cœur. Elle a 26 ans. Chaque hiver il y a deux, trois pannes, et
   c'est toujours quand il gèle. Les gens m'appellent à 7 heures du matin parce qu'il n'y a plus d'eau
   chaude ni de radiateurs. On rafistole. »
S: Rachid Amrani | gardien de la résidence des Peupliers
K: chauffage*

@ 2024-05-31 12:00 | 10 | note | enquête, habitants
T: Clôture de l'enquête : 612 réponses
B: C'est fini ce soir. 612 questionnaires (418 en ligne, 194 papier). Très bon taux aux Peupliers grâce
   au porte-à-porte. Dépouillement cet été avec la stagiaire du CCAS.
K: enquete*

@ 2024-06-03 18:00 | 1 | note | copil, élus
T: COPIL n°1
B: Premier comité de pilotage avec M. le Maire, l'adjointe à la transition écologique (Mme Vasseur) et
   l'adjoint aux travaux. Validé : école Jean-Jaurès en pilote pour la cour oasis, étude d'isolation
   des Tilleuls, soutien de la ville à la coop solaire. Prochain COPIL en novembre.
K: copil* oasis isolation coop solaire

@ 2024-06-03 18:40 | 10 | photo | copil
T: Photo du COPIL
C: Salle du conseil, 14 participants. Le Maire et ses adjoints ont eu droit à la carte des points
   chauds de Karim.
B: Ambiance studieuse.
K: copil

@ 2024-06-06 09:30 | 2 | note | canicule, CCAS
T: Plan canicule 2024 : on prépare
B: Réu avec le CCAS. Registre des personnes fragiles à mettre à jour : 214 inscrits l'an dernier,
   surtout des + de 75 ans isolés. 2 lieux frais prévus : médiathèque (climatisée) et salle
   Jean-Moulin. Les bénévoles de la Croix-Rouge feront les appels. Les EHPAD ont leur propre plan bleu.
K: canicule* salles_fraiches

@ 2024-06-11 14:20 | 6 | note | permanence, arnaques
T: Perm : les combles et les démarcheurs
B: Plein de questions sur l'isolation des combles depuis qu'un démarcheur fait du porte-à-porte («
   isolation à 1 € », c'est fini depuis 2021 !). J'ai rappelé les règles : jamais de signature le jour
   même, vérifier le label RGE, passer par nous avant.
K: renov_conseil isolation

@ 2024-06-13 16:00 | 9 | photo | arbres, sécheresse
T: Les jeunes arbres souffrent déjà
C: Rue Pasteur : 3 tilleuls plantés en 2023 en stress hydrique, feuilles grillées.
B: Il nous faut un vrai plan d'arrosage cet été : sacs goutte-à-goutte ou tournée de la tonne à eau.
K: arbres arrosage

@ 2024-06-18 10:00 | 7 | note | vélo, école, SRAV
T: Savoir rouler à vélo : bilan avec les CM2
B: On a fait les 3 séances du SRAV avec les deux CM2 de Jean-Jaurès : maniement, puis circulation en
   espace fermé, puis sortie en ville. 41 enfants sur 46 ont validé le bloc 3. Les 5 autres n'avaient
   jamais fait de vélo de leur vie.
K: veloecole*

@ 2024-06-20 19:00 | 5 | note | eau, jardins
T: Jardins familiaux : on veut récupérer l'eau des toits
B: Les jardiniers des Peupliers veulent des cuves pour stocker l'eau de pluie qui tombe sur les abris.
   Aujourd'hui ils arrosent au robinet de la ville. On monte un petit dossier pour l'appel à projets du
   Département.
K: pluie

@ 2024-06-25 15:30 | 1 | note | financement
T: Dossier Fonds vert déposé
B: Dossier envoyé en préfecture pour la cour oasis (renaturation) et les plantations d'arbres en ville
   : 60 % de subvention demandés sur 480 k€.
K: oasis arbres

@ 2024-06-27 13:00 | 4 | audio | école, chaleur
T: Capsule : 36 degrés dans la classe
B: Enregistré en classe, 1er étage.
V: On est le 27 juin, il est 13 heures, j'ai 36 degrés dans ma classe au premier étage. Les enfants
   sont rouges, on a fermé les volets, on se mouille avec des gants. Franchement on ne peut plus
   travailler l'après-midi. C'est pour ça que la cour oasis, c'est pas un gadget.
K: canicule oasis

@ 2024-07-02 09:00 | 2 | note | capteurs, température
T: Premières données des capteurs
B: Juin : écart moyen de 3,8 °C la nuit entre la rue Gambetta (zéro arbre, bitume) et le mail des
   Tilleuls (grands platanes). En journée au soleil, +6 °C de température ressentie. Ça confirme tout
   l'intérêt de l'ombre.
K: mesures fraicheur*

@ 2024-07-04 18:00 | 7 | photo | vélo, voirie
T: Double sens cyclable rue Voltaire
C: Panneau posé hier : les vélos peuvent remonter la rue en sens inverse.
B: Petit aménagement, gros gain pour rejoindre le collège.
K: pistes

@ 2024-07-09 11:00 | 10 | photo | canicule, communication
T: Affiche du plan canicule
C: Numéro vert, lieux frais, gestes simples. Affichée aussi dans les pharmacies et chez les médecins.
B: 300 exemplaires imprimés.
K: canicule

@ 2024-07-16 22:10 | 2 | audio | température, nuit
T: Capsule de nuit place du Marché
B: Thermomètre à la main.
V: Petite capsule depuis la place du Marché. Il est 22 heures, il fait encore 29 degrés. À la sortie de
   la ville, vers les champs, la station donne 21. Voilà, c'est ça l'effet îlot de chaleur : les pavés
   et le goudron rendent la chaleur toute la nuit.
K: fraicheur mesures

@ 2024-07-23 10:00 | 9 | note | arbres, été
T: Tournée d'arrosage lancée
B: Tonne à eau tous les 8 jours sur les 180 arbres plantés depuis 3 ans, 80 litres par arbre. Deux
   saisonniers embauchés jusqu'à fin août pour tenir le rythme.
K: arbres arrosage*

@ 2024-07-30 14:00 | 1 | note | canicule, vigilance
T: Vigilance orange : on déclenche
B: Préfecture en vigilance orange à partir de demain. Plan activé : appels quotidiens aux 231 inscrits
   du registre, médiathèque ouverte jusqu'à 20h avec la clim, horaires de la piscine élargis,
   brumisateurs au square.
K: canicule salles_fraiches

@ 2024-07-31 17:00 | 5 | testimony | canicule, aînés
T: « On parle un peu, ça fait du bien »
B: « Les filles de la mairie m'appellent tous les matins. Est-ce que vous buvez, est-ce que vous avez
   fermé les volets. Ça me fait du bien, on parle un peu. Mais je ne vais pas à la médiathèque, c'est
   trop loin à pied par ce temps. »
S: Germaine Delattre | 82 ans, habitante des Peupliers
K: canicule salles_fraiches

@ 2024-08-08 09:15 | 2 | note | canicule, retour
T: Retour sur la vague de chaleur
B: 9 jours au-dessus de 35 °C. 231 personnes appelées chaque jour, 4 visites à domicile, 1
   hospitalisation. La médiathèque a accueilli ~60 personnes/jour ; la salle Jean-Moulin presque
   personne (pas de clim, juste des ventilos, à revoir).
K: canicule salles_fraiches*

@ 2024-08-13 15:10 | 2 | note | température, relevés
T: Tournée au thermomètre infrarouge
B: Relevés de surface à 15h : enrobé noir 58 °C, pavé clair 44 °C, pelouse 32 °C, sol sous un tilleul
   29 °C. Tableau complet sur le drive, avec les photos de chaque point.
K: mesures* fraicheur

@ 2024-08-20 18:30 | 7 | note | vélo, adultes
T: Des mamans veulent apprendre le vélo
B: Trois femmes des Peupliers sont venues à notre stand pour demander des cours de vélo, elles n'ont
   jamais appris petites. On va monter une vélo-école pour adultes à la rentrée, le samedi matin sur le
   parking du gymnase.
K: veloecole veloecole_adultes

@ 2024-08-27 10:00 | 9 | photo | square, été
T: Le brumisateur du square Gambetta
C: Installé en juillet, pris d'assaut par les familles. Conso d'eau à surveiller : 1,2 m³/jour.
B: À garder pour l'été prochain mais avec un minuteur.
K: fraicheur

@ 2024-09-03 08:30 | 4 | note | rentrée, école
T: Rentrée : la cour toujours en bitume
B: Rentrée sous 31 °C. Les enfants se massent sous le préau, seul coin d'ombre de la cour. Vivement les
   travaux l'an prochain.
K: oasis fraicheur

@ 2024-09-05 12:00 | 8 | link | coop, ressource
T: La carte des projets d'énergie renouvelable citoyens
B: Pour ceux qui demandaient des exemples : plus de 300 projets portés par des habitants partout en
   France, beaucoup de toitures solaires.
U: https://energie-partagee.org/projets/
K: coop

@ 2024-09-10 14:00 | 10 | note | enquête, résultats
T: Les résultats de l'enquête habitants
B: Synthèse du dépouillement : 72 % des répondants ont eu trop chaud chez eux l'été dernier, 38 % ont
   du mal à payer leurs factures d'énergie, 64 % veulent plus d'arbres dans leur rue, 29 % iraient
   travailler à vélo si c'était plus sûr. Le rapport complet est sur le drive.
K: enquete enquete_resultats* factures arbres pistes canicule

@ 2024-09-12 18:00 | 1 | link | enquête, rapport
T: Rapport complet de l'enquête (PDF)
B: Les 40 pages, avec tous les verbatims. Merci aux 612 habitants qui ont répondu !
U: https://www.saint-martin-de-lisle.fr/docs/rapport-enquete-2024.pdf
K: enquete enquete_resultats

@ 2024-09-17 18:30 | 4 | photo | école, concertation
T: Atelier de co-conception de la cour
C: Enfants, parents et animateurs autour de la maquette : les élèves ont placé la butte, le potager, le
   coin calme.
B: 1er atelier de concertation pour la cour oasis, 45 participants !
K: oasis atelier_oasis* ateliers

@ 2024-09-19 20:00 | 5 | audio | école, concertation
T: Capsule après l'atelier de l'école
B: À chaud, sur le trottoir.
V: Je sors de l'atelier à l'école. Ce qui m'a frappée, c'est que les gamins savaient exactement ce
   qu'ils voulaient : de l'ombre, des cachettes, de la terre. Et les parents qui avaient peur de la
   boue, à la fin ils proposaient eux-mêmes de venir planter.
K: oasis atelier_oasis ateliers

@ 2024-09-24 10:00 | 7 | note | vélo, adultes
T: Vélo-école adultes : c'est parti
B: Premier samedi : 7 apprenantes de 28 à 64 ans. Draisienne d'abord, sans pédales, pour trouver
   l'équilibre. Madame K. a roulé 20 mètres toute seule à la fin, grosse émotion.
K: veloecole* veloecole_adultes*

@ 2024-09-26 15:00 | 8 | note | coop, statuts
T: Statuts de la SCIC SoLisle déposés
B: Ça y est, SoLisle existe ! SCIC à capital variable, 4 collèges : habitants, collectivités,
   entreprises, partenaires. Part sociale à 50 €. La commune entre au capital à hauteur de 10 000 €.
K: coop*

@ 2024-10-01 09:30 | 1 | note | concertation, agenda
T: Programme des ateliers de concertation
B: Trois ateliers ouverts à tous en octobre : 1) « Une ville plus fraîche » (arbres, ombre, eau), 2) «
   Mon logement, mes factures » avec Lisle Habitat et France Rénov', 3) « Se déplacer autrement ».
   Inscription libre, garderie sur place.
K: ateliers* fraicheur

@ 2024-10-03 17:00 | 4 | note | école, vote
T: Les élèves ont voté pour leur cour
B: Conseil des élèves : vote sur les 3 esquisses de la paysagiste. L'esquisse B gagne (butte + petit
   bois + potager). Les délégués de CM2 présenteront leur choix au Maire.
K: oasis atelier_oasis

@ 2024-10-08 20:30 | 10 | photo | concertation, fraîcheur
T: Atelier « Une ville plus fraîche »
C: Carte géante du centre : gommettes vertes pour les rues où planter, rouges pour les points chauds.
B: 38 participants. Top des demandes : rue Gambetta, parvis de l'église, abords de l'EHPAD.
K: ateliers arbres fraicheur

@ 2024-10-10 19:30 | 8 | photo | coop, AG
T: AG constitutive de SoLisle
C: 87 sociétaires présents ou représentés, 31 400 € de capital souscrit dès ce soir.
B: Premier conseil coopératif élu dans la foulée.
K: coop

@ 2024-10-14 18:15 | 3 | note | concertation, logement
T: Atelier « Mon logement, mes factures »
B: Salle pleine aux Peupliers. Les locataires ont surtout parlé des courants d'air et des charges de
   chauffage qui ont doublé depuis 2022. Thomas a fait un mini-atelier « lire sa facture ». 40 post-it
   recueillis à intégrer au programme de travaux.
K: ateliers* factures factures_locataires chauffage isolation renov_conseil

@ 2024-10-14 20:00 | 1 | audio | concertation, logement
T: Capsule à chaud après l'atelier logement
B: Dans la voiture, en rentrant.
V: Je rentre de l'atelier des Peupliers. Ce qui ressort : les gens ne veulent pas juste des travaux,
   ils veulent comprendre leurs factures et savoir qui appeler quand la chaudière tombe en panne. Il y
   a une vraie demande d'accompagnement, pas seulement de la technique.
K: ateliers factures factures_locataires chauffage

@ 2024-10-17 19:00 | 7 | note | concertation, vélo
T: Atelier « Se déplacer autrement »
B: Belle soirée. Propositions : piste bidirectionnelle gare ↔ ZA, double sens cyclable dans toutes les
   rues à 30, arceaux devant les écoles, et pérenniser la vélo-école pour adultes.
K: ateliers pistes veloecole veloecole_adultes

@ 2024-10-22 07:30 | 1 | photo | crue, rivière
T: La Lisle en crue
C: Ce matin au pont Neuf : la rivière a pris 2,40 m en 36 h. Le parking du bord de l'eau est fermé.
B: Vigilance orange crues. Le quartier des Peupliers sous surveillance, sacs de sable distribués.
K: inondation*

@ 2024-10-23 12:00 | 5 | testimony | crue, Peupliers
T: Inondé pour la deuxième fois
B: « Cette nuit l'eau est entrée dans la cave, 40 centimètres. Heureusement j'avais tout mis en hauteur
   depuis 2021. Mais le congélateur est foutu. Ce qu'il faut, c'est que l'eau des parkings arrête de
   descendre chez nous. »
S: Antonio Lopez | habitant du bâtiment D, Peupliers
K: inondation

@ 2024-10-29 10:00 | 9 | note | crue, aménagement
T: Des noues au parc du Moulin
B: Suite à la crue, le BE propose de désimperméabiliser le parking du parc du Moulin et de creuser des
   noues pour que l'eau s'infiltre sur place au lieu de partir dans le réseau. Bonus : ça rafraîchit le
   coin et on peut y mettre des saules.
K: inondation fraicheur

@ 2024-11-05 10:00 | 1 | note | marché public, école
T: L'appel d'offres de la cour oasis est lancé
B: DCE publié sur la plateforme : 3 lots (1 désimperméabilisation/terrassement, 2 espaces
   verts/plantations, 3 mobilier/jeux). Remise des offres le 10 décembre. Visite de site obligatoire le
   20/11.
K: marche* oasis

@ 2024-11-07 14:00 | 3 | note | marché public, Tilleuls
T: Consultation des entreprises pour l'ITE des Tilleuls
B: Lisle Habitat lance sa consultation pour l'isolation par l'extérieur + le remplacement des fenêtres
   : procédure adaptée, 2 lots. On vise un démarrage en avril, locataires en place.
K: marche marche_isolation* isolation

@ 2024-11-12 18:00 | 1 | note | copil
T: COPIL n°2
B: La municipalité valide le plan de financement de la cour (Fonds vert accordé : 270 k€) et la 1re
   tranche de plantations. Débat vif sur les aménagements cyclables : les commerçants de la rue de la
   République craignent de perdre du stationnement. Arbitrage reporté.
K: copil oasis arbres pistes

@ 2024-11-19 11:00 | 8 | note | coop, souscription
T: Souscription : on tracte au marché
B: Stand au marché du samedi avec 5 bénévoles : 23 nouvelles souscriptions en une matinée ! Ce qui
   marche : montrer le toit du gymnase en photo et dire « 50 €, c'est une part, et vous votez comme
   tout le monde ».
K: coop coop_recrut*

@ 2024-11-20 10:30 | 4 | photo | marché public, école
T: Visite de site des entreprises
C: 7 entreprises présentes pour la visite obligatoire de la cour. Beaucoup de questions sur
   l'évacuation des enrobés.
B: Le DCE a l'air clair pour tout le monde.
K: marche oasis

@ 2024-11-25 14:00 | 9 | video | arbres, plantation, école
T: Plantation rue Gambetta
C: Avec les CM1 de Jean-Jaurès
B: Vidéo tournée pendant la plantation.
V: On est le 25 novembre, la Sainte-Catherine, tout bois prend racine ! On plante aujourd'hui les 14
   premiers arbres de la rue Gambetta : des micocouliers et des chênes verts. Fosse de 12 mètres cubes,
   tuteurage, et un sac d'arrosage pour l'été.
K: arbres* arrosage

@ 2024-11-28 09:00 | 6 | note | froid, permanence
T: Premiers froids : le téléphone n'arrête pas
B: Premières gelées et ça sonne sans arrêt : chaudières en panne, radiateurs électriques qui font
   exploser les factures, une famille qui se chauffe avec le four ouvert. C'est ça la précarité
   énergétique. J'ai orienté 4 ménages vers le FSL et le CCAS.
K: factures* chauffage renov_conseil

@ 2024-12-03 17:00 | 3 | testimony | charges, Peupliers
T: La régul de charges
B: « Le mois dernier j'ai reçu la régularisation de charges : 480 euros de chauffage en plus. Je ne
   peux pas. J'ai demandé un échéancier. Les enfants dorment avec des bonnets quand la chaudière
   s'arrête. »
S: Samira Benkhelifa | mère de 3 enfants, locataire aux Peupliers
K: factures factures_locataires chauffage

@ 2024-12-05 10:00 | 2 | note | marché public
T: Questions des candidats
B: 12 questions reçues sur la plateforme pour le marché de la cour, dont 4 sur la gestion des terres.
   Réponses publiées à tous les candidats avant le 6/12.
K: marche oasis

@ 2024-12-10 11:00 | 6 | audio | tuto, facture
T: Capsule : lire sa facture d'électricité
B: Petit tuto pour les gens de la perm.
V: Alors, regardez d'abord la ligne consommation en kilowattheures, pas le montant. Si c'est une
   facture estimée, relevez votre compteur et envoyez l'index. Et vérifiez la puissance souscrite :
   souvent elle est trop haute, vous payez pour rien.
K: factures renov_conseil

@ 2024-12-12 14:30 | 1 | note | marché public
T: Ouverture des plis
B: Cour oasis : 5 offres sur le lot 1, 3 sur le lot 2, 2 sur le lot 3. Analyse par la maîtrise d'œuvre,
   60 % valeur technique / 40 % prix.
K: marche oasis

@ 2024-12-17 19:00 | 8 | audio | coop, sociétaires
T: Capsule : pourquoi j'ai pris des parts
B: Rencontré à la permanence de SoLisle.
V: Alors moi c'est Gérard, je suis retraité, ancien électricien. J'ai pris dix parts dans SoLisle.
   Pourquoi ? Parce que plutôt que de laisser mon argent dormir au Livret A, je préfère qu'il serve à
   mettre des panneaux sur le gymnase où mes petits-enfants font du judo.
K: coop solaire

@ 2024-12-19 10:00 | 2 | note | marché public, vélo
T: Consultation travaux de la piste gare-ZA
B: Le DCE des travaux de la piste cyclable gare-ZA est en ligne : lot unique VRD, remise des offres le
   24 janvier. On espère des prix corrects, le secteur est calme en ce moment.
K: marche pistes

@ 2025-01-08 11:00 | 7 | note | vélo, adultes
T: Vélo-école : séance sous la pluie
B: On a maintenu la séance malgré le crachin. 9 adultes maintenant, 3 roulent déjà sur la voie verte.
   Prochain objectif : aller au travail à vélo, l'une d'elles a un poste à la ZA.
K: veloecole veloecole_adultes

@ 2025-01-10 15:00 | 8 | note | coop, entreprises
T: Les entreprises de la ZA entrent au capital
B: Rdv avec le club d'entreprises de la ZA : 6 boîtes prennent des parts (de 1 000 à 5 000 €).
   L'argument qui a porté : leur logo sur la centrale et de l'électricité produite à 2 km de chez
   elles.
K: coop coop_recrut

@ 2025-01-14 16:00 | 2 | note | marché public, école
T: Attribution du marché de la cour
B: Commission d'appel d'offres ce matin. Lot 1 à TP Lislois, lot 2 à Paysages du Val, lot 3 à Kompan.
   Total 412 k€ HT. Travaux en 2 phases : vacances de printemps puis juillet-août.
K: marche* oasis

@ 2025-01-16 09:00 | 3 | note | marché public, Tilleuls
T: ITE des Tilleuls : offres analysées
B: 3 offres pour l'isolation des Tilleuls. Retenue : Isolbat (ITE laine de roche 16 cm, enduit clair)
   pour 1,9 M€. Les fenêtres passent en PVC double vitrage. Début du chantier le 7 avril.
K: marche marche_isolation* isolation

@ 2025-01-21 10:30 | 6 | note | permanence, rénovation
T: Perm : la réno d'ampleur fait peur
B: Les proprios modestes hésitent : 15 000 € de reste à charge même avec MaPrimeRénov'. J'ai refait les
   calculs avec l'éco-PTZ, ça passe pour deux d'entre eux. On organise une réunion publique « Rénover
   sans se ruiner » en février.
K: renov_conseil

@ 2025-01-28 18:00 | 4 | note | école, solaire
T: Les CM2 calculent la production solaire
B: Projet de classe avec SoLisle : les élèves ont calculé combien de kWh produiraient les panneaux sur
   le toit de l'école. Résultat : de quoi alimenter l'école 8 mois sur 12 ! Ils réclament un écran dans
   le hall pour suivre la production.
K: solaire solaire_ecole coop

@ 2025-01-30 15:00 | 3 | note | impayés, social
T: Impayés d'énergie : +30 % de demandes
B: Le service social de Lisle Habitat note +30 % de demandes d'aide pour des impayés d'énergie cet
   hiver. Plusieurs locataires se privent de chauffage pour payer le loyer. C'est de la précarité
   énergétique pure.
K: factures* factures_locataires chauffage

@ 2025-02-04 14:00 | 1 | note | rénovation, réunion publique
T: Réunion publique « Rénover sans se ruiner »
B: 70 personnes à la salle des fêtes. Thomas a présenté MaPrimeRénov', les CEE, l'éco-PTZ. Beaucoup de
   questions sur les pompes à chaleur et les arnaques. 18 rdv pris pour la perm.
K: renov_conseil chauffage

@ 2025-02-06 11:00 | 8 | note | solaire, raccordement
T: Raccordement Enedis demandé
B: Demandes de raccordement déposées pour le gymnase Coubertin (178 kWc) et l'école Jean-Jaurès (58
   kWc). Vente en totalité avec obligation d'achat. Délai annoncé : 4 mois.
K: solaire solaire_ecole coop

@ 2025-02-11 09:45 | 9 | note | arbres, plantation
T: Fin de la saison de plantation
B: Hiver 2024-25 : 86 arbres mis en terre (rue Gambetta, av. de la Gare, parvis de l'église, abords de
   l'EHPAD). On verra la reprise en mai. Paillage BRF partout.
K: arbres*

@ 2025-02-13 17:30 | 7 | photo | vélo, piste
T: Tracé de la future piste gare-ZA
C: Le géomètre a marqué l'emprise : 2,5 m bidirectionnel, séparé de la route par une bordure. 1,8 km.
B: Ça devient concret !
K: pistes*

@ 2025-02-18 18:00 | 1 | note | copil, vélo
T: COPIL n°3 : arbitrage vélo
B: Compromis trouvé avec les commerçants : piste séparée rue de la République côté sud, 11 places de
   stationnement supprimées mais 6 recréées rue Thiers + arceaux. Travaux en juin.
K: copil pistes

@ 2025-02-20 10:00 | 5 | note | eau, jardins
T: Récupérateurs d'eau : dossier accepté !
B: Le Département finance 12 cuves de 1 000 L pour les jardins familiaux des Peupliers + 40
   récupérateurs de 300 L distribués aux habitants de pavillons qui le demandent. Pose au printemps.
K: pluie*

@ 2025-02-25 15:30 | 2 | note | eaux pluviales, urbanisme
T: Eaux pluviales : nouvelle règle au PLU
B: Principe inscrit dans la modif du PLU : zéro rejet au réseau pour les constructions neuves,
   infiltration à la parcelle. Ça vaut pour nos propres projets : la cour oasis infiltrera toute l'eau
   qui tombe dessus.
K: inondation oasis

@ 2025-03-04 09:00 | 3 | note | Tilleuls, locataires
T: Réunion d'info avant le chantier des Tilleuls
B: Présentation du chantier aux locataires : échafaudages 5 mois, fenêtres changées en une journée par
   logement, pas de hausse de loyer. Questions surtout sur le bruit et la poussière.
K: isolation

@ 2025-03-11 14:00 | 4 | note | école, potager
T: Le potager de la cour se prépare
B: Avec les CE2, on a semé en godets les futures plantes de la cour : capucines, tournesols, fèves.
   Elles iront dans les bacs quand les travaux seront finis.
K: oasis

@ 2025-03-18 16:00 | 8 | note | coop, souscription
T: Souscription : cap des 100 000 €
B: On a dépassé les 100 k€ de capital ! 412 sociétaires. Le bouche-à-oreille dans les clubs sportifs a
   beaucoup aidé, et les « apéros solaires » chez l'habitant : 10 personnes dans un salon, un café, une
   présentation de 20 minutes.
K: coop coop_recrut*

@ 2025-03-20 11:00 | 7 | note | vélo, école, SRAV
T: Le SRAV s'étend à Condorcet
B: Savoir Rouler à Vélo à l'école Condorcet ce printemps, 2 classes. La ville a prêté 20 vélos, remis
   en état par notre atelier d'autoréparation.
K: veloecole

@ 2025-03-25 10:00 | 1 | note | école, planning
T: Décalage du début des travaux de la cour
B: Le lot 1 demande de décaler le démarrage au 14 avril à cause de la pluie (sols détrempés). Accepté,
   on garde la fin de phase 1 au 25 avril.
K: oasis

@ 2025-03-27 10:00 | 9 | note | eaux pluviales, parc
T: On débitume le parking du parc du Moulin
B: Chantier lancé : on retire l'enrobé sur 1 800 m², remplacé par des dalles enherbées et deux noues
   plantées. Ça doit encaisser une averse de 30 mm sans rien envoyer à la rivière.
K: inondation

@ 2025-04-03 14:00 | 2 | note | solaire, gymnase
T: Pose des panneaux sur le gymnase
B: Les couvreurs sont sur le toit de Coubertin depuis lundi. 412 modules posés sur 420. Onduleurs la
   semaine prochaine.
K: solaire* coop

@ 2025-04-07 08:00 | 3 | photo | Tilleuls, chantier
T: Échafaudages aux Tilleuls
C: Jour 1 du chantier d'isolation par l'extérieur. Bâtiment A emballé.
B: C'est parti pour 5 mois.
K: isolation

@ 2025-04-14 08:30 | 4 | video | école, travaux
T: Les pelleteuses dans la cour
C: Vacances de printemps, école Jean-Jaurès
B: Jour 1 des travaux.
V: Premier jour des travaux. Là vous voyez, la pelle casse l'enrobé. Dessous, de la terre, enfin ! On
   enlève 900 mètres carrés de bitume. Les enfants reviennent dans deux semaines, ils vont halluciner.
K: oasis*

@ 2025-04-17 12:00 | 9 | note | arbres, reprise
T: Reprise des plantations : 94 %
B: Contrôle de reprise des arbres de l'hiver : 81 sur 86 ont débourré. Les 5 morts seront remplacés
   sous garantie par le pépiniériste.
K: arbres

@ 2025-04-24 17:00 | 4 | photo | école, travaux
T: Fin de la phase 1
C: Terre à nu, 6 arbres plantés dans la cour (2 chênes, 2 érables, 1 tilleul, 1 mûrier), la butte en
   place.
B: Pas fini, mais les élèves vont pouvoir découvrir lundi.
K: oasis arbres

@ 2025-04-29 10:30 | 4 | testimony | école, élèves
T: Ce qu'en dit Inès
B: « Avant c'était tout gris et on se brûlait les genoux quand on tombait. Maintenant il y a de la
   terre et des arbres tout petits. Quand ils seront grands on pourra jouer dessous. Moi je veux
   m'occuper du potager. »
S: Inès | élève de CM1, école Jean-Jaurès
K: oasis oasis_enfants*

@ 2025-05-06 09:00 | 8 | video | solaire, coop
T: Mise en service de la centrale du gymnase
C: L'onduleur, 9h02
B: On a appuyé sur le bouton !
V: Ça y est, on vient de basculer l'interrupteur. Sur l'écran de l'onduleur, là : 96 kilowatts, alors
   qu'il y a des nuages. La première centrale de SoLisle produit ! Merci aux 412 sociétaires.
K: solaire coop

@ 2025-05-13 18:00 | 5 | photo | eau, jardins
T: Les cuves des jardins familiaux
C: 12 cuves de 1 000 litres branchées sur les gouttières des abris. Première grosse averse : toutes
   pleines !
B: Les jardiniers sont ravis.
K: pluie*

@ 2025-05-15 10:00 | 7 | note | vélo, adultes
T: Vélo-école : 4 diplômées !
B: Remise des « permis vélo » maison à 4 apprenantes adultes qui vont maintenant seules au travail ou
   faire les courses. Zahra : « c'est ma liberté ». Prochaine session en septembre.
K: veloecole veloecole_adultes*

@ 2025-05-20 14:00 | 4 | audio | école, récré
T: Capsule : la récré dans la nouvelle cour
B: Son pris pendant la récré de 10h.
V: Écoutez… Avant, c'était le foot au milieu et tous les autres sur les bords. Là, ils sont partout :
   sur la butte, sous les tonnelles, au potager. Une élève m'a dit : « Maintenant on n'a plus besoin de
   se battre pour l'ombre. »
K: oasis oasis_enfants* fraicheur

@ 2025-05-22 16:00 | 2 | note | eau, école
T: Les cuves de la cour oasis
B: Dans la cour, deux cuves enterrées de 5 m³ récupèrent l'eau du toit de l'école. Elle servira à
   arroser le potager et les arbres de la cour.
K: pluie oasis

@ 2025-05-27 11:00 | 2 | note | capteurs, température
T: Capteurs réinstallés pour l'été 2025
B: On remet les 8 capteurs + 2 nouveaux : un dans la cour Jean-Jaurès, un rue Gambetta sous les jeunes
   arbres. Même protocole qu'en 2024 pour pouvoir comparer.
K: mesures fraicheur

@ 2025-06-03 18:00 | 1 | note | copil
T: COPIL n°4
B: Point d'avancement devant le Maire et les adjoints : cour phase 1 OK, ITE Tilleuls à 40 %, centrale
   du gymnase en service, piste gare-ZA démarrée. Demande du Maire : préparer l'évaluation finale avec
   des indicateurs simples pour le conseil de décembre.
K: copil eval pistes oasis isolation solaire

@ 2025-06-05 08:00 | 7 | photo | vélo, travaux
T: Travaux de la piste rue de la République
C: Bordures posées côté sud. Les commerçants râlent un peu pendant les travaux mais ça avance vite.
B: Fin prévue le 27 juin.
K: pistes

@ 2025-06-10 09:30 | 9 | note | arbres, été
T: Plan d'arrosage été 2025
B: Cette année : sacs goutte-à-goutte de 75 L sur tous les arbres de moins de 3 ans (266 sujets),
   remplis chaque semaine par l'équipe. Et un parrainage : 34 riverains s'engagent à arroser l'arbre
   devant chez eux.
K: arbres arrosage*

@ 2025-06-12 17:00 | 7 | testimony | vélo, commerces
T: Le boucher et la piste
B: « J'étais contre, je le dis franchement. On m'enlevait trois places devant la boutique. Maintenant
   je vois des clients qui arrivent à vélo avec des sacoches. On verra sur l'année, mais c'est moins
   pire que prévu. »
S: Patrick Mercier | boucher, rue de la République
K: pistes

@ 2025-06-17 16:00 | 1 | note | canicule, vigilance
T: Vigilance canicule : on active plus tôt
B: Vigilance orange dès le 19 juin. Cette année 3 lieux rafraîchis : médiathèque, église Saint-Martin
   (naturellement fraîche, ouverte en journée) et salle Jean-Moulin équipée de rafraîchisseurs d'air.
   Navette gratuite pour les personnes âgées.
K: canicule* salles_fraiches*

@ 2025-06-24 13:00 | 10 | video | canicule, médiathèque
T: Vidéo : à la médiathèque pendant la canicule
C: Lieu rafraîchi, 24 juin
B: Tourné avec l'accord des personnes filmées.
V: On est à la médiathèque, il fait 40 dehors, 25 ici. Il y a des mamies qui jouent aux cartes, des
   ados sur les ordis, une maman avec un bébé. Le monsieur là m'a dit qu'il vient tous les jours depuis
   lundi.
K: canicule salles_fraiches

@ 2025-06-26 07:00 | 2 | note | capteurs, canicule
T: Les capteurs pendant la canicule
B: Nuit du 25 au 26 juin : 28,9 °C rue Thiers (100 % minérale) contre 24,1 °C dans la nouvelle cour
   Jean-Jaurès et 25,3 °C rue Gambetta sous les jeunes arbres. Même petits, les arbres et la terre nue
   changent déjà la donne.
K: mesures fraicheur* canicule oasis arbres

@ 2025-06-30 19:00 | 5 | testimony | canicule, solidarité
T: Porte-à-porte chez les personnes seules
B: « Avec la chaleur, on a fait le tour des personnes seules du bâtiment C. Une dame de 90 ans avait
   son radiateur électrique allumé, elle croyait que c'était la clim ! On a prévenu le CCAS tout de
   suite. »
S: Fatou Diallo | bénévole, asso Vivre aux Peupliers
K: canicule

@ 2025-07-01 10:00 | 4 | photo | école, travaux
T: Phase 2 de la cour
C: Les engins reviennent : tonnelles, bacs potagers, fontaine, copeaux sous les jeux.
B: Livraison prévue fin août.
K: oasis

@ 2025-07-04 15:00 | 8 | photo | solaire, école
T: Des panneaux sur le toit de l'école
C: Le toit de Jean-Jaurès accueille ses 140 modules, posés pendant les vacances pour ne pas gêner les
   classes.
B: 2e centrale de SoLisle.
K: solaire solaire_ecole* coop

@ 2025-07-08 11:00 | 3 | note | Tilleuls, confort d'été
T: ITE : premiers retours des locataires
B: Bâtiment A terminé. Mme Caron nous dit qu'elle a 3 degrés de moins chez elle pendant les fortes
   chaleurs depuis que les murs sont isolés et les nouvelles fenêtres posées. L'isolation, ça marche
   aussi l'été !
K: isolation canicule

@ 2025-07-10 12:00 | 1 | testimony | élus, école
T: La parole de l'adjointe
B: « Au début, au conseil, on m'a traitée d'écolo rêveuse avec ma cour d'école. Aujourd'hui même
   l'opposition demande une cour oasis pour l'école de son quartier. »
S: Hélène Vasseur | adjointe au maire à la transition écologique
K: oasis

@ 2025-07-15 18:00 | 9 | audio | orage, parc
T: Capsule : l'orage de grêle
B: Enregistré sous la pluie.
V: Gros orage ce soir, de la grêle, 30 millimètres en vingt minutes. J'arrive rue du Moulin : cette
   fois l'eau n'a pas débordé ! Les noues du parc ont tout absorbé. Je suis trempée mais contente.
K: inondation

@ 2025-07-22 10:00 | 2 | note | eau, habitants
T: Distribution des récupérateurs aux particuliers
B: 40 récupérateurs distribués au centre technique. Énormément de demandes en plus : liste d'attente de
   52 foyers. Un tuto de pose est sur le site de la ville.
K: pluie

@ 2025-07-29 09:00 | 7 | note | vélo, inauguration
T: La piste gare-ZA est ouverte !
B: Inauguration ce matin. 1,8 km en site propre. Déjà 140 passages comptés le premier jour. Les
   salariés de la ZA peuvent enfin venir sans risquer leur vie sur la départementale.
K: pistes*

@ 2025-08-05 10:00 | 9 | note | sécheresse, arbres
T: Sécheresse : restrictions d'eau
B: Arrêté préfectoral niveau 2. On a une dérogation pour les arbres de moins de 3 ans. Pour les bacs,
   on puise dans les cuves de la cour oasis.
K: arrosage arbres pluie oasis

@ 2025-08-12 11:00 | 2 | note | canicule, retour
T: 2e vague de chaleur : le point
B: 6 jours. La navette vers les lieux rafraîchis a transporté 85 personnes. Zéro hospitalisation liée à
   la chaleur parmi les inscrits du registre. Les Ehpad ont tenu grâce à leurs pièces rafraîchies.
K: canicule salles_fraiches

@ 2025-08-19 14:00 | 3 | note | chaufferie, Peupliers
T: Chaufferie des Peupliers : remplacement voté
B: Le CA de Lisle Habitat a voté le remplacement de la chaufferie gaz des Peupliers par une chaudière à
   granulés + solaire thermique. Travaux été 2026. Objectif : -30 % sur les charges de chauffage des
   locataires.
K: chauffage* factures factures_locataires solaire

@ 2025-08-26 16:00 | 4 | note | école, réception
T: Cour finie, prête pour la rentrée
B: Réception des travaux ce matin avec la maîtrise d'œuvre. Quelques réserves (un banc mal fixé). La
   cour oasis est prête : 55 % de surfaces perméables, 14 arbres, 3 tonnelles, une fontaine.
K: oasis*

@ 2025-09-02 08:30 | 4 | video | école, rentrée
T: Rentrée dans la nouvelle cour
C: 8h30, les CP découvrent la cour
B: Premier jour d'école.
V: C'est la rentrée ! Regardez leurs têtes. Les CP découvrent la cour pour la première fois. Un petit
   vient de me dire : « Maître, c'est une forêt ! » Bon, c'est pas encore une forêt, mais on y vient.
K: oasis oasis_enfants

@ 2025-09-09 10:00 | 1 | note | évaluation
T: Démarrage de l'évaluation
B: On lance l'évaluation finale. Cadre : 12 indicateurs (températures, kWh produits, factures des
   locataires, km de pistes, nb d'arbres, participation…) + un volet qualitatif (entretiens,
   témoignages). Restitution au conseil de décembre.
K: eval*

@ 2025-09-11 11:00 | 10 | note | enquête, évaluation
T: 2e enquête habitants en préparation
B: Pour l'éval, on refait une version courte du questionnaire de 2024 (12 questions) pour mesurer
   l'évolution. En ligne du 15 septembre au 15 octobre.
K: enquete eval

@ 2025-09-16 14:00 | 3 | note | Tilleuls, consommations
T: Consos avant/après isolation aux Tilleuls
B: Consos de chauffage de 40 logements du bât. A : hiver 2023-24 vs mars-avril 2025, corrigées du
   climat : -38 %. Pour un T3, environ 35 € de moins par mois sur la facture.
K: isolation factures factures_locataires* eval chauffage

@ 2025-09-18 10:00 | 3 | note | Tilleuls, réception
T: Fin du chantier ITE aux Tilleuls
B: Les 84 logements des Tilleuls sont isolés par l'extérieur et ont de nouvelles fenêtres. Fin de
   chantier le 12 septembre, avec 3 semaines de retard. Réception OK.
K: isolation* nb_logements*

@ 2025-09-23 15:00 | 7 | note | vélo, comptages
T: Comptages vélo : +47 %
B: Compteur rue de la République : +47 % de passages vélo en septembre par rapport à septembre 2024.
   Piste gare-ZA : 410 passages/jour en moyenne.
K: pistes eval

@ 2025-09-25 11:00 | 6 | note | France Rénov', chiffres
T: France Rénov' : 18 mois de perm en chiffres
B: 284 ménages reçus, 61 dossiers MaPrimeRénov' déposés dont 12 rénovations d'ampleur. Au total 73
   logements privés rénovés sur la commune avec notre accompagnement (combles, murs, PAC).
K: renov_conseil* isolation eval nb_logements*

@ 2025-09-26 16:30 | 4 | drawing | école, dessin
T: Dessin de Noah, CP
C: « La cour avec les arbres et le petit pont »
B: Affiché dans le couloir du rez-de-chaussée.
K: oasis oasis_enfants

@ 2025-09-30 19:00 | 8 | note | solaire, production
T: Production solaire : premier point
B: Depuis mai, la centrale du gymnase a produit 118 MWh, celle de l'école 31 MWh. L'équivalent de la
   conso de 50 foyers. Les sociétaires toucheront un premier dividende en 2027.
K: solaire solaire_ecole coop eval

@ 2025-10-02 10:30 | 9 | note | arbres, bilan
T: Arbres : l'été est passé
B: Malgré la sécheresse, 96 % des arbres plantés depuis 2023 sont vivants. Les parrainages par les
   riverains ont vraiment aidé. Prochaine saison : 60 arbres de plus.
K: arbres arrosage eval

@ 2025-10-07 18:00 | 10 | photo | expo, médiathèque
T: Expo « Avant / Après » à la médiathèque
C: 20 photos du carnet de bord affichées : la cour, les Tilleuls, la piste, les panneaux du gymnase.
B: Vernissage jeudi 18h.
K:

@ 2025-10-14 18:30 | 1 | note | évaluation, concertation
T: Atelier de restitution aux habitants
B: Restitution des premiers résultats de l'évaluation, salle des fêtes : ce qui a marché (cour,
   isolation, vélo), ce qui a coincé (retards, stationnement, lieux frais trop loin pour les aînés).
   Les gens ont voté pour les priorités 2026.
K: eval ateliers canicule salles_fraiches

@ 2025-10-14 20:15 | 5 | audio | évaluation, habitants
T: Capsule après la restitution
B: Sur le parking de la salle des fêtes.
V: Ce soir, j'ai entendu un truc que j'avais jamais entendu en réunion publique : « merci ». Des gens
   des Tilleuls qui disent qu'ils ont moins froid, qu'ils paient moins. Bon, il y a eu des râleurs
   aussi, sur les places de parking. Mais globalement, ça fait du bien.
K: eval isolation

@ 2025-10-16 09:00 | 10 | note | enquête, résultats
T: 2e enquête : 438 réponses
B: Résultats express : 58 % se disent mieux armés face à la chaleur (31 % en 2024), 44 % ont remarqué
   de nouveaux arbres dans leur rue. Point noir : le coût de l'énergie reste la 1re inquiétude.
K: enquete enquete_resultats* eval arbres factures canicule

@ 2025-10-21 11:00 | 2 | note | évaluation, température
T: Éval : synthèse des températures
B: Deux étés comparés : dans les rues plantées en 2024-25, la température nocturne a baissé de 1,5 °C
   en moyenne par rapport aux rues témoins. Dans la cour Jean-Jaurès, le sol est passé de 52 °C à 31 °C
   à l'ombre des tonnelles.
K: eval mesures fraicheur oasis arbres

@ 2025-10-28 10:00 | 7 | testimony | vélo, adultes
T: « J'ai appris à 40 ans »
B: « J'ai appris à faire du vélo à 40 ans. Mes enfants rigolaient au début. Maintenant je vais à
   l'usine à vélo par la nouvelle piste, 12 minutes, et je ne paie plus le bus. »
S: Zahra Mansouri | apprenante de la vélo-école, 41 ans
K: veloecole veloecole_adultes pistes

@ 2025-11-04 14:00 | 1 | note | évaluation, rapport
T: Rapport d'évaluation : V1
B: V1 du rapport envoyée au COPIL : 38 pages, 12 indicateurs, 20 témoignages. Recos : étendre la cour
   oasis à Condorcet et aux Lilas, 2e toiture SoLisle sur les ateliers municipaux, vélo-école pérenne.
K: eval* copil oasis coop solaire veloecole

@ 2025-11-13 18:00 | 1 | note | copil, budget
T: COPIL final
B: Dernier comité de pilotage. Les élus adoptent le rapport et inscrivent au budget 2026 : cour oasis
   de Condorcet, 60 arbres, nouvelle chaufferie des Peupliers. SoLisle aura le toit des ateliers
   municipaux.
K: copil* eval oasis arbres coop solaire chauffage

@ 2025-11-18 10:00 | 10 | link | évaluation, vidéo
T: Le film du projet est en ligne
B: 6 minutes qui retracent les 20 mois du projet, avec les habitants, les élèves et les équipes.
U: https://www.saint-martin-de-lisle.fr/videos/ville-fraiche-et-sobre
K: eval
"""

# ---------------------------------------------------------------------------------------
# Remplissage : vie d'équipe, mots des sujets employés dans d'autres sens.
# Une phrase est une chaîne ou (chaîne, mois autorisés).
# ---------------------------------------------------------------------------------------
THEMES = {
    "info": {
        "titles": [
            "Imprimante HS",
            "Encore l'imprimante",
            "Souci wifi",
            "Drive partagé",
            "Mails",
            "Téléphone pro",
            "Mise à jour des postes",
            "Informatique",
        ],
        "tags": ["informatique", "imprimante", "wifi"],
        "lines": [
            "L'imprimante du 2e a encore planté, bourrage papier dans le bac 3.",
            "Le pilote de l'imprimante est à réinstaller sur tous les postes, le presta passe jeudi.",
            "Plus de réseau wifi dans la salle du conseil, la borne est à redémarrer.",
            "Cartouche de recharge commandée pour la photocopieuse, livraison vendredi.",
            "Le serveur a planté ce matin, le drive partagé était inaccessible une heure.",
            "Inondés de spams depuis lundi, ne cliquez sur aucun lien bizarre.",
            "Pensez à faire le tri dans vos mails avant la migration de la messagerie.",
            "Qui a emprunté mon chargeur ? Mon téléphone pro est à recharger.",
            "Pas de réseau au sous-sol de la mairie, montez au 1er pour appeler.",
            "Le câble de l'écran de la salle 2 a un défaut d'isolation, n'y touchez pas.",
            "La fenêtre de connexion de l'intranet plante sous Firefox, passez par Chrome.",
            "Isoler le problème a pris deux heures : le câble réseau était juste débranché.",
            "Un cas isolé selon le support, mais chez nous ça arrive toutes les semaines.",
            "Mise à jour Windows forcée à 9h pile, tout le monde a perdu 20 minutes.",
            "Le scanner range les PDF dans un dossier introuvable de l'arborescence.",
            "La batterie du portable de l'accueil ne tient plus la charge, on en commande une.",
        ],
    },
    "marche": {
        "titles": [
            "Marché du samedi",
            "Au marché",
            "Pause marché",
            "Courses du midi",
            "Le bar de la place",
            "Bons plans",
        ],
        "tags": ["marché", "pause"],
        "lines": [
            "Au marché ce matin, le primeur avait des fraises d'une fraîcheur incroyable.",
            "Le bar L'Oasis sur la place fait une offre café-croissant pour les agents.",
            "Les carottes crues râpées du traiteur du marché, une tuerie.",
            "Offre spéciale au stand fromages : trois tommes pour le prix de deux.",
            ("Le marché de Noël s'installe sur la place, les chalets arrivent lundi.", [11, 12]),
            "Le poissonnier ne vient plus le mercredi, seulement au marché du samedi.",
            "Déjeuner en terrasse à L'Oasis, service un peu long mais le plat du jour est top.",
            "Le marché est déplacé sur le parking du gymnase pendant la fête foraine.",
            ("Premières cerises au marché, hors de prix mais trop bonnes.", [5, 6]),
            ("Fraises, asperges, radis : le marché sent le printemps.", [4, 5]),
            ("Les courges sont arrivées au marché, soupe ce soir.", [10, 11]),
            "Le fromager a un nouveau lot de comté, 24 mois d'affinage.",
            "Ma voisine tient le stand de miel au marché, allez la voir de ma part.",
            "Le camion à pizzas du jeudi soir est de retour sur la place.",
        ],
    },
    "foot": {
        "titles": [
            "Club de foot",
            "Match du week-end",
            "ASSML",
            "Tournoi des U11",
            "Buvette",
            "Résultats du club",
        ],
        "tags": ["foot", "club", "week-end"],
        "lines": [
            "Le club de foot cherche des bénévoles pour tenir la buvette dimanche.",
            "Échauffement à 9h, coup d'envoi à 10h au stade municipal.",
            "Notre gardien a été élu homme du match, trois arrêts décisifs.",
            "Ça a un peu chauffé entre supporters à la fin, rien de grave.",
            "Carton rouge pour leur arrière gauche, on gagne 2 à 1.",
            ("L'école de foot reprend en septembre, inscriptions au club-house.", [8, 9]),
            "Le bilan comptable du club est positif cette saison, merci les sponsors.",
            "Remise des nouveaux maillots verts aux U11 samedi.",
            "Le loto du club a fait salle comble, le gros lot était un week-end à Annecy.",
            "Le terrain synthétique est fermé une semaine, les lignes sont à retracer.",
            "Le car pour le déplacement à Vierzon part à 7h devant le gymnase.",
            "Les U13 finissent premiers de leur poule, bravo les jeunes !",
            "Séance de tirs au but à la fin de l'entraînement, les petits adorent.",
        ],
    },
    "vehicule": {
        "titles": ["Voiture de service", "Kangoo", "Parking", "Stationnement", "Garage", "Clio de service"],
        "tags": ["véhicule", "parking"],
        "lines": [
            "Le Kangoo de service a un voyant allumé, l'indicateur d'huile clignote.",
            "Le Kangoo est à l'atelier mécanique du garage Roche, retour dans 3 jours.",
            "Le radiateur du Kangoo fuit, le garagiste commande la pièce.",
            "Roue de secours à plat dans la Clio, pensez à la faire regonfler.",
            "Nouveaux badges pour le parking de la mairie à retirer à l'accueil.",
            "Quelqu'un a laissé ses clés sur le toit de la voiture de service.",
            "Stationnement interdit sur la place mardi pour la foire aux bestiaux.",
            "Le panneau du parking souterrain est tombé, les services techniques sont prévenus.",
            "Pensez à remplir le carnet de bord du véhicule : kilomètres, plein, trajets.",
            "La facture du garage pour les pneus est arrivée, je la passe à la compta.",
            "Le parking de la gare est plein dès 7h30, venez plus tôt ou à pied.",
            "PV sur le pare-brise de la Clio : garée sur une place de livraison…",
            "Le plein du Kangoo est à faire, la jauge est dans le rouge.",
        ],
    },
    "conges": {
        "titles": ["Congés", "Vacances", "Planning", "Absences", "Carte postale", "RTT"],
        "tags": ["congés", "vacances"],
        "lines": [
            ("Planning des congés d'été à remplir avant le 15, merci !", [4, 5, 6]),
            ("Je pose mon pont de l'Ascension, joignable par SMS si urgence.", [5]),
            ("Bonnes vacances à tous, n'oubliez pas la crème solaire !", [7, 8]),
            ("Vacances en Bretagne : pluie tous les jours mais c'était top.", [7, 8, 9]),
            "Retour de congés, je suis inondée de mails, patience svp.",
            ("Carte postale de Corse épinglée sur le panneau d'affichage de la salle de pause.", [7, 8, 9]),
            ("On a planté la tente au bord du lac, le rêve.", [7, 8]),
            ("Piste noire le premier jour, genou en vrac, retour au bureau en béquilles.", [1, 2, 3]),
            "En RTT vendredi, transmettez les urgences à l'accueil.",
            ("Fermeture de la mairie entre Noël et le jour de l'an, permanence le 30.", [12]),
            "N'oubliez pas votre message d'absence sur la messagerie.",
            ("Lunettes solaires oubliées en salle de réunion, à récupérer à l'accueil.", [5, 6, 7, 8, 9]),
            ("Vacances de la Toussaint : l'équipe tourne à moitié, soyez patients.", [10, 11]),
        ],
    },
    "pot": {
        "titles": ["Pot", "Café", "Pause", "Anniversaire", "Salle de pause", "Gâteaux"],
        "tags": ["pot", "convivialité", "pause"],
        "lines": [
            "Pot de départ de Martine vendredi 17h, salle la Ruche.",
            ("Galette des rois mardi à 16h, chacun ramène une boisson.", [1]),
            "Qui a pris le dernier café sans refaire la cafetière ?",
            "Le gâteau au chocolat de Sophie a été élu meilleur gâteau du concours interne.",
            "Frigo de la salle de pause vidé vendredi, il y a des trucs d'une fraîcheur douteuse.",
            "Collecte pour le cadeau d'anniversaire de Mehdi, enveloppe à l'accueil.",
            "On a bien arrosé le départ de Martine, merci à tous pour la chaleur de l'accueil.",
            ("Arbre de Noël du personnel le 18 décembre, inscrivez vos enfants.", [11, 12]),
            "La fontaine à eau du 1er est encore en panne, bouteilles dans le frigo.",
            "Quelqu'un a ramené des croissants, premier arrivé premier servi.",
            "Le comité des fêtes nous prête sa machine à café pour l'AG.",
            "La coopérative scolaire de la maternelle vend des calendriers à 5 €.",
            "Dégustation à la cave coopérative samedi, qui est partant ?",
            "L'îlot central de la cuisine de la salle des fêtes est enfin réparé.",
        ],
    },
    "salles": {
        "titles": [
            "Salles",
            "Réservation",
            "Vidéoprojecteur",
            "Agenda",
            "Réunion de service",
            "Organisation",
        ],
        "tags": ["salles", "organisation"],
        "lines": [
            "Salle la Ruche réservée tous les jeudis matin pour le service RH.",
            "Le vidéoprojecteur de la salle du conseil ne s'allume plus, ticket ouvert.",
            "La salle Jean-Moulin est prise par le comité des fêtes samedi toute la journée.",
            "Comité de jumelage : la délégation allemande arrive le 12, salle réservée.",
            "Réunion des élus du personnel jeudi, la salle 2 est bloquée.",
            "Consultation des agendas : personne n'est dispo le 5, on décale.",
            "Réunion reportée, prochaine fenêtre de tir la semaine prochaine.",
            "Les chaises de la salle des fêtes sont empilées dans le couloir, attention.",
            "Atelier tricot à la médiathèque le mercredi, la petite salle est prise.",
            "Au cours de la réunion de service, on a reparlé du ménage des bureaux.",
            "Le tableau blanc de la Ruche a été nettoyé, plus de feutre permanent svp.",
            "C'est le chantier dans le local archives, impossible de trouver un classeur.",
            "Les clés de la salle Jean-Moulin sont à l'accueil, pas dans le tiroir.",
        ],
    },
    "admin": {
        "titles": ["Admin", "Compta", "Notes de frais", "RH", "Paperasse", "Courrier"],
        "tags": ["admin", "rh", "compta"],
        "lines": [
            "Notes de frais du mois à rendre avant vendredi, avec les tickets.",
            "La facture du traiteur pour la cérémonie est arrivée, je la transmets à la compta.",
            "Entretiens annuels d'évaluation : les grilles sont sur l'intranet.",
            "Le questionnaire de la mutuelle est à renvoyer avant la fin du mois.",
            "Le bilan social de la collectivité est sorti, 48 pages.",
            "Appel manqué de la trésorerie, quelqu'un peut rappeler svp ?",
            "Enquête de satisfaction interne sur la cantine du personnel, 5 minutes.",
            "Nouveau lot de stylos et de post-it livré, dans l'armoire du 1er.",
            "Les frais de port des fournitures ont doublé, on groupe les commandes.",
            "Bulletin de paie en ligne à partir du mois prochain, activez votre compte.",
            "Consultation médicale de prévention : les convocations sont dans vos casiers.",
            "Le courrier est trié à 10h, passez après pour vos recommandés.",
            "Pluie de candidatures pour le poste d'agent d'accueil : 85 CV !",
        ],
    },
    "ville": {
        "titles": ["En ville", "Info ville", "Brocante", "Animation", "Sport", "Sortie"],
        "tags": ["ville", "animation", "sport"],
        "lines": [
            "Brocante dimanche, la rue Gambetta sera fermée de 6h à 19h.",
            "Le feu de l'avenue de la Gare est bloqué au vert, la police municipale est prévenue.",
            "Concert de la chorale à l'église samedi 20h, entrée libre.",
            "L'auto-école du centre a changé de propriétaire.",
            "Le cirque s'installe au champ de foire, la piste est montée en une journée.",
            "Seule ombre au tableau : le cinéma ferme deux mois pour travaux.",
            "La boulangerie de la place est fermée pour congés, celle de la gare est ouverte.",
            "Enquête de gendarmerie après des tags sur le mur du gymnase.",
            "Cours de zumba le mardi soir au gymnase, l'asso cherche des inscrits.",
            "On a inondé les boîtes aux lettres de flyers pour le forum des assos.",
            ("Le forum des associations aura lieu au gymnase, 60 stands.", [8, 9]),
            ("L'école de musique donne son concert de fin d'année au kiosque.", [6]),
            ("Piste de danse bondée au bal des pompiers, ambiance au top.", [7]),
            "Séance de vélo d'appartement à la salle de sport, 45 min, je suis rincé.",
            "La piste d'athlétisme du stade est refaite, ouverte aux agents le midi.",
            "Plein d'énergie ce matin après le footing du midi, je recommande.",
        ],
    },
}

SPOKEN = [
    "Bon, message rapide : l'imprimante du deuxième est encore en panne, prenez celle de l'accueil.",
    "Coucou l'équipe, je suis coincée dans les bouchons, j'arrive dans vingt minutes.",
    "Petit vocal pour dire que le Kangoo est revenu du garage, les clés sont à l'accueil.",
    "Rappel : pot de départ de Martine vendredi, on compte sur vous.",
    "Je suis au marché, il y a des fraises magnifiques, qui en veut ?",
    "Le club cherche encore deux bénévoles pour la buvette dimanche, qui est dispo ?",
    "Plus de réseau ici, je vous rappelle quand je suis sortie du sous-sol.",
    "Je suis inondé de mails, si c'est urgent appelez-moi plutôt.",
    "Je suis passé à L'Oasis, ils font toujours la formule du midi à douze euros.",
    "Pensez à rendre vos notes de frais, la compta relance tout le monde.",
]
PHOTO_BODIES = [
    "Photo prise au passage.",
    "Vu ce matin.",
    "Pour info.",
    "Je poste ça ici.",
    "Pris avec le tel, désolé pour la qualité.",
    "Petite photo du jour.",
    "À voir en vrai.",
    "Pour ceux qui n'étaient pas là.",
]
VOCAL_TITLES = ["Vocal rapide", "Message vocal", "Petit vocal", "Vocal en passant"]

LINKS = [
    (
        "Planning des congés (intranet)",
        "Le tableau est à jour, remplissez vos lignes.",
        "https://intranet.saint-martin-de-lisle.fr/rh/planning-conges",
        ["congés"],
    ),
    (
        "Calendrier du club de foot",
        "Tous les matchs de la saison, domicile et extérieur.",
        "https://www.assml-foot.fr/calendrier",
        ["foot"],
    ),
    (
        "Réservation des salles",
        "Le nouvel outil de réservation, fini le cahier à l'accueil.",
        "https://intranet.saint-martin-de-lisle.fr/reservation-salles",
        ["salles"],
    ),
    (
        "Programme de la brocante",
        "Plan des exposants et rues fermées.",
        "https://www.saint-martin-de-lisle.fr/agenda/brocante",
        ["ville"],
    ),
    (
        "Tuto : imprimer en recto-verso",
        "Pour économiser le papier et les nerfs de tout le monde.",
        "https://intranet.saint-martin-de-lisle.fr/informatique/tuto-impression",
        ["informatique"],
    ),
    (
        "Menu de la cantine du personnel",
        "Le menu de la semaine est en ligne.",
        "https://intranet.saint-martin-de-lisle.fr/restauration/menu",
        ["pause"],
    ),
]

# ---------------------------------------------------------------------------------------
# Requêtes. kind : syn, form, multi, question, typo, phrase, excl, field, date, none.
# ---------------------------------------------------------------------------------------
LABELS = {
    "syn": "[synonyme]",
    "form": "[forme du mot]",
    "multi": "[multi-mots]",
    "question": "[question]",
    "typo": "[faute de frappe]",
    "phrase": "[expression exacte]",
    "excl": "[exclusion]",
    "field": "[champ]",
    "date": "[date]",
    "none": "[sans réponse]",
}


def Q(kind, q, why, topics=(), **kw):
    d = {"kind": kind, "q": q, "why": why, "topics": list(topics)}
    d.update(kw)
    return d


QUERIES = [
    # --- synonymes familiers (le mot tapé est rare ou absent des entrées pertinentes)
    Q(
        "syn",
        "cour verte",
        "« cour verte » pour la cour oasis : toutes les entrées sur la "
        "transformation de la cour de Jean-Jaurès (projet, concertation, marché, travaux, retours).",
        ["oasis"],
        key=["vert"],
    ),
    Q(
        "syn",
        "endroits ombragés",
        "îlots de fraîcheur et ombre en ville : mesures de chaleur, "
        "brumisateur, noues, cour sans ombre, atelier « ville plus fraîche ».",
        ["fraicheur"],
        key=["ombrag"],
    ),
    Q(
        "syn",
        "passoires thermiques",
        "logements mal isolés et leur isolation (DPE, ITE des "
        "Tilleuls, combles, résultats après travaux) ; en tête l'inventaire des DPE E/F.",
        ["isolation"],
        key=["passoire"],
        top3_titles=["Inventaire du patrimoine Lisle Habitat"],
    ),
    Q(
        "syn",
        "énergie citoyenne",
        "la coopérative SoLisle : idée, statuts, AG, souscription, centrales, sociétaires.",
        ["coop"],
        key=["citoyen"],
    ),
    Q(
        "syn",
        "flotte dans les rues",
        "« flotte » = eau : inondations, crue de la Lisle, orages, ruissellement et noues.",
        ["inondation"],
        key=["flotte"],
    ),
    Q(
        "syn",
        "bécane",
        "« bécane » = vélo : pistes cyclables, vélo-école, savoir rouler ; aucune entrée ne se détache.",
        ["pistes", "veloecole"],
        key=["becane"],
        top3=[],
    ),
    Q(
        "syn",
        "grosses chaleurs",
        "canicules : plan canicule, vigilance, registre, lieux rafraîchis, chaleur en classe, témoignages.",
        ["canicule"],
        key=["gross"],
    ),
    Q(
        "syn",
        "verdure dans les rues",
        "plantation d'arbres en ville : recensement, essences, plantations, reprise, arrosage.",
        ["arbres"],
        key=["verdure"],
    ),
    Q(
        "syn",
        "fins de mois difficiles",
        "difficulté à payer l'énergie : factures, impayés, chèque énergie, précarité énergétique.",
        ["factures"],
        key=["mois"],
    ),
    Q(
        "syn",
        "réunion des élus",
        "le comité de pilotage (COPIL) avec le Maire et les adjoints.",
        ["copil"],
        key=["elu"],
    ),
    # --- formes du mot
    Q(
        "form",
        "plantations",
        "pluriel du nom ; entrées où l'on plante, a planté, met en terre des arbres.",
        ["arbres"],
    ),
    Q(
        "form",
        "isoler",
        "infinitif ; entrées sur l'isolation, les murs isolés, l'ITE. "
        "Piège : « isolés » au sens de seuls (plan canicule).",
        ["isolation"],
    ),
    Q("form", "inondé", "participe ; entrées sur les inondations, crues, caves noyées.", ["inondation"]),
    Q("form", "questionnaires", "pluriel ; entrées sur l'enquête / le questionnaire habitants.", ["enquete"]),
    Q(
        "form",
        "chauffer",
        "verbe ; entrées sur le chauffage, la chaufferie, les chaudières. Piège : « ça a chauffé » au foot.",
        ["chauffage"],
    ),
    Q("form", "évalué", "participe ; entrées sur l'évaluation finale du projet.", ["eval"]),
    # --- plusieurs mots
    Q(
        "multi",
        "panneaux solaires école",
        "la centrale solaire sur le toit de l'école "
        "Jean-Jaurès (étude, projet de classe, raccordement, pose, production).",
        ["solaire_ecole"],
    ),
    Q(
        "multi",
        "facture chauffage locataires",
        "charges et factures d'énergie des locataires de Lisle Habitat.",
        ["factures_locataires"],
    ),
    Q("multi", "arrosage jeunes arbres été", "arrosage estival des arbres récemment plantés.", ["arrosage"]),
    Q(
        "multi",
        "atelier concertation cour oasis",
        "concertation des élèves et des parents sur la cour (dessins, réunion, atelier maquette, vote).",
        ["atelier_oasis"],
    ),
    Q(
        "multi",
        "résultats enquête habitants",
        "les résultats des enquêtes habitants 2024 et 2025.",
        ["enquete_resultats"],
    ),
    Q(
        "multi",
        "appel d'offres isolation",
        "la consultation des entreprises pour l'ITE des Tilleuls et son attribution.",
        ["marche_isolation"],
    ),
    # --- questions tapées en phrase
    Q(
        "question",
        "qui a parlé de la vélo-école pour les adultes ?",
        "entrées sur les cours de vélo pour adultes.",
        ["veloecole_adultes"],
    ),
    Q(
        "question",
        "comment on a fait pour trouver des souscripteurs pour la coop ?",
        "démarches de la coop pour recruter des sociétaires (marché, apéros, entreprises).",
        ["coop_recrut"],
    ),
    Q(
        "question",
        "combien de logements ont été isolés ?",
        "entrées qui donnent le nombre de logements isolés / rénovés.",
        ["nb_logements"],
    ),
    Q(
        "question",
        "où sont les salles rafraîchies quand il y a une canicule ?",
        "lieux frais ouverts pendant les canicules (médiathèque, salle Jean-Moulin, église).",
        ["salles_fraiches"],
    ),
    Q(
        "question",
        "qu'est-ce que les enfants pensent de la nouvelle cour ?",
        "réactions des élèves à la cour transformée.",
        ["oasis_enfants"],
    ),
    Q(
        "question",
        "comment on a mesuré la température dans les rues ?",
        "capteurs, thermomètre infrarouge, relevés de nuit et leurs résultats.",
        ["mesures"],
    ),
    Q(
        "question",
        "qui peut m'aider à monter un dossier MaPrimeRénov ?",
        "le conseil France Rénov' : permanences, aides, réunion publique.",
        ["renov_conseil"],
    ),
    # --- fautes de frappe, accents manquants
    Q("typo", "ilot de fraicheur", "sans accents ; îlots de chaleur / fraîcheur en ville.", ["fraicheur"]),
    Q(
        "typo",
        "precarite energetique",
        "sans accents ; factures, impayés, précarité énergétique.",
        ["factures"],
    ),
    Q("typo", "pistes cyclabes", "faute ; pistes et aménagements cyclables.", ["pistes"]),
    Q("typo", "caniclue", "lettres inversées ; canicules et plan canicule.", ["canicule"]),
    Q(
        "typo",
        "recuperateur d'eau de pluie",
        "sans accents ; cuves et récupérateurs d'eau de pluie.",
        ["pluie"],
    ),
    Q("typo", "cooperative energie", "sans accents ; la coopérative SoLisle.", ["coop"]),
    Q("typo", "apel d'offre", "faute ; marchés publics, appels d'offres, consultations.", ["marche"]),
    # --- expressions exactes
    Q(
        "phrase",
        '"cour oasis"',
        "entrées du sujet cour oasis qui contiennent l'expression exacte « cour oasis ».",
        ["oasis"],
        phrase="cour oasis",
    ),
    Q(
        "phrase",
        '"précarité énergétique"',
        "entrées du sujet factures / précarité qui contiennent l'expression exacte.",
        ["factures"],
        phrase="précarité énergétique",
    ),
    Q(
        "phrase",
        '"plan canicule"',
        "entrées du sujet canicule qui contiennent l'expression exacte « plan canicule ».",
        ["canicule"],
        phrase="plan canicule",
    ),
    # --- exclusions
    Q(
        "excl",
        "vélo -enfant",
        "vélo (pistes + vélo-école) sauf les entrées contenant « enfant(s) ».",
        ["pistes", "veloecole"],
        minus="enfant",
        top3=[],
    ),
    Q(
        "excl",
        "canicule NOT ehpad",
        "canicules sauf les entrées contenant « EHPAD ».",
        ["canicule"],
        minus="ehpad",
    ),
    Q(
        "excl",
        "solaire -école",
        "panneaux solaires sauf les entrées contenant « école(s) ».",
        ["solaire"],
        minus="école",
    ),
    # --- champs (calculés sur les données)
    Q("field", "auteur:Karim", "toutes les entrées de Karim Benali.", field=("author", "Karim")),
    Q("field", "auteur:Nathalie", "toutes les entrées de Nathalie Girard.", field=("author", "Nathalie")),
    Q(
        "field",
        "escale:concertation",
        "toutes les entrées de l'étape « Concertation avec les habitants ».",
        field=("stage", "concertation"),
    ),
    Q("field", "#canicule", "toutes les entrées portant le tag canicule.", field=("tag", "canicule")),
    Q("field", "#vélo", "toutes les entrées portant le tag vélo.", field=("tag", "vélo")),
    # --- dates (calculées sur les données)
    Q("date", "mars 2025", "toutes les entrées de mars 2025.", when=(2025, 3, None)),
    Q("date", "avril 2024", "toutes les entrées d'avril 2024.", when=(2024, 4, None)),
    Q(
        "date",
        "le 14 octobre",
        "toutes les entrées d'un 14 octobre (2024 : atelier logement ; 2025 : restitution).",
        when=(None, 10, 14),
    ),
    Q(
        "date",
        "réunion du 3 juin",
        "toutes les entrées d'un 3 juin (COPIL n°1 en 2024, COPIL n°4 en 2025).",
        when=(None, 6, 3),
    ),
    # --- sans réponse (sujet voisin ; un mot de la requête figure dans le remplissage)
    Q(
        "none",
        "borne de recharge voiture électrique",
        "aucune entrée sur la recharge des "
        "voitures ; « borne » et « recharge » n'apparaissent qu'au sens wifi / cartouche / "
        "téléphone.",
        trap="recharge",
    ),
    Q(
        "none",
        "réseau de chaleur",
        "aucun réseau de chaleur dans le projet (chaufferie "
        "collective seulement) ; « réseau » = wifi, égouts.",
        trap="réseau",
    ),
    Q(
        "none",
        "tri des biodéchets à la cantine",
        "rien sur les biodéchets ; « tri » = tri "
        "des mails ou du courrier, « cantine » = cantine du personnel.",
        trap="tri",
    ),
    Q(
        "none",
        "ruches sur le toit de la mairie",
        "pas d'abeilles ; « la Ruche » est une salle de réunion, les toits portent des panneaux.",
        trap="ruche",
    ),
]


# ---------------------------------------------------------------------------------------
def fold(s):
    s = unicodedata.normalize("NFD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def last_sunday(year, month):
    d = date(year, month + 1, 1) - timedelta(days=1)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris_offset(dt):
    """Décalage de Paris pour une heure locale (heure d'été du dernier dimanche de mars
    3h au dernier dimanche d'octobre 3h)."""
    start, end = last_sunday(dt.year, 3), last_sunday(dt.year, 10)
    d = dt.date()
    if start < d < end:
        summer = True
    elif d == start:
        summer = dt.hour >= 3
    elif d == end:
        summer = dt.hour < 2
    else:
        summer = False
    return "+02:00" if summer else "+01:00"


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:00") + paris_offset(dt)


def stage_of(d):
    for sid, _t, s, e in STAGES:
        if date.fromisoformat(s) <= d and (e is None or d <= date.fromisoformat(e)):
            return sid
    raise ValueError("date hors étapes : %s" % d)


def parse_hand(text):
    recs, cur, last = [], None, None
    for raw in text.splitlines():
        if not raw.strip():
            continue
        if raw.startswith("@ "):
            when, author, kind, tags = [x.strip() for x in raw[2:].split("|")]
            cur = {
                "dt": datetime.strptime(when, "%Y-%m-%d %H:%M"),
                "author": int(author),
                "kind": kind,
                "tags": [t.strip() for t in tags.split(",") if t.strip()],
                "T": "",
                "B": "",
                "C": "",
                "V": "",
                "S": "",
                "U": "",
                "K": "",
            }
            recs.append(cur)
            last = None
        elif raw.startswith("   "):
            cur[last] += " " + raw.strip()
        else:
            key, _, val = raw.partition(":")
            assert key in ("T", "B", "C", "V", "S", "U", "K"), raw
            cur[key] = val.strip()
            last = key
    out = []
    for r in recs:
        topics, stars = [], []
        for t in r["K"].split():
            name = t.rstrip("*")
            assert name in TOPICS, "sujet inconnu : %s" % name
            topics.append(name)
            if t.endswith("*"):
                stars.append(name)
        name, _, role = r["S"].partition("|")
        out.append(
            {
                "dt": r["dt"],
                "kind": r["kind"],
                "title": r["T"],
                "body": r["B"],
                "tags": r["tags"],
                "author": r["author"],
                "caption": r["C"],
                "transcript": r["V"],
                "speaker_name": name.strip(),
                "speaker_role": role.strip(),
                "url": r["U"],
                "topics": topics,
                "stars": stars,
                "hand": True,
            }
        )
    return out


def blocked_days():
    days = set()
    for q in QUERIES:
        if q["kind"] == "date" and q["when"][2] is not None:
            days.add((q["when"][1], q["when"][2]))
    return days


def pick_lines(rng, pool, month, k):
    ok = [x if isinstance(x, str) else x[0] for x in pool if isinstance(x, str) or month in x[1]]
    return rng.sample(ok, k)


def make_filler(rng, n):
    blocked = blocked_days()
    span = (LAST_DAY - FIRST_DAY).days
    themes = sorted(THEMES)
    out, seen = [], set()
    while len(out) < n:
        d = FIRST_DAY + timedelta(days=rng.randint(0, span))
        if (d.month, d.day) in blocked:
            continue
        dt = datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.choice(range(0, 60, 5)))
        th = THEMES[rng.choice(themes)]
        tags = rng.sample(th["tags"], rng.randint(1, 2))
        e = {
            "dt": dt,
            "kind": "note",
            "title": rng.choice(th["titles"]),
            "body": "",
            "tags": tags,
            "author": rng.randint(1, 10),
            "caption": "",
            "transcript": "",
            "speaker_name": "",
            "speaker_role": "",
            "url": "",
            "topics": [],
            "stars": [],
            "hand": False,
        }
        x = rng.random()
        if x < 0.62:
            e["body"] = " ".join(pick_lines(rng, th["lines"], d.month, rng.randint(1, 2)))
        elif x < 0.86:
            e["kind"] = "photo"
            e["caption"] = pick_lines(rng, th["lines"], d.month, 1)[0]
            e["body"] = rng.choice(PHOTO_BODIES)
        elif x < 0.94:
            e["kind"] = "audio"
            e["title"] = rng.choice(VOCAL_TITLES)
            e["body"] = "Vocal posté depuis le téléphone."
            e["transcript"] = " ".join(rng.sample(SPOKEN, 2))
            e["tags"] = ["vocal"]
        else:
            e["kind"] = "link"
            title, body, url, tags = rng.choice(LINKS)
            e.update(title=title, body=body, url=url, tags=list(tags))
        sig = (e["title"], e["body"], e["caption"], e["transcript"])
        if sig in seen:
            continue
        seen.add(sig)
        out.append(e)
    return out


TEXT_FIELDS = ("title", "body", "caption", "transcript", "speaker_name", "speaker_role")


def full_text(e):
    return " \n ".join([e[f] for f in TEXT_FIELDS] + [" ; ".join(e["tags"])])


def has_phrase(e, phrase, folded=True):
    text = full_text(e)
    if folded:
        text, phrase = fold(text), fold(phrase)
    else:
        text, phrase = text.lower(), phrase.lower()
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def has_word_or_plural(e, word):
    w = fold(word)
    toks = set(re.findall(r"\w+", fold(full_text(e))))
    return bool(toks & {w, w + "s", w + "x"})


def has_prefix(e, prefixes):
    toks = re.findall(r"\w+", fold(full_text(e)))
    return any(t.startswith(p) for t in toks for p in prefixes)


def build():
    rng = random.Random(SEED)
    hand = parse_hand(HAND)
    filler = make_filler(rng, N_FILLER)
    allx = sorted(hand + filler, key=lambda e: (e["dt"], not e["hand"], e["title"]))
    entries = []
    for i, e in enumerate(allx, 1):
        e["id"] = i
        e["stage"] = stage_of(e["dt"].date())
        entries.append(e)

    by_topic = {t: set() for t in TOPICS}
    stars = {t: set() for t in TOPICS}
    for e in entries:
        for t in e["topics"]:
            by_topic[t].add(e["id"])
        for t in e["stars"]:
            stars[t].add(e["id"])

    queries = []
    for q in QUERIES:
        k = q["kind"]
        base = set()
        for t in q["topics"]:
            base |= by_topic[t]
        st = set()
        for t in q["topics"]:
            st |= stars[t]
        if k in ("syn", "form", "multi", "question", "typo"):
            rel = base
        elif k == "phrase":
            rel = {e["id"] for e in entries if e["id"] in base and has_phrase(e, q["phrase"])}
            rel2 = {e["id"] for e in entries if e["id"] in base and has_phrase(e, q["phrase"], folded=False)}
            assert rel == rel2, ("accents", q["q"])
        elif k == "excl":
            rel = {e["id"] for e in entries if e["id"] in base and not has_word_or_plural(e, q["minus"])}
        elif k == "field":
            f, v = q["field"]
            if f == "author":
                aid = [a for a, n in AUTHORS if n.split()[0] == v]
                assert len(aid) == 1
                rel = {e["id"] for e in entries if e["author"] == aid[0]}
            elif f == "stage":
                sid = [s for s, t, _a, _b in STAGES if fold(v) in fold(t).split()]
                assert len(sid) == 1
                rel = {e["id"] for e in entries if e["stage"] == sid[0]}
            else:
                rel = {e["id"] for e in entries if v in e["tags"]}
        elif k == "date":
            y, m, d = q["when"]
            rel = {
                e["id"]
                for e in entries
                if (y is None or e["dt"].year == y) and e["dt"].month == m and (d is None or e["dt"].day == d)
            }
        elif k == "none":
            rel = set()
        else:
            raise ValueError(k)
        if "top3" in q:
            top3 = list(q["top3"])
        elif "top3_titles" in q:
            top3 = sorted(e["id"] for e in entries if e["hand"] and e["title"] in q["top3_titles"])
            assert len(top3) == len(q["top3_titles"]), q["q"]
        elif k in ("field", "date", "none"):
            top3 = []
        else:
            top3 = sorted(st & rel)
        why = LABELS[k] + " " + q["why"]
        queries.append({"q": q["q"], "relevant": sorted(rel), "top3": top3, "why": why})

    data = {
        "name": NAME,
        "language": "fr",
        "logbook": LOGBOOK,
        "stages": [{"id": s, "title": t, "starts_on": a, "ends_on": b} for s, t, a, b in STAGES],
        "authors": [{"id": a, "name": n} for a, n in AUTHORS],
        "entries": [
            {
                "id": e["id"],
                "kind": e["kind"],
                "title": e["title"],
                "body": e["body"],
                "tags": e["tags"],
                "occurred_at": iso(e["dt"]),
                "stage": e["stage"],
                "author": e["author"],
                "caption": e["caption"],
                "transcript": e["transcript"],
                "speaker_name": e["speaker_name"],
                "speaker_role": e["speaker_role"],
                "url": e["url"],
            }
            for e in entries
        ],
        "queries": queries,
    }
    return data, entries, by_topic, stars


def check(data, entries, by_topic, stars):
    errors = []

    def req(cond, msg):
        if not cond:
            errors.append(msg)

    ents = data["entries"]
    ids = [e["id"] for e in ents]
    req(ids == list(range(1, len(ents) + 1)), "ids non consécutifs")
    req(320 <= len(ents) <= 360, "nombre d'entrées %d" % len(ents))
    req(52 <= len(data["queries"]) <= 56, "nombre de requêtes %d" % len(data["queries"]))
    req(len(data["stages"]) == 5 and data["stages"][-1]["ends_on"] is None, "étapes")
    req([a["id"] for a in data["authors"]] == list(range(1, 11)), "auteurs")
    try:
        from zoneinfo import ZoneInfo

        paris = ZoneInfo("Europe/Paris")
    except Exception:  # pragma: no cover
        paris = None
    prev = None
    kinds = {"note", "photo", "audio", "video", "drawing", "testimony", "link"}
    for e in ents:
        dt = datetime.fromisoformat(e["occurred_at"])
        req(prev is None or prev <= dt, "ordre chronologique %d" % e["id"])
        prev = dt
        off = e["occurred_at"][-6:]
        req(off in ("+01:00", "+02:00"), "décalage %d" % e["id"])
        naive = datetime.fromisoformat(e["occurred_at"][:-6])
        if paris is not None:
            u = naive.replace(tzinfo=paris).utcoffset()
            req(u == timedelta(hours=int(off[1:3])), "heure d'été/hiver %d" % e["id"])
        else:
            req(off == paris_offset(naive), "heure d'été/hiver %d" % e["id"])
        st = data["stages"][e["stage"] - 1]
        d = naive.date()
        req(
            date.fromisoformat(st["starts_on"]) <= d
            and (st["ends_on"] is None or d <= date.fromisoformat(st["ends_on"])),
            "étape %d" % e["id"],
        )
        req(e["kind"] in kinds, "type %d" % e["id"])
        req(isinstance(e["author"], int) and 1 <= e["author"] <= 10, "auteur %d" % e["id"])
        req(e["title"] and e["body"], "titre/corps %d" % e["id"])
        req(all(t and "#" not in t for t in e["tags"]) and e["tags"], "tags %d" % e["id"])
        if e["kind"] == "testimony":
            req(e["speaker_name"] and e["speaker_role"], "témoin %d" % e["id"])
        else:
            req(not e["speaker_name"] and not e["speaker_role"], "témoin en trop %d" % e["id"])
        req(bool(e["url"]) == (e["kind"] == "link"), "url %d" % e["id"])
        req(bool(e["transcript"]) == (e["kind"] in ("audio", "video")), "transcr. %d" % e["id"])
        if e["kind"] in ("photo", "video", "drawing"):
            req(e["caption"], "légende %d" % e["id"])
        for f in ("title", "body", "caption", "transcript", "speaker_name", "speaker_role", "url"):
            req(isinstance(e[f], str), "champ %s %d" % (f, e["id"]))
    idset = set(ids)
    for q in data["queries"]:
        req(set(q["relevant"]) <= idset, "id inconnu : %s" % q["q"])
        req(set(q["top3"]) <= set(q["relevant"]), "top3 hors relevant : %s" % q["q"])
        req(len(q["top3"]) <= 2, "top3 trop long : %s" % q["q"])
        req(q["why"].startswith("["), "why : %s" % q["q"])
    # filler : aucun sujet, pas de jour daté, mots-pièges présents
    filler = [e for e in entries if not e["hand"]]
    hand = [e for e in entries if e["hand"]]
    req(all(not e["topics"] for e in filler), "filler avec sujet")
    bl = blocked_days()
    req(all((e["dt"].month, e["dt"].day) not in bl for e in filler), "filler un jour daté")
    none_q = [q for q in data["queries"] if not q["relevant"]]
    req(len(none_q) >= 4, "moins de 4 requêtes sans réponse")
    for spec, q in zip(QUERIES, data["queries"]):
        k = spec["kind"]
        if k == "none":
            req(
                any(has_prefix(e, [fold(spec["trap"])]) for e in filler),
                "mot-piège absent du filler : %s" % spec["q"],
            )
        else:
            req(len(q["relevant"]) >= 2, "trop peu de pertinents : %s" % spec["q"])
        if k == "syn":
            rel = [e for e in entries if e["id"] in set(q["relevant"])]
            share = sum(has_prefix(e, spec["key"]) for e in rel) / len(rel)
            req(share <= 0.34, "synonyme trop présent (%.2f) : %s" % (share, spec["q"]))
        if k == "typo":
            req(
                not any(spec["q"].lower() in full_text(e).lower() for e in entries),
                "faute présente telle quelle : %s" % spec["q"],
            )
        if k == "phrase":
            base = set()
            for t in spec["topics"]:
                base |= by_topic[t]
            req(len(base) > len(q["relevant"]), "expression présente partout : %s" % spec["q"])
        if k == "excl":
            base = set()
            for t in spec["topics"]:
                base |= by_topic[t]
            req(len(base) > len(q["relevant"]), "exclusion sans effet : %s" % spec["q"])
    for t in TOPICS:
        req(len(stars[t]) <= 2, "trop d'étoiles : %s" % t)
        req(by_topic[t], "sujet vide : %s" % t)
    # auto-contrôle du script
    with open(os.path.abspath(__file__), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            req(len(line.rstrip("\n")) <= 110, "ligne %d > 110 caractères" % n)
    return errors


def main():
    data, entries, by_topic, stars = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors = check(data, entries, by_topic, stars)
    n_hand = sum(1 for e in entries if e["hand"])
    counts = {}
    for spec in QUERIES:
        counts[spec["kind"]] = counts.get(spec["kind"], 0) + 1
    print(
        "%s : %d entrées (%d écrites à la main, %d de remplissage), %d requêtes"
        % (NAME, len(entries), n_hand, len(entries) - n_hand, len(data["queries"]))
    )
    print("requêtes par type : " + ", ".join("%s=%d" % (k, counts[k]) for k in LABELS))
    if "-v" in sys.argv:
        for q in data["queries"]:
            print("  %-48s %3d pertinents  top3=%s" % (q["q"], len(q["relevant"]), q["top3"]))
    if errors:
        print("ÉCHEC :")
        for m in errors:
            print("  - " + m)
        sys.exit(1)
    print("OK : toutes les vérifications passent.")


if __name__ == "__main__":
    main()
