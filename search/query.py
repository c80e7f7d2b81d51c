"""Searching the entry index: access, filters, words, ranking, facets, snippets.

How a search runs, and why it is fast enough on a large index:

1. The text is checked against :class:`~search.limits.QueryLimits` (too long
   a query is refused with :class:`~search.limits.QueryTooLong`), then
   parsed into words, phrases, exclusions and filters
   (:func:`~search.parsing.parse_query`); a parse problem never raises, it
   degrades to words.
2. The caller's *scope* (published entries of the readable logbooks
   searched, pending ones where allowed, never trashed ones) is the starting
   set. Everything the answer tells is computed within it: totals, pages,
   facets, BM25 statistics, whether a word was found, typo corrections,
   suggestions and prefix expansions (:mod:`search.corrections`). An entry
   the caller cannot read changes nothing in the answer.
3. Words are matched by reading each term's posting list into numpy arrays
   (the store, Whoosh or PostgreSQL, keeps them; numpy does the set algebra), never by
   stepping a Python matcher through every document (:mod:`search.ranking`).
4. Ranking is BM25 per field with field boosts (the BM25F of Whoosh, same
   formula), computed for all postings at once, then the top of the final
   set is picked; or by date. Ranked by relevance, a short answer (fewer than ten
   hits) is followed by the entries that share its answers' distinctive words
   (:mod:`search.related`), labelled approximate.
5. Facets count the whole final set from per-document columns held in memory
   per segment; snippets and highlights are made for the returned page only
   (:mod:`search.highlighting`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import numpy as np

from search.access import Access, access_query
from search.clauses import LOOSE_TIERS, OTHER_SENSE, STEM, Clause, corrected_clause, expanded
from search.corrections import Expansions
from search.dictionary import is_word
from search.facets import facets
from search.filters import absorb_label_words, filtered, resolve_hashtags
from search.highlighting import Highlighter
from search.limits import DEFAULT_LIMITS, Budget, QueryLimits, QueryTooLong, check_length, check_terms
from search.parsing import KIND_ALIASES, WORD, ParsedQuery, parse_query
from search.query_clauses import excluded_terms, exclusions, proximity_terms, query_clauses
from search.ranking import COORDINATION_SCALE, RARITY_SCALE, TIER_SCALE, Matcher, rarity, top
from search.related import NONE, related_entries
from search.schema import SNIPPET_FIELDS
from search.synonyms import Group, built_in
from search.view import SearchStore
from search.words import fold

__all__ = [
    "KIND_ALIASES",
    "Access",
    "Hit",
    "ParsedQuery",
    "QueryLimits",
    "QueryTooLong",
    "SearchResults",
    "access_query",
    "check_query",
    "parse_query",
    "search",
]

SORTS = ("relevance", "newest", "oldest")


@dataclass
class Hit:
    entry_id: int
    logbook_id: int
    score: float
    kind: str
    title_html: str
    snippet_html: str
    occurred_at: datetime
    thumbnail_key: str | None
    tags: list[str]
    stage_id: int | None
    # "exact": every part of the query found as typed (or by its other forms);
    # "corrected": found after a typo correction; "approximate": some part of the
    # query is missing, found only through a synonym or in another sense, or the entry
    # only relates to a short answer.
    match: str = "exact"


@dataclass
class SearchResults:
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    suggestion: str | None
    query_used: str
    page: int
    per_page: int
    # Display names for facet keys that are ids: {"stage": {"3": "Expérimentation"}, "author": {...}}
    facet_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    # Hits (over every page) whose match is not "approximate": when 0, nothing
    # answers the query and the hits are only the closest entries.
    exact_total: int = 0


# -- the search ----------------------------------------------------------------


def check_query(text: str, limits: QueryLimits = DEFAULT_LIMITS) -> ParsedQuery:
    """The parsed query, if it is within ``limits``.

    :raises QueryTooLong: more characters or terms than ``limits`` allow.
    """
    check_length(text, limits)
    parsed = parse_query(text)
    check_terms(parsed, limits)
    return parsed


def search(
    index: SearchStore,
    text: str,
    access: Access,
    *,
    logbook_ids: Iterable[int] | None = None,
    kinds: Iterable[str] | None = None,
    tags: Iterable[str] | None = None,
    stage_ids: Iterable[int] | None = None,
    authors: Iterable[int | str] | None = None,
    date_from: date | datetime | str | None = None,
    date_to: date | datetime | str | None = None,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 20,
    limits: QueryLimits = DEFAULT_LIMITS,
    synonyms: Iterable[Group] | None = None,
) -> SearchResults:
    """Search the entries ``access`` allows.

    Filters given as arguments combine (AND) with those written in ``text``.
    ``authors`` takes author ids or names. Dates are inclusive days in each
    entry's own time zone. An empty ``text`` lists entries (newest first
    unless ``sort`` says otherwise). An unknown ``sort`` is treated as
    relevance. Syntax never raises. ``synonyms`` are groups of terms added to
    the built-in ones for this search (a logbook's own list).

    :raises QueryTooLong: ``text`` has more characters or terms than ``limits`` allow.
    :raises IndexMissing, IndexCorrupt, IndexBusy, StoreUnavailable: see the store's ``view()``.
    """
    parsed = check_query(text, limits)
    page = max(1, int(page))
    per_page = max(1, min(int(per_page), 100))
    # An empty list of kinds, tags, stages or authors means "no filter" (an
    # unticked facet), unlike an empty logbook list, which means "none".
    kinds, tags, stage_ids, authors = (
        list(values) or None if values is not None else None for values in (kinds, tags, stage_ids, authors)
    )
    view = index.view()

    # Who may see what: every count, statistic and word below comes from this scope.
    readable = frozenset(access.readable_logbooks)
    if logbook_ids is not None:
        readable &= frozenset(logbook_ids)
    pending = frozenset(access.pending_logbooks) & readable
    scope = view.visible(readable, pending)
    hidden = frozenset(access.hidden_entries)
    if hidden:
        # Entries the caller may not read by their words leave the scope itself, so no
        # suggestion, correction or count can tell those words exist.
        scope = scope & ~np.isin(view.entry_id, np.fromiter(hidden, dtype=np.int64, count=len(hidden)))
    matcher = Matcher(view, scope, view.scope_statistics(readable, pending, hidden))
    # What only the index can tell: whether "#word" is a tag here, how far a name goes.
    resolve_hashtags(view, scope, parsed)
    absorb_label_words(view, scope, parsed)
    final = filtered(view, scope, parsed, kinds, tags, stage_ids, authors, date_from, date_to)
    # The optional work's time budget starts here: opening the index may take a while.
    expansions = Expansions(view, matcher, limits, Budget(limits.optional_work_seconds))
    groups = built_in().with_groups(synonyms or ())

    # What the query needs, each part a clause (see search.clauses).
    clauses = query_clauses(parsed, groups)
    # The terms known before corrections and expansions, read together (one round trip
    # for a database store).
    view.prefetch(
        [(name, text) for clause in clauses for name, text, _boost in _read_terms(clause)]
        + [(name, text) for name, text, _boost in excluded_terms(parsed)]
        + [(name, text) for name, text, _boost in proximity_terms(parsed)]
    )
    # A several-word term that nothing the search may return meets, neither as typed nor
    # by its synonyms nor by its words apart in one entry ("stage en entreprise" where
    # no entry has both words): its words are looked for as any words typed, each a
    # clause, and the entries with only some of them come labelled approximate.
    split = {
        id(clause) for clause in clauses if clause.apart and not (matcher.clause_mask(clause) & final).any()
    }
    if split:
        clauses = [part for clause in clauses for part in (clause.apart if id(clause) in split else [clause])]
    corrections: dict[str, str] = {}
    for position, clause in enumerate(clauses):
        if clause.prefix is not None:
            expanded(clause, expansions.prefix(clause.prefix))
            continue
        if clause.correctable and not (matcher.clause_mask(clause) & scope).any():
            # Nothing the caller may see has this word: a typo, unless it is a real word
            # (then the answer honestly says nothing has it).
            if not WORD.fullmatch(fold(clause.typed)) or is_word(clause.typed):
                continue
            close = expansions.correction(fold(clause.typed))
            if close:
                corrections[fold(clause.typed)] = close[0]
                clauses[position] = corrected_clause(clause, close, groups)
    if corrections or split:
        # The terms of corrected clauses and of the words of split terms, read together too.
        view.prefetch([(name, text) for clause in clauses for name, text, _boost in _read_terms(clause)])
    for excluded in exclusions(parsed, expansions.prefix):
        final &= ~excluded(matcher)

    # Entries with every clause come first. Ranked by relevance, the entries with only some
    # of them follow, labelled approximate: a sentence typed as one speaks ("ils ont râlé
    # sur les travaux") rarely has all its words in the entries that answer it, which say
    # it their own way. Sorted by date, they come only when no entry has every clause.
    if sort not in SORTS:
        sort = "relevance"
    allowed = final
    masks = [matcher.clause_mask(clause) & final for clause in clauses]
    relaxed = False
    every = final
    if masks:
        every = final.copy()
        for found in masks:
            every &= found
        if len(masks) > 1 and (sort == "relevance" or not every.any()):
            relaxed = not every.any()
            final = np.zeros(view.size, dtype=bool)
            for found in masks:
                final |= found
        else:
            final = every
    docnums = answers = np.flatnonzero(final)
    # A short answer: the entries that share its answers' distinctive words follow them,
    # labelled approximate (search.related).
    related = NONE
    if sort == "relevance" and clauses:
        known = {text for clause in clauses for _name, text, _boost in _read_terms(clause)}
        related = related_entries(view, matcher, docnums, allowed, known)
        if related:
            docnums = np.union1d(docnums, related.docnums)

    # Ranking: coordination, then the rarity of the clauses met, then tiers, then BM25 —
    # or by date.
    limit = page * per_page
    scored = sort == "relevance" and bool(clauses)
    coordination = np.zeros(len(docnums), dtype=np.int32)
    rare = np.zeros(len(docnums), dtype=np.float64)
    tiers = np.zeros(len(docnums), dtype=np.float64)
    approximate = np.zeros(len(docnums), dtype=bool)
    corrected = np.zeros(len(docnums), dtype=bool)
    for clause, found in zip(clauses, masks, strict=True):
        inside = found[docnums]
        coordination += inside
        rare += inside * rarity(int(np.count_nonzero(found)), matcher.doc_count)
        best = matcher.clause_tiers(clause, docnums)
        if clause.other_senses:
            # The word only in expressions where it means something else: what is left
            # is the clause's looser ways (a synonym), or the lowest tier.
            other = matcher.in_other_senses(clause, docnums) & (best >= STEM)
            if other.any():
                best[other] = np.maximum(
                    matcher.clause_tiers(clause, docnums[other], below=STEM), OTHER_SENSE
                )
        tiers += best
        approximate |= inside & np.isin(best, LOOSE_TIERS)
        if clause.corrected:
            corrected |= inside
    approximate |= coordination < len(clauses)
    if scored:
        scores = np.zeros(view.size, dtype=np.float64)
        for clause in clauses:
            matcher.add_scores(scores, clause.terms())
        matcher.add_scores(scores, proximity_terms(parsed))
        if related:
            # Below every answer (they meet no clause), ranked among themselves.
            shared = np.zeros(view.size, dtype=np.float64)
            matcher.add_scores(shared, related.terms)
            scores[related.docnums] += shared[related.docnums]
        keys = np.zeros(view.size, dtype=np.float64)
        keys[docnums] = (
            coordination * COORDINATION_SCALE + rare * RARITY_SCALE + tiers * TIER_SCALE + scores[docnums]
        )
        ranked = top(keys, docnums, limit, largest=True)
    else:
        ranked = top(view.timestamp, docnums, limit, largest=sort != "oldest")
    ranked = ranked[(page - 1) * per_page : limit].tolist()
    # Where each hit of the page is among all of them (docnums are in increasing order):
    # looked up for the page only, not mapped for every hit.
    positions = np.searchsorted(docnums, ranked).tolist() if ranked else []
    position_of = dict(zip(ranked, positions, strict=True))

    # The page.
    highlighter = Highlighter(
        exact={word for clause in clauses for word in clause.marks_exact},
        stems={word for clause in clauses for word in clause.marks_stems},
        prefixes=tuple(clause.prefix for clause in clauses if clause.prefix),
        lemmas={word for clause in clauses for word in clause.marks_lemmas},
    )
    hits = []
    for docnum, stored in zip(ranked, view.stored_fields(ranked), strict=True):
        row = view.row(docnum)
        title = stored.get("title", "")
        at = position_of[docnum]
        hits.append(
            Hit(
                entry_id=row.entry_id,
                logbook_id=row.logbook_id,
                score=float(scores[docnum]) if scored else 0.0,
                kind=row.kind,
                title_html=highlighter.render(title, highlighter.spans(title)),
                snippet_html=highlighter.snippet([stored.get(name, "") for name in SNIPPET_FIELDS]),
                occurred_at=datetime.fromtimestamp(row.timestamp, UTC),
                thumbnail_key=stored.get("thumbnail_key"),
                tags=list(row.tags),
                stage_id=row.stage_id,
                match="approximate" if approximate[at] else "corrected" if corrected[at] else "exact",
            )
        )

    suggestion = None
    if corrections:
        suggestion = " ".join(corrections.get(fold(word), word) for word in (text or "").split())
    # Facets count the answers: the entries with every clause, when there are some.
    # The related entries of a short answer are not counted: they answer nothing.
    counted = facets(view, every, np.flatnonzero(every)) if every.any() else facets(view, final, answers)
    return SearchResults(
        total=len(docnums),
        hits=hits,
        facets=counted,
        suggestion=suggestion,
        query_used=(" OR " if relaxed else " ").join(_used(clause) for clause in clauses),
        page=page,
        per_page=per_page,
        facet_labels={
            "stage": {str(k): v for k, v in view.labels("stage").items() if str(k) in counted["stage"]},
            "author": {str(k): v for k, v in view.labels("author").items() if str(k) in counted["author"]},
        },
        exact_total=int(np.count_nonzero(~approximate)),
    )


def _read_terms(clause: Clause) -> Iterator[tuple[str, str, float]]:
    """The terms matching ``clause`` reads: its own, and those of the words its
    alternatives take apart (a phrase's words, a synonym's)."""
    yield from clause.terms()
    for pairs in clause.other_senses:
        yield from pairs
    yield from clause.occurrences
    for alternative in clause.alternatives:
        for part in alternative.parts:
            yield from _read_terms(part)


def _used(clause: Clause) -> str:
    """How a clause is shown in ``query_used``."""
    if clause.prefix:
        return clause.prefix + "*"
    if clause.corrected:
        return " | ".join(sorted(clause.marks_exact))
    typed = fold(clause.typed)
    return f'"{typed}"' if " " in typed or "-" in typed or "'" in typed else typed
