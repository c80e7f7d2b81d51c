"""What is this file? Decided from its bytes, never from its name or a client's word.

libmagic names the container; Pillow (images) or a forced-demuxer ffprobe (audio and
video) then reads the headers to confirm it and to refuse what is empty, damaged,
too large or not something Carnet can show.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import magic
from PIL import Image, ImageFile, UnidentifiedImageError

from media import ffrun
from media.errors import MediaError
from media.images import open_image
from media.limits import Limits
from media.vector import parse_svg

ACCEPTED = (
    "Accepted files are photos (JPEG, PNG, GIF, WebP, HEIC, AVIF, TIFF), drawings (SVG), "
    "sound (MP3, M4A, Ogg, Opus, WebM, WAV, FLAC, AMR) and video (MP4, MOV, WebM, MKV, 3GP)."
)

IMAGE_FORMATS = {
    "image/jpeg": "jpeg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/heic": "heic",
    "image/heif": "heic",
    "image/heic-sequence": "heic",
    "image/heif-sequence": "heic",
    "image/avif": "avif",
    "image/tiff": "tiff",
}
IMAGE_MIMES = {
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "heic": "image/heic",
    "avif": "image/avif",
    "tiff": "image/tiff",
}
# libmagic's answer -> the only demuxer that file may be opened with.
AV_DEMUXERS = {
    "video/mp4": "mov",
    "video/quicktime": "mov",
    "video/3gpp": "mov",
    "video/3gpp2": "mov",
    "video/x-m4v": "mov",
    "audio/mp4": "mov",
    "audio/x-m4a": "mov",
    "audio/3gpp": "mov",
    "video/webm": "matroska",
    "audio/webm": "matroska",
    "video/x-matroska": "matroska",
    "audio/x-matroska": "matroska",
    "audio/ogg": "ogg",
    "video/ogg": "ogg",
    "application/ogg": "ogg",
    "audio/mpeg": "mp3",
    "audio/x-wav": "wav",
    "audio/wav": "wav",
    "audio/vnd.wave": "wav",
    "audio/flac": "flac",
    "audio/x-flac": "flac",
    "audio/aac": "aac",
    "audio/x-hx-aac-adts": "aac",
    "audio/amr": "amr",
    "audio/x-amr": "amr",
}
XML_MIMES = {"image/svg+xml", "text/xml", "application/xml", "text/plain", "text/html"}
EXTENSIONS = {
    "jpeg": "jpg",
    "tiff": "tif",
    "m4a": "m4a",
}
HEAD_BYTES = 1 << 16


@dataclass(frozen=True)
class Sniffed:
    """What a file is: ``kind`` is ``image``, ``vector``, ``audio`` or ``video``.

    ``format`` is a short name (``jpeg``, ``heic``, ``m4a``, ``webm``...), ``demuxer`` the
    ffmpeg ``-f`` name every later ffmpeg call must force (``None`` for images).
    """

    kind: str
    mime: str
    format: str
    extension: str
    demuxer: str | None = None
    animated: bool = False


def sniff_file(path: str | Path, limits: Limits = Limits()) -> Sniffed:
    """Identify ``path`` from its bytes.

    Raises :class:`MediaError` with ``empty_file`` for an empty file, ``unsupported_media``
    for a type Carnet does not take, ``media_corrupt`` for a damaged or truncated file and
    ``media_too_large`` when a size limit is passed.
    """
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise MediaError("empty_file", "The file is empty (0 bytes). " + ACCEPTED)
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    mime = magic.from_buffer(head, mime=True)
    if mime in IMAGE_FORMATS:
        sniffed = _sniff_image(path, IMAGE_FORMATS[mime], limits)
    elif mime in AV_DEMUXERS:
        sniffed = _sniff_av(path, mime, AV_DEMUXERS[mime], limits)
    elif mime in XML_MIMES and b"<svg" in head:
        sniffed = _sniff_svg(path, size, limits)
    else:
        description = magic.from_buffer(head) or "unknown data"
        raise MediaError(
            "unsupported_media",
            f"This file is not a photo, drawing, sound or video Carnet can use "
            f"(it looks like: {_short(description)}). " + ACCEPTED,
        )
    cap = limits.max_bytes(sniffed.kind)
    if size > cap:
        raise MediaError(
            "media_too_large",
            f"This {sniffed.format.upper()} file is {_human_bytes(size)}; "
            f"the limit for {sniffed.kind} files is {_human_bytes(cap)}.",
        )
    return sniffed


def _sniff_image(path: Path, fmt: str, limits: Limits) -> Sniffed:
    animated = False
    with open_image(path, limits) as image:
        frames = getattr(image, "n_frames", 1)
        if fmt in ("gif", "webp", "avif") and frames > 1:
            animated = True
        if fmt == "jpeg":
            _check_jpeg_decodes(image)
        elif fmt == "png":
            _check_png_chunks(path)
    return Sniffed(
        kind="image",
        mime=IMAGE_MIMES[fmt],
        format=fmt,
        extension=EXTENSIONS.get(fmt, fmt),
        demuxer=None,
        animated=animated,
    )


def _check_jpeg_decodes(image: Image.Image) -> None:
    # Decoding at 1/8 scale costs a few milliseconds and finds truncated scans,
    # provided nothing in the process told Pillow to accept cut files.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    width, height = image.size
    image.draft(None, (max(1, width // 8), max(1, height // 8)))
    try:
        image.load()
    except (OSError, SyntaxError, ValueError) as exc:
        raise MediaError(
            "media_corrupt", "This JPEG photo is damaged or incomplete (the upload may have been cut)."
        ) from exc


def _check_png_chunks(path: Path) -> None:
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    with Image.open(path) as image:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                image.verify()
        except (OSError, SyntaxError, ValueError, UnidentifiedImageError) as exc:
            raise MediaError(
                "media_corrupt", "This PNG image is damaged or incomplete (the upload may have been cut)."
            ) from exc


def _sniff_svg(path: Path, size: int, limits: Limits) -> Sniffed:
    if size > limits.max_bytes_vector:
        raise MediaError(
            "media_too_large",
            f"This SVG drawing is {_human_bytes(size)}; the limit for drawings is "
            f"{_human_bytes(limits.max_bytes_vector)}.",
        )
    parse_svg(path.read_bytes(), limits)
    return Sniffed(kind="vector", mime="image/svg+xml", format="svg", extension="svg")


def _sniff_av(path: Path, mime: str, demuxer: str, limits: Limits) -> Sniffed:
    try:
        info = ffrun.ffprobe_json(
            path, demuxer, timeout=limits.sniff_timeout_seconds, entries=["-show_format", "-show_streams"]
        )
    except ffrun.ToolTimedOut as exc:
        raise MediaError(
            "media_corrupt", "This audio or video file could not be read in time; it may be damaged."
        ) from exc
    except (ffrun.ToolFailed, ValueError) as exc:
        raise MediaError(
            "media_corrupt",
            f"This file looks like {_label(mime)} but it is damaged or incomplete and cannot be read.",
        ) from exc
    streams = [s for s in info.get("streams", []) if s.get("codec_name")]
    video = [
        s
        for s in streams
        if s.get("codec_type") == "video" and not s.get("disposition", {}).get("attached_pic")
    ]
    audio = [s for s in streams if s.get("codec_type") == "audio"]
    if not video and not audio:
        raise MediaError(
            "media_corrupt",
            f"This file looks like {_label(mime)} but holds no sound or picture that can be read.",
        )
    kind = "video" if video else "audio"
    fmt, out_mime = _av_format(demuxer, mime, kind, info.get("format", {}), audio)
    _check_header_duration(info.get("format", {}), kind, limits)
    return Sniffed(
        kind=kind,
        mime=out_mime,
        format=fmt,
        extension=EXTENSIONS.get(fmt, fmt),
        demuxer=demuxer,
        animated=False,
    )


def _check_header_duration(fmt: dict, kind: str, limits: Limits) -> None:
    # Refuse an obviously long recording during the upload already; the worker measures
    # the real duration (headers can be missing or lie) before converting anything.
    try:
        seconds = float(fmt.get("duration", 0))
    except (TypeError, ValueError):
        return
    limit = limits.max_video_seconds if kind == "video" else limits.max_audio_seconds
    if seconds > limit:
        raise MediaError(
            "media_too_large",
            f"This {'video' if kind == 'video' else 'recording'} lasts {seconds / 60:.0f} minutes; "
            f"the limit is {limit / 60:.0f} minutes.",
        )


def _av_format(demuxer: str, mime: str, kind: str, fmt: dict, audio: list[dict]) -> tuple[str, str]:
    if demuxer == "mov":
        brand = str(fmt.get("tags", {}).get("major_brand", "")).strip().lower()
        if brand.startswith(("3gp", "3g2")) or mime in ("video/3gpp", "video/3gpp2", "audio/3gpp"):
            return "3gp", "video/3gpp" if kind == "video" else "audio/3gpp"
        if kind == "audio":
            return "m4a", "audio/mp4"
        if brand == "qt":
            return "mov", "video/quicktime"
        return "mp4", "video/mp4"
    if demuxer == "matroska":
        if "webm" in mime:
            return "webm", f"{kind}/webm"
        return ("mkv", "video/x-matroska") if kind == "video" else ("mka", "audio/x-matroska")
    if demuxer == "ogg":
        if kind == "video":
            return "ogv", "video/ogg"
        if audio and audio[0].get("codec_name") == "opus":
            return "opus", "audio/ogg"
        return "ogg", "audio/ogg"
    return {
        "mp3": ("mp3", "audio/mpeg"),
        "wav": ("wav", "audio/wav"),
        "flac": ("flac", "audio/flac"),
        "aac": ("aac", "audio/aac"),
        "amr": ("amr", "audio/amr"),
    }[demuxer]


def _label(mime: str) -> str:
    return f"a {mime.split('/')[-1].removeprefix('x-').upper()} file"


def _short(description: str) -> str:
    return description if len(description) <= 80 else description[:77] + "..."


def _human_bytes(size: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"
