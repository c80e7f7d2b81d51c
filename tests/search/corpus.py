"""A deterministic French corpus about a food-policy cooperation project.

``fixture_logbook()`` gives the 300+ entries the relevance tests judge
against: hand-written anchor entries (ids 1-99) among generated ones built
from templates with a fixed seed. ``generate_entries()`` also feeds the
benchmark with as many entries as asked.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

from search.documents import EntryDocument

PARIS = timezone(timedelta(hours=1), "CET")

STAGES = {
    1: "Diagnostic du territoire",
    2: "Ateliers de co-conception",
    3: "Expérimentation dans les cantines",
    4: "Évaluation et bilan",
    5: "Essaimage",
}
STAGE_DATES = {1: (2024, 1), 2: (2024, 3), 3: (2024, 6), 4: (2024, 10), 5: (2025, 1)}

AUTHORS = {
    1: "Camille Rousseau",
    2: "Julien Marchand",
    3: "Inès Haddad",
    4: "Thomas Le Gall",
    5: "Sophie Bernard",
}


def _at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=PARIS)


def _doc(
    entry_id: int, kind: str, title: str, stage: int, author: int, when: datetime, **fields
) -> EntryDocument:
    return EntryDocument(
        entry_id=entry_id,
        logbook_id=fields.pop("logbook_id", 1),
        kind=kind,
        title=title,
        stage_id=stage,
        stage_title=STAGES[stage],
        author_id=author,
        author_name=AUTHORS[author],
        occurred_at=when,
        thumbnail_key=f"thumbs/{entry_id}.webp" if kind in ("photo", "drawing", "video") else None,
        **fields,
    )


def anchor_entries() -> list[EntryDocument]:
    """Hand-written entries the judged queries point at."""
    return [
        _doc(
            1,
            "testimony",
            "Témoignage de la directrice de l’école Jules-Ferry",
            3,
            3,
            _at(2024, 9, 12),
            speaker="Nadia Benali, directrice de l’école Jules-Ferry",
            transcript="Depuis la rentrée, la cantine sert les légumes préparés par la légumerie. "
            "Les enfants "
            "finissent davantage leurs assiettes et les animateurs nous disent que le temps du "
            "repas est plus "
            "calme. J’étais sceptique au début, je le reconnais.",
            tags=["cantine", "témoignage", "école"],
            pinned=True,
        ),
        _doc(
            2,
            "photo",
            "La légumerie de Saint-Aubin tourne à plein régime",
            3,
            1,
            _at(2024, 9, 3),
            body="Première semaine de production : 400 kg de carottes et de poireaux épluchés et découpés.",
            captions="Épluchage des carottes à la légumerie. Deux salariées en insertion au poste "
            "de découpe.",
            tags=["légumerie", "insertion"],
        ),
        _doc(
            3,
            "note",
            "Compte rendu de l’atelier menus végétariens",
            2,
            2,
            _at(2024, 4, 18),
            body="Douze cuisiniers ont travaillé sur des recettes à base de **légumineuses** : "
            "lentilles, pois "
            "chiches, haricots. Le dahl de lentilles corail a fait l’unanimité. Prochaine étape : "
            "tester deux "
            "menus végétariens par semaine.",
            tags=["atelier", "menus", "végétarien"],
        ),
        _doc(
            4,
            "audio",
            "Entretien avec Paul Lemoine, maraîcher à Vernouillet",
            1,
            4,
            _at(2024, 2, 6),
            transcript="Je cultive quatre hectares de légumes. Vendre à la cantine, c’est intéressant si les "
            "volumes sont réguliers et si on me paie à trente jours. Aujourd’hui je vends surtout "
            "en vente directe.",
            speaker="Paul Lemoine",
            tags=["producteurs", "maraîchage", "circuits-courts"],
        ),
        _doc(
            5,
            "drawing",
            "Mon assiette idéale, dessins des CE2",
            2,
            5,
            _at(2024, 5, 14),
            body="Les élèves de CE2 ont dessiné leur assiette idéale : des frites, mais aussi "
            "beaucoup de fruits.",
            captions="Dessin d’une assiette avec des frites, des fraises et un poisson souriant.",
            tags=["enfants", "école"],
        ),
        _doc(
            6,
            "video",
            "La pesée des déchets au restaurant scolaire",
            1,
            1,
            _at(2024, 1, 25),
            body="Pendant deux semaines, les restes de chaque plateau ont été pesés. Résultat : 120 "
            "grammes jetés "
            "par élève et par repas, surtout le pain et les légumes cuits.",
            captions="Un élève vide son plateau au-dessus de la balance.",
            tags=["gaspillage", "pesée"],
        ),
        _doc(
            7,
            "link",
            "Loi EGalim : 50 % de produits durables dont 20 % bio",
            1,
            2,
            _at(2024, 1, 10),
            body="Rappel des obligations de la loi EGalim pour la restauration collective publique. "
            "[Texte de la loi](https://www.legifrance.gouv.fr/)",
            tags=["réglementation", "bio"],
        ),
        _doc(
            8,
            "note",
            "Réunion avec le service des marchés publics sur l’allotissement",
            2,
            4,
            _at(2024, 3, 21),
            body="Découper le marché en petits lots (pain, produits laitiers, légumes) permet aux "
            "producteurs "
            "locaux de répondre. Le service juridique valide le principe d’un lot réservé aux "
            "produits de saison.",
            tags=["marchés-publics", "achats"],
        ),
        _doc(
            9,
            "testimony",
            "Le chef de la cuisine centrale parle des produits frais",
            3,
            3,
            _at(2024, 10, 2),
            speaker="Marc Duval, chef de cuisine centrale",
            transcript="Cuisiner des produits frais demande plus de main-d’œuvre. Avec la "
            "légumerie, mes équipes "
            "gagnent deux heures par jour. On refait les sauces nous-mêmes.",
            tags=["cuisine-centrale", "témoignage"],
        ),
        _doc(
            10,
            "note",
            "Bilan de l’été au jardin partagé",
            4,
            5,
            _at(2024, 9, 1),
            body="Cet été, le jardin partagé de l’école a donné 60 kg de tomates et de courgettes. "
            "Les familles "
            "ont pris le relais pendant les vacances pour l’arrosage.",
            tags=["jardin", "été"],
        ),
        _doc(
            11,
            "photo",
            "Visite de la ferme des Quatre Saisons",
            1,
            1,
            _at(2024, 2, 15),
            body="Les élus ont visité l’élevage de volailles et l’atelier de transformation.",
            captions="Les élus devant le poulailler mobile. La chambre froide de la ferme.",
            tags=["visite", "producteurs", "élevage"],
        ),
        _doc(
            12,
            "note",
            "Coopération intercommunale : la convention est signée",
            2,
            2,
            _at(2024, 4, 2),
            body="Les trois communes et la communauté de communes mutualisent la commande de denrées et le "
            "camion frigorifique. La coopération démarre en septembre.",
            tags=["coopération", "gouvernance"],
            pinned=True,
        ),
        _doc(
            13,
            "note",
            "Le compost du collège Louise-Michel",
            3,
            5,
            _at(2024, 11, 7),
            body="Les éco-délégués gèrent trois bacs de compost alimentés par les épluchures de la cantine.",
            tags=["compost", "collège", "gaspillage"],
        ),
        _doc(
            14,
            "testimony",
            "Paroles de parents d’élèves sur les repas",
            4,
            3,
            _at(2024, 11, 19),
            speaker="Association des parents d’élèves",
            transcript="Nos enfants parlent enfin de ce qu’ils ont mangé le midi. Certains parents "
            "s’inquiètent "
            "du prix du repas, d’autres demandent plus de bio.",
            tags=["parents", "témoignage"],
        ),
        _doc(
            15,
            "audio",
            "Podcast : les agriculteurs bio du plateau",
            1,
            4,
            _at(2024, 2, 27),
            transcript="Trois agriculteurs en agriculture biologique expliquent pourquoi ils se "
            "sont regroupés "
            "en coopérative pour livrer les écoles du plateau.",
            tags=["bio", "producteurs", "podcast"],
        ),
        _doc(
            16,
            "note",
            "Formation des agents à la cuisine végétarienne",
            3,
            2,
            _at(2024, 6, 11),
            body="Deux jours de formation pour les agents de restauration : assaisonnement, "
            "protéines végétales, "
            "présentation des plats.",
            tags=["formation", "végétarien"],
        ),
        _doc(
            17,
            "photo",
            "Marché de producteurs sur la place de la mairie",
            2,
            1,
            _at(2024, 5, 25),
            captions="Stand de fromages de chèvre. Les enfants goûtent les fraises du maraîcher.",
            body="Un samedi matin pour faire connaître les producteurs qui livrent la cantine.",
            tags=["marché", "producteurs"],
        ),
        _doc(
            18,
            "note",
            "Diagnostic : l’approvisionnement local des cantines en chiffres",
            1,
            2,
            _at(2024, 1, 30),
            body="Aujourd’hui 14 % des denrées viennent du département, 6 % sont bio. Le coût "
            "matière moyen est "
            "de 2,10 euros par repas.",
            tags=["diagnostic", "chiffres", "approvisionnement"],
        ),
        _doc(
            19,
            "link",
            "Ouest-France parle du projet",
            3,
            4,
            _at(2024, 10, 15),
            body="Article de presse sur la légumerie et la cantine. https://www.ouest-france.fr/",
            tags=["presse"],
        ),
        _doc(
            20,
            "video",
            "Atelier cuisine avec les enfants : velouté de potimarron",
            3,
            5,
            _at(2024, 10, 24),
            body="Pendant les vacances d’automne, le centre de loisirs a cuisiné un velouté de potimarron.",
            captions="Les enfants épluchent le potimarron avec le cuisinier.",
            tags=["atelier", "enfants", "cuisine"],
        ),
        _doc(
            21,
            "note",
            "Goûter zéro déchet à l’école maternelle",
            3,
            3,
            _at(2024, 6, 20),
            body="Fini les emballages individuels : compotes en vrac et gâteaux faits maison pour le goûter.",
            tags=["gaspillage", "école", "goûter"],
        ),
        _doc(
            22,
            "testimony",
            "L’élue à l’alimentation raconte le démarrage du projet",
            1,
            1,
            _at(2024, 1, 16),
            speaker="Claire Dumas, adjointe au maire chargée de l’alimentation",
            transcript="Tout est parti d’une question d’un parent : d’où viennent les carottes de "
            "la cantine ? "
            "Personne ne savait répondre.",
            tags=["élus", "témoignage", "gouvernance"],
            pinned=True,
        ),
        _doc(
            23,
            "note",
            "Calendrier des légumes de saison pour les menus",
            2,
            2,
            _at(2024, 3, 5),
            body="Tableau mois par mois : poireaux et choux en hiver, asperges au printemps, tomates en été, "
            "courges à l’automne.",
            tags=["saison", "menus"],
        ),
        _doc(
            24,
            "drawing",
            "Carte des producteurs locaux dessinée à la main",
            1,
            4,
            _at(2024, 2, 20),
            body="Carte du territoire avec les fermes, le moulin, la laiterie et les écoles livrées.",
            captions="Carte dessinée : fermes, moulin, laiterie.",
            tags=["carte", "producteurs"],
        ),
        _doc(
            25,
            "audio",
            "Interview de la diététicienne sur l’équilibre des menus",
            2,
            3,
            _at(2024, 4, 9),
            transcript="Un menu végétarien bien construit couvre les besoins en protéines des enfants. "
            "Il faut associer céréales et légumineuses.",
            speaker="Élodie Martin, diététicienne",
            tags=["nutrition", "menus"],
        ),
        _doc(
            26,
            "note",
            "Tarification sociale : la cantine à un euro",
            2,
            2,
            _at(2024, 5, 7),
            body="Le conseil municipal adopte une grille de tarifs selon le quotient familial ; les familles "
            "les plus modestes paieront un euro par repas.",
            tags=["tarifs", "social"],
        ),
        _doc(
            27,
            "photo",
            "Livraison du pain par le boulanger du village",
            3,
            1,
            _at(2024, 9, 17),
            captions="Le boulanger décharge les pains de campagne devant la cuisine.",
            body="Pain au levain livré chaque matin, farine du moulin voisin.",
            tags=["pain", "producteurs", "livraison"],
        ),
        _doc(
            28,
            "note",
            "Questionnaire de satisfaction des élèves : résultats",
            4,
            4,
            _at(2024, 12, 3),
            body="812 réponses. 71 % des élèves trouvent les repas meilleurs qu’avant ; le plat "
            "préféré reste "
            "le hachis parmentier.",
            tags=["évaluation", "enquête"],
        ),
        _doc(
            29,
            "note",
            "Logistique : une tournée de livraison mutualisée",
            3,
            2,
            _at(2024, 9, 24),
            body="Un seul camion frigorifique passe chez six producteurs le lundi et livre les "
            "quatre cuisines.",
            tags=["logistique", "livraison", "coopération"],
        ),
        _doc(
            30,
            "testimony",
            "Une agricultrice témoigne de la contractualisation",
            4,
            3,
            _at(2024, 11, 28),
            speaker="Martine Roux, éleveuse laitière",
            transcript="Le contrat sur trois ans m’a permis d’investir dans une yaourtière. Je sais "
            "ce que je "
            "vendrai à la cantine jusqu’en 2027.",
            tags=["producteurs", "contrat", "témoignage"],
        ),
        _doc(
            31,
            "note",
            "Pain bio et farine locale : l’essai du meunier",
            3,
            4,
            _at(2024, 7, 2),
            body="Le meunier de Saint-Aubin propose une farine T80 issue de blé cultivé à 15 km.",
            tags=["pain", "bio"],
        ),
        _doc(
            32,
            "note",
            "Projet alimentaire territorial : premier comité de pilotage",
            1,
            2,
            _at(2024, 2, 1),
            body="Le PAT réunit élus, chambre d’agriculture, associations et parents. Objectif : 40 % de "
            "produits locaux en 2026.",
            tags=["gouvernance", "PAT"],
        ),
        _doc(
            33,
            "video",
            "Les enfants goûtent les légumes oubliés",
            3,
            5,
            _at(2024, 11, 14),
            body="Panais, topinambours et rutabagas en purée : la moitié des enfants ont redemandé.",
            captions="Dégustation à l’aveugle de purées de légumes anciens.",
            tags=["dégustation", "enfants"],
        ),
        _doc(
            34,
            "note",
            "English summary for our European partners",
            4,
            1,
            _at(2024, 12, 10),
            body="The project brings local farmers into school canteens. Meals are now cooked from fresh "
            "vegetables prepared by a vegetable processing workshop. Food waste dropped by a third.",
            tags=["europe", "summary"],
        ),
        _doc(
            35,
            "note",
            "Poisson de la criée : un approvisionnement durable",
            3,
            2,
            _at(2024, 10, 8),
            body="Le mareyeur livre du poisson pêché la veille ; les cuisiniers apprennent à lever "
            "les filets.",
            tags=["poisson", "approvisionnement"],
        ),
        _doc(
            36,
            "photo",
            "Serre municipale : les semis de tomates",
            2,
            1,
            _at(2024, 3, 28),
            captions="Semis de tomates sous la serre. Les jardiniers municipaux repiquent les plants.",
            tags=["jardin", "serre"],
        ),
        _doc(
            37,
            "note",
            "Les restes de légumes valorisés en soupe",
            3,
            5,
            _at(2024, 10, 30),
            body="Plutôt que de jeter les légumes non servis, la cuisine centrale prépare une soupe pour le "
            "lendemain. Gaspillage évité : 35 kg par semaine.",
            tags=["gaspillage", "cuisine-centrale"],
        ),
        _doc(
            38,
            "audio",
            "Un cuisinier raconte sa reconversion",
            4,
            3,
            _at(2024, 12, 12),
            transcript="J’ai travaillé quinze ans en restaurant. Ici je retrouve le goût de cuisiner des "
            "produits bruts pour les enfants.",
            speaker="Karim Lefèvre, cuisinier",
            tags=["cuisiniers", "métiers"],
        ),
        _doc(
            39,
            "note",
            "Budget 2024 : le coût des denrées par repas",
            4,
            2,
            _at(2024, 12, 17),
            body="Le coût matière est passé de 2,10 à 2,45 euros par repas ; la baisse du "
            "gaspillage compense "
            "une partie de la hausse.",
            tags=["budget", "chiffres"],
        ),
        _doc(
            40,
            "note",
            "Retour d’expérience de Mouans-Sartoux",
            5,
            4,
            _at(2025, 1, 21),
            body="La commune produit elle-même ses légumes en régie agricole et sert 100 % bio. "
            "Visite prévue "
            "au printemps pour les élus.",
            tags=["essaimage", "régie"],
        ),
        _doc(
            41,
            "note",
            "Les cantines voisines veulent rejoindre la démarche",
            5,
            2,
            _at(2025, 2, 4),
            body="Quatre communes du canton ont demandé à rejoindre la coopération pour la rentrée "
            "prochaine.",
            tags=["essaimage", "coopération"],
        ),
        _doc(
            42,
            "testimony",
            "Un élève de CM2 donne son avis sur le menu végétarien",
            4,
            5,
            _at(2024, 12, 5),
            speaker="Léo, élève de CM2",
            transcript="Le jeudi c’est végétarien. Au début on n’aimait pas, maintenant les lasagnes aux "
            "légumes c’est mon plat préféré.",
            tags=["enfants", "végétarien", "témoignage"],
        ),
    ]


# -- generated entries --------------------------------------------------------

_PLACES = [
    "Saint-Aubin",
    "Vernouillet",
    "La Roche-sur-Loire",
    "Montcerf",
    "Les Essarts",
    "Belleville-en-Bocage",
    "Plouzané",
    "Sainte-Marie-du-Lac",
    "Chaumont-Vallée",
    "Le Puy-Fleuri",
    "Villeneuve-les-Prés",
    "Arzac",
]
_SCHOOLS = [
    "l’école Jean-Moulin",
    "l’école des Tilleuls",
    "le groupe scolaire Pasteur",
    "le collège Victor-Hugo",
    "l’école Simone-Veil",
    "l’école maternelle Les Petits Pas",
    "le lycée agricole",
]
_PRODUCTS = [
    "carottes",
    "pommes de terre",
    "poireaux",
    "courgettes",
    "pommes",
    "poires",
    "yaourts",
    "fromage blanc",
    "lentilles",
    "pois chiches",
    "pain",
    "œufs",
    "volaille",
    "bœuf",
    "porc",
    "lait",
    "farine",
    "betteraves",
    "choux",
    "oignons",
    "salades",
    "fraises",
    "haricots verts",
    "potirons",
    "miel",
    "jus de pomme",
]
_PEOPLE = [
    "le cuisinier",
    "la gestionnaire",
    "l’animatrice",
    "le maire",
    "la coordinatrice du projet",
    "un producteur",
    "une productrice",
    "les agents de service",
    "le responsable des achats",
    "la chargée de mission",
    "les parents",
    "les élèves délégués",
    "l’équipe de la cuisine",
]
_FIRST = [
    "Anne",
    "Luc",
    "Fatou",
    "Hugo",
    "Chloé",
    "Yann",
    "Lina",
    "Pierre",
    "Maëlle",
    "Rachid",
    "Jeanne",
    "Éric",
]
_LAST = [
    "Morel",
    "Garnier",
    "Lambert",
    "Faure",
    "Girard",
    "Bonnet",
    "Mercier",
    "Blanc",
    "Guérin",
    "Chevalier",
]
_TOPICS = [
    ("approvisionnement", ["approvisionnement", "producteurs"]),
    ("menus", ["menus"]),
    ("gaspillage", ["gaspillage"]),
    ("logistique", ["logistique"]),
    ("formation", ["formation"]),
    ("commande publique", ["marchés-publics"]),
    ("éducation au goût", ["éducation", "enfants"]),
    ("gouvernance", ["gouvernance"]),
    ("budget", ["budget"]),
]
_TITLES = [
    "Point d’étape sur {topic}",
    "Réunion de l’équipe projet : {topic}",
    "Notes du comité technique ({place})",
    "Visite à {school}",
    "Livraison de {product} à {place}",
    "Échange avec {person} sur {topic}",
    "Semaine {n} : ce qui a avancé",
    "Commande de {product} pour {school}",
    "Rencontre avec {name}, producteur à {place}",
    "Retour sur la journée du {day} {month}",
]
_SENTENCES = [
    "Nous avons fait le point sur {topic} avec {person}.",
    "{person_cap} propose de revoir les quantités de {product} commandées chaque semaine.",
    "La livraison de {product} est arrivée à {place} avec une heure de retard.",
    "Les enfants de {school} ont apprécié les {product} servis au déjeuner.",
    "Il reste à caler le planning avec {name} avant la fin du mois.",
    "Le prochain rendez-vous est fixé au {day} {month} à {place}.",
    "Les chiffres de la semaine : {n} repas servis et {m} kg de {product} achetés localement.",
    "{person_cap} souligne que la démarche demande du temps mais que les équipes y croient.",
    "On a discuté des menus de la période et de la part de produits de saison.",
    "Les producteurs demandent de la visibilité sur les volumes pour planifier leurs cultures.",
    "Les restes ont été pesés : {m} kg jetés sur la semaine.",
    "La cuisine a testé une nouvelle recette à base de {product}.",
    "{name} nous a fait visiter son exploitation près de {place}.",
    "Le compte rendu est partagé dans le dossier commun.",
    "Nous avons reçu les factures de {product} ; le prix reste stable.",
    "Point de vigilance : le camion frigorifique doit passer au contrôle technique.",
]
_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "septembre",
    "octobre",
    "novembre",
]
_KINDS = ["note"] * 8 + ["photo"] * 4 + ["audio", "video", "drawing", "testimony", "link"]


def _fill(template: str, rng: random.Random, topic: str) -> str:
    person = rng.choice(_PEOPLE)
    return template.format(
        topic=topic,
        place=rng.choice(_PLACES),
        school=rng.choice(_SCHOOLS),
        product=rng.choice(_PRODUCTS),
        person=person,
        person_cap=person[0].upper() + person[1:],
        name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        n=rng.randint(2, 52),
        m=rng.randint(3, 400),
        day=rng.randint(1, 28),
        month=rng.choice(_MONTHS),
    )


def generate_entries(
    count: int,
    *,
    seed: int = 2024,
    start_id: int = 100,
    logbook_ids: tuple[int, ...] = (1,),
    pending_share: float = 0.0,
    trashed_share: float = 0.0,
) -> Iterator[EntryDocument]:
    """``count`` templated entries, always the same for the same arguments."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 8, 9, 0, tzinfo=UTC)
    for i in range(count):
        entry_id = start_id + i
        topic, topic_tags = rng.choice(_TOPICS)
        kind = rng.choice(_KINDS)
        stage = rng.randint(1, 5)
        title = _fill(rng.choice(_TITLES), rng, topic)
        body = " ".join(_fill(s, rng, topic) for s in rng.sample(_SENTENCES, rng.randint(2, 5)))
        transcript = captions = speaker = ""
        if kind in ("audio", "video", "testimony"):
            speaker = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            transcript = " ".join(_fill(s, rng, topic) for s in rng.sample(_SENTENCES, 3))
        if kind in ("photo", "drawing", "video"):
            captions = _fill("Photo prise à {place} : {product} et {person}.", rng, topic)
        roll = rng.random()
        state = (
            "trashed"
            if roll < trashed_share
            else "pending"
            if roll < trashed_share + pending_share
            else "published"
        )
        author = rng.randint(1, 5)
        yield EntryDocument(
            entry_id=entry_id,
            logbook_id=logbook_ids[i % len(logbook_ids)],
            kind=kind,
            title=title,
            body=body,
            transcript=transcript,
            captions=captions,
            speaker=speaker,
            tags=topic_tags + rng.sample(["cantine", "producteurs", "semaine", "réunion", "terrain"], 1),
            stage_id=stage,
            stage_title=STAGES[stage],
            author_id=author,
            author_name=AUTHORS[author],
            occurred_at=start + timedelta(hours=rng.randint(0, 24 * 420)),
            pinned=rng.random() < 0.03,
            state=state,
            thumbnail_key=f"thumbs/{entry_id}.webp" if kind in ("photo", "drawing", "video") else None,
        )


