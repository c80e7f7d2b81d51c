"""Posting from a phone: one screen, one form.

With script the page uploads to the multipart API with progress, cancel and
retry (see static/compose.js). Without script the same form posts here and
this view calls ``create_entry`` itself; errors come back on the form, never as
a 500. A hidden key makes a double submit create one entry.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import to_user_timezone

from logbook.db import utcnow
from logbook.errors import MediaRejected, ValidationFailed
from logbook.idempotency import FORM_FIELDS_OF_THE_PAGE, idempotency_key, request_digest
from logbook.jobs import get_queue
from logbook.models import ENTRY_KINDS, Entry
from logbook.services import effects as effect_service
from logbook.services import entries as entry_service
from logbook.services import entry_links
from logbook.services import stakeholders as stakeholder_service
from logbook.services.access import Action, can
from logbook.services.stages import list_stages, stage_for_day
from logbook.storage import get_storage
from logbook.uploads import HashedSpoolFile
from logbook.web import facets
from logbook.web.blueprint import bp, has_endpoint, logbook_for, user
from logbook.web.effects import stance_labels
from logbook.web.markup import render_markdown

TEXT_FIELDS = ("title", "body", "speaker_name", "speaker_role", "link_url")


def field_messages() -> dict[str, str]:
    return {
        "kind": _("Choisissez le type d'entrée."),
        "title": _("Le titre est trop long (300 caractères au plus)."),
        "body": _("Une note a besoin d'un titre ou d'un texte."),
        "files": _("Ajoutez au moins un fichier pour ce type d'entrée."),
        "link_url": _("Indiquez une adresse qui commence par http:// ou https://."),
        "speaker_name": _("Un témoignage a besoin du nom de la personne qui parle."),
        "consent": _("Cochez la case de consentement pour publier un témoignage."),
        "occurred_at": _("Cette date n'est pas valide."),
        "stage_id": _("Cette escale n'existe pas dans ce carnet."),
        "tags": _("Étiquettes : 30 au plus, de 64 caractères au plus."),
    }


def already_posted_message() -> str:
    """A form sent again, changed, after its first sending did arrive (its answer was lost)."""
    return _(
        "Ce formulaire avait déjà été publié, tel qu'il était avant vos dernières modifications : "
        "l'entrée est dans le fil. Vos modifications n'ont pas été publiées ; modifiez l'entrée "
        "dans le fil, ou envoyez de nouveau ce formulaire pour en faire une nouvelle entrée."
    )


def media_messages() -> dict[str, str]:
    return {
        "unsupported_media": _("Ce type de fichier n'est pas accepté."),
        "media_corrupt": _("Ce fichier est abîmé ou incomplet."),
        "media_too_large": _("Ce fichier est trop gros."),
        "empty_file": _("Ce fichier est vide."),
    }


def parse_local_datetime(value: str, tz_name: str) -> datetime | None:
    """``YYYY-MM-DDTHH:MM`` from a datetime-local field, in the writer's time zone."""
    if not value:
        return None
    try:
        zone = ZoneInfo(tz_name or current_app.config["BABEL_DEFAULT_TIMEZONE"])
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def form_to_fields(form) -> tuple[dict[str, Any], dict[str, str]]:
    """The form's values as ``create_entry``/``update_entry`` fields, and the errors found
    while reading them."""
    errors: dict[str, str] = {}
    messages = field_messages()
    fields: dict[str, Any] = {"kind": form.get("kind", "")}
    for name in TEXT_FIELDS:
        value = form.get(name, "").strip()
        if name in form:
            fields[name] = value or (None if name in {"speaker_name", "speaker_role", "link_url"} else "")
    fields["tags"] = form.get("tags", "")
    try:
        fields["occurred_at"] = parse_local_datetime(form.get("occurred_at", ""), form.get("tz", ""))
    except ValueError:
        errors["occurred_at"] = messages["occurred_at"]
    stage = form.get("stage_id", "auto")
    if stage != "auto":  # "auto": the stage whose dates hold the entry's date (services.stages)
        fields["stage_id"] = int(stage) if stage.isdecimal() and len(stage) < 10 else None
    fields["consent"] = form.get("consent") == "on"
    fields["pinned"] = form.get("pinned") == "on"
    if fields["kind"] not in ENTRY_KINDS:
        errors["kind"] = messages["kind"]
    if fields["kind"] == "testimony" and not fields["consent"]:
        errors["consent"] = messages["consent"]
    if fields["kind"] != "testimony":
        for name in ("speaker_name", "speaker_role"):
            fields.pop(name, None)
    if fields["kind"] != "link":
        fields.pop("link_url", None)
    if fields.get("occurred_at") is None:
        fields.pop("occurred_at", None)
    return fields, errors


def domain_errors(exc: ValidationFailed) -> dict[str, str]:
    if exc.code == "idempotency_key_reused":
        return {"form": already_posted_message()}
    messages = field_messages()
    if exc.code == "invalid_characters":
        unstorable = _(
            "Contient un caractère invisible (NUL) qui ne peut pas être enregistré : retapez ce texte."
        )
        messages = dict.fromkeys(exc.fields, unstorable)
    return {name: messages.get(name, _("Valeur invalide.")) for name in exc.fields} or {
        "form": _("Certains champs sont manquants ou invalides.")
    }


