"""Carnet: a shared multimedia logbook. ``create_app`` is the only way an app is made."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Mapping
from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from config import load_settings


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the Flask application from the declared settings.

    ``config`` overrides environment variables (tests pass a mapping). Raises
    ``config.ConfigError`` naming the setting when a value is unusable.
    """
    from logbook import (
        api,
        auth,
        compression,
        errors,
        health,
        i18n,
        input_guard,
        jobs,
        routing,
        search_index,
        security,
        storage,
        uploads,
        web,
    )
    from logbook import db as database
    from logbook.cli import register_commands
    from logbook.web import accounts

    settings = load_settings(config)
    # No app-wide static folder: the web blueprint serves its assets at /assets.
    app = Flask(__name__, instance_path=settings["CARNET_INSTANCE_DIR"], static_folder=None)
    routing.init_app(app)
    app.request_class = uploads.UploadRequest
    app.wsgi_app = uploads.large_body_reads(app.wsgi_app)  # type: ignore[method-assign]
    app.config.update(settings)
    app.config["SQLALCHEMY_DATABASE_URI"] = settings["CARNET_DATABASE_URL"]
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = database.engine_options(
        settings["CARNET_DATABASE_URL"],
        connect_timeout=settings["CARNET_DATABASE_CONNECT_TIMEOUT"],
        statement_timeout=settings["CARNET_DATABASE_STATEMENT_TIMEOUT"],
    )
    app.config["MAX_CONTENT_LENGTH"] = settings["CARNET_MAX_UPLOAD_BYTES"]
    app.config["SECRET_KEY"] = settings["CARNET_SECRET_KEY"] or _instance_secret(app.instance_path)
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    app.config.setdefault("JSON_SORT_KEYS", False)
    logging.getLogger("carnet").setLevel(settings["CARNET_LOG_LEVEL"].upper())
    if settings["CARNET_PROXY_HOPS"]:
        # Behind nginx/Traefik: the client's address (rate limits) and the public scheme and
        # host (links in invitations and exports) come from the proxies' headers.
        hops = settings["CARNET_PROXY_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)  # type: ignore[method-assign]

    database.init_app(app)
    storage.init_app(app)
    uploads.init_app(app)
    jobs.init_app(app)
    search_index.init_app(app)
    auth.init_app(app)
    errors.init_app(app)
    input_guard.init_app(app, database.db.session)
    i18n.init_app(app)
    api.init_app(app)
    web.init_app(app)
    accounts.init_app(app)
    compression.init_app(app)
    health.init_app(app)
    security.init_app(app)  # last: its rate limits wrap the views registered above
    register_commands(app)
    return app


def _instance_secret(instance_path: str) -> str:
    """A random secret kept in the instance folder, so sessions survive restarts."""
    os.makedirs(instance_path, exist_ok=True)
    path = os.path.join(instance_path, "secret_key")
    try:
        with open(path, encoding="ascii") as handle:
            return handle.read().strip()
    except FileNotFoundError:
        key = secrets.token_urlsafe(48)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
        return key
