"""Protections every request passes through: CSRF, cookie flags, security headers,
and rate limits on what can be abused (sessions themselves are kept on the server:
``logbook.auth``).

CSRF: every unsafe request must carry the form's ``csrf_token`` or an
``X-CSRFToken`` header, except requests authenticated by a bearer token (a
browser never adds one on its own, so it cannot be forged cross-site; Basic
credentials, which a browser does resend by itself, earn no exemption) and API
requests with no signed-in session (there is nothing to ride on).

Rate limits use Flask-Limiter, in memory by default or in Redis when
``CARNET_RATELIMIT_STORAGE_URL`` is set; a 429 answer has the usual error body
and a ``Retry-After`` header.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

from flask import Flask, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import current_user
from flask_wtf.csrf import CSRFError

from logbook.csrf_masking import MaskedCSRFProtect, masked_csrf_token
from logbook.errors import CarnetError

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class CsrfFailed(CarnetError):
    status = 400
    code = "csrf_failed"


# --- CSRF and sessions ------------------------------------------------------------------------


def _bearer() -> bool:
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    return scheme.lower() == "bearer" and bool(credentials.strip())


def csrf_free(view: Callable) -> Callable:
    """Mark a view whose unsafe method takes nothing from the request and changes nothing
    (a phone's share sheet posts to it with no token): the CSRF check leaves it alone."""
    view.csrf_free = True  # type: ignore[attr-defined]
    return view


def _needs_csrf() -> bool:
    if request.method in SAFE_METHODS:
        return False
    if getattr(current_app.view_functions.get(request.endpoint or ""), "csrf_free", False):
        return False
    if _bearer():
        return False
    if request.path.startswith("/api/"):
        return bool(current_user.is_authenticated)
    return True


def _init_csrf(app: Flask) -> None:
    app.config["WTF_CSRF_CHECK_DEFAULT"] = False  # checked below, with the bearer-token exemption
    # Tokens live as long as the browser session: a testimony typed slowly on a phone, or a
    # form left open overnight, must not be lost to an expired token.
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)
    csrf = MaskedCSRFProtect(app)
    # Every page writes the token under a fresh pad (see logbook.csrf_masking).
    app.jinja_env.globals["csrf_token"] = masked_csrf_token
    app.context_processor(lambda: {"csrf_token": masked_csrf_token})  # after Flask-WTF's own
    app.extensions["carnet.csrf"] = csrf

    @app.before_request
    def check_csrf():
        if not _needs_csrf():
            return
        try:
            csrf.protect()
        except CSRFError as exc:
            raise CsrfFailed(
                f"The form expired or did not come from this site ({exc.description}). "
                "Reload the page and send it again.",
            ) from None


def _init_cookies(app: Flask) -> None:
    secure = bool(app.config["CARNET_SECURE_COOKIES"])
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure,
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=secure,
        WTF_CSRF_SSL_STRICT=secure,
    )


# --- headers ----------------------------------------------------------------------------------


def media_origins(storage_url: str) -> list[str]:
    """Origins media may be loaded from besides this site: the S3 endpoint that presigned
    URLs point at (none for the file backend)."""
    parts = urlsplit(storage_url)
    if parts.scheme != "s3":
        return []
    query = {name: values[-1] for name, values in parse_qs(parts.query).items()}
    bucket = parts.netloc
    endpoint = query.get("endpoint_url")
    if endpoint:
        host = urlsplit(endpoint)
        origins = [f"{host.scheme}://{host.netloc}"]
        if query.get("addressing_style") == "virtual":
            origins.append(f"{host.scheme}://{bucket}.{host.netloc}")
        return origins
    origins = [f"https://{bucket}.s3.amazonaws.com"]
    if query.get("region"):
        origins.append(f"https://{bucket}.s3.{query['region']}.amazonaws.com")
    return origins