def fixture_logbook() -> list[EntryDocument]:
    """The judged logbook: 42 anchors and 280 generated entries (322 in all)."""
    return anchor_entries() + list(generate_entries(280, seed=7, start_id=100))


# Queries typed as on a phone, each with entries that must be in the top 10.
JUDGED_QUERIES: list[tuple[str, set[int]]] = [
    ("le témoignage de la directrice sur la cantine", {1}),
    ("temoignage directrice", {1}),
    ("ecoles", {21, 1}),
    ("legumerie", {2, 9, 1}),
    ("legumeries", {2}),
    ("menus vegetariens", {3, 42}),
    ("menu vegetarien", {3, 42}),
    ("maraicher", {4, 17}),
    ("dessins des enfants", {5}),
    ("dessin assiette", {5}),
    ("pesee dechets", {6}),
    ("gaspillage pesee", {6}),
    ("gaspillage soupe", {37}),
    ("cuisine vegetarienne", {16}),
    ("egalim", {7}),
    ("loi egalim bio", {7}),
    ("allotissement marches publics", {8}),
    ("chef cuisine centrale produits frais", {9}),
    ("ete jardin", {10}),
    ("ferme quatre saisons", {11}),
    ("cooperation intercommunale", {12}),
    ("convention signee", {12}),
    ("compost college", {13}),
    ("parents d'eleves repas", {14}),
    ("agriculteurs bio", {15}),
    ("formation agents vegetarienne", {16}),
    ("marche producteurs mairie", {17}),
    ("approvisionnement local chiffres", {18}),
    ("article presse", {19}),
    ("veloute potimarron", {20}),
    ("gouter zero dechet", {21}),
    ("elue alimentation", {22}),
    ("legumes de saison", {23}),
    ("carte producteurs", {24}),
    ("dieteticienne", {25}),
    ("cantine a un euro", {26}),
    ("boulanger", {27}),
    ("satisfaction eleves", {28}),
    ("tournee livraison mutualisee", {29}),
    ("contractualisation agricultrice", {30}),
    ("farine locale meunier", {31}),
    ("projet alimentaire territorial", {32}),
    ("legumes oublies", {33}),
    ("school canteens local farmers", {34}),
    ("poisson criee", {35}),
    ("semis tomates", {36}),
    ("soupe restes", {37}),
    ("cuisinier reconversion", {38}),
    ("cout denrees repas", {39, 18}),
    ("mouans sartoux", {40}),
    ("cantines voisines", {41}),
    ("potimaron", {20}),
    ("dieteticiene", {25}),
    ("les enfants cuisinent", {20}),
    ("ils ont goute les legumes", {33}),
]
