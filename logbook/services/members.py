"""Who belongs to a logbook, with which role. A logbook always keeps an owner."""

from __future__ import annotations

from sqlalchemy import select

from logbook.db import db
from logbook.errors import Conflict, NotFound, ValidationFailed
from logbook.models import Logbook, Membership, Role, User
from logbook.services.users import find_user


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationFailed(
            "Unknown role.", fields={"role": [f"One of: {', '.join(r.value for r in Role)}."]}
        ) from None


def list_members(logbook: Logbook) -> list[Membership]:
    """Members, owners first, then by name."""
    rows = db.session.scalars(
        select(Membership).join(User).where(Membership.logbook_id == logbook.id).order_by(User.display_name)
    )
    return sorted(rows, key=lambda m: -Role(m.role).rank)


def get_membership(logbook: Logbook, user_id: int) -> Membership:
    membership = db.session.scalar(
        select(Membership).where(Membership.logbook_id == logbook.id, Membership.user_id == user_id)
    )
    if membership is None:
        raise NotFound(f"User {user_id} is not a member of '{logbook.slug}'.")
    return membership


def add_member_by_email(logbook: Logbook, email: str, role: Role) -> Membership:
    """Add an existing account (or change its role). Raises NotFound when no account has this
    email (send an invitation instead), Conflict when that would leave no owner. Commits."""
    user = find_user(email or "")
    if user is None:
        raise NotFound("No account uses this email; send an invitation link instead.", code="no_such_user")
    membership = db.session.scalar(
        select(Membership).where(Membership.logbook_id == logbook.id, Membership.user_id == user.id)
    )
    if membership is not None:
        return change_role(logbook, user.id, role)
    membership = Membership(logbook_id=logbook.id, user_id=user.id, role=role.value)
    db.session.add(membership)
    db.session.commit()
    return membership


def change_role(logbook: Logbook, user_id: int, role: Role) -> Membership:
    """Raises NotFound, or Conflict when the last owner would stop being one. Commits."""
    membership = get_membership(logbook, user_id)
    if membership.role == Role.OWNER.value and role is not Role.OWNER:
        _keep_an_owner(logbook, membership)
    membership.role = role.value
    db.session.commit()
    return membership


def remove_member(logbook: Logbook, user_id: int) -> None:
    """Raises NotFound, or Conflict for the last owner. Commits."""
    membership = get_membership(logbook, user_id)
    if membership.role == Role.OWNER.value:
        _keep_an_owner(logbook, membership)
    db.session.delete(membership)
    db.session.commit()


def grant(logbook: Logbook, user: User, role: Role) -> Membership:
    """Make ``user`` a member with at least ``role``; an existing stronger role is kept. Commits."""
    membership = db.session.scalar(
        select(Membership).where(Membership.logbook_id == logbook.id, Membership.user_id == user.id)
    )
    if membership is None:
        membership = Membership(logbook_id=logbook.id, user_id=user.id, role=role.value)
        db.session.add(membership)
    elif not Role(membership.role).at_least(role):
        membership.role = role.value
    db.session.commit()
    return membership


def _keep_an_owner(logbook: Logbook, leaving: Membership) -> None:
    # Lock the owners' rows so two owners removing each other at once cannot both succeed.
    owners = db.session.scalars(
        select(Membership.id)
        .where(Membership.logbook_id == logbook.id, Membership.role == Role.OWNER.value)
        .with_for_update()
    ).all()
    if [owner for owner in owners if owner != leaving.id] == []:
        raise Conflict("A logbook keeps at least one owner: name another owner first.", code="last_owner")
