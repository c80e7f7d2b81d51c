"""Media made on the spot with Pillow and ffmpeg, so the suite needs no corpus.

``made("name")`` returns the path of one generated file (built once per session).
The real-world corpus in ``../shared/corpus`` is used by ``test_corpus.py`` when present.
"""

from __future__ import annotations

import csv
import io
import random
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, PngImagePlugin

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

# Upright reference picture for the photo fixtures: a red block marks the top-left corner.
UPRIGHT_SIZE = (360, 240)
MARK = (0, 0, 120, 80)
GPS_PARIS = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 7.2)}


def manifest_rows() -> list[dict[str, str]]:
    """The corpus MANIFEST rows, or nothing when the corpus is not there."""
    manifest = CORPUS / "MANIFEST.csv"
    if not manifest.is_file():
        return []
    with manifest.open(newline="") as handle:
        return list(csv.DictReader(handle))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "corpus_files(prefix): run a corpus test only on MANIFEST rows whose file starts so"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "corpus_row" in metafunc.fixturenames:
        rows = manifest_rows()
        marker = metafunc.definition.get_closest_marker("corpus_files")
        if marker is not None:
            rows = [row for row in rows if row["file"].startswith(marker.args[0])]
        metafunc.parametrize("corpus_row", rows, ids=[row["file"] for row in rows])


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Without the corpus, its parametrised tests have no cases: leave them out rather than skip.
    empty = [
        item
        for item in items
        if "corpus_row" in getattr(item, "fixturenames", ())
        and not isinstance(getattr(getattr(item, "callspec", None), "params", {}).get("corpus_row"), dict)
    ]
    if empty:
        config.hook.pytest_deselected(items=empty)
        items[:] = [item for item in items if item not in empty]


def ffmpeg(*args: str, stdout: Path | None = None) -> None:
    command = ["ffmpeg", "-nostdin", "-hide_banner", "-v", "error", "-y", *args]
    if stdout is None:
        subprocess.run(command, check=True, timeout=120)
    else:
        with stdout.open("wb") as handle:
            subprocess.run(command, check=True, timeout=120, stdout=handle)


def upright_picture(size: tuple[int, int] = UPRIGHT_SIZE) -> Image.Image:
    picture = Image.new("RGB", size, (40, 90, 200))
    draw = ImageDraw.Draw(picture)
    scale_x, scale_y = size[0] / UPRIGHT_SIZE[0], size[1] / UPRIGHT_SIZE[1]
    x0, y0, x1, y1 = MARK
    draw.rectangle((x0 * scale_x, y0 * scale_y, x1 * scale_x, y1 * scale_y), fill=(220, 30, 30))
    return picture


def amr_nb_bytes(frames: int = 50) -> bytes:
    """A raw AMR-NB file (12.2 kbit/s frames with arbitrary speech parameters).

    ffmpeg here has an AMR decoder but no encoder; every bit pattern is a valid frame.
    """
    generator = random.Random(7)
    body = b"".join(bytes([0x3C]) + generator.randbytes(31) for _ in range(frames))
    return b"#!AMR\n" + body


