"""Voice becomes text: real French speech in every format phones send is transcribed
offline, shown with its timed sentences, captioned, searched, edited by people and kept
from those who may not read it."""

from __future__ import annotations

import re
import subprocess

import pytest

from logbook.db import db
from logbook.models import Media, Transcript
from tests.transcripts.clips import word_error_rate
from tests.transcripts.conftest import upload
from tests.web.conftest import post_form, sign_in

SEARCH = "/api/v1/search"


def transcript_of(entry: dict) -> Transcript:
    db.session.expire_all()
    media = db.session.get(Media, entry["media"][0]["id"])
    return media.machine_transcript


def media_of(entry: dict) -> Media:
    db.session.expire_all()
    return db.session.get(Media, entry["media"][0]["id"])


@pytest.mark.parametrize("fmt", ["m4a", "webm", "3gp", "mp3"])
def test_french_capsule_in_every_phone_format_is_transcribed_accurately(client, world, clips, speech, fmt):
    entry = upload(client, world.contributor, clips[fmt], kind="audio")
    row = transcript_of(entry)
    assert row.state == "done", row.error
    assert row.language == "fr" and row.segments
    assert word_error_rate(speech.text, media_of(entry).transcript) < 0.20


@pytest.mark.parametrize("backend", ["sqlite-file", "postgres-s3"], indirect=True)
def test_speech_inside_a_video_is_transcribed_found_and_captioned_in_time(client, world, clips, speech):
    entry = upload(client, world.contributor, clips["video"], kind="video", title="Visite du chantier")
    media = media_of(entry)
    assert media.machine_transcript.state == "done"
    assert word_error_rate(speech.text, media.transcript) < 0.20
    # "participant" is said, never written: only the transcript can find the entry.
    found = client.get(SEARCH, query_string={"q": "participant"}, headers=world.reader.headers).get_json()
    assert [hit["id"] for hit in found["hits"]] == [entry["id"]]

    response = client.get(f"/media/{media.id}/captions.vtt", headers=world.reader.headers)
    assert response.status_code == 200 and response.mimetype == "text/vtt"
    cues = parse_vtt(response.get_data(as_text=True))
    assert len(cues) >= 3
    said = [(start, end) for start, end, _text in speech.parts]
    for start, end, text in cues:
        assert end > start
        if "participant" in text:
            assert abs(start - said[0][0]) <= 1.0 and abs(end - said[0][1]) <= 1.0
        if "boîte" in text:
            assert abs(start - said[1][0]) <= 1.0 and abs(end - said[1][1]) <= 1.0


def parse_vtt(document: str) -> list[tuple[float, float, str]]:
    """A strict reading of the WebVTT we serve: header, then cues of id, timing, text."""
    blocks = document.strip().split("\n\n")
    assert blocks[0] == "WEBVTT"
    cues = []
    timing = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")
    for block in blocks[1:]:
        lines = block.split("\n")
        assert lines[0].isdigit() and len(lines) == 3, block
        match = timing.match(lines[1])
        assert match, lines[1]
        h1, m1, s1, ms1, h2, m2, s2, ms2 = (int(g) for g in match.groups())
        cues.append((h1 * 3600 + m1 * 60 + s1 + ms1 / 1000, h2 * 3600 + m2 * 60 + s2 + ms2 / 1000, lines[2]))
    return cues


def test_entry_page_offers_timed_sentences_marked_automatique_until_confirmed(client, world, clips):
    entry = upload(client, world.contributor, clips["m4a"], kind="audio")
    sign_in(client, "editor")
    page = client.get(f"/carnets/atelier/entrees/{entry['id']}").get_data(as_text=True)
    assert 'class="cue"' in page and "data-start=" in page
    assert "automatique" in page and "transcript.js" in page
    assert f'src="/media/{entry["media"][0]["id"]}/captions.vtt"' in page
    confirm = f"/carnets/atelier/entrees/{entry['id']}/medias/{entry['media'][0]['id']}/transcription/garder"
    assert confirm in page
    response = post_form(client, confirm, {}, page=f"/carnets/atelier/entrees/{entry['id']}")
    assert response.status_code == 302
    assert transcript_of(entry).confirmed
    page = client.get(f"/carnets/atelier/entrees/{entry['id']}").get_data(as_text=True)
    assert "badge automatic" not in page and 'class="cue"' in page


