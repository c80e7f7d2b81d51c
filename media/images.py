"""Photos and raster drawings: upright, sRGB, metadata-free thumbnails.

Derivatives never carry EXIF, GPS, XMP, IPTC or a colour profile: pixels are
converted to sRGB and saved without an ICC profile, which browsers read as sRGB.

What the original's EXIF says of when and where it was taken (``captured_at``,
``gps``) is read by :mod:`media.exif`.
"""

from __future__ import annotations

import functools
import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageCms, ImageFile, UnidentifiedImageError

from media import ffrun
from media.errors import MediaError
from media.exif import captured_at, gps
from media.limits import Limits
from media.result import DerivativeFile, Result, publishing

if TYPE_CHECKING:
    from media.sniff import Sniffed

WEBP_OPTIONS: dict[str, Any] = {"format": "WEBP", "quality": 80, "method": 4}
JPEG_OPTIONS: dict[str, Any] = {"format": "JPEG", "quality": 85}
LOOP_FPS = 25
WHITE = (255, 255, 255)

TRANSPOSE_FOR_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

ORIENTATION = 0x0112


@functools.cache
def _register_heif() -> None:
    # pillow-heif applies the HEIF irot/imir transforms while decoding and resets the
    # EXIF orientation it reports to 1, so orientation is applied exactly once.
    import pillow_heif

    pillow_heif.register_heif_opener()


@functools.cache
def _srgb_profile() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@contextmanager
def open_image(path: str | Path, limits: Limits = Limits()) -> Iterator[Image.Image]:
    """Open an image for reading its headers, refusing bombs and unreadable files.

    Every frame's declared size is checked (a GIF can hide a huge frame behind a small
    first one) and the frame count is bounded by ``limits.max_frames``.
    Raises :class:`MediaError` (``media_too_large`` or ``media_corrupt``).
    """
    _register_heif()
    with _pillow_errors():
        image = Image.open(path)
    try:
        with _pillow_errors():
            _check_pixels(image.size, limits)
            frames = getattr(image, "n_frames", 1)
            if frames > limits.max_frames:
                raise MediaError(
                    "media_too_large",
                    f"This image has {frames} frames; at most {limits.max_frames} are accepted.",
                )
            if frames > 1 and image.format == "GIF":
                for index in range(frames):
                    image.seek(index)
                    _check_pixels(image.size, limits)
                image.seek(0)
        yield image
    finally:
        image.close()


@contextmanager
def _pillow_errors() -> Iterator[None]:
    """Turn Pillow's exceptions (and its bomb warning) into :class:`MediaError`."""
    # Another library in the process may have told Pillow to accept cut files
    # (WeasyPrint does, when imported): uploads never are.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaError(
            "media_too_large",
            "This image declares far more pixels than it could hold (a decompression bomb); it was refused.",
        ) from exc
    except UnidentifiedImageError as exc:
        raise MediaError(
            "media_corrupt", "This image is damaged or in a variant that cannot be decoded."
        ) from exc
    except ValueError as exc:
        if "too large" in str(exc).lower():
            raise MediaError(
                "media_too_large",
                "This image holds metadata that inflates far beyond a sane size; it was refused.",
            ) from exc
        raise MediaError("media_corrupt", "This image is damaged and cannot be decoded.") from exc
    except (OSError, SyntaxError, EOFError, IndexError, KeyError, TypeError, ZeroDivisionError) as exc:
        raise MediaError(
            "media_corrupt", "This image is damaged or incomplete (the upload may have been cut)."
        ) from exc


def _check_pixels(size: tuple[int, int], limits: Limits) -> None:
    width, height = size
    if width * height > limits.max_pixels:
        raise MediaError(
            "media_too_large",
            f"This image is {width}x{height} pixels; at most {limits.max_pixels // 1_000_000} "
            "megapixels are accepted.",
        )


