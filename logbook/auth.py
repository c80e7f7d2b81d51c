"""Who is calling: browser sessions (Flask-Login) and personal API tokens.

A browser session is valid while its row in ``browser_sessions`` exists: the signed
cookie carries a random key whose SHA-256 names the row, so signing out, "sign out
everywhere", a password change or disabling an account delete rows and take effect at
once on every process, with nothing shared but the database.

``Authorization: Bearer <token>`` authenticates API clients; only the token's
SHA-256 is stored. A read-only token can never change anything: the scope is set on the
caller for each request (``User.token_read_only``, read by every access check), and an
unsafe request with such a token is refused before any view runs unless the view is
marked ``allowed_with_read_only_token`` (a read that needs a POST, such as a search with
a long query or asking for an export).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import Flask, current_app, g, request, session
from flask_login import AnonymousUserMixin, LoginManager, current_user
from sqlalchemy import delete, select

from logbook.db import db, utcnow
from logbook.models import ApiToken, BrowserSession, User

TOKEN_PREFIX = "crn_"
_hasher = PasswordHasher()  # Argon2id, memory-hard
login_manager = LoginManager()


class Anonymous(AnonymousUserMixin):
    id = None
    is_admin = False
    display_name = ""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return True


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(
    user: User, name: str, *, read_only: bool = False, expires_at: datetime | None = None
) -> tuple[ApiToken, str]:
    """Create a token; the clear text is returned once and never stored."""
    clear = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        user=user,
        name=name,
        token_hash=token_digest(clear),
        prefix=clear[:10],
        read_only=read_only,
        expires_at=expires_at,
    )
    db.session.add(row)
    return row, clear


def user_for_token(clear: str) -> tuple[User, ApiToken] | None:
    row = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == token_digest(clear)))
    if row is None or row.revoked_at is not None:
        return None
    if row.expires_at is not None and row.expires_at <= utcnow():
        return None
    if not row.user.is_active:
        return None
    return row.user, row


UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
View = TypeVar("View", bound=Callable)


SESSION_KEY = "carnet_session"
# Last-seen times are written at most this often (not on every request), and a session
# unused for longer than the idle limit is over.
SEEN_EVERY = timedelta(minutes=5)
SESSION_IDLE_LIMIT = timedelta(days=30)


def _session_digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def open_browser_session(user: User, user_agent: str = "") -> str:
    """Record a new signed-in browser for ``user``; returns the key its cookie carries.
    Commits."""
    key = secrets.token_urlsafe(32)
    db.session.add(BrowserSession(user=user, key_hash=_session_digest(key), user_agent=user_agent[:200]))
    db.session.commit()
    return key


def browser_session_for(user_id: int, key: object) -> BrowserSession | None:
    """The live session row behind a cookie's key, or None (ended, idle too long, or
    another person's)."""
    if not isinstance(key, str) or not key:
        return None
    row = db.session.scalar(select(BrowserSession).where(BrowserSession.key_hash == _session_digest(key)))
    if row is None or row.user_id != user_id:
        return None
    now = utcnow()
    if now - row.last_seen_at > SESSION_IDLE_LIMIT:
        db.session.delete(row)
        db.session.commit()
        return None
    if now - row.last_seen_at > SEEN_EVERY:
        row.last_seen_at = now
        db.session.commit()
    return row


def end_browser_sessions(user_id: int, *, keep_key: str | None = None, only_key: str | None = None) -> int:
    """Delete the user's session rows (all, all but ``keep_key``, or just ``only_key``);
    returns how many ended. The caller commits."""
    statement = delete(BrowserSession).where(BrowserSession.user_id == user_id)
    if only_key is not None:
        statement = statement.where(BrowserSession.key_hash == _session_digest(only_key))
    if keep_key:
        statement = statement.where(BrowserSession.key_hash != _session_digest(keep_key))
    return db.session.execute(statement).rowcount or 0


def expire_idle_browser_sessions() -> int:
    """Delete sessions unused for longer than the idle limit (browsers closed without
    signing out). Periodic job; returns how many."""
    ended = db.session.execute(
        delete(BrowserSession).where(BrowserSession.last_seen_at < utcnow() - SESSION_IDLE_LIMIT)
    ).rowcount
    db.session.commit()
    return ended or 0


def is_read_only() -> bool:
    """True when the caller authenticated with a read-only token."""
    return bool(getattr(current_user, "token_read_only", False))


def allowed_with_read_only_token(view: View) -> View:
    """Mark a view (or a MethodView's method) whose unsafe method only reads, so a
    read-only token may call it."""
    view.allows_read_only_token = True  # type: ignore[attr-defined]
    return view


def _view_allows_read_only_token(endpoint: str | None, method: str) -> bool:
    view = current_app.view_functions.get(endpoint or "")
    if view is None:
        return False
    view_class = getattr(view, "view_class", None)
    if view_class is not None:
        view = getattr(view_class, method.lower(), None)
    return bool(getattr(view, "allows_read_only_token", False))


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.anonymous_user = Anonymous
    login_manager.login_view = "accounts.sign_in"

    @login_manager.user_loader
    def load_user(user_id: str) -> User | None:
        user = db.session.get(User, int(user_id)) if user_id.isdigit() else None
        if (
            user is None
            or not user.is_active
            or browser_session_for(user.id, session.get(SESSION_KEY)) is None
        ):
            # Signed out elsewhere, password changed, account disabled, or a cookie from
            # before server-side sessions: this cookie opens nothing any more.
            session.clear()
            return None
        # The same row may have served a token request earlier in this database session.
        user.token_read_only = False
        return user

    @login_manager.request_loader
    def load_from_token(req) -> User | None:
        header = req.headers.get("Authorization", "")
        scheme, _, clear = header.partition(" ")
        if scheme.lower() != "bearer" or not clear:
            return None
        found = user_for_token(clear.strip())
        if found is None:
            g.carnet_bad_token = True
            return None
        user, token = found
        user.token_read_only = token.read_only
        token.last_used_at = utcnow()
        db.session.commit()
        return user

    @login_manager.unauthorized_handler
    def unauthorized():
        from logbook.errors import Unauthorized

        raise Unauthorized("Sign in or send a valid API token.")

    @app.before_request
    def check_token():
        if not request.headers.get("Authorization"):
            return
        from logbook.errors import Forbidden, Unauthorized

        # A wrong token must not silently fall back to anonymous access.
        _ = current_user.is_authenticated
        if g.get("carnet_bad_token"):
            raise Unauthorized("The API token is unknown, revoked or expired.", code="invalid_token")
        # A read-only token changes nothing, on any route: refused here, before any view.
        if (
            is_read_only()
            and request.method in UNSAFE_METHODS
            and not _view_allows_read_only_token(request.endpoint, request.method)
        ):
            raise Forbidden("This API token is read-only.", code="read_only_token")
