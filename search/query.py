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
3. Words are matched by reading each term's posting list block by block into
   numpy arrays (Whoosh stores them; numpy does the set algebra), never by
   stepping a Python matcher through every document (:mod:`search.ranking`).
4. Ranking is BM25 per field with field boosts (the BM25F of Whoosh, same
   formula), computed for all postings at once, then the top of the final
   set is picked; or by date.
5. Facets count the whole final set from per-document columns held in memory
   per segment; snippets and highlights are made for the returned page only
   (:mod:`search.highlighting`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import numpy as np
from whoosh import query as wq

from search.analysis import STOP_WORDS, fold, stem
from search.corrections import close_words, expand_prefix
from search.documents import KINDS
from search.highlighting import Highlighter
from search.index import TAGS, IndexCorrupt, IndexView, SearchIndex
from search.limits import DEFAULT_LIMITS, Budget, QueryLimits, QueryTooLong, check_length
from search.parsing import KIND_ALIASES, WORD, ParsedQuery, check_terms, day_bounds, parse_query
from search.ranking import Clause, Matcher, phrase_mask, phrase_terms, top
from search.schema import SNIPPET_FIELDS

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


@dataclass(frozen=True)
class Access:
    """What the caller may see: published entries of ``readable_logbooks``,
    pending (guest) entries of ``pending_logbooks`` that are also readable,
    except the entries in ``hidden_entries``. Trashed entries are never returned."""

    readable_logbooks: frozenset[int]
    pending_logbooks: frozenset[int] = frozenset()
    hidden_entries: frozenset[int] = frozenset()


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


def _make_clauses(word: str) -> list[Clause]:
    if word.endswith("*"):
        parts = WORD.findall(fold(word.rstrip("*")))
        if parts and len(parts[-1]) >= 2:
            return [Clause(folded=[], stems=[], prefix=parts[-1], typed=word)]
        word = word.rstrip("*")
    clauses = []
    for folded in dict.fromkeys(WORD.findall(fold(word))):
        if folded in STOP_WORDS:
            continue
        clauses.append(Clause(folded=[folded], stems=[stem(folded)], typed=folded))
    return clauses


# -- access and filters ------------------------------------------------------------


def access_query(access: Access) -> wq.Query:
    """The access rule as a Whoosh query (for inspection and for callers that
    use Whoosh directly); :func:`search` applies the same rule as a boolean
    mask over the index view's per-document logbook and state columns."""
    allowed: list[wq.Query] = []
    for logbook_id in sorted(access.readable_logbooks):
        states = [wq.Term("state", "published")]
        if logbook_id in access.pending_logbooks:
            states.append(wq.Term("state", "pending"))
        allowed.append(wq.And([wq.Term("logbook", logbook_id), wq.Or(states)]))
    if not allowed:
        return wq.NullQuery
    if access.hidden_entries:
        hidden = wq.Or([wq.Term("entry_id", str(entry_id)) for entry_id in sorted(access.hidden_entries)])
        return wq.AndNot(wq.Or(allowed), hidden)
    return wq.Or(allowed)


def _as_day(value: date | datetime | str | None, end: bool) -> int | None:
    if value is None:
        return None
    if isinstance(value, str):
        bounds = day_bounds(value)
        return None if bounds is None else bounds[1 if end else 0]
    return value.year * 10000 + value.month * 100 + value.day


def _matching_ids(view: IndexView, name: str, wanted: list[str], *, stemmed: bool) -> set[int]:
    """Stage (``name="stage"``) or author ids whose title or name holds every word of
    one of ``wanted`` (or whose id is one of them)."""
    ids: set[int] = set()
    labels = _label_words(view, name, stemmed)
    for value in wanted:
        needed = WORD.findall(fold(str(value)))
        if stemmed:
            needed = [stem(word) for word in needed]
        for key, words in labels.items():
            if (str(value).isdigit() and int(value) == key) or (needed and all(w in words for w in needed)):
                ids.add(key)
    return ids


def _label_words(view: IndexView, name: str, stemmed: bool) -> dict[int, frozenset[str]]:
    """Words (and stems) of each stage title or author name, once per index generation."""
    key = (name, stemmed)
    cached = view.label_words.get(key)
    if cached is None:
        cached = {}
        for label_id, label in view.labels(name).items():
            words = set(WORD.findall(fold(label)))
            if stemmed:
                words |= {stem(word) for word in words}
            cached[label_id] = frozenset(words)
        view.label_words[key] = cached
    return cached


def _counts(values: np.ndarray, missing: int | None = None) -> dict[str, int]:
    keys, counts = np.unique(values, return_counts=True)
    pairs = [(int(k), int(c)) for k, c in zip(keys.tolist(), counts.tolist(), strict=True) if k != missing]
    pairs.sort(key=lambda item: (-item[1], item[0]))
    return {str(key): count for key, count in pairs}


def _facets(view: IndexView, final: np.ndarray, docnums: np.ndarray) -> dict[str, dict[str, int]]:
    kinds = np.bincount(view.kind[docnums] + 1, minlength=len(KINDS) + 1)[1:]
    tags = np.bincount(view.tag_code[final[view.tag_doc]], minlength=0)
    tag_counts = sorted(
        ((TAGS.names[code], int(count)) for code, count in enumerate(tags.tolist()) if count),
        key=lambda item: (-item[1], item[0]),
    )
    return {
        "kind": {
            KINDS[code]: int(count)
            for code, count in sorted(enumerate(kinds.tolist()), key=lambda item: -item[1])
            if count
        },
        "tag": dict(tag_counts),
        "stage": _counts(view.stage[docnums], missing=-1),
        "author": _counts(view.author[docnums], missing=-1),
        "year": _counts(view.day[docnums] // 10000, missing=0),
    }


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
    index: SearchIndex,
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
) -> SearchResults:
    """Search the entries ``access`` allows.

    Filters given as arguments combine (AND) with those written in ``text``.
    ``authors`` takes author ids or names. Dates are inclusive days in each
    entry's own time zone. An empty ``text`` lists entries (newest first
    unless ``sort`` says otherwise). An unknown ``sort`` is treated as
    relevance. Syntax never raises.

    :raises QueryTooLong: ``text`` has more characters or terms than ``limits`` allow.
    :raises IndexMissing, IndexCorrupt: see :meth:`SearchIndex.view`.
    """
    parsed = check_query(text, limits)
    budget = Budget(limits.optional_work_seconds)
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
    final = _filtered(view, scope, parsed, kinds, tags, stage_ids, authors, date_from, date_to)

    # Words, phrases and exclusions.
    clauses: list[Clause] = []
    seen: set[tuple[str | None, str]] = set()
    for word in parsed.words:
        for clause in _make_clauses(word):
            # The same word twice asks for nothing more: one clause each.
            key = (clause.prefix, clause.prefix or clause.folded[0])
            if key not in seen:
                seen.add(key)
                clauses.append(clause)
    phrase_words = [words for words in (WORD.findall(fold(p)) for p in parsed.phrases) if words]
    if not clauses and not phrase_words and parsed.words:
        # Only stop words ("pas", "tout"): look them up as typed.
        typed = dict.fromkeys(word for w in parsed.words for word in WORD.findall(fold(w)))
        clauses = [Clause(folded=[word], stems=[], typed=word) for word in typed]
    expansions = _Expansions(view, matcher, limits, budget)
    corrections: dict[str, str] = {}
    required: list[np.ndarray] = []
    for clause in clauses:
        if clause.prefix is not None:
            clause.folded = expansions.prefix(clause.prefix)
        found = matcher.mask(clause.terms())
        if clause.prefix is None and not (found & scope).any():
            # Nothing the caller may see has this word: assume a typo.
            close = expansions.correction(clause.folded[0])
            if close:
                corrections[clause.typed] = close[0]
                clause.folded = close
                clause.stems = sorted({stem(word) for word in close})
                found = matcher.mask(clause.terms())
        required.append(found)
    required.extend(phrase_mask(matcher, words) for words in phrase_words)
    for word in parsed.excluded_words:
        for clause in _make_clauses(word):
            if clause.prefix is not None:
                clause.folded = expansions.prefix(clause.prefix)
            final &= ~matcher.mask(clause.terms())
    for phrase in parsed.excluded_phrases:
        words = WORD.findall(fold(phrase))
        if words:
            final &= ~phrase_mask(matcher, words)

    relaxed = False
    if required:
        every = final.copy()
        for found in required:
            every &= found
        if not every.any() and len(required) > 1 and not phrase_words:
            # Nothing has every word: show what has any of them, best first.
            relaxed = True
            anything = np.zeros(view.size, dtype=bool)
            for found in required:
                anything |= found
            every = final & anything
        final = every
    docnums = np.flatnonzero(final)

    # Ranking: BM25 over the final documents only, or by date.
    limit = page * per_page
    if sort not in SORTS:
        sort = "relevance"
    scored = sort == "relevance" and bool(required)
    if scored:
        scores = np.zeros(view.size, dtype=np.float32)
        for clause in clauses:
            matcher.add_scores(scores, clause.terms())
        for words in phrase_words:
            matcher.add_scores(scores, phrase_terms(words))
        ranked = top(scores, docnums, limit, largest=True)
    else:
        ranked = top(view.timestamp, docnums, limit, largest=sort != "oldest")
    ranked = ranked[(page - 1) * per_page : limit].tolist()

    # The page.
    highlighter = Highlighter(
        exact={word for clause in clauses for word in clause.folded} | {w for ws in phrase_words for w in ws},
        stems={s for clause in clauses for s in clause.stems},
        prefixes=tuple(clause.prefix for clause in clauses if clause.prefix),
    )
    hits = []
    for docnum in ranked:
        row = view.row(docnum)
        try:
            stored = view.searcher.stored_fields(docnum)
        except Exception as exc:
            raise IndexCorrupt(f"stored fields of document {docnum}: {exc!r}") from exc
        title = stored.get("title", "")
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
            )
        )

    suggestion = None
    if corrections:
        suggestion = " ".join(corrections.get(fold(word), word) for word in (text or "").split())
    used = [clause.prefix + "*" if clause.prefix else " | ".join(clause.folded) for clause in clauses]
    used.extend(f'"{" ".join(words)}"' for words in phrase_words)
    facets = _facets(view, final, docnums)
    return SearchResults(
        total=len(docnums),
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        query_used=(" OR " if relaxed else " ").join(used),
        page=page,
        per_page=per_page,
        facet_labels={
            "stage": {str(k): v for k, v in view.labels("stage").items() if str(k) in facets["stage"]},
            "author": {str(k): v for k, v in view.labels("author").items() if str(k) in facets["author"]},
        },
    )


