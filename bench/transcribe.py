"""Transcription of real French speech: real-time factor, peak memory and word error rate,
against the bare faster-whisper call on the same audio in the same run.

Run from the project root: ``.venv/bin/python bench/transcribe.py`` (needs the
``transcribe`` extra and Debian's asterisk-core-sounds-fr-g722 and -wav, as ``make test``
installs; ``--band narrow`` measures the 8 kHz telephone recordings of the same prompts).

Clips of 10, 30 and 60 s are made from the Canadian French Asterisk prompts (a real
speaker, with their text), in prompt order, and encoded as the AAC/M4A that the web
derivative of an audio media is. Each measure runs in a fresh process, so its peak RSS
is its own:

- ``carnet``: what the ``transcribe_media`` job does with the audio: the bundled model
  reassembled and checked by digest, then the file read window by window (about 120 s
  each, ending in a pause, one ffmpeg run each) and transcribed with Carnet's decoding
  options;
- ``bare``: ``WhisperModel(...).transcribe(path)`` on the whole file with the same options
  (int8, one thread, the same beam as Carnet's, 5 unless `--beam` says otherwise, temperature 0, VAD).

Before the clips, the bench times the model's encoder alone on one 30 s window (what
Whisper reads at a time, padded with silence when the audio is shorter): every window
costs it whatever its length, so it is the floor of any clip's time, and on a short
clip most of it (``floor`` below: its real-time factor on a 10 s clip).

Model loading is timed apart: the worker loads the model once per process. Besides the
wall-clock time, the CPU time of the transcription is given (the process's and that of
the ffmpeg and ffprobe it ran): on a machine shared with other work it is the steadier
measure of what each way costs. ``--show`` prints, for each clip, the words each way got
wrong against the reference. ``--all`` adds one clip of every usable prompt (about
11 min of the same speaker): one clip's rate depends on the words it happens to hold,
the whole set's is the model's on this voice.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# 180 s: two windows, so the joint between windows is measured too.
LENGTHS = (10, 30, 60, 180)


def measure(mode: str, audio: str, model_dir: str, threads: int, beam: int) -> dict:
    """In a child process: transcribe ``audio`` one way; returns times, RSS and text."""
    from media.speech import SpeechModel
    from media.speech_bundle import verify

    started = time.perf_counter()
    if mode == "carnet":
        verify(Path(model_dir))
        model = SpeechModel(model_dir, threads=threads, beam=beam)
    else:
        import os

        os.environ["HF_HUB_OFFLINE"] = "1"
        from faster_whisper import WhisperModel

        model = WhisperModel(model_dir, device="cpu", compute_type="int8", cpu_threads=threads, num_workers=1)
    loaded = time.perf_counter()
    cpu_loaded = _cpu_seconds()
    duration = float(
        subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", audio],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    if mode == "carnet":
        offset, texts = 0.0, []
        while offset < duration - 0.05:
            window = model.transcribe_window(audio, offset, duration, "fr")
            texts += [segment.text for segment in window.segments]
            offset = window.next_offset
        text = " ".join(texts)
    else:
        segments, _info = model.transcribe(
            audio,
            language="fr",
            beam_size=beam,
            temperature=0.0,
            condition_on_previous_text=False,
            vad_filter=True,
        )
        text = " ".join(segment.text.strip() for segment in segments)
    done = time.perf_counter()
    return {
        "load_s": loaded - started,
        "transcribe_s": done - loaded,
        "cpu_s": _cpu_seconds() - cpu_loaded,
        "duration_s": duration,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "text": text,
    }


def encoder_floor(model_dir: str, threads: int) -> float:
    """In a child process: the median time of the bare model's encoder on one 30 s window."""
    import ctranslate2
    import numpy as np

    model = ctranslate2.models.Whisper(model_dir, device="cpu", compute_type="int8", intra_threads=threads)
    features = ctranslate2.StorageView.from_array(np.zeros((1, 80, 3000), dtype=np.float32))
    model.encode(features)  # the first run allocates
    times = []
    for _ in range(3):
        started = time.perf_counter()
        model.encode(features)
        times.append(time.perf_counter() - started)
    return sorted(times)[1]


def _cpu_seconds() -> float:
    """CPU time of this process and of the children it waited for (ffmpeg, ffprobe)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _cpu_name() -> str:
    """The processor's model and its vector extensions that matter to int8 inference."""
    try:
        info = Path("/proc/cpuinfo").read_text()
    except OSError:
        return "an unknown processor"
    name = next(
        (line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("model name")), "?"
    )
    flags = next(
        (line.split(":", 1)[1].split() for line in info.splitlines() if line.startswith("flags")), []
    )
    extensions = [
        flag for flag in ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_int8") if flag in flags
    ]
    return f"{name} ({', '.join(extensions) or 'no AVX2'})"


