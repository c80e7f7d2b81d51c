"""Signing in and out with a browser, changing one's password, and ending sessions.

Each signed-in browser has a row on the server (``logbook.auth``): signing out deletes it,
"sign out everywhere" deletes all of the person's, a password change all but the current
one, and disabling an account all of them, so a copied cookie stops working at once.
"""

from __future__ import annotations

from functools import cache

from flask import request, session
from flask_login import login_user, logout_user
from sqlalchemy import func, select

from logbook.auth import (
    SESSION_KEY,
    end_browser_sessions,
    hash_password,
    open_browser_session,
    verify_password,
)
from logbook.db import db
from logbook.errors import ValidationFailed
from logbook.models import BrowserSession, User
from logbook.services.users import MIN_PASSWORD, find_user


@cache
def _decoy_hash() -> str:
    """Checked when the email is unknown, so a wrong email costs as much time as a wrong password."""
    return hash_password("carnet-decoy-password")


def authenticate(email: str, password: str) -> User | None:
    """The active user with these credentials, or None."""
    user = find_user(email or "")
    if user is None or not user.is_active:
        verify_password(User(password_hash=_decoy_hash()), password or "")
        return None
    if not verify_password(user, password or ""):
        return None
    db.session.commit()  # verify_password may have upgraded the hash
    return user


def start_session(user: User) -> None:
    # A new key for every sign-in, and nothing kept from before it: a session an attacker
    # planted (session fixation) is not the one that gets signed in.
    session.clear()
    login_user(user)
    session[SESSION_KEY] = open_browser_session(user, request.user_agent.string or "")


def end_session() -> None:
    """Sign this browser out: its session row goes, so a copy of the cookie is worthless."""
    key = session.get(SESSION_KEY)
    user_id = session.get("_user_id")
    if isinstance(key, str) and isinstance(user_id, str) and user_id.isdigit():
        end_browser_sessions(int(user_id), only_key=key)
        db.session.commit()
    logout_user()
    session.clear()


def end_every_session(user: User, *, keep_current: bool = False) -> int:
    """Sign the person out on every browser (all but this one with ``keep_current``).
    Commits; returns how many sessions ended."""
    keep = session.get(SESSION_KEY) if keep_current and session.get("_user_id") == user.get_id() else None
    ended = end_browser_sessions(user.id, keep_key=keep if isinstance(keep, str) else None)
    db.session.commit()
    return ended


def open_sessions(user: User) -> int:
    """How many browsers the person is signed in on."""
    return db.session.scalar(
        select(func.count()).select_from(BrowserSession).where(BrowserSession.user_id == user.id)
    )


def set_active(user: User, active: bool) -> None:
    """Enable or disable an account; disabling signs it out everywhere at once (its API
    tokens are refused while it is disabled). Commits."""
    user.is_active_account = active
    if not active:
        end_browser_sessions(user.id)
    db.session.commit()


def change_password(user: User, current: str, new: str, confirm: str | None = None) -> None:
    """Set a new password after checking the current one. Raises ValidationFailed. Commits,
    and keeps this browser signed in while other sessions end."""
    errors: dict[str, list[str]] = {}
    if not verify_password(user, current or ""):
        errors["current_password"] = ["Le mot de passe actuel ne correspond pas."]
    if len(new or "") < MIN_PASSWORD:
        errors["new_password"] = [f"Au moins {MIN_PASSWORD} caractères."]
    elif confirm is not None and new != confirm:
        errors["confirm_password"] = ["Les deux saisies diffèrent."]
    if errors:
        raise ValidationFailed("Le mot de passe n'a pas été changé.", fields=errors)
    user.password_hash = hash_password(new)
    end_every_session(user, keep_current=True)
