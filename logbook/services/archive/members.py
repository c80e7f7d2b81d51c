"""The people of an imported archive: members who have an account here, invitations for
the others, and an owner."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from logbook.db import db, utcnow
from logbook.errors import ValidationFailed
from logbook.export.archive import (
    parse_moment,
)
from logbook.models import (
    Invitation,
    Logbook,
    Membership,
    Role,
    User,
)
from logbook.services.links import new_link_token

INVITATION_DAYS = 30  # for the members of an imported archive who have no account here


@dataclass
class PendingMember:
    """A member of the archive without an account here, kept as a single-use invitation
    to the role they had. ``token`` is the invitation's clear token: shown once."""

    name: str
    email: str
    role: str
    token: str
    expires_at: datetime


@dataclass
class ImportedLogbook:
    """What an import made: the logbook, who owns it and why (``owner_from``: ``"given"``,
    ``"archive"`` or ``"site admin"``), and the members now waiting on an invitation."""

    logbook: Logbook
    owners: list[User]
    owner_from: str
    pending: list[PendingMember] = field(default_factory=list)


def restore_members(
    logbook: Logbook, members: list[dict[str, Any]], owner: User | None
) -> tuple[dict[str, User], ImportedLogbook]:
    """Memberships for the archive's members who have an account here, invitations for the
    others, and an owner. Raises ValidationFailed (``owner_required``) when nobody can own it."""
    people: dict[str, User] = {}
    memberships: dict[int, Membership] = {}
    owners: list[User] = []
    if owner is not None:
        memberships[owner.id] = Membership(logbook_id=logbook.id, user_id=owner.id, role=Role.OWNER.value)
        people[owner.email.lower()] = owner
        owners.append(owner)
    wanted = {member["email"].strip().lower(): member for member in members}
    if wanted:
        for user in db.session.scalars(select(User).where(User.email.in_(list(wanted)))):
            email = user.email.lower()
            if email in people:
                continue
            member = wanted[email]
            memberships[user.id] = Membership(
                logbook_id=logbook.id,
                user_id=user.id,
                role=member["role"],
                created_at=parse_moment(member["created_at"]) if member.get("created_at") else utcnow(),
            )
            people[email] = user
            if member["role"] == Role.OWNER.value:
                owners.append(user)
    owner_from = "given" if owner is not None else "archive"
    if not owners:
        # Without a member, a private logbook would be reachable by site administrators only,
        # and nobody would be told: the first of them owns it, and the import says so.
        admin = db.session.scalar(
            select(User).where(User.is_admin.is_(True), User.is_active_account.is_(True)).order_by(User.id)
        )
        if admin is None:
            raise ValidationFailed(
                "Nobody here could own the imported logbook: none of the archive's owners has an "
                "account here and there is no site administrator. Name an owner's account.",
                code="owner_required",
                fields={"owner": ["The email of an account that will own the logbook."]},
            )
        if admin.id in memberships:  # a member of the archive already, with a lesser role
            memberships[admin.id].role = Role.OWNER.value
        else:
            memberships[admin.id] = Membership(logbook_id=logbook.id, user_id=admin.id, role=Role.OWNER.value)
        people.setdefault(admin.email.lower(), admin)
        owners.append(admin)
        owner_from = "site admin"
    db.session.add_all(memberships.values())
    expires_at = utcnow() + timedelta(days=INVITATION_DAYS)
    pending: list[PendingMember] = []
    for email, member in wanted.items():
        if email in people:
            continue
        clear, digest = new_link_token()
        name = " ".join(str(member.get("name") or "").split())
        db.session.add(
            Invitation(
                logbook_id=logbook.id,
                role=member["role"],
                token_hash=digest,
                expires_at=expires_at,
                max_uses=1,
                note=f"{name} <{email}> (archive)"[:200] if name else f"{email} (archive)"[:200],
                created_by_id=owners[0].id,
            )
        )
        pending.append(PendingMember(name, email, member["role"], clear, expires_at))
    return people, ImportedLogbook(logbook, owners, owner_from, pending)
