"""Server-rendered pages (no build step): the logbook list, the timeline, the story so far."""

from __future__ import annotations

from flask import Blueprint, Flask, abort, render_template
from flask_login import current_user

from logbook.services.access import Action, can
from logbook.services.logbooks import get_logbook, list_logbooks
from logbook.services.stages import list_stages, next_stop
from logbook.services.timeline import TimelineFilters, timeline_page

bp = Blueprint("web", __name__, template_folder="templates", static_folder="static", static_url_path="/static")


@bp.get("/")
def home():
    return render_template("home.html", logbooks=list_logbooks(current_user))


@bp.get("/carnets/<slug>")
def logbook_timeline(slug: str):
    logbook = get_logbook(slug)
    if not can(current_user, logbook, Action.READ):
        abort(404)
    page = timeline_page(logbook, TimelineFilters(), limit=50)
    return render_template(
        "timeline.html",
        logbook=logbook,
        entries=page.entries,
        stages=list_stages(logbook),
        next_stop=next_stop(logbook),
    )


@bp.get("/sign-in")
def sign_in():
    return render_template("home.html", logbooks=list_logbooks(current_user))


def init_app(app: Flask) -> None:
    from logbook import delivery

    app.register_blueprint(bp)
    delivery.init_app(app)
