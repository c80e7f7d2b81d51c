"""The ``web`` blueprint and what every page shares: access checks that speak HTML
(a sign-in redirect instead of a JSON 401), template helpers and feature probes."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode, urlsplit

from flask import Blueprint, abort, current_app, redirect, request, url_for
from flask_babel import format_date, format_time, get_locale
from flask_babel import gettext as _
from flask_login import current_user

from logbook.csrf_masking import masked_csrf_token
from logbook.models import ENTRY_KINDS, Logbook
from logbook.services.access import Action, can, role_on, testimony_withheld
from logbook.services.logbooks import get_logbook
from logbook.web.markup import excerpt, render_markdown


class PagesBlueprint(Blueprint):
    """Static files asked for with their content hash (``asset_url``) never change: cache them
    for a year, so phones on a weak network load them once."""

    def get_send_file_max_age(self, filename: str | None) -> int | None:
        if request.args.get("v"):
            return 365 * 24 * 3600
        return super().get_send_file_max_age(filename)


# The app's own /static would shadow a blueprint folder at the same URL.
bp = PagesBlueprint(
    "web", __name__, template_folder="templates", static_folder="static", static_url_path="/assets"
)


@lru_cache(maxsize=64)
def _asset_version(path: str, mtime: float) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()[:10]


def asset_url(filename: str) -> str:
    """URL of a file in static/, carrying a hash of its content."""
    path = os.path.join(bp.static_folder or "", filename)
    return url_for("web.static", filename=filename, v=_asset_version(path, os.path.getmtime(path)))


def kind_labels() -> dict[str, str]:
    return {
        "note": _("Note"),
        "photo": _("Photo"),
        "drawing": _("Dessin"),
        "audio": _("Audio"),
        "video": _("Vidéo"),
        "testimony": _("Témoignage"),
        "link": _("Lien"),
    }


def role_labels() -> dict[str, str]:
    return {
        "reader": _("lecture"),
        "contributor": _("contribution"),
        "editor": _("édition"),
        "owner": _("responsable"),
    }


def user():
    return current_user._get_current_object()


def has_endpoint(name: str) -> bool:
    return name in current_app.view_functions


def api_rule(suffix: str) -> str | None:
    """The rule of an API route ending in ``suffix`` under a logbook, if one is installed
    (members, invitations, exports… come from other parts of the app)."""
    wanted = f"/api/v1/logbooks/<slug>/{suffix}"
    for rule in current_app.url_map.iter_rules():
        if rule.rule == wanted and "GET" in (rule.methods or ()):
            return rule.rule
    return None


def sign_in_url(next_url: str | None = None) -> str:
    target = next_url or request.full_path.rstrip("?")
    if has_endpoint("accounts.sign_in"):
        return url_for("accounts.sign_in", next=target)
    return url_for("web.home")


def logbook_for(slug: str, action: Action = Action.READ) -> Logbook:
    """The logbook if the caller may do ``action`` on it; otherwise a sign-in redirect
    for anonymous callers, 404 for private logbooks they cannot read, 403 otherwise."""
    logbook = get_logbook(slug)
    caller = user()
    if can(caller, logbook, action):
        return logbook
    if not caller.is_authenticated:
        abort(redirect(sign_in_url()))
    if role_on(caller, logbook) is None:
        abort(404)
    abort(403)


def query_toggle(args: dict[str, list[str]], name: str, value: str) -> str:
    """The query string with ``name=value`` added, or removed when it was there."""
    values = dict((k, list(v)) for k, v in args.items())
    current = values.get(name, [])
    values[name] = [v for v in current if v != value] if value in current else [*current, value]
    values.pop("cursor", None)
    pairs = [(k, v) for k, vs in values.items() for v in vs if v]
    return "?" + urlencode(pairs) if pairs else "?"


def _when(value: datetime | None, style: str = "medium") -> str:
    """Date in the reader's language and time zone, with hours and minutes."""
    if not value:
        return ""
    return f"{format_date(value, style)} · {format_time(value, 'short')}"


def _day(value, style: str = "long") -> str:
    return format_date(value, style) if value else ""


def _month(value: datetime) -> str:
    return format_date(value, "MMMM y").capitalize()


def _duration(seconds: float | None) -> str:
    if not seconds:
        return ""
    total = round(seconds)
    return f"{total // 60}:{total % 60:02d}"


@bp.app_context_processor
def page_helpers() -> dict[str, Any]:
    return {
        "csrf_token": masked_csrf_token,
        "asset_url": asset_url,
        "get_locale": get_locale,
        "has_endpoint": has_endpoint,
        "kind_labels": kind_labels(),
        "role_labels": role_labels(),
        "entry_kinds": ENTRY_KINDS,
        "Action": Action,
        "can": lambda logbook, action, entry=None: can(user(), logbook, action, entry=entry),
        "withheld": lambda entry: testimony_withheld(user(), entry),
        "sign_in_url": sign_in_url,
    }


@bp.app_template_filter("markdown")
def markdown_filter(text: str | None):
    return render_markdown(text or "")


def _hostname(url: str) -> str:
    return urlsplit(url).hostname or url


bp.add_app_template_filter(excerpt, "excerpt")
bp.add_app_template_filter(_hostname, "hostname")
bp.add_app_template_filter(_when, "when")
bp.add_app_template_filter(_day, "day")
bp.add_app_template_filter(_month, "month")
bp.add_app_template_filter(_duration, "duration")
