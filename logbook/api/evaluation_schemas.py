"""Marshmallow schemas of the project's evaluation: expected effects and their evidence,
stage reviews and the versions they keep, and stakeholders. The shared bases (strict
input, bounded ids) are in :mod:`logbook.api.schemas`."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from logbook.api.schemas import Integer, StrictSchema
from logbook.models import STAKEHOLDER_KINDS

# --- expected effects, evidence, stage reviews ------------------------------------------------

STANCES = ("confirms", "nuances", "contradicts")


class StanceCountsSchema(Schema):
    confirms = Integer()
    nuances = Integer()
    contradicts = Integer()


class EffectSchema(Schema):
    id = Integer()
    position = Integer()
    title = fields.String()
    question = fields.String(metadata={"description": "The question the project wants to answer."})
    indicator = fields.String(metadata={"description": "What is measured, or empty."})
    target = fields.String(metadata={"description": "The value aimed at, or empty."})
    version = Integer()
    evidence_counts = fields.Nested(StanceCountsSchema)
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()


class EffectListSchema(Schema):
    effects = fields.List(fields.Nested(EffectSchema))


class EffectCreateSchema(StrictSchema):
    title = fields.String(required=True, validate=validate.Length(min=1, max=200))
    question = fields.String(validate=validate.Length(max=1000), load_default="")
    indicator = fields.String(validate=validate.Length(max=200), load_default="")
    target = fields.String(validate=validate.Length(max=100), load_default="")
    position = Integer(validate=validate.Range(min=0))


class EffectUpdateSchema(StrictSchema):
    title = fields.String(validate=validate.Length(min=1, max=200))
    question = fields.String(validate=validate.Length(max=1000))
    indicator = fields.String(validate=validate.Length(max=200))
    target = fields.String(validate=validate.Length(max=100))
    position = Integer(validate=validate.Range(min=0))


class EvidenceSchema(Schema):
    id = Integer()
    effect_id = Integer()
    entry = fields.Dict(metadata={"description": "{id, title, kind, occurred_at}"})
    stance = fields.String(metadata={"description": "confirms, nuances or contradicts"})
    comment = fields.String()
    added_by = fields.Dict(metadata={"description": "{id, name}"})
    created_at = fields.AwareDateTime()


class EvidenceListSchema(Schema):
    evidence = fields.List(fields.Nested(EvidenceSchema))


class EvidenceCreateSchema(StrictSchema):
    entry_id = Integer(required=True)
    stance = fields.String(required=True, validate=validate.OneOf(STANCES))
    comment = fields.String(validate=validate.Length(max=500), load_default="")


class VersionSchema(Schema):
    version = Integer()
    fields_ = fields.Dict(data_key="fields", metadata={"description": "The texts at this version."})
    changed = fields.List(fields.String(), metadata={"description": "Fields the next edit changed."})
    edited_at = fields.AwareDateTime(metadata={"description": "When the next edit replaced this version."})
    edited_by = fields.Dict(metadata={"description": "{id, name} of who made that edit."})


class VersionListSchema(Schema):
    current_version = Integer()
    revisions = fields.List(fields.Nested(VersionSchema))


class StageReviewSchema(Schema):
    stage_id = Integer()
    done = fields.String(metadata={"description": "What we did."})
    learnt = fields.String(metadata={"description": "What we learnt."})
    next_changes = fields.String(metadata={"description": "What changes for the next stop."})
    version = Integer()
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()


class StageReviewWriteSchema(StrictSchema):
    done = fields.String(validate=validate.Length(max=2000))
    learnt = fields.String(validate=validate.Length(max=2000))
    next_changes = fields.String(validate=validate.Length(max=2000))


# --- stakeholders -----------------------------------------------------------------------------


class StakeholderSchema(Schema):
    id = Integer()
    name = fields.String(
        allow_none=True,
        metadata={"description": "null when they did not consent to be named (shown to editors and owners)."},
    )
    label = fields.String(
        metadata={"description": "Role and organisation, never the name: what anyone may read."}
    )
    organisation = fields.String()
    kind = fields.String()
    role = fields.String()
    consent_to_name = fields.Boolean()
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()


class StakeholderDetailSchema(StakeholderSchema):
    testimonies = fields.List(
        fields.Dict(), metadata={"description": "{id, title, occurred_at} where they speak"}
    )
    entries = fields.List(
        fields.Dict(), metadata={"description": "{id, title, kind, occurred_at} naming them"}
    )


class StakeholderListSchema(Schema):
    stakeholders = fields.List(fields.Nested(StakeholderSchema))


class StakeholderCreateSchema(StrictSchema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    organisation = fields.String(validate=validate.Length(max=200), load_default="")
    kind = fields.String(validate=validate.OneOf(STAKEHOLDER_KINDS), load_default="autre")
    role = fields.String(validate=validate.Length(max=200), load_default="")
    consent_to_name = fields.Boolean(load_default=False)


class StakeholderUpdateSchema(StrictSchema):
    name = fields.String(validate=validate.Length(min=1, max=200))
    organisation = fields.String(validate=validate.Length(max=200))
    kind = fields.String(validate=validate.OneOf(STAKEHOLDER_KINDS))
    role = fields.String(validate=validate.Length(max=200))
    consent_to_name = fields.Boolean()


class EntryStakeholdersSchema(Schema):
    stakeholders = fields.List(fields.Nested(StakeholderSchema))
    speaker_id = Integer(
        allow_none=True, metadata={"description": "The stakeholder who speaks, for a testimony."}
    )


class EntryStakeholdersWriteSchema(StrictSchema):
    stakeholder_ids = fields.List(Integer(), required=True, validate=validate.Length(max=50))
    speaker_id = Integer(allow_none=True, load_default=None)
