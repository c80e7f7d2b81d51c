"""Searching the entry index: query language, access, ranking, facets, snippets.

How a search runs, and why it is fast enough on a large index:

1. The text is parsed into words, phrases, exclusions and filters
   (:func:`parse_query`); a parse problem never raises, it degrades to words.
2. The set of matching documents is computed from posting lists read block by
   block (set algebra), never by stepping a scorer through every document.
3. That set is intersected with the caller's *visible* set (published entries
   of readable logbooks, pending ones where allowed, never trashed ones) and
   the filters, before anything is counted: totals, pages and facets only ever
   see visible entries.
4. Only the documents of that final set are ranked: by BM25F (Whoosh scorers,
   skipping from one final document to the next) or by date.
5. Facets count the whole final set from per-document rows held in memory;
   snippets and highlights are made for the returned page only.
"""

from __future__ import annotations

import heapq
import html
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from itertools import chain

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.support.levenshtein import distance

from search.analysis import STOP_WORDS, fold, stem
from search.index import IndexView, SearchIndex, _leaves
from search.schema import SNIPPET_FIELDS, TEXT_FIELD_BOOSTS

STEMMED_FIELDS = tuple(name for name in TEXT_FIELD_BOOSTS if name != "exact")
SORTS = ("relevance", "newest", "oldest")
PHRASE_BOOST = 2.0
SNIPPET_CHARS = 220
# Above this many matching documents, relevance ranking first asks Whoosh's
# block-max top-N collector for the best candidates instead of scoring each
# document of the final set (see _rank_by_score).
EXHAUSTIVE_SCORING_LIMIT = 4000

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
    pending (guest) entries of ``pending_logbooks`` that are also readable.
    Trashed entries are never returned."""

    readable_logbooks: frozenset[int]
    pending_logbooks: frozenset[int] = frozenset()


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


@dataclass
class _Clause:
    """One required word: its unstemmed and stemmed forms (or prefix/fuzzy expansions)."""

    folded: list[str]
    stems: list[str]
    prefix: str | None = None
    typed: str = ""

    def scoring_query(self) -> wq.Query:
        subqueries: list[wq.Query] = []
        for stem_text in self.stems:
            subqueries.extend(
                wq.Term(name, stem_text, boost=TEXT_FIELD_BOOSTS[name]) for name in STEMMED_FIELDS
            )
        subqueries.extend(wq.Term("exact", word, boost=TEXT_FIELD_BOOSTS["exact"]) for word in self.folded)
        return wq.Or(subqueries)


def _postings(view: IndexView, fieldname: str, text: str) -> list[int]:
    """Global document numbers of a term's postings, read block by block."""
    result: list[int] = []
    for subsearcher, offset in _leaves(view.searcher):
        reader = subsearcher.reader()
        try:
            if (fieldname, text) not in reader:
                continue
            btext = reader.schema[fieldname].to_bytes(text)
            matcher = reader._terms.matcher(fieldname, btext, reader.schema[fieldname].format)
        except Exception:
            matcher = None
        if isinstance(matcher, W3LeafMatcher):
            ids: list[int] = []
            while matcher.is_active():
                if matcher._ids is None:
                    matcher._read_ids()
                ids.extend(matcher._ids[matcher._i :])
                matcher._next_block()
        elif matcher is not None:
            ids = list(matcher.all_ids())
        else:
            if (fieldname, text) not in reader:
                continue
            ids = list(reader.postings(fieldname, text).all_ids())
        result.extend([offset + i for i in ids] if offset else ids)
    return result


def _clause_docs(view: IndexView, clause: _Clause) -> set[int]:
    docs: set[int] = set()
    for stem_text in clause.stems:
        for name in STEMMED_FIELDS:
            docs.update(_postings(view, name, stem_text))
    for word in clause.folded:
        docs.update(_postings(view, "exact", word))
    return docs


def _phrase_query(words: list[str]) -> wq.Query:
    if len(words) == 1:
        return wq.Term("exact", words[0], boost=PHRASE_BOOST)
    return wq.Phrase("exact", words, boost=PHRASE_BOOST)


def _phrase_docs(view: IndexView, words: list[str]) -> set[int]:
    if len(words) == 1:
        return set(_postings(view, "exact", words[0]))
    # A phrase can only match where all its words occur: check positions
    # only inside that intersection.
    candidates: set[int] | None = None
    for word in sorted(set(words), key=len, reverse=True):
        found = set(_postings(view, "exact", word))
        candidates = found if candidates is None else candidates & found
        if not candidates:
            return set()
    docs: set[int] = set()
    phrase = wq.Phrase("exact", words)
    for subsearcher, offset in _leaves(view.searcher):
        matcher = phrase.matcher(subsearcher)
        local = sorted(d - offset for d in candidates if offset <= d < offset + subsearcher.doc_count_all())
        for docnum in local:
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
                if not matcher.is_active():
                    break
            if matcher.id() == docnum:
                docs.add(offset + docnum)
    return docs


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
    maxdist = 1 if len(word) <= 5 else 2
    reader = view.searcher.reader()
    found: set[str] = set()
    for subsearcher, _offset in _leaves(view.searcher):
        try:
            found.update(subsearcher.reader().terms_within("exact", word, maxdist, prefix=1))
        except Exception:
            continue
    found.discard(word)
    scored = [(distance(word, other), -reader.doc_frequency("exact", other), other) for other in found]
    return [other for _d, _f, other in sorted(scored)]


