"""The days an entry speaks of, besides the day it happened.

A logbook is written as things go: "Hier soir, réunion avec les parents",
posted the next morning; "rendez-vous mardi prochain à la mairie"; "retour sur
l'atelier du 14/11". Someone searching "réunion du 12 juin" wants the note
written on the 13th about last night's meeting, and "atelier du 14 novembre"
the entry that wrote the date in numbers. So the index keeps, for each entry,
the days its text names, anchored on the day it happened:

- relative words, French and English: *hier*, *avant-hier*, *demain*,
  *après-demain*, *il y a trois jours*, *dans 2 jours*, *lundi dernier*,
  *mardi prochain*, *yesterday*, *last Monday*…;
- days written with a month, in digits (*le 14 novembre*, *1er mai 2025*,
  *premier mai*) or in numbers (*14/11*, *14.11.2024*); a day without a year
  is the one nearest to the entry (a note of December speaking of "le 3
  janvier" means the coming January). A day in words (*le quinze juin*) is
  left to its words, which a query's date matches anyway: looking for them
  in every text would cost more than the rest of its indexing.

A weekday alone ("jeudi, atelier cuisine") is left out: it names the past or
the coming one, and the text seldom says which. Neither are weeks and months
("la semaine dernière", "en mars"), which would make a day's search answer
with every entry of a month.

Each day is indexed as two terms of the ``days`` field (see
:mod:`search.schema`): ``MMDD`` answers a date typed without a year,
``YYYYMMDD`` one with its year. The day an entry happened is not repeated
there: its own column answers it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from search.dates import DAY_WORDS, MONTHS, DateWords

# The field holding the terms (not scored: a day is there or not).
FIELD = "days"
# A range typed in a query ("du 3 au 20 mars") looks up at most this many days.
MAX_RANGE_DAYS = 31
# "il y a 3 jours", "dans 10 jours": further than this, people give the date.
MAX_DAYS_AWAY = 31

_WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NUMBER = {
    name: number for names in (_WEEKDAYS_FR, _WEEKDAYS_EN) for number, name in enumerate(names)
}

# Whole words, as typed on a phone: accents may be missing, hyphens may be spaces.
_OFFSET_WORDS = (
    (r"avant[\s-]+hier|the\s+day\s+before\s+yesterday", -2),
    (r"apr[eè]s[\s-]+demain|the\s+day\s+after\s+tomorrow", 2),
    (r"hier|yesterday", -1),
    (r"demain|tomorrow", 1),
)
_OFFSETS = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<o{index}>{pattern})" for index, (pattern, _) in enumerate(_OFFSET_WORDS))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_COUNT = r"\d{1,2}|" + "|".join(
    sorted((re.escape(name).replace(r"\-", r"[\s-]+") for name in DAY_WORDS), key=len, reverse=True)
)
_DAYS_AWAY = re.compile(
    rf"(?<![\w-])(?:(?P<ago>il\s+y\s+a)|(?P<within>dans))\s+(?P<count>{_COUNT}|un|une)\s+jours?(?![\w-])"
    rf"|(?<![\w-])(?P<count_en>\d{{1,2}})\s+days\s+(?P<ago_en>ago)(?![\w-])",
    re.IGNORECASE,
)
_FR_DAY = "|".join(_WEEKDAYS_FR)
_EN_DAY = "|".join(_WEEKDAYS_EN)
_WEEKDAY_ROUND = re.compile(
    rf"(?<![\w-])(?P<fr>{_FR_DAY})\s+(?P<fr_when>dernier|pass[ée]|prochain)(?![\w-])"
    rf"|(?<![\w-])(?P<en_when>last|next)\s+(?P<en>{_EN_DAY})(?![\w-])",
    re.IGNORECASE,
)


_MONTH_NAMES = "|".join(sorted((re.escape(name) for name in MONTHS), key=len, reverse=True))
_DAY_MONTH = rf"(?:er)?\s+(?P<month>{_MONTH_NAMES})\.?(?:\s+(?P<year>(?:19|20)\d\d))?"
_DIGIT_MONTH = re.compile(r"(?P<day>[0-3]?\d)" + _DAY_MONTH)
_FIRST_MONTH = re.compile(r"premier(?P<day>)" + _DAY_MONTH)
_DIGIT = re.compile(r"\d")
_ROUND_WORDS = ("dernier", "pass", "prochain", "last", "next")
_DOTTED = re.compile(r"\d[.-]\d{1,2}[.-]\d")
_NUMBERS = re.compile(r"([0-3]?\d)([/.-])([01]?\d)(?:\2((?:19|20)\d\d|\d\d))?")


def mentioned_days(texts: Iterable[str], anchor: date) -> set[date]:
    """The days ``texts`` name, read from ``anchor`` (the day the entry happened),
    the anchor itself left out."""
    days: set[date] = set()
    for text in texts:
        if text:
            days.update(_relative_days(text, anchor))
            days.update(_written_days(text, anchor))
    days.discard(anchor)
    return days


def day_terms(days: Iterable[date]) -> list[str]:
    """The ``days`` field's terms for ``days``, sorted."""
    return sorted({term for day in days for term in (f"{day:%m%d}", f"{day:%Y%m%d}")})


