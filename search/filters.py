"""Metadata filters: kinds, tags, stages, authors and dates narrow the caller's scope.

Filters come from the search arguments (facets ticked on the page) and from
the query text (``tag:``, ``type:``, ``auteur:``, ``escale:``, date ranges);
both combine (AND). Stage and author filters match words of the stage title
(stemmed) or of the author's name, or their ids.
"""

from __future__ import annotations

import threading
from datetime import date, datetime

import numpy as np
from whoosh.support.levenshtein import distance

from search.documents import KINDS
from search.parsing import KIND_ALIASES, WORD, ParsedQuery, add_word, day_bounds
from search.view import TAGS, IndexView
from search.words import fold, lemma, stem

# A name typed with one letter wrong ("Camile") still finds its author, past this length.
_FUZZY_NAME_LENGTH = 5


def as_day(value: date | datetime | str | None, end: bool) -> int | None:
    if value is None:
        return None
    if isinstance(value, str):
        bounds = day_bounds(value)
        return None if bounds is None else bounds[1 if end else 0]
    return value.year * 10000 + value.month * 100 + value.day


def _matching_ids(
    view: IndexView,
    name: str,
    wanted: list[str],
    *,
    stemmed: bool,
    fuzzy: bool = True,
    within: np.ndarray | None = None,
) -> set[int]:
    """Stage (``name="stage"``) or author ids whose title or name holds every word of
    one of ``wanted`` (or whose id is one of them), accents and case aside: a first
    name or a last name alone finds the author, any word of a stage title (or another
    form of it) its stage. A value that finds nothing is tried again with one letter
    wrong per word (when ``fuzzy``). With ``within`` (a scope), only the stages or
    authors of its entries are considered, so that whether a name exists elsewhere
    changes nothing."""
    ids: set[int] = set()
    labels = _label_words(view, name, stemmed)
    if within is not None:
        present = set(np.unique(getattr(view, name)[within]).tolist())
        labels = {key: words for key, words in labels.items() if key in present}
    for value in wanted:
        if str(value).isdigit() and int(value) in labels:
            ids.add(int(value))
            continue
        needed = [_word_forms(word, stemmed) for word in WORD.findall(fold(str(value)))]
        if not needed:
            continue
        found = {key for key, words in labels.items() if all(forms & words for forms in needed)}
        if not found and fuzzy:
            found = {key for key, words in labels.items() if all(_near(forms, words) for forms in needed)}
        ids |= found
    return ids


def _word_forms(word: str, stemmed: bool) -> set[str]:
    """A word of a filter value, with its lemma (and stem) to meet the label's."""
    forms = {word, lemma(word)}
    if stemmed:
        forms |= {stem(form) for form in tuple(forms)}
    return forms


def _near(forms: set[str], words: frozenset[str]) -> bool:
    if forms & words:
        return True
    return any(
        len(form) >= _FUZZY_NAME_LENGTH and distance(form, word) <= 1
        for form in forms
        for word in words
        if abs(len(word) - len(form)) <= 1
    )


def _label_words(view: IndexView, name: str, stemmed: bool) -> dict[int, frozenset[str]]:
    """Words of each stage title or author name, with their lemmas (and stems), once
    per index generation."""
    key = (name, stemmed)
    cached = view.label_words.get(key)
    if cached is None:
        cached = {}
        for label_id, label in view.labels(name).items():
            words: set[str] = set()
            for word in WORD.findall(fold(label)):
                words |= _word_forms(word, stemmed)
            cached[label_id] = frozenset(words)
        view.label_words[key] = cached
    return cached


def absorb_label_words(view: IndexView, scope: np.ndarray, parsed: ParsedQuery) -> None:
    """Free words typed right after an author, stage or tag value that continue a name
    ("auteur:Camille Martin", "escale:diagnostic partagé", "tag:jardin partagé") join
    the value instead of being needed as text, when such a name exists in ``scope``."""
    for (name, position), tail in parsed.label_tails.items():
        if name == "tag":
            _absorb_tag_words(view, scope, parsed, str(position), tail)
            continue
        values = parsed.authors if name == "author" else parsed.stages
        if not isinstance(position, int) or position >= len(values):
            continue
        value = values[position]
        for word in tail:
            longer = f"{value} {word}"
            if not _matching_ids(view, name, [longer], stemmed=name == "stage", fuzzy=False, within=scope):
                break
            value = longer
            if word in parsed.words:
                parsed.words.remove(word)
        values[position] = value


