"""Signing in and out with a browser, and changing one's password.

A session remembers a fingerprint of the password hash it was opened with;
changing the password changes the hash, which ends every other session.
"""

from __future__ import annotations

import hashlib
import hmac
from functools import cache

from flask import session
from flask_login import login_user, logout_user

from logbook.auth import hash_password, verify_password
from logbook.db import db
from logbook.errors import ValidationFailed
from logbook.models import User
from logbook.services.users import MIN_PASSWORD, find_user

SESSION_KEY = "carnet_pw"


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


def password_fingerprint(user: User) -> str:
    return hashlib.sha256((user.password_hash or "").encode()).hexdigest()[:32]


def start_session(user: User) -> None:
    # Flask's session is a signed cookie: clearing it before login leaves nothing an
    # attacker could have planted (session fixation).
    session.clear()
    login_user(user)
    session[SESSION_KEY] = password_fingerprint(user)


def end_session() -> None:
    logout_user()
    session.clear()


def session_is_current(user: User) -> bool:
    """False when the password changed since this browser session began."""
    remembered = session.get(SESSION_KEY, "")
    return hmac.compare_digest(str(remembered), password_fingerprint(user))


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
    db.session.commit()
    if session.get("_user_id") == user.get_id():
        session[SESSION_KEY] = password_fingerprint(user)
