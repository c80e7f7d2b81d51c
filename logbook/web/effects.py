"""Expected effects and their evidence: what the project sets out to change, and the entries
that confirm, nuance or contradict it. Editors manage the effects; members who post link
entries to them (from the entry page and the compose page). Plain forms."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from logbook.errors import NotFound, ValidationFailed
from logbook.models import Stance
from logbook.services import effects as effect_service
from logbook.services import stage_reviews, versions
from logbook.services.access import Action, can
from logbook.services.entries import get_entry
from logbook.services.stages import list_stages
from logbook.web.blueprint import bp, logbook_for, user

FORM_FIELDS = ("title", "question", "indicator", "target")


def stance_labels() -> dict[str, str]:
    return {
        Stance.CONFIRMS.value: _("confirme"),
        Stance.NUANCES.value: _("nuance"),
        Stance.CONTRADICTS.value: _("contredit"),
    }


def effect_messages() -> dict[str, str]:
    return {
        "title": _("Un effet attendu a besoin d'un titre (200 caractères au plus)."),
        "question": _("La question est trop longue (1000 caractères au plus)."),
        "indicator": _("L'indicateur est trop long (200 caractères au plus)."),
        "target": _("La cible est trop longue (100 caractères au plus)."),
    }


def _form_values() -> dict[str, str]:
    return {name: request.form.get(name, "").strip() for name in FORM_FIELDS}


def _errors(exc: ValidationFailed) -> dict[str, str]:
    messages = effect_messages()
    return {name: messages.get(name, _("Valeur invalide.")) for name in exc.fields}


def _list_page(logbook, errors=None, values=None, status=200):
    return (
        render_template(
            "effects.html",
            logbook=logbook,
            effects=effect_service.list_effects(logbook),
            counts=effect_service.stance_counts(logbook),
            stance_labels=stance_labels(),
            stages=list_stages(logbook),
            reviews=stage_reviews.reviews_by_stage(logbook),
            manages=can(user(), logbook, Action.MANAGE_EFFECTS),
            errors=errors or {},
            values=values or {},
        ),
        status,
    )


@bp.get("/carnets/<slug>/effets")
def effects(slug: str):
    return _list_page(logbook_for(slug))


@bp.post("/carnets/<slug>/effets")
def effect_create(slug: str):
    logbook = logbook_for(slug, Action.MANAGE_EFFECTS)
    values = _form_values()
    try:
        effect = effect_service.create_effect(logbook, **values)
    except ValidationFailed as exc:
        return _list_page(logbook, _errors(exc), values, 422)
    flash(_("Effet attendu ajouté."), "success")
    return redirect(url_for("web.effect_page", slug=slug, effect_id=effect.id))


def _effect_page(logbook, effect, errors=None, values=None, status=200):
    manages = can(user(), logbook, Action.MANAGE_EFFECTS)
    evidence = effect_service.list_evidence(effect)
    return (
        render_template(
            "effect.html",
            logbook=logbook,
            effect=effect,
            evidence={stance: [e for e in evidence if e.stance == stance] for stance in stance_labels()},
            stance_labels=stance_labels(),
            manages=manages,
            may_unlink={e.id: effect_service.may_unlink(e, user(), manages=manages) for e in evidence}
            if can(user(), logbook, Action.LINK_EVIDENCE)
            else {},
            revisions=versions.list_versions(effect) if manages else [],
            errors=errors or {},
            values=values or {name: getattr(effect, name) for name in FORM_FIELDS},
        ),
        status,
    )


@bp.get("/carnets/<slug>/effets/<int:effect_id>")
def effect_page(slug: str, effect_id: int):
    logbook = logbook_for(slug)
    return _effect_page(logbook, effect_service.get_effect(logbook, effect_id))


@bp.post("/carnets/<slug>/effets/<int:effect_id>")
def effect_update(slug: str, effect_id: int):
    logbook = logbook_for(slug, Action.MANAGE_EFFECTS)
    effect = effect_service.get_effect(logbook, effect_id)
    values = _form_values()
    try:
        effect_service.update_effect(effect, values, editor=user())
    except ValidationFailed as exc:
        return _effect_page(logbook, effect, _errors(exc), values, 422)
    flash(_("Effet attendu enregistré."), "success")
    return redirect(url_for("web.effect_page", slug=slug, effect_id=effect.id))


@bp.post("/carnets/<slug>/effets/<int:effect_id>/deplacer")
def effect_move(slug: str, effect_id: int):
    logbook = logbook_for(slug, Action.MANAGE_EFFECTS)
    effect = effect_service.get_effect(logbook, effect_id)
    step = -1 if request.form.get("direction") == "up" else 1
    effect_service.move_effect(effect, max(0, effect.position + step))
    return redirect(url_for("web.effects", slug=slug, _anchor=f"effet-{effect.id}"))


@bp.post("/carnets/<slug>/effets/<int:effect_id>/supprimer")
def effect_delete(slug: str, effect_id: int):
    logbook = logbook_for(slug, Action.MANAGE_EFFECTS)
    effect_service.delete_effect(effect_service.get_effect(logbook, effect_id))
    flash(_("Effet attendu supprimé ; les entrées restent dans le carnet."), "success")
    return redirect(url_for("web.effects", slug=slug))


@bp.post("/carnets/<slug>/effets/<int:effect_id>/versions/<int:version>")
def effect_restore_version(slug: str, effect_id: int, version: int):
    logbook = logbook_for(slug, Action.MANAGE_EFFECTS)
    effect = effect_service.get_effect(logbook, effect_id)
    effect_service.restore_effect(effect, version, editor=user())
    flash(_("Version %(n)s rétablie.", n=version), "success")
    return redirect(url_for("web.effect_page", slug=slug, effect_id=effect.id))


@bp.post("/carnets/<slug>/entrees/<int:entry_id>/preuves")
def evidence_link(slug: str, entry_id: int):
    """Link the entry to an expected effect, from the entry page."""
    logbook = logbook_for(slug, Action.LINK_EVIDENCE)
    entry = get_entry(logbook, entry_id)
    raw = request.form.get("effect_id", "")
    if not (raw.isdecimal() and len(raw) < 10):
        flash(_("Choisissez un effet attendu."), "error")
        return redirect(url_for("web.entry_page", slug=slug, entry_id=entry.id, _anchor="preuves"))
    try:
        effect = effect_service.get_effect(logbook, int(raw))
        effect_service.link_evidence(
            effect,
            entry,
            stance=request.form.get("stance", ""),
            comment=request.form.get("comment", ""),
            user=user(),
        )
    except (NotFound, ValidationFailed):
        flash(
            _("Ce lien n'a pas pu être enregistré : vérifiez l'effet, la position et le commentaire."),
            "error",
        )
        return redirect(url_for("web.entry_page", slug=slug, entry_id=entry.id, _anchor="preuves"))
    flash(_("L'entrée est reliée à l'effet attendu « %(title)s ».", title=effect.title), "success")
    return redirect(url_for("web.entry_page", slug=slug, entry_id=entry.id, _anchor="preuves"))


@bp.post("/carnets/<slug>/effets/<int:effect_id>/preuves/<int:evidence_id>/retirer")
def evidence_unlink(slug: str, effect_id: int, evidence_id: int):
    logbook = logbook_for(slug, Action.LINK_EVIDENCE)
    evidence = effect_service.get_evidence(effect_service.get_effect(logbook, effect_id), evidence_id)
    if not effect_service.may_unlink(evidence, user(), manages=can(user(), logbook, Action.MANAGE_EFFECTS)):
        abort(403)
    entry_id = evidence.entry_id
    effect_service.unlink_evidence(evidence)
    flash(_("Le lien est retiré ; l'entrée reste dans le carnet."), "success")
    back = request.form.get("back")
    if back == "entry":
        return redirect(url_for("web.entry_page", slug=slug, entry_id=entry_id, _anchor="preuves"))
    return redirect(url_for("web.effect_page", slug=slug, effect_id=effect_id))
