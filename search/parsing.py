"""The query language, parsed: words, phrases, exclusions and filters.

``free words``, ``"exact phrase"``, ``-excluded``, ``tag:x``, ``kind:photo``
/ ``type:dessin``, ``author:name``, ``stage:name``, ``2024-03..2024-06``,
``after:2024-03-01``, ``before:2024-06``, ``date:2024-05``, ``coop*``.
Parsing never raises: what it cannot read becomes words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from search.analysis import STOP_WORDS, fold
from search.limits import DEFAULT_LIMITS, QueryLimits, QueryTooLong

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
WORD = re.compile(r"\w+")


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


def day_bounds(text: str) -> tuple[int, int] | None:
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
        return ParsedQuery(words=WORD.findall(text or ""))


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
            if WORD.search(phrase):
                (parsed.excluded_phrases if negative else parsed.phrases).append(phrase)
            continue
        range_match = _RANGE.match(value)
        if range_match and (range_match.group(1) or range_match.group(2)):
            low = day_bounds(range_match.group(1)) if range_match.group(1) else None
            high = day_bounds(range_match.group(2)) if range_match.group(2) else None
            _narrow(parsed, low[0] if low else None, high[1] if high else None)
            continue
        for word in value.split():
            if not WORD.search(word):
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
        bounds = day_bounds(value)
        if bounds is None:
            parsed.words.extend(WORD.findall(value))
        elif name == "after":
            _narrow(parsed, bounds[0], None)
        elif name == "before":
            _narrow(parsed, None, bounds[0] - 1)
        else:
            _narrow(parsed, bounds[0], bounds[1])


def term_count(parsed: ParsedQuery) -> int:
    """What a query costs to run, roughly one posting list or label scan per term:
    distinct words (free and excluded ones, stop words aside unless there is nothing
    else, as they are then looked up), words of phrases, and author, stage and tag
    filters."""
    free: set[str] = set()
    for text in (*parsed.words, *parsed.excluded_words):
        free.update(WORD.findall(fold(text)))
    meaningful = free - STOP_WORDS
    in_phrases: set[str] = set()
    for text in (*parsed.phrases, *parsed.excluded_phrases):
        in_phrases.update(WORD.findall(fold(text)))
    filters = len(parsed.authors) + len(parsed.stages) + len(parsed.tags) + len(parsed.excluded_tags)
    return len(meaningful or free) + len(in_phrases) + filters


def check_terms(parsed: ParsedQuery, limits: QueryLimits = DEFAULT_LIMITS) -> None:
    """Raise :class:`QueryTooLong` when the query has more than ``limits.max_terms`` terms."""
    count = term_count(parsed)
    if count > limits.max_terms:
        raise QueryTooLong(
            f"The search has too many words: {count}, at most {limits.max_terms}.",
            limit=limits.max_terms,
            found=count,
        )
