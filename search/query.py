"""Searching the entry index: query language, access, ranking, facets, snippets.

How a search runs, and why it is fast enough on a large index:

1. The text is parsed into words, phrases, exclusions and filters
   (:func:`parse_query`); a parse problem never raises, it degrades to words.
2. The caller's *visible* mask (published entries of readable logbooks,
   pending ones where allowed, never trashed ones) is the starting set; the
   filters and the words narrow it. Totals, pages and facets are all computed
   from that one final mask, so they only ever count visible entries.
3. Words are matched by reading each term's posting list block by block into
   numpy arrays (Whoosh stores them; numpy does the set algebra), never by
   stepping a Python matcher through every document.
4. Ranking is BM25 per field with field boosts (the BM25F of Whoosh, same
   formula, same statistics), computed for all postings at once, then the top
   of the final set is picked; or by date.
5. Facets count the whole final set from per-document columns held in memory
   per segment; snippets and highlights are made for the returned page only.
"""

from __future__ import annotations

import contextlib
import html
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache

import numpy as np
from whoosh import query as wq
from whoosh.support.levenshtein import distance

from search.analysis import STOP_WORDS, fold, stem, word_pairs
from search.documents import KINDS
from search.index import TAGS, IndexCorrupt, IndexView, SearchIndex, _leaves
from search.schema import SNIPPET_FIELDS, TEXT_FIELD_BOOSTS

STEMMED_FIELDS = tuple(name for name in TEXT_FIELD_BOOSTS if name != "exact")
SORTS = ("relevance", "newest", "oldest")
PHRASE_BOOST = 2.0
SNIPPET_CHARS = 220

KIND_ALIASES = {
    "note": "note",
    "notes": "note",
    "photo": "photo",
    "image": "photo",
    "drawing": "drawing",
    "dessin": "drawing",
    "croquis": "drawing",
    "audio": "audio",
    "son": "audio",
    "sound": "audio",
    "enregistrement": "audio",
    "video": "video",
    "film": "video",
    "testimony": "testimony",
    "temoignage": "testimony",
    "link": "link",
    "lien": "link",
}

_FIELD_NAMES = {
    "tag": "tag",
    "tags": "tag",
    "etiquette": "tag",
    "kind": "kind",
    "type": "kind",
    "author": "author",
    "auteur": "author",
    "autrice": "author",
    "par": "author",
    "stage": "stage",
    "escale": "stage",
    "etape": "stage",
    "after": "after",
    "apres": "after",
    "depuis": "after",
    "since": "after",
    "before": "before",
    "avant": "before",
    "date": "date",
    "le": "date",
}

