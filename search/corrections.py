"""Words a query stands for beyond what was typed: typo corrections and ``prefix*`` expansions.

Both are drawn from the words of the documents the caller may see. The index
vocabulary is shared by every logbook, so a word is first found in it (the
store answers prefix and edit-distance questions quickly),
then kept only if a document in the caller's scope holds it: a suggestion,
a correction or an expansion never names a word of an entry the caller
cannot read, and whether a word exists elsewhere changes nothing in the
answer. Checking a candidate reads its posting list, which the segment
caches; the candidates of a typo are few (same first letter, edit distance
1 or 2, plus the words it sounds like) and are cached per index generation.

French is often typed as it sounds: *farmacie*, *kestionnaire*, *otobus*. Those
are two or more edits from the word meant, or at its first letter, where the
distance scan does not look; so the words spelt the other ways the same sounds
are written (:data:`SOUNDS`) are looked up too, and come after the words one
edit away, before those two edits away.
"""

from __future__ import annotations

from itertools import groupby, islice

from whoosh.support.levenshtein import distance

from search.limits import Budget, QueryLimits
from search.ranking import Matcher
from search.view import IndexView

# Cached candidate lists per index generation, before the table is emptied.
_CANDIDATE_CACHE_SIZE = 10_000
# Words of a prefix whose postings are read together.
_PREFIX_CHUNK = 256


def _candidates(view: IndexView, word: str) -> list[tuple[float, str]]:
    """(edit distance, word) of every indexed word close to ``word``, closest first,
    whoever may read it: filter with :func:`close_words` before showing any."""
    cached = view.corrections.get(word)
    if cached is not None:
        return cached
    maxdist = 1 if len(word) <= 5 else 2
    found = set(view.words_within(word, maxdist))
    # Typos at the first letter, which that scan cannot see: a few dozen lookups, read
    # together (one round trip on a database store).
    first_letter = _first_letter_typos(word)
    view.prefetch(("exact", other) for other in first_letter)
    found.update(other for other in first_letter if len(view.postings("exact", other)[0]))
    sounding = sound_alikes(word)
    view.prefetch(("exact", other) for other in sounding)
    sound_alike = {other for other in sounding if len(view.postings("exact", other)[0])}
    found.discard(word)
    sound_alike.discard(word)
    # A word spelt as it sounds comes after the one-letter slips, before the two-letter ones.
    result = sorted(
        (
            min(distance(word, other), SOUND_ALIKE_DISTANCE)
            if other in sound_alike
            else distance(word, other),
            other,
        )
        for other in found | sound_alike
    )
    if len(view.corrections) > _CANDIDATE_CACHE_SIZE:
        view.corrections.clear()
    view.corrections[word] = result
    return result


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Ways of writing one French sound, on folded words (no accents): a word typed one way
# is looked up written each other way, one sound at a time, then all of it at once.
SOUNDS: tuple[tuple[str, ...], ...] = (
    ("f", "ph"),
    ("k", "qu", "c"),
    ("s", "ss", "c"),
    ("o", "au", "eau"),
    ("e", "ai", "ei"),
    ("an", "en"),
    ("in", "ain", "ein"),
    ("i", "y"),
    ("j", "g"),
    ("t", "th"),
)
# Where a sound-alike spelling ranks among corrections: after words one edit away.
SOUND_ALIKE_DISTANCE = 1.5
# Sound-alike spellings looked up for one word, at most (each is a dictionary lookup).
_MAX_SOUND_ALIKES = 96


def _first_letter_typos(word: str) -> set[str]:
    """Words one edit away from ``word`` *at its first letter* (swapped with the second,
    missing, extra or wrong: "evlo", "antine", "ccantine", "gantine"), which the scan of
    words sharing its first letter cannot see. Looked up one by one: a few dozen
    dictionary lookups instead of a scan of the whole vocabulary."""
    if len(word) < 4:
        return set()
    variants = {word[1] + word[0] + word[2:], word[1:]}
    variants.update(letter + word for letter in _LETTERS)
    variants.update(letter + word[1:] for letter in _LETTERS)
    variants.discard(word)
    return variants


