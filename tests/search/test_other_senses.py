"""A word said only in an expression where it means something else is no answer (search.other_senses)."""

from __future__ import annotations

from search.other_senses import BUILT_IN, parse_expressions
from search.query import Access, search
from search.words import stem
from tests.search.conftest import answers, make_doc

EVERYONE = Access(frozenset({1}))


def test_expressions_are_read_with_their_marked_word_and_their_choices():
    found = parse_expressions(
        "# a comment\n"
        "*peser le pour et le contre\n"
        "*composter (votre|son) billet   # two variants\n"
        "no marked word here\n"
        "*two *marks\n"
        "*seul\n"
    )
    assert sorted(found) == ["compost", "pes"]
    assert found["pes"] == [["~pes le", "~le pour", "~pour et", "~et le", "~le contr"]]
    assert found["compost"] == [["~compost votr", "~votr billet"], ["~compost son", "~son billet"]]


def test_the_built_in_list_says_where_it_comes_from_and_reads():
    text = BUILT_IN.read_text(encoding="utf-8")
    assert text.startswith("#")
    expressions = parse_expressions(text)
    assert stem("peser") in expressions and stem("composter") in expressions
    assert sum(len(found) for found in expressions.values()) > 200


def test_a_word_only_in_another_sense_comes_after_those_that_say_it(index):
    index.apply(
        [
            make_doc(1, "Logiciel", body="Il faut peser le pour et le contre avant de changer de logiciel."),
            make_doc(2, "Cantine", body="On pèse les restes de chaque plateau le jeudi."),
            # Every form of the expression is the expression.
            make_doc(3, "Orga", body="On a pesé le pour et le contre, on garde le planning."),
            # The expression and the word in its own sense: an answer.
            make_doc(4, "Bilan", body="Peser le pour et le contre ? Non : on a pesé 12 kg de pain jeté."),
            # The expression and a word of the family: an answer too.
            make_doc(5, "Pesée", body="Avant la pesée, on a pesé le pour et le contre du jour choisi."),
        ]
    )
    results = search(index, "peser", EVERYONE)
    assert sorted(answers(results)) == [2, 4, 5]
    assert sorted((hit.entry_id, hit.match) for hit in results.hits[3:]) == [
        (1, "approximate"),
        (3, "approximate"),
    ]
    assert results.exact_total == 3


def test_a_query_only_met_in_other_senses_has_no_answer(index):
    index.apply(
        [
            make_doc(1, "Sortie", body="Pensez à composter votre billet dans le car."),
            make_doc(2, "Rumeur", body="Le bruit court que la salle sera repeinte."),
            make_doc(3, "Jardin", body="Le compost du potager est prêt."),
        ]
    )
    # "compost" is the word's own stem: the one answer.
    assert answers(search(index, "composter", EVERYONE)) == [3]
    assert search(index, "bruit", EVERYONE).exact_total == 0


def test_a_word_typed_within_its_expression_is_meant_in_that_sense(index):
    index.apply(
        [
            make_doc(1, "Démarches", body="Les inscriptions se font en ligne depuis lundi."),
            make_doc(2, "Transport", body="La ligne 4 passe toutes les dix minutes."),
        ]
    )
    # "ligne" alone: the bus line answers; "en ligne" says something else.
    results = search(index, "ligne", EVERYONE)
    assert answers(results) == [2] and [hit.entry_id for hit in results.hits] == [2, 1]
    # Typed "en ligne", the expression is what is looked for.
    assert answers(search(index, "inscription en ligne", EVERYONE)) == [1]
