"""The JSON API at /api/v1, documented by an OpenAPI 3 document generated from
the routes and schemas at /api/v1/openapi.json."""

from __future__ import annotations

import threading
from typing import Any

from flask import Flask
from flask_smorest import Api, Blueprint


class CarnetApi(Api):
    """flask-smorest's Api, minus its error handler (errors take Carnet's one shape), and
    with the OpenAPI document written when it is first read rather than when the app is
    made: documenting every route costs ~0.1 s that a worker, a CLI command or a web
    process that never serves the document would spend at each start."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._spec: Any = None
        self._undocumented: list[tuple[Blueprint, str, list | None]] = []
        self._documenting = threading.RLock()
        self._in_document = threading.local()
        super().__init__(*args, **kwargs)

    @property
    def spec(self) -> Any:
        """The OpenAPI document, every route registered so far in it."""
        if self._undocumented and not getattr(self._in_document, "active", False):
            self._document()
        return self._spec

    @spec.setter
    def spec(self, value: Any) -> None:
        self._spec = value

    def _register_error_handlers(self) -> None:
        return None

    def register_blueprint(self, blp: Blueprint, *, parameters: list | None = None, **options: Any) -> None:
        # What Api.register_blueprint does, its documentation step left for later.
        name = options.get("name", blp.name)
        self._app.extensions["flask-smorest"]["blp_name_to_api"][name] = self
        self._app.register_blueprint(blp, **options)
        self._undocumented.append((blp, name, parameters))

    def _document(self) -> None:
        with self._documenting:
            self._in_document.active = True  # documenting reads self.spec: no second round
            try:
                while self._undocumented:
                    blp, name, parameters = self._undocumented[0]
                    blp.register_views_in_doc(self, self._app, self._spec, name=name, parameters=parameters)
                    self._spec.tag({"name": name, "description": blp.description})
                    self._undocumented.pop(0)
            finally:
                self._in_document.active = False


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
