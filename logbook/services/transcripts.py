"""Transcripts of audio and video, made offline by the speech model, in the worker.

Off unless ``CARNET_TRANSCRIBE_MODEL`` names a model: then every audio and video media
gets a ``Transcript`` row once its derivatives are made, and a ``transcribe_media`` job.

Scheduling. The job never holds the worker for a whole capsule: one run transcribes at
most ``WINDOWS_PER_RUN`` windows of ``WINDOW_SECONDS``, saves the segments
and how far it got, and queues itself again. Derivatives and indexing queued meanwhile
run in between, and transcription has the queue's lowest priority, so it goes after
everything else. A killed run loses at
most its windows in progress: its lease runs out and the sweep queues it again, and it
resumes from ``done_seconds``.

Who reads what. The machine's text goes into ``Media.transcript`` (the field people edit,
kept in the entry's history, searched and exported) only while nobody changed that field
since the machine last wrote it, and never for a testimony without consent: that one
stays in the transcript row, shown to the logbook's moderators only, and never leaves
Carnet (no search, export or API answer carries it).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import current_app
from sqlalchemy import or_, select, update

from logbook.db import db, utcnow
from logbook.errors import NotFound
from logbook.jobs import get_queue
from logbook.models import Entry, Logbook, Media, MediaState, Transcript, TranscriptState
from logbook.services.access import Action, can
from logbook.services.leases import Leased
from logbook.services.revisions import record_revision
from logbook.storage import get_storage
from media import ffrun
from media import speech as media_speech
from media.speech import SpeechModel, SpeechModelError
from media.speech_bundle import NAME as BUNDLED_NAME
from media.speech_bundle import install as install_bundled

log = logging.getLogger("carnet.transcripts")

TRANSCRIBED_KINDS = ("audio", "video")
# A run does at most this many windows (two minutes of audio, 10 to 40 s of one core),
# then queues the rest and lets the jobs queued meanwhile go first.
WINDOW_SECONDS = media_speech.WINDOW_SECONDS
WINDOWS_PER_RUN = 1
MAX_ATTEMPTS = 5
UNQUEUED_GRACE = timedelta(minutes=2)
BUNDLED = "bundled"
_LEASED = Leased(
    Transcript,
    Transcript.media_id,
    TranscriptState.PENDING.value,
    TranscriptState.RUNNING.value,
    TranscriptState.FAILED.value,
)

_models: dict[tuple[str, int], SpeechModel] = {}
_models_lock = threading.Lock()


@dataclass(frozen=True)
class _Machine:
    """Who a revision replaced by a transcription names as its editor."""

    id: None = None
    display_name: str = "Transcription automatique"


# ---------------------------------------------------------------- the model


def enabled() -> bool:
    return bool(current_app.config["CARNET_TRANSCRIBE_MODEL"])


def model_directory() -> Path:
    """The configured model's directory; the bundled one is reassembled and verified the
    first time. Raises SpeechModelError."""
    setting = current_app.config["CARNET_TRANSCRIBE_MODEL"]
    if setting == BUNDLED:
        return install_bundled(Path(current_app.config["CARNET_INSTANCE_DIR"]) / "models" / BUNDLED_NAME)
    return Path(setting).expanduser().resolve()


def get_model() -> SpeechModel:
    """The loaded model, once per process. Raises SpeechModelError."""
    threads = current_app.config["CARNET_TRANSCRIBE_THREADS"] or 1
    beam = current_app.config["CARNET_TRANSCRIBE_BEAM"] or 1
    setting = current_app.config["CARNET_TRANSCRIBE_MODEL"]
    with _models_lock:
        key = (f"{current_app.config['CARNET_INSTANCE_DIR']}:{setting}", threads, beam)
        if key not in _models:
            _models[key] = SpeechModel(model_directory(), threads=threads, beam=beam)
        return _models[key]


def model_label() -> str:
    setting = current_app.config["CARNET_TRANSCRIBE_MODEL"]
    return f"faster-whisper {BUNDLED_NAME}" if setting == BUNDLED else f"faster-whisper {Path(setting).name}"


# ---------------------------------------------------------------- queueing


def queue_transcription(media_id: int, *, force: bool = False) -> bool:
    """Give an audio or video media that is ready a transcript to make, and queue the job.
    Nothing happens when transcription is off. ``force`` starts a finished one again."""
    if not mark_to_redo(media_id, force=force):
        return False
    get_queue().enqueue("transcribe_media", media_id)
    return True


def mark_to_redo(media_id: int, *, force: bool = True) -> bool:
    """Make the media's transcript pending from the start (not one being made now).
    Returns False when there is nothing to transcribe or, without ``force``, when it
    was already made or failed."""
    if not enabled():
        return False
    media = db.session.get(Media, media_id)
    if media is None or media.kind not in TRANSCRIBED_KINDS or media.state != MediaState.READY.value:
        return False
    row = media.machine_transcript
    if row is None:
        row = Transcript(media_id=media.id, segments=[])
        db.session.add(row)
    elif row.state in (TranscriptState.DONE.value, TranscriptState.FAILED.value) and not force:
        return False
    if row.state != TranscriptState.RUNNING.value:
        row.state = TranscriptState.PENDING.value
        row.segments, row.done_seconds, row.error, row.attempts = [], 0.0, None, 0
        row.updated_at = utcnow()
    db.session.commit()
    return True


def sweep_stale_transcripts() -> int:
    """Re-queue transcripts never queued, or whose worker died (lease run out)."""
    if not enabled():
        return 0
    now = utcnow()
    stale = list(
        db.session.scalars(
            select(Transcript.media_id).where(
                or_(
                    (Transcript.state == TranscriptState.PENDING.value)
                    & (Transcript.updated_at < now - UNQUEUED_GRACE),
                    (Transcript.state == TranscriptState.RUNNING.value) & (Transcript.lease_until < now),
                )
            )
        )
    )
    for media_id in stale:
        get_queue().enqueue("transcribe_media", media_id)
    return len(stale)


def media_to_transcribe(slug: str | None = None, *, missing_only: bool = False) -> list[int]:
    """Ready audio and video media (of one logbook), for ``carnet transcribe``;
    ``missing_only`` leaves out those already transcribed or being transcribed."""
    query = (
        select(Media.id)
        .join(Entry, Entry.id == Media.entry_id)
        .where(Media.kind.in_(TRANSCRIBED_KINDS), Media.state == MediaState.READY.value)
    )
    if slug:
        logbook = db.session.scalar(select(Logbook).where(Logbook.slug == slug))
        if logbook is None:
            raise NotFound(f"No logbook '{slug}'.")
        query = query.where(Entry.logbook_id == logbook.id)
    if missing_only:
        query = query.outerjoin(Transcript, Transcript.media_id == Media.id).where(
            or_(Transcript.id.is_(None), Transcript.state == TranscriptState.FAILED.value)
        )
    return list(db.session.scalars(query.order_by(Media.id)))


# ---------------------------------------------------------------- the job


def transcribe_media(media_id: int, *, max_windows: int | None = WINDOWS_PER_RUN) -> str:
    """Transcribe the next windows of one media; queue the rest. Returns the state.

    ``max_windows=None`` goes to the end in this call (``carnet transcribe``)."""
    if not enabled():
        return "disabled"
    lease = timedelta(seconds=current_app.config["CARNET_MEDIA_LEASE_SECONDS"])
    if not _LEASED.claim(media_id, lease):
        row = _row(media_id)
        return row.state if row else "gone"
    row = _row(media_id)
    media = row.media
    workdir = tempfile.mkdtemp(prefix=f"transcript-{media_id}-", dir=_scratch_dir())
    try:
        model = get_model()
        source = _local_web_copy(media, workdir)
        row.language = media.entry.logbook.language or "fr"
        row.model = model_label()
        row.duration = media.duration or 0.0
        windows = 0
        while row.done_seconds < row.duration - 0.05 and (max_windows is None or windows < max_windows):
            window = model.transcribe_window(
                source, row.done_seconds, row.duration, row.language, seconds=WINDOW_SECONDS
            )
            row.segments = [*row.segments, *(segment.as_dict() for segment in window.segments)]
            row.done_seconds = window.next_offset
            row.lease_until = utcnow() + lease
            row.attempts = 0
            db.session.commit()
            windows += 1
        if row.done_seconds < row.duration - 0.05:
            row.state, row.lease_until = TranscriptState.PENDING.value, None
            db.session.commit()
            get_queue().enqueue("transcribe_media", media_id)
            return row.state
        row.state, row.lease_until, row.error = TranscriptState.DONE.value, None, None
        _publish(row)
        db.session.commit()
    except SpeechModelError as exc:
        db.session.rollback()
        _finish_failed(media_id, str(exc))
    except ffrun.ToolFailed as exc:
        db.session.rollback()
        if "matches no streams" in exc.stderr or "does not contain any stream" in exc.stderr:
            _finish_silent(media_id)
        else:
            _finish_failed(media_id, f"The sound of this media could not be read: {exc.stderr[-300:]}")
    except Exception as exc:
        db.session.rollback()
        row = _row(media_id)
        if row is not None and row.attempts >= MAX_ATTEMPTS:
            _finish_failed(media_id, f"Transcription failed {MAX_ATTEMPTS} times: {exc}")
        else:
            _LEASED.release(media_id)
            raise  # the queue retries with backoff
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    _queue_index(media_id)
    row = _row(media_id)
    return row.state if row else "gone"


def _publish(row: Transcript) -> None:
    """Give the machine's text to the media, unless a person changed or confirmed the
    media's text since the machine last wrote it, or the testimony has no consent."""
    media = row.media
    entry = media.entry
    text = row.text
    if not may_publish(entry) or row.confirmed or media.transcript != row.machine_text:
        return
    if text == media.transcript:
        return
    # The text replaced goes into the entry's history like any edit, so it can come back.
    record_revision(entry, _Machine(), {"media_texts": {str(media.id): {"transcript": text}}})
    media.transcript = text
    row.machine_text = text
    entry.version += 1
    entry.updated_at = utcnow()


