"""One entry: its full text, media, transcripts and testimony; edit and move to the trash."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import to_user_timezone

from logbook.errors import ValidationFailed
from logbook.jobs import get_queue
from logbook.services import effects as effect_service
from logbook.services import entries as entry_service
from logbook.services import revisions as revision_service
from logbook.services import stakeholders as stakeholder_service
from logbook.services.access import Action, can, testimony_withheld
from logbook.services.stages import list_stages
from logbook.web import facets
from logbook.web.blueprint import bp, logbook_for, user
from logbook.web.compose import domain_errors, form_to_fields
from logbook.web.effects import stance_labels


def _entry(logbook, entry_id: int):
    entry = entry_service.get_entry(logbook, entry_id)
    if entry.status != "published" and not can(user(), logbook, Action.MODERATE):
        abort(404)
    if testimony_withheld(user(), entry):
        abort(404)  # nothing of it leaves the team, not even that this page exists
    return entry


@bp.get("/carnets/<slug>/entrees/<int:entry_id>")
def entry_page(slug: str, entry_id: int):
    logbook = logbook_for(slug)
    entry = _entry(logbook, entry_id)
    moderates = can(user(), logbook, Action.MODERATE)
    may_edit = can(user(), logbook, Action.EDIT_ENTRY, entry=entry)
    links = can(user(), logbook, Action.LINK_EVIDENCE)
    manages = can(user(), logbook, Action.MANAGE_EFFECTS)
    evidence = effect_service.evidence_for_entry(entry)
    return render_template(
        "entry.html",
        logbook=logbook,
        entry=entry,
        may_edit=may_edit,
        revisions=revision_service.list_revisions(entry) if moderates else [],
        evidence=evidence,
        may_unlink={e.id: links and effect_service.may_unlink(e, user(), manages=manages) for e in evidence},
        may_link=links and entry.status == "published",
        effects=effect_service.list_effects(logbook) if links else [],
        stance_labels=stance_labels(),
        stakeholder_links=stakeholder_service.entry_links(entry),
        stakeholders=stakeholder_service.list_stakeholders(logbook) if may_edit else [],
        sees_names=can(user(), logbook, Action.SEE_WITHHELD_NAMES),
        stakeholder_label=stakeholder_service.label,
    )


@bp.post("/carnets/<slug>/entrees/<int:entry_id>/versions/<int:version>")
def entry_restore_version(slug: str, entry_id: int, version: int):
    """Bring back an earlier version; the one it replaces is kept in the history too."""
    logbook = logbook_for(slug, Action.MODERATE)
    entry = _entry(logbook, entry_id)
    values = revision_service.restorable_fields(entry, version)
    entry_service.update_entry(entry, values, editor=user(), queue=get_queue())
    flash(_("Version %(n)s rétablie.", n=version), "success")
    return redirect(url_for("web.entry_page", slug=slug, entry_id=entry.id))


def _edit_values(entry) -> dict[str, str]:
    return {
        "kind": entry.kind,
        "title": entry.title,
        "body": entry.body,
        "occurred_at": to_user_timezone(entry.occurred_at).strftime("%Y-%m-%dT%H:%M"),
        "stage_id": str(entry.stage_id or ""),
        "tags": ", ".join(entry.tags),
        "speaker_name": entry.speaker_name or "",
        "speaker_role": entry.speaker_role or "",
        "consent": "on" if entry.consent else "",
        "pinned": "on" if entry.pinned else "",
        "link_url": entry.link_url or "",
    }


def _render_edit(logbook, entry, values, errors, status=200):
    return (
        render_template(
            "entry_edit.html",
            logbook=logbook,
            entry=entry,
            stages=list_stages(logbook),
            tags=[name for name, _count in facets.tag_counts(logbook, limit=20)],
            values=values,
            errors=errors,
        ),
        status,
    )


@bp.get("/carnets/<slug>/entrees/<int:entry_id>/modifier")
def entry_edit(slug: str, entry_id: int):
    logbook = logbook_for(slug)
    entry = _entry(logbook, entry_id)
    if not can(user(), logbook, Action.EDIT_ENTRY, entry=entry):
        abort(403)
    return _render_edit(logbook, entry, _edit_values(entry), {})


@bp.post("/carnets/<slug>/entrees/<int:entry_id>/modifier")
def entry_edit_post(slug: str, entry_id: int):
    logbook = logbook_for(slug)
    entry = _entry(logbook, entry_id)
    if not can(user(), logbook, Action.EDIT_ENTRY, entry=entry):
        abort(403)
    values = request.form.to_dict()
    values["kind"] = entry.kind
    form = request.form.copy()
    form["kind"] = entry.kind
    fields, errors = form_to_fields(form)
    if errors:
        return _render_edit(logbook, entry, values, errors, 422)
    fields.pop("kind", None)
    media_texts = {}
    for media in entry.media:
        alt = request.form.get(f"alt_text_{media.id}")
        transcript = request.form.get(f"transcript_{media.id}")
        changes = {}
        if alt is not None and alt.strip() != media.alt_text:
            changes["alt_text"] = alt.strip()
        if transcript is not None and transcript.strip() != media.transcript:
            changes["transcript"] = transcript.strip()
        if changes:
            media_texts[str(media.id)] = changes
    if media_texts:
        # One edit, one version: the texts are saved with the fields, or not at all.
        fields["media_texts"] = media_texts
    try:
        entry_service.update_entry(entry, fields, editor=user(), queue=get_queue())
    except ValidationFailed as exc:
        return _render_edit(logbook, entry, values, domain_errors(exc), 422)
    flash(_("Modifications enregistrées."), "success")
    return redirect(url_for("web.entry_page", slug=slug, entry_id=entry.id))


@bp.post("/carnets/<slug>/entrees/<int:entry_id>/corbeille")
def entry_trash(slug: str, entry_id: int):
    logbook = logbook_for(slug)
    entry = _entry(logbook, entry_id)
    if not can(user(), logbook, Action.EDIT_ENTRY, entry=entry):
        abort(403)
    entry_service.trash_entry(entry, queue=get_queue())
    flash(_("L'entrée est dans la corbeille."), "success")
    return redirect(url_for("web.logbook_timeline", slug=slug))
