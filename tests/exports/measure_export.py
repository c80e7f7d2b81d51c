"""Render time and peak memory of each export format on a large story.

Not a test: run it by hand, from the project root::

    .venv/bin/python tests/exports/measure_export.py            # 1,000 entries, 500 photos
    .venv/bin/python tests/exports/measure_export.py --entries 200 --photos 100

Media are generated once in a temporary folder; each format is then rendered in
its own process so that its peak RSS (``resource.getrusage``) is its own.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from logbook.export.story import (  # noqa: E402
    DirectoryMediaReader,
    Story,
    StoryEntry,
    StoryMedia,
    StoryObject,
    StoryStage,
    with_counts,
)
from tests.exports.stories import draw_scene, encode  # noqa: E402

FORMATS = ("pdf", "pptx", "html", "site", "markdown", "timelinejs")
STAGES = 10
KINDS = ("note", "testimony", "link", "audio")
BODY = (
    "Une journée d'ateliers à la salle des fêtes. **Les habitants** ont proposé des bancs, "
    "de l'ombre et un espace de jeux.\n\n- priorité à la sécurité\n- ouvrir le samedi"
)


def make_media(root: Path, photos: int) -> None:
    """Write ``photos`` display/thumb JPEG pairs and one peaks document."""
    for index in range(photos):
        picture = draw_scene(960, 640, index)
        folder = root / "derived" / str(index + 1)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "display-jpeg.jpg").write_bytes(encode(picture, "JPEG", quality=75))
        picture.thumbnail((320, 320))
        (folder / "thumb-jpeg.jpg").write_bytes(encode(picture, "JPEG", quality=70))
    data = []
    for i in range(600):
        level = int(127 * abs(math.sin(i / 11)) * (0.3 + 0.7 * abs(math.sin(i / 53))))
        data += [-level, level]
    (root / "derived" / "peaks.json").write_text(json.dumps({"version": 2, "bits": 8, "data": data}))


def build_large_story(root: Path, entries: int, photos: int) -> Story:
    start = datetime(2024, 1, 8, 9, 0, tzinfo=UTC)
    per_stage = math.ceil(entries / STAGES)
    photo_every = max(entries // max(photos, 1), 1)
    stages = []
    made_photos = 0
    peaks = StoryObject(key="derived/peaks.json", mime="application/json")
    for s in range(STAGES):
        stage_entries = []
        for n in range(per_stage):
            index = s * per_stage + n
            if index >= entries:
                break
            when = start + timedelta(hours=13 * index)
            media: tuple[StoryMedia, ...] = ()
            if index % photo_every == 0 and made_photos < photos:
                made_photos += 1
                key = f"derived/{made_photos}"
                media = (
                    StoryMedia(
                        id=made_photos,
                        kind="image",
                        mime="image/jpeg",
                        caption=f"Photo n° {made_photos} : la place, côté église.",
                        alt_text="Une rue du centre-bourg",
                        width=960,
                        height=640,
                        derivatives={
                            "display-jpeg": StoryObject(f"{key}/display-jpeg.jpg", "image/jpeg", 0, 960, 640),
                            "thumb-jpeg": StoryObject(f"{key}/thumb-jpeg.jpg", "image/jpeg", 0, 320, 213),
                        },
                    ),
                )
                kind = "photo"
            else:
                kind = KINDS[index % len(KINDS)]
                if kind == "audio":
                    media = (
                        StoryMedia(
                            id=100_000 + index,
                            kind="audio",
                            mime="audio/mp4",
                            caption="Capsule enregistrée au marché.",
                            duration=95.0,
                            derivatives={"peaks": peaks},
                        ),
                    )
            stage_entries.append(
                StoryEntry(
                    id=index + 1,
                    kind=kind,
                    title=f"Contribution n° {index + 1} : écoute, échanges et décisions",
                    body_markdown=BODY,
                    occurred_at=when,
                    author_name=("Amélie Durand", "Léo Martin", "Chloé Nguyễn")[index % 3],
                    tags=("atelier", "place"),
                    pinned=index % 10 == 0,
                    speaker_name="Josiane Lefèvre" if kind == "testimony" else None,
                    speaker_role="commerçante" if kind == "testimony" else None,
                    consent=index % 8 != 1,
                    link_url="https://www.exemple.fr/compte-rendu" if kind == "link" else None,
                    url=f"/carnets/grand/entrees/{index + 1}",
                    media=media,
                )
            )
        first = date(2024, 1, 8) + timedelta(days=40 * s)
        stages.append(
            StoryStage(
                id=s + 1,
                title=f"Escale {s + 1} : étape du projet",
                summary="Ce que l'équipe a appris, fait et décidé pendant cette étape.",
                starts_on=first,
                ends_on=first + timedelta(days=39),
                reached=True,
                entries=tuple(stage_entries),
            )
        )
    story = Story(
        slug="grand",
        name="Un grand carnet de bord",
        nickname="Mesure",
        description="Un carnet fabriqué pour mesurer les exports.",
        stages=tuple(stages),
        next_stop=StoryStage(id=99, title="La suite", summary="Continuer."),
        base_url="https://carnet.exemple.gouv.fr",
        media_reader=DirectoryMediaReader(root),
    )
    return with_counts(story)


def render(fmt: str, story: Story, out_path: Path) -> None:
    from logbook.export.html import render_html, render_site
    from logbook.export.markdown import render_markdown
    from logbook.export.pdf import render_pdf
    from logbook.export.pptx import render_pptx
    from logbook.export.timelinejs import render_timelinejs

    renderer = {
        "pdf": render_pdf,
        "pptx": render_pptx,
        "html": render_html,
        "site": render_site,
        "markdown": render_markdown,
        "timelinejs": render_timelinejs,
    }[fmt]
    with out_path.open("wb") as out:
        renderer(story, out)


def child(fmt: str, media: Path, entries: int, photos: int) -> None:
    story = build_large_story(media, entries, photos)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out_path = media.parent / f"story.{fmt}"
    started = time.perf_counter()
    render(fmt, story, out_path)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "format": fmt,
                "seconds": round(seconds, 2),
                "peak_rss_mb": round(peak / 1024, 1),
                "rss_before_mb": round(before / 1024, 1),
                "output_mb": round(out_path.stat().st_size / 1024 / 1024, 2),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--child", choices=FORMATS)
    parser.add_argument("--media", type=Path)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.media, args.entries, args.photos)
        return
    with tempfile.TemporaryDirectory() as folder:
        media = Path(folder) / "media"
        started = time.perf_counter()
        make_media(media, args.photos)
        print(f"{args.photos} photos generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        print(f"{'format':<12}{'seconds':>9}{'peak RSS MB':>13}{'before MB':>11}{'output MB':>11}")
        for fmt in args.formats.split(","):
            result = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    fmt,
                    "--media",
                    str(media),
                    "--entries",
                    str(args.entries),
                    "--photos",
                    str(args.photos),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            row = json.loads(result.stdout.strip().splitlines()[-1])
            print(
                f"{row['format']:<12}{row['seconds']:>9}{row['peak_rss_mb']:>13}"
                f"{row['rss_before_mb']:>11}{row['output_mb']:>11}",
                flush=True,
            )


if __name__ == "__main__":
    main()
