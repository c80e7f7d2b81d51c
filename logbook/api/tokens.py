"""/api/v1/tokens: the caller's personal API tokens."""

from __future__ import annotations

from datetime import timedelta

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate

from logbook.api.context import caller
from logbook.api.schemas import Integer, StrictSchema
from logbook.auth import is_read_only
from logbook.db import utcnow
from logbook.errors import Forbidden, Unauthorized
from logbook.services import tokens as service

blp = Blueprint("tokens", __name__, url_prefix="/api/v1/tokens", description="Personal API tokens")


class TokenSchema(Schema):
    id = Integer()
    name = fields.String()
    prefix = fields.String(metadata={"description": "The first characters, to recognise the token."})
    read_only = fields.Boolean()
    active = fields.Boolean()
    expires_at = fields.AwareDateTime(allow_none=True)
    revoked_at = fields.AwareDateTime(allow_none=True)
    last_used_at = fields.AwareDateTime(allow_none=True)
    created_at = fields.AwareDateTime()


class TokenCreatedSchema(TokenSchema):
    token = fields.String(metadata={"description": "The token itself. Shown this once, never again."})


class TokenCreateSchema(StrictSchema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=120))
    read_only = fields.Boolean(load_default=False)
    expires_at = fields.AwareDateTime(load_default=None, allow_none=True)
    expires_in_days = Integer(load_default=None, allow_none=True, validate=validate.Range(min=1, max=3650))


def token_dict(row, clear: str | None = None) -> dict:
    now = utcnow()
    data = {
        "id": row.id,
        "name": row.name,
        "prefix": row.prefix,
        "read_only": row.read_only,
        "active": row.revoked_at is None and (row.expires_at is None or row.expires_at > now),
        "expires_at": row.expires_at,
        "revoked_at": row.revoked_at,
        "last_used_at": row.last_used_at,
        "created_at": row.created_at,
    }
    if clear is not None:
        data["token"] = clear
    return data


def _signed_in():
    user = caller()
    if not user.is_authenticated:
        raise Unauthorized("Sign in or send a valid API token.")
    return user


def _may_write():
    user = _signed_in()
    if is_read_only():
        raise Forbidden("This API token is read-only.", code="read_only_token")
    return user


@blp.route("")
class Tokens(MethodView):
    @blp.response(200, TokenSchema(many=True))
    def get(self):
        """The caller's tokens, active or not (never their clear text)."""
        return [token_dict(row) for row in service.list_tokens(_signed_in())]

    @blp.arguments(TokenCreateSchema)
    @blp.response(201, TokenCreatedSchema)
    def post(self, data):
        """Issue a token. Its clear text is in this answer only; store it now."""
        user = _may_write()
        expires_at = data["expires_at"]
        if expires_at is None and data["expires_in_days"]:
            expires_at = utcnow() + timedelta(days=data["expires_in_days"])
        row, clear = service.create_token(
            user, data["name"], read_only=data["read_only"], expires_at=expires_at
        )
        return token_dict(row, clear)


@blp.route("/<int:token_id>")
class TokenItem(MethodView):
    @blp.response(204)
    def delete(self, token_id):
        """Revoke a token at once. A read-only token may revoke itself or others of its owner."""
        service.revoke_token(_signed_in(), token_id)
        return None
