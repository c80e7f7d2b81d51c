"""`carnet export` and `carnet import` from the console."""

from __future__ import annotations

import json
import zipfile


def test_export_a_stage_as_timeline_from_the_console(runner, journal, tmp_path):
    out = tmp_path / "frise.json"
    stage = journal.stages["Idéation"]
    result = runner.invoke(
        args=[
            "export",
            "--logbook",
            "atelier",
            "--format",
            "timelinejs",
            "--stage",
            str(stage),
            "-o",
            str(out),
        ]
    )
    assert result.exit_code == 0, result.output
    headlines = [event["text"]["headline"] for event in json.loads(out.read_text())["events"]]
    assert headlines == ["Schéma du self", "Capsule sonore", "Le service de midi"]


def test_export_pinned_entries_of_a_date_range_as_pdf(runner, journal, tmp_path):
    out = tmp_path / "story.pdf"
    result = runner.invoke(
        args=[
            "export",
            "--logbook",
            "atelier",
            "--format",
            "pdf",
            "--scope",
            "pinned",
            "--from",
            "2024-01-01",
            "--to",
            "2024-01-31",
            "-o",
            str(out),
        ]
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")


def test_export_the_archive_and_import_it_back(runner, journal, tmp_path):
    out = tmp_path / "atelier.zip"
    result = runner.invoke(args=["export", "--logbook", "atelier", "--format", "archive", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "manifest.json" in zipfile.ZipFile(out).namelist()
    result = runner.invoke(
        args=["import", str(out), "--slug", "atelier-bis", "--owner", "editor@example.org"]
    )
    assert result.exit_code == 0, result.output
    assert "atelier-bis" in result.output


def test_console_errors_say_what_is_wrong(runner, journal, tmp_path):
    result = runner.invoke(
        args=["export", "--logbook", "atelier", "--format", "docx", "-o", str(tmp_path / "x")]
    )
    assert result.exit_code != 0 and "Unknown export format" in result.output
    (tmp_path / "foreign.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    result = runner.invoke(args=["import", str(tmp_path / "foreign.zip")])
    assert result.exit_code != 0 and "archive_invalid" in result.output
    assert not list(tmp_path.glob(".carnet-export-*"))