def query_terms(when: DateWords) -> list[str]:
    """The terms of the days a date typed in a query covers: a day, or a range of days
    (up to :data:`MAX_RANGE_DAYS`); none for a month, a season or a year."""
    if when.day is None or not 1 <= when.month <= 12:
        return []
    last_month, last_day = when.until if when.until is not None else (when.month, when.day)
    # Walk a leap year, so that 29 February is a day; wrap past December.
    year = 2024
    first = _valid(year, when.month, when.day)
    last = _valid(
        year if (last_month, last_day) >= (when.month, when.day) else year + 1, last_month, last_day
    )
    if first is None or last is None:
        return []
    terms = []
    day = first
    while day <= last and len(terms) < MAX_RANGE_DAYS:
        terms.append(f"{day:%m%d}" if when.year is None else f"{when.year}{day:%m%d}")
        day += timedelta(days=1)
    return terms


def _relative_days(text: str, anchor: date) -> Iterable[date]:
    # Each pattern runs only on a text holding one of its words: reading every entry's
    # text with all of them would cost more than the rest of its indexing.
    lowered = text.lower()
    if any(hint in lowered for hint in ("hier", "demain", "yesterday", "tomorrow")):
        for match in _OFFSETS.finditer(text):
            index = next(int(name[1:]) for name, value in match.groupdict().items() if value)
            yield anchor + timedelta(days=_OFFSET_WORDS[index][1])
    if "jour" in lowered or "days" in lowered:
        for match in _DAYS_AWAY.finditer(text):
            count_text = (match.group("count") or match.group("count_en")).lower()
            if count_text in ("un", "une"):
                count = 1
            elif count_text.isdigit():
                count = int(count_text)
            else:
                count = DAY_WORDS.get(re.sub(r"[\s-]+", "-", count_text), 0)
            if 0 < count <= MAX_DAYS_AWAY:
                sign = 1 if match.group("within") else -1
                yield anchor + timedelta(days=sign * count)
    if any(word in lowered for word in _ROUND_WORDS) and any(name in lowered for name in _WEEKDAY_NUMBER):
        for match in _WEEKDAY_ROUND.finditer(text):
            name = (match.group("fr") or match.group("en")).lower()
            when = (match.group("fr_when") or match.group("en_when")).lower()
            weekday = _WEEKDAY_NUMBER[name]
            if when in ("prochain", "next"):
                yield anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
            else:
                yield anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)


def _written_days(text: str, anchor: date) -> Iterable[date]:
    lowered = text.lower()
    # Most texts hold no digit: they are passed over at the cost of one scan. The day
    # patterns start with the day, so the regex engine skips quickly to each candidate.
    has_digit = _DIGIT.search(lowered) is not None
    patterns = [_DIGIT_MONTH] if has_digit else []
    if "premier" in lowered:
        patterns.append(_FIRST_MONTH)
    found: list[tuple[int | None, int, int]] = []  # (year, month, day)
    for match in (match for pattern in patterns for match in pattern.finditer(lowered)):
        if _word_boundary(lowered, match.start(), match.end()):
            year, day = match.group("year"), match.group("day")
            found.append((int(year) if year else None, MONTHS[match.group("month")], int(day) if day else 1))
    if has_digit and ("/" in lowered or _DOTTED.search(lowered)):
        for match in _NUMBERS.finditer(lowered):
            day, separator, month, year = match.groups()
            if not _word_boundary(lowered, match.start(), match.end(), "/.:"):
                continue
            # Without a year, only dd/mm: "3/4 des élèves" is a fraction.
            if year is None and (separator != "/" or len(day) != 2 or len(month) != 2):
                continue
            found.append((_full_year(year), int(month), int(day)))
    for year, month, day in found:
        if year is not None:
            written = _valid(year, month, day)
        else:
            candidates = [
                _valid(near, month, day) for near in (anchor.year - 1, anchor.year, anchor.year + 1)
            ]
            written = min(
                filter(None, candidates), key=lambda candidate: abs(candidate - anchor), default=None
            )
        if written is not None:
            yield written


def _word_boundary(text: str, start: int, end: int, also: str = "") -> bool:
    """Whether ``text[start:end]`` is not glued to a word (or to ``also``) on either side."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_" + also) and not (after.isalnum() or after in "-_" + also)


def _full_year(text: str | None) -> int | None:
    if text is None:
        return None
    return int(text) + 2000 if len(text) == 2 else int(text)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
