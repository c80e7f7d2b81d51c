"""The `carnet` command (also available as `flask --app logbook ...`)."""

from __future__ import annotations

import shutil
import sys

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext
from sqlalchemy import func, select, text

from logbook.backup_cli import backup_command, restore_command
from logbook.db import db, upgrade_schema
from logbook.export_cli import export_command, import_command


def register_commands(app: Flask) -> None:
    for command in (
        init,
        serve,
        worker,
        demo,
        create_user,
        disable_user,
        enable_user,
        check,
        reindex,
        reprocess,
        transcribe,
        sweep,
        purge_trash,
    ):
        app.cli.add_command(command)
    for command in (export_command, import_command):
        app.cli.add_command(command)
    # Whole-instance backup and restore (logbook/backup_cli.py).
    for command in (backup_command, restore_command):
        app.cli.add_command(command)


@click.command()
@with_appcontext
def init() -> None:
    """Create or upgrade the database schema, and create the search index (idempotent)."""
    from logbook.search_index import describe_index, get_index
    from logbook.services.indexing import create_index_if_missing

    upgrade_schema()
    click.echo(f"Database ready: {_safe_url(current_app.config['CARNET_DATABASE_URL'])}")
    # A fresh instance must pass its own `carnet check`, whose index check needs an index.
    indexed = create_index_if_missing()
    if indexed is not None:
        click.echo(f"Search index created ({indexed} entries): {describe_index()}")
    elif not get_index().is_healthy():
        click.echo("WARNING: the search index is unreadable: run `carnet reindex`", err=True)


@click.command()
@click.option("--host", default=None, help="Address to listen on (default CARNET_HOST).")
@click.option("--port", default=None, type=int, help="Port (default CARNET_PORT).")
@with_appcontext
def serve(host: str | None, port: int | None) -> None:
    """Serve Carnet (gunicorn, one process with request threads) plus the in-process job
    worker when CARNET_WORKER=thread."""
    from logbook.server import serve as run_server

    app = current_app._get_current_object()
    upgrade_schema()
    host = host or app.config["CARNET_HOST"]
    port = port or app.config["CARNET_PORT"]
    click.echo(f"Carnet is listening on http://{host}:{port}/  (Ctrl+C to stop)")
    run_server(app, host=host, port=port)


@click.command()
@click.option("--workers", default=None, type=int, help="Consumer threads (default CARNET_WORKER_THREADS).")
@with_appcontext
def worker(workers: int | None) -> None:
    """Run a job worker in the foreground (media processing, indexing, exports)."""
    from logbook.jobs import get_queue

    get_queue().run_consumer(workers)


@click.command()
@click.option("--force", is_flag=True, help="Recreate the demo logbook if it exists.")
@with_appcontext
def demo(force: bool) -> None:
    """Create the French demo logbook "Fil d'Ariane" with its demo users."""
    from logbook.demo import create_demo

    upgrade_schema()
    result = create_demo(force=force)
    click.echo(result)


@click.command("create-user")
@click.option("--email", required=True)
@click.option("--name", "display_name", default=None, help="Display name (default: the email's local part).")
@click.option("--password", default=None, help="Prompted for when omitted.")
@click.option("--admin", is_flag=True, help="Site administrator (acts as owner everywhere).")
@click.option(
    "--token", "token_name", default=None, help="Also create an API token with this name and print it."
)
@with_appcontext
def create_user(
    email: str, display_name: str | None, password: str | None, admin: bool, token_name: str | None
) -> None:
    """Create a user (and optionally an API token)."""
    from logbook.services.users import create_user as create

    if password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    user = create(email=email, display_name=display_name, password=password, is_admin=admin)
    click.echo(f"User {user.email} created (id {user.id}).")
    if token_name:
        from logbook.auth import issue_token

        _, clear = issue_token(user, token_name)
        db.session.commit()
        click.echo(f"API token (shown once): {clear}")


def _account(email: str):
    from logbook.services.users import find_user

    user = find_user(email)
    if user is None:
        raise click.ClickException(f"No account with the email {email!r}.")
    return user


@click.command("disable-user")
@click.option("--email", required=True)
@with_appcontext
def disable_user(email: str) -> None:
    """Disable an account: signed out everywhere at once, its API tokens refused, its entries kept."""
    from logbook.services.sessions import set_active

    user = _account(email)
    set_active(user, False)
    click.echo(f"User {user.email} disabled and signed out everywhere.")


