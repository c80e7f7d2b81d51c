"""The one authorisation check: what a caller may do on a logbook.

Every API endpoint and page calls ``require`` or ``can``. Both read the scope of the
caller's credentials from the caller itself (``acts_read_only``): a read-only API token
never passes a write action, whichever route asks. A private logbook the caller
cannot read answers 404 (its existence is not disclosed); a readable logbook
where the caller lacks the role answers 403; an anonymous caller who would
need to sign in gets 401.
"""

from __future__ import annotations

import enum

from sqlalchemy import select

from logbook.db import db
from logbook.errors import Forbidden, NotFound, Unauthorized
from logbook.models import Entry, Logbook, Membership, Role, Visibility


class Action(enum.StrEnum):
    READ = "read"
    POST = "post"
    EDIT_ENTRY = "edit_entry"  # own entry for contributors, any entry for editors
    MODERATE = "moderate"  # see and approve pending guest entries, restore from trash
    MANAGE_STAGES = "manage_stages"
    READ_ORIGINAL = "read_original"
    EXPORT = "export"  # ask for and download stories (renders cost minutes of CPU)
    SEE_MEMBERS = "see_members"  # who the members are and their roles
    MANAGE_LOGBOOK = "manage_logbook"  # settings and members
    DELETE_LOGBOOK = "delete_logbook"
    LINK_EVIDENCE = "link_evidence"  # link an entry to an expected effect, name a stakeholder on it
    MANAGE_EFFECTS = "manage_effects"  # expected effects, stage reviews (bilans) and stakeholders
    SEE_WITHHELD_NAMES = "see_withheld_names"  # names of stakeholders who did not consent to be named


REQUIRED_ROLE: dict[Action, Role] = {
    Action.READ: Role.READER,
    Action.EXPORT: Role.READER,
    Action.SEE_MEMBERS: Role.READER,
    Action.POST: Role.CONTRIBUTOR,
    Action.EDIT_ENTRY: Role.CONTRIBUTOR,
    Action.MODERATE: Role.EDITOR,
    Action.MANAGE_STAGES: Role.EDITOR,
    Action.LINK_EVIDENCE: Role.CONTRIBUTOR,
    Action.MANAGE_EFFECTS: Role.EDITOR,
    Action.SEE_WITHHELD_NAMES: Role.EDITOR,
    Action.READ_ORIGINAL: Role.EDITOR,
    Action.MANAGE_LOGBOOK: Role.OWNER,
    Action.DELETE_LOGBOOK: Role.OWNER,
}
WRITE_ACTIONS = set(Action) - {
    Action.READ,
    Action.EXPORT,
    Action.READ_ORIGINAL,
    Action.SEE_MEMBERS,
    Action.SEE_WITHHELD_NAMES,
}
# What a public logbook's visitors (anonymous, or signed in without a membership) may not
# do, although they may read: these are for its members (and site admins).
MEMBERS_ONLY = {Action.EXPORT, Action.SEE_MEMBERS, Action.SEE_WITHHELD_NAMES}


def membership_role(user, logbook: Logbook) -> Role | None:
    """The caller's role as a member of the logbook; site admins act as owners."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    if user.is_admin:
        return Role.OWNER
    role = db.session.scalar(
        select(Membership.role).where(Membership.logbook_id == logbook.id, Membership.user_id == user.id)
    )
    return Role(role) if role is not None else None


def role_on(user, logbook: Logbook) -> Role | None:
    """The caller's role on the logbook; site admins act as owners; public logbooks give readers."""
    role = membership_role(user, logbook)
    if role is not None:
        return role
    if logbook.visibility == Visibility.PUBLIC.value:
        return Role.READER
    return None


def is_member(user, logbook: Logbook) -> bool:
    """Whether the caller is of the logbook's team (a member or a site admin), rather than
    a visitor reading a public logbook."""
    return membership_role(user, logbook) is not None


def testimony_withheld(user, entry: Entry) -> bool:
    """Whether ``entry`` is a testimony without its speaker's consent that ``user`` may not
    read: the team reads it in Carnet, but outside the team (visitors of a public logbook)
    nothing of it but its kind and date is shown, as in exports."""
    return entry.kind == "testimony" and not entry.consent and not is_member(user, entry.logbook)


