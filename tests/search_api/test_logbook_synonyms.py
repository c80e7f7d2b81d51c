"""A logbook's own search synonyms: set by its owner on the stages page, applied to the
next search of that logbook only, with no reindex."""

from __future__ import annotations

from tests.search_api.test_search_api import post, search
from tests.web.conftest import post_form, sign_in


def test_the_owner_adds_synonyms_and_the_next_search_uses_them(client, world):
    entry = post(
        client,
        world.editor,
        kind="note",
        title="Signature",
        body="La convention territoriale globale est signée.",
    )
    assert search(client, world.reader, q="CTG")["hits"] == []
    sign_in(client, "owner")
    saved = post_form(
        client,
        "/carnets/atelier/escales/synonymes",
        {"synonyms": "CTG, convention territoriale globale\r\n# a comment\r\nseul\r\n"},
        page="/carnets/atelier/escales",
    )
    assert saved.status_code == 302
    result = search(client, world.reader, q="CTG")
    assert [(hit["id"], hit["match"]) for hit in result["hits"]] == [(entry["id"], "approximate")]
    page = client.get("/carnets/atelier/escales").get_data(as_text=True)
    assert "ctg, convention territoriale globale</textarea>" in page


def test_synonyms_of_one_logbook_do_not_change_the_searches_of_another(client, world):
    from logbook.services.search_synonyms import set_search_synonyms

    post(
        client, world.outsider, slug="autre", kind="note", title="La convention territoriale globale voisine"
    )
    set_search_synonyms(world.logbook, "CTG, convention territoriale globale")
    assert search(client, world.outsider, q="CTG")["hits"] == []
    assert search(client, world.outsider, q="CTG", logbook="autre")["hits"] == []


def test_editors_see_the_synonyms_but_only_the_owner_changes_them(client, world):
    from logbook.services.search_synonyms import set_search_synonyms

    set_search_synonyms(world.logbook, "vélo, bicyclette")
    sign_in(client, "editor")
    page = client.get("/carnets/atelier/escales").get_data(as_text=True)
    assert "vélo, bicyclette" in page and 'name="synonyms"' not in page
    refused = post_form(
        client, "/carnets/atelier/escales/synonymes", {"synonyms": "a, b"}, page="/carnets/atelier/escales"
    )
    assert refused.status_code == 403


def test_a_list_too_long_is_a_readable_form_error(client, world):
    sign_in(client, "owner")
    too_long = "\n".join(f"mot{n}, terme{n}" for n in range(600))
    refused = post_form(
        client, "/carnets/atelier/escales/synonymes", {"synonyms": too_long}, page="/carnets/atelier/escales"
    )
    assert refused.status_code == 422
    assert "Liste trop longue" in refused.get_data(as_text=True)