def may_publish(entry: Entry) -> bool:
    """A testimony's words leave the transcript row only with the person's consent."""
    return entry.kind != "testimony" or bool(entry.consent)


def publish_after_consent(entry: Entry) -> None:
    """Give finished machine transcripts to an entry's media once it may publish them."""
    changed = False
    for media in entry.media:
        row = media.machine_transcript
        if row is not None and row.state == TranscriptState.DONE.value and may_publish(entry):
            before = media.transcript
            _publish(row)
            changed = changed or media.transcript != before
    if changed:
        db.session.commit()  # the caller queues the entry's indexing


def _row(media_id: int) -> Transcript | None:
    db.session.expire_all()
    return db.session.scalar(select(Transcript).where(Transcript.media_id == media_id))


def _finish_failed(media_id: int, reason: str) -> None:
    log.warning("transcription of media %s failed: %s", media_id, reason)
    _LEASED.fail(media_id, reason)


def _finish_silent(media_id: int) -> None:
    """A video without a sound track has nothing to say: done, with no words."""
    db.session.execute(
        update(Transcript)
        .where(Transcript.media_id == media_id)
        .values(state=TranscriptState.DONE.value, segments=[], error=None, lease_until=None)
    )
    db.session.commit()


def _local_web_copy(media: Media, workdir: str) -> str:
    """The web derivative (AAC in M4A or MP4), small and already checked, on local disk."""
    derivative = media.derivative("web")
    if derivative is None:
        raise SpeechModelError("This media has no playable version to transcribe yet.")
    path = os.path.join(workdir, "web")
    with get_storage().open(derivative.key) as stream, open(path, "wb") as out:
        shutil.copyfileobj(stream, out, 1024 * 1024)
    return path


