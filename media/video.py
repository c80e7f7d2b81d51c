"""Video: the web MP4 (H.264/AAC, remuxed when it already is one), its colours stated,
and the poster frame."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ffmpeg
from PIL import Image

from media import ffrun
from media.audio import AUDIO_BITRATE
from media.av import Progress, ffmpeg_errors, run_with_progress
from media.errors import MediaError
from media.images import save_jpeg, save_webp
from media.limits import Limits
from media.probing import Probe, Stream, check_duration, demuxer_of, probe
from media.result import DerivativeFile, Result, publishing
from media.sniff import Sniffed

X264 = {"c:v": "libx264", "preset": "veryfast", "crf": 23, "pix_fmt": "yuv420p"}
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
    duration = check_duration(info.duration, limits.max_video_seconds, "video")
    if picture.width * picture.height > limits.max_pixels:
        raise MediaError(
            "media_too_large", f"This video's frames are {picture.width}x{picture.height}: too large."
        )
    remux = can_remux(info, sniffed, limits)
    with publishing(out_dir, "web.mp4") as temporary, ffmpeg_errors("video"):
        run_with_progress(
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
    source = ffmpeg.input(ffrun.file_url(src), **ffrun.input_options(demuxer_of(sniffed)))
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
        with ffmpeg_errors("video"):
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
