"""Synonyms and close concepts, applied when a query runs (the index is not touched).

The built-in groups are in ``synonyms_fr.txt`` beside this module (its header
says where they come from); a caller may add groups of its own (a logbook's
list) for one search. A word of a query that belongs to a group also matches
the group's other terms, each ranked below the word typed.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from pathlib import Path

from search.words import fold, lemma, stem

BUILT_IN = Path(__file__).with_name("synonyms_fr.txt")
_TERM_WORDS = re.compile(r"\w+")

# Topic terms a word of a query expands to, at most (its own topics' first).
MAX_TOPIC_TERMS = 12

Group = tuple[str, ...]  # terms as written, lowercase ("chef de cuisine", "cuisinier")


def parse_groups(text: str) -> list[Group]:
    """Groups of a synonym list: one per line, terms separated by commas, ``#`` comments.
    Lines starting with ``~`` are topics (:func:`parse_topics`) and lines starting with
    ``=`` word families (:func:`parse_families`), not synonyms."""
    return _parse(text, "")


def parse_topics(text: str) -> list[Group]:
    """Topics of a list: lines starting with ``~``, the words a subject is talked about
    with ("~ déchets, tri, encombrants, collecte"), looser than synonyms."""
    return _parse(text, "~")


def parse_families(text: str) -> list[Group]:
    """Word families of a list: lines starting with ``=``, words made from one another
    that the stemmer leaves apart ("= planter, plantation"): the same word to a reader."""
    return _parse(text, "=")


def _parse(text: str, mark: str) -> list[Group]:
    groups = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or (line[0] if line[0] in "~=" else "") != mark:
            continue
        line = line.removeprefix(mark)
        terms = tuple(dict.fromkeys(term.strip().lower() for term in line.split(",") if term.strip()))
        if len(terms) > 1:
            groups.append(terms)
    return groups


def _key(term: str) -> str | None:
    """The lookup key of a one-word term: its folded lemma (None for a several-word term)."""
    words = _TERM_WORDS.findall(term)
    return lemma(words[0]) if len(words) == 1 else None


def _phrase_key(words: list[str]) -> tuple[str, ...]:
    return tuple(lemma(word.lower()) for word in words)


class Synonyms:
    """Groups of terms, looked up by the lemma of a word; ``related`` holds the topics,
    looser groups whose terms rank below synonyms."""

    def __init__(
        self, groups: Iterable[Group], related: Synonyms | None = None, families: Synonyms | None = None
    ) -> None:
        self.groups = list(groups)
        self.related = related
        self.families = families
        self._family_by_stem: dict[str, set[str]] | None = None
        self._by_key: dict[str, list[int]] = {}
        # Several-word terms by the lemmas of their words ("centre social").
        self._by_phrase: dict[tuple[str, ...], list[int]] = {}
        for number, group in enumerate(self.groups):
            for term in group:
                key = _key(term)
                if key is not None:
                    self._by_key.setdefault(key, []).append(number)
                else:
                    self._by_phrase.setdefault(_phrase_key(_TERM_WORDS.findall(term)), []).append(number)
        self.longest_phrase = max((len(key) for key in self._by_phrase), default=0)

    def others(self, word: str) -> list[list[str]]:
        """The terms sharing a group with ``word`` (lowercase, as typed), each as its
        list of words, the word itself (and its other forms) left out."""
        keys = {lemma(word.lower()), fold(word)}
        numbers = dict.fromkeys(number for key in keys for number in self._by_key.get(key, ()))
        found: dict[tuple[str, ...], None] = {}
        for number in numbers:
            for term in self.groups[number]:
                words = tuple(_TERM_WORDS.findall(term))
                if words and not (len(words) == 1 and lemma(words[0]) in keys):
                    found[words] = None
        return [list(words) for words in found]

    def phrase_others(self, words: list[str]) -> list[list[str]]:
        """The terms sharing a group with the several-word term ``words`` (typed one
        after the other, any form: "centres sociaux"), each as its list of words."""
        numbers = self._by_phrase.get(_phrase_key(words), ())
        typed = _phrase_key(words)
        found: dict[tuple[str, ...], None] = {}
        for number in numbers:
            for term in self.groups[number]:
                other = tuple(_TERM_WORDS.findall(term))
                if other and _phrase_key(list(other)) != typed:
                    found[other] = None
        return [list(other) for other in found]

    def with_groups(self, groups: Iterable[Group]) -> Synonyms:
        """These groups and ``groups`` together."""
        extra = list(groups)
        return Synonyms(self.groups + extra, self.related, self.families) if extra else self

    def family_stems(self, word: str) -> set[str]:
        """The stems of the members of ``word``'s families ("plantat" for "plantés", whose
        stem "plant" is that of "planter"), looked up by the word's stem and lemma."""
        if self.families is None:
            return set()
        if self._family_by_stem is None:
            by_stem: dict[str, set[str]] = {}
            for group in self.families.groups:
                stems = {stem(fold(member)) for member in group if len(_TERM_WORDS.findall(member)) == 1}
                for found in stems:
                    by_stem.setdefault(found, set()).update(stems)
            self._family_by_stem = by_stem
        keys = {stem(fold(word)), stem(lemma(word.lower()))}
        return {found for key in keys for found in self._family_by_stem.get(key, ())} - keys

    def topic_others(self, word: str) -> list[list[str]]:
        """The terms of the topics of ``word``, then of the topics of the one-word members
        of its families and of its one-word synonyms ("poubelles" is "déchets", whose
        topic has "tri" and "encombrants"), synonyms left out; at most ``MAX_TOPIC_TERMS``: a word's synonyms have topics of their own
        ("enfant" is "élève", whose topic is the school), and each term is a posting list
        to read for a loose answer."""
        if self.related is None:
            return []
        synonyms = self.others(word)
        known = {tuple(words) for words in synonyms}
        own = {lemma(word.lower()), fold(word)}
        topics = self.related.others(word)
        # Words of its family are the word too ("soigner" is "soins", whose topic is health).
        family = self.families.others(word) if self.families is not None else []
        for words in [*family, *synonyms]:
            if len(words) == 1:
                topics.extend(self.related.others(words[0]))
        found: dict[tuple[str, ...], None] = {}
        for words in topics:
            if tuple(words) not in known and not (len(words) == 1 and lemma(words[0]) in own):
                found[tuple(words)] = None
                if len(found) >= MAX_TOPIC_TERMS:
                    break
        return [list(words) for words in found]


_lock = threading.Lock()
_built_in: Synonyms | None = None


def built_in() -> Synonyms:
    """The built-in French groups, read once per process."""
    global _built_in
    if _built_in is None:
        with _lock:
            if _built_in is None:
                text = BUILT_IN.read_text(encoding="utf-8")
                _built_in = Synonyms(
                    parse_groups(text), Synonyms(parse_topics(text)), Synonyms(parse_families(text))
                )
    return _built_in
