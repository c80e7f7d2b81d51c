"""Server-rendered pages (no build step, progressive enhancement): posting, the
timeline, an entry, the story so far, stages, and the team's page shells."""

from __future__ import annotations

from flask import Flask

from logbook import delivery
from logbook.web import (
    compose,
    effects,
    entries,
    installed_app,
    language,
    stage_reviews,
    stages,
    stakeholders,
    story,
    team,
    timeline,
    transcripts,
)
from logbook.web.blueprint import bp

__all__ = [
    "compose",
    "effects",
    "entries",
    "init_app",
    "installed_app",
    "language",
    "stage_reviews",
    "stages",
    "stakeholders",
    "story",
    "team",
    "timeline",
    "transcripts",
]


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    delivery.init_app(app)