def _median_run(runs: list[dict]) -> dict:
    """The measures of several runs one way: the median of each time, the highest RSS."""
    middle = len(runs) // 2
    result = dict(runs[0])
    for key in ("load_s", "transcribe_s", "cpu_s"):
        result[key] = sorted(run[key] for run in runs)[middle]
    result["peak_rss_mb"] = max(run["peak_rss_mb"] for run in runs)
    return result


def _child(mode: str, audio: Path, model_dir: Path, threads: int, beam: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(audio), str(model_dir), str(threads), str(beam)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--show", action="store_true", help="print the words got wrong")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs of each way, in alternating order (medians shown)"
    )
    parser.add_argument(
        "--band",
        choices=("wide", "narrow"),
        default="wide",
        help="the prompts' 16 kHz wideband recordings (default: the closer stand-in for a phone's "
        "memo) or their 8 kHz telephone ones",
    )
    parser.add_argument("--beam", type=int, default=5, help="beam search width, both ways (1: greedy)")
    parser.add_argument(
        "--all", action="store_true", help="also every usable prompt in one clip (about 11 min)"
    )
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ["CARNET_SPEECH_BAND"] = args.band
    if args.child:
        mode, audio, model_dir, threads, beam = args.child
        if mode == "floor":
            print(json.dumps({"encode_s": encoder_floor(model_dir, int(threads))}))
        else:
            print(json.dumps(measure(mode, audio, model_dir, int(threads), int(beam))))
        return

    from media.speech_bundle import install
    from tests.transcripts.clips import (
        build_clip,
        clip_of_length,
        encode,
        usable_prompts,
        word_error_rate,
        word_errors,
    )

    folder = Path(tempfile.mkdtemp(prefix="carnet-bench-transcribe-"))
    model_dir = install(folder / "whisper-base")
    print(f"speech: the Asterisk prompts' {args.band}band recordings; beam {args.beam}")
    floor = _child("floor", folder, model_dir, args.threads, args.beam)["encode_s"]
    print(
        f"floor: the encoder alone on one 30 s window {floor:.2f} s "
        f"(RTF {floor / 10:.3f} on a 10 s clip, {floor / 30:.3f} on 30 s), on {_cpu_name()}"
    )
    print(
        f"{'clip':>5} {'mode':>7} {'load s':>7} {'run s':>6} {'cpu s':>6} {'RTF':>6} "
        f"{'peak RSS MB':>11} {'WER':>6}"
    )
    clips = [
        (f"{length}s", lambda length=length: clip_of_length(length, folder / f"clip-{length}.wav"))
        for length in LENGTHS
    ]
    if args.all:
        clips.append(("all", lambda: build_clip(usable_prompts(), folder / "clip-all.wav")))
    for label, make in clips:
        clip = make()
        audio = encode(clip.path, folder / f"clip-{label}.m4a", "-c:a", "aac", "-b:a", "96k")
        runs: dict[str, list[dict]] = {"carnet": [], "bare": []}
        for turn in range(args.repeat):
            for mode in ("carnet", "bare") if turn % 2 == 0 else ("bare", "carnet"):
                runs[mode].append(_child(mode, audio, model_dir, args.threads, args.beam))
        results = {mode: _median_run(found) for mode, found in runs.items()}
        for mode, result in results.items():
            rtf = result["transcribe_s"] / result["duration_s"]
            wer = word_error_rate(clip.text, result["text"])
            print(
                f"{label:>5} {mode:>7} {result['load_s']:>7.2f} {result['transcribe_s']:>6.2f} "
                f"{result['cpu_s']:>6.2f} {rtf:>6.3f} {result['peak_rss_mb']:>11.0f} {wer:>6.1%}"
            )
            if args.show:
                wrong = word_errors(clip.text, result["text"])
                print(" " * 14 + "; ".join(f"{said or '-'} → {heard or '-'}" for said, heard in wrong))
        ratio = results["carnet"]["transcribe_s"] / results["bare"]["transcribe_s"]
        cpu_ratio = results["carnet"]["cpu_s"] / results["bare"]["cpu_s"]
        line = f"{label:>5}  carnet/bare time ratio {ratio:.2f}, CPU time ratio {cpu_ratio:.2f}"
        if args.repeat > 1:
            pairs = list(zip(runs["carnet"], runs["bare"], strict=True))
            wall = sorted(c["transcribe_s"] / b["transcribe_s"] for c, b in pairs)
            cpu = sorted(c["cpu_s"] / b["cpu_s"] for c, b in pairs)
            line += f" (of medians; per run {wall[0]:.2f}–{wall[-1]:.2f} and {cpu[0]:.2f}–{cpu[-1]:.2f})"
        print(line)


if __name__ == "__main__":
    main()