def test_a_members_edit_is_kept_over_a_rerun_and_history_restores_the_machine_text(
    client, world, clips, runner
):
    from logbook.services import transcripts

    entry = upload(client, world.contributor, clips["mp3"], kind="audio")
    machine = media_of(entry).transcript
    media_id = entry["media"][0]["id"]
    edited = "Vous êtes le seul participant. Texte relu par l'équipe."
    response = client.patch(
        f"/api/v1/media/{media_id}", json={"transcript": edited}, headers=world.editor.headers
    )
    assert response.status_code == 200, response.get_json()
    assert not transcripts.is_automatic(media_of(entry))
    result = runner.invoke(args=["transcribe", "--logbook", "atelier"])
    assert result.exit_code == 0, result.output
    assert transcript_of(entry).state == "done"
    assert media_of(entry).transcript == edited
    # The captions were the machine's words: they no longer match the text people kept.
    assert client.get(f"/media/{media_id}/captions.vtt", headers=world.reader.headers).status_code == 404
    revisions = client.get(
        f"/api/v1/logbooks/atelier/entries/{entry['id']}/revisions", headers=world.editor.headers
    ).get_json()
    assert any(
        rev["fields"]["media_texts"][str(media_id)]["transcript"] == machine for rev in revisions["revisions"]
    )


def test_carnet_transcribe_missing_only_leaves_done_media_alone(app, client, world, clips, runner):
    entry = upload(client, world.contributor, clips["webm"], kind="audio")
    before = transcript_of(entry).updated_at
    result = runner.invoke(args=["transcribe", "--missing-only"])
    assert result.exit_code == 0 and "0 media transcribed" in result.output
    assert transcript_of(entry).updated_at == before
    assert runner.invoke(args=["transcribe", "--logbook", "nulle-part"]).exit_code != 0


def test_testimony_without_consent_is_for_moderators_only_and_never_leaves(client, world, clips, app):
    entry = upload(
        client,
        world.contributor,
        clips["m4a"],
        kind="testimony",
        speaker_name="Mme Durand",
        title="Témoignage",
        consent="false",
    )
    row = transcript_of(entry)
    assert row.state == "done" and "participant" in row.text
    media_id = entry["media"][0]["id"]
    assert media_of(entry).transcript == ""  # nothing in the text that search and exports read
    for member in (world.reader, world.contributor):
        assert client.get(f"/media/{media_id}/captions.vtt", headers=member.headers).status_code == 404
        found = client.get(SEARCH, query_string={"q": "participant"}, headers=member.headers).get_json()
        assert found["total"] == 0
        answer = client.get(f"/api/v1/logbooks/atelier/entries/{entry['id']}", headers=member.headers)
        assert "participant" not in answer.get_data(as_text=True)
    assert client.get(f"/media/{media_id}/captions.vtt", headers=world.editor.headers).status_code == 200
    found = client.get(SEARCH, query_string={"q": "participant"}, headers=world.editor.headers).get_json()
    assert found["total"] == 0
    export = client.post(
        "/api/v1/logbooks/atelier/exports", json={"format": "html"}, headers=world.owner.headers
    ).get_json()
    page = client.get(export["download_url"], headers=world.owner.headers).get_data(as_text=True)
    # Without consent the export keeps only the testimony's kind and date: never its words.
    assert "témoignage" in page.lower() and "participant" not in page


def test_pending_and_trashed_entries_transcripts_reach_no_reader(client, world, clips, app):
    from logbook.models import Entry

    entry = upload(client, world.contributor, clips["m4a"], kind="audio")
    media_id = entry["media"][0]["id"]
    db.session.get(Entry, entry["id"]).status = "pending"
    db.session.commit()
    from logbook.services.indexing import index_entries

    index_entries([entry["id"]])
    found = client.get(SEARCH, query_string={"q": "participant"}, headers=world.reader.headers).get_json()
    assert found["total"] == 0
    assert client.get(f"/media/{media_id}/captions.vtt", headers=world.reader.headers).status_code in (
        403,
        404,
    )
    db.session.get(Entry, entry["id"]).status = "published"
    db.session.commit()
    client.delete(f"/api/v1/logbooks/atelier/entries/{entry['id']}", headers=world.editor.headers)
    for member in (world.reader, world.owner):
        found = client.get(SEARCH, query_string={"q": "participant"}, headers=member.headers).get_json()
        assert found["total"] == 0
        assert client.get(f"/media/{media_id}/captions.vtt", headers=member.headers).status_code == 404


