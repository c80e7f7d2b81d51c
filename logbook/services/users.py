"""Accounts: creating users and checking their credentials."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from logbook.auth import hash_password
from logbook.db import db
from logbook.errors import Conflict, ValidationFailed
from logbook.models import Membership, Role, User

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 10


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user(email: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def create_user(
    *, email: str, password: str | None, display_name: str | None = None, is_admin: bool = False
) -> User:
    """Raises ValidationFailed for a bad email or short password, Conflict if the email is taken."""
    email = normalise_email(email)
    if not EMAIL_RE.match(email):
        raise ValidationFailed("This is not an email address.", fields={"email": ["Invalid email."]})
    if password is not None and len(password) < MIN_PASSWORD:
        raise ValidationFailed(
            f"Passwords need at least {MIN_PASSWORD} characters.",
            fields={"password": [f"At least {MIN_PASSWORD} characters."]},
        )
    if find_user(email) is not None:
        raise Conflict("An account with this email already exists.", code="email_taken")
    user = User(
        email=email,
        display_name=(display_name or email.split("@")[0]).strip(),
        password_hash=hash_password(password) if password else None,
        is_admin=is_admin,
    )
    db.session.add(user)
    db.session.commit()
    return user


def add_member(logbook, user: User, role: Role) -> Membership:
    membership = db.session.scalar(
        select(Membership).where(Membership.logbook_id == logbook.id, Membership.user_id == user.id)
    )
    if membership is None:
        membership = Membership(logbook_id=logbook.id, user_id=user.id, role=role.value)
        db.session.add(membership)
    else:
        membership.role = role.value
    db.session.commit()
    return membership
