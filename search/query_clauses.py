"""A parsed query as clauses (:mod:`search.clauses`): its words, the several-word terms
of the synonym list among them, its phrases and dates; the pairs of words typed side by
side, and what the query excludes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise

from search.analysis import stem_pairs, word_pairs
from search.clauses import (
    EXACT,
    LEMMA,
    PHRASE_BOOST,
    PROXIMITY_BOOST,
    RELATED,
    RELATED_WEIGHT,
    SYNONYM,
    SYNONYM_WEIGHT,
    TOPICS_UP_TO,
    Alternative,
    Clause,
    Term,
    date_clause,
    exclusion_terms,
    meaningful,
    phrase_clause,
    prefix_clause,
    synonym_alternative,
    word_clause,
)
from search.parsing import WORD, ParsedQuery
from search.synonyms import MAX_TOPIC_TERMS, Synonyms
from search.words import STOP_WORDS, content_lemma, fold


def query_clauses(parsed: ParsedQuery, groups: Synonyms) -> list[Clause]:
    """The clauses of a parsed query, a word repeated counting once."""
    clauses: list[Clause] = []
    seen: set[str] = set()

    def add(clause: Clause | None, key: str) -> None:
        if clause is not None and key not in seen:
            seen.add(key)
            clauses.append(clause)

    free = [word for typed in parsed.words for word in free_words(typed)]
    meaningful_words = [word for word in free if word[1] is not None or meaningful(word[0])]
    if not meaningful_words and not (
        parsed.phrases or parsed.compounds or parsed.dates or parsed.title_words
    ):
        # Only stop words ("pas", "tout"): look them up as typed.
        for word, _prefix in free:
            add(
                Clause(
                    typed=word,
                    alternatives=[Alternative(EXACT, [("exact", fold(word), 1.0)])],
                    marks_exact={fold(word)},
                ),
                fold(word),
            )
    topics = len(meaningful_words) <= TOPICS_UP_TO
    for word, prefix in meaningful_words:
        if prefix is not None:
            add(prefix_clause(word, prefix), "*" + prefix)
        else:
            add(word_clause(word, groups, topics=topics), fold(word))
    _phrase_synonyms(free, clauses, groups, topics)
    for word in parsed.title_words:
        if meaningful(word):
            add(word_clause(word.lower(), fields=("title",)), "title:" + fold(word))
    for phrase in parsed.phrases:
        add(phrase_clause(phrase, apart=groups), '"' + " ".join(WORD.findall(fold(phrase))))
    for phrase in parsed.compounds:
        add(phrase_clause(phrase), '"' + " ".join(WORD.findall(fold(phrase))))
    for when in parsed.dates:
        add(date_clause(when), f"date:{when}")
    _keep_senses_typed(free, clauses)
    return clauses


def _keep_senses_typed(free: list[tuple[str, str | None]], clauses: list[Clause]) -> None:
    """A word typed within one of its expressions ("concertation en ligne" holds "en
    ligne") is meant in that sense: the entries saying the expression answer it."""
    typed = set(stem_pairs([fold(word) for word, prefix in free if prefix is None]))
    for clause in clauses:
        if clause.other_senses:
            clause.other_senses = [
                pairs for pairs in clause.other_senses if not typed.intersection(pair[1] for pair in pairs)
            ]
            if not clause.other_senses:
                clause.occurrences = []


def _phrase_synonyms(
    free: list[tuple[str, str | None]], clauses: list[Clause], groups: Synonyms, topics: bool = True
) -> None:
    """Words typed one after the other that make a several-word term of a group
    ("soutien scolaire", "transport en commun", in any form: "centres sociaux") are one
    thing to find: their word clauses become one clause (:func:`term_clause`), met by
    the term or by the group's other terms, so that an entry saying "scolaire" in
    another sense is not half an answer."""
    words = [word for word, prefix in free if prefix is None]
    by_word = {clause.typed: clause for clause in clauses if not clause.prefix and not clause.corrected}
    related = groups.related if topics else None
    longest = max(groups.longest_phrase, related.longest_phrase if related is not None else 0)
    start = 0
    while start < len(words) - 1:
        for length in range(min(longest, len(words) - start), 1, -1):
            run = words[start : start + length]
            others = groups.phrase_others(run)
            loose = related.phrase_others(run) if related is not None else []
            if not others and not loose:
                continue
            replaced = [by_word[typed] for typed in run if typed in by_word]
            if len(replaced) == 1 and sum(map(meaningful, run)) == 1:
                # One word said with stop words ("ont faim", "à pied"): the word is what
                # was typed, and stays itself, its synonyms and topics included; the
                # term's synonyms are more ways to meet it.
                widen(replaced[0], others, loose)
            elif replaced:
                at = min(clauses.index(clause) for clause in replaced)
                for clause in replaced:
                    clauses.remove(clause)
                clauses.insert(at, term_clause(run, others, replaced, loose))
            start += length - 1
            break
        start += 1


def widen(clause: Clause, others: list[list[str]], loose: list[list[str]] = ()) -> None:
    """Add to a word's clause the other terms of a term it is typed in: its group's
    (synonyms) and its topics' (at most ``MAX_TOPIC_TERMS``)."""
    seen = {term[:2] for term in clause.terms()}
    known = {tuple(other) for other in others}
    extra = [(other, RELATED, RELATED_WEIGHT) for other in loose if tuple(other) not in known]
    for other, tier, weight in [
        *((other, SYNONYM, SYNONYM_WEIGHT) for other in others),
        *extra[:MAX_TOPIC_TERMS],
    ]:
        alternative = synonym_alternative(other, tier, weight)
        alternative.terms = [term for term in alternative.terms if term[:2] not in seen]
        if alternative.terms:
            seen.update(term[:2] for term in alternative.terms)
            clause.alternatives.append(alternative)
            clause.marks_lemmas.update(filter(None, map(content_lemma, other)))


def term_clause(
    run: list[str], others: list[list[str]], words: list[Clause], loose: list[list[str]] = ()
) -> Clause:
    """The clause of a several-word term typed as ``run``: the words side by side as
    typed, or in other forms (by stems); then the group's other terms; then all of its
    words apart, and the other terms of its topics (``loose``, at most
    ``MAX_TOPIC_TERMS``). The words' own terms (``words``, their clauses) still score,
    so a title holding them ranks first."""
    folded = [fold(word) for word in run]
    clause = Clause(typed=" ".join(run), marks_exact=set(folded))
    clause.alternatives.append(
        Alternative(EXACT, [("pairs", pair, PHRASE_BOOST) for pair in word_pairs(folded)], every=True)
    )
    clause.alternatives.append(
        Alternative(LEMMA, [("pairs", pair, PHRASE_BOOST / 2) for pair in stem_pairs(folded)], every=True)
    )
    # The words apart say less than a synonym of the whole ("scolaire" of "vie scolaire"
    # and "soutien" of something else are not "soutien scolaire"): a topic's tier.
    parts = [word_clause(word) for word in run if meaningful(word)]
    if parts:
        clause.alternatives.append(Alternative(RELATED, [], parts=parts))
    for other in others:
        clause.alternatives.append(synonym_alternative(other))
        clause.marks_lemmas.update(filter(None, map(content_lemma, other)))
    known = {tuple(other) for other in others}
    for other in [other for other in loose if tuple(other) not in known][:MAX_TOPIC_TERMS]:
        clause.alternatives.append(synonym_alternative(other, RELATED, RELATED_WEIGHT))
        clause.marks_lemmas.update(filter(None, map(content_lemma, other)))
    for word in words:
        clause.scoring.extend(word.terms())
        clause.marks_lemmas.update(word.marks_lemmas)
        clause.marks_stems.update(word.marks_stems)
    clause.apart = list(words)
    return clause


def free_words(typed: str) -> list[tuple[str, str | None]]:
    """(word, prefix or None) of a free word as typed: ``coop*`` is a prefix of two
    letters or more, other words split on what is not a letter."""
    if typed.endswith("*"):
        parts = WORD.findall(fold(typed.rstrip("*")))
        if parts and len(parts[-1]) >= 2:
            return [(typed, parts[-1])]
        typed = typed.rstrip("*")
    return [(word, None) for word in dict.fromkeys(WORD.findall(typed.lower()))]


def proximity_terms(parsed: ParsedQuery) -> list[Term]:
    """Pairs of the free words typed one after the other ("en ligne", "piste cyclable"):
    an entry that has them side by side ranks above one where they are apart or where one
    of them stands in another sense ("ligne de bus"). Pairs of two stop words are left out."""
    words = [fold(word) for typed in parsed.words for word, prefix in free_words(typed) if prefix is None]
    terms: list[Term] = []
    for first, second in pairwise(words):
        if first in STOP_WORDS and second in STOP_WORDS:
            continue
        terms.append(("pairs", f"{first} {second}", PROXIMITY_BOOST))
        terms.extend(("pairs", pair, PROXIMITY_BOOST / 2) for pair in stem_pairs([first, second]))
    return list(dict.fromkeys(terms))


def excluded_terms(parsed: ParsedQuery) -> list[Term]:
    """The terms of the excluded words (not prefixes), to read ahead with the query's own."""
    return [
        term
        for typed in parsed.excluded_words
        for word, prefix in free_words(typed)
        if prefix is None
        for term in exclusion_terms(word)
    ]


def exclusions(parsed: ParsedQuery, expand_prefix: Callable[[str], list[str]]) -> Iterator[Callable]:
    """Masks of what the query excludes, as functions of the matcher (``expand_prefix``
    gives the words a ``prefix*`` stands for)."""
    for typed in parsed.excluded_words:
        for word, prefix in free_words(typed):
            if prefix is not None:
                terms = [("exact", found, 0.0) for found in expand_prefix(prefix)]
            else:
                terms = exclusion_terms(word)
            yield lambda matcher, terms=terms: matcher.mask(terms)
    for word in parsed.excluded_title_words:
        clause = word_clause(word.lower(), fields=("title",))
        yield lambda matcher, clause=clause: matcher.clause_mask(clause)
    for phrase in (*parsed.excluded_phrases, *parsed.excluded_compounds):
        clause = phrase_clause(phrase)
        if clause is not None:
            yield lambda matcher, clause=clause: matcher.clause_mask(clause)
