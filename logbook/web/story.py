"""The story so far (fil d'Ariane): what a newcomer reads first."""

from __future__ import annotations

from flask import render_template, url_for

from logbook.services.access import Action, can
from logbook.services.stages import list_stages, next_stop, stage_entry_counts
from logbook.web import facets
from logbook.web.blueprint import bp, has_endpoint, logbook_for, user


@bp.get("/carnets/<slug>/histoire")
def story(slug: str):
    logbook = logbook_for(slug)
    caller = user()
    return render_template(
        "story.html",
        logbook=logbook,
        stages=list_stages(logbook),
        counts=stage_entry_counts(logbook),
        pinned=facets.pinned_entries(logbook),
        next_stop=next_stop(logbook),
        # A public logbook's visitors see the story, not who its members are.
        members=facets.members(logbook) if can(caller, logbook, Action.SEE_MEMBERS) else [],
        may_post=can(caller, logbook, Action.POST),
        may_manage=can(caller, logbook, Action.MANAGE_STAGES),
        share_url=url_for("web.story", slug=slug, _external=True),
        exports_url=url_for("web.exports", slug=slug) if can(caller, logbook, Action.EXPORT) else None,
        guest_form=has_endpoint("accounts.guest_form"),
    )