def withheld_entry_ids(user, entry_ids: list[int]) -> set[int]:
    """Which of ``entry_ids`` are testimonies without consent that ``user`` may not read
    (see ``testimony_withheld``), in one query whatever their logbooks."""
    if not entry_ids:
        return set()
    rows = db.session.execute(
        select(Entry.id, Entry.logbook_id).where(
            Entry.id.in_(entry_ids), Entry.kind == "testimony", Entry.consent.is_(False)
        )
    ).all()
    members: dict[int, bool] = {}
    for _, logbook_id in rows:
        if logbook_id not in members:
            members[logbook_id] = is_member(user, db.session.get(Logbook, logbook_id))
    return {entry_id for entry_id, logbook_id in rows if not members[logbook_id]}


def hidden_testimony_ids(user, logbook_ids: frozenset[int] | set[int]) -> set[int]:
    """The testimonies without consent, in ``logbook_ids``, that ``user`` may not read
    because they are not of that logbook's team (see ``testimony_withheld``)."""
    if user is not None and getattr(user, "is_authenticated", False) and user.is_admin:
        return set()
    outside = set(logbook_ids)
    if user is not None and getattr(user, "is_authenticated", False):
        outside -= set(db.session.scalars(select(Membership.logbook_id).where(Membership.user_id == user.id)))
    if not outside:
        return set()
    return set(
        db.session.scalars(
            select(Entry.id).where(
                Entry.logbook_id.in_(outside), Entry.kind == "testimony", Entry.consent.is_(False)
            )
        )
    )


def acts_read_only(user) -> bool:
    """True when the caller authenticated with a read-only API token for this request."""
    return bool(getattr(user, "token_read_only", False))


def can(user, logbook: Logbook, action: Action, *, entry: Entry | None = None) -> bool:
    if acts_read_only(user) and action in WRITE_ACTIONS:
        return False
    role = membership_role(user, logbook) if action in MEMBERS_ONLY else role_on(user, logbook)
    if role is None or not role.at_least(REQUIRED_ROLE[action]):
        return False
    if action is Action.EDIT_ENTRY and entry is not None and not role.at_least(Role.EDITOR):
        return entry.author_id is not None and entry.author_id == getattr(user, "id", None)
    return True


def require(user, logbook: Logbook, action: Action, *, entry: Entry | None = None) -> Role:
    """Return the caller's role, or raise NotFound / Unauthorized / Forbidden."""
    role = role_on(user, logbook)
    authenticated = bool(getattr(user, "is_authenticated", False))
    if role is None:
        if not authenticated:
            raise Unauthorized("Sign in to open this logbook.")
        raise NotFound(f"No logbook named '{logbook.slug}'.")
    if not can(user, logbook, action, entry=entry):
        if not authenticated:
            raise Unauthorized("Sign in to do this.")
        if acts_read_only(user) and action in WRITE_ACTIONS:
            raise Forbidden("This API token is read-only.", code="read_only_token")
        if action in MEMBERS_ONLY and membership_role(user, logbook) is None:
            raise Forbidden(f"Only members of '{logbook.slug}' may do this.", code="members_only")
        raise Forbidden(f"Your role ({role.value}) does not allow this on '{logbook.slug}'.")
    return role


def readable_logbook_ids(user) -> set[int]:
    """Logbooks the caller may read (members' logbooks and public ones)."""
    public = set(db.session.scalars(select(Logbook.id).where(Logbook.visibility == Visibility.PUBLIC.value)))
    if user is None or not getattr(user, "is_authenticated", False):
        return public
    if user.is_admin:
        return set(db.session.scalars(select(Logbook.id)))
    mine = set(db.session.scalars(select(Membership.logbook_id).where(Membership.user_id == user.id)))
    return public | mine


def moderated_logbook_ids(user) -> set[int]:
    """Logbooks where the caller sees pending guest entries (editors and owners), none
    with a read-only token: moderating is a write, and so is its queue."""
    if user is None or not getattr(user, "is_authenticated", False) or acts_read_only(user):
        return set()
    if user.is_admin:
        return set(db.session.scalars(select(Logbook.id)))
    return set(
        db.session.scalars(
            select(Membership.logbook_id).where(
                Membership.user_id == user.id,
                Membership.role.in_([Role.EDITOR.value, Role.OWNER.value]),
            )
        )
    )
