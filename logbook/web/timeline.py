"""The home page and a logbook's timeline: grouped by stage then month, filter chips,
a search box, and pages that follow the timeline cursor (appended by script, or
reached with a plain "next page" link)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from flask import current_app, make_response, render_template, request
from flask_babel import format_timedelta, to_user_timezone
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup

from logbook.errors import ValidationFailed
from logbook.models import ENTRY_KINDS, Entry, Stage
from logbook.services.access import Action, can, is_member
from logbook.services.logbooks import list_logbooks
from logbook.services.moderation import pending_entries
from logbook.services.project_search import search_project_texts
from logbook.services.search import MAX_QUERY_CHARS, MAX_QUERY_TERMS, SearchRequest, search_entries
from logbook.services.stages import list_stages, next_stop
from logbook.services.timeline import BadCursor, TimelineFilters, timeline_page
from logbook.web import facets
from logbook.web.blueprint import bp, has_endpoint, logbook_for, query_toggle, user


@dataclass
class Card:
    entry: Entry
    stage_heading: Stage | str | None  # a Stage, "none" (entries without one), or None: same as before
    month_heading: str | None  # "YYYY-MM" when a new month starts here


def group_cards(entries: list[Entry], after_stage: str = "", after_month: str = "") -> list[Card]:
    """Mark where a new stage or a new month starts, continuing from the previous page's last card."""
    cards = []
    last_stage, last_month = after_stage, after_month
    for entry in entries:
        stage_key = str(entry.stage_id) if entry.stage_id else "none"
        month_key = to_user_timezone(entry.occurred_at).strftime("%Y-%m")
        stage_heading = None
        if stage_key != last_stage:
            stage_heading = entry.stage if entry.stage else "none"
        month_heading = month_key if (stage_heading is not None or month_key != last_month) else None
        cards.append(Card(entry, stage_heading, month_heading))
        last_stage, last_month = stage_key, month_key
    return cards


@dataclass
class Due:
    text: str  # "prévue il y a 3 mois", "prévue dans 2 semaines"
    overdue: bool


def next_stop_due(stage: Stage | None, today: date) -> Due | None:
    """When the next stop is due, said relative to ``today``; ``overdue`` once its start
    (or, without one, its end) has passed while it is still not reached."""
    day = stage and (stage.starts_on or stage.ends_on)
    if not day:
        return None
    delta = day - today
    if not delta.days:
        return Due(_("prévue aujourd'hui"), False)
    when = format_timedelta(delta, granularity="day", add_direction=True)
    return Due(_("prévue %(when)s", when=when), delta.days < 0)


def _ids(values: list[str]) -> tuple[int, ...]:
    """Ids from the query string; anything that is not a plausible id is ignored."""
    return tuple(int(v) for v in values if v.isdecimal() and len(v) < 10)


def _filters(logbook) -> tuple[TimelineFilters, dict[str, list[str]]]:
    args = request.args
    kinds = tuple(k for k in args.getlist("kind") if k in ENTRY_KINDS)
    tags = tuple(t.strip().lower() for t in args.getlist("tag") if t.strip())
    stage_ids = _ids(args.getlist("stage"))
    no_stage = "none" in args.getlist("stage")
    author_ids = _ids(args.getlist("author"))
    filters = TimelineFilters(
        kinds=kinds,
        tags=tags,
        stage_ids=stage_ids,
        no_stage=no_stage,
        author_ids=author_ids,
        include_pending=False,
    )
    active = {
        "kind": list(kinds),
        "tag": list(tags),
        "stage": [str(s) for s in stage_ids] + (["none"] if no_stage else []),
        "author": [str(a) for a in author_ids],
    }
    return filters, active


@bp.get("/")
def home():
    return render_template("home.html", logbooks=list_logbooks(current_user))


