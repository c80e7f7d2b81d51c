"""How an export reaches the story's media: the bytes of a stored object, and how a
document refers to it (:class:`Sources`: a URL the PDF fetches, a ``data:`` URI in the
self-contained page, a file in the site's ZIP)."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from dataclasses import dataclass

from logbook.export.story import Story, StoryMedia, StoryObject
from logbook.export.waveform import peaks_from_json, waveform_svg

log = logging.getLogger(__name__)


def data_uri(mime: str, payload: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}"


@dataclass(frozen=True)
class Sources:
    """How a document refers to media."""

    # Address of a stored image, or None to leave it out.
    image: Callable[[StoryObject], str | None]
    # Derivative specs tried, in order, for photos and drawings.
    image_specs: tuple[str, ...] = ("display-jpeg", "display")
    poster_specs: tuple[str, ...] = ("poster-jpeg", "poster")
    # Address of a playable audio/video file; None shows a still and a link instead.
    playable: Callable[[StoryObject], str | None] | None = None


def read_object(story: Story, obj: StoryObject) -> bytes | None:
    """The bytes of one stored object, or None (logged) when it is missing."""
    try:
        with story.media_reader.open(obj.key) as stream:
            return stream.read()
    except FileNotFoundError:
        log.warning("export: media object %s is missing", obj.key)
        return None


def waveform_uri(story: Story, media: StoryMedia) -> str | None:
    peaks = media.derivative("peaks")
    if peaks is None:
        return None
    raw = read_object(story, peaks)
    if raw is None:
        return None
    try:
        return data_uri("image/svg+xml", waveform_svg(peaks_from_json(raw)))
    except ValueError as error:
        log.warning("export: unreadable peaks for media %s: %s", media.id, error)
        return None