def uploaded_files() -> list[entry_service.UploadedFile]:
    alts = request.form.getlist("alt_text")
    found = []
    for storage in (f for name in request.files for f in request.files.getlist(name)):
        spool = storage.stream
        if not storage.filename or not isinstance(spool, HashedSpoolFile) or spool.size == 0:
            continue  # an empty file input sends an empty part
        index = len(found)
        found.append(
            entry_service.UploadedFile(
                path=spool.path,
                sha256=spool.sha256,
                size=spool.size,
                filename=storage.filename,
                alt_text=(alts[index] if index < len(alts) else "").strip(),
            )
        )
    return found


def _compose_context(logbook, values: dict[str, Any] | None = None, errors: dict[str, str] | None = None):
    stages = list_stages(logbook)
    values = dict(values or {})
    wanted = request.args.get("type", "note")
    values.setdefault("kind", wanted if wanted in ENTRY_KINDS else "note")
    # "When" defaults to now, in the reader's time zone; the page's script uses the device's clock.
    values.setdefault("occurred_at", to_user_timezone(utcnow()).strftime("%Y-%m-%dT%H:%M"))
    values.setdefault("stage_id", "auto")
    # Large files go through the resumable upload API when this app has it.
    uploads_url = None
    if has_endpoint("uploads.Uploads"):
        uploads_url = url_for("uploads.Uploads", slug=logbook.slug)
    links = can(user(), logbook, Action.LINK_EVIDENCE)
    return {
        "effects": effect_service.list_effects(logbook) if links else [],
        "stance_labels": stance_labels(),
        "stakeholders": stakeholder_service.list_stakeholders(logbook) if links else [],
        "sees_names": can(user(), logbook, Action.SEE_WITHHELD_NAMES),
        "stakeholder_label": stakeholder_service.label,
        "logbook": logbook,
        "stages": stages,
        # What "according to the date" means today, said on the option itself ("" when none).
        "auto_stage": stage_for_day(logbook, to_user_timezone(utcnow()).date()) or "",
        "tags": [name for name, _count in facets.tag_counts(logbook, limit=20)],
        "values": values,
        "errors": errors or {},
        "idempotency_key": values.get("idempotency_key") or secrets.token_urlsafe(16),
        "api_url": url_for("entries.Entries", slug=logbook.slug),
        "uploads_url": uploads_url,
        "field_messages": field_messages(),
        "already_posted": already_posted_message(),
    }


@bp.get("/carnets/<slug>/nouveau")
def compose(slug: str):
    logbook = logbook_for(slug, Action.POST)
    return render_template("compose.html", **_compose_context(logbook))


@bp.post("/carnets/<slug>/nouveau")
def compose_post(slug: str):
    logbook = logbook_for(slug, Action.POST)
    form_values = request.form.to_dict()
    fields, errors = form_to_fields(request.form)
    files = uploaded_files()
    if errors.get("speaker_name") and request.form.get("speaker_stakeholder_id"):
        del errors["speaker_name"]  # the chosen stakeholder gives the speaker
    if errors:
        return render_template("compose.html", **_compose_context(logbook, form_values, errors)), 422
    caller = user()
    try:
        idempotency = idempotency_key(
            request.form.get("idempotency_key"),
            scope=f"user:{caller.id}",
            digest=request_digest(ignored=FORM_FIELDS_OF_THE_PAGE),
        )
        links = entry_links.take_links(logbook, _link_fields(request.form, fields))
        entry, replay = entry_service.create_entry(
            logbook,
            caller,
            fields,
            files,
            storage=get_storage(),
            queue=get_queue(),
            idempotency=idempotency,
        )
    except MediaRejected as exc:
        message = media_messages().get(exc.code, _("Ce fichier n'a pas pu être accepté."))
        errors = {"files": f"{message} ({exc.message})"}
        return render_template("compose.html", **_compose_context(logbook, form_values, errors)), exc.status
    except ValidationFailed as exc:
        errors = domain_errors(exc)
        if exc.code == "idempotency_key_reused":
            # Told, the writer may send the changed form again: it is then a new entry.
            form_values.pop("idempotency_key", None)
        return render_template("compose.html", **_compose_context(logbook, form_values, errors)), 422
    if replay is None:
        entry_links.apply_links(entry, links, user=caller, queue=get_queue())
    flash(_("Entrée publiée."), "success")
    return redirect(url_for("web.logbook_timeline", slug=logbook.slug, _anchor=entry_anchor(entry)))


def _link_fields(form, fields: dict[str, Any]) -> dict[str, Any]:
    """The compose form's links (effect, stance, stakeholders) added to the entry's fields."""

    def row_id(value: str) -> int | None:
        return int(value) if value.isdecimal() and len(value) < 10 else None

    fields["effect_id"] = row_id(form.get("effect_id", ""))
    fields["stance"] = form.get("stance") or "confirms"
    fields["evidence_comment"] = form.get("evidence_comment", "")
    fields["stakeholder_ids"] = [i for i in map(row_id, form.getlist("stakeholder_ids")) if i is not None]
    if fields.get("kind") == "testimony":
        fields["speaker_stakeholder_id"] = row_id(form.get("speaker_stakeholder_id", ""))
    return fields


def entry_anchor(entry: Entry) -> str:
    return f"entree-{entry.id}"


@bp.post("/carnets/<slug>/apercu")
def markdown_preview(slug: str):
    """The entry text as it will be shown (same renderer and sanitiser as the entry page)."""
    logbook_for(slug, Action.POST)
    return {"html": str(render_markdown(request.form.get("body", "")[:100_000]))}
