"""The language switch: a cookie for everyone, and the account's choice when signed in."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import redirect, request, url_for
from flask_login import current_user

from logbook.db import db
from logbook.i18n import COOKIE, LOCALES
from logbook.web.blueprint import bp


def safe_next(target: str | None) -> str:
    """A path on this site to go back to; anything else becomes the home page."""
    parts = urlsplit(target or "")
    if not target or parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return url_for("web.home")
    return target


@bp.post("/langue")
def switch_language():
    locale = request.form.get("lang", "")
    response = redirect(safe_next(request.form.get("next")))
    if locale in LOCALES:
        response.set_cookie(COOKIE, locale, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
        if current_user.is_authenticated:
            current_user.locale = locale
            db.session.commit()
    return response
