"""The story so far (fil d'Ariane): what a newcomer reads first, and where an invitation lands.

What the project is, its stages as a path with the next stop, a few figures, what it set out
to change and what it observed, the stage reviews, who took part, the latest and the pinned
entries. Media play in place as on the timeline. The page is meant to be passed around: a
testimony without consent shows only its kind and date here, even to members, and the team
list is for members only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from flask import render_template, url_for
from flask_babel import format_timedelta, ngettext

from logbook.models import Stage
from logbook.services.access import Action, can
from logbook.services.stages import list_stages, next_stop, stage_entry_counts
from logbook.services.story import key_figures, story_effects, story_reviews, story_stakeholders
from logbook.web import facets
from logbook.web.blueprint import bp, has_endpoint, logbook_for, user
from logbook.web.effects import stance_labels
from logbook.web.stakeholders import stakeholder_kind_labels

LATEST = 5  # the latest entries shown, besides the pinned ones


def due(stage: Stage | None, today: date | None = None) -> dict | None:
    """When the next stop is planned, in words relative to today ("il y a 3 mois"), and
    whether that day is past: ``None`` when the stage has no start date."""
    if stage is None or stage.starts_on is None:
        return None
    today = today or datetime.now(UTC).date()
    delta = stage.starts_on - today
    return {
        "overdue": delta.days < 0,
        "today": delta.days == 0,
        "when": format_timedelta(delta, granularity="day", add_direction=True),
    }


def kind_counts(by_kind: dict[str, int]) -> list[str]:
    """ "3 notes", "1 capsule sonore"… in the page's language."""
    forms = {
        "note": lambda n: ngettext("%(num)d note", "%(num)d notes", n),
        "photo": lambda n: ngettext("%(num)d photo", "%(num)d photos", n),
        "drawing": lambda n: ngettext("%(num)d dessin", "%(num)d dessins", n),
        "audio": lambda n: ngettext("%(num)d capsule sonore", "%(num)d capsules sonores", n),
        "video": lambda n: ngettext("%(num)d vidéo", "%(num)d vidéos", n),
        "testimony": lambda n: ngettext("%(num)d témoignage", "%(num)d témoignages", n),
        "link": lambda n: ngettext("%(num)d lien", "%(num)d liens", n),
    }
    return [forms[kind](count) if kind in forms else f"{count} {kind}" for kind, count in by_kind.items()]


@bp.get("/carnets/<slug>/histoire")
def story(slug: str):
    logbook = logbook_for(slug)
    caller = user()
    stop = next_stop(logbook)
    figures = key_figures(logbook)
    pinned = facets.pinned_entries(logbook)
    return render_template(
        "story.html",
        logbook=logbook,
        stages=list_stages(logbook),
        counts=stage_entry_counts(logbook),
        pinned=pinned,
        latest=facets.latest_entries(
            logbook, LATEST, besides=[entry.id for entries in pinned.values() for entry in entries]
        ),
        next_stop=stop,
        next_stop_due=due(stop),
        figures=figures,
        kind_counts=kind_counts(dict(figures.by_kind)),
        effects=story_effects(logbook),
        reviews=story_reviews(logbook),
        # Names of stakeholders who did not consent: editors and owners only, as elsewhere.
        people=story_stakeholders(logbook, sees_names=can(caller, logbook, Action.SEE_WITHHELD_NAMES)),
        stance_labels=stance_labels(),
        stakeholder_kinds=stakeholder_kind_labels(),
        # A public logbook's visitors see the story, not who its members are.
        members=facets.members(logbook) if can(caller, logbook, Action.SEE_MEMBERS) else [],
        may_post=can(caller, logbook, Action.POST),
        may_manage=can(caller, logbook, Action.MANAGE_STAGES),
        share_url=url_for("web.story", slug=slug, _external=True),
        exports_url=url_for("web.exports", slug=slug) if can(caller, logbook, Action.EXPORT) else None,
        guest_form=has_endpoint("accounts.guest_form"),
    )
