"""Entries close to a short answer: the words its answers share, looked for elsewhere.

A query with only a few answers ("décrocheurs", "diabète") often has more in the
logbook that say it in the project's own words ("jeunes sans solution", "la mission
locale", "glycémie"). Those words are in the answers themselves: the terms that several
answers share and that are rare in the logbook (pseudo-relevance feedback, as search
engines have long done) find the entries that speak of the same thing. They follow
every answer, labelled approximate, and only fill a short page: a query with enough
answers is never widened, and nothing here reorders the answers.

What is counted stays within the caller's scope: the answers are entries the caller may
read, a term's rarity is counted over what the caller may see (as every statistic of
:mod:`search.ranking`), and the related entries come from the same filtered set.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from search.analysis import lemmas
from search.ranking import Matcher
from search.view import IndexView

# A query with fewer answers than this has related entries looked for: fewer than a
# first page of ten, the size people read before they give up or rephrase.
FEW_ANSWERS = 10
# Terms taken from the answers, at most, and terms whose rarity is read to choose them
# (each costs one posting list read; the most shared and longest words are read first).
TERMS = 10
CANDIDATE_TERMS = 40
# A term the answers share must be rare in the logbook: in at most this share of the
# entries searched (a word every other entry says relates nothing), and in two at least
# (one that only the answer holds finds nothing else).
MOST_COMMON = 0.1
# A related entry holds at least this many of the terms: one shared word is chance.
SHARED_TERMS = 2
# What a term of the answers adds to a related entry's score, as a share of a word typed.
WEIGHT = 0.3
# The stored text of an answer that its words are read from.
TEXT_FIELDS = ("title", "body", "transcript", "captions")
# An answer whose words are mostly those of an answer before it (this share of the two
# together: a post copied with a line added) is the same evidence, counted once.
REPEATED = 0.6


@dataclass(frozen=True)
class Related:
    """The related entries (document numbers, increasing) and the terms that found them."""

    docnums: np.ndarray
    terms: list[tuple[str, str, float]]

    def __bool__(self) -> bool:
        return bool(len(self.docnums))


NONE = Related(np.zeros(0, dtype=np.int64), [])


def related_entries(
    view: IndexView, matcher: Matcher, answers: np.ndarray, allowed: np.ndarray, known: set[str]
) -> Related:
    """Entries of ``allowed`` (a mask: the caller's filtered scope) that are not
    ``answers`` but share their distinctive words; ``known`` are the query's own terms
    (the ``lemmas`` texts it already looks for), never taken again."""
    if not 0 < len(answers) < FEW_ANSWERS:
        return NONE
    # In how many answers each word appears: a word that several share is what they are
    # about; with one or two answers, any word of them may be. A repeated post counts once.
    shared: Counter[str] = Counter()
    seen: list[set[str]] = []
    for stored in view.stored_fields(answers.tolist()):
        text = " ".join(str(stored.get(name) or "") for name in TEXT_FIELDS)
        words = {word for word in lemmas(text) if _content(word) and word not in known}
        if any(len(words & other) >= REPEATED * max(len(words | other), 1) for other in seen):
            continue
        seen.append(words)
        shared.update(words)
    needed = 2 if len(answers) > 2 else 1
    candidates = sorted(
        (word for word, count in shared.items() if count >= needed),
        key=lambda word: (-shared[word], -len(word), word),
    )[:CANDIDATE_TERMS]
    if not candidates:
        return NONE
    view.prefetch([("lemmas", word) for word in candidates])
    weighed = []
    for word in candidates:
        frequency = matcher.visible_frequency("lemmas", word)
        if frequency < 2 or frequency > matcher.doc_count * MOST_COMMON:
            continue
        weighed.append((shared[word] * (math.log(matcher.doc_count / (frequency + 1)) + 1), word))
    chosen = [word for _weight, word in sorted(weighed, key=lambda pair: (-pair[0], pair[1]))[:TERMS]]
    if not chosen:
        return NONE
    holding = np.zeros(view.size, dtype=np.int32)
    for word in chosen:
        holding[matcher.postings("lemmas", word)[0]] += 1
    found = (holding >= SHARED_TERMS) & allowed
    found[answers] = False
    return Related(np.flatnonzero(found), [("lemmas", word, WEIGHT) for word in chosen])


def _content(word: str) -> bool:
    """A word that can say what an entry is about: not a number, not a scrap."""
    return len(word) > 2 and not any(character.isdigit() for character in word)