def _absorb_tag_words(
    view: IndexView, scope: np.ndarray, parsed: ParsedQuery, tag: str, tail: list[str]
) -> None:
    if tag not in parsed.tags:
        return
    value = tag
    for word in tail:
        longer = f"{value} {fold(word)}"
        if not (_tag_mask(view, tag_names(longer)) & scope).any():
            break
        value = longer
        if word in parsed.words:
            parsed.words.remove(word)
    if value != tag:
        parsed.tags.discard(tag)
        parsed.tags.add(value)


_tag_keys: list[tuple[str, str]] = []
_tag_keys_lock = threading.Lock()


def _tag_key(text: str) -> tuple[str, str]:
    """How loosely tags meet: their letters without spaces or hyphens, or the lemmas of
    their words ("#jardin-partagé" is "jardin partagé", "#jeune" is "jeunes")."""
    words = WORD.findall(fold(text))
    return "".join(words), " ".join(lemma(word) for word in words)


def tag_names(tag: str) -> set[str]:
    """The folded tags that ``tag`` (typed by someone) stands for."""
    if len(_tag_keys) < len(TAGS.folded):
        with _tag_keys_lock:
            while len(_tag_keys) < len(TAGS.folded):
                _tag_keys.append(_tag_key(TAGS.folded[len(_tag_keys)]))
    joined, lemmas = _tag_key(tag)
    names = {fold(tag)}
    for code, (other_joined, other_lemmas) in enumerate(_tag_keys[: len(TAGS.folded)]):
        if other_joined == joined or (lemmas and other_lemmas == lemmas):
            names.add(TAGS.folded[code])
    return names


def _tag_mask(view: IndexView, names: set[str]) -> np.ndarray:
    having = np.zeros(view.size, dtype=bool)
    having[view.tag_doc[np.isin(view.tag_code, TAGS.matching(names))]] = True
    return having


def resolve_hashtags(view: IndexView, scope: np.ndarray, parsed: ParsedQuery) -> None:
    """``#word`` is a tag filter when an entry in scope has that tag, else the word
    (someone typing ``#vélo`` in a logbook without that tag still wants vélo)."""
    for tag in parsed.hashtags:
        if (_tag_mask(view, tag_names(tag)) & scope).any():
            parsed.tags.add(fold(tag))
        else:
            add_word(parsed, tag, negative=False)
    for tag in parsed.excluded_hashtags:
        if (_tag_mask(view, tag_names(tag)) & scope).any():
            parsed.excluded_tags.add(fold(tag))
        else:
            add_word(parsed, tag, negative=True)
    parsed.hashtags, parsed.excluded_hashtags = [], []


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
    tag_sets.extend(tag_names(t) for t in parsed.tags)
    for wanted in tag_sets:
        final &= _tag_mask(view, wanted)
    if parsed.excluded_tags:
        final &= ~_tag_mask(view, {name for t in parsed.excluded_tags for name in tag_names(t)})
    if stage_ids is not None or parsed.stages:
        allowed_stages = set(stage_ids) if stage_ids is not None else None
        if parsed.stages:
            by_text = _matching_ids(view, "stage", parsed.stages, stemmed=True, within=scope)
            allowed_stages = by_text if allowed_stages is None else allowed_stages & by_text
        final &= np.isin(view.stage, sorted(allowed_stages))
    if parsed.excluded_stages:
        final &= ~np.isin(
            view.stage,
            sorted(_matching_ids(view, "stage", parsed.excluded_stages, stemmed=True, within=scope)),
        )
    if parsed.excluded_authors:
        final &= ~np.isin(
            view.author,
            sorted(_matching_ids(view, "author", parsed.excluded_authors, stemmed=False, within=scope)),
        )
    if authors is not None or parsed.authors:
        allowed_authors: set[int] | None = None
        if authors is not None:
            allowed_authors = {a for a in authors if isinstance(a, int)}
            names = [a for a in authors if not isinstance(a, int)]
            if names:
                allowed_authors |= _matching_ids(view, "author", names, stemmed=False, within=scope)
        if parsed.authors:
            by_text = _matching_ids(view, "author", parsed.authors, stemmed=False, within=scope)
            allowed_authors = by_text if allowed_authors is None else allowed_authors & by_text
        final &= np.isin(view.author, sorted(allowed_authors))
    day_from = max(filter(None, [parsed.day_from, as_day(date_from, end=False)]), default=None)
    day_to = min(filter(None, [parsed.day_to, as_day(date_to, end=True)]), default=None)
    if day_from is not None:
        final &= view.day >= day_from
    if day_to is not None:
        final &= view.day <= day_to
    return final
