"""Stage management for editors: create, edit, reorder, choose the next stop. Plain forms."""

from __future__ import annotations

from datetime import date

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from logbook.errors import NotFound, ValidationFailed
from logbook.services import stages as stage_service
from logbook.services.access import Action, can
from logbook.services.search_synonyms import MAX_CHARS, set_search_synonyms
from logbook.services.stage_reviews import reviews_by_stage, stages_awaiting_review
from logbook.web.blueprint import bp, logbook_for, user


def _date(value: str | None) -> date | None:
    value = (value or "").strip()
    return date.fromisoformat(value) if value else None


def _stage_fields(form) -> tuple[dict, dict[str, str]]:
    errors: dict[str, str] = {}
    fields = {"title": form.get("title", "").strip(), "summary": form.get("summary", "").strip()}
    for name in ("starts_on", "ends_on"):
        try:
            fields[name] = _date(form.get(name))
        except ValueError:
            errors[name] = _("Cette date n'est pas valide.")
    if not fields["title"]:
        errors["title"] = _("Une escale a besoin d'un titre.")
    return fields, errors


def _page(logbook, errors=None, values=None, status=200):
    stages = stage_service.list_stages(logbook)
    return (
        render_template(
            "stages.html",
            logbook=logbook,
            stages=stages,
            next_stop=stage_service.next_stop(logbook),
            counts=stage_service.stage_entry_counts(logbook),
            reviews=reviews_by_stage(logbook),
            errors=errors or {},
            values=values or {},
            # The search synonyms are the owner's to change; editors see them.
            may_edit_synonyms=can(user(), logbook, Action.MANAGE_LOGBOOK),
            synonyms_max_chars=MAX_CHARS,
        ),
        status,
    )


@bp.get("/carnets/<slug>/escales")
def stages(slug: str):
    return _page(logbook_for(slug, Action.MANAGE_STAGES))


@bp.post("/carnets/<slug>/escales")
def stage_create(slug: str):
    logbook = logbook_for(slug, Action.MANAGE_STAGES)
    fields, errors = _stage_fields(request.form)
    if errors:
        return _page(logbook, {"new": errors}, {"new": request.form.to_dict()}, 422)
    try:
        stage_service.create_stage(logbook, **fields)
    except ValidationFailed:
        errors = {"ends_on": _("La fin ne peut pas précéder le début.")}
        return _page(logbook, {"new": errors}, {"new": request.form.to_dict()}, 422)
    flash(_("Escale ajoutée."), "success")
    return redirect(url_for("web.stages", slug=slug))


@bp.post("/carnets/<slug>/escales/synonymes")
def search_synonyms_update(slug: str):
    logbook = logbook_for(slug, Action.MANAGE_LOGBOOK)
    text = request.form.get("synonyms", "")
    try:
        set_search_synonyms(logbook, text)
    except ValidationFailed:
        errors = {"synonyms": _("Liste trop longue : %(chars)d caractères au plus.", chars=MAX_CHARS)}
        return _page(logbook, errors, {"synonyms": text}, 422)
    flash(_("Synonymes de recherche enregistrés."), "success")
    return redirect(url_for("web.stages", slug=slug, _anchor="synonymes"))


@bp.post("/carnets/<slug>/escales/<int:stage_id>")
def stage_update(slug: str, stage_id: int):
    logbook = logbook_for(slug, Action.MANAGE_STAGES)
    stage = stage_service.get_stage(logbook, stage_id)
    fields, errors = _stage_fields(request.form)
    key = str(stage.id)
    if errors:
        return _page(logbook, {key: errors}, {key: request.form.to_dict()}, 422)
    try:
        stage_service.update_stage(stage, fields)
    except ValidationFailed:
        errors = {"ends_on": _("La fin ne peut pas précéder le début.")}
        return _page(logbook, {key: errors}, {key: request.form.to_dict()}, 422)
    flash(_("Escale enregistrée."), "success")
    return redirect(url_for("web.stages", slug=slug, _anchor=f"escale-{stage.id}"))


@bp.post("/carnets/<slug>/escales/<int:stage_id>/deplacer")
def stage_move(slug: str, stage_id: int):
    logbook = logbook_for(slug, Action.MANAGE_STAGES)
    ids = [stage.id for stage in stage_service.list_stages(logbook)]
    if stage_id not in ids:
        raise NotFound(f"No stage {stage_id}.")
    index = ids.index(stage_id)
    target = index - 1 if request.form.get("direction") == "up" else index + 1
    if 0 <= target < len(ids):
        ids[index], ids[target] = ids[target], ids[index]
        stage_service.reorder_stages(logbook, ids)
    return redirect(url_for("web.stages", slug=slug, _anchor=f"escale-{stage_id}"))


@bp.post("/carnets/<slug>/escales/prochaine")
def stage_next(slug: str):
    logbook = logbook_for(slug, Action.MANAGE_STAGES)
    raw = request.form.get("stage_id", "")
    if raw and not (raw.isdecimal() and len(raw) < 10):
        abort(400)
    before = {stage.id for stage in stage_service.list_stages(logbook) if stage.reached}
    stage_service.set_next_stop(logbook, int(raw) if raw else None)  # none left: the journey is over
    # A stage just reached is the moment to write its review: ask for it.
    to_review = [s for s in stages_awaiting_review(logbook) if s.id not in before]
    if to_review:
        flash(
            _("Escale atteinte : écrivez son bilan (ce que vous avez fait, appris, ce qui change)."),
            "success",
        )
        return redirect(
            url_for("web.stage_review", slug=slug, stage_id=to_review[-1].id, _anchor="ecrire-bilan")
        )
    flash(_("Prochaine escale mise à jour."), "success")
    return redirect(url_for("web.stages", slug=slug))


@bp.post("/carnets/<slug>/escales/<int:stage_id>/supprimer")
def stage_delete(slug: str, stage_id: int):
    logbook = logbook_for(slug, Action.MANAGE_STAGES)
    stage_service.delete_stage(stage_service.get_stage(logbook, stage_id))
    flash(_("Escale supprimée ; ses entrées restent dans le carnet."), "success")
    return redirect(url_for("web.stages", slug=slug))
