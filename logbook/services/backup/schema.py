"""The database schema a backup was made at, and moving an empty database to it."""

from __future__ import annotations

from logbook.db import db


def head_revision() -> str:
    """The revision this Carnet's migrations end at."""
    return migration_scripts().get_current_head()


def migration_scripts():
    """Alembic's view of this Carnet's migrations (imported late: only backup and restore need it)."""
    from alembic.script import ScriptDirectory
    from flask_migrate import Config

    from logbook.db import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", MIGRATIONS_DIR)
    return ScriptDirectory.from_config(config)


def revision_order() -> list[str]:
    """Migration revisions from the first to the head (the chain is linear)."""
    return [script.revision for script in reversed(list(migration_scripts().walk_revisions()))]


def migrate_to(revision: str, order: list[str]) -> None:
    from alembic.migration import MigrationContext
    from flask_migrate import downgrade, upgrade

    from logbook.db import MIGRATIONS_DIR

    with db.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == revision:
        return
    if current is None or order.index(current) < order.index(revision):
        upgrade(directory=MIGRATIONS_DIR, revision=revision)
    else:
        # Only ever on an empty database (checked before): nothing is lost going down.
        downgrade(directory=MIGRATIONS_DIR, revision=revision)
