"""/api/v1/logbooks"""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from logbook.api.context import authorize, caller
from logbook.api.presenters import logbook_dict
from logbook.api.schemas import LogbookCreateSchema, LogbookSchema, LogbookUpdateSchema
from logbook.auth import is_read_only
from logbook.errors import Forbidden, Unauthorized
from logbook.services import logbooks as service
from logbook.services.access import Action
from logbook.services.logbooks import entry_counts
from logbook.services.stages import next_stop
from logbook.storage import get_storage

blp = Blueprint("logbooks", __name__, url_prefix="/api/v1/logbooks", description="Logbooks (carnets)")


def _full(logbook):
    return logbook_dict(logbook, caller(), counts=entry_counts(logbook), next_stop=next_stop(logbook))


@blp.route("")
class Logbooks(MethodView):
    @blp.response(200, LogbookSchema(many=True))
    def get(self):
        """Logbooks the caller may read."""
        return [_full(logbook) for logbook in service.list_logbooks(caller())]

    @blp.arguments(LogbookCreateSchema)
    @blp.response(201, LogbookSchema)
    def post(self, data):
        """Create a logbook; the caller becomes its owner."""
        user = caller()
        if not user.is_authenticated:
            raise Unauthorized("Sign in to create a logbook.")
        if is_read_only():
            raise Forbidden("This API token is read-only.", code="read_only_token")
        return _full(service.create_logbook(user, **data))


@blp.route("/<slug>")
class LogbookItem(MethodView):
    @blp.response(200, LogbookSchema)
    def get(self, slug):
        logbook = service.get_logbook(slug)
        authorize(logbook, Action.READ)
        return _full(logbook)

    @blp.arguments(LogbookUpdateSchema)
    @blp.response(200, LogbookSchema)
    def patch(self, data, slug):
        logbook = service.get_logbook(slug)
        authorize(logbook, Action.MANAGE_LOGBOOK)
        return _full(service.update_logbook(logbook, data))

    @blp.response(204)
    def delete(self, slug):
        """Delete the logbook with its entries and files. Owners only."""
        logbook = service.get_logbook(slug)
        authorize(logbook, Action.DELETE_LOGBOOK)
        service.delete_logbook(logbook, get_storage())
        return None
