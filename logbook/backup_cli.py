"""`carnet backup` and `carnet restore`: the whole instance, to a file or another prefix and back."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click
from flask.cli import with_appcontext


@contextmanager
def _progress_bar(description: str) -> Iterator:
    """A tqdm bar on stderr, opened at the first step (a refusal prints no empty bar)."""
    from tqdm import tqdm

    bars: list = []

    def progress(done: int, total: int) -> None:
        if not bars:
            bars.append(tqdm(total=total, unit="item", desc=description, file=sys.stderr))
        bar = bars[0]
        if bar.total != total:
            bar.total = total
            bar.refresh()
        bar.update(done - bar.n)

    try:
        yield progress
    finally:
        for bar in bars:
            bar.close()


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f} MB"


@click.command("backup")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Zip file to write (replaced only once the backup is complete).",
)
@click.option(
    "--to",
    "target",
    default=None,
    help="A directory or s3://bucket/prefix?endpoint_url=…: a new snapshot there; objects already "
    "copied by an earlier snapshot are not copied again.",
)
@click.option(
    "--keep",
    type=int,
    default=None,
    help="With --to: keep only this many newest snapshots (and their objects).",
)
@with_appcontext
def backup_command(output: str | None, target: str | None, keep: int | None) -> None:
    """Back up the whole instance (every table, ids included, and every stored object) as of
    one point in time."""
    from logbook.errors import CarnetError
    from logbook.services.backup import target_storage, write_backup_file, write_backup_to
    from logbook.storage import get_storage

    if (output is None) == (target is None):
        raise click.UsageError("Give either -o FILE or --to DIRECTORY|s3://….")
    if keep is not None and target is None:
        raise click.UsageError("--keep goes with --to.")
    try:
        with _progress_bar("backup") as progress:
            if output is not None:
                report = write_backup_file(output, get_storage(), progress)
            else:
                report = write_backup_to(target_storage(target), get_storage(), progress, keep=keep)
    except CarnetError as exc:
        raise click.ClickException(f"{exc.message} ({exc.code})") from None
    for key in report.missing:
        click.echo(f"WARNING: {key} was deleted after the snapshot; not in the backup.", err=True)
    click.echo(
        f"Backed up {report.rows} rows in {report.tables} tables and {report.objects} objects "
        f"({_megabytes(report.bytes)}; {report.skipped} already there, not copied again) to "
        f"{output or f'{target} ({report.location})'}."
    )


@click.command("restore")
@click.argument("source")
@click.option(
    "--snapshot", default=None, help="With a directory or S3 prefix: this snapshot, not the newest."
)
@with_appcontext
def restore_command(source: str, snapshot: str | None) -> None:
    """Restore a backup (zip file, directory or s3://…) into this instance, which must be
    empty: a restore never merges into existing data."""
    from logbook.errors import CarnetError
    from logbook.services.backup import restore_backup
    from logbook.storage import get_storage

    try:
        with _progress_bar("restore") as progress:
            report = restore_backup(source, get_storage(), snapshot=snapshot, progress=progress)
    except CarnetError as exc:
        raise click.ClickException(f"{exc.message} ({exc.code})") from None
    click.echo(
        f"Restored {report.rows} rows and {report.objects} objects ({_megabytes(report.bytes)}) "
        f"as of {report.snapshot_of} (schema {report.schema_revision}, now up to date); search index rebuilt."
    )
