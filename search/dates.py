"""Dates written in words in a query: ``12 septembre``, ``le 3 mars 2024``,
``septembre 2023``, ``12/09/2023``.

People ask for "la réunion du 12 septembre" rather than ``date:2024-09-12``.
Such a date is matched against the day an entry happened (in its own time
zone) *or* against the same words in its text: a note written on the 14th
about "la réunion du 12 septembre" is found too. A month alone
(``septembre``) stays a word: it is too often part of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "janvier": 1, "january": 1, "jan": 1, "janv": 1,
    "fevrier": 2, "février": 2, "february": 2, "fev": 2, "fév": 2, "feb": 2,
    "mars": 3, "march": 3,
    "avril": 4, "april": 4, "avr": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6,
    "juillet": 7, "july": 7, "juil": 7,
    "aout": 8, "août": 8, "august": 8, "aug": 8,
    "septembre": 9, "september": 9, "sept": 9, "sep": 9,
    "octobre": 10, "october": 10, "oct": 10,
    "novembre": 11, "november": 11, "nov": 11,
    "decembre": 12, "décembre": 12, "december": 12, "dec": 12, "déc": 12,
}  # fmt: skip

_MONTH = "|".join(sorted((re.escape(name) for name in MONTHS), key=len, reverse=True))
# "le 12 septembre 2023", "1er mars", "12 sept.", "septembre 2023", "12/09/2023", "12/09".
_IN_WORDS = re.compile(
    rf"(?<![\w-])(?:(?P<day>[0-3]?\d)(?:er)?\s+)?(?P<month>{_MONTH})\.?(?:\s+(?P<year>(?:19|20)\d\d))?(?![\w-])",
    re.IGNORECASE,
)
# Numbers with slashes are dates with a year (3/9/2024), or written with two digits each
# (03/09): "3/4 des élèves" is a fraction.
_NUMERIC = re.compile(
    r"(?<![\w/-])(?:(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)"
    r"|(?P<day2>[0-3]\d)/(?P<month2>[01]\d))(?![\w/-])"
)


@dataclass(frozen=True)
class DateWords:
    """A date as typed: ``text`` (its words), month, and day and year when given."""

    text: str
    month: int
    day: int | None = None
    year: int | None = None

    def matches(self, days):
        """Boolean mask of YYYYMMDD ``days`` (a numpy array) on this date."""
        month_day = days % 10000
        if self.day is not None:
            found = month_day == self.month * 100 + self.day
        else:
            found = month_day // 100 == self.month
        if self.year is not None:
            found &= days // 10000 == self.year
        return found


def extract_dates(text: str) -> tuple[str, list[DateWords]]:
    """``text`` without the dates it spells out, and those dates.

    A month name counts as a date only with a day or a year beside it; an
    impossible day (``45 mars``) leaves the words as they are.
    """
    found: list[DateWords] = []

    def take(match: re.Match) -> str:
        groups = match.groupdict()
        day_text = groups.get("day") or groups.get("day2")
        day = int(day_text) if day_text else None
        month_text = groups.get("month") or groups.get("month2")
        month = MONTHS.get(month_text.lower()) if not month_text.isdigit() else int(month_text)
        year = int(groups["year"]) if groups.get("year") else None
        if month is None or not 1 <= month <= 12 or (day is None and year is None):
            return match.group()
        if day is not None and not 1 <= day <= 31:
            return match.group()
        words = match.group() if not month_text.isdigit() else ""
        found.append(DateWords(text=words.strip(), month=month, day=day, year=year))
        return " "

    text = _NUMERIC.sub(take, text)
    text = _IN_WORDS.sub(take, text)
    return text, found
