"""Invitation links: an owner invites people to join a logbook with a role."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from logbook.db import db, utcnow
from logbook.errors import NotFound
from logbook.models import Invitation, Logbook, Membership, Role, User
from logbook.services.links import check_limits, claim_use, find_link, new_link_token, revoke
from logbook.services.members import grant

DEFAULT_DAYS = 14


def create_invitation(
    logbook: Logbook,
    inviter: User | None,
    role: Role,
    *,
    expires_at: datetime | None = None,
    max_uses: int | None = None,
    note: str = "",
) -> tuple[Invitation, str]:
    """A new invitation and its clear token (shown once). Expires after DEFAULT_DAYS unless
    told otherwise. Raises ValidationFailed. Commits."""
    expires_at = expires_at or utcnow() + timedelta(days=DEFAULT_DAYS)
    check_limits(expires_at, max_uses)
    clear, digest = new_link_token()
    invitation = Invitation(
        logbook_id=logbook.id,
        role=role.value,
        token_hash=digest,
        expires_at=expires_at,
        max_uses=max_uses,
        note=(note or "").strip()[:200],
        created_by_id=getattr(inviter, "id", None),
    )
    db.session.add(invitation)
    db.session.commit()
    return invitation, clear


def list_invitations(logbook: Logbook) -> list[Invitation]:
    return list(
        db.session.scalars(
            select(Invitation)
            .where(Invitation.logbook_id == logbook.id)
            .order_by(Invitation.created_at.desc())
        )
    )


def get_invitation(logbook: Logbook, invitation_id: int) -> Invitation:
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None or invitation.logbook_id != logbook.id:
        raise NotFound(f"No invitation {invitation_id} in '{logbook.slug}'.")
    return invitation


def find_invitation(clear: str) -> Invitation:
    """The usable invitation for this token. Raises NotFound or LinkGone."""
    return find_link(Invitation, clear)


def accept_invitation(invitation: Invitation, user: User) -> Membership:
    """Make ``user`` a member with the invitation's role (a stronger role they already hold
    is kept). Someone already at that role does not use up the link. Raises LinkGone. Commits."""
    role = Role(invitation.role)
    current = db.session.scalar(
        select(Membership.role).where(
            Membership.logbook_id == invitation.logbook_id, Membership.user_id == user.id
        )
    )
    if current is None or not Role(current).at_least(role):
        claim_use(invitation)
    return grant(invitation.logbook, user, role)


def revoke_invitation(invitation: Invitation) -> None:
    revoke(invitation)
