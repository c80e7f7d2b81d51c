"""`carnet export` and `carnet import`: stories and archives from the console, in-process."""

from __future__ import annotations

import os
import sys
import tempfile

import click
from flask.cli import with_appcontext

from logbook.client_text import clipped, shown


@click.command("export")
@click.option("--logbook", "slug", required=True, help="The logbook's short name.")
@click.option(
    "--format",
    "fmt",
    required=True,
    help="pdf, pptx, html, site, markdown (md), timelinejs or archive (zip).",
)
@click.option(
    "--scope",
    type=click.Choice(["all", "pinned"]),
    default="all",
    show_default=True,
    help="Every entry or only the pinned ones.",
)
@click.option("--stage", "stage_ids", type=int, multiple=True, help="Only this stage (repeat for several).")
@click.option("--kind", "kinds", multiple=True, help="Only entries of this kind (repeat for several).")
@click.option("--from", "occurred_from", default=None, help="From this date (YYYY-MM-DD), inclusive.")
@click.option("--to", "occurred_to", default=None, help="Until this date (YYYY-MM-DD), inclusive.")
@click.option("--pending", is_flag=True, help="Include guest entries waiting for approval.")
@click.option("--pinned-first", is_flag=True, help="In each stage, pinned entries first.")
@click.option("--lang", "locale", type=click.Choice(["fr", "en"]), default="fr", show_default=True)
@click.option(
    "--base-url",
    default="",
    help="Address of this Carnet, for links and QR codes (default: CARNET_PUBLIC_URL).",
)
@click.option(
    "--wait",
    "wait_seconds",
    type=click.IntRange(min=0),
    default=None,
    help="Seconds to wait for media still being processed (default: CARNET_EXPORT_WAIT_SECONDS); "
    "those still processing then are listed in the export, not in it.",
)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@with_appcontext
def export_command(
    slug: str,
    fmt: str,
    scope: str,
    stage_ids: tuple[int, ...],
    kinds: tuple[str, ...],
    occurred_from: str | None,
    occurred_to: str | None,
    pending: bool,
    pinned_first: bool,
    locale: str,
    base_url: str,
    wait_seconds: int | None,
    output: str,
) -> None:
    """Write a logbook's story (or its full archive) to a file, here and now."""
    from tqdm import tqdm

    from logbook.errors import CarnetError
    from logbook.export.formats import export_format
    from logbook.services.archive import write_archive
    from logbook.services.exports import ARCHIVE, Operator, canonical_format, export_address
    from logbook.services.logbooks import get_logbook
    from logbook.services.story import build_story
    from logbook.services.story_scope import Scope
    from logbook.storage import get_storage

    try:
        fmt = canonical_format(fmt)
        logbook = get_logbook(slug)
        selection = Scope.from_dict(
            {
                "stage_ids": list(stage_ids),
                "kinds": list(kinds),
                "occurred_from": occurred_from,
                "occurred_to": occurred_to,
                "pinned_only": scope == "pinned",
                "include_pending": pending,
                "order": "pinned_first" if pinned_first else "chronological",
                "locale": locale,
            }
        )
    except CarnetError as exc:
        raise click.ClickException(_say(exc)) from None
    if fmt != ARCHIVE:
        _wait_for_media(logbook, wait_seconds)
    storage = get_storage()
    directory = os.path.dirname(os.path.abspath(output))
    fd, partial = tempfile.mkstemp(prefix=".carnet-export-", dir=directory)
    try:
        with os.fdopen(fd, "wb") as out, tqdm(total=100, unit="%", desc=fmt, file=sys.stderr) as bar:

            def progress(fraction: float) -> None:
                bar.update(max(0, round(fraction * 100) - bar.n))

            try:
                if fmt == ARCHIVE:
                    write_archive(logbook, out, storage, progress)
                else:
                    # An address given here is the one the operator wants printed.
                    address, public = (base_url, True) if base_url else export_address()
                    story = build_story(
                        logbook,
                        selection,
                        viewer=Operator(),
                        storage=storage,
                        base_url=address,
                        base_url_public=public,
                    )
                    export_format(fmt).render(story, out, progress)
            except CarnetError as exc:
                raise click.ClickException(_say(exc)) from None
        os.replace(partial, output)
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    click.echo(f"Wrote {output} ({os.path.getsize(output)} bytes).")


