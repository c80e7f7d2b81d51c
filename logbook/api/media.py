"""/api/v1/media/<id>: a media's processing state, progress and texts."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from logbook.api.context import authorize, caller
from logbook.api.presenters import media_dict
from logbook.api.schemas import MediaSchema, MediaUpdateSchema
from logbook.errors import NotFound
from logbook.jobs import get_queue
from logbook.services.access import Action
from logbook.services.entries import get_media, update_media_text

blp = Blueprint("media", __name__, url_prefix="/api/v1/media", description="Uploaded files")


def _visible(media_id: int):
    media = get_media(media_id)
    entry = media.entry
    authorize(entry.logbook, Action.READ)
    if entry.deleted_at is not None:
        raise NotFound(f"No media {media_id}.")
    if entry.status != "published":
        authorize(entry.logbook, Action.MODERATE)
    return media


@blp.route("/<int:media_id>")
class MediaItem(MethodView):
    @blp.response(200, MediaSchema)
    def get(self, media_id):
        """State (pending, processing, ready, failed), progress, failure reason, derivative URLs."""
        media = _visible(media_id)
        return media_dict(media, caller(), media.entry.logbook)

    @blp.arguments(MediaUpdateSchema)
    @blp.response(200, MediaSchema)
    def patch(self, data, media_id):
        """Caption, alt text and transcript."""
        media = _visible(media_id)
        authorize(media.entry.logbook, Action.EDIT_ENTRY, entry=media.entry)
        update_media_text(media, data, editor=caller(), queue=get_queue())
        return media_dict(media, caller(), media.entry.logbook)
