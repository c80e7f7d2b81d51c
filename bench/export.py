"""Exports of a big logbook: wall time and peak memory of every format, each in its own process.

Run from the project root: ``.venv/bin/python bench/export.py`` (first run: a few minutes to
make the logbook; ``--dir`` keeps it for the next runs).

The logbook: 1,000 entries over 10 stages, 500 photos (960x640 JPEG, each drawn
differently), 50 audio capsules (5 s), 20 videos (3 s, 320x240), the rest notes,
testimonies and links with Markdown bodies; 100 entries pinned; 5 expected effects with
40 pieces of evidence each, a review per reached stage, 30 stakeholders. Rows are inserted
directly (no HTTP), originals are written to storage, and every media goes through
the real processing path (``services.processing.process_media``: the same
derivatives as production). SQLite and file storage, in a folder of its own.

Then each format is made in a fresh subprocess (``build_story`` + renderer, or
``write_archive``), so each peak RSS is its own; the archive is also imported
into an empty instance. Goals: archive and web page < 30 s, PDF < 90 s,
PPTX < 60 s, peak RSS < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FORMATS = ("archive", "html", "site", "markdown", "timelinejs", "pptx", "pdf")
GOALS = {"archive": 30, "html": 30, "site": 30, "pptx": 60, "pdf": 90}
RSS_GOAL_MB = 500
STAGE_NAMES = ("Immersion", "Enquête", "Idéation", "Prototype", "Test")
BODY = (
    "On a observé le service, pesé les restes et parlé avec l'équipe.\n\n"
    "- ce qui marche : *les enfants choisissent*\n- ce qui coince : le bruit\n"
)


def _app(folder: Path):
    from logbook import create_app

    return create_app(
        {
            "CARNET_INSTANCE_DIR": str(folder / "instance"),
            "CARNET_DATABASE_URL": f"sqlite:///{folder / 'instance' / 'carnet.db'}",
            "CARNET_STORAGE_URL": f"file://{folder / 'instance' / 'media'}",
            # Jobs (indexing) are queued and left: the bench measures exports.
            "CARNET_WORKER": "none",
            "CARNET_SECRET_KEY": "bench",
            "CARNET_LOG_LEVEL": "warning",
        }
    )


# --- the logbook ---------------------------------------------------------------------------


def make_media(folder: Path, photos: int, audio: int, video: int) -> dict[str, list[Path]]:
    from PIL import Image, ImageDraw

    rng = random.Random(7)
    made: dict[str, list[Path]] = {"photo": [], "audio": [], "video": []}
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(photos):
        path = folder / f"photo-{index:04d}.jpg"
        image = Image.new("RGB", (960, 640), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        draw = ImageDraw.Draw(image)
        for _ in range(12):
            x, y = rng.randrange(900), rng.randrange(600)
            colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
            draw.ellipse((x, y, x + rng.randrange(20, 300), y + rng.randrange(20, 300)), fill=colour)
        draw.text((20, 20), f"Photo {index}", fill=(255, 255, 255))
        image.save(path, "JPEG", quality=82)
        made["photo"].append(path)
    for index in range(audio):
        path = folder / f"capsule-{index:03d}.m4a"
        _ffmpeg("-f", "lavfi", "-i", f"sine=frequency={220 + index * 7}:duration=5", "-c:a", "aac", str(path))
        made["audio"].append(path)
    for index in range(video):
        path = folder / f"video-{index:03d}.mp4"
        _ffmpeg(
            "-f", "lavfi", "-i", f"testsrc=size=320x240:rate=15:duration=3,hue=h={index * 17}",
            "-f", "lavfi", "-i", "sine=duration=3", "-c:v", "libx264", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest", "-movflags", "+faststart", str(path),
        )  # fmt: skip
        made["video"].append(path)
    return made


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", *args], check=True)


def build_logbook(folder: Path, entries: int, photos: int, audio: int, video: int) -> None:
    import hashlib

    from logbook.db import db, upgrade_schema
    from logbook.models import Entry, EntryTag, Logbook, Media, Membership, Role, Stage, User
    from logbook.services.processing import process_media
    from logbook.storage import get_storage
    from media.sniff import sniff_file

    files = make_media(folder / "sources", photos, audio, video)
    app = _app(folder)
    with app.app_context():
        upgrade_schema()
        storage = get_storage()
        user = User(email="bench@example.org", display_name="Camille Bench")
        logbook = Logbook(slug="bench", name="Cantines du territoire", nickname="Fil d'Ariane")
        db.session.add_all([user, logbook])
        db.session.flush()
        db.session.add(Membership(logbook_id=logbook.id, user_id=user.id, role=Role.OWNER.value))
        start = date(2024, 1, 8)
        stages = [
            Stage(
                logbook_id=logbook.id,
                position=index,
                title=f"Escale {index + 1} : {STAGE_NAMES[index % len(STAGE_NAMES)]}",
                summary="Ce que nous avons appris à cette étape, en quelques lignes. " * 3,
                starts_on=start + timedelta(weeks=5 * index),
                reached=index < 7,
            )
            for index in range(10)
        ]
        db.session.add_all(stages)
        db.session.flush()
        kinds = ["photo"] * photos + ["audio"] * audio + ["video"] * video
        rest = entries - len(kinds)
        kinds += [("note", "testimony", "link")[index % 3] for index in range(rest)]
        random.Random(3).shuffle(kinds)
        sources = {kind: iter(paths) for kind, paths in files.items()}
        media_ids: list[int] = []
        first = datetime(2024, 1, 8, 9, tzinfo=UTC)
        for index, kind in enumerate(kinds):
            stage = stages[index * len(stages) // len(kinds)]
            entry = Entry(
                logbook_id=logbook.id,
                stage_id=stage.id,
                author_id=user.id,
                author_name=user.display_name,
                kind=kind,
                title=f"{kind.title()} n°{index + 1} — la cantine de l'école Jean-Moulin",
                body=f"Entrée **{index + 1}**. {BODY}",
                occurred_at=first + timedelta(hours=8 * index),
                pinned=index % 10 == 0,
                speaker_name="Mme Diallo" if kind == "testimony" else None,
                speaker_role="cheffe de cuisine" if kind == "testimony" else None,
                consent=kind == "testimony",
                link_url="https://example.org/rapport" if kind == "link" else None,
            )
            entry.tag_rows = [EntryTag(name="cantine"), EntryTag(name=f"escale-{stage.position + 1}")]
            if kind in files:
                path = next(sources[kind])
                sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
                facts = sniff_file(str(path))
                storage.put_file(f"originals/{sha256}", str(path), content_type=facts.mime)
                entry.media = [
                    Media(
                        sha256=sha256,
                        size=path.stat().st_size,
                        mime=facts.mime,
                        kind=facts.kind,
                        original_name=path.name,
                        caption=f"Légende {index + 1}",
                        alt_text="Une scène de cantine",
                    )
                ]
            db.session.add(entry)
            db.session.flush()
            media_ids.extend(m.id for m in entry.media)
        db.session.commit()
        add_evaluation(logbook, stages)
        started = time.perf_counter()
        for number, media_id in enumerate(media_ids, 1):
            process_media(media_id)
            if number % 50 == 0:
                print(f"  processed {number}/{len(media_ids)} media", file=sys.stderr)
        print(f"  processing took {time.perf_counter() - started:.0f} s", file=sys.stderr)
        db.session.remove()
        db.engine.dispose()


def add_evaluation(logbook, stages) -> None:
    """What the exports' "what we learnt" and "who took part" chapters show: 5 expected
    effects with 40 pieces of evidence each, a review for each reached stage, and 30
    stakeholders (a third not named) each speaking about 10 testimonies."""
    from sqlalchemy import select

    from logbook.db import db
    from logbook.models import Entry, EntryStakeholder, Evidence, ExpectedEffect, StageReview, Stakeholder

    entry_ids = list(
        db.session.scalars(select(Entry.id).where(Entry.logbook_id == logbook.id).order_by(Entry.id))
    )
    testimonies = list(
        db.session.scalars(
            select(Entry.id)
            .where(Entry.logbook_id == logbook.id, Entry.kind == "testimony")
            .order_by(Entry.id)
        )
    )
    stances = ("confirms", "nuances", "contradicts")
    for number in range(5):
        effect = ExpectedEffect(
            logbook_id=logbook.id,
            position=number,
            title=f"Effet attendu n°{number + 1} : moins de gaspillage, plus de produits locaux",
            question="Les cantines servent-elles davantage de produits de la vallée, et jettent-elles moins ?",
            indicator="part de produits locaux dans les repas",
            target="50 %",
        )
        db.session.add(effect)
        db.session.flush()
        for index in range(40):
            db.session.add(
                Evidence(
                    effect_id=effect.id,
                    entry_id=entry_ids[(number * 197 + index * 23) % len(entry_ids)],
                    stance=stances[index % 3],
                    comment="Ce que cette entrée montre, en une phrase.",
                )
            )
    for stage in stages:
        if stage.reached:
            db.session.add(
                StageReview(
                    stage_id=stage.id,
                    done="Trois semaines dans les cantines, douze rencontres. " * 3,
                    learnt="Le frein n'est pas le prix mais la préparation des légumes. " * 3,
                    next_changes="Des ateliers avec les équipes de cuisine. " * 3,
                )
            )
    for number in range(30):
        person = Stakeholder(
            logbook_id=logbook.id,
            name=f"Personne {number + 1}",
            organisation="Commune de la vallée",
            kind=("agent", "habitant", "elu", "association", "entreprise")[number % 5],
            role="partenaire du projet",
            consent_to_name=number % 3 != 0,
        )
        db.session.add(person)
        db.session.flush()
        for index in range(number, len(testimonies), 30):
            db.session.add(
                EntryStakeholder(entry_id=testimonies[index], stakeholder_id=person.id, as_speaker=True)
            )
    db.session.commit()


# --- one measurement per process -------------------------------------------------------------


def render_one(folder: Path, fmt: str) -> dict:
    """Runs in the child process: make one export of the bench logbook, measure it."""
    from sqlalchemy import select

    from logbook.db import db
    from logbook.export.formats import export_format
    from logbook.models import Logbook
    from logbook.services.archive import write_archive
    from logbook.services.exports import Operator
    from logbook.services.story import build_story
    from logbook.services.story_scope import Scope
    from logbook.storage import get_storage

    app = _app(folder)
    with app.app_context():
        logbook = db.session.scalar(select(Logbook).where(Logbook.slug == "bench"))
        baseline = _rss_mb()
        started = time.perf_counter()
        out_path = folder / f"out.{fmt}"
        with open(out_path, "wb") as out:
            if fmt == "archive":
                write_archive(logbook, out, get_storage())
            else:
                story = build_story(
                    logbook,
                    Scope(),
                    viewer=Operator(),
                    storage=get_storage(),
                    base_url="https://carnet.example",
                )
                export_format(fmt).render(story, out, None)
        seconds = time.perf_counter() - started
        return {
            "format": fmt,
            "seconds": seconds,
            "baseline_mb": baseline,
            "peak_mb": _peak_mb(),
            "size_mb": out_path.stat().st_size / 1024**2,
        }


def import_one(folder: Path) -> dict:
    """Runs in the child process: import the archive into an empty instance."""
    from logbook.db import db, upgrade_schema
    from logbook.services.archive import import_archive
    from logbook.storage import get_storage

    target = Path(tempfile.mkdtemp(prefix="import-", dir=folder))
    app = _app(target)
    with app.app_context():
        upgrade_schema()
        baseline = _rss_mb()
        started = time.perf_counter()
        import_archive(str(folder / "out.archive"), get_storage(), owner=None)
        seconds = time.perf_counter() - started
        db.session.remove()
    subprocess.run(["rm", "-rf", str(target)], check=True)
    return {
        "format": "import archive",
        "seconds": seconds,
        "baseline_mb": baseline,
        "peak_mb": _peak_mb(),
        "size_mb": 0,
    }


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dir", type=Path, default=None, help="Keep the logbook here (made if missing).")
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--audio", type=int, default=50)
    parser.add_argument("--video", type=int, default=20)
    parser.add_argument("--formats", default=",".join(FORMATS), help="Comma-separated, in this order.")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        result = import_one(args.dir) if args.child == "import" else render_one(args.dir, args.child)
        print(json.dumps(result))
        return

    folder = args.dir or Path(tempfile.mkdtemp(prefix="carnet-bench-export-"))
    if not (folder / "instance" / "carnet.db").exists():
        print(f"Making the logbook in {folder} …", file=sys.stderr)
        started = time.perf_counter()
        build_logbook(folder, args.entries, args.photos, args.audio, args.video)
        print(f"  made in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    rows = []
    formats = [f for f in args.formats.split(",") if f]
    if "archive" in formats:
        formats.append("import")
    for fmt in formats:
        child = subprocess.run(
            [sys.executable, __file__, "--dir", str(folder), "--child", fmt],
            check=True,
            capture_output=True,
            text=True,
        )
        row = json.loads(child.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(f"  {row['format']}: {row['seconds']:.1f} s, peak {row['peak_mb']:.0f} MB", file=sys.stderr)
    print(
        f"\n{args.entries} entries, {args.photos} photos, {args.audio} audio, {args.video} video ({folder})"
    )
    print(f"{'format':<16}{'seconds':>9}{'goal':>7}{'peak RSS MB':>13}{'before MB':>11}{'output MB':>11}  ok")
    for row in rows:
        goal = GOALS.get(row["format"])
        ok = row["peak_mb"] < RSS_GOAL_MB and (goal is None or row["seconds"] < goal)
        print(
            f"{row['format']:<16}{row['seconds']:>9.1f}{goal or '':>7}{row['peak_mb']:>13.0f}"
            f"{row['baseline_mb']:>11.0f}{row['size_mb']:>11.1f}  {'yes' if ok else 'NO'}"
        )


if __name__ == "__main__":
    main()
