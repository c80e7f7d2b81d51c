"""The words exports print, in French (default) and English, and how dates are written.

Exports run in a worker without a request, so they carry their own small set of
labels rather than depending on the web layer's translations.
"""

from __future__ import annotations

from datetime import date, datetime

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "story": "Fil d'Ariane",
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
        "closing_text": "Ce fil d'Ariane raconte le projet tel qu'il s'est déroulé jusqu'ici. "
        "Le carnet continue : retrouvez chaque contribution en ligne.",
        "reached": "atteinte",
        "upcoming": "à venir",
        "by": "par",
        "speaker": "Témoin",
        "no_consent": "Le témoin n'a pas donné son accord pour que ses paroles soient diffusées.",
        "listen": "Écouter en ligne",
        "play_audio": "Écouter",
        "play_video": "Regarder",
        "colon": " : ",
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
        "until": "jusqu'au",
        "media": "Médias",
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
        "closing_text": "This story tells the project as it went so far. "
        "The logbook goes on: find every contribution online.",
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


def kind_name(kind: str, locale: str, count: int = 1) -> str:
    names = KIND_NAMES["en" if locale == "en" else "fr"].get(kind, (kind, kind))
    return names[0] if count == 1 else names[1]


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
            text += f" à {value.hour} h {value.minute:02d}" if value.minute else f" à {value.hour} h"
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


def format_duration(seconds: float | None) -> str:
    """``2:05`` or ``1:02:05``; empty when unknown."""
    if seconds is None:
        return ""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
