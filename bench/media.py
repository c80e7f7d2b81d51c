"""Media pipeline against the bare tools, measured in one run.

Run from the project root: ``.venv/bin/python bench/media.py`` (a few minutes on 2 cores).

1. Photo derivatives (``process_image``) vs a bare Pillow script doing the same resizes
   the fastest way Pillow offers (``Image.draft`` before transposing).  Goal: <= 1.2.
2. Video transcode (``process_video``: probe, transcode, poster) vs the bare ffmpeg
   command with the same arguments, on a 15 s 1080p clip.  Goal: <= 1.05.
3. Remux vs transcode of a compatible 1-minute 1080p H.264/AAC clip.  Goal: >= 10x.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw

from media.av import run_with_progress
from media.images import JPEG_OPTIONS, WEBP_OPTIONS, process_image
from media.limits import Limits
from media.probing import probe
from media.sniff import sniff_file
from media.video import process_video, video_web_command


@dataclass
class Timing:
    """Medians over interleaved runs: wall clock, and CPU time (own + child processes).

    CPU time is what to read on a shared machine: other people's load stretches the
    wall clock of whichever run it happens to overlap.
    """

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def run(self, action: Callable[[], object]) -> None:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_started = time.process_time() + children.ru_utime + children.ru_stime
        started = time.perf_counter()
        action()
        self.wall.append(time.perf_counter() - started)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu.append(time.process_time() + children.ru_utime + children.ru_stime - cpu_started)

    @property
    def median_wall(self) -> float:
        return statistics.median(self.wall)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def interleaved(
    first: Callable[[], object], second: Callable[[], object], rounds: int
) -> tuple[Timing, Timing]:
    """Alternate the two actions so that background load hits both alike."""
    timings = Timing(), Timing()
    for _ in range(rounds):
        timings[0].run(first)
        timings[1].run(second)
    return timings


def report(label_a: str, a: Timing, label_b: str, b: Timing, unit: str, goal: str) -> None:
    scale, suffix = (1000, "ms") if unit == "ms" else (1, "s")
    for name, first, second in (("wall", a.median_wall, b.median_wall), ("cpu ", a.median_cpu, b.median_cpu)):
        print(
            f"   {name}: {label_a} {first * scale:8.2f} {suffix}   {label_b} {second * scale:8.2f} {suffix}"
            f"   ratio {first / second:.3f}"
        )
    print(f"   ({goal})")


def make_photo(path: Path) -> None:
    """A 12-megapixel phone-style JPEG: stored sideways with EXIF Orientation 6."""
    width, height = 4032, 3024
    picture = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    picture = Image.blend(picture, noise, 0.3)
    ImageDraw.Draw(picture).rectangle((0, 0, 800, 600), fill=(200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    picture.save(path, "JPEG", quality=90, exif=exif)


def bare_pillow(src: Path, out_dir: Path, limits: Limits) -> None:
    """What a hand-written Pillow script would do for the same four files."""
    with Image.open(src) as image:
        width, height = image.size
        scale = limits.display_side / max(width, height)
        target = (round(width * scale), round(height * scale))
        image.draft("RGB", target)
        display = image.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
    display = display.transpose(Image.Transpose.ROTATE_270)
    display.save(out_dir / "display.webp", **WEBP_OPTIONS)
    display.save(out_dir / "display.jpg", **JPEG_OPTIONS)
    thumb = display.copy()
    thumb.thumbnail((limits.thumb_side, limits.thumb_side), Image.Resampling.LANCZOS, reducing_gap=2.0)
    thumb.save(out_dir / "thumb.webp", **WEBP_OPTIONS)
    thumb.save(out_dir / "thumb.jpg", **JPEG_OPTIONS)


def make_clip(path: Path, seconds: int) -> None:
    """1080p30 H.264 + AAC with faststart: what a compatible phone clip looks like."""
    subprocess.run(
        [
            "ffmpeg", "-nostdin", "-v", "error", "-y",
            "-f", "lavfi", "-i", f"testsrc2=size=1920x1080:rate=30:duration={seconds}",
            "-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}",
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "28", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest", "-movflags", "+faststart", str(path),
        ],
        check=True,
    )  # fmt: skip


def main() -> None:
    limits = Limits()
    with tempfile.TemporaryDirectory(prefix="carnet-bench-") as scratch:
        work = Path(scratch)

        photo = work / "photo.jpg"
        make_photo(photo)
        sniffed = sniff_file(photo)
        (work / "ours").mkdir()
        (work / "bare").mkdir()
        process_image(photo, work / "ours", sniffed, limits)  # warm caches and codecs
        bare_pillow(photo, work / "bare", limits)
        ours, bare = interleaved(
            lambda: process_image(photo, work / "ours", sniffed, limits),
            lambda: bare_pillow(photo, work / "bare", limits),
            rounds=15,
        )
        sniff = Timing()
        for _ in range(7):
            sniff.run(lambda: sniff_file(photo))
        print("1. photo 4032x3024 JPEG, orientation 6 -> display/thumb WebP + JPEG (15 rounds)")
        report("process_image", ours, "bare Pillow", bare, "ms", "goal <= 1.2")
        print(f"   sniff_file {sniff.median_wall * 1000:.1f} ms")

        short = work / "short.mp4"
        make_clip(short, 15)
        sniffed = sniff_file(short)
        bare_target = work / "bare.mp4"
        command = video_web_command(short, bare_target, sniffed, probe(short, sniffed), limits, remux=False)
        bare_args = command.global_args("-nostdin", "-hide_banner", "-v", "error").overwrite_output()
        bare_args = bare_args.compile(cmd="ffmpeg")
        ours, bare = interleaved(
            lambda: process_video(short, work / "transcode-short", sniffed, limits),
            lambda: subprocess.run(bare_args, check=True),
            rounds=3,
        )
        print("2. video 15 s 1080p H.264/AAC -> 720p H.264/AAC, libx264 veryfast CRF 23 (3 rounds)")
        report("process_video", ours, "bare ffmpeg", bare, "s", "whole pipeline: probe + transcode + poster")
        # The same work as the bare command: our ffmpeg run, with its progress reporting.
        info = probe(short, sniffed)
        ours_step, bare_step = interleaved(
            lambda: run_with_progress(
                video_web_command(short, work / "ours-step.mp4", sniffed, info, limits, remux=False),
                info.duration or 15.0,
                limits.job_timeout_seconds,
                lambda _fraction: None,
                (0.0, 1.0),
            ),
            lambda: subprocess.run(bare_args, check=True),
            rounds=3,
        )
        report("transcode step", ours_step, "bare ffmpeg", bare_step, "s", "goal <= 1.05")

        clip = work / "clip.mp4"
        make_clip(clip, 60)
        sniffed = sniff_file(clip)
        remux_limits = Limits(video_max_side=1920)
        transcode, remux = Timing(), Timing()
        transcode.run(lambda: process_video(clip, work / "transcode", sniffed, limits))
        for _ in range(3):
            remux.run(lambda: process_video(clip, work / "remux", sniffed, remux_limits))
        print("3. 1 min 1080p H.264/AAC: remux (streams copied) vs transcode to 720p")
        print(f"   remux {remux.median_wall:6.2f} s   transcode {transcode.median_wall:6.2f} s   "
              f"remux is {transcode.median_wall / remux.median_wall:.1f}x faster (goal >= 10x)")  # fmt: skip


if __name__ == "__main__":
    main()
