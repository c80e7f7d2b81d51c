"""GET /media/<id>/<variant>: the bytes of a derivative or an original, after an access check.

The S3 backend answers with a redirect to a fresh, short-lived presigned URL, once a
quick HEAD has shown the object is there (503 ``storage_unavailable`` when S3 does not answer);
the file backend streams the object itself and honours ``Range`` (206), which
audio and video players need for seeking. No URL is ever stored.
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, redirect, send_file
from flask_login import current_user

from logbook.errors import NotFound
from logbook.services import transcripts
from logbook.services.access import Action, require, testimony_withheld
from logbook.services.entries import get_media
from logbook.storage import FileStorage, content_disposition, get_storage

bp = Blueprint("delivery", __name__)

ORIGINAL = "original"


def _readable_media(media_id: int):
    media = get_media(media_id)
    entry = media.entry
    user = current_user._get_current_object()
    require(user, entry.logbook, Action.READ)
    if entry.deleted_at is not None or testimony_withheld(user, entry):
        raise NotFound(f"No media {media_id}.")
    if entry.status != "published":
        require(user, entry.logbook, Action.MODERATE)
    return media, user


# Derivatives read by the page's scripts rather than by <img>/<audio>/<video>.
DATA_TYPES = frozenset({"application/json"})


@bp.get("/media/<int:media_id>/captions.vtt")
def media_captions(media_id: int):
    """The machine transcript's sentences as WebVTT cues, for the players' caption track.
    A testimony without consent has them for its moderators only."""
    media, user = _readable_media(media_id)
    if not transcripts.may_read_machine_text(user, media.entry) or not transcripts.captions_match_text(media):
        raise NotFound(f"Media {media_id} has no captions.", code="no_captions")
    response = Response(transcripts.webvtt(media.machine_transcript.segments), mimetype="text/vtt")
    response.headers["Cache-Control"] = "private, no-cache"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@bp.get("/media/<int:media_id>/<variant>")
def media_file(media_id: int, variant: str):
    media, user = _readable_media(media_id)
    entry = media.entry
    if variant == ORIGINAL:
        require(user, entry.logbook, Action.READ_ORIGINAL)
        key, mime = media.original_key, media.mime
        download_name = media.original_name or f"carnet-{media.id}"
        attachment = True  # originals may be SVG or other active content: never rendered inline
    else:
        derivative = media.derivative(variant)
        if derivative is None:
            raise NotFound(f"Media {media_id} has no '{variant}' version (yet).", code="variant_not_ready")
        key, mime, attachment = derivative.key, derivative.mime, False
        download_name = None
    return serve_object(
        key,
        mime=mime,
        download_name=download_name if attachment else None,
        # The page's scripts read data derivatives (a waveform's peaks) with fetch(), which
        # may not follow a redirect to the bucket (the page's connect-src, the bucket's
        # CORS): those few kilobytes come through Carnet.
        through_carnet=mime in DATA_TYPES,
        etag=f"{media.sha256[:16]}-{variant}-{media.updated_at.timestamp():.0f}",
        cache_seconds=3600,
        missing=f"The file of media {media_id} is missing from storage.",
    )


def serve_object(
    key: str,
    *,
    mime: str,
    download_name: str | None,
    missing: str,
    etag: str | None = None,
    cache_seconds: int = 0,
    through_carnet: bool = False,
):
    """Answer with a stored object: a fresh presigned redirect where the backend has
    URLs, else the bytes themselves with ``Range`` support. ``download_name`` makes it
    an attachment (never rendered inline); the object is always sandboxed."""
    storage = get_storage()
    cache = f"private, max-age={cache_seconds}" if cache_seconds else "private, no-store"
    if not isinstance(storage, FileStorage) and not through_carnet:
        # A look at the object first (one quick HEAD): a storage outage is a 503 here, and a
        # lost object a 404, rather than a redirect to a URL that leads nowhere.
        try:
            storage.confirm(key)
        except FileNotFoundError:
            raise NotFound(missing, code="object_missing") from None
        url = storage.url(
            key,
            expires=current_app.config["CARNET_PRESIGN_SECONDS"],
            content_type=mime,
            download_name=download_name,
        )
        if url:
            response = redirect(url, code=302)
            response.headers["Cache-Control"] = "private, no-store"
            return response
    try:
        source = storage.local_path(key) if isinstance(storage, FileStorage) else storage.open(key)
    except FileNotFoundError:
        raise NotFound(missing, code="object_missing") from None
    response = send_file(
        source,
        mimetype=mime,
        as_attachment=download_name is not None,
        download_name=download_name,
        conditional=True,
        etag=etag or True,
        max_age=cache_seconds or None,
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.headers["Cache-Control"] = cache
    if download_name is not None:
        response.headers["Content-Disposition"] = content_disposition(download_name)
    return response


def init_app(app) -> None:
    app.register_blueprint(bp)