@bp.get("/carnets/<slug>")
def logbook_timeline(slug: str):
    logbook = logbook_for(slug)
    filters, active = _filters(logbook)
    query = request.args.get("q", "").strip()
    cursor = request.args.get("cursor") or None
    partial = request.headers.get("X-Carnet-Fragment") == "1"
    search_api = "/api/v1/search" in {rule.rule for rule in current_app.url_map.iter_rules()}
    next_cursor = None
    suggestion = None
    approximate = False
    query_too_long = False
    documents = []
    near_entries: list[Entry] = []
    snippets: dict[int, Markup] = {}
    titles: dict[int, Markup] = {}
    if query:
        # The same search as the API (the index, or the database when the index is unusable),
        # narrowed by the chips that are on.
        try:
            outcome = search_entries(
                user(),
                SearchRequest(
                    text=query,
                    logbook_ids=[logbook.id],
                    kinds=list(filters.kinds),
                    tags=list(filters.tags),
                    stage_ids=list(filters.stage_ids),
                    authors=list(filters.author_ids),
                    per_page=50,
                ),
            )
        except ValidationFailed as exc:
            if exc.code != "query_too_long":
                raise
            query_too_long = True
            entries = []
        else:
            entries = facets.entries_in_order(logbook, [hit.entry_id for hit in outcome.results.hits])
            # Entries holding only some of the words follow the answers, under their own heading.
            near = {hit.entry_id for hit in outcome.results.hits if hit.match == "approximate"}
            if outcome.results.exact_total:
                near_entries = [entry for entry in entries if entry.id in near]
                entries = [entry for entry in entries if entry.id not in near]
            # The index's highlights: its text escaped, the words found in <mark>.
            snippets = {
                hit.entry_id: Markup(hit.snippet_html) for hit in outcome.results.hits if hit.snippet_html
            }
            titles = {
                hit.entry_id: Markup(hit.title_html)
                for hit in outcome.results.hits
                if "<mark>" in hit.title_html
            }
            suggestion = outcome.results.suggestion
            # Nothing holds every word: the hits are only the closest entries, and the page says so.
            approximate = outcome.results.total > 0 and outcome.results.exact_total == 0
            documents = search_project_texts(user(), query, [logbook.id])
    else:
        size = current_app.config["CARNET_PAGE_SIZE"]
        try:
            page = timeline_page(logbook, filters, limit=size, cursor=cursor)
        except BadCursor:  # an old or edited link: start again from the top
            page = timeline_page(logbook, filters, limit=size)
        entries, next_cursor = page.entries, page.next_cursor
    cards = group_cards(entries, request.args.get("after_stage", ""), request.args.get("after_month", ""))
    next_args = None
    if next_cursor and cards:
        last = cards[-1].entry
        next_args = [(k, v) for k, vs in active.items() for v in vs] + [
            ("cursor", next_cursor),
            ("after_stage", str(last.stage_id) if last.stage_id else "none"),
            ("after_month", to_user_timezone(last.occurred_at).strftime("%Y-%m")),
        ]
    context = {
        "logbook": logbook,
        "cards": cards,
        "next_args": next_args,
        "continued": bool(cursor),
    }
    search_context = {
        "query": query,
        "query_max_chars": MAX_QUERY_CHARS,
        "query_max_terms": MAX_QUERY_TERMS,
        "query_too_long": query_too_long,
        "suggestion": suggestion,
        "approximate": approximate,
        "near_cards": group_cards(near_entries),
        "snippets": snippets,
        "titles": titles,
    }
    if partial:
        # The page's script searches as one types: it gets the same result cards as this page.
        template = "partials/search_results.html" if query else "timeline_page.html"
        response = _fragment_aware(render_template(template, **context, **search_context))
        if query_too_long:
            response.status_code = 422
        return response
    stages = list_stages(logbook)
    upcoming = next_stop(logbook)
    moderates = can(user(), logbook, Action.MODERATE) and has_endpoint("web.moderation")
    page_html = render_template(
        "timeline.html",
        **context,
        stages=stages,
        stage_titles={str(s.id): s.title for s in stages},
        next_stop=upcoming,
        next_stop_due=next_stop_due(upcoming, to_user_timezone(datetime.now(UTC)).date()),
        tags=facets.tag_counts(logbook, withhold=not is_member(user(), logbook)),
        authors=facets.authors(logbook, withhold=not is_member(user(), logbook)),
        active=active,
        any_filter=any(active.values()),
        toggle=lambda name, value: query_toggle(active, name, value),
        **search_context,
        documents=documents,
        search_api=search_api,
        may_post=can(user(), logbook, Action.POST),
        pending=len(pending_entries(logbook)) if moderates else 0,
    )
    response = _fragment_aware(page_html)
    if query_too_long:
        response.status_code = 422
    return response


def _fragment_aware(html: str):
    response = make_response(html)
    response.vary.add("X-Carnet-Fragment")  # one URL, two shapes: caches must keep them apart
    return response
