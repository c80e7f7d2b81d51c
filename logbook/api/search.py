"""/api/v1/search: entries by what was said, written or shown, within what the caller may read.

``GET`` takes the search in the query string; ``POST`` takes the same fields as
a JSON body, for searches too long for a URL (a request line longer than the
server accepts would be refused before the application could answer in JSON).
Both answer alike, and a query past the limits is a 422 ``query_too_long``.
"""

from __future__ import annotations

import base64
import json

from flask import url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import Schema, fields, validate
from sqlalchemy import select

from logbook.api.context import caller
from logbook.api.schemas import ApiErrorSchema, Integer, StrictSchema
from logbook.auth import allowed_with_read_only_token
from logbook.db import db
from logbook.errors import NotFound, ValidationFailed
from logbook.models import ENTRY_KINDS, Logbook
from logbook.services.access import readable_logbook_ids, withheld_entry_ids
from logbook.services.project_search import search_project_texts
from logbook.services.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, SearchRequest, search_entries

blp = Blueprint("search", __name__, url_prefix="/api/v1/search", description="Full-text search")


class SearchQuerySchema(StrictSchema):
    q = fields.String(
        load_default="",
        metadata={
            "description": 'Words (any form), "phrases", -exclusions or NOT, titre:/title:, tag:, '
            "#tag, type:/kind:, auteur:/author: (a first or last name is enough), escale:/stage:, "
            "2024-03..2024-06, 12 septembre, janvier 2024, 1er mai, 14/11/2024, réunion de mars, "
            f"coop*. At most {MAX_QUERY_CHARS} characters and {MAX_QUERY_TERMS} words or filters "
            "(422 query_too_long); "
            "POST the search as JSON when it is too long for a URL."
        },
    )
    logbook = fields.List(
        fields.String(),
        load_default=list,
        metadata={"description": "Logbook slugs; default: every readable logbook"},
    )
    kind = fields.List(fields.String(validate=validate.OneOf(ENTRY_KINDS)), load_default=list)
    tag = fields.List(fields.String(), load_default=list)
    stage = fields.List(Integer(), load_default=list)
    author = fields.List(Integer(), load_default=list)
    date_from = fields.Date(data_key="from", load_default=None)
    date_to = fields.Date(data_key="to", load_default=None)
    sort = fields.String(validate=validate.OneOf(("relevance", "newest", "oldest")), load_default="relevance")
    per_page = Integer(validate=validate.Range(min=1, max=100), load_default=20)
    cursor = fields.String(load_default=None, metadata={"description": "next_cursor of the previous page"})


class SearchHitSchema(Schema):
    id = Integer()
    logbook = fields.String()
    kind = fields.String()
    title_html = fields.String(metadata={"description": "HTML-escaped, matches in <mark>"})
    snippet_html = fields.String(metadata={"description": "HTML-escaped, matches in <mark>"})
    occurred_at = fields.AwareDateTime()
    tags = fields.List(fields.String())
    stage_id = Integer(allow_none=True)
    score = fields.Float()
    thumbnail_url = fields.String(allow_none=True)
    match = fields.String(
        validate=validate.OneOf(("exact", "corrected", "approximate")),
        metadata={
            "description": "exact: every word of the search is in the entry (in some form); corrected: "
            "after a typo correction (see suggestion); approximate: some word is missing, or only "
            "there through a synonym"
        },
    )


class ProjectTextHitSchema(Schema):
    kind = fields.String(metadata={"description": "effect, stage_review or stakeholder"})
    logbook = fields.String()
    id = Integer(metadata={"description": "The effect's, the stage's (for a review) or the stakeholder's id"})
    title = fields.String()
    snippet = fields.String()


class SearchResultSchema(Schema):
    total = Integer(
        metadata={
            "description": "Hits over every page: the entries that answer the search, then (ranked by "
            "relevance) those holding only some of its words, whose match is approximate"
        }
    )
    hits = fields.List(fields.Nested(SearchHitSchema))
    facets = fields.Dict(keys=fields.String(), values=fields.Dict(keys=fields.String(), values=Integer()))
    facet_labels = fields.Dict(
        keys=fields.String(), values=fields.Dict(keys=fields.String(), values=fields.String())
    )
    suggestion = fields.String(allow_none=True, metadata={"description": "Did you mean…"})
    approximate = fields.Boolean(
        metadata={
            "description": "True when no entry matches the search: the hits are only the closest "
            "entries (every hit's match is approximate)"
        }
    )
    query = fields.String()
    page = Integer()
    next_cursor = fields.String(allow_none=True)
    degraded = fields.Boolean(
        metadata={"description": "True when the index was unusable and the database answered"}
    )
    documents = fields.List(
        fields.Nested(ProjectTextHitSchema),
        metadata={
            "description": "Expected effects, stage reviews and stakeholders matching every word "
            "(first page of a text search only)"
        },
    )


