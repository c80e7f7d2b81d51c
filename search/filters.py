"""Metadata filters: kinds, tags, stages, authors and dates narrow the caller's scope.

Filters come from the search arguments (facets ticked on the page) and from
the query text (``tag:``, ``type:``, ``auteur:``, ``escale:``, date ranges);
both combine (AND). Stage and author filters match words of the stage title
(stemmed) or of the author's name, or their ids.
"""

from __future__ import annotations

from datetime import date, datetime

import numpy as np

from search.analysis import fold, stem
from search.documents import KINDS
from search.parsing import KIND_ALIASES, WORD, ParsedQuery, day_bounds
from search.view import TAGS, IndexView


def as_day(value: date | datetime | str | None, end: bool) -> int | None:
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


def filtered(
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
    if parsed.excluded_stages:
        final &= ~np.isin(
            view.stage, sorted(_matching_ids(view, "stage", parsed.excluded_stages, stemmed=True))
        )
    if parsed.excluded_authors:
        final &= ~np.isin(
            view.author, sorted(_matching_ids(view, "author", parsed.excluded_authors, stemmed=False))
        )
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
    day_from = max(filter(None, [parsed.day_from, as_day(date_from, end=False)]), default=None)
    day_to = min(filter(None, [parsed.day_to, as_day(date_to, end=True)]), default=None)
    if day_from is not None:
        final &= view.day >= day_from
    if day_to is not None:
        final &= view.day <= day_to
    return final
