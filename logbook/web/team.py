"""Page shells for members, invitations, guest links, trash and exports.

Their APIs come from other parts of the app; each page probes the URL map and
shows a section only when the API it drives is installed. What the domain
already offers (the member list, restoring from the trash) works here without them.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from logbook.jobs import get_queue
from logbook.services import entries as entry_service
from logbook.services.access import Action, can
from logbook.web import facets
from logbook.web.blueprint import api_rule, bp, logbook_for, user

EXPORT_FORMATS = ("pdf", "pptx", "html", "markdown", "timelinejs", "zip")


def _api(logbook, suffix: str) -> str | None:
    rule = api_rule(suffix)
    return rule.replace("<slug>", logbook.slug) if rule else None


@bp.get("/carnets/<slug>/membres")
def members(slug: str):
    logbook = logbook_for(slug)
    return render_template(
        "team/members.html",
        logbook=logbook,
        members=facets.members(logbook),
        members_api=_api(logbook, "members"),
        may_manage=can(user(), logbook, Action.MANAGE_LOGBOOK),
    )


@bp.get("/carnets/<slug>/invitations")
def invitations(slug: str):
    logbook = logbook_for(slug, Action.MANAGE_LOGBOOK)
    return render_template(
        "team/invitations.html", logbook=logbook, invitations_api=_api(logbook, "invitations")
    )


@bp.get("/carnets/<slug>/liens-invites")
def guest_links(slug: str):
    logbook = logbook_for(slug, Action.MODERATE)
    return render_template(
        "team/guest_links.html",
        logbook=logbook,
        guest_api=_api(logbook, "guest-links") or _api(logbook, "guest-link"),
    )


@bp.get("/carnets/<slug>/corbeille")
def trash(slug: str):
    logbook = logbook_for(slug, Action.MODERATE)
    return render_template("team/trash.html", logbook=logbook, entries=facets.trashed_entries(logbook))


@bp.post("/carnets/<slug>/corbeille/<int:entry_id>/restaurer")
def trash_restore(slug: str, entry_id: int):
    logbook = logbook_for(slug, Action.MODERATE)
    entry = entry_service.get_entry(logbook, entry_id, include_trashed=True)
    if entry.deleted_at is None:
        abort(404)
    entry_service.restore_entry(entry, queue=get_queue())
    flash(_("Entrée restaurée."), "success")
    return redirect(url_for("web.trash", slug=slug))


@bp.get("/carnets/<slug>/exports")
def exports(slug: str):
    logbook = logbook_for(slug, Action.EXPORT)
    return render_template(
        "team/exports.html", logbook=logbook, formats=EXPORT_FORMATS, exports_api=_api(logbook, "exports")
    )
