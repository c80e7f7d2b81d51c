"""The words exports print, in French (default) and English, and how dates are written.

Exports run in a worker without a request, so they carry their own small set of
labels rather than depending on the web layer's translations.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from logbook.export.story import Story

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "story": "Fil d’Ariane",
        "contents": "Sommaire",
        "period": "Période",
        "contributors": "Contributrices et contributeurs",
        "counts": "Ce que contient le carnet",
        "generated": "Document généré le",
        "scope": "Sélection",
        "stage": "Escale",
        "unstaged": "Hors escale",
        "next_stop": "Prochaine escale",
        "no_next_stop": "Toutes les escales prévues sont atteintes.",
        "closing": "À suivre…",
        "closing_text": "Ce fil d’Ariane raconte le projet tel qu’il s’est déroulé jusqu’ici.",
        "closing_online": "Le carnet continue\u202f: retrouvez chaque contribution en ligne, à cette adresse\u202f:",
        "closing_in_carnet": "Le carnet continue\u202f: chaque contribution reste à lire dans Carnet.",
        "closing_in_carnet_at": "Le carnet continue\u202f: chaque contribution reste à lire dans Carnet, à cette adresse\u202f:",
        "reached": "atteinte",
        "upcoming": "à venir",
        "by": "par",
        "speaker": "Témoin",
        "no_consent": "Le témoin n’a pas donné son accord pour que ses paroles soient diffusées.",
        "listen": "Écouter en ligne",
        "play_audio": "Écouter",
        "play_video": "Regarder",
        "colon": "\u202f: ",
        "watch": "Voir en ligne",
        "open_entry": "Voir la contribution",
        "link": "Lien",
        "transcript": "Transcription",
        "duration": "Durée",
        "tags": "Étiquettes",
        "page": "Page",
        "no_entries": "Aucune contribution retenue pour cette escale.",
        "key_figures": "Chiffres clés",
        "entries": "contributions",
        "stages": "escales",
        "from": "du",
        "to": "au",
        "since": "depuis le",
        "until": "jusqu’au",
        "media": "Médias",
        "introduction": "Présentation",
        "untitled": "Contribution sans titre",
        "and": "et",
    },
    "en": {
        "story": "The story so far",
        "contents": "Contents",
        "period": "Period",
        "contributors": "Contributors",
        "counts": "What the logbook holds",
        "generated": "Generated on",
        "scope": "Selection",
        "stage": "Stage",
        "unstaged": "Outside any stage",
        "next_stop": "Next stop",
        "no_next_stop": "Every planned stage has been reached.",
        "closing": "To be continued…",
        "closing_text": "This story tells the project as it went so far.",
        "closing_online": "The logbook goes on: find every contribution online, at this address:",
        "closing_in_carnet": "The logbook goes on: every contribution can still be read in Carnet.",
        "closing_in_carnet_at": "The logbook goes on: every contribution can still be read in Carnet, at this address:",
        "reached": "reached",
        "upcoming": "upcoming",
        "by": "by",
        "speaker": "Witness",
        "no_consent": "The speaker did not consent to their words being shared.",
        "listen": "Listen online",
        "play_audio": "Listen",
        "play_video": "Watch",
        "colon": ": ",
        "watch": "Watch online",
        "open_entry": "Open the entry",
        "link": "Link",
        "transcript": "Transcript",
        "duration": "Duration",
        "tags": "Tags",
        "page": "Page",
        "no_entries": "No entry selected for this stage.",
        "key_figures": "Key figures",
        "entries": "entries",
        "stages": "stages",
        "from": "from",
        "to": "to",
        "since": "since",
        "until": "until",
        "media": "Media",
        "introduction": "About the project",
        "untitled": "Untitled entry",
        "and": "and",
    },
}

#: Words that follow a number: (singular, plural). French takes the singular for 0 and 1.
COUNTED: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "entries": ("contribution", "contributions"),
        "contributors": ("contributrice ou contributeur", "contributrices et contributeurs"),
        "stages": ("escale", "escales"),
        "media": ("média", "médias"),
        "pending_media": (
            "média encore en traitement ne figure pas dans cet export",
            "médias encore en traitement ne figurent pas dans cet export",
        ),
        "more_contributors": ("autre personne", "autres personnes"),
    },
    "en": {
        "entries": ("entry", "entries"),
        "contributors": ("contributor", "contributors"),
        "stages": ("stage", "stages"),
        "media": ("media file", "media files"),
        "pending_media": (
            "media file still being processed is not in this export",
            "media files still being processed are not in this export",
        ),
        "more_contributors": ("other person", "other people"),
    },
}

KIND_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    # kind -> (singular, plural)
    "fr": {
        "note": ("note", "notes"),
        "photo": ("photo", "photos"),
        "drawing": ("dessin", "dessins"),
        "audio": ("capsule audio", "capsules audio"),
        "video": ("vidéo", "vidéos"),
        "testimony": ("témoignage", "témoignages"),
        "link": ("lien", "liens"),
    },
    "en": {
        "note": ("note", "notes"),
        "photo": ("photo", "photos"),
        "drawing": ("drawing", "drawings"),
        "audio": ("audio clip", "audio clips"),
        "video": ("video", "videos"),
        "testimony": ("testimony", "testimonies"),
        "link": ("link", "links"),
    },
}

_MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def labels_for(locale: str) -> dict[str, str]:
    """Labels for ``locale``; anything but English falls back to French."""
    return LABELS["en" if locale == "en" else "fr"]


def _singular(count: int, locale: str) -> bool:
    # French: "0 contribution", "1 contribution", "2 contributions"; English: "0 entries".
    return count == 1 if locale == "en" else abs(count) < 2


def kind_name(kind: str, locale: str, count: int = 1) -> str:
    names = KIND_NAMES["en" if locale == "en" else "fr"].get(kind, (kind, kind))
    return names[0] if _singular(count, locale) else names[1]


def counted_word(key: str, count: int, locale: str) -> str:
    """The word of ``COUNTED[key]`` that agrees with ``count`` (without the number)."""
    singular, plural = COUNTED["en" if locale == "en" else "fr"][key]
    return singular if _singular(count, locale) else plural


def counted(key: str, count: int, locale: str) -> str:
    """``count`` and its word, agreed: "1 contributrice ou contributeur", "2 contributions"."""
    return f"{count} {counted_word(key, count, locale)}"


def format_date(value: date | datetime | None, locale: str) -> str:
    """``3 mars 2025`` / ``March 3, 2025``; empty for ``None``."""
    if value is None:
        return ""
    months = _MONTHS["en" if locale == "en" else "fr"]
    month = months[value.month - 1]
    if locale == "en":
        return f"{month} {value.day}, {value.year}"
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"


def format_datetime(value: datetime, locale: str) -> str:
    """The date, and the time when it is not midnight."""
    text = format_date(value, locale)
    if value.hour or value.minute:
        if locale == "en":
            text += f", {value:%H:%M}"
        else:
            # No-break spaces: "14 h 30" is never split over two lines.
            hour = f"{value.hour}\u00a0h"
            text += f" à {hour}\u00a0{value.minute:02d}" if value.minute else f" à {hour}"
    return text


def format_period(start: date | datetime | None, end: date | datetime | None, locale: str) -> str:
    """A span of dates in words; either end may be missing."""
    labels = labels_for(locale)
    if start and end:
        if format_date(start, locale) == format_date(end, locale):
            return format_date(start, locale)
        return f"{labels['from']} {format_date(start, locale)} {labels['to']} {format_date(end, locale)}"
    if start:
        return f"{labels['since']} {format_date(start, locale)}"
    if end:
        return f"{labels['until']} {format_date(end, locale)}"
    return ""


def pending_lines(story: Story) -> list[str]:
    """What an export says of the media it could not hold because they were still being
    processed: one sentence, then one line per entry concerned. Empty when there are none."""
    pending = story.pending_media
    if not pending:
        return []
    locale = story.locale
    lines = [counted("pending_media", len(pending), locale) + "."]
    seen: dict[int, str] = {}
    for item in pending:
        title = item.entry_title or labels_for(locale)["untitled"]
        when = format_date(item.occurred_at, locale)
        seen.setdefault(item.entry_id, f"{title} ({when})" if when else title)
    return lines + list(seen.values())


def format_duration(seconds: float | None) -> str:
    """``2:05`` or ``1:02:05``; empty when unknown."""
    if seconds is None:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
