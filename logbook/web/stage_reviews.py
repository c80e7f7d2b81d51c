"""The stage review (*bilan d'escale*): read by every reader, written by editors — prompted
when a stage is marked reached (see ``web.stages.stage_next``). Plain forms."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from logbook.errors import ValidationFailed
from logbook.models import REVIEW_FIELDS
from logbook.services import stage_reviews as review_service
from logbook.services import versions
from logbook.services.access import Action, can
from logbook.services.stages import get_stage, list_stages
from logbook.web.blueprint import bp, logbook_for, user


def _page(logbook, stage, errors=None, values=None, status=200):
    review = review_service.get_review(stage)
    manages = can(user(), logbook, Action.MANAGE_EFFECTS)
    if values is None:
        values = {name: getattr(review, name) if review else "" for name in REVIEW_FIELDS}
    stages = list_stages(logbook)
    later = [s for s in stages if s.position > stage.position]
    return (
        render_template(
            "stage_review.html",
            logbook=logbook,
            stage=stage,
            review=review,
            next_stage=later[0] if later else None,
            manages=manages,
            revisions=versions.list_versions(review) if (review and manages) else [],
            errors=errors or {},
            values=values,
        ),
        status,
    )


@bp.get("/carnets/<slug>/escales/<int:stage_id>/bilan")
def stage_review(slug: str, stage_id: int):
    logbook = logbook_for(slug)
    return _page(logbook, get_stage(logbook, stage_id))


@bp.post("/carnets/<slug>/escales/<int:stage_id>/bilan")
def stage_review_save(slug: str, stage_id: int):
    logbook = logbook_for(slug, Action.MANAGE_EFFECTS)
    stage = get_stage(logbook, stage_id)
    values = {name: request.form.get(name, "").strip() for name in REVIEW_FIELDS}
    try:
        review_service.save_review(stage, values, editor=user())
    except ValidationFailed as exc:
        if any(values.values()):
            message = _("Chaque texte tient en 2000 caractères au plus.")
        else:
            message = _("Écrivez au moins l'un des trois textes.")
        return _page(logbook, stage, {name: message for name in exc.fields}, values, 422)
    flash(_("Bilan d'escale enregistré."), "success")
    return redirect(url_for("web.stage_review", slug=slug, stage_id=stage.id))


@bp.post("/carnets/<slug>/escales/<int:stage_id>/bilan/versions/<int:version>")
def stage_review_restore(slug: str, stage_id: int, version: int):
    logbook = logbook_for(slug, Action.MANAGE_EFFECTS)
    review = review_service.require_review(get_stage(logbook, stage_id))
    review_service.restore_review(review, version, editor=user())
    flash(_("Version %(n)s rétablie.", n=version), "success")
    return redirect(url_for("web.stage_review", slug=slug, stage_id=stage_id))