def process_image(
    src: str | Path, out_dir: str | Path, sniffed: Sniffed, limits: Limits = Limits()
) -> Result:
    """Make ``thumb``/``display`` (WebP) and ``thumb-jpeg``/``display-jpeg`` for a raster image.

    Animated GIF/WebP/AVIF also get ``loop``, a short H.264 MP4 that loops; the stills are
    their first frame. Facts: ``width``/``height`` (upright), ``captured_at``, ``gps``
    (``{"lat", "lon"}`` or ``None``; never written to a derivative), ``orientation``,
    ``has_alpha``, ``frames``. Raises :class:`MediaError`.
    """
    out_dir = Path(out_dir)
    with open_image(src, limits) as image, _pillow_errors():
        exif = image.getexif()
        orientation = _orientation(exif)
        stored_width, stored_height = image.size
        width, height = (stored_height, stored_width) if orientation >= 5 else (stored_width, stored_height)
        frames = getattr(image, "n_frames", 1)
        facts: dict[str, Any] = {
            "format": sniffed.format,
            "width": width,
            "height": height,
            "orientation": orientation,
            "frames": frames,
            "animated": bool(sniffed.animated),
            "captured_at": captured_at(exif),
            "gps": gps(exif),
        }
        display = _display_image(image, limits.display_side, orientation)
        facts["has_alpha"] = display.mode == "RGBA"
        derivatives = _save_stills(display, out_dir, limits)
        if sniffed.animated and frames > 1:
            loop, seconds = _make_loop(image, out_dir, limits, orientation)
            facts["duration"] = seconds
            derivatives.append(loop)
    return Result(facts=facts, derivatives=derivatives)


def _orientation(exif: Image.Exif) -> int:
    value = exif.get(ORIENTATION, 1)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _display_image(image: Image.Image, side: int, orientation: int) -> Image.Image:
    """The first frame, sRGB, at most ``side`` pixels long, upright, without metadata."""
    image.seek(0)
    target = _fit(image.size, side)
    if image.format == "JPEG" and target != image.size:
        # Let libjpeg decode at 1/2, 1/4 or 1/8 scale: the cheapest way to a small image.
        image.draft(image.mode if image.mode in ("RGB", "L") else None, target)
    image.load()
    icc = image.info.get("icc_profile")
    still = _normalise_mode(image)
    target = _fit(still.size, side)
    if target != still.size:
        still = still.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    # Colour conversion after the resize: a 12-megapixel Display P3 photo costs 20x less.
    still = _to_srgb(still, icc)
    if orientation in TRANSPOSE_FOR_ORIENTATION:
        still = still.transpose(TRANSPOSE_FOR_ORIENTATION[orientation])
    still.info = {}
    return still


def _fit(size: tuple[int, int], side: int) -> tuple[int, int]:
    width, height = size
    scale = side / max(width, height)
    if scale >= 1:
        return size
    return max(1, round(width * scale)), max(1, round(height * scale))


def _normalise_mode(image: Image.Image) -> Image.Image:
    """RGB, RGBA or CMYK (kept for its colour profile), whatever the source mode."""
    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        image = image.point(lambda value: value * (1 / 256)).convert("L")
    elif image.mode == "F":
        image = image.convert("L")
    if image.mode in ("RGB", "RGBA", "CMYK") and "transparency" not in image.info:
        return image
    has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """RGB or RGBA in sRGB: pixels converted from their colour profile when it is not sRGB."""
    target = "RGBA" if image.mode == "RGBA" else "RGB"
    if icc and not _is_srgb(icc):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            converted = ImageCms.profileToProfile(image, source, _srgb_profile(), outputMode=target)
            if converted is not None:
                image = converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # A broken profile: keep the pixels as they are rather than refuse the photo.
    if image.mode != target:
        image = image.convert(target)
    return image


def _is_srgb(icc: bytes) -> bool:
    try:
        description = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc)))
    except (ImageCms.PyCMSError, OSError, ValueError):
        return False
    return "srgb" in description.lower()


def _save_stills(display: Image.Image, out_dir: Path, limits: Limits) -> list[DerivativeFile]:
    thumb = display.resize(_fit(display.size, limits.thumb_side), Image.Resampling.LANCZOS, reducing_gap=2.0)
    thumb.info = {}
    derivatives = []
    for spec, picture in (("display", display), ("thumb", thumb)):
        derivatives.append(save_webp(picture, out_dir, spec))
        derivatives.append(save_jpeg(picture, out_dir, f"{spec}-jpeg"))
    return derivatives


def save_webp(picture: Image.Image, out_dir: Path, spec: str) -> DerivativeFile:
    """Save ``picture`` as ``<spec>.webp`` with no metadata (alpha kept)."""
    with publishing(out_dir, f"{spec}.webp") as temporary:
        picture.save(temporary, **WEBP_OPTIONS)
    return DerivativeFile(spec, out_dir / f"{spec}.webp", "image/webp", "webp", *picture.size)


