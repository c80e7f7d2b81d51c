"""What each part of a query may match, and how well: clauses and their alternatives.

A *clause* is one thing the query needs: a word, a phrase, a word joined by a
hyphen or an apostrophe, a ``title:`` word, a date in words. It is satisfied
by any of its *alternatives*, each with a *tier* that says how faithful the
match is to what was typed:

======  ==========================================================  ======
tier    alternative                                                 label
======  ==========================================================  ======
4       the word as typed (accents and case aside), the exact       exact
        phrase, the day of a date in words; the word's lemma
        (*mangent* → *manger*), the phrase by lemmas (*faits
        maison* → *fait maison*, by stems)
2       the word's stem (Snowball), the stems of its family         exact
        (``=`` lines of :mod:`search.synonyms`), a ``title:`` word,
        a day the entry's text speaks of ("hier", "le 14/11":
        :mod:`search.mentioned_days`)
1       a synonym of the word (:mod:`search.synonyms`)              approximate
0.75    a word of the word's topic (``~`` lines of the same list)   approximate
0.5     a typo correction (:mod:`search.corrections`)               corrected
0.25    a synonym of a typo correction                              approximate
0.2     the word only inside expressions where it means something   approximate
        else ("peser le pour et le contre": :mod:`search.other_senses`)
======  ==========================================================  ======

Ranking sorts by how many clauses an entry satisfies, then by the sum of the
best tier of each, then by BM25 (:mod:`search.ranking`): an exact word in a
body comes before a stem match in a title. A lemma is the same word in
another form (*école* for *écoles*), so it shares the exact tier; among
entries of equal tiers the exact form still ranks first, all else equal,
through the BM25 of the unstemmed ``exact`` field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from search.analysis import stem_pairs, word_pairs
from search.dates import DateWords
from search.derivation import derived_stems
from search.mentioned_days import FIELD as DAYS_FIELD
from search.mentioned_days import query_terms as day_query_terms
from search.other_senses import OtherSenses
from search.parsing import WORD
from search.schema import TEXT_FIELD_BOOSTS
from search.synonyms import Synonyms
from search.words import STOP_WORDS, content_lemma, fold, stem

STEMMED_FIELDS = tuple(name for name in TEXT_FIELD_BOOSTS if name not in ("exact", "lemmas"))
# The stemmed fields that hold the text the ``pairs`` field holds (the stage's title is
# not part of it): where a word's occurrences are counted against its expressions.
OCCURRENCE_FIELDS = ("title", "body", "transcript", "captions", "speaker", "labels", "author")
PHRASE_BOOST = 2.0
# Words typed one after the other, found one after the other in an entry: a bonus to
# its score (not a clause: nothing is required), the words as typed above their stems.
PROXIMITY_BOOST = 1.0
# A synonym counts for this share of what the typed word would.
SYNONYM_WEIGHT = 0.3

EXACT, LEMMA, STEM, SYNONYM, RELATED, CORRECTED, CORRECTED_SYNONYM = 4.0, 4.0, 2.0, 1.0, 0.75, 0.5, 0.25
# The word said only in expressions where it means something else ("peser le pour et
# le contre" for *peser*): no better than a topic's word.
OTHER_SENSE = 0.2
# Tiers that make a hit approximate: the entry says something else than what was typed.
LOOSE_TIERS = (SYNONYM, RELATED, CORRECTED_SYNONYM, OTHER_SENSE)
# A topic's word counts for this share of what the typed word would.
RELATED_WEIGHT = 0.2
# Topics widen queries of up to this many words: a longer query says enough by its own
# words (ranked by how many each entry holds), and would read dozens of loose terms.
TOPICS_UP_TO = 4

Term = tuple[str, str, float]  # (field, text, boost)


@dataclass
class Alternative:
    """One way to satisfy a clause: any of ``terms`` (all of them when ``every``:
    the pairs of a phrase), or the entry's day falling on ``date``."""

    tier: float
    terms: list[Term]
    every: bool = False
    date: DateWords | None = None
    # Clauses that must all be met (the words of a several-word term, apart).
    parts: list[Clause] = field(default_factory=list)


@dataclass
class Clause:
    """One needed part of a query; ``typed`` is what the person wrote."""

    typed: str
    alternatives: list[Alternative] = field(default_factory=list)
    prefix: str | None = None
    # Words to highlight: as typed (folded), lemmas, stems.
    marks_exact: set[str] = field(default_factory=set)
    marks_lemmas: set[str] = field(default_factory=set)
    marks_stems: set[str] = field(default_factory=set)
    corrected: bool = False
    # A single free word that no visible entry holds may be a typo.
    correctable: bool = False

    # Terms scored (BM25) besides those of the alternatives, that satisfy nothing alone.
    scoring: list[Term] = field(default_factory=list)
    # The clauses of the words of a several-word term, as if typed apart: what the query
    # looks for when nothing it may return meets the term (see :func:`term_clause`).
    apart: list[Clause] = field(default_factory=list)
    # Expressions in which the word means something else (:mod:`search.other_senses`),
    # as the pair terms an entry holds where it says them; and the terms that count
    # every time an entry says the word or a word of its family.
    other_senses: list[list[Term]] = field(default_factory=list)
    occurrences: list[Term] = field(default_factory=list)

    def terms(self) -> list[Term]:
        return [term for alternative in self.alternatives for term in alternative.terms] + self.scoring

    def label(self) -> str:
        return self.prefix + "*" if self.prefix else self.typed


