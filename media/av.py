"""Sound and video: safe probing, web-ready derivatives, poster frames and waveforms.

Every ffmpeg/ffprobe call forces the demuxer found by :func:`media.sniff.sniff_file`
(``-f``) and allows only the ``file`` protocol (see :mod:`media.ffrun`); outputs drop
all container and stream metadata (``-map_metadata -1``: phone videos carry a GPS
``location`` tag) and only the first picture and first sound stream are kept.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ffmpeg
from PIL import Image

from media import ffrun
from media.errors import MediaError
from media.images import save_jpeg, save_webp
from media.limits import Limits
from media.result import DerivativeFile, Result, publishing
from media.sniff import Sniffed

Progress = Callable[[float], None] | None

PROBE_TIMEOUT = 120.0
PEAKS_RATE = 8000
PEAKS_POINTS = 1000
AUDIO_BITRATE = "128k"
X264 = {"c:v": "libx264", "preset": "veryfast", "crf": 23, "pix_fmt": "yuv420p"}
HDR_TRANSFERS = frozenset({"arib-std-b67", "smpte2084"})
# Slow-motion phone clips (120/240 fps) are played back at this rate at most.
MAX_FRAME_RATE = 60
# Primaries to state when a file names its YUV matrix but not its primaries.
PRIMARIES_FOR_MATRIX = {
    "bt709": "bt709",
    "bt470bg": "bt470bg",
    "smpte170m": "smpte170m",
    "bt2020nc": "bt2020",
}
# How our own web MP4 outputs are read back.
WEB_MP4 = Sniffed(kind="video", mime="video/mp4", format="mp4", extension="mp4", demuxer="mov")
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
    demuxer = _demuxer(sniffed)
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


def _demuxer(sniffed: Sniffed) -> str:
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


def _check_duration(duration: float | None, limit: float, what: str) -> float:
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


def _run_with_progress(
    stream: Any, duration: float, timeout: float, on_progress: Progress, span: tuple[float, float]
) -> None:
    """Run an ffmpeg-python graph, mapping its ``-progress`` output onto ``span``."""
    args = stream.global_args("-nostdin", "-hide_banner", "-v", "error", "-progress", "pipe:1", "-nostats")
    args = args.overwrite_output().compile(cmd=ffrun.executable("ffmpeg"))
    low, high = span
    reported = low

    def on_line(line: str) -> None:
        nonlocal reported
        if on_progress is None:
            return
        key, _, value = line.partition("=")
        if key == "out_time_us" and value.lstrip("-").isdigit() and duration > 0:
            fraction = low + (high - low) * min(max(int(value) / 1e6 / duration, 0.0), 1.0)
        elif key == "progress" and value == "end":
            fraction = high
        else:
            return
        if fraction > reported:  # never step backwards
            reported = fraction
            on_progress(fraction)

    ffrun.run(args, timeout=timeout, on_stdout_line=on_line)


@contextmanager
def _ffmpeg_errors(what: str) -> Iterator[None]:
    """Turn ffmpeg failures into :class:`MediaError` about ``what`` (``video``, ``recording``)."""
    try:
        yield
    except ffrun.ToolTimedOut as exc:
        raise MediaError(
            "media_too_large", f"Converting this {what} took longer than allowed; it was stopped."
        ) from exc
    except ffrun.ToolFailed as exc:
        raise MediaError(
            "media_corrupt", f"This {what} is damaged or uses a variant that cannot be converted."
        ) from exc


# ---------------------------------------------------------------- audio


def process_audio(
    src: str | Path,
    out_dir: str | Path,
    sniffed: Sniffed,
    limits: Limits = Limits(),
    on_progress: Progress = None,
) -> Result:
    """Make ``web`` (AAC-LC in M4A, EBU R128 loudness-normalised, faststart) and ``peaks``.

    ``peaks`` is a JSON waveform in the audiowaveform/peaks.js layout (``data`` holds
    ``length`` min/max pairs of 8-bit values) plus ``duration`` in seconds.
    Facts: ``duration``, ``audio_codec``, ``channels``, ``sample_rate``.
    Raises :class:`MediaError` (``media_too_large`` past ``limits.max_audio_seconds``).
    """
    out_dir = Path(out_dir)
    info = probe(src, sniffed)
    sound = info.audio
    if sound is None:
        raise MediaError("media_corrupt", "This file holds no sound that can be read.")
    duration = _check_duration(info.duration, limits.max_audio_seconds, "recording")
    with publishing(out_dir, "web.m4a") as temporary, _ffmpeg_errors("recording"):
        _run_with_progress(
            audio_web_command(src, temporary, sniffed, sound),
            duration,
            limits.job_timeout_seconds,
            on_progress,
            (0.0, 0.9),
        )
    web_path = out_dir / "web.m4a"
    with _ffmpeg_errors("recording"):
        peaks = _peaks(web_path, limits.job_timeout_seconds)
    with publishing(out_dir, "peaks.json") as temporary:
        temporary.write_text(json.dumps(peaks, separators=(",", ":")))
    if on_progress is not None:
        on_progress(1.0)
    facts = {
        "duration": round(duration, 3),
        "audio_codec": sound.codec,
        "channels": sound.channels,
        "sample_rate": sound.sample_rate,
        "has_audio": True,
        "has_video": False,
    }
    derivatives = [
        DerivativeFile("web", web_path, "audio/mp4", "m4a"),
        DerivativeFile("peaks", out_dir / "peaks.json", "application/json", "json"),
    ]
    return Result(facts=facts, derivatives=derivatives)


def audio_web_command(src: str | Path, target: str | Path, sniffed: Sniffed, sound: Stream) -> Any:
    """The ffmpeg-python graph for the ``web`` audio derivative."""
    source = ffmpeg.input(ffrun.file_url(src), **ffrun.input_options(_demuxer(sniffed)))
    options: dict[str, Any] = {
        "c:a": "aac",
        "b:a": AUDIO_BITRATE,
        "ar": 48000,
        "map_metadata": -1,
        "map_chapters": -1,
        "movflags": "+faststart",
        "f": "mp4",
    }
    if (sound.channels or 1) > 2:
        options["ac"] = 2
    filtered = source[f"{sound.index}"].filter("loudnorm", I=-16, TP=-1.5, LRA=11)
    return ffmpeg.output(filtered, str(target), **options)


def normalised_peaks(samples: Sequence[int], per_point: int) -> list[int]:
    """(min, max) pairs of 8-bit values, one pair per ``per_point`` 16-bit samples, scaled so
    that the loudest peak reaches the full height (±127).

    A quiet voice memo would otherwise draw a flat line: its peaks fill a few of the 256
    levels. Silence stays silence (all zeros).
    """
    loudest = max((abs(value) for value in samples), default=0)
    scale = 127 / loudest if loudest else 0.0
    data: list[int] = []
    for start in range(0, len(samples), max(1, per_point)):
        window = samples[start : start + max(1, per_point)]
        data += [max(-127, round(min(window) * scale)), min(127, round(max(window) * scale))]
    return data


def _peaks(web: Path, timeout: float) -> dict[str, Any]:
    samples = array("h")
    buffer = bytearray()

    def on_chunk(chunk: bytes) -> None:
        buffer.extend(chunk)

    args = [
        ffrun.executable("ffmpeg"),
        "-nostdin",
        "-hide_banner",
        "-v",
        "error",
        *ffrun.input_args(web, "mov"),
    ]
    args += [
        "-map",
        "0:a:0",
        "-ac",
        "1",
        "-ar",
        str(PEAKS_RATE),
        "-f",
        "s16le",
        "-c:a",
        "pcm_s16le",
        "pipe:1",
    ]
    ffrun.run(args, timeout=timeout, on_stdout_chunk=on_chunk)
    samples.frombytes(bytes(buffer[: len(buffer) // 2 * 2]))
    count = len(samples)
    length = max(1, min(PEAKS_POINTS, count))
    per_point = max(1, -(-count // length))
    data = normalised_peaks(samples, per_point)
    return {
        "version": 2,
        "channels": 1,
        "sample_rate": PEAKS_RATE,
        "samples_per_pixel": per_point,
        "bits": 8,
        "length": len(data) // 2,
        "duration": round(count / PEAKS_RATE, 3),
        "data": data,
    }


# ---------------------------------------------------------------- video


def process_video(
    src: str | Path,
    out_dir: str | Path,
    sniffed: Sniffed,
    limits: Limits = Limits(),
    on_progress: Progress = None,
) -> Result:
    """Make ``web`` (H.264/AAC MP4, faststart), ``poster`` (WebP) and ``poster-jpeg``.

    An MP4/MOV that is already H.264 yuv420p with AAC (or no sound), unrotated and within
    ``limits.video_max_side`` is remuxed (streams copied, metadata dropped); anything else
    is transcoded upright with its longest side at most ``limits.video_max_side``.
    Facts: ``width``/``height`` (upright), ``duration``, ``video_codec``, ``audio_codec``,
    ``rotation``, ``has_audio``, ``remuxed``. Raises :class:`MediaError`.
    """
    out_dir = Path(out_dir)
    info = probe(src, sniffed)
    picture = info.video
    if picture is None or not picture.width or not picture.height:
        raise MediaError("media_corrupt", "This video holds no picture that can be read.")
    duration = _check_duration(info.duration, limits.max_video_seconds, "video")
    if picture.width * picture.height > limits.max_pixels:
        raise MediaError(
            "media_too_large", f"This video's frames are {picture.width}x{picture.height}: too large."
        )
    remux = can_remux(info, sniffed, limits)
    with publishing(out_dir, "web.mp4") as temporary, _ffmpeg_errors("video"):
        _run_with_progress(
            video_web_command(src, temporary, sniffed, info, limits, remux),
            duration,
            limits.job_timeout_seconds,
            on_progress,
            (0.0, 0.95),
        )
        if not temporary.exists() or temporary.stat().st_size == 0:
            raise ffrun.ToolFailed(0, "no output")
    web_path = out_dir / "web.mp4"
    web = probe(web_path, WEB_MP4)
    web_video = web.video
    if web_video is None or not web_video.width or not web_video.height:
        raise MediaError("media_corrupt", "This video could not be converted: no picture came out.")
    derivatives = [
        DerivativeFile("web", web_path, "video/mp4", "mp4", web_video.width, web_video.height),
        *_poster(web_path, web_video, web.duration or duration, out_dir, limits),
    ]
    if on_progress is not None:
        on_progress(1.0)
    width, height = picture.upright_size
    facts = {
        "duration": round(duration, 3),
        "width": width,
        "height": height,
        "rotation": picture.rotation,
        "video_codec": picture.codec,
        "audio_codec": info.audio.codec if info.audio else None,
        "has_audio": info.has_audio,
        "has_video": True,
        "remuxed": remux,
        "hdr": picture.hdr,
    }
    return Result(facts=facts, derivatives=derivatives)


def can_remux(info: Probe, sniffed: Sniffed, limits: Limits) -> bool:
    """Whether the streams can be copied as they are into a web MP4."""
    picture, sound = info.video, info.audio
    return (
        sniffed.demuxer == "mov"
        and picture is not None
        and picture.codec == "h264"
        and picture.pix_fmt == "yuv420p"
        and picture.rotation == 0
        and picture.sample_aspect == 1.0
        and max(picture.width or 0, picture.height or 0) <= limits.video_max_side
        and (sound is None or sound.codec == "aac")
    )


def target_size(picture: Stream, max_side: int) -> tuple[int, int]:
    """Upright output size: longest side at most ``max_side``, both sides even."""
    width, height = picture.upright_size
    scale = min(1.0, max_side / max(width, height))
    return max(2, round(width * scale / 2) * 2), max(2, round(height * scale / 2) * 2)


def video_web_command(
    src: str | Path, target: str | Path, sniffed: Sniffed, info: Probe, limits: Limits, remux: bool
) -> Any:
    """The ffmpeg-python graph for the ``web`` video derivative (remux or transcode)."""
    source = ffmpeg.input(ffrun.file_url(src), **ffrun.input_options(_demuxer(sniffed)))
    picture, sound = info.video, info.audio
    assert picture is not None
    common: dict[str, Any] = {"map_metadata": -1, "map_chapters": -1, "movflags": "+faststart", "f": "mp4"}
    if remux:
        streams = [source[f"{picture.index}"]] + ([source[f"{sound.index}"]] if sound else [])
        return ffmpeg.output(*streams, str(target), c="copy", **common)
    width, height = target_size(picture, limits.video_max_side)
    # ffmpeg's autorotate turns the frames upright before these filters run.
    video = source[f"{picture.index}"]
    if picture.hdr:
        # HLG/PQ squeezed into 8-bit BT.709 without tone mapping looks grey and flat.
        video = (
            video.filter("zscale", t="linear", npl=100)
            .filter("format", "gbrpf32le")
            .filter("zscale", p="bt709")
            .filter("tonemap", "hable", desat=0)
            .filter("zscale", t="bt709", m="bt709", r="tv")
        )
    scale: dict[str, Any] = {"out_range": "tv"} if picture.full_range and not picture.hdr else {}
    video = video.filter("scale", width, height, **scale).filter("setsar", 1)
    if picture.frame_rate and picture.frame_rate > MAX_FRAME_RATE:
        video = video.filter("fps", MAX_FRAME_RATE)
    options: dict[str, Any] = {
        **X264,
        **colour_tags(picture),
        "fps_mode": "vfr",
        "max_muxing_queue_size": 1024,
        **common,
    }
    streams = [video]
    if sound is not None:
        streams.append(source[f"{sound.index}"])
        options.update({"c:a": "aac", "b:a": AUDIO_BITRATE})
        if (sound.channels or 1) > 2:
            options["ac"] = 2
        if sound.sample_rate not in (44100, 48000):
            options["ar"] = 48000
    return ffmpeg.output(*streams, str(target), **options)


def colour_tags(picture: Stream) -> dict[str, str]:
    """Complete colour tags for the output, limited range, the matrix left as it was.

    Browsers expect limited range and honour the BT.601/BT.709 tags. With all three
    tags present the MP4 muxer writes an 'nclx' colr box rather than copying a source
    ICC profile (phone HEVC carries one); converting the matrix instead would cost
    about half as much CPU again as the encode.
    """
    if picture.hdr:
        return {"colorspace": "bt709", "color_primaries": "bt709", "color_trc": "bt709", "color_range": "tv"}
    matrix = picture.color_space or "bt709"
    return {
        "colorspace": matrix,
        "color_primaries": picture.color_primaries or PRIMARIES_FOR_MATRIX.get(matrix, "bt709"),
        "color_trc": picture.color_transfer or "bt709",
        "color_range": "tv",
    }


def _poster(
    web: Path, picture: Stream, duration: float, out_dir: Path, limits: Limits
) -> list[DerivativeFile]:
    """A still from the web MP4 (already upright and scaled) at ~1 s or 10 % in."""
    width, height = picture.width or 0, picture.height or 0
    frame_bytes = width * height * 3
    data = b""
    for moment in (min(1.0, duration * 0.1), 0.0):
        args = [ffrun.executable("ffmpeg"), "-nostdin", "-hide_banner", "-v", "error"]
        args += ["-ss", f"{moment:.3f}", *ffrun.input_args(web, "mov")]
        args += ["-map", "0:v:0", "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]
        with _ffmpeg_errors("video"):
            data = ffrun.run(args, timeout=limits.job_timeout_seconds)
        if len(data) >= frame_bytes:
            break
    if len(data) < frame_bytes or frame_bytes == 0:
        raise MediaError("media_corrupt", "No picture could be taken from this video for its poster.")
    still = Image.frombytes("RGB", (width, height), data[:frame_bytes])
    scale = min(1.0, limits.display_side / max(width, height))
    if scale < 1:
        still = still.resize((round(width * scale), round(height * scale)), Image.Resampling.LANCZOS)
    return [save_webp(still, out_dir, "poster"), save_jpeg(still, out_dir, "poster-jpeg")]
