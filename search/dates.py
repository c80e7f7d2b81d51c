"""Dates written in words in a query: ``12 septembre``, ``le 1er mai``,
``mardi 14 novembre 2024``, ``janvier 2024``, ``14/11/2024``, ``2024-11-14``,
``printemps 2024``, ranges (``du 3 au 5 mars``, ``de janvier à mars 2024``),
and a month, a season or a year alone (``réunion de mars``,
``bilan 2024``).

People ask for "la réunion du 12 septembre" rather than ``date:2024-09-12``.
Such a date is matched against the day an entry happened (in its own time
zone) *or* against the same words in its text: a note written on the 14th
about "la réunion du 12 septembre" is found too. The date's words are never
needed as text on top of the day.

A month, a season or a year alone is *loose*: it is so often part of a sentence
("le marché de mars") that an entry saying the word ranks before one that
merely happened that month. Abbreviations (``sept`` is also *seven*), English
month names (``may``, ``march``) and *été* without an article (also a form of
*être*) are not dates on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "janvier": 1, "january": 1, "jan": 1, "janv": 1,
    "fevrier": 2, "février": 2, "february": 2, "fev": 2, "fév": 2, "feb": 2, "fevr": 2, "févr": 2,
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
# Month names that are a date even alone (French, written out).
_ALONE = (
    "janvier", "fevrier", "février", "mars", "avril", "mai", "juin", "juillet", "aout", "août",
    "septembre", "octobre", "novembre", "decembre", "décembre",
)  # fmt: skip
# Seasons as months (meteorological seasons: what people mean by "l'hiver").
SEASONS = {
    "printemps": (3, 4, 5),
    "ete": (6, 7, 8),
    "été": (6, 7, 8),
    "automne": (9, 10, 11),
    "hiver": (12, 1, 2),
}
_WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"

# Days written as words ("le quinze juin", "vingt-deux mars"); "un" is left out (an article).
_UNITS = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
DAY_WORDS = {
    name: number
    for number, name in enumerate(
        (*_UNITS, "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"), start=2
    )
}
DAY_WORDS.update({f"dix-{unit}": 10 + number for number, unit in enumerate(_UNITS[5:], start=7)})
DAY_WORDS.update({"vingt": 20, "trente": 30, "vingt-et-un": 21, "trente-et-un": 31})
DAY_WORDS.update({f"vingt-{unit}": 20 + number for number, unit in enumerate(_UNITS, start=2)})
# Typed with spaces instead of hyphens, too ("vingt et un", "dix sept").
_DAY_WORD = "|".join(
    sorted((re.escape(name).replace(r"\-", r"[\s-]+") for name in DAY_WORDS), key=len, reverse=True)
)
_DAY = rf"[0-3]?\d|premier|{_DAY_WORD}"

_MONTH = "|".join(sorted((re.escape(name) for name in MONTHS), key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
# "le 12 septembre 2023", "mardi 1er mars", "premier mai", "12 sept.", "septembre 2023".
_IN_WORDS = re.compile(
    rf"(?<![\w-])(?:(?:(?:{_WEEKDAYS})\s+)?(?P<day>{_DAY})(?:er)?\s+)?"
    rf"(?P<month>{_MONTH})\.?(?:\s+(?P<year>{_YEAR}))?(?![\w-])",
    re.IGNORECASE,
)
# Numbers with slashes, dots or dashes are dates with a year (3/9/2024, 14.11.24), or
# written with two digits each (03/09): "3/4 des élèves" is a fraction.
_NUMERIC = re.compile(
    rf"(?<![\w/.:-])(?:(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[01]?\d)(?P=sep)(?P<year>{_YEAR}|\d\d)"
    r"|(?P<day2>[0-3]\d)/(?P<month2>[01]\d))(?![\w/-]|\.\d)"
)
# ISO dates typed as words: 2024-11-14, 2024-11 (not ranges "2024-03..2024-06", not
# the values of "date:" or "after:").
_ISO = re.compile(rf"(?<![\w/.:-])(?P<year>{_YEAR})-(?P<month>[01]?\d)(?:-(?P<day>[0-3]?\d))?(?![\w/-]|\.)")
_FULL_MONTH = "|".join(sorted(_ALONE, key=len, reverse=True))
# "du 3 au 5 mars 2024", "entre le 28 février et le 2 mars", "du 1er au 15 juin".
_DAY_RANGE = re.compile(
    rf"(?<![\w-])(?:du|entre(?:\s+le)?)\s+(?P<d1>{_DAY})(?:er)?(?:\s+(?P<m1>{_MONTH})\.?)?"
    rf"\s+(?:au|et(?:\s+le)?)\s+(?P<d2>{_DAY})(?:er)?\s+(?P<m2>{_MONTH})\.?(?:\s+(?P<year>{_YEAR}))?(?![\w-])",
    re.IGNORECASE,
)
# "de janvier à mars 2024", "d'avril à juin", "entre mars et mai".
_MONTH_RANGE = re.compile(
    rf"(?<![\w-])(?:de\s+|d['’]|entre\s+)(?P<m1>{_FULL_MONTH})\s+(?:à|a|et)\s+(?P<m2>{_FULL_MONTH})"
    rf"(?:\s+(?P<year>{_YEAR}))?(?![\w-])",
    re.IGNORECASE,
)
# A year alone ("bilan 2024", "en 2023"): not 2000, a round number more often counted.
_YEAR_ALONE = re.compile(r"(?<![\w/.:,-])(?P<year>199\d|20(?!00)[0-3]\d)(?![\w/.:-]|,\d)")
# "printemps 2024", "l'hiver", "cet été", "en automne".
_SEASON = re.compile(
    rf"(?<![\w-])(?P<article>(?:l['’]|cet\s+|en\s+|cette\s+)?)(?P<season>printemps|été|ete|automne|hiver)"
    rf"(?:\s+(?P<year>{_YEAR}))?(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateWords:
    """A date as typed: ``text`` (its words), month (0: a year alone), and day and
    year when given.

    ``months`` widens a season to its months; ``loose`` marks a month or a season
    typed alone (ranked below its word, see :mod:`search.clauses`).
    """

    text: str
    month: int
    day: int | None = None
    year: int | None = None
    months: tuple[int, ...] = ()
    loose: bool = False
    # A range typed in words ("du 3 au 5 mars"): the last (month, day), inclusive, the
    # first being (month, day or 1); a range past December wraps to January.
    until: tuple[int, int] | None = None

    def matches(self, days):
        """Boolean mask of YYYYMMDD ``days`` (a numpy array) on this date."""
        month_day = days % 10000
        if self.until is not None:
            first = self.month * 100 + (self.day or 1)
            last = self.until[0] * 100 + self.until[1]
            if first <= last:
                found = (month_day >= first) & (month_day <= last)
            else:
                found = (month_day >= first) | (month_day <= last)
        elif self.day is not None:
            found = month_day == self.month * 100 + self.day
        elif not self.month:
            found = days > 0
        elif self.months:
            found = month_day // 100 == self.months[0]
            for other in self.months[1:]:
                found |= month_day // 100 == other
        else:
            found = month_day // 100 == self.month
        if self.year is not None:
            found &= days // 10000 == self.year
        return found


def _day(text: str) -> int:
    """The day of a date as typed: digits, "premier", or a number in words."""
    if text.isdigit():
        return int(text)
    words = "-".join(text.lower().split()).replace("--", "-")
    return 1 if words == "premier" else DAY_WORDS[re.sub(r"-+", "-", words)]


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def extract_dates(text: str) -> tuple[str, list[DateWords]]:
    """``text`` without the dates it spells out, and those dates.

    A month name counts as a date with a day or a year beside it, or alone
    when written out in French (then ``loose``); an impossible day
    (``45 mars``) leaves the words as they are.
    """
    found: list[DateWords] = []

    def numeric(match: re.Match) -> str:
        groups = match.groupdict()
        day = int(groups.get("day") or groups["day2"])
        month = int(groups.get("month") or groups["month2"])
        year = _year(groups.get("year"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group()
        found.append(DateWords(text="", month=month, day=day, year=year))
        return " "

    def iso(match: re.Match) -> str:
        month = int(match.group("month"))
        day = int(match.group("day")) if match.group("day") else None
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            return match.group()
        found.append(DateWords(text="", month=month, day=day, year=int(match.group("year"))))
        return " "

    def in_words(match: re.Match) -> str:
        day_text = match.group("day")
        day = None if day_text is None else _day(day_text)
        month_text = match.group("month")
        month = MONTHS[month_text.lower()]
        year = _year(match.group("year"))
        if day is None and year is None:
            # "45 mars" is no date; "sept" alone is a number.
            if month_text.lower() not in _ALONE or re.search(r"\d\s*$", match.string[: match.start()]):
                return match.group()
            found.append(DateWords(text=month_text, month=month, loose=True))
            return " "
        if day is not None and not 1 <= day <= 31:
            return match.group()
        # The words of the date as written, without the weekday (rarely in the text).
        first = match.start("day") if day_text else match.start("month")
        words = match.string[first : match.end()]
        found.append(DateWords(text=words.strip(), month=month, day=day, year=year))
        return " "

    def season(match: re.Match) -> str:
        name = match.group("season").lower()
        year = _year(match.group("year"))
        if year is None and name in ("été", "ete") and not match.group("article"):
            return match.group()
        months = SEASONS[name]
        words = match.string[match.start("season") : match.end()]
        found.append(
            DateWords(text=words.strip(), month=months[0], year=year, months=months, loose=year is None)
        )
        return " "

    def day_range(match: re.Match) -> str:
        first_text = match.group("d1")
        first = _day(first_text)
        last = _day(match.group("d2"))
        last_month = MONTHS[match.group("m2").lower()]
        first_month = MONTHS[match.group("m1").lower()] if match.group("m1") else last_month
        if not (1 <= first <= 31 and 1 <= last <= 31):
            return match.group()
        year = _year(match.group("year"))
        found.append(DateWords(text="", month=first_month, day=first, year=year, until=(last_month, last)))
        return " "

    def month_range(match: re.Match) -> str:
        first, last = MONTHS[match.group("m1").lower()], MONTHS[match.group("m2").lower()]
        year = _year(match.group("year"))
        found.append(DateWords(text="", month=first, year=year, until=(last, 31)))
        return " "

    def year_alone(match: re.Match) -> str:
        found.append(DateWords(text=match.group(), month=0, year=int(match.group()), loose=True))
        return " "

    text = _ISO.sub(iso, text)
    text = _NUMERIC.sub(numeric, text)
    text = _DAY_RANGE.sub(day_range, text)
    text = _MONTH_RANGE.sub(month_range, text)
    text = _IN_WORDS.sub(in_words, text)
    text = _SEASON.sub(season, text)
    text = _YEAR_ALONE.sub(year_alone, text)
    return text, found
