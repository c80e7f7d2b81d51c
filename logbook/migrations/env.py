"""Alembic environment: migrations run against the app's own engine and metadata."""

import logging

from alembic import context
from flask import current_app

logger = logging.getLogger("alembic.env")
config = context.config


def _db():
    return current_app.extensions["migrate"].db


def run_migrations_offline() -> None:
    context.configure(
        url=str(_db().engine.url),
        target_metadata=_db().metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    def process_revision_directives(context_, revision, directives):
        if getattr(config.cmd_opts, "autogenerate", False) and directives[0].upgrade_ops.is_empty():
            directives[:] = []
            logger.info("No changes in schema detected.")

    conf_args = dict(current_app.extensions["migrate"].configure_args)
    conf_args.setdefault("process_revision_directives", process_revision_directives)
    with _db().engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            # A migration may rewrite a large table: CARNET_DATABASE_STATEMENT_TIMEOUT is for requests.
            connection.exec_driver_sql("SET statement_timeout = 0")
            connection.commit()  # so that Alembic begins (and commits) its own transaction
        context.configure(connection=connection, target_metadata=_db().metadata, **conf_args)
        with context.begin_transaction():
            context.run_migrations()
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("RESET statement_timeout")  # back to the configured limit
            connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
