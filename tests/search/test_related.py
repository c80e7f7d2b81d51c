"""A short answer is followed by the entries that share its answers' words (search.related)."""

from __future__ import annotations

import pytest

from search.query import Access, search
from search.related import FEW_ANSWERS
from tests.search.conftest import answers, make_doc

EVERYONE = Access(frozenset({1}))

# Everyday posts of a team: many, and about nothing in particular, so that the words
# below are rare in the logbook, as a project's own words are.
FILLER = [
    "Réunion d'équipe mardi, ordre du jour envoyé par mail.",
    "La photocopieuse du deuxième étage est encore en panne.",
    "Pot de départ de Sylvie vendredi à midi, salle du conseil.",
    "Les clés du local sont chez le gardien.",
    "Pensez à remplir vos notes de frais avant la fin du mois.",
    "Le parking sera fermé lundi pour travaux.",
    "Nouveau planning des permanences affiché dans le couloir.",
    "Commande de fournitures : stylos, classeurs, enveloppes.",
]


def _filler(first: int, count: int) -> list:
    return [make_doc(first + n, f"Info {n}", body=FILLER[n % len(FILLER)]) for n in range(count)]


@pytest.fixture
def logbook(index):
    index.apply(
        [
            make_doc(
                1, "Au parc", body="Les ruchers du parc : les apiculteurs bénévoles comptent les essaims."
            ),
            make_doc(
                2, "Avec l'école", body="Visite des ruchers : essaims calmes, miel goûté par les enfants."
            ),
            # The same bees, said otherwise: no "ruchers" here.
            make_doc(3, "Après l'hiver", body="Les essaims ont passé l'hiver, le miel sera mis en pots."),
            make_doc(4, "Récolte", body="Quarante pots de miel, les essaims vont bien.", kind="photo"),
            # One shared word is chance, not the subject.
            make_doc(5, "Goûter", body="Pain et miel pour le goûter du centre de loisirs."),
            *_filler(10, 60),
        ]
    )
    return index


def test_a_short_answer_is_followed_by_the_entries_that_share_its_words(logbook):
    results = search(logbook, "ruchers", EVERYONE)
    hits = [(hit.entry_id, hit.match) for hit in results.hits]
    # The answers first, as they were; then the entries about the same bees,
    # labelled approximate, and nothing else.
    assert answers(results) == [1, 2] or answers(results) == [2, 1]
    assert sorted(hits[2:]) == [(3, "approximate"), (4, "approximate")]
    assert results.total == 4 and results.exact_total == 2
    # Counted as approximate on the page, not as answers in the facets.
    assert sum(results.facets["kind"].values()) == 2


def test_related_entries_keep_to_the_filters_and_exclusions(logbook):
    assert [hit.entry_id for hit in search(logbook, "ruchers", EVERYONE, kinds=["note"]).hits][2:] == [3]
    assert [hit.entry_id for hit in search(logbook, "ruchers -quarante", EVERYONE).hits][2:] == [3]


def test_related_entries_keep_to_what_the_caller_may_read(logbook):
    logbook.apply(
        [
            make_doc(60, "Ailleurs", logbook_id=2, body="Les essaims de l'autre parc donnent du miel."),
            make_doc(61, "En attente", state="pending", body="Des essaims, et du miel à vendre."),
        ]
    )
    hidden = Access(frozenset({1}), hidden_entries=frozenset({3}))
    assert sorted(hit.entry_id for hit in search(logbook, "ruchers", hidden).hits) == [1, 2, 4]
    with_pending = Access(frozenset({1}), pending_logbooks=frozenset({1}))
    assert 61 in {hit.entry_id for hit in search(logbook, "ruchers", with_pending).hits}
    assert 61 not in {hit.entry_id for hit in search(logbook, "ruchers", EVERYONE).hits}
    assert 60 not in {hit.entry_id for hit in search(logbook, "ruchers", Access(frozenset({1, 2}))).hits[:2]}


def test_a_full_page_of_answers_or_a_date_order_is_not_widened(logbook):
    by_date = search(logbook, "ruchers", EVERYONE, sort="newest")
    assert sorted(hit.entry_id for hit in by_date.hits) == [1, 2]
    logbook.apply([make_doc(100 + n, f"Ruchers {n}", body="Essaims et miel.") for n in range(9)])
    # Eleven answers: a full first page, and the entries that only relate do not follow.
    results = search(logbook, "ruchers", EVERYONE, per_page=50)
    assert results.total == 11 > FEW_ANSWERS and {3, 4}.isdisjoint(hit.entry_id for hit in results.hits)


def test_a_query_with_no_answer_finds_no_related_entry(logbook):
    assert search(logbook, "trottinette", EVERYONE).hits == []


def test_a_repeated_post_is_not_more_evidence(index):
    index.apply(
        [
            make_doc(
                1, "Parc", body="Les ruchers du parc : essaims et miel. La tondeuse du jardin est en panne."
            ),
            # The same post again, with a line added: its words count once.
            make_doc(
                2,
                "Parc",
                body="Les ruchers du parc : essaims et miel. La tondeuse du jardin est en panne. Merci Paul.",
            ),
            make_doc(3, "École", body="Visite des ruchers : essaims calmes, miel goûté."),
            make_doc(4, "Récolte", body="Les essaims vont bien, le miel est en pots."),
            make_doc(5, "Jardin", body="La tondeuse du jardin partagé est réparée."),
            *_filler(10, 60),
        ]
    )
    results = search(index, "ruchers", EVERYONE)
    assert sorted(answers(results)) == [1, 2, 3]
    assert [hit.entry_id for hit in results.hits[3:]] == [4]
