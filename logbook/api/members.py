"""/api/v1/logbooks/<slug>/members and /invitations: who belongs, with which role."""

from __future__ import annotations

from datetime import timedelta

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from logbook.api.context import authorize, caller
from logbook.api.schemas import Integer, StrictSchema
from logbook.db import utcnow
from logbook.models import Membership, Role
from logbook.services import invitations as invites
from logbook.services import members as service
from logbook.services.access import Action
from logbook.services.logbooks import get_logbook

blp = Blueprint(
    "members", __name__, url_prefix="/api/v1/logbooks/<slug>", description="Members, roles and invitations"
)
ROLES = tuple(role.value for role in Role)


class MemberSchema(Schema):
    user_id = Integer()
    display_name = fields.String()
    email = fields.String(metadata={"description": "Shown to owners only."})
    role = fields.String()
    since = fields.AwareDateTime()


class MemberAddSchema(StrictSchema):
    email = fields.String(required=True, validate=validate.Length(min=3, max=254))
    role = fields.String(required=True, validate=validate.OneOf(ROLES))


class MemberUpdateSchema(StrictSchema):
    role = fields.String(required=True, validate=validate.OneOf(ROLES))


class InvitationSchema(Schema):
    id = Integer()
    role = fields.String()
    note = fields.String()
    expires_at = fields.AwareDateTime(allow_none=True)
    max_uses = Integer(allow_none=True)
    use_count = Integer()
    revoked_at = fields.AwareDateTime(allow_none=True)
    active = fields.Boolean()
    created_at = fields.AwareDateTime()
    created_by = fields.String(allow_none=True)


class InvitationCreatedSchema(InvitationSchema):
    url = fields.String(metadata={"description": "The link to send. Shown this once, never again."})
    token = fields.String()


class InvitationCreateSchema(StrictSchema):
    role = fields.String(required=True, validate=validate.OneOf(ROLES))
    note = fields.String(load_default="", validate=validate.Length(max=200))
    expires_at = fields.AwareDateTime(load_default=None, allow_none=True)
    expires_in_days = Integer(load_default=None, allow_none=True, validate=validate.Range(min=1, max=366))
    max_uses = Integer(load_default=None, allow_none=True, validate=validate.Range(min=1))


def member_dict(membership: Membership, *, with_email: bool) -> dict:
    data = {
        "user_id": membership.user_id,
        "display_name": membership.user.display_name,
        "role": membership.role,
        "since": membership.created_at,
    }
    if with_email:
        data["email"] = membership.user.email
    return data


def invitation_dict(invitation, clear: str | None = None) -> dict:
    now = utcnow()
    data = {
        "id": invitation.id,
        "role": invitation.role,
        "note": invitation.note,
        "expires_at": invitation.expires_at,
        "max_uses": invitation.max_uses,
        "use_count": invitation.use_count,
        "revoked_at": invitation.revoked_at,
        "active": invitation.revoked_at is None and not invitation.expired(now) and not invitation.used_up(),
        "created_at": invitation.created_at,
        "created_by": invitation.created_by.display_name if invitation.created_by else None,
    }
    if clear is not None:
        data["token"] = clear
        data["url"] = url_for("accounts.invitation", token=clear, _external=True)
    return data


def _members_only(logbook) -> Role:
    """Readers and up who are members (or site admins); a public logbook's visitors do not
    see who its members are."""
    return authorize(logbook, Action.SEE_MEMBERS)


@blp.route("/members")
class Members(MethodView):
    @blp.response(200, MemberSchema(many=True))
    def get(self, slug):
        """Members and their roles, owners first. Members of the logbook only."""
        logbook = get_logbook(slug)
        role = _members_only(logbook)
        return [member_dict(m, with_email=role is Role.OWNER) for m in service.list_members(logbook)]

    @blp.arguments(MemberAddSchema)
    @blp.response(201, MemberSchema)
    def post(self, data, slug):
        """Add an existing account by email, or change its role. Owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_LOGBOOK)
        membership = service.add_member_by_email(logbook, data["email"], service.parse_role(data["role"]))
        return member_dict(membership, with_email=True)


@blp.route("/members/<int:user_id>")
class MemberItem(MethodView):
    @blp.arguments(MemberUpdateSchema)
    @blp.response(200, MemberSchema)
    def patch(self, data, slug, user_id):
        """Change a member's role. Owners; the last owner stays an owner (409)."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_LOGBOOK)
        membership = service.change_role(logbook, user_id, service.parse_role(data["role"]))
        return member_dict(membership, with_email=True)

    @blp.response(204)
    def delete(self, slug, user_id):
        """Remove a member. Owners; the last owner cannot be removed (409)."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_LOGBOOK)
        service.remove_member(logbook, user_id)
        return None


@blp.route("/invitations")
class Invitations(MethodView):
    @blp.response(200, InvitationSchema(many=True))
    def get(self, slug):
        """Invitation links, newest first (their tokens are not kept). Owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_LOGBOOK)
        return [invitation_dict(i) for i in invites.list_invitations(logbook)]

    @blp.arguments(InvitationCreateSchema)
    @blp.response(201, InvitationCreatedSchema)
    def post(self, data, slug):
        """Make an invitation link for a role; it expires (14 days unless told otherwise) and
        may be limited to a number of uses. The link is in this answer only. Owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_LOGBOOK)
        expires_at = data["expires_at"]
        if expires_at is None and data["expires_in_days"]:
            expires_at = utcnow() + timedelta(days=data["expires_in_days"])
        invitation, clear = invites.create_invitation(
            logbook,
            caller(),
            service.parse_role(data["role"]),
            expires_at=expires_at,
            max_uses=data["max_uses"],
            note=data["note"],
        )
        return invitation_dict(invitation, clear)


@blp.route("/invitations/<int:invitation_id>")
class InvitationItem(MethodView):
    @blp.response(204)
    def delete(self, slug, invitation_id):
        """Withdraw an invitation link. Owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_LOGBOOK)
        invites.revoke_invitation(invites.get_invitation(logbook, invitation_id))
        return None
