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
- dates written out or in numbers (:func:`search.dates.extract_dates`): a day
  without a year is the one nearest to the entry (a note of December speaking
  of "le 3 janvier" means the coming January).

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

from search.dates import DAY_WORDS, DateWords, extract_dates

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
    for match in _OFFSETS.finditer(text):
        index = next(int(name[1:]) for name, value in match.groupdict().items() if value)
        yield anchor + timedelta(days=_OFFSET_WORDS[index][1])
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
    for match in _WEEKDAY_ROUND.finditer(text):
        name = (match.group("fr") or match.group("en")).lower()
        when = (match.group("fr_when") or match.group("en_when")).lower()
        weekday = _WEEKDAY_NUMBER[name]
        if when in ("prochain", "next"):
            yield anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
        else:
            yield anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)


def _written_days(text: str, anchor: date) -> Iterable[date]:
    _rest, dates = extract_dates(text)
    for when in dates:
        if when.day is None or when.until is not None:
            continue
        if when.year is not None:
            found = _valid(when.year, when.month, when.day)
        else:
            candidates = [
                _valid(year, when.month, when.day) for year in (anchor.year - 1, anchor.year, anchor.year + 1)
            ]
            found = min(filter(None, candidates), key=lambda day: abs(day - anchor), default=None)
        if found is not None:
            yield found


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
