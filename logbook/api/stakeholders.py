"""/api/v1/logbooks/<slug>/stakeholders, and the stakeholders an entry names.

A stakeholder who did not consent to be named comes with ``name: null`` to everyone but
the logbook's editors and owners; ``label`` (role, organisation) is for everyone."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from logbook.api.context import authorize, caller
from logbook.api.evaluation_schemas import (
    EntryStakeholdersSchema,
    EntryStakeholdersWriteSchema,
    StakeholderCreateSchema,
    StakeholderDetailSchema,
    StakeholderListSchema,
    StakeholderSchema,
    StakeholderUpdateSchema,
)
from logbook.api.presenters import stakeholder_dict
from logbook.jobs import get_queue
from logbook.services import stakeholders as service
from logbook.services.access import Action, can
from logbook.services.entries import get_entry
from logbook.services.logbooks import get_logbook

blp = Blueprint(
    "stakeholders",
    __name__,
    url_prefix="/api/v1/logbooks/<slug>",
    description="Stakeholders (parties prenantes): who the project works with",
)


def _sees_names(logbook) -> bool:
    return can(caller(), logbook, Action.SEE_WITHHELD_NAMES)


def _entry_brief(entry) -> dict:
    return {"id": entry.id, "title": entry.title, "kind": entry.kind, "occurred_at": entry.occurred_at}


def _detail(logbook, stakeholder) -> dict:
    said, named = service.appearances(stakeholder, include_pending=can(caller(), logbook, Action.MODERATE))
    return {
        **stakeholder_dict(stakeholder, sees_names=_sees_names(logbook)),
        "testimonies": [_entry_brief(e) for e in said],
        "entries": [_entry_brief(e) for e in named],
    }


@blp.route("/stakeholders")
class Stakeholders(MethodView):
    @blp.response(200, StakeholderListSchema)
    def get(self, slug):
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        sees = _sees_names(logbook)
        return {
            "stakeholders": [stakeholder_dict(s, sees_names=sees) for s in service.list_stakeholders(logbook)]
        }

    @blp.arguments(StakeholderCreateSchema)
    @blp.response(201, StakeholderSchema)
    def post(self, data, slug):
        """Add a stakeholder. Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        return stakeholder_dict(service.create_stakeholder(logbook, **data), sees_names=True)


@blp.route("/stakeholders/<int:stakeholder_id>")
class StakeholderItem(MethodView):
    @blp.response(200, StakeholderDetailSchema)
    def get(self, slug, stakeholder_id):
        """The stakeholder, the testimonies where they speak and the entries naming them."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        return _detail(logbook, service.get_stakeholder(logbook, stakeholder_id))

    @blp.arguments(StakeholderUpdateSchema)
    @blp.response(200, StakeholderDetailSchema)
    def patch(self, data, slug, stakeholder_id):
        """Change a stakeholder; withdrawing consent takes the name out of the entries naming them.
        Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        stakeholder = service.get_stakeholder(logbook, stakeholder_id)
        service.update_stakeholder(stakeholder, data, editor=caller(), queue=get_queue())
        return _detail(logbook, stakeholder)

    @blp.response(204)
    def delete(self, slug, stakeholder_id):
        """Remove on request, with everything that names them: their name leaves the entries
        that link them (and those entries' earlier versions); their testimonies stay, spoken by
        "Personne ayant demandé le retrait". Editors and owners."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.MANAGE_EFFECTS)
        service.remove_stakeholder(service.get_stakeholder(logbook, stakeholder_id), queue=get_queue())
        return None


@blp.route("/entries/<int:entry_id>/stakeholders")
class EntryStakeholders(MethodView):
    @blp.response(200, EntryStakeholdersSchema)
    def get(self, slug, entry_id):
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        entry = get_entry(logbook, entry_id)
        if entry.status != "published":
            authorize(logbook, Action.MODERATE)
        return _entry_links(logbook, entry)

    @blp.arguments(EntryStakeholdersWriteSchema)
    @blp.response(200, EntryStakeholdersSchema)
    def put(self, data, slug, entry_id):
        """Name these stakeholders on the entry (replacing the list); ``speaker_id`` makes one
        of them a testimony's speaker. Who may change the entry may do this."""
        logbook = get_logbook(slug)
        authorize(logbook, Action.READ)
        entry = get_entry(logbook, entry_id)
        authorize(logbook, Action.EDIT_ENTRY, entry=entry)
        service.set_entry_stakeholders(
            entry, data["stakeholder_ids"], speaker_id=data["speaker_id"], editor=caller(), queue=get_queue()
        )
        return _entry_links(logbook, entry)


def _entry_links(logbook, entry) -> dict:
    sees = _sees_names(logbook)
    links = service.entry_links(entry)
    speaker = next((link.stakeholder_id for link in links if link.as_speaker), None)
    return {
        "stakeholders": [stakeholder_dict(link.stakeholder, sees_names=sees) for link in links],
        "speaker_id": speaker,
    }
