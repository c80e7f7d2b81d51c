"""Carnet as an app on the phone: the web app manifest, the service worker, and the page a
share from the phone's gallery or recorder lands on.

The service worker (static/sw.js) is served from the root so that it controls every page;
it keeps the pages a person viewed for offline use, per person, and takes shared files
into the browser before handing over to ``/partager``. The pages tell it whose they are
with the ``X-Carnet-Person`` header (the session cookie is out of its reach).
"""

from __future__ import annotations

import json
import os

from flask import Response, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user

from logbook.security import csrf_free
from logbook.services.access import Action, can
from logbook.services.logbooks import list_logbooks
from logbook.web.blueprint import asset_url, bp, sign_in_url, user

PERSON_HEADER = "X-Carnet-Person"
THEME = "#0b5563"
BACKGROUND = "#ffffff"
SHARED_FILES = ["image/*", "video/*", "audio/*"]


def manifest() -> dict:
    """The manifest in the reader's language (names, description and shortcuts)."""
    icons = [
        {
            "src": asset_url(f"icons/icon-{size}.png"),
            "sizes": f"{size}x{size}",
            "type": "image/png",
            "purpose": "any",
        }
        for size in (192, 512)
    ] + [
        {
            "src": asset_url(f"icons/maskable-{size}.png"),
            "sizes": f"{size}x{size}",
            "type": "image/png",
            "purpose": "maskable",
        }
        for size in (192, 512)
    ]
    return {
        "id": "/",
        "lang": str(get_locale() or "fr"),
        "name": _("Carnet — carnet de bord partagé"),
        "short_name": "Carnet",
        "description": _("Notes, photos, vidéos, dessins et témoignages d'un projet, même sans réseau."),
        "start_url": url_for("web.home", source="app"),
        "scope": "/",
        "display": "standalone",
        "orientation": "any",
        "theme_color": THEME,
        "background_color": BACKGROUND,
        "icons": icons,
        "share_target": {
            "action": url_for("web.share_received"),
            "method": "POST",
            "enctype": "multipart/form-data",
            "params": {
                "title": "title",
                "text": "text",
                "url": "url",
                "files": [{"name": "files", "accept": SHARED_FILES}],
            },
        },
    }


@bp.get("/manifest.webmanifest")
def web_manifest():
    body = json.dumps(manifest(), ensure_ascii=False, indent=1)
    response = Response(body, mimetype="application/manifest+json")
    response.headers["Cache-Control"] = "no-cache"
    response.vary.add("Cookie")  # the language
    return response


def _service_worker_source() -> str:
    path = os.path.join(bp.static_folder or "", "sw.js")
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    # The worker runs the outbox's own sending code; naming its versioned URL here also makes
    # the browser install a new worker whenever the outbox changes.
    return source.replace('"__OUTBOX_SCRIPT__"', json.dumps(asset_url("outbox.js")))


@bp.get("/sw.js")
def service_worker():
    response = Response(_service_worker_source(), mimetype="text/javascript")
    # Always asked again: a fixed worker reaches phones at their next visit.
    response.headers["Cache-Control"] = "no-cache"
    response.headers["Service-Worker-Allowed"] = "/"
    return response


def _postable_logbooks() -> list:
    caller = user()
    return [logbook for logbook in list_logbooks(caller) if can(caller, logbook, Action.POST)]


@bp.get("/partager")
def share_received():
    """Where a share lands once the service worker has kept its files: straight to the
    compose page of one's only logbook, else to the choice of a logbook."""
    if not current_user.is_authenticated:
        return redirect(sign_in_url())
    if request.args.get("perdu"):
        flash(
            _(
                "Les fichiers partagés ne sont pas arrivés. Ouvrez Carnet une fois avec du réseau, "
                "puis partagez de nouveau, ou joignez-les depuis la page de publication."
            ),
            "error",
        )
    logbooks = _postable_logbooks()
    if len(logbooks) == 1:
        return redirect(url_for("web.compose", slug=logbooks[0].slug, partage=1))
    return redirect(url_for("web.share_choose_logbook"))


@bp.get("/partager/carnet")
def share_choose_logbook():
    if not current_user.is_authenticated:
        return redirect(sign_in_url())
    return render_template("share.html", logbooks=_postable_logbooks())


@bp.post("/partager")
@csrf_free
def share_without_worker():
    """A share that reached the server: the service worker was not there to keep the files
    (the site's data was cleared). Nothing of the request is read or kept: without a CSRF
    token, files posted here could come from any site. The person is told, and can share
    again once the worker is back."""
    return redirect(url_for("web.share_received", perdu=1), code=303)


@bp.after_app_request
def name_the_person(response: Response) -> Response:
    # Pages only, and only those of a browser session (an API client's token names no page
    # a service worker would keep).
    if (
        response.mimetype == "text/html"
        and current_user.is_authenticated
        and "Authorization" not in request.headers
    ):
        response.headers[PERSON_HEADER] = str(current_user.id)
    return response
