"""Marshmallow schemas: what the API accepts and returns. The OpenAPI document is
generated from these and the routes."""

from __future__ import annotations

from marshmallow import EXCLUDE, RAISE, Schema, fields, validate

from logbook.models import ENTRY_KINDS
from logbook.routing import LARGEST_ROW_ID

VISIBILITIES = ("private", "public")

IDEMPOTENCY_KEY_HEADER = {
    "in": "header",
    "name": "Idempotency-Key",
    "schema": {"type": "string", "maxLength": 200},
    "description": "Retrying with the same key returns the first answer and creates nothing.",
}


class Integer(fields.Integer):
    """An integer that a database column can hold (ids, counts, days, positions): a larger
    number is a validation error, never an overflow inside the database."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.validators.insert(0, validate.Range(min=-LARGEST_ROW_ID - 1, max=LARGEST_ROW_ID))


class StrictSchema(Schema):
    class Meta:
        unknown = RAISE


class ApiErrorDetail(Schema):
    code = fields.String(required=True, metadata={"example": "validation_failed"})
    message = fields.String(required=True)
    fields = fields.Dict(keys=fields.String(), values=fields.Raw())


class ApiErrorSchema(Schema):
    error = fields.Nested(ApiErrorDetail, required=True)


# --- logbooks ---------------------------------------------------------------------------------


class LogbookSchema(Schema):
    id = Integer(dump_only=True)
    slug = fields.String()
    name = fields.String()
    nickname = fields.String()
    description = fields.String()
    visibility = fields.String()
    places_enabled = fields.Boolean()
    role = fields.String(allow_none=True, metadata={"description": "The caller's role on this logbook."})
    counts = fields.Dict(keys=fields.String(), values=Integer())
    next_stop = fields.Nested(lambda: StageSchema(), allow_none=True)
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()


class LogbookCreateSchema(StrictSchema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    slug = fields.String(validate=validate.Length(min=1, max=64))
    nickname = fields.String(validate=validate.Length(max=120), load_default="")
    description = fields.String(load_default="")
    visibility = fields.String(validate=validate.OneOf(VISIBILITIES), load_default="private")
    places_enabled = fields.Boolean(load_default=False)


class LogbookUpdateSchema(StrictSchema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    nickname = fields.String(validate=validate.Length(max=120))
    description = fields.String()
    visibility = fields.String(validate=validate.OneOf(VISIBILITIES))
    places_enabled = fields.Boolean()


# --- stages -----------------------------------------------------------------------------------


class StageSchema(Schema):
    id = Integer()
    position = Integer()
    title = fields.String()
    summary = fields.String()
    starts_on = fields.Date(allow_none=True)
    ends_on = fields.Date(allow_none=True)
    reached = fields.Boolean()
    is_next_stop = fields.Boolean()
    entry_count = Integer()


class StageCreateSchema(StrictSchema):
    title = fields.String(required=True, validate=validate.Length(min=1, max=200))
    summary = fields.String(load_default="")
    starts_on = fields.Date(allow_none=True, load_default=None)
    ends_on = fields.Date(allow_none=True, load_default=None)
    reached = fields.Boolean(load_default=False)
    position = Integer(validate=validate.Range(min=0))


class StageUpdateSchema(StrictSchema):
    title = fields.String(validate=validate.Length(min=1, max=200))
    summary = fields.String()
    starts_on = fields.Date(allow_none=True)
    ends_on = fields.Date(allow_none=True)
    reached = fields.Boolean()


class StageOrderSchema(StrictSchema):
    stage_ids = fields.List(Integer(), required=True)


class NextStopSchema(StrictSchema):
    stage_id = Integer(required=True, allow_none=True)


class StageListSchema(Schema):
    stages = fields.List(fields.Nested(StageSchema))
    next_stop = fields.Nested(StageSchema, allow_none=True)


# --- entries and media ------------------------------------------------------------------------


class DerivativeLinkSchema(Schema):
    url = fields.String()
    mime = fields.String()
    width = Integer(allow_none=True)
    height = Integer(allow_none=True)
    size = Integer()


class MediaSchema(Schema):
    id = Integer()
    entry_id = Integer()
    kind = fields.String(metadata={"description": "image, vector, audio or video"})
    mime = fields.String()
    size = Integer()
    sha256 = fields.String()
    original_name = fields.String()
    state = fields.String(metadata={"description": "pending, processing, ready or failed"})
    progress = fields.Float(metadata={"description": "0 to 1 while processing"})
    error = fields.String(allow_none=True)
    width = Integer(allow_none=True)
    height = Integer(allow_none=True)
    duration = fields.Float(allow_none=True)
    caption = fields.String()
    alt_text = fields.String()
    transcript = fields.String()
    variants = fields.Dict(keys=fields.String(), values=fields.Nested(DerivativeLinkSchema))
    original_url = fields.String(allow_none=True)


class EntrySchema(Schema):
    id = Integer()
    logbook = fields.String()
    kind = fields.String()
    title = fields.String()
    body = fields.String()
    link_url = fields.String(allow_none=True)
    occurred_at = fields.AwareDateTime()
    stage = fields.Dict(allow_none=True, metadata={"description": "{id, title, position} or null"})
    author = fields.Dict(metadata={"description": "{id, name}"})
    tags = fields.List(fields.String())
    speaker_name = fields.String(allow_none=True)
    speaker_role = fields.String(allow_none=True)
    consent = fields.Boolean()
    pinned = fields.Boolean()
    status = fields.String()
    version = Integer()
    media = fields.List(fields.Nested(MediaSchema))
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()


class EntryFieldsSchema(StrictSchema):
    """Fields of an entry, as JSON or as multipart form fields next to the files."""

    kind = fields.String(required=True, validate=validate.OneOf(ENTRY_KINDS))
    title = fields.String(validate=validate.Length(max=300), load_default="")
    body = fields.String(load_default="", metadata={"description": "Markdown"})
    occurred_at = fields.AwareDateTime(
        load_default=None, allow_none=True, metadata={"description": "When it happened; default now."}
    )
    stage_id = Integer(
        allow_none=True,
        metadata={
            "description": "Omitted: the stage whose dates hold the entry's date, else the next stop; "
            "null: no stage."
        },
    )
    tags = fields.List(fields.String(validate=validate.Length(max=64)), load_default=list)
    speaker_name = fields.String(allow_none=True, validate=validate.Length(max=200), load_default=None)
    speaker_role = fields.String(allow_none=True, validate=validate.Length(max=200), load_default=None)
    consent = fields.Boolean(load_default=False)
    pinned = fields.Boolean(load_default=False)
    link_url = fields.Url(allow_none=True, load_default=None, schemes={"http", "https"})
    uploads = fields.List(
        fields.String(validate=validate.Length(min=1, max=32)),
        load_default=list,
        validate=validate.Length(max=100),
        metadata={
            "description": "Ids of finished resumable uploads (`/api/v1/logbooks/<slug>/uploads`) to attach."
        },
    )


class EntryMultipartSchema(EntryFieldsSchema):
    files = fields.List(fields.Raw(metadata={"type": "string", "format": "binary"}))
    caption = fields.List(
        fields.String(), metadata={"description": "One per file, in order: `files` first, then `uploads`."}
    )
    alt_text = fields.List(
        fields.String(), metadata={"description": "One per file, in order: `files` first, then `uploads`."}
    )


class EntryLinksMixin(Schema):
    """What a member may link an entry to as it is posted (not offered to guests)."""

    effect_id = Integer(
        allow_none=True,
        load_default=None,
        metadata={"description": "An expected effect this entry is evidence for."},
    )
    stance = fields.String(
        validate=validate.OneOf(("confirms", "nuances", "contradicts")),
        load_default="confirms",
        metadata={"description": "How the entry bears on `effect_id`."},
    )
    evidence_comment = fields.String(validate=validate.Length(max=500), load_default="")
    stakeholder_ids = fields.List(
        Integer(),
        load_default=list,
        validate=validate.Length(max=50),
        metadata={"description": "Stakeholders named."},
    )
    speaker_stakeholder_id = Integer(
        allow_none=True,
        load_default=None,
        metadata={"description": "For a testimony: the stakeholder who speaks (sets the speaker fields)."},
    )


class MemberEntryFieldsSchema(EntryLinksMixin, EntryFieldsSchema):
    pass


class MemberEntryMultipartSchema(EntryLinksMixin, EntryMultipartSchema):
    pass


class EntryUpdateSchema(StrictSchema):
    kind = fields.String(validate=validate.OneOf(ENTRY_KINDS))
    title = fields.String(validate=validate.Length(max=300))
    body = fields.String()
    occurred_at = fields.AwareDateTime()
    stage_id = Integer(allow_none=True)
    tags = fields.List(fields.String(validate=validate.Length(max=64)))
    speaker_name = fields.String(allow_none=True, validate=validate.Length(max=200))
    speaker_role = fields.String(allow_none=True, validate=validate.Length(max=200))
    consent = fields.Boolean()
    pinned = fields.Boolean()
    link_url = fields.Url(allow_none=True, schemes={"http", "https"})


class MediaUpdateSchema(StrictSchema):
    caption = fields.String()
    alt_text = fields.String()
    transcript = fields.String()


class TimelineQuerySchema(StrictSchema):
    limit = Integer(validate=validate.Range(min=1, max=200), load_default=None)
    cursor = fields.String(load_default=None)
    order = fields.String(validate=validate.OneOf(("desc", "asc")), load_default="desc")
    kind = fields.List(fields.String(validate=validate.OneOf(ENTRY_KINDS)), load_default=list)
    tag = fields.List(fields.String(), load_default=list)
    stage = fields.List(
        fields.String(),
        load_default=list,
        metadata={"description": "Stage ids, or 'none' for entries without one"},
    )
    author = fields.List(Integer(), load_default=list)
    occurred_from = fields.AwareDateTime(data_key="from", load_default=None)
    occurred_to = fields.AwareDateTime(data_key="to", load_default=None)
    pinned = fields.Boolean(load_default=None, allow_none=True)
    status = fields.String(validate=validate.OneOf(("published", "all")), load_default="published")


class TimelineSchema(Schema):
    entries = fields.List(fields.Nested(EntrySchema))
    next_cursor = fields.String(allow_none=True)
    stages = fields.List(fields.Nested(StageSchema))
    next_stop = fields.Nested(StageSchema, allow_none=True)


class Lenient(Schema):
    class Meta:
        unknown = EXCLUDE
