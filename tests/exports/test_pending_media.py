"""Media still being processed: an export waits for them (a bounded time), then lists
those it could not hold instead of leaving them out silently."""

from __future__ import annotations

import io
import subprocess
from datetime import timedelta

from pptx import Presentation

from logbook.db import db, utcnow
from logbook.models import Media
from tests.exports.conftest import SLUG

NOTICE = "1 média encore en traitement ne figure pas dans cet export."


def hold_in_processing(journal, name: str) -> None:
    media = db.session.query(Media).filter_by(entry_id=journal.entries[name]).one()
    media.state = "processing"
    db.session.commit()


def test_queued_export_lists_media_still_processing(client, world, journal):
    from tests.exports.test_api import download, make

    hold_in_processing(journal, "audio")
    export = make(client, world.reader.headers, "html")
    page = download(client, export, world.reader.headers)[0].decode("utf-8")
    notice = page.split('class="pending-media"', 1)[1].split("</aside>", 1)[0]
    assert NOTICE in notice and "Capsule sonore" in notice

    deck = Presentation(
        io.BytesIO(download(client, make(client, world.reader.headers, "pptx"), world.reader.headers)[0])
    )
    assert any(slide.shapes.title.text == NOTICE for slide in deck.slides)


def test_console_export_lists_media_still_processing_after_waiting(runner, journal, tmp_path):
    hold_in_processing(journal, "video")
    out = tmp_path / "story.pdf"
    result = runner.invoke(
        args=["export", "--logbook", SLUG, "--format", "pdf", "--wait", "0", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "1 media still being processed" in result.output
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert NOTICE in " ".join(text.split()) and "Le service de midi" in text


def test_an_export_waits_a_bounded_time_for_media(app, world, journal):
    from logbook.services.exports import request_export, should_wait

    export = request_export(world.logbook, world.owner.user, "pdf")  # no queue: stays queued
    assert export.state == "queued"
    now = utcnow()
    assert should_wait(export, 1, now=now)
    assert not should_wait(export, 0, now=now)
    assert not should_wait(
        export, 1, now=now + timedelta(seconds=app.config["CARNET_EXPORT_WAIT_SECONDS"] + 1)
    )
    assert not should_wait(export, 1, now=now + timedelta(minutes=30))
