"""Stakeholders (*parties prenantes*): the list, one stakeholder with what they said and where
they appear, and the stakeholders an entry names. A stakeholder who did not consent to be
named is shown by kind and role only, except to editors and owners. Plain forms."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from logbook.errors import ValidationFailed
from logbook.jobs import get_queue
from logbook.models import STAKEHOLDER_KINDS
from logbook.services import stakeholders as stakeholder_service
from logbook.services.access import Action, can
from logbook.services.entries import get_entry
from logbook.web.blueprint import bp, logbook_for, user

TEXT_FIELDS = ("name", "organisation", "kind", "role")


def stakeholder_kind_labels() -> dict[str, str]:
    return {
        "institution": _("Institution"),
        "association": _("Association"),
        "entreprise": _("Entreprise"),
        "habitant": _("Habitant·e"),
        "elu": _("Élu·e"),
        "agent": _("Agent·e"),
        "autre": _("Autre"),
    }


def _form_values() -> dict:
    values: dict = {name: request.form.get(name, "").strip() for name in TEXT_FIELDS}
    if values["kind"] not in STAKEHOLDER_KINDS:
        values["kind"] = "autre"
    values["consent_to_name"] = request.form.get("consent_to_name") == "on"
    return values


def _errors(exc: ValidationFailed) -> dict[str, str]:
    messages = {
        "name": _("Indiquez un nom (200 caractères au plus)."),
        "organisation": _("200 caractères au plus."),
        "role": _("200 caractères au plus."),
    }
    return {name: messages.get(name, _("Valeur invalide.")) for name in exc.fields}


def _context(logbook) -> dict:
    return {
        "logbook": logbook,
        "sees_names": can(user(), logbook, Action.SEE_WITHHELD_NAMES),
        "manages": can(user(), logbook, Action.MANAGE_EFFECTS),
        "stakeholder_kinds": stakeholder_kind_labels(),
        "label": stakeholder_service.label,
    }


def _list_page(logbook, errors=None, values=None, status=200):
    return (
        render_template(
            "stakeholders.html",
            stakeholders=stakeholder_service.list_stakeholders(logbook),
            errors=errors or {},
            values=values or {"kind": "autre"},
            **_context(logbook),
        ),
        status,
    )


@bp.get("/carnets/<slug>/parties-prenantes")
def stakeholders(slug: str):
    return _list_page(logbook_for(slug))


@bp.post("/carnets/<slug>/parties-prenantes")
def stakeholder_create(slug: str):
    logbook = logbook_for(slug, Action.MANAGE_EFFECTS)
    values = _form_values()
    try:
        stakeholder = stakeholder_service.create_stakeholder(logbook, **values)
    except ValidationFailed as exc:
        return _list_page(logbook, _errors(exc), values, 422)
    flash(_("Partie prenante ajoutée."), "success")
    return redirect(url_for("web.stakeholder_page", slug=slug, stakeholder_id=stakeholder.id))


def _detail_page(logbook, stakeholder, errors=None, values=None, status=200):
    said, named = stakeholder_service.appearances(
        stakeholder, include_pending=can(user(), logbook, Action.MODERATE)
    )
    return (
        render_template(
            "stakeholder.html",
            stakeholder=stakeholder,
            testimonies=said,
            entries=named,
            errors=errors or {},
            values=values or {name: getattr(stakeholder, name) for name in (*TEXT_FIELDS, "consent_to_name")},
            **_context(logbook),
        ),
        status,
    )


@bp.get("/carnets/<slug>/parties-prenantes/<int:stakeholder_id>")
def stakeholder_page(slug: str, stakeholder_id: int):
    logbook = logbook_for(slug)
    return _detail_page(logbook, stakeholder_service.get_stakeholder(logbook, stakeholder_id))


@bp.post("/carnets/<slug>/parties-prenantes/<int:stakeholder_id>")
def stakeholder_update(slug: str, stakeholder_id: int):
    logbook = logbook_for(slug, Action.MANAGE_EFFECTS)
    stakeholder = stakeholder_service.get_stakeholder(logbook, stakeholder_id)
    values = _form_values()
    try:
        stakeholder_service.update_stakeholder(stakeholder, values, editor=user(), queue=get_queue())
    except ValidationFailed as exc:
        return _detail_page(logbook, stakeholder, _errors(exc), values, 422)
    flash(_("Partie prenante enregistrée."), "success")
    return redirect(url_for("web.stakeholder_page", slug=slug, stakeholder_id=stakeholder.id))


@bp.post("/carnets/<slug>/parties-prenantes/<int:stakeholder_id>/retirer")
def stakeholder_remove(slug: str, stakeholder_id: int):
    """Removal on request, with everything that names them."""
    logbook = logbook_for(slug, Action.MANAGE_EFFECTS)
    stakeholder_service.remove_stakeholder(
        stakeholder_service.get_stakeholder(logbook, stakeholder_id), queue=get_queue()
    )
    flash(_("La partie prenante est retirée, et son nom avec elle des entrées qui la citaient."), "success")
    return redirect(url_for("web.stakeholders", slug=slug))


@bp.post("/carnets/<slug>/entrees/<int:entry_id>/parties-prenantes")
def entry_stakeholders(slug: str, entry_id: int):
    """Name stakeholders on an entry (and, for a testimony, who speaks)."""
    logbook = logbook_for(slug)
    entry = get_entry(logbook, entry_id)
    if not can(user(), logbook, Action.EDIT_ENTRY, entry=entry):
        abort(403)
    ids = [int(v) for v in request.form.getlist("stakeholder_ids") if v.isdecimal() and len(v) < 10]
    raw = request.form.get("speaker_id", "")
    speaker = int(raw) if raw.isdecimal() and len(raw) < 10 and entry.kind == "testimony" else None
    try:
        stakeholder_service.set_entry_stakeholders(
            entry, ids, speaker_id=speaker, editor=user(), queue=get_queue()
        )
    except ValidationFailed:
        flash(_("Ces parties prenantes n'ont pas pu être enregistrées."), "error")
    else:
        flash(_("Parties prenantes de l'entrée enregistrées."), "success")
    return redirect(url_for("web.entry_page", slug=slug, entry_id=entry.id, _anchor="parties-prenantes"))