@blp.route("")
class Search(MethodView):
    @blp.arguments(SearchQuerySchema, location="query")
    @blp.response(200, SearchResultSchema)
    @blp.alt_response(422, schema=ApiErrorSchema, description="Invalid parameters, or query_too_long")
    def get(self, query):
        """Ranked (or dated) hits with highlighted snippets and facet counts; only what the caller may read."""
        return _search(query)

    @allowed_with_read_only_token  # a search changes nothing
    @blp.arguments(SearchQuerySchema, location="json")
    @blp.response(200, SearchResultSchema)
    @blp.alt_response(422, schema=ApiErrorSchema, description="Invalid parameters, or query_too_long")
    def post(self, query):
        """The same search with its fields in a JSON body, for searches too long for a URL."""
        return _search(query)


def _search(query: dict) -> dict:
    user = caller()
    logbook_ids = None
    if query["logbook"]:
        # A logbook the caller cannot read is "not found", as everywhere: the answer
        # must not tell that a private logbook of that name exists.
        rows = dict(
            db.session.execute(
                select(Logbook.slug, Logbook.id).where(
                    Logbook.slug.in_(query["logbook"]), Logbook.id.in_(readable_logbook_ids(user))
                )
            ).all()
        )
        missing = set(query["logbook"]) - set(rows)
        if missing:
            raise NotFound(f"No logbook named '{sorted(missing)[0]}'.")
        logbook_ids = list(rows.values())
    page = _page_from(query["cursor"])
    outcome = search_entries(
        user,
        SearchRequest(
            text=query["q"],
            logbook_ids=logbook_ids,
            kinds=query["kind"],
            tags=query["tag"],
            stage_ids=query["stage"],
            authors=query["author"],
            date_from=query["date_from"],
            date_to=query["date_to"],
            sort=query["sort"],
            page=page,
            per_page=query["per_page"],
        ),
    )
    results = outcome.results
    more = results.page * results.per_page < results.total
    withheld = withheld_entry_ids(user, [hit.entry_id for hit in results.hits])
    return {
        "total": results.total,
        "hits": [
            {
                "id": hit.entry_id,
                "logbook": outcome.logbook_slugs.get(hit.logbook_id, ""),
                "kind": hit.kind,
                # Outside the team, a testimony without consent keeps only its kind and date.
                "title_html": "" if hit.entry_id in withheld else hit.title_html,
                "snippet_html": "" if hit.entry_id in withheld else hit.snippet_html,
                "occurred_at": hit.occurred_at,
                "tags": [] if hit.entry_id in withheld else hit.tags,
                "stage_id": hit.stage_id,
                "score": round(hit.score, 4),
                "thumbnail_url": None if hit.entry_id in withheld else _thumbnail_url(hit.thumbnail_key),
                "match": hit.match,
            }
            for hit in results.hits
        ],
        "facets": results.facets,
        "facet_labels": results.facet_labels,
        "suggestion": results.suggestion,
        "approximate": results.total > 0 and results.exact_total == 0,
        "query": results.query_used,
        "page": results.page,
        "next_cursor": _cursor_for(results.page + 1) if more else None,
        "degraded": outcome.degraded,
        "documents": [vars(hit) for hit in search_project_texts(user, query["q"], logbook_ids)]
        if query["q"].strip() and page == 1
        else [],
    }


def _thumbnail_url(key: str | None) -> str | None:
    if not key or "/" not in key:
        return None
    media_id, variant = key.split("/", 1)
    return (
        url_for("delivery.media_file", media_id=int(media_id), variant=variant)
        if media_id.isdigit()
        else None
    )


def _cursor_for(page: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"p": page}).encode()).decode().rstrip("=")


def _page_from(cursor: str | None) -> int:
    if not cursor:
        return 1
    try:
        page = int(json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))["p"])
    except (ValueError, KeyError, TypeError):
        raise ValidationFailed("The cursor is not one this server gave out.", code="bad_cursor") from None
    if page < 1 or page > 10_000:
        raise ValidationFailed("The cursor is not one this server gave out.", code="bad_cursor")
    return page