def word_clause(
    typed: str,
    synonyms: Synonyms | None = None,
    fields: tuple[str, ...] = STEMMED_FIELDS,
    topics: bool = True,
) -> Clause:
    """The clause of one word as typed (lowercase, accents kept); ``topics`` says whether
    the words of its topics meet it too (see :data:`TOPICS_UP_TO`)."""
    folded = fold(typed)
    # The typed word is a lemma too: "porte" (lemmatised as the verb *porter*) still
    # finds "portes", whose lemma is the noun.
    lemmas = sorted({found for found in (content_lemma(typed), content_lemma(folded)) if found})
    if lemmas and folded not in lemmas:
        lemmas.append(folded)
    stems = {stem(folded)} | {stem(found) for found in lemmas}
    if synonyms is not None and fields == STEMMED_FIELDS:
        # Words of its family the stemmer leaves apart ("plantés", "plantation") are the
        # same word to a reader: matched at the stem's tier.
        stems |= synonyms.family_stems(typed)
        # So are a verb and its noun in -age ("décroché", "décrochage").
        stems |= derived_stems(typed)
    stems = sorted(stems)
    whole_text = fields == STEMMED_FIELDS
    clause = Clause(typed=typed, marks_exact={folded}, marks_lemmas=set(lemmas), marks_stems=set(stems))
    clause.correctable = fields == STEMMED_FIELDS
    if whole_text:
        clause.alternatives.append(Alternative(EXACT, [("exact", folded, TEXT_FIELD_BOOSTS["exact"])]))
        if lemmas:
            clause.alternatives.append(
                Alternative(LEMMA, [("lemmas", found, TEXT_FIELD_BOOSTS["lemmas"]) for found in lemmas])
            )
    clause.alternatives.append(
        Alternative(STEM, [(name, text, TEXT_FIELD_BOOSTS[name]) for text in stems for name in fields])
    )
    if whole_text:
        expressions = OtherSenses.of_stems(stems)
        if expressions:
            clause.other_senses = [[("pairs", pair, 0.0) for pair in pairs] for pairs in expressions]
            clause.occurrences = [(name, text, 0.0) for text in stems for name in OCCURRENCE_FIELDS]
    if synonyms is not None and whole_text:
        # Each term once ("écolier" and "écolière" are one lemma): scored twice, it would
        # count double.
        seen = {term for alternative in clause.alternatives for term in alternative.terms}
        for words, tier, weight in [
            *((words, SYNONYM, SYNONYM_WEIGHT) for words in synonyms.others(typed)),
            *((words, RELATED, RELATED_WEIGHT) for words in (synonyms.topic_others(typed) if topics else ())),
        ]:
            alternative = synonym_alternative(words, tier, weight)
            family = synonyms.family_stems(words[0]) if len(words) == 1 and tier == SYNONYM else set()
            # A synonym's short forms are the synonym too: "sans viande" is "végétarien",
            # which entries write "végé".
            alternative.terms.extend(
                (name, text, TEXT_FIELD_BOOSTS[name] * weight) for text in sorted(family) for name in fields
            )
            fresh = [term for term in alternative.terms if term[:2] not in {t[:2] for t in seen}]
            if not fresh:
                continue
            alternative.terms = fresh
            seen.update(fresh)
            clause.alternatives.append(alternative)
            clause.marks_lemmas.update(filter(None, map(content_lemma, words)))
            clause.marks_stems.update(family)
    return clause


def synonym_alternative(
    words: list[str], tier: float = SYNONYM, weight: float = SYNONYM_WEIGHT
) -> Alternative:
    if len(words) == 1:
        # By lemma only: every form of the word is there, and each posting list read
        # costs (a query expands to dozens of synonyms and topic words).
        base = content_lemma(words[0])
        if base is None:  # "devoirs": its lemma, "devoir", is not indexed
            return Alternative(tier, [("exact", fold(words[0]), TEXT_FIELD_BOOSTS["exact"] * weight)])
        return Alternative(tier, [("lemmas", base, TEXT_FIELD_BOOSTS["lemmas"] * weight)])
    return Alternative(
        tier,
        [("pairs", pair, PHRASE_BOOST * weight) for pair in stem_pairs([fold(word) for word in words])],
        every=True,
    )