def _make_clauses(word: str) -> list[_Clause]:
    if word.endswith("*"):
        stem_prefix = fold(word.rstrip("*"))
        parts = _WORD.findall(stem_prefix)
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
    use Whoosh directly); :func:`search` applies the same rule through the
    index view's per-logbook document sets."""
    allowed: list[wq.Query] = []
    for logbook_id in sorted(access.readable_logbooks):
        states = [wq.Term("state", "published")]
        if logbook_id in access.pending_logbooks:
            states.append(wq.Term("state", "pending"))
        allowed.append(wq.And([wq.Term("logbook", logbook_id), wq.Or(states)]))
    return wq.Or(allowed) if allowed else wq.NullQuery


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


def _rank_by_score(
    view: IndexView, scoring: wq.Query, final: set[int], limit: int
) -> list[tuple[float, int]]:
    searcher = view.searcher
    if len(final) > EXHAUSTIVE_SCORING_LIMIT:
        # Most of the index matches: Whoosh's top-N collector skips whole
        # posting blocks that cannot reach the top; keep the visible ones and
        # widen the window until the page is full.
        window = max(limit * 4, 100)
        while window <= 16 * EXHAUSTIVE_SCORING_LIMIT:
            results = searcher.search(scoring, limit=window, terms=False)
            ranked = [(score, docnum) for score, docnum in results.top_n if docnum in final]
            if len(ranked) >= limit or len(results.top_n) < window:
                return ranked[:limit]
            window *= 4
    scored: list[tuple[float, int]] = []
    context = searcher.context(needs_current=True)
    ordered = sorted(final)
    start = 0
    for subsearcher, offset in _leaves(searcher):
        end = offset + subsearcher.doc_count_all()
        local = []
        while start < len(ordered) and ordered[start] < end:
            local.append(ordered[start] - offset)
            start += 1
        if not local:
            continue
        matcher = scoring.matcher(subsearcher, context)
        for docnum in local:
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
                if not matcher.is_active():
                    break
            if matcher.id() == docnum:
                scored.append((matcher.score(), offset + docnum))
    return heapq.nlargest(limit, scored, key=lambda item: (item[0], -item[1]))


@lru_cache(maxsize=200_000)
def _stem_cached(word: str) -> str:
    return stem(word)