def save_jpeg(picture: Image.Image, out_dir: Path, spec: str) -> DerivativeFile:
    """Save ``picture`` as ``<spec>.jpg`` with no metadata, transparency flattened on white."""
    with publishing(out_dir, f"{spec}.jpg") as temporary:
        flatten(picture).save(temporary, **JPEG_OPTIONS)
    return DerivativeFile(spec, out_dir / f"{spec}.jpg", "image/jpeg", "jpg", *picture.size)


def save_png(picture: Image.Image, out_dir: Path, spec: str) -> DerivativeFile:
    """Save ``picture`` as ``<spec>.png`` with no metadata."""
    with publishing(out_dir, f"{spec}.png") as temporary:
        picture.save(temporary, format="PNG")
    return DerivativeFile(spec, out_dir / f"{spec}.png", "image/png", "png", *picture.size)


def flatten(picture: Image.Image) -> Image.Image:
    """RGB on a white background (JPEG has no alpha; black would hide dark drawings)."""
    if picture.mode == "RGB":
        return picture
    rgba = picture.convert("RGBA")
    background = Image.new("RGB", rgba.size, WHITE)
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def _make_loop(
    image: Image.Image, out_dir: Path, limits: Limits, orientation: int
) -> tuple[DerivativeFile, float]:
    """Encode the animation as ``loop.mp4`` (H.264, yuv420p, 25 fps timeline)."""
    first_size = image.size
    if orientation >= 5:
        first_size = (first_size[1], first_size[0])
    width, height = _even(_fit(first_size, min(limits.video_max_side, limits.display_side)))
    frame_times: list[tuple[int, int]] = []  # (frame index, repeat count)
    elapsed_ms = 0.0
    emitted = 0
    max_ms = limits.loop_max_seconds * 1000
    for index in range(image.n_frames):
        image.seek(index)
        duration = image.info.get("duration") or 100
        duration = max(float(duration), 20.0)  # browsers treat tiny GIF delays as 100 ms
        elapsed_ms = min(elapsed_ms + duration, max_ms)
        total = max(round(elapsed_ms * LOOP_FPS / 1000), emitted + 1)
        frame_times.append((index, total - emitted))
        emitted = total
        if elapsed_ms >= max_ms:
            break

    def frames() -> Iterator[bytes]:
        for index, repeat in frame_times:
            image.seek(index)
            frame = flatten(image.convert("RGBA"))
            if orientation in TRANSPOSE_FOR_ORIENTATION:
                frame = frame.transpose(TRANSPOSE_FOR_ORIENTATION[orientation])
            data = frame.resize((width, height), Image.Resampling.BILINEAR).tobytes()
            for _ in range(repeat):
                yield data

    with publishing(out_dir, "loop.mp4") as temporary:
        args = [ffrun.executable("ffmpeg"), "-nostdin", "-hide_banner", "-v", "error", "-y"]
        args += ["-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{width}x{height}"]
        args += ["-framerate", str(LOOP_FPS), "-i", "pipe:0"]
        args += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p"]
        args += ["-map_metadata", "-1", "-movflags", "+faststart", "-f", "mp4", str(temporary)]
        try:
            ffrun.run(args, timeout=limits.job_timeout_seconds, stdin_chunks=frames())
        except ffrun.ToolTimedOut as exc:
            raise MediaError("media_too_large", "This animation took too long to convert.") from exc
        except ffrun.ToolFailed as exc:
            raise MediaError("media_corrupt", "This animation could not be converted to a video.") from exc
    loop = DerivativeFile("loop", out_dir / "loop.mp4", "video/mp4", "mp4", width, height)
    return loop, round(emitted / LOOP_FPS, 3)


def _even(size: tuple[int, int]) -> tuple[int, int]:
    return max(2, size[0] // 2 * 2), max(2, size[1] // 2 * 2)


def capture_time(path: str | Path, limits: Limits = Limits()) -> str | None:
    """When the photo was taken, from its EXIF headers only (cheap enough for the upload
    request): ISO 8601, with an offset only when the camera wrote one."""
    try:
        with open_image(path, limits) as image:
            return captured_at(image.getexif())
    except MediaError:
        return None