@click.command("enable-user")
@click.option("--email", required=True)
@with_appcontext
def enable_user(email: str) -> None:
    """Enable a disabled account again (it signs in anew)."""
    from logbook.services.sessions import set_active

    user = _account(email)
    set_active(user, True)
    click.echo(f"User {user.email} enabled.")


@click.command()
@with_appcontext
def check() -> None:
    """Check the database, storage, job queue, ffmpeg and search index; exit 1 and say what is
    wrong."""
    from logbook.errors import QueueUnavailable, StorageUnavailable
    from logbook.jobs import get_queue
    from logbook.storage import get_storage

    problems: list[str] = []
    try:
        db.session.execute(text("SELECT 1"))
        from alembic.migration import MigrationContext
        from alembic.script import ScriptDirectory
        from flask_migrate import Config

        from logbook.db import MIGRATIONS_DIR

        config = Config()
        config.set_main_option("script_location", MIGRATIONS_DIR)
        head = ScriptDirectory.from_config(config).get_current_head()
        with db.engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
        if current != head:
            problems.append(f"database schema is at {current}, expected {head}: run `carnet init`")
        else:
            click.echo("database: ok")
    except Exception as exc:
        problems.append(f"database unreachable: {exc.__class__.__name__}: {exc}")
    try:
        get_storage().check()
        click.echo("storage: ok")
    except StorageUnavailable as exc:
        problems.append(f"storage: {exc.message}")
    try:
        depth = get_queue().depth()
        # A backlog is no problem in itself: the number is for whoever watches the workers.
        click.echo(f"job queue: ok ({depth['pending']} waiting, {depth['scheduled']} scheduled)")
    except QueueUnavailable as exc:
        problems.append(f"job queue: {exc.message}")
    for tool in ("ffmpeg", "ffprobe"):
        if shutil.which(tool) is None:
            problems.append(f"{tool} not found on PATH: install it (the README's commands do)")
    if not problems:
        click.echo("ffmpeg: ok")
    problems.extend(_index_problems())
    problems.extend(_transcription_problems())
    for problem in problems:
        click.echo(f"PROBLEM: {problem}", err=True)
    if problems:
        sys.exit(1)
    click.echo("All good.")


def _index_problems() -> list[str]:
    from logbook.models import Entry
    from logbook.search_index import get_index
    from logbook.services.indexing import all_documents
    from search.documents import document_stamp

    index = get_index()
    if not index.is_healthy():
        return ["search index missing or corrupt: run `carnet reindex`"]
    stamps = index.stamps()
    in_db = set(db.session.scalars(select(Entry.id)))
    missing, extra = in_db - set(stamps), set(stamps) - in_db
    outdated = sum(
        1 for doc in all_documents() if doc.entry_id in stamps and stamps[doc.entry_id] != document_stamp(doc)
    )
    if missing or extra or outdated:
        return [
            f"search index drift: {len(missing)} entries not indexed, {len(extra)} stale, "
            f"{outdated} out of date: run `carnet reindex`"
        ]
    older = getattr(index, "documents_without_sidecar", lambda: 0)()
    unpacked = getattr(index, "documents_unpacked", lambda: 0)()
    if older:
        click.echo(
            f"search index: ok ({older} entries in segments written by an earlier version: "
            "`carnet reindex` makes their first searches faster)"
        )
    elif unpacked:
        click.echo(
            f"search index: ok ({unpacked} entries indexed by an earlier version, postings not packed: "
            "`carnet reindex` makes their first searches much faster)"
        )
    elif getattr(index, "packed_by_earlier_version", lambda: False)():
        click.echo(
            "search index: ok (postings packed by an earlier version: `carnet reindex` makes them "
            "less than half the size and first searches faster)"
        )
    else:
        click.echo("search index: ok")
    return []


def _transcription_problems() -> list[str]:
    """Say whether transcripts are made, by which model, and prove it decodes one second."""
    from logbook.services import transcripts
    from media.speech import SpeechModelError, self_test

    if not transcripts.enabled():
        click.echo("transcription: off (no CARNET_TRANSCRIBE_MODEL): audio and video get no transcript")
        return []
    try:
        directory = transcripts.model_directory()
        model = transcripts.get_model()
        self_test(model)
    except SpeechModelError as exc:
        return [f"transcription: {exc}"]
    except Exception as exc:
        return [f"transcription: the one-second self-test failed ({exc.__class__.__name__}: {exc})"]
    languages = model.languages
    shown = ", ".join(languages[:12]) + (f" … ({len(languages)} languages)" if len(languages) > 12 else "")
    click.echo(
        f"transcription: ok: {transcripts.model_label()} in {directory}; languages: {shown}; self-test ok"
    )
    return []


