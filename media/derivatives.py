"""The single entry point: make every derivative a media file needs, by kind."""

from __future__ import annotations

from pathlib import Path

from media.audio import process_audio
from media.av import Progress
from media.errors import MediaError
from media.images import process_image
from media.limits import Limits
from media.result import Result
from media.sniff import Sniffed
from media.vector import process_vector
from media.video import process_video

SPECS = {
    "image": ("thumb", "thumb-jpeg", "display", "display-jpeg", "loop"),
    "vector": ("thumb", "thumb-png", "display", "display-png"),
    "audio": ("web", "peaks"),
    "video": ("web", "poster", "poster-jpeg"),
}


def make_derivatives(
    src: str | Path,
    out_dir: str | Path,
    sniffed: Sniffed,
    limits: Limits = Limits(),
    on_progress: Progress = None,
) -> Result:
    """Make the derivatives of ``src`` (identified as ``sniffed``) in ``out_dir``.

    Files are named ``<spec>.<extension>`` and written atomically, so running twice into
    the same directory yields the same set. Specs by kind:

    - image: ``display``, ``display-jpeg``, ``thumb``, ``thumb-jpeg`` (+ ``loop`` when animated)
    - vector: ``display``, ``display-png``, ``thumb``, ``thumb-png``
    - audio: ``web`` (M4A), ``peaks`` (JSON)
    - video: ``web`` (MP4), ``poster`` (WebP), ``poster-jpeg``

    ``on_progress`` receives fractions from 0 to 1 (audio and video report as ffmpeg runs).
    Raises :class:`MediaError`.
    """
    if sniffed.kind == "image":
        result = process_image(src, out_dir, sniffed, limits)
        if on_progress is not None:
            on_progress(1.0)
        return result
    if sniffed.kind == "vector":
        result = process_vector(src, out_dir, sniffed, limits)
        if on_progress is not None:
            on_progress(1.0)
        return result
    if sniffed.kind == "audio":
        return process_audio(src, out_dir, sniffed, limits, on_progress)
    if sniffed.kind == "video":
        return process_video(src, out_dir, sniffed, limits, on_progress)
    raise MediaError("unsupported_media", f"Files of kind {sniffed.kind!r} cannot be processed.")
