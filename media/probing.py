"""What a sound or video file holds, read safely with ffprobe: its streams, their
codecs, sizes and colours, and a duration checked against what the packets cover."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from media import ffrun
from media.errors import MediaError
from media.sniff import Sniffed

PROBE_TIMEOUT = 120.0
HDR_TRANSFERS = frozenset({"arib-std-b67", "smpte2084"})
# A header duration longer than what the packets cover by this much means a cut file.
TRUNCATION_SLACK = 2.0


@dataclass
class Stream:
    """One stream as ffprobe reports it; ``rotation`` is clockwise degrees for display."""

    index: int
    codec_type: str
    codec: str | None
    width: int | None = None
    height: int | None = None
    rotation: int = 0
    pix_fmt: str | None = None
    channels: int | None = None
    sample_rate: int | None = None
    frames: int | None = None
    profile: str | None = None
    attached_pic: bool = False
    sample_aspect: float = 1.0
    color_space: str | None = None
    color_primaries: str | None = None
    color_transfer: str | None = None
    full_range: bool = False
    frame_rate: float | None = None

    @property
    def hdr(self) -> bool:
        """HLG or PQ transfer: what recent phones record by default."""
        return self.color_transfer in HDR_TRANSFERS

    @property
    def upright_size(self) -> tuple[int, int]:
        """Display width and height: rotation and non-square pixels applied."""
        width = round((self.width or 0) * self.sample_aspect)
        height = self.height or 0
        return (height, width) if self.rotation in (90, 270) else (width, height)


@dataclass
class Probe:
    """What ffprobe says about a file, with a duration that does not trust headers blindly."""

    duration: float | None
    format_name: str
    streams: list[Stream] = field(default_factory=list)

    @property
    def video(self) -> Stream | None:
        return next((s for s in self.streams if s.codec_type == "video" and not s.attached_pic), None)

    @property
    def audio(self) -> Stream | None:
        return next((s for s in self.streams if s.codec_type == "audio"), None)

    @property
    def has_video(self) -> bool:
        return self.video is not None

    @property
    def has_audio(self) -> bool:
        return self.audio is not None


def probe(path: str | Path, sniffed: Sniffed, timeout: float = PROBE_TIMEOUT) -> Probe:
    """Probe an identified audio or video file.

    Matroska/WebM durations come from the packets (browser recordings have none in the
    header, and a header may claim more than a cut file holds). Raises :class:`MediaError`
    ``media_corrupt`` when the file cannot be read or is truncated.
    """
    demuxer = demuxer_of(sniffed)
    try:
        info = ffrun.ffprobe_json(path, demuxer, timeout=timeout, entries=["-show_format", "-show_streams"])
    except (ffrun.ToolFailed, ffrun.ToolTimedOut, ValueError) as exc:
        raise MediaError("media_corrupt", "This file is damaged and cannot be read.") from exc
    fmt = info.get("format", {})
    streams = [_stream(raw) for raw in info.get("streams", []) if raw.get("codec_type") in ("audio", "video")]
    duration = _float(fmt.get("duration"))
    if demuxer == "matroska" or not duration:
        measured = _packet_duration(path, demuxer, timeout)
        if duration and measured is not None and duration > measured + max(TRUNCATION_SLACK, measured):
            raise MediaError(
                "media_corrupt",
                f"This file says it lasts {duration:.0f} s but only {measured:.1f} s of it is present: "
                "it is incomplete (the upload or the recording was cut).",
            )
        duration = measured if measured is not None else duration
    return Probe(duration=duration, format_name=str(fmt.get("format_name", "")), streams=streams)


def demuxer_of(sniffed: Sniffed) -> str:
    if sniffed.demuxer not in ffrun.DEMUXERS:
        raise MediaError("unsupported_media", "This file is not a sound or video format Carnet can read.")
    return sniffed.demuxer  # type: ignore[return-value]


def _stream(raw: dict[str, Any]) -> Stream:
    rotation = 0
    for side in raw.get("side_data_list") or []:
        if "rotation" in side:
            # ffprobe reports the matrix angle counter-clockwise; -90 means "turn right".
            rotation = round(-float(side["rotation"])) % 360
    rotate_tag = str((raw.get("tags") or {}).get("rotate", "0"))
    if not rotation and rotate_tag.lstrip("-").isdigit():
        rotation = int(rotate_tag) % 360
    rotation = rotation if rotation in (0, 90, 180, 270) else 0
    sample_aspect = 1.0
    sar = str(raw.get("sample_aspect_ratio") or "1:1").split(":")
    if len(sar) == 2 and sar[0].isdigit() and sar[1].isdigit() and int(sar[0]) and int(sar[1]):
        sample_aspect = int(sar[0]) / int(sar[1])
    return Stream(
        index=int(raw.get("index", 0)),
        codec_type=raw["codec_type"],
        codec=raw.get("codec_name"),
        width=raw.get("width"),
        height=raw.get("height"),
        rotation=rotation,
        pix_fmt=raw.get("pix_fmt"),
        channels=raw.get("channels"),
        sample_rate=int(raw["sample_rate"]) if str(raw.get("sample_rate", "")).isdigit() else None,
        frames=int(raw["nb_frames"]) if str(raw.get("nb_frames", "")).isdigit() else None,
        profile=raw.get("profile"),
        attached_pic=bool(raw.get("disposition", {}).get("attached_pic")),
        sample_aspect=sample_aspect,
        color_space=_known(raw.get("color_space")),
        color_primaries=_known(raw.get("color_primaries")),
        color_transfer=_known(raw.get("color_transfer")),
        full_range=raw.get("color_range") == "pc" or str(raw.get("pix_fmt", "")).startswith("yuvj"),
        frame_rate=_rate(raw.get("avg_frame_rate")),
    )


def _rate(value: Any) -> float | None:
    numerator, _, denominator = str(value or "").partition("/")
    try:
        rate = float(numerator) / float(denominator or 1)
    except (ValueError, ZeroDivisionError):
        return None
    return rate if rate > 0 else None


def _known(value: Any) -> str | None:
    return value if isinstance(value, str) and value not in ("unknown", "reserved", "") else None


def _seconds(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None  # "N/A"


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _packet_duration(path: str | Path, demuxer: str, timeout: float) -> float | None:
    """The end of the last packet, read by demuxing only (no decoding)."""
    end = 0.0
    start: float | None = None

    def on_line(line: str) -> None:
        nonlocal end, start
        parts = line.split(",")
        pts = _seconds(parts[0])
        if pts is None:
            return
        length = _seconds(parts[1]) if len(parts) > 1 else None
        start = pts if start is None else min(start, pts)
        end = max(end, pts + max(length or 0.0, 0.0))

    args = [ffrun.executable("ffprobe"), "-v", "error", *ffrun.input_args(path, demuxer)]
    args += ["-show_entries", "packet=pts_time,duration_time", "-of", "csv=p=0"]
    try:
        ffrun.run(args, timeout=timeout, on_stdout_line=on_line)
    except ffrun.ToolTimedOut as exc:
        raise MediaError("media_corrupt", "This file could not be read in time; it may be damaged.") from exc
    except ffrun.ToolFailed:
        pass  # a cut final element: what was read so far still counts
    if start is None:
        return None
    return round(end - start, 3)


def check_duration(duration: float | None, limit: float, what: str) -> float:
    if duration is None:
        raise MediaError(
            "media_corrupt", f"The length of this {what} cannot be determined; it may be damaged."
        )
    if duration > limit:
        raise MediaError(
            "media_too_large",
            f"This {what} lasts {_minutes(duration)}; the limit is {_minutes(limit)}.",
        )
    return duration


def _minutes(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"