def corrected_clause(clause: Clause, close: list[str], synonyms: Synonyms | None = None) -> Clause:
    """``clause`` matched through close words (typo corrections) instead: their forms
    (lemma, stem, family and -age derivation, as :func:`word_clause` gives a word typed
    right), then the synonyms of the closest one, below them."""
    found_stems = {stem(word) for word in close}
    if synonyms is not None:
        # "psycologue" is "psychologue", which entries also write "psy".
        for word in close:
            found_stems |= synonyms.family_stems(word) | derived_stems(word)
    stems = sorted(found_stems)
    lemmas = sorted({found for found in map(content_lemma, close) if found})
    terms: list[Term] = [("exact", word, TEXT_FIELD_BOOSTS["exact"]) for word in close]
    terms.extend(("lemmas", found, TEXT_FIELD_BOOSTS["lemmas"]) for found in lemmas)
    terms.extend((name, text, TEXT_FIELD_BOOSTS[name]) for text in stems for name in STEMMED_FIELDS)
    corrected = Clause(
        typed=clause.typed,
        alternatives=[Alternative(CORRECTED, terms)],
        marks_exact=set(close),
        marks_lemmas=set(lemmas),
        marks_stems=set(stems),
        corrected=True,
    )
    if synonyms is not None and close:
        # "boulenger" is "boulanger", whose entries also say "boulangerie".
        for words in synonyms.others(close[0]):
            alternative = synonym_alternative(words)
            alternative.tier = CORRECTED_SYNONYM
            corrected.alternatives.append(alternative)
            corrected.marks_lemmas.update(filter(None, map(content_lemma, words)))
    return corrected


def prefix_clause(typed: str, prefix: str) -> Clause:
    """A ``prefix*`` clause; its words are filled in once expanded (:func:`expanded`)."""
    return Clause(typed=typed, prefix=prefix)


def expanded(clause: Clause, words: list[str]) -> None:
    clause.alternatives = [
        Alternative(EXACT, [("exact", word, TEXT_FIELD_BOOSTS["exact"]) for word in words])
    ]
    clause.marks_exact = set(words)


def phrase_clause(typed: str, apart: Synonyms | None = None) -> Clause | None:
    """Words to find next to each other (a quoted phrase, ``porte-à-porte``): the exact
    pairs, or the pairs of their stems (*faits maison* for "fait maison").

    With ``apart`` (a quoted phrase's synonyms), an entry holding every word of the
    phrase but not side by side ("un café pour les aidants" for "café des aidants"),
    each word in any form or as a synonym, meets it too, at a topic's tier: it follows
    the entries holding the phrase, labelled approximate."""
    written = WORD.findall(typed.lower())
    if not written:
        return None
    folded = [fold(word) for word in written]
    clause = Clause(typed=typed, marks_exact=set(folded))
    if len(folded) == 1:
        clause.alternatives.append(Alternative(EXACT, [("exact", folded[0], PHRASE_BOOST)]))
        return clause
    clause.alternatives.append(
        Alternative(
            EXACT, [("pairs", pair, PHRASE_BOOST) for pair in dict.fromkeys(word_pairs(folded))], every=True
        )
    )
    clause.alternatives.append(
        Alternative(
            LEMMA,
            [("pairs", pair, PHRASE_BOOST / 2) for pair in dict.fromkeys(stem_pairs(folded))],
            every=True,
        )
    )
    clause.marks_lemmas = set(filter(None, map(content_lemma, written)))
    if apart is not None:
        parts = [word_clause(word, apart, topics=False) for word in written if meaningful(word)]
        if len(parts) > 1:
            clause.alternatives.append(Alternative(RELATED, [], parts=parts))
            for part in parts:
                clause.marks_lemmas.update(part.marks_lemmas)
                clause.marks_stems.update(part.marks_stems)
    return clause


def date_clause(date: DateWords) -> Clause:
    """A date in words: the entry happened that day (or month), or says those words.

    A month or a season typed alone (``loose``) is most often a word of a sentence
    ("le marché de mars"): an entry saying it ranks before one that merely happened then.
    """
    clause = Clause(typed=date.text or _date_label(date))
    clause.alternatives.append(Alternative(STEM if date.loose else EXACT, [], date=date))
    spoken_of = [(DAYS_FIELD, term, 0.0) for term in day_query_terms(date)]
    if spoken_of:
        # An entry whose text speaks of that day ("hier soir", "le 14/11"), written
        # another day: below the entries of the day itself.
        clause.alternatives.append(Alternative(STEM, spoken_of))
    if date.text:
        words = phrase_clause(date.text)
        if words is not None:
            clause.alternatives.extend(words.alternatives)
            clause.marks_exact = words.marks_exact
    return clause


def _date_label(date: DateWords) -> str:
    """How a date typed in numbers or as a range shows in ``query_used``."""
    first = f"{date.day or ''}/{date.month}/{date.year or ''}"
    if date.until is None:
        return first
    return f"{first}..{date.until[1]}/{date.until[0]}/{date.year or ''}"


def exclusion_terms(typed: str) -> list[Term]:
    """What ``-word`` / ``NOT word`` excludes: the word as typed and its other forms
    (by lemma), never a word that merely shares its stem (``NOT not`` keeps *note*)."""
    folded = fold(typed)
    terms: list[Term] = [("exact", folded, 0.0)]
    found = content_lemma(typed) or content_lemma(folded)
    if found:
        terms.append(("lemmas", found, 0.0))
    return terms


def meaningful(typed: str) -> bool:
    """Whether a word says something (not a stop word)."""
    return fold(typed) not in STOP_WORDS