def _queue_index(media_id: int) -> None:
    media = db.session.get(Media, media_id)
    if media is None:
        return
    try:
        get_queue().enqueue("index_entries", [media.entry_id])
    except Exception:
        log.exception("could not queue indexing for media %s", media_id)


def _scratch_dir() -> str:
    path = os.path.join(current_app.instance_path, "work")
    os.makedirs(path, exist_ok=True)
    return path


# ---------------------------------------------------------------- reading


def may_read_machine_text(user, entry: Entry) -> bool:
    """Whether ``user`` may see the machine's transcript of this entry's media (its
    sentences and captions). The entry itself must already be readable to them."""
    if may_publish(entry):
        return True
    return can(user, entry.logbook, Action.MODERATE)


def is_automatic(media: Media) -> bool:
    """The media's text is the machine's, unchanged and not yet confirmed by a person."""
    row = media.machine_transcript
    return bool(
        row is not None and not row.confirmed and row.machine_text and media.transcript == row.machine_text
    )


def captions_match_text(media: Media) -> bool:
    """The timed sentences still say what the media's text says (nobody rewrote it)."""
    row = media.machine_transcript
    if row is None or not row.segments:
        return False
    if not may_publish(media.entry):
        return True  # only moderators see them; the media's text is not the machine's
    return media.transcript == row.machine_text


def confirm(media: Media) -> None:
    """A person keeps the machine's text as it is: no longer "automatique", and no
    re-run replaces it."""
    row = media.machine_transcript
    if row is None or not is_automatic(media):
        raise NotFound(f"Media {media.id} has no automatic transcript to confirm.")
    row.confirmed = True
    db.session.commit()


def webvtt(segments: list[dict[str, Any]]) -> str:
    """A WebVTT document with one cue per sentence."""
    lines = ["WEBVTT", ""]
    for number, segment in enumerate(segments, start=1):
        text = _cue_text(segment["text"])
        if not text:
            continue
        lines += [str(number), f"{_timestamp(segment['start'])} --> {_timestamp(segment['end'])}", text, ""]
    return "\n".join(lines)


def _cue_text(text: str) -> str:
    # A cue ends at a blank line and may not hold "-->"; "<" and "&" start markup.
    flat = " ".join(text.split()).replace("-->", "→")
    return flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _timestamp(seconds: float) -> str:
    millis = round(max(seconds, 0.0) * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"