def sound_alikes(word: str) -> set[str]:
    """``word`` with one of its sounds (:data:`SOUNDS`) written another way, at one
    place or at all of them ("farmacie" → "pharmacie", "kestionaire" →
    "questionaire"); not ``word`` itself."""
    if len(word) < 4:
        return set()
    found: set[str] = set()
    for spellings in SOUNDS:
        for written in spellings:
            places = [index for index in range(len(word)) if word.startswith(written, index)]
            if not places:
                continue
            for other in spellings:
                if other == written:
                    continue
                found.add(word.replace(written, other))
                for index in places:
                    found.add(word[:index] + other + word[index + len(written) :])
    found.discard(word)
    return set(sorted(found)[:_MAX_SOUND_ALIKES])


def close_words(view: IndexView, matcher: Matcher, word: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` words held by documents in the matcher's scope, within a small edit
    distance of ``word`` (1, or 2 past five letters; same first letter), all at the
    smallest distance any of them is, the most frequent in scope first: "cantinne" is
    "cantine", not also "continue" one letter further."""
    chosen: list[str] = []
    candidates = _candidates(view, word)
    view.prefetch(("exact", other) for _d, other in candidates)
    for _distance, group in groupby(candidates, key=lambda item: item[0]):
        visible = []
        for _d, other in group:
            frequency = matcher.visible_frequency("exact", other)
            if frequency:
                visible.append((-frequency, other))
        chosen.extend(other for _f, other in sorted(visible))
        if chosen:
            break
    return chosen[:limit]


def expand_prefix(view: IndexView, matcher: Matcher, prefix: str, *, limit: int, scan: int) -> list[str]:
    """Up to ``limit`` words starting with ``prefix`` held by documents in scope, in
    alphabetical order, looking at no more than ``scan`` indexed words.

    When the index holds no more than ``limit`` such words, they are all taken (a word
    no visible document holds matches nothing visible); past that, only words held in
    scope fill the ``limit``, so that hidden words never crowd visible ones out.
    """
    indexed = islice(view.words_with_prefix(prefix), scan)
    head = list(islice(indexed, limit + 1))
    if len(head) <= limit:
        # All taken, and all read next by the expanded clause: in one round trip.
        view.prefetch(("exact", word) for word in head)
        return head
    visible: list[str] = []
    chunk = head
    while chunk:
        # Postings read a chunk at a time: one round trip each for a database.
        view.prefetch(("exact", word) for word in chunk)
        for word in chunk:
            if matcher.visible_frequency("exact", word):
                visible.append(word)
                if len(visible) >= limit:
                    return visible
        chunk = list(islice(indexed, _PREFIX_CHUNK))
    return visible


class Expansions:
    """Prefix expansions and typo corrections of one query, within its limits and budget."""

    def __init__(self, view: IndexView, matcher: Matcher, limits: QueryLimits, budget: Budget) -> None:
        self.view = view
        self.matcher = matcher
        self.limits = limits
        self.budget = budget
        self.corrected = 0
        self.expanded = 0
        self.prefixes = 0

    def prefix(self, prefix: str) -> list[str]:
        """Words in scope that ``prefix*`` stands for (none once the query's share is used)."""
        room = min(self.limits.max_prefix_expansions, self.limits.max_query_expansions - self.expanded)
        if room <= 0 or (self.prefixes and self.budget.spent()):
            return []
        self.prefixes += 1
        words = expand_prefix(self.view, self.matcher, prefix, limit=room, scan=self.limits.max_prefix_scan)
        self.expanded += len(words)
        return words

    def correction(self, word: str) -> list[str]:
        """Close words in scope, best first; none past the query's corrections or budget."""
        if (
            len(word) > self.limits.max_correctable_length
            or self.corrected >= self.limits.max_corrected_words
            or (self.corrected >= self.limits.always_corrected and self.budget.spent())
        ):
            return []
        self.corrected += 1
        return close_words(self.view, self.matcher, word)