@click.command()
@click.option("--logbook", "slug", default=None, help="Only this logbook.")
@click.option("--missing-only", is_flag=True, help="Only media without a transcript (or whose one failed).")
@with_appcontext
def transcribe(slug: str | None, missing_only: bool) -> None:
    """Transcribe audio and video media here, now (a person's edited text is kept)."""
    from tqdm import tqdm

    from logbook.errors import NotFound
    from logbook.services import transcripts

    if not transcripts.enabled():
        raise click.ClickException("Transcription is off: set CARNET_TRANSCRIBE_MODEL (see the README).")
    try:
        ids = transcripts.media_to_transcribe(slug, missing_only=missing_only)
    except NotFound as exc:
        raise click.ClickException(exc.message) from None
    failed = 0
    for media_id in tqdm(ids, unit="media", desc="transcribe", file=sys.stderr):
        transcripts.mark_to_redo(media_id)
        if transcripts.transcribe_media(media_id, max_windows=None) == "failed":
            failed += 1
    click.echo(
        f"{len(ids)} media transcribed" + (f", {failed} failed (see `carnet check`)." if failed else ".")
    )
    if failed:
        sys.exit(1)


@click.command()
@click.option("--quiet", is_flag=True, help="No progress bar (there is none when stderr is not a terminal).")
@with_appcontext
def reindex(quiet: bool) -> None:
    """Rebuild the search index from the database (built aside, then swapped in; searches
    keep reading the old index meanwhile)."""
    from tqdm import tqdm

    from logbook.models import Entry
    from logbook.services.indexing import rebuild_index
    from search.errors import SearchIndexError

    total = db.session.scalar(select(func.count(Entry.id))) or 0
    # A bar on a terminal only: in a log or a cron mail it would be lines of noise.
    shown = not quiet and sys.stderr.isatty()
    try:
        with tqdm(total=total, unit="entry", desc="reindex", file=sys.stderr, disable=not shown) as bar:
            indexed = rebuild_index(progress=lambda done, _total: bar.update(done - bar.n))
    except SearchIndexError as exc:
        # Busy, unreachable, or a helper process that failed: the live index is unchanged.
        raise click.ClickException(f"The index was not rebuilt, the current one is kept: {exc}") from None
    click.echo(f"Indexed {indexed} entries.")


@click.command()
@click.option("--logbook", "slug", default=None, help="Only this logbook.")
@click.option("--failed-only", is_flag=True, help="Only media whose processing failed.")
@click.option("--now", "run_now", is_flag=True, help="Process here instead of queueing for the worker.")
@with_appcontext
def reprocess(slug: str | None, failed_only: bool, run_now: bool) -> None:
    """Re-make derivatives of media (all, one logbook, or failed only)."""
    from tqdm import tqdm

    from logbook.jobs import get_queue
    from logbook.models import Entry, Logbook, Media, MediaState
    from logbook.services.processing import process_media, queue_processing
    from logbook.services.processing import reprocess as mark_pending

    query = select(Media.id).join(Entry)
    if slug:
        query = query.join(Logbook).where(Logbook.slug == slug)
    if failed_only:
        query = query.where(Media.state == MediaState.FAILED.value)
    ids = list(db.session.scalars(query.order_by(Media.id)))
    mark_pending(ids)
    queue = get_queue()
    if not run_now:
        queue_processing(queue, list(db.session.scalars(select(Media).where(Media.id.in_(ids)))))
    for media_id in tqdm(ids if run_now else [], unit="media", desc="reprocess", file=sys.stderr):
        process_media(media_id)
    click.echo(f"{len(ids)} media {'processed' if run_now else 'queued'}.")


@click.command()
@with_appcontext
def sweep() -> None:
    """Re-queue media left pending or processing past their lease."""
    from logbook.services.processing import sweep_stale_media

    click.echo(f"{sweep_stale_media()} media re-queued.")


@click.command("purge-trash")
@with_appcontext
def purge_trash() -> None:
    """Delete for good the entries in the trash for longer than CARNET_TRASH_DAYS (the worker
    does it hourly); their files go when nothing else uses them."""
    from logbook.services.trash import purge_expired

    click.echo(f"{purge_expired()} entries purged.")


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def main() -> None:
    from logbook import create_app

    cli = FlaskGroup(create_app=lambda: create_app(), help="Carnet: the shared multimedia logbook.")
    cli.main(prog_name="carnet")


if __name__ == "__main__":
    main()
