"""CARNET_PUBLIC_URL: every audio and video of every format links to the instance's public
address, from the console and from the worker alike; without it, no export promises an
address it does not give."""

from __future__ import annotations

import io
import json
import subprocess

import pytest
from pptx import Presentation

from tests.exports.conftest import SLUG

PUBLIC = "https://carnet.exemple.gouv.fr"


@pytest.fixture
def app_config(app_config):
    return {**app_config, "CARNET_PUBLIC_URL": PUBLIC + "/"}


def playable_links(journal) -> list[str]:
    return [f"{PUBLIC}/carnets/{SLUG}/entrees/{journal.entries[name]}" for name in ("audio", "video")]


def console_export(runner, tmp_path, fmt: str) -> bytes:
    out = tmp_path / f"story.{fmt}"
    result = runner.invoke(args=["export", "--logbook", SLUG, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def test_console_exports_link_every_audio_and_video_to_the_public_address(runner, journal, tmp_path):
    links = playable_links(journal)
    (tmp_path / "story.pdf").write_bytes(console_export(runner, tmp_path, "pdf"))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(tmp_path / "story.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for link in links:
        assert link in text.replace("\n", "")
    closing = text.split("\f")[-2]
    assert "en ligne" in closing and PUBLIC in closing

    deck = Presentation(io.BytesIO(console_export(runner, tmp_path, "pptx")))
    for link in links:
        slide = next(
            s for s in deck.slides if any(sh.has_text_frame and link in sh.text_frame.text for sh in s.shapes)
        )
        assert sum(shape.shape_type == 13 for shape in slide.shapes) >= 2  # still or waveform, QR code

    page = console_export(runner, tmp_path, "html").decode("utf-8")
    for link in links:
        assert f'href="{link}"' in page
    assert page.count('class="qr"') >= 2

    timeline = json.loads(console_export(runner, tmp_path, "timelinejs"))
    for name in ("audio", "video"):
        event = next(e for e in timeline["events"] if e["unique_id"] == f"entry-{journal.entries[name]}")
        assert f'href="{PUBLIC}/carnets/{SLUG}/entrees/{journal.entries[name]}"' in event["text"]["text"]
        assert event["media"]["url"].startswith(f"{PUBLIC}/media/")


def test_queued_exports_use_the_public_address_not_the_requests(client, world, journal):
    from tests.exports.test_api import download, make

    export = make(client, world.reader.headers, "html")
    page = download(client, export, world.reader.headers)[0].decode("utf-8")
    for link in playable_links(journal):
        assert f'href="{link}"' in page
    assert "http://localhost/" not in page
