"""The JSON API at /api/v1, documented by an OpenAPI 3 document generated from
the routes and schemas at /api/v1/openapi.json."""

from __future__ import annotations

from flask import Flask
from flask_smorest import Api


class CarnetApi(Api):
    """flask-smorest's Api, minus its error handler: errors take Carnet's one shape."""

    def _register_error_handlers(self) -> None:
        return None


def init_app(app: Flask) -> None:
    from logbook.api import (
        effects,
        entries,
        exports,
        guests,
        logbooks,
        media,
        members,
        moderation,
        revisions,
        search,
        stage_reviews,
        stages,
        stakeholders,
        tokens,
        uploads,
    )

    app.config.update(
        API_TITLE="Carnet",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/api/v1",
        OPENAPI_JSON_PATH="openapi.json",
    )
    api = CarnetApi(
        spec_kwargs={
            "info": {"description": "Carnet: a shared multimedia logbook (carnet de bord)."},
            "components": {
                "securitySchemes": {
                    "bearer": {"type": "http", "scheme": "bearer"},
                    "session": {"type": "apiKey", "in": "cookie", "name": "session"},
                }
            },
            "security": [{"bearer": []}, {"session": []}, {}],
        }
    )
    api.init_app(app)
    for module in (
        logbooks,
        stages,
        entries,
        media,
        tokens,
        members,
        guests,
        moderation,
        revisions,
        exports,
        search,
        uploads,
        effects,
        stage_reviews,
        stakeholders,
    ):
        api.register_blueprint(module.blp)
    app.extensions["carnet.api"] = api