@dataclass
class _Highlighter:
    exact: set[str]
    stems: set[str]
    prefixes: tuple[str, ...]

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = []
        for match in _WORD.finditer(text):
            word = fold(match.group())
            if (
                word in self.exact
                or (word not in STOP_WORDS and _stem_cached(word) in self.stems)
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


def _facets(view: IndexView, docs: set[int]) -> dict[str, dict[str, int]]:
    columns = view.columns()
    facets: dict[str, dict[str, int]] = {}
    for name in ("kind", "stage", "author", "year"):
        counts = Counter(map(columns[name].__getitem__, docs))
        counts.pop(None, None)
        facets[name] = {str(key): count for key, count in counts.most_common()}
    tags = Counter(chain.from_iterable(map(columns["tags"].__getitem__, docs)))
    facets["tag"] = dict(tags.most_common())
    return facets


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
    parsed = parse_query(text)
    view = index.view()
    columns = view.columns()

    # Who may see what, and the argument filters.
    readable = frozenset(access.readable_logbooks)
    if logbook_ids is not None:
        readable &= frozenset(logbook_ids)
    final_filter = set(view.visible(readable, frozenset(access.pending_logbooks) & readable))
    final_filter -= view.deleted

    # Words and phrases.
    clauses: list[_Clause] = []
    for word in parsed.words:
        clauses.extend(_make_clauses(word))
    phrase_words = [words for words in (_WORD.findall(fold(p)) for p in parsed.phrases) if words]
    suggestion_words: dict[str, str] = {}
    matched: set[int] | None = None
    clause_sets: list[set[int]] = []
    for clause in clauses:
        if clause.prefix is not None:
            clause.folded = _expand_prefix(view, clause.prefix)
            docs = set()
            for word in clause.folded:
                docs.update(_postings(view, "exact", word))
        else:
            docs = _clause_docs(view, clause)
            if not docs:
                close = _close_words(view, clause.folded[0])
                if close:
                    suggestion_words[clause.typed] = close[0]
                    clause.folded = close[:3]
                    clause.stems = sorted({stem(word) for word in close[:3]})
                    docs = _clause_docs(view, clause)
        clause_sets.append(docs)
    for words in phrase_words:
        clause_sets.append(_phrase_docs(view, words))

    relaxed = False
    if clause_sets:
        for docs in sorted(clause_sets, key=len):
            matched = docs & final_filter if matched is None else matched & docs
            if not matched:
                break
        if not matched and len(clause_sets) > 1 and not phrase_words:
            # Nothing has every word: fall back to any word, best first.
            relaxed = True
            matched = set().union(*clause_sets) & final_filter
        final = matched or set()
    else:
        final = final_filter

    for word in parsed.excluded_words:
        for clause in _make_clauses(word):
            if clause.prefix is not None:
                for expansion in _expand_prefix(view, clause.prefix):
                    final.difference_update(_postings(view, "exact", expansion))
            else:
                final -= _clause_docs(view, clause)
    for phrase in parsed.excluded_phrases:
        words = _WORD.findall(fold(phrase))
        if words:
            final -= _phrase_docs(view, words)

    # Metadata filters, from the arguments and from the text.
    wanted_kinds = set(parsed.kinds)
    if kinds is not None:
        kind_args = {KIND_ALIASES.get(fold(k), k) for k in kinds}
        wanted_kinds = wanted_kinds & kind_args if wanted_kinds else kind_args
    if wanted_kinds:
        kind_column = columns["kind"]
        final = {d for d in final if kind_column[d] in wanted_kinds}
    if parsed.excluded_kinds:
        kind_column = columns["kind"]
        final = {d for d in final if kind_column[d] not in parsed.excluded_kinds}
    tag_sets = [{fold(t) for t in tags}] if tags is not None else []
    tag_sets.extend({t} for t in parsed.tags)
    if tag_sets or parsed.excluded_tags:
        folded_tags = columns["folded_tags"]
        for wanted in tag_sets:
            final = {d for d in final if not wanted.isdisjoint(folded_tags[d])}
        if parsed.excluded_tags:
            final = {d for d in final if parsed.excluded_tags.isdisjoint(folded_tags[d])}
    if stage_ids is not None or parsed.stages:
        stage_column = columns["stage"]
        allowed_stages = set(stage_ids) if stage_ids is not None else None
        if parsed.stages:
            by_text = _matching_ids(view.labels("stage"), parsed.stages, stemmed=True)
            allowed_stages = by_text if allowed_stages is None else allowed_stages & by_text
        final = {d for d in final if stage_column[d] in allowed_stages}
    if authors is not None or parsed.authors:
        author_column = columns["author"]
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
        final = {d for d in final if author_column[d] in allowed_authors}
    day_from = max(filter(None, [parsed.day_from, _as_day(date_from, end=False)]), default=None)
    day_to = min(filter(None, [parsed.day_to, _as_day(date_to, end=True)]), default=None)
    if day_from is not None or day_to is not None:
        day_column = columns["day"]
        low = day_from or 0
        high = day_to or 99991231
        final = {d for d in final if low <= day_column[d] <= high}

    # Ranking.
    limit = page * per_page
    scoring_parts = [clause.scoring_query() for clause in clauses if clause.folded or clause.stems]
    scoring_parts.extend(_phrase_query(words) for words in phrase_words)
    if sort not in SORTS:
        sort = "relevance"
    if sort == "relevance" and scoring_parts and final:
        scoring = wq.Or(scoring_parts) if relaxed or len(scoring_parts) == 1 else wq.And(scoring_parts)
        ranked = _rank_by_score(view, scoring, final, limit)
    else:
        stamps = columns["timestamp"]
        pick = heapq.nsmallest if sort == "oldest" else heapq.nlargest
        ranked = [(0.0, d) for d in pick(limit, final, key=stamps.__getitem__)]
    ranked = ranked[(page - 1) * per_page : limit]

    # The page.
    highlighter = _Highlighter(
        exact={word for clause in clauses for word in clause.folded} | {w for ws in phrase_words for w in ws},
        stems={s for clause in clauses for s in clause.stems},
        prefixes=tuple(clause.prefix for clause in clauses if clause.prefix),
    )
    hits = []
    rows = view.rows
    for score, docnum in ranked:
        row = rows[docnum]
        stored = view.searcher.stored_fields(docnum)
        title = stored.get("title", "")
        hits.append(
            Hit(
                entry_id=row.entry_id,
                logbook_id=row.logbook_id,
                score=float(score),
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
    if suggestion_words:
        suggestion = " ".join(suggestion_words.get(fold(word), word) for word in (text or "").split())
    used = [
        word for clause in clauses for word in (clause.folded if not clause.prefix else [clause.prefix + "*"])
    ]
    used.extend(f'"{" ".join(words)}"' for words in phrase_words)
    query_used = (" OR " if relaxed else " ").join(used)
    facets = _facets(view, final)
    return SearchResults(
        total=len(final),
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        query_used=query_used,
        page=page,
        per_page=per_page,
        facet_labels={
            "stage": {str(k): v for k, v in view.labels("stage").items() if str(k) in facets["stage"]},
            "author": {str(k): v for k, v in view.labels("author").items() if str(k) in facets["author"]},
        },
    )