_QUOTES = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "„": '"'})
_TOKEN = re.compile(r'(?P<neg>-)?(?:(?P<field>[^\W\d_]+):)?(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_RANGE = re.compile(r"^(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)?\.\.(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)?$")
_WORD = re.compile(r"\w+")


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


# -- parsing -------------------------------------------------------------------


@dataclass
class ParsedQuery:
    """The query language, parsed. Words and phrases are as typed."""

    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    excluded_words: list[str] = field(default_factory=list)
    excluded_phrases: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    excluded_kinds: set[str] = field(default_factory=set)
    tags: set[str] = field(default_factory=set)
    excluded_tags: set[str] = field(default_factory=set)
    authors: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    day_from: int | None = None
    day_to: int | None = None


def _day_bounds(text: str) -> tuple[int, int] | None:
    """First and last day (YYYYMMDD) of a year, month or day written ISO-style."""
    match = _DATE.match(text)
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is None:
        return year * 10000 + 101, year * 10000 + 1231
    if not 1 <= month <= 12:
        return None
    if day is None:
        return year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31
    if not 1 <= day <= 31:
        return None
    value = year * 10000 + month * 100 + day
    return value, value


def _narrow(parsed: ParsedQuery, low: int | None, high: int | None) -> None:
    if low is not None:
        parsed.day_from = low if parsed.day_from is None else max(parsed.day_from, low)
    if high is not None:
        parsed.day_to = high if parsed.day_to is None else min(parsed.day_to, high)


def parse_query(text: str) -> ParsedQuery:
    """Parse the query language; never raises (unknown syntax becomes words).

    ``free words``, ``"exact phrase"``, ``-excluded``, ``tag:x``, ``kind:photo``
    / ``type:dessin``, ``author:name``, ``stage:name``, ``2024-03..2024-06``,
    ``after:2024-03-01``, ``before:2024-06``, ``date:2024-05``, ``coop*``.
    """
    try:
        return _parse(text)
    except Exception:
        return ParsedQuery(words=_WORD.findall(text or ""))


def _parse(text: str) -> ParsedQuery:
    parsed = ParsedQuery()
    text = (text or "").translate(_QUOTES)
    for match in _TOKEN.finditer(text):
        negative = bool(match.group("neg"))
        raw_field = match.group("field")
        name = _FIELD_NAMES.get(fold(raw_field)) if raw_field else None
        phrase = match.group("phrase")
        value = phrase if phrase is not None else match.group("word")
        if raw_field and name is None:
            # Unknown "field:" prefix: keep both parts as plain words.
            value = f"{raw_field} {value}"
        if name in ("tag", "kind", "author", "stage", "after", "before", "date"):
            _apply_field(parsed, name, value.strip(), negative)
            continue
        if phrase is not None:
            if _WORD.search(phrase):
                (parsed.excluded_phrases if negative else parsed.phrases).append(phrase)
            continue
        range_match = _RANGE.match(value)
        if range_match and (range_match.group(1) or range_match.group(2)):
            low = _day_bounds(range_match.group(1)) if range_match.group(1) else None
            high = _day_bounds(range_match.group(2)) if range_match.group(2) else None
            _narrow(parsed, low[0] if low else None, high[1] if high else None)
            continue
        for word in value.split():
            if not _WORD.search(word):
                continue
            (parsed.excluded_words if negative else parsed.words).append(word)
    return parsed


def _apply_field(parsed: ParsedQuery, name: str, value: str, negative: bool) -> None:
    if not value:
        return
    if name == "tag":
        (parsed.excluded_tags if negative else parsed.tags).add(fold(value))
    elif name == "kind":
        key = fold(value)
        kind = KIND_ALIASES.get(key) or KIND_ALIASES.get(key.rstrip("s"))
        if kind is None:
            parsed.words.append(value)
        else:
            (parsed.excluded_kinds if negative else parsed.kinds).add(kind)
    elif name == "author":
        parsed.authors.append(value)
    elif name == "stage":
        parsed.stages.append(value)
    else:
        bounds = _day_bounds(value)
        if bounds is None:
            parsed.words.extend(_WORD.findall(value))
        elif name == "after":
            _narrow(parsed, bounds[0], None)
        elif name == "before":
            _narrow(parsed, None, bounds[0] - 1)
        else:
            _narrow(parsed, bounds[0], bounds[1])


# -- matching ------------------------------------------------------------------

# BM25 parameters (the usual ones, as in Whoosh's BM25F).
K1 = 1.2
B = 0.75


@dataclass
class _Clause:
    """One required word: the terms that can satisfy it, each with its weight.

    ``folded`` are unstemmed words (looked up in ``exact``), ``stems`` are
    stems (looked up in every stemmed field); a prefix or a correction makes
    several of each.
    """

    folded: list[str]
    stems: list[str]
    prefix: str | None = None
    typed: str = ""

    def terms(self) -> list[tuple[str, str, float]]:
        terms = [(name, text, TEXT_FIELD_BOOSTS[name]) for text in self.stems for name in STEMMED_FIELDS]
        terms.extend(("exact", word, TEXT_FIELD_BOOSTS["exact"]) for word in self.folded)
        return terms


class _Matcher:
    """Reads postings of one view into numpy arrays and scores them with BM25."""

    def __init__(self, view: IndexView) -> None:
        self.view = view
        self.reader = view.searcher.reader()
        self.doc_count = max(1, self.reader.doc_count_all())
        self._cache: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}

    def postings(self, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Global document numbers and term frequencies of a term."""
        key = (fieldname, text)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        id_parts: list[np.ndarray] = []
        weight_parts: list[np.ndarray] = []
        for table, offset in self.view.leaves:
            found = table.postings(fieldname, text)
            if found is not None:
                id_parts.append(found[0] + offset if offset else found[0])
                weight_parts.append(found[1])
        if id_parts:
            result = (np.concatenate(id_parts), np.concatenate(weight_parts))
        else:
            result = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
        self._cache[key] = result
        return result

    def mask(self, terms: Iterable[tuple[str, str, float]]) -> np.ndarray:
        """Documents holding any of ``terms``."""
        found = np.zeros(self.view.size, dtype=bool)
        for fieldname, text, _boost in terms:
            found[self.postings(fieldname, text)[0]] = True
        return found

    def add_scores(self, scores: np.ndarray, terms: Iterable[tuple[str, str, float]]) -> None:
        """Add the BM25 score of each term (times its boost) to ``scores``."""
        for fieldname, text, boost in terms:
            ids, weights = self.postings(fieldname, text)
            if not len(ids):
                continue
            idf = math.log(self.doc_count / (len(ids) + 1)) + 1
            average = self.reader.field_length(fieldname) / self.doc_count or 1.0
            lengths = self.view.lengths(fieldname)[ids]
            norm = K1 * ((1 - B) + B * lengths / average)
            scores[ids] += (boost * idf) * (weights * (K1 + 1)) / (weights + norm)


def _phrase_terms(words: list[str]) -> list[tuple[str, str, float]]:
    if len(words) == 1:
        return [("exact", words[0], PHRASE_BOOST)]
    return [("pairs", pair, PHRASE_BOOST) for pair in word_pairs(words)]


def _phrase_mask(matcher: _Matcher, words: list[str]) -> np.ndarray:
    found = np.ones(matcher.view.size, dtype=bool)
    for term in _phrase_terms(words):
        found &= matcher.mask([term])
    return found


def _expand_prefix(view: IndexView, prefix: str, limit: int = 256) -> list[str]:
    words: set[str] = set()
    reader = view.searcher.reader()
    for btext in reader.expand_prefix("exact", prefix):
        words.add(btext.decode("utf-8") if isinstance(btext, bytes) else btext)
        if len(words) >= limit:
            break
    return sorted(words)


def _close_words(view: IndexView, word: str) -> list[str]:
    """Indexed words within a small edit distance of ``word``, best first."""
    cached = view.corrections.get(word)
    if cached is not None:
        return cached
    maxdist = 1 if len(word) <= 5 else 2
    reader = view.searcher.reader()
    found: set[str] = set()
    for subsearcher, _offset in _leaves(view.searcher):
        with contextlib.suppress(Exception):
            found.update(subsearcher.reader().terms_within("exact", word, maxdist, prefix=1))
    found.discard(word)
    scored = [(distance(word, other), -reader.doc_frequency("exact", other), other) for other in found]
    result = [other for _d, _f, other in sorted(scored)]
    if len(view.corrections) > 10_000:
        view.corrections.clear()
    view.corrections[word] = result
    return result


def _make_clauses(word: str) -> list[_Clause]:
    if word.endswith("*"):
        parts = _WORD.findall(fold(word.rstrip("*")))
        if parts and len(parts[-1]) >= 2:
            return [_Clause(folded=[], stems=[], prefix=parts[-1], typed=word)]
        word = word.rstrip("*")
    clauses = []
    for folded in _WORD.findall(fold(word)):
        if folded in STOP_WORDS:
            continue
        clauses.append(_Clause(folded=[folded], stems=[stem(folded)], typed=folded))
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
        bounds = _day_bounds(value)
        return None if bounds is None else bounds[1 if end else 0]
    return value.year * 10000 + value.month * 100 + value.day


def _matching_ids(labels: dict[int, str], wanted: list[str], *, stemmed: bool) -> set[int]:
    ids: set[int] = set()
    for key, label in labels.items():
        words = set(_WORD.findall(fold(label)))
        if stemmed:
            words |= {stem(word) for word in words}
        for value in wanted:
            if str(value).isdigit() and int(value) == key:
                ids.add(key)
                continue
            needed = _WORD.findall(fold(str(value)))
            if stemmed:
                needed = [stem(word) for word in needed]
            if needed and all(word in words for word in needed):
                ids.add(key)
    return ids


# -- ranking, facets, snippets ---------------------------------------------------------


def _top(values: np.ndarray, candidates: np.ndarray, limit: int, largest: bool) -> np.ndarray:
    """The ``limit`` candidates with the largest (or smallest) values, in order."""
    if not len(candidates):
        return candidates
    keys = values[candidates]
    if not largest:
        keys = -keys
    if len(candidates) > limit:
        part = np.argpartition(-keys, limit - 1)[:limit]
        candidates, keys = candidates[part], keys[part]
    # Ties go to the lower document number, so pages are stable.
    order = np.lexsort((candidates, -keys))
    return candidates[order]


@lru_cache(maxsize=200_000)
def _forms(word: str) -> tuple[str, str | None]:
    """A word as typed → (folded, stem or None for a stop word)."""
    folded = fold(word)
    return folded, None if folded in STOP_WORDS else stem(folded)


@dataclass
class _Highlighter:
    exact: set[str]
    stems: set[str]
    prefixes: tuple[str, ...]

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = []
        for match in _WORD.finditer(text):
            word, stemmed = _forms(match.group())
            if (
                word in self.exact
                or (stemmed is not None and stemmed in self.stems)
                or (self.prefixes and word.startswith(self.prefixes))
            ):
                found.append(match.span())
        return found

    @staticmethod
    def render(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
        end = len(text) if end is None else end
        out = []
        position = start
        for span_start, span_end in spans:
            if span_start < start or span_end > end:
                continue
            out.append(html.escape(text[position:span_start]))
            out.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
            position = span_end
        out.append(html.escape(text[position:end]))
        return "".join(out)

    def snippet(self, texts: list[str]) -> str:
        best: tuple[int, str, list[tuple[int, int]]] | None = None
        for text in texts:
            if not text:
                continue
            spans = self.spans(text)
            if best is None or len(spans) > best[0]:
                best = (len(spans), text, spans)
        if best is None:
            return ""
        _count, text, spans = best
        if len(text) <= SNIPPET_CHARS:
            return self.render(text, spans)
        start = 0
        if spans:
            # The window holding the most matches, starting a little before the first.
            top, top_index = 0, 0
            for i, (span_start, _end) in enumerate(spans):
                inside = sum(1 for s, _e in spans[i:] if s < span_start + SNIPPET_CHARS - 40)
                if inside > top:
                    top, top_index = inside, i
            start = max(0, spans[top_index][0] - 40)
            if start:
                space = text.find(" ", start)
                start = space + 1 if 0 <= space < spans[top_index][0] else start
        end = min(len(text), start + SNIPPET_CHARS)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
        rendered = self.render(text, spans, start, end)
        return ("…" if start else "") + rendered + ("…" if end < len(text) else "")


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
) -> SearchResults:
    """Search the entries ``access`` allows.

    Filters given as arguments combine (AND) with those written in ``text``.
    ``authors`` takes author ids or names. Dates are inclusive days in each
    entry's own time zone. An empty ``text`` lists entries (newest first
    unless ``sort`` says otherwise). Never raises on user input; an unknown
    ``sort`` is treated as relevance.
    """
    page = max(1, int(page))
    per_page = max(1, min(int(per_page), 100))
    # An empty list of kinds, tags, stages or authors means "no filter" (an
    # unticked facet), unlike an empty logbook list, which means "none".
    kinds, tags, stage_ids, authors = (
        list(values) or None if values is not None else None for values in (kinds, tags, stage_ids, authors)
    )
    parsed = parse_query(text)
    view = index.view()
    matcher = _Matcher(view)

    # Who may see what: every count below starts from this mask.
    readable = frozenset(access.readable_logbooks)
    if logbook_ids is not None:
        readable &= frozenset(logbook_ids)
    final = view.visible(readable, frozenset(access.pending_logbooks) & readable).copy()
    if access.hidden_entries:
        hidden = np.fromiter(access.hidden_entries, dtype=np.int64, count=len(access.hidden_entries))
        final &= ~np.isin(view.entry_id, hidden)

    # Metadata filters, from the arguments and from the text.
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
            by_text = _matching_ids(view.labels("stage"), parsed.stages, stemmed=True)
            allowed_stages = by_text if allowed_stages is None else allowed_stages & by_text
        final &= np.isin(view.stage, sorted(allowed_stages))
    if authors is not None or parsed.authors:
        allowed_authors: set[int] | None = None
        if authors is not None:
            values = list(authors)
            allowed_authors = {a for a in values if isinstance(a, int)}
            names = [a for a in values if not isinstance(a, int)]
            if names:
                allowed_authors |= _matching_ids(view.labels("author"), names, stemmed=False)
        if parsed.authors:
            by_text = _matching_ids(view.labels("author"), parsed.authors, stemmed=False)
            allowed_authors = by_text if allowed_authors is None else allowed_authors & by_text
        final &= np.isin(view.author, sorted(allowed_authors))
    day_from = max(filter(None, [parsed.day_from, _as_day(date_from, end=False)]), default=None)
    day_to = min(filter(None, [parsed.day_to, _as_day(date_to, end=True)]), default=None)
    if day_from is not None:
        final &= view.day >= day_from
    if day_to is not None:
        final &= view.day <= day_to

    # Words, phrases and exclusions.
    clauses: list[_Clause] = []
    for word in parsed.words:
        clauses.extend(_make_clauses(word))
    phrase_words = [words for words in (_WORD.findall(fold(p)) for p in parsed.phrases) if words]
    if not clauses and not phrase_words and parsed.words:
        # Only stop words ("pas", "tout"): look them up as typed.
        clauses = [
            _Clause(folded=[word], stems=[], typed=word)
            for w in parsed.words
            for word in _WORD.findall(fold(w))
        ]
    corrections: dict[str, str] = {}
    required: list[np.ndarray] = []
    for clause in clauses:
        if clause.prefix is not None:
            clause.folded = _expand_prefix(view, clause.prefix)
        found = matcher.mask(clause.terms())
        if clause.prefix is None and not found.any():
            # Nothing anywhere has this word: assume a typo.
            close = _close_words(view, clause.folded[0])
            if close:
                corrections[clause.typed] = close[0]
                clause.folded = close[:3]
                clause.stems = sorted({stem(word) for word in close[:3]})
                found = matcher.mask(clause.terms())
        required.append(found)
    required.extend(_phrase_mask(matcher, words) for words in phrase_words)
    for word in parsed.excluded_words:
        for clause in _make_clauses(word):
            if clause.prefix is not None:
                clause.folded = _expand_prefix(view, clause.prefix)
            final &= ~matcher.mask(clause.terms())
    for phrase in parsed.excluded_phrases:
        words = _WORD.findall(fold(phrase))
        if words:
            final &= ~_phrase_mask(matcher, words)

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
            matcher.add_scores(scores, _phrase_terms(words))
        ranked = _top(scores, docnums, limit, largest=True)
    else:
        ranked = _top(view.timestamp, docnums, limit, largest=sort != "oldest")
    ranked = ranked[(page - 1) * per_page : limit].tolist()

    # The page.
    highlighter = _Highlighter(
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