@click.command("import")
@click.argument("archive", type=click.Path(exists=True, dir_okay=False))
@click.option("--slug", default=None, help="Short name of the new logbook (default: the archive's).")
@click.option(
    "--owner",
    "owner_email",
    default=None,
    help="Email of an account to own the new logbook (default: the archive's owners who have an "
    "account here, else the first site administrator).",
)
@with_appcontext
def import_command(archive: str, slug: str | None, owner_email: str | None) -> None:
    """Restore a Carnet archive as a new logbook (on any database and storage).

    Members of the archive without an account here get a single-use invitation to their
    role; the links are printed once.
    """
    from flask import current_app, url_for
    from tqdm import tqdm

    from logbook.errors import CarnetError
    from logbook.jobs import get_queue
    from logbook.services.archive import import_archive
    from logbook.services.users import find_user
    from logbook.storage import get_storage

    owner = None
    if owner_email:
        owner = find_user(owner_email)
        if owner is None:
            message = f"No account with the email {shown(owner_email)}: create it first (carnet create-user)."
            raise click.ClickException(message)
    with tqdm(total=100, unit="%", desc="import", file=sys.stderr) as bar:

        def progress(fraction: float) -> None:
            bar.update(max(0, round(fraction * 100) - bar.n))

        try:
            imported = import_archive(
                archive, get_storage(), slug=slug, owner=owner, queue=get_queue(), progress=progress
            )
        except CarnetError as exc:
            raise click.ClickException(_say(exc)) from None
    logbook = imported.logbook
    click.echo(f"Imported {shown(logbook.name)} as {logbook.slug}.")
    owners = ", ".join(user.email for user in imported.owners)
    if imported.owner_from == "site admin":
        click.echo(
            f"WARNING: no --owner was given and none of the archive's owners has an account here: "
            f"the site administrator {owners} now owns '{logbook.slug}'. Give it to its team from "
            "its members page, or import it again with --owner.",
            err=True,
        )
    else:
        click.echo(f"Owner{'s' if len(imported.owners) > 1 else ''}: {owners}.")
    if imported.pending:
        click.echo(
            f"{len(imported.pending)} member(s) of the archive have no account here: each has a "
            "single-use invitation to their role, shown only now (open it on this Carnet's address):"
        )
        with current_app.test_request_context():
            for member in imported.pending:
                link = url_for("accounts.invitation", token=member.token)
                click.echo(
                    f"  {shown(member.email)} ({member.role}), until {member.expires_at:%Y-%m-%d}: {link}"
                )


def _wait_for_media(logbook, wait_seconds: int | None) -> None:
    """Wait (polling the database) until the logbook's media are processed, for at most
    ``wait_seconds``; the worker processes them, not this command."""
    import time

    from flask import current_app

    from logbook.db import db
    from logbook.services.story import media_in_progress

    if wait_seconds is None:
        wait_seconds = current_app.config["CARNET_EXPORT_WAIT_SECONDS"]
    deadline = time.monotonic() + wait_seconds
    while (count := media_in_progress(logbook)) and time.monotonic() < deadline:
        click.echo(f"Waiting for {count} media still being processed…", err=True)
        time.sleep(min(5.0, max(deadline - time.monotonic(), 0)))
        db.session.expire_all()
    if count:
        click.echo(f"{count} media still being processed: the export lists them, without them.", err=True)


def _say(exc) -> str:
    # Messages may quote what an archive or a user sent: bounded, so a huge value is never echoed.
    details = "; ".join(
        f"{clipped(str(name), limit=80)}: {clipped(' '.join(map(str, msgs)), limit=300)}"
        for name, msgs in list((exc.fields or {}).items())[:10]
    )
    return f"{clipped(exc.message, limit=1000)} ({exc.code}){' — ' + details if details else ''}"
