"""Search finds stage reviews, expected effects and stakeholders beside entries, and a
testimony by the stakeholders it names — never by a name withheld from the caller."""

from __future__ import annotations

from logbook.jobs import get_queue
from logbook.services import stage_reviews, stakeholders


def search(client, member, q: str) -> dict:
    response = client.get("/api/v1/search", query_string={"q": q}, headers=member.headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_search_finds_a_stage_review_by_what_it_says(client, world, project):
    stage_reviews.save_review(
        project.diagnostic,
        {"learnt": "Le frein n'est pas le prix mais l'épluchage des légumes bruts."},
        editor=world.editor.user,
    )
    found = search(client, world.reader, "epluchage legume")
    assert [(d["kind"], d["id"], d["title"]) for d in found["documents"]] == [
        ("stage_review", project.diagnostic.id, "Diagnostic partagé")
    ]
    assert search(client, world.reader, "épluchage tartiflette")["documents"] == []


def test_search_finds_an_expected_effect(client, world, project):
    found = search(client, world.contributor, "restes")
    assert ("effect", project.effect.id) in {(d["kind"], d["id"]) for d in found["documents"]}


def test_search_finds_a_testimony_by_the_stakeholder_it_names(client, world, project):
    stakeholders.set_entry_stakeholders(
        project.note, [project.named.id], editor=world.owner.user, queue=get_queue()
    )
    found = search(client, world.reader, "Durand")
    assert project.note.id in {hit["id"] for hit in found["hits"]}
    assert ("stakeholder", project.named.id) in {(d["kind"], d["id"]) for d in found["documents"]}


def test_a_withheld_name_finds_nothing_for_those_who_may_not_see_it(client, world, project):
    stakeholders.set_entry_stakeholders(
        project.note, [project.withheld.id], editor=world.owner.user, queue=get_queue()
    )
    # The note does not say the name; only the withheld stakeholder link could match it.
    assert search(client, world.reader, "Marchal")["documents"] == []
    assert project.note.id not in {hit["id"] for hit in search(client, world.editor, "Marchal")["hits"]}
    assert [d["title"] for d in search(client, world.editor, "Marchal")["documents"]] == ["Sophie Marchal"]
    # Their role is public, and finds the entry naming them.
    assert project.note.id in {hit["id"] for hit in search(client, world.reader, "parent")["hits"]}


def test_the_timeline_search_without_script_lists_matching_reviews_and_effects(client, world, project):
    from tests.effects.conftest import sign_in

    stage_reviews.save_review(project.diagnostic, {"learnt": "Les légumes bruts freinent."}, editor=None)
    sign_in(client, "reader")
    html = client.get("/carnets/atelier", query_string={"q": "légumes bruts"}).get_data(as_text=True)
    assert f'href="/carnets/atelier/escales/{project.diagnostic.id}/bilan"' in html
    assert "Les légumes bruts freinent." in html
