"""/api/v1/logbooks/<slug>/stages"""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from logbook.api.context import authorize
from logbook.api.presenters import stage_dict
from logbook.api.schemas import (
    NextStopSchema,
    StageCreateSchema,
    StageListSchema,
    StageOrderSchema,
    StageSchema,
    StageUpdateSchema,
)
from logbook.services import stages as service
from logbook.services.access import Action
from logbook.services.logbooks import get_logbook

blp = Blueprint(
    "stages", __name__, url_prefix="/api/v1/logbooks/<slug>/stages", description="Stages (escales)"
)


def stage_list(logbook, *, with_counts: bool = True) -> dict:
    stop = service.next_stop(logbook)
    counts = service.stage_entry_counts(logbook) if with_counts else {}
    stop_id = stop.id if stop else None
    stages = [
        stage_dict(stage, next_stop_id=stop_id, entry_count=counts.get(stage.id, 0))
        for stage in service.list_stages(logbook)
    ]
    return {"stages": stages, "next_stop": next(s for s in stages if s["is_next_stop"]) if stop else None}


def _one(logbook, stage) -> dict:
    stop = service.next_stop(logbook)
    count = service.stage_entry_counts(logbook).get(stage.id, 0)
    return stage_dict(stage, next_stop_id=stop.id if stop else None, entry_count=count)


@blp.route("")
class Stages(MethodView):
    @blp.response(200, StageListSchema)
    def get(self, slug):
        """Stages in order, and the next stop (the first one not yet reached)."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        return stage_list(logbook)

    @blp.arguments(StageCreateSchema)
    @blp.response(201, StageSchema)
    def post(self, data, slug):
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_STAGES)
        return _one(logbook, service.create_stage(logbook, **data))


@blp.route("/order")
class StageOrder(MethodView):
    @blp.arguments(StageOrderSchema)
    @blp.response(200, StageListSchema)
    def put(self, data, slug):
        """Reorder: the list must name every stage once."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_STAGES)
        service.reorder_stages(logbook, data["stage_ids"])
        return stage_list(logbook)


@blp.route("/next")
class NextStop(MethodView):
    @blp.response(200, StageListSchema)
    def get(self, slug):
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        return stage_list(logbook)

    @blp.arguments(NextStopSchema)
    @blp.response(200, StageListSchema)
    def put(self, data, slug):
        """Make a stage the next stop: the ones before it become reached. null: all reached."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_STAGES)
        service.set_next_stop(logbook, data["stage_id"])
        return stage_list(logbook)


@blp.route("/<int:stage_id>")
class StageItem(MethodView):
    @blp.response(200, StageSchema)
    def get(self, slug, stage_id):
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        return _one(logbook, service.get_stage(logbook, stage_id))

    @blp.arguments(StageUpdateSchema)
    @blp.response(200, StageSchema)
    def patch(self, data, slug, stage_id):
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_STAGES)
        return _one(logbook, service.update_stage(service.get_stage(logbook, stage_id), data))

    @blp.response(204)
    def delete(self, slug, stage_id):
        """Delete a stage; its entries stay, without a stage."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_STAGES)
        service.delete_stage(service.get_stage(logbook, stage_id))
        return None
