"""A logbook's own search synonyms: groups of words its team uses for the same thing.

Kept as text on the logbook (one group per line, terms separated by commas, the
format of ``search/synonyms_fr.txt``) and handed to every search of that
logbook beside the built-in groups: a change applies to the next search, with
no reindex. Only the groups of logbooks the caller searches (and may read)
take part in a search.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from logbook.db import db
from logbook.errors import ValidationFailed
from logbook.models import Logbook
from search.synonyms import Group, parse_groups

MAX_CHARS = 5000
MAX_GROUPS = 200
MAX_TERMS = 20
MAX_TERM_CHARS = 80


def parse_synonyms(text: str) -> list[Group]:
    """The groups of ``text``, checked.

    :raises ValidationFailed: ``synonyms_too_long``, past the limits above.
    """
    text = (text or "").replace("\r\n", "\n")
    groups = parse_groups(text)
    too_big = (
        len(text) > MAX_CHARS
        or len(groups) > MAX_GROUPS
        or any(
            len(group) > MAX_TERMS or any(len(term) > MAX_TERM_CHARS for term in group) for group in groups
        )
    )
    if too_big:
        message = (
            f"At most {MAX_CHARS} characters, {MAX_GROUPS} groups of {MAX_TERMS} terms, "
            f"{MAX_TERM_CHARS} characters a term."
        )
        raise ValidationFailed(message, code="synonyms_too_long", fields={"synonyms": [message]})
    return groups


def set_search_synonyms(logbook: Logbook, text: str) -> list[Group]:
    """Replace the logbook's synonyms with the groups of ``text`` (stored one group a line).

    :raises ValidationFailed: ``synonyms_too_long``.
    """
    groups = parse_synonyms(text)
    logbook.search_synonyms = "\n".join(", ".join(group) for group in groups)
    db.session.commit()
    return groups


def synonym_groups(logbook_ids: Iterable[int]) -> list[Group]:
    """The groups of these logbooks, together."""
    ids = sorted(set(logbook_ids))
    if not ids:
        return []
    texts = db.session.scalars(
        select(Logbook.search_synonyms).where(Logbook.id.in_(ids), Logbook.search_synonyms != "")
    )
    return [group for text in texts for group in parse_groups(text)]