class _Expansions:
    """Prefix expansions and typo corrections of one query, within its limits and budget."""

    def __init__(self, view: IndexView, matcher: Matcher, limits: QueryLimits, budget: Budget) -> None:
        self.view = view
        self.matcher = matcher
        self.limits = limits
        self.budget = budget
        self.corrected = 0
        self.expanded = 0
        self.prefixes = 0

    def prefix(self, prefix: str) -> list[str]:
        """Words in scope that ``prefix*`` stands for (none once the query's share is used)."""
        room = min(self.limits.max_prefix_expansions, self.limits.max_query_expansions - self.expanded)
        if room <= 0 or (self.prefixes and self.budget.spent()):
            return []
        self.prefixes += 1
        words = expand_prefix(self.view, self.matcher, prefix, limit=room, scan=self.limits.max_prefix_scan)
        self.expanded += len(words)
        return words

    def correction(self, word: str) -> list[str]:
        """Close words in scope, best first; none past the query's corrections or budget."""
        if (
            len(word) > self.limits.max_correctable_length
            or self.corrected >= self.limits.max_corrected_words
            or (self.corrected and self.budget.spent())
        ):
            return []
        self.corrected += 1
        return close_words(self.view, self.matcher, word)


def _filtered(
    view: IndexView,
    scope: np.ndarray,
    parsed: ParsedQuery,
    kinds: list[str] | None,
    tags: list[str] | None,
    stage_ids: list[int] | None,
    authors: list[int | str] | None,
    date_from: date | datetime | str | None,
    date_to: date | datetime | str | None,
) -> np.ndarray:
    """The scope narrowed by the metadata filters, from the arguments and from the text."""
    final = scope.copy()
    wanted_kinds = set(parsed.kinds)
    if kinds is not None:
        kind_args = {KIND_ALIASES.get(fold(k), k) for k in kinds}
        wanted_kinds = wanted_kinds & kind_args if wanted_kinds else kind_args
    if kinds is not None or parsed.kinds:
        final &= np.isin(view.kind, [KINDS.index(k) for k in wanted_kinds if k in KINDS])
    if parsed.excluded_kinds:
        final &= ~np.isin(view.kind, [KINDS.index(k) for k in parsed.excluded_kinds])
    tag_sets = [{fold(t) for t in tags}] if tags is not None else []
    tag_sets.extend({t} for t in parsed.tags)
    for wanted in tag_sets:
        having = np.zeros(view.size, dtype=bool)
        having[view.tag_doc[np.isin(view.tag_code, TAGS.matching(wanted))]] = True
        final &= having
    if parsed.excluded_tags:
        having = np.zeros(view.size, dtype=bool)
        having[view.tag_doc[np.isin(view.tag_code, TAGS.matching(parsed.excluded_tags))]] = True
        final &= ~having
    if stage_ids is not None or parsed.stages:
        allowed_stages = set(stage_ids) if stage_ids is not None else None
        if parsed.stages:
            by_text = _matching_ids(view, "stage", parsed.stages, stemmed=True)
            allowed_stages = by_text if allowed_stages is None else allowed_stages & by_text
        final &= np.isin(view.stage, sorted(allowed_stages))
    if authors is not None or parsed.authors:
        allowed_authors: set[int] | None = None
        if authors is not None:
            allowed_authors = {a for a in authors if isinstance(a, int)}
            names = [a for a in authors if not isinstance(a, int)]
            if names:
                allowed_authors |= _matching_ids(view, "author", names, stemmed=False)
        if parsed.authors:
            by_text = _matching_ids(view, "author", parsed.authors, stemmed=False)
            allowed_authors = by_text if allowed_authors is None else allowed_authors & by_text
        final &= np.isin(view.author, sorted(allowed_authors))
    day_from = max(filter(None, [parsed.day_from, _as_day(date_from, end=False)]), default=None)
    day_to = min(filter(None, [parsed.day_to, _as_day(date_to, end=True)]), default=None)
    if day_from is not None:
        final &= view.day >= day_from
    if day_to is not None:
        final &= view.day <= day_to
    return final