def content_security_policy(storage_url: str) -> str:
    media = " ".join(["'self'", "blob:", "data:", *media_origins(storage_url)])
    return "; ".join(
        [
            "default-src 'self'",
            f"img-src {media}",
            f"media-src {media}",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


def _init_headers(app: Flask) -> None:
    policy = content_security_policy(app.config["CARNET_STORAGE_URL"])
    secure = bool(app.config["CARNET_SECURE_COOKIES"])

    @app.after_request
    def security_headers(response):
        # Served files carry their own stricter sandbox policy (logbook.delivery): keep it.
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if secure:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        # Pages stay out of every cache, the browser's history included: once someone signs
        # out of a shared phone, "back" asks the server again (and gets the sign-in page)
        # rather than showing their pages, or a compose page that would go on keeping drafts
        # under their name; and a page's signed-in state (static/carnet.js) is always true.
        if response.mimetype == "text/html":
            response.headers.setdefault("Cache-Control", "no-store")
        return response


# --- rate limits ------------------------------------------------------------------------------


def _account_or_address() -> str:
    if current_user.is_authenticated:
        return f"user:{current_user.id}"
    return f"addr:{get_remote_address()}"


def _guest_link_and_address() -> str:
    token = (request.view_args or {}).get("token", "")
    link = hashlib.sha256(token.encode()).hexdigest()[:16]
    return f"guest:{link}:{get_remote_address()}"


# endpoint -> (setting holding the limits, key function); only POST is limited. Password
# checks share the sign-in limit; the web's posting form shares the API's upload limit.
RATE_LIMITS: dict[str, tuple[str, Callable[[], str]]] = {
    "accounts.sign_in": ("CARNET_RATELIMIT_SIGN_IN", get_remote_address),
    "accounts.change_password": ("CARNET_RATELIMIT_SIGN_IN", get_remote_address),
    "accounts.invitation": ("CARNET_RATELIMIT_SIGN_IN", get_remote_address),
    "accounts.guest_form": ("CARNET_RATELIMIT_GUEST", _guest_link_and_address),
    "guests.GuestEntries": ("CARNET_RATELIMIT_GUEST", _guest_link_and_address),
    "entries.Entries": ("CARNET_RATELIMIT_UPLOADS", _account_or_address),
    "uploads.Uploads": ("CARNET_RATELIMIT_UPLOADS", _account_or_address),
    "web.compose_post": ("CARNET_RATELIMIT_UPLOADS", _account_or_address),
    "exports.LogbookExports": ("CARNET_RATELIMIT_EXPORTS", _account_or_address),
    "web.export_post": ("CARNET_RATELIMIT_EXPORTS", _account_or_address),
}


def _init_rate_limits(app: Flask) -> None:
    storage_uri = app.config["CARNET_RATELIMIT_STORAGE_URL"] or "memory://"
    app.config.update(
        RATELIMIT_STORAGE_URI=storage_uri,
        RATELIMIT_HEADERS_ENABLED=True,
        # A Redis outage must not stop people signing in: errors are swallowed and the
        # counters go on in this process's memory until Redis answers again.
        RATELIMIT_SWALLOW_ERRORS=True,
        RATELIMIT_IN_MEMORY_FALLBACK_ENABLED=True,
    )
    if storage_uri.startswith(("redis://", "rediss://")):
        # Without timeouts an unreachable (not refusing) Redis would hang every limited request.
        timeout = max(app.config["CARNET_REDIS_TIMEOUT"], 1)
        app.config.setdefault(
            "RATELIMIT_STORAGE_OPTIONS", {"socket_connect_timeout": timeout, "socket_timeout": timeout}
        )
    app.config.setdefault("RATELIMIT_KEY_PREFIX", "carnet")
    limiter = Limiter(get_remote_address, app=app)
    app.extensions["carnet.limiter"] = limiter
    for endpoint, (setting, key_func) in RATE_LIMITS.items():
        view = app.view_functions.get(endpoint)
        if view is None:
            continue
        # Endpoints naming the same setting share its counters (scope = the setting).
        app.view_functions[endpoint] = limiter.shared_limit(
            app.config[setting],
            scope=setting,
            key_func=key_func,
            methods=["POST"],
            error_message="Too many requests; wait a moment before trying again.",
        )(view)


def init_app(app: Flask) -> None:
    """Call after every blueprint is registered: the rate limits wrap their views."""
    _init_cookies(app)
    _init_csrf(app)
    _init_headers(app)
    _init_rate_limits(app)