class Maker:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.cache: dict[str, Path] = {}

    def __call__(self, name: str) -> Path:
        if name not in self.cache:
            self.cache[name] = getattr(self, "make_" + name.replace("-", "_"))()
        return self.cache[name]

    def path(self, filename: str) -> Path:
        return self.directory / filename

    # ------------------------------------------------------------ images

    def make_jpeg_orientation_6(self) -> Path:
        """A phone portrait: stored sideways, EXIF Orientation 6, GPS and capture time."""
        target = self.path("portrait.jpg")
        stored = upright_picture().transpose(Image.Transpose.ROTATE_90)
        exif = Image.Exif()
        exif[0x0112] = 6
        exif[0x8825] = GPS_PARIS
        exif[0x8769] = {0x9003: "2024:05:17 09:30:00", 0x9011: "+02:00"}
        stored.save(target, "JPEG", quality=90, exif=exif)
        return target

    def make_jpeg_without_offset(self) -> Path:
        target = self.path("no-offset.jpg")
        exif = Image.Exif()
        exif[0x8769] = {0x9003: "2023:12:31 23:59:58"}
        upright_picture().save(target, "JPEG", exif=exif)
        return target

    def make_jpeg_large(self) -> Path:
        target = self.path("large.jpg")
        upright_picture((2400, 1600)).save(target, "JPEG", quality=85)
        return target

    def make_jpeg_cmyk(self) -> Path:
        target = self.path("cmyk.jpg")
        Image.new("CMYK", (64, 64), (0, 255, 255, 0)).save(target, "JPEG")
        return target

    def make_jpeg_truncated(self) -> Path:
        source = self("jpeg_large").read_bytes()
        target = self.path("truncated.jpg")
        target.write_bytes(source[: len(source) // 2])
        return target

    def make_jpeg_named_mp3(self) -> Path:
        target = self.path("holiday-song.mp3")
        target.write_bytes(self("jpeg_orientation_6").read_bytes())
        return target

    def make_png_alpha(self) -> Path:
        target = self.path("alpha.png")
        picture = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
        ImageDraw.Draw(picture).ellipse((50, 0, 150, 100), fill=(0, 0, 0, 255))
        picture.save(target)
        return target

    def make_png_truncated(self) -> Path:
        buffer = self.path("full-for-cut.png")
        upright_picture().save(buffer)
        target = self.path("truncated.png")
        target.write_bytes(buffer.read_bytes()[:-200])
        return target

    def make_gif_animated(self) -> Path:
        target = self.path("animated.gif")
        frames = [Image.new("RGB", (120, 80), colour) for colour in ("red", "green", "blue", "white")]
        frames[0].save(target, save_all=True, append_images=frames[1:], duration=200, loop=0)
        return target

    def make_gif_bomb(self) -> Path:
        """A 40-byte GIF whose screen and frame claim 65535x65535 pixels."""
        target = self.path("bomb.gif")
        screen = (65535).to_bytes(2, "little") * 2
        descriptor = b"," + b"\0\0\0\0" + screen + b"\0"
        target.write_bytes(b"GIF89a" + screen + b"\0\0\0" + descriptor + b"\x02\x02\x4c\x01\x00;")
        return target

    def make_gif_bomb_later_frame(self) -> Path:
        """A sane first frame, then a frame placed at offset 65535x65535 (a 4-gigapixel canvas)."""
        frames = [Image.new("P", (10, 10), index) for index in (1, 2)]
        for frame in frames:
            frame.putpalette([0, 0, 0, 255, 255, 255, 255, 0, 0] * 85)
        buffer = io.BytesIO()
        frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=100, disposal=2)
        data = bytearray(buffer.getvalue())
        descriptor = b"\x2c\x00\x00\x00\x00\x0a\x00\x0a\x00"
        second = data.find(descriptor, data.find(descriptor) + 1)
        data[second + 1 : second + 5] = b"\xff\xff\xff\xff"
        target = self.path("bomb-later-frame.gif")
        target.write_bytes(bytes(data))
        return target

    def make_png_text_bomb(self) -> Path:
        """A 1x1 PNG whose compressed text chunk inflates to 20 MB."""
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", "a" * 20_000_000, zip=True)
        target = self.path("text-bomb.png")
        Image.new("L", (1, 1)).save(target, pnginfo=info)
        return target

    def make_webp_animated(self) -> Path:
        target = self.path("animated.webp")
        frames = [Image.new("RGBA", (100, 100), colour) for colour in ("red", "green", "blue")]
        frames[0].save(target, save_all=True, append_images=frames[1:], duration=100, loop=0)
        return target

    def make_heic(self) -> Path:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        target = self.path("photo.heic")
        exif = Image.Exif()
        exif[0x8825] = GPS_PARIS
        upright_picture().save(target, "HEIF", quality=80, exif=exif)
        return target

    def make_avif(self) -> Path:
        target = self.path("photo.avif")
        upright_picture().save(target, "AVIF", quality=70)
        return target

    def make_tiff(self) -> Path:
        target = self.path("scan.tiff")
        upright_picture().save(target, "TIFF")
        return target

    def make_webp(self) -> Path:
        target = self.path("still.webp")
        exif = Image.Exif()
        exif[0x8825] = GPS_PARIS
        upright_picture().save(target, "WEBP", exif=exif)
        return target

    # ------------------------------------------------------------ drawings

    def make_svg_hostile(self) -> Path:
        target = self.path("hostile.svg")
        target.write_text(
            '<?xml version="1.0"?>\n'
            '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
            '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'width="200" height="100" viewBox="0 0 200 100" onload="alert(1)">'
            "<script>alert(document.cookie)</script>"
            '<rect width="200" height="100" fill="#2050c0" onclick="steal()"/>'
            '<a href="javascript:alert(2)"><circle cx="50" cy="50" r="40" fill="red"/></a>'
            '<image href="http://127.0.0.1:9/tracker.png" width="10" height="10"/>'
            '<image xlink:href="file:///etc/passwd" width="10" height="10"/>'
            '<foreignObject width="100" height="100"><p xmlns="http://www.w3.org/1999/xhtml">hi</p>'
            "</foreignObject>"
            "</svg>"
        )
        return target

    def make_svg_use_bomb(self) -> Path:
        target = self.path("use-bomb.svg")
        groups = ['<g id="a0"><circle r="5"/></g>']
        for level in range(1, 9):
            uses = "".join(f'<use xlink:href="#a{level - 1}" x="{i}"/>' for i in range(10))
            groups.append(f'<g id="a{level}">{uses}</g>')
        target.write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="100" height="100"><defs>{"".join(groups)}</defs><use xlink:href="#a8"/></svg>'
        )
        return target

    def make_svg_entities(self) -> Path:
        target = self.path("laughs.svg")
        target.write_text(
            '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;">]>'
            '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&b;</text></svg>'
        )
        return target

    # ------------------------------------------------------------ sound

    def _sine(self, filename: str, *codec: str, seconds: float = 1.5, volume: float = 0.5) -> Path:
        target = self.path(filename)
        ffmpeg(
            "-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}",
            "-af", f"volume={volume}", *codec, str(target),
        )  # fmt: skip
        return target

    def make_audio_wav(self) -> Path:
        return self._sine("tone.wav")

    def make_audio_m4a(self) -> Path:
        return self._sine("tone.m4a", "-c:a", "aac", "-metadata", "title=Secret title")

    def make_audio_mp3(self) -> Path:
        return self._sine("tone.mp3", "-c:a", "libmp3lame")

    def make_audio_flac(self) -> Path:
        return self._sine("tone.flac", "-c:a", "flac")

    def make_audio_ogg(self) -> Path:
        return self._sine("tone.ogg", "-c:a", "libvorbis")

    def make_audio_opus_webm(self) -> Path:
        return self._sine("voice.webm", "-c:a", "libopus", "-f", "webm")

    def make_audio_quiet_wav(self) -> Path:
        return self._sine("quiet.wav", seconds=4, volume=0.02)

    def make_audio_amr(self) -> Path:
        target = self.path("phone.amr")
        target.write_bytes(amr_nb_bytes())
        return target

    def make_audio_live_webm(self) -> Path:
        """Like a browser recording: written to a pipe, so no duration in the header."""
        target = self.path("recording.webm")
        ffmpeg(
            "-f", "lavfi", "-i", "sine=frequency=300:duration=3", "-c:a", "libopus",
            "-f", "webm", "pipe:1", stdout=target,
        )  # fmt: skip
        return target

    # ------------------------------------------------------------ video

    def _clip(self, filename: str, *codec: str, size: str = "160x96", audio: bool = True) -> Path:
        target = self.path(filename)
        inputs = ["-f", "lavfi", "-i", f"testsrc2=size={size}:rate=15:duration=1"]
        if audio:
            inputs += ["-f", "lavfi", "-i", "sine=frequency=500:duration=1"]
        ffmpeg(*inputs, *codec, "-shortest", str(target))
        return target

    def make_video_h264_aac(self) -> Path:
        return self._clip(
            "phone.mp4",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac",
            "-metadata", "location=+48.8566+002.3522/", "-metadata", "title=Private",
            "-movflags", "+faststart",
        )  # fmt: skip

    def make_video_large_h264(self) -> Path:
        return self._clip(
            "large.mp4", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
            "-c:a", "aac", size="1600x900",
        )  # fmt: skip

    def make_video_hevc(self) -> Path:
        return self._clip(
            "clip-hevc.mp4", "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error",
            "-tag:v", "hvc1", "-pix_fmt", "yuv420p", "-c:a", "aac",
        )  # fmt: skip

    def make_video_vp9(self) -> Path:
        return self._clip(
            "clip-vp9.webm", "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8",
            "-b:v", "200k", audio=False,
        )  # fmt: skip

    def make_video_mkv_h264(self) -> Path:
        return self._clip("clip.mkv", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "libvorbis")

    def make_video_3gp_amr(self) -> Path:
        amr = self("audio_amr")
        target = self.path("old-phone.3gp")
        ffmpeg(
            "-f", "lavfi", "-i", "testsrc2=size=176x144:rate=15:duration=1", "-i", str(amr),
            "-c:v", "h263", "-c:a", "copy", "-shortest", str(target),
        )  # fmt: skip
        return target

    def make_video_rotated(self) -> Path:
        """Stored landscape 160x96 with a display matrix: shown as a 96x160 portrait.

        The stored frame has a red block at its top-right; once turned upright (90 degrees
        counter-clockwise, as the matrix says) the block sits at the top-left.
        """
        stored = self.path("rotated-stored.mp4")
        ffmpeg(
            "-f", "lavfi", "-i",
            "color=c=blue:size=160x96:rate=15:duration=1,drawbox=x=112:y=0:w=48:h=32:color=red:t=fill",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(stored),
        )  # fmt: skip
        target = self.path("rotated.mp4")
        ffmpeg("-i", str(stored), "-c", "copy", "-metadata:s:v:0", "rotate=90", str(target))
        return target

    def make_video_hlg_slow_motion(self) -> Path:
        """10-bit HEVC tagged HLG at 120 fps, like a recent phone's slow-motion clip."""
        target = self.path("hlg-slowmo.mov")
        ffmpeg(
            "-f", "lavfi", "-i", "testsrc2=size=160x96:rate=120:duration=1",
            "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error",
            "-pix_fmt", "yuv420p10le", "-color_primaries", "bt2020", "-color_trc", "arib-std-b67",
            "-colorspace", "bt2020nc", "-tag:v", "hvc1", str(target),
        )  # fmt: skip
        return target

    def make_video_truncated(self) -> Path:
        """An MP4 cut in half before its index (moov) was written."""
        full = self._clip(
            "for-cut.mp4", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"
        )
        target = self.path("cut.mp4")
        target.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
        return target

    # ------------------------------------------------------------ neither

    def make_empty(self) -> Path:
        target = self.path("empty.jpg")
        target.write_bytes(b"")
        return target

    def make_text(self) -> Path:
        target = self.path("notes.jpg")
        target.write_text("Meeting notes: nothing to see here.\n" * 20)
        return target

    def make_pdf(self) -> Path:
        target = self.path("report.mp4")
        target.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        return target


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """``made("video_hevc")`` -> path of a generated fixture (built once per session)."""
    return Maker(tmp_path_factory.mktemp("media-fixtures"))
