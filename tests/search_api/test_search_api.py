"""Search through the API: French words as typed on a phone, only what the caller may see,
kept true to every change, and answering even when the index is gone."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

ENTRIES = "/api/v1/logbooks/{slug}/entries"


def post(client, member, slug="atelier", **fields):
    response = client.post(ENTRIES.format(slug=slug), json=fields, headers=member.headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def search(client, member, **params):
    headers = member.headers if member else {}
    response = client.get("/api/v1/search", query_string=params, headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


@pytest.fixture
def entries(client, world):
    return {
        "cantine": post(
            client,
            world.contributor,
            kind="testimony",
            title="Le témoignage de la directrice",
            body="La cantine de l'école a changé : moins de gaspillage.",
            speaker_name="Mme Durand",
            tags=["cantine"],
        ),
        "producteurs": post(
            client,
            world.editor,
            kind="note",
            title="Rencontre des producteurs",
            body="Les maraîchers livrent les écoles le mardi.",
            tags=["producteurs"],
        ),
        "other": post(
            client,
            world.outsider,
            slug="autre",
            kind="note",
            title="Cantine d'un autre projet",
            body="Une autre cantine, ailleurs.",
        ),
    }


def test_words_without_accents_find_accented_text(client, world, entries):
    result = search(client, world.reader, q="ecoles temoignage")
    assert [hit["id"] for hit in result["hits"]][:1] == [entries["cantine"]["id"]] or result["total"] >= 1
    result = search(client, world.reader, q="ecole")
    assert {hit["id"] for hit in result["hits"]} == {entries["cantine"]["id"], entries["producteurs"]["id"]}
    assert result["degraded"] is False


def test_snippets_are_highlighted_and_escaped(client, world, entries):
    post(
        client, world.contributor, kind="note", title="<script>alert(1)</script> cantine", body="cantine <b>"
    )
    result = search(client, world.reader, q="cantine")
    assert all("<script>" not in hit["title_html"] for hit in result["hits"])
    assert any("<mark>" in hit["title_html"] + hit["snippet_html"] for hit in result["hits"])


def test_readers_only_see_their_logbooks_and_counts_agree(client, world, entries):
    mine = search(client, world.reader, q="cantine")
    assert {hit["logbook"] for hit in mine["hits"]} == {"atelier"}
    assert mine["total"] == len(mine["hits"]) == 1
    theirs = search(client, world.outsider, q="cantine")
    assert {hit["logbook"] for hit in theirs["hits"]} == {"autre"}
    assert search(client, None, q="cantine")["total"] == 0
    assert sum(search(client, world.reader, q="")["facets"]["kind"].values()) == 2


def test_pending_guest_entries_only_for_editors_and_trashed_never(client, world, entries, app):
    from logbook.db import db
    from logbook.models import Entry
    from logbook.services.indexing import index_entries

    entry = db.session.get(Entry, entries["producteurs"]["id"])
    entry.status = "pending"
    db.session.commit()
    index_entries([entry.id])
    assert search(client, world.reader, q="maraichers")["total"] == 0
    assert search(client, world.editor, q="maraichers")["total"] == 1
    client.delete(
        f"/api/v1/logbooks/atelier/entries/{entries['cantine']['id']}", headers=world.editor.headers
    )
    assert search(client, world.owner, q="directrice")["total"] == 0
    client.post(
        f"/api/v1/logbooks/atelier/entries/{entries['cantine']['id']}/restore", headers=world.editor.headers
    )
    assert search(client, world.reader, q="directrice")["total"] == 1


def test_edits_and_captions_change_what_is_found(client, world, entries, sample_files):
    import io

    entry_id = entries["producteurs"]["id"]
    client.patch(
        f"/api/v1/logbooks/atelier/entries/{entry_id}",
        json={"body": "Réunion sur la légumerie."},
        headers=world.editor.headers,
    )
    # The entry no longer says "maraîchers"; only its title's "producteurs", a synonym, is close.
    assert [hit["match"] for hit in search(client, world.reader, q="maraichers")["hits"]] == ["approximate"]
    assert search(client, world.reader, q="legumerie")["total"] == 1
    photo = client.post(
        ENTRIES.format(slug="atelier"),
        data={"kind": "photo", "files": [(io.BytesIO(sample_files["jpeg"].read_bytes()), "a.jpg")]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    ).get_json()
    client.patch(
        f"/api/v1/media/{photo['media'][0]['id']}",
        json={"alt_text": "Des cagettes de potirons"},
        headers=world.contributor.headers,
    )
    result = search(client, world.reader, q="potiron")
    assert [hit["id"] for hit in result["hits"]] == [photo["id"]]
    assert result["hits"][0]["thumbnail_url"].endswith("/thumb")


def test_filters_sort_and_pages(client, world, entries):
    for number in range(25):
        post(
            client,
            world.contributor,
            kind="note",
            title=f"Atelier numéro {number}",
            body="atelier cuisine",
            tags=["atelier"],
        )
    first = search(client, world.reader, q="atelier", per_page=10, sort="newest")
    assert first["total"] == 25 and len(first["hits"]) == 10 and first["next_cursor"]
    second = search(
        client, world.reader, q="atelier", per_page=10, sort="newest", cursor=first["next_cursor"]
    )
    assert not {h["id"] for h in first["hits"]} & {h["id"] for h in second["hits"]}
    assert search(client, world.reader, q="cantine", kind="note")["total"] == 0
    assert search(client, world.reader, q="tag:producteurs")["total"] == 1
    # The 25 workshops say it; an entry of the logbook on its topic (meals) may follow,
    # labelled approximate.
    result = search(client, world.reader, logbook="atelier", q="cuisine", per_page=50)
    assert sum(hit["match"] == "exact" for hit in result["hits"]) == 25
    assert all(hit["match"] == "exact" for hit in result["hits"][:25])


def test_bad_parameters_are_clear_errors_but_bad_syntax_is_not(client, world, entries):
    assert client.get("/api/v1/search?kind=poeme", headers=world.reader.headers).status_code == 422
    assert (
        client.get("/api/v1/search?cursor=zzz", headers=world.reader.headers).get_json()["error"]["code"]
        == "bad_cursor"
    )
    assert client.get("/api/v1/search?logbook=nulle-part", headers=world.reader.headers).status_code == 404
    result = search(client, world.reader, q='"cantine -( tag: ((')
    assert result["degraded"] is False


def damage_index(app) -> None:
    """Spoil the index of either store: garbage in the Whoosh files, another schema in the
    database."""
    from logbook.db import db
    from search.postgres_store import PostgresSearchIndex
    from search.postgres_tables import search_state

    index = app.extensions["carnet.search"]
    index.close()
    if isinstance(index, PostgresSearchIndex):
        db.session.execute(search_state.update().values(schema="garbage"))
        db.session.commit()
        return
    for path in Path(app.config["CARNET_SEARCH_DIR"]).rglob("*"):
        if path.is_file() and not path.name.startswith("."):
            path.write_bytes(b"garbage")


def remove_index(app) -> None:
    """Take the index of either store away entirely."""
    from logbook.db import db
    from search.postgres_store import PostgresSearchIndex
    from search.postgres_tables import TABLES

    index = app.extensions["carnet.search"]
    index.close()
    if isinstance(index, PostgresSearchIndex):
        for table in TABLES:
            db.session.execute(table.delete())
        db.session.commit()
        return
    shutil.rmtree(app.config["CARNET_SEARCH_DIR"])


def test_a_corrupt_index_degrades_to_the_database_then_is_rebuilt(client, world, entries, app):
    damage_index(app)
    result = search(client, world.reader, q="directrice")
    assert result["total"] == 1 and result["degraded"] is True
    # The rebuild ran (jobs are immediate in tests): the next answer comes from the index again.
    again = search(client, world.reader, q="directrice")
    assert again["total"] == 1 and again["degraded"] is False


def test_reindex_and_check_report_drift(runner, client, world, entries, app):
    remove_index(app)
    result = runner.invoke(args=["check"])
    assert result.exit_code == 1 and "search index" in result.output
    assert runner.invoke(args=["reindex"]).exit_code == 0
    result = runner.invoke(args=["check"])
    assert "search index: ok" in result.output, result.output


def test_check_finds_an_entry_changed_behind_the_index(runner, client, world, entries, app):
    from logbook.db import db
    from logbook.models import Entry

    assert "search index: ok" in runner.invoke(args=["check"]).output
    entry = db.session.get(Entry, entries["producteurs"]["id"])
    entry.title = "Changé sans passer par l'index"
    db.session.commit()
    result = runner.invoke(args=["check"])
    assert result.exit_code == 1 and "1 out of date" in result.output


def test_a_search_too_long_is_a_clear_422_through_get_post_and_the_page(client, world, entries):
    from tests.web.conftest import sign_in

    too_long = "cantine " * 130  # 1,040 characters
    too_many = " ".join(f"mot{n}" for n in range(40))
    for q in (too_long, too_many):
        for response in (
            client.get("/api/v1/search", query_string={"q": q}, headers=world.reader.headers),
            client.post("/api/v1/search", json={"q": q}, headers=world.reader.headers),
        ):
            assert response.status_code == 422
            assert response.get_json()["error"]["code"] == "query_too_long"
    sign_in(client, "reader")
    page = client.get("/carnets/atelier", query_string={"q": too_long})
    assert page.status_code == 422
    assert "Recherche trop longue" in page.get_data(as_text=True)


def test_a_long_search_can_be_posted_as_json(client, world, entries):
    response = client.post(
        "/api/v1/search",
        json={"q": "cantine directrice " * 50, "logbook": ["atelier"], "per_page": 5},
        headers=world.reader.headers,
    )
    assert response.status_code == 200, response.get_json()
    assert [hit["id"] for hit in response.get_json()["hits"]] == [entries["cantine"]["id"]]


def test_a_posted_search_needs_the_csrf_token_of_a_signed_in_browser(client, world, entries):
    from tests.web.conftest import csrf, sign_in

    sign_in(client, "reader")
    refused = client.post("/api/v1/search", json={"q": "cantine"})
    assert refused.status_code == 400 and refused.get_json()["error"]["code"] == "csrf_failed"
    answered = client.post(
        "/api/v1/search", json={"q": "cantine"}, headers={"X-CSRFToken": csrf(client, "/")}
    )
    assert answered.status_code == 200 and answered.get_json()["total"] == 1


def test_each_hit_says_how_it_matches(client, world, entries):
    exact = search(client, world.reader, q="maraichers livrent")
    assert [(hit["id"], hit["match"]) for hit in exact["hits"]] == [(entries["producteurs"]["id"], "exact")]
    assert exact["approximate"] is False
    corrected = search(client, world.reader, q="maraichhers")
    assert corrected["suggestion"] == "maraichers"
    assert [hit["match"] for hit in corrected["hits"]] == ["corrected"]
    # Nothing holds "piscine" (a real word, so not corrected): the closest entries, labelled.
    closest = search(client, world.reader, q="piscine producteurs")
    assert closest["suggestion"] is None
    assert [hit["match"] for hit in closest["hits"]] == ["approximate"]
    assert closest["approximate"] is True


def test_the_page_says_when_nothing_matches_every_word(client, world, entries):
    from tests.web.conftest import sign_in

    sign_in(client, "reader")
    page = client.get("/carnets/atelier", query_string={"q": "piscine producteurs"}).get_data(as_text=True)
    assert (
        '<p class="search-approximate" role="status">'
        "Aucun résultat pour « piscine producteurs » ; voici des contributions proches.</p>"
    ) in page
    assert re.sub(r"</?mark>", "", page).count("Rencontre des producteurs")  # its card, words marked
    answered = client.get("/carnets/atelier", query_string={"q": "producteurs"}).get_data(as_text=True)
    assert 'class="search-approximate"' not in answered
    english = client.get(
        "/carnets/atelier", query_string={"q": "piscine producteurs"}, headers={"Accept-Language": "en"}
    ).get_data(as_text=True)
    assert "No results for “piscine producteurs”; here are close contributions." in english


def test_the_search_box_has_a_help_panel(client, world, entries):
    from tests.web.conftest import sign_in

    sign_in(client, "reader")
    page = client.get("/carnets/atelier").get_data(as_text=True)
    assert "Aide à la recherche" in page and "titre:" in page and "NOT pain" in page


def test_the_page_shows_the_answers_then_the_entries_with_some_of_the_words(client, world, entries):
    from tests.web.conftest import sign_in

    sign_in(client, "reader")
    # Only the producers' note holds both words; the testimony says "école" only.
    page = client.get("/carnets/atelier", query_string={"q": "écoles mardi"}).get_data(as_text=True)
    plain = re.sub(r"</?mark>", "", page)
    assert 'class="search-approximate"' not in page
    answers, _, near = plain.partition('<h3 class="results-near">Contributions proches</h3>')
    assert "Rencontre des producteurs" in answers and "Le témoignage de la directrice" not in answers
    assert "Le témoignage de la directrice" in near
    english = client.get(
        "/carnets/atelier", query_string={"q": "écoles mardi"}, headers={"Accept-Language": "en"}
    ).get_data(as_text=True)
    assert '<h3 class="results-near">Close entries</h3>' in english
    # The API gives the same order, each hit labelled.
    hits = search(client, world.reader, q="écoles mardi")["hits"]
    assert [(hit["id"], hit["match"]) for hit in hits] == [
        (entries["producteurs"]["id"], "exact"),
        (entries["cantine"]["id"], "approximate"),
    ]


def test_check_says_when_the_index_is_from_an_earlier_version(runner, client, world, entries, app):
    """Sound, searched as before, but slower to read: check says so, a reindex mends it."""
    from logbook.db import db
    from logbook.search_index import indexes_in_database
    from search.postgres_tables import search_state
    from search.posting_sidecar import SIDECAR_EXT

    index = app.extensions["carnet.search"]
    if indexes_in_database():
        # Postings written one row each, as before packing.
        index.close()
        db.session.execute(search_state.update().values(packed_generation=None))
        db.session.commit()
        told = "postings not packed"
    else:
        # Segments without postings sidecars, as before them.
        live = index.directory / os.readlink(index.directory / "current")
        sidecars = [path for path in live.iterdir() if path.name.endswith(SIDECAR_EXT)]
        assert sidecars
        for path in sidecars:
            path.unlink()
        index.close()
        told = "written by an earlier version"
    assert told in runner.invoke(args=["check"]).output
    assert search(client, world.reader, q="cantine")["total"] > 0
    assert runner.invoke(args=["reindex"]).exit_code == 0
    assert told not in runner.invoke(args=["check"]).output
    if indexes_in_database():
        # Packed, but as plain arrays under the bare analysis schema, as before the
        # smaller encoding: found the same, and a reindex makes it smaller.
        from search.schema import SCHEMA_VERSION

        index.close()
        db.session.execute(search_state.update().values(schema=SCHEMA_VERSION))
        db.session.commit()
        told = "postings packed by an earlier version"
        assert told in runner.invoke(args=["check"]).output
        assert search(client, world.reader, q="cantine")["total"] > 0
        assert runner.invoke(args=["reindex"]).exit_code == 0
        assert told not in runner.invoke(args=["check"]).output
