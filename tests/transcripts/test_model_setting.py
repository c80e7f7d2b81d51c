"""Transcription is off without a model, says so, and a broken model fails only the
transcripts, with a reason people can act on."""

from __future__ import annotations

import shutil

import pytest

from logbook.db import db
from logbook.models import Media, Transcript
from tests.transcripts.conftest import upload
from tests.web.conftest import sign_in


@pytest.fixture
def model_setting(request, model_dir, tmp_path) -> str:
    if request.param == "none":
        return ""
    broken = tmp_path / "broken-model"
    shutil.copytree(model_dir, broken)
    (broken / "model.bin").write_bytes(b"\x00not a model" * 1000)
    return str(broken)


@pytest.fixture
def app_config(app_config, model_setting):
    return {**app_config, "CARNET_TRANSCRIBE_MODEL": model_setting}


@pytest.mark.parametrize("model_setting", ["none"], indirect=True)
def test_without_a_model_no_job_no_promise_and_check_says_so(client, world, clips, runner):
    entry = upload(client, world.contributor, clips["m4a"], kind="audio")
    media = db.session.get(Media, entry["media"][0]["id"])
    assert media.state == "ready" and media.transcript == ""
    assert db.session.query(Transcript).count() == 0
    sign_in(client, "reader")
    text = client.get(f"/carnets/atelier/entrees/{entry['id']}").get_data(as_text=True)
    assert "Capsule sonore" in text
    assert "Transcription" not in text and "captions.vtt" not in text
    result = runner.invoke(args=["check"])
    assert "transcription: off" in result.output
    assert runner.invoke(args=["transcribe"]).exit_code != 0


@pytest.mark.parametrize("model_setting", ["broken"], indirect=True)
def test_a_corrupt_model_fails_the_transcript_with_a_reason_and_nothing_else(client, world, clips, runner):
    entry = upload(client, world.contributor, clips["m4a"], kind="audio")
    db.session.expire_all()
    media = db.session.get(Media, entry["media"][0]["id"])
    assert media.state == "ready" and media.derivative("web") is not None and media.error is None
    row = media.machine_transcript
    assert row.state == "failed" and "could not be loaded" in row.error
    note = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Toujours là"},
        headers=world.editor.headers,
    )
    assert note.status_code == 201
    result = runner.invoke(args=["check"])
    assert "transcription:" in result.output and "could not be loaded" in result.output
