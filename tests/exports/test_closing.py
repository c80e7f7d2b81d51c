"""Without CARNET_PUBLIC_URL the closing page promises no address it does not give."""

from __future__ import annotations

import subprocess

from tests.exports.conftest import SLUG


def test_a_console_export_without_an_address_says_the_entries_are_in_carnet(runner, journal, tmp_path):
    out = tmp_path / "story.pdf"
    result = runner.invoke(args=["export", "--logbook", SLUG, "--format", "pdf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    closing = " ".join(text.split("\f")[-2].split())
    assert "reste à lire dans Carnet." in closing
    assert "en ligne" not in closing and "adresse" not in closing and "http" not in closing


def test_a_queued_export_gives_the_address_it_was_asked_from(client, world, journal):
    from tests.exports.test_api import download, make

    export = make(client, world.reader.headers, "html")
    page = download(client, export, world.reader.headers)[0].decode("utf-8")
    closing = page.split('id="closing"', 1)[1]
    assert "reste à lire dans Carnet, à cette adresse" in closing and "http://localhost" in closing
    assert "en ligne" not in closing