def test_synthetic_voice_gives_french_words(client, world, tmp_path):
    wav = tmp_path / "synthese.wav"
    subprocess.run(
        ["espeak-ng", "-v", "fr", "-s", "140", "-w", str(wav), "Bonjour, voici la cantine de l'école."],
        check=True,
    )
    entry = upload(client, world.contributor, wav, kind="audio")
    assert transcript_of(entry).state == "done"
    assert media_of(entry).transcript.strip()


def test_consent_given_later_publishes_the_testimonys_transcript(client, world, clips):
    entry = upload(
        client,
        world.contributor,
        clips["m4a"],
        kind="testimony",
        speaker_name="M. Roche",
        title="Témoignage",
        consent="false",
    )
    assert media_of(entry).transcript == ""
    response = client.patch(
        f"/api/v1/logbooks/atelier/entries/{entry['id']}",
        json={"consent": True},
        headers=world.editor.headers,
    )
    assert response.status_code == 200, response.get_json()
    assert "participant" in media_of(entry).transcript
    found = client.get(SEARCH, query_string={"q": "participant"}, headers=world.reader.headers).get_json()
    assert found["total"] == 1


def test_a_long_capsule_goes_in_windows_and_resumes_where_a_killed_worker_stopped(
    app, client, world, tmp_path, monkeypatch
):
    from datetime import timedelta

    from logbook.services import transcripts
    from logbook.services.processing import sweep_stale_media
    from tests.transcripts.clips import LONG_CLIP, build_clip

    clip = build_clip(LONG_CLIP, tmp_path / "longue.wav")
    # Windows of 15 s and one window a run: this 36 s capsule takes three windows and
    # three runs, each queued by the one before.
    monkeypatch.setattr(transcripts, "WINDOW_SECONDS", 15.0)
    monkeypatch.setattr(transcripts, "WINDOWS_PER_RUN", 1)
    entry = upload(client, world.contributor, clip.path, kind="audio")
    row = transcript_of(entry)
    assert row.state == "done" and row.segments[-1]["end"] > 30
    whole = list(row.segments)
    assert word_error_rate(clip.text, row.text) < 0.20
    starts = [segment["start"] for segment in whole]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)  # no sentence twice

    # A worker killed after its first window: what it saved stays, the rest is redone.
    first_window = [segment for segment in whole if segment["end"] <= 15]
    row.segments, row.done_seconds = first_window, first_window[-1]["end"]
    row.state, row.lease_until = "running", transcripts.utcnow() - timedelta(seconds=1)
    db.session.commit()
    transcripts.transcribe_media(entry["media"][0]["id"])  # still leased: nobody else takes it
    sweep_stale_media()
    row = transcript_of(entry)
    assert row.state == "done"
    assert row.segments[: len(first_window)] == first_window
    assert word_error_rate(clip.text, row.text) < 0.20


def test_transcription_waits_behind_processing_and_indexing_on_the_queue(app_config, tmp_path):
    from logbook import create_app
    from logbook.jobs import get_queue

    app = create_app(
        {**app_config, "CARNET_WORKER": "none", "CARNET_QUEUE_URL": f"sqlite:///{tmp_path / 'jobs.db'}"}
    )
    with app.app_context():
        queue = get_queue()
        queue.enqueue("transcribe_media", 1)
        queue.enqueue("process_media", 2)
        queue.enqueue("index_entries", [2])
        order = [queue.huey.dequeue().name for _ in range(3)]
        db.engine.dispose()
    # Indexing first (a post should be findable at once), then derivatives, transcripts last.
    assert order == ["index_entries", "process_media", "transcribe_media"]
