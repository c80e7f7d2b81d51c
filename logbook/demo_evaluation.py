"""The demo logbook's evaluation: expected effects with their evidence, a review of
each stage reached, and the people and organisations involved (see logbook.demo)."""

from __future__ import annotations

from logbook.jobs import get_queue
from logbook.models import Logbook
from logbook.services import effects, stage_reviews, stakeholders

EFFECTS = [
    (
        "Plus de produits locaux dans les assiettes",
        "Les cantines des trois communes servent-elles davantage de produits de la vallée ?",
        "part de produits locaux dans les repas",
        "50 %",
        [
            ("Lancement du diagnostic", "nuances", "Point de départ : 14 % de produits locaux."),
            ("Schéma des circuits courts", "confirms", "Trois fermes peuvent livrer chaque semaine."),
            ("« Livrer trois écoles, c'est possible »", "nuances", "Possible, à condition d'une légumerie."),
        ],
    ),
    (
        "Moins de gaspillage à la cantine",
        "Les restes diminuent-ils quand les équipes de cuisine pèsent et adaptent les menus ?",
        "kilos de restes par jour, école Jean-Jaurès",
        "moins de 20 kg",
        [
            (
                "« On jette un tiers des assiettes »",
                "contradicts",
                "Avant les ateliers : un tiers des assiettes jeté.",
            ),
            ("Atelier pesée", "confirms", "De 38 kg à 21 kg en une semaine de pesées."),
            ("« Ma fille a goûté le potimarron »", "confirms", "Les plats découverts en classe sont mangés."),
        ],
    ),
    (
        "Une coopération qui tient sans nous",
        "Les communes et les producteurs s'organisent-ils ensemble, au-delà du projet ?",
        "",
        "",
        [
            ("Visite de la future légumerie", "confirms", "Une commune prête un local."),
            ("Ce qu'il reste à décider", "nuances", "L'emploi du légumier n'a pas encore de porteur."),
        ],
    ),
]

# (stage title, what we did, what we learnt, what changes next)
REVIEWS = [
    (
        "Diagnostic partagé",
        "Douze rencontres : trois cantines, neuf producteurs, un questionnaire aux familles (212 réponses).",
        "Le frein n'est pas le prix mais la préparation : les cuisines n'ont ni le temps ni le matériel "
        "pour éplucher des légumes bruts.",
        "Les ateliers partiront des cuisines : peser les restes, revoir les menus avec les équipes.",
    ),
    (
        "Ateliers cuisine et gaspillage",
        "Six ateliers avec 23 agents de cuisine ; une semaine de pesées dans chaque école.",
        "Peser change les pratiques très vite ; les enfants mangent mieux ce qu'ils ont vu préparer.",
        "Une légumerie partagée entre les trois communes, et des classes qui viennent la visiter.",
    ),
]

# (name, organisation, kind, role, consent, speaker of, also named on)
STAKEHOLDERS = [
    (
        "Martine Durand",
        "école Jean-Jaurès",
        "agent",
        "cheffe de cuisine",
        True,
        "« On jette un tiers des assiettes »",
        ["Atelier pesée"],
    ),
    (
        "Karim Benali",
        "GAEC des Trois Sources",
        "entreprise",
        "maraîcher, livre les écoles",
        True,
        "« Livrer trois écoles, c'est possible »",
        ["Schéma des circuits courts"],
    ),
    (
        "Sophie Marchal",
        "",
        "habitant",
        "parent d'élève, école de Saint-Aubin",
        False,
        "« Ma fille a goûté le potimarron »",
        [],
    ),
    (
        "Hélène Roux",
        "Commune de Saint-Aubin",
        "elu",
        "adjointe à l'alimentation",
        True,
        None,
        [
            "« Livrer trois écoles, c'est possible »",
            "Ce qu'il reste à décider",
            "Visite de la future légumerie",
        ],
    ),
    (
        "Les Jardins partagés de la vallée",
        "",
        "association",
        "anime les visites des classes",
        True,
        None,
        ["« Ma fille a goûté le potimarron »"],
    ),
    (
        "Pascal Morel",
        "Communauté de communes de la vallée",
        "agent",
        "responsable de la restauration collective",
        False,
        None,
        ["« On jette un tiers des assiettes »", "Atelier pesée"],
    ),
]


def add_evaluation(logbook: Logbook, owner, made, posted: dict) -> None:
    """Expected effects with evidence, a review for each reached stage, stakeholders."""
    queue = get_queue()
    for title, question, indicator, target, evidence in EFFECTS:
        effect = effects.create_effect(
            logbook, title=title, question=question, indicator=indicator, target=target
        )
        for entry_title, stance, comment in evidence:
            effects.link_evidence(effect, posted[entry_title], stance=stance, comment=comment, user=owner)
    by_title = {stage.title: stage for stage in made}
    for stage_title, done, learnt, next_changes in REVIEWS:
        stage_reviews.save_review(
            by_title[stage_title],
            {"done": done, "learnt": learnt, "next_changes": next_changes},
            editor=owner,
        )
    for name, organisation, kind, role, consent, speaks, named in STAKEHOLDERS:
        person = stakeholders.create_stakeholder(
            logbook, name=name, organisation=organisation, kind=kind, role=role, consent_to_name=consent
        )
        for entry_title in named:
            entry = posted[entry_title]
            current = [link.stakeholder_id for link in stakeholders.entry_links(entry)]
            speaker = next(
                (link.stakeholder_id for link in stakeholders.entry_links(entry) if link.as_speaker), None
            )
            stakeholders.set_entry_stakeholders(
                entry, [*current, person.id], speaker_id=speaker, editor=owner, queue=queue
            )
        if speaks:
            entry = posted[speaks]
            current = [link.stakeholder_id for link in stakeholders.entry_links(entry)]
            stakeholders.set_entry_stakeholders(
                entry, current, speaker_id=person.id, editor=owner, queue=queue
            )
