"""The timeline: keyset pages that never skip or repeat, filters, stage grouping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

TIMELINE = "/api/v1/logbooks/atelier/timeline"


@pytest.fixture
def filled(client, world):
    """25 entries over 25 days, in two stages, some tagged, some pinned, two at the same instant."""
    stage_a = client.post(
        "/api/v1/logbooks/atelier/stages",
        json={"title": "Diagnostic", "reached": True},
        headers=world.editor.headers,
    ).get_json()
    stage_b = client.post(
        "/api/v1/logbooks/atelier/stages", json={"title": "Ateliers"}, headers=world.editor.headers
    ).get_json()
    start = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    for index in range(25):
        when = start + timedelta(days=index if index != 24 else 23)  # two entries share a timestamp
        client.post(
            "/api/v1/logbooks/atelier/entries",
            json={
                "kind": "note" if index % 3 else "link",
                "title": f"Entrée {index:02d}",
                "body": "texte",
                "link_url": "https://example.org/" if index % 3 == 0 else None,
                "occurred_at": when.isoformat(),
                "stage_id": stage_a["id"] if index < 12 else stage_b["id"],
                "tags": ["cantine"] if index % 2 == 0 else ["producteurs"],
                "pinned": index % 5 == 0,
            },
            headers=world.contributor.headers if index % 2 else world.editor.headers,
        )
    return {"a": stage_a, "b": stage_b}


def _walk(client, headers, **params):
    seen, cursor, pages = [], None, 0
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        body = client.get(TIMELINE, query_string=query, headers=headers).get_json()
        seen.extend(entry["title"] for entry in body["entries"])
        pages += 1
        cursor = body["next_cursor"]
        if not cursor:
            return seen, pages


def test_pages_cover_every_entry_once_newest_first(client, world, filled):
    titles, pages = _walk(client, world.reader.headers, limit=7)
    assert len(titles) == 25 and len(set(titles)) == 25 and pages == 4
    assert titles[0] == "Entrée 24" or titles[0] == "Entrée 23"
    assert titles[-1] == "Entrée 00"


def test_oldest_first_order(client, world, filled):
    titles, _ = _walk(client, world.reader.headers, limit=10, order="asc")
    assert titles[:2] == ["Entrée 00", "Entrée 01"]


def test_an_entry_added_while_paging_is_neither_skipped_nor_repeated(client, world, filled):
    first = client.get(TIMELINE, query_string={"limit": 10}, headers=world.reader.headers).get_json()
    client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Nouvelle", "body": "x", "occurred_at": "2030-01-01T00:00:00+00:00"},
        headers=world.editor.headers,
    )
    rest, _ = _walk(client, world.reader.headers, limit=10, cursor=first["next_cursor"])
    titles = [e["title"] for e in first["entries"]] + rest
    assert len(titles) == 25 and len(set(titles)) == 25


def test_filters_combine(client, world, filled):
    links, _ = _walk(client, world.reader.headers, kind="link")
    assert len(links) == 9
    tagged, _ = _walk(client, world.reader.headers, tag="cantine", stage=str(filled["b"]["id"]))
    assert tagged and all(int(t.split()[1]) >= 12 and int(t.split()[1]) % 2 == 0 for t in tagged)
    pinned, _ = _walk(client, world.reader.headers, pinned="true")
    assert len(pinned) == 5
    by_author, _ = _walk(client, world.reader.headers, author=str(world.contributor.user.id))
    assert len(by_author) == 12
    dated, _ = _walk(
        client,
        world.reader.headers,
        **{"from": "2024-01-10T00:00:00+00:00", "to": "2024-01-12T00:00:00+00:00"},
    )
    assert dated == ["Entrée 10", "Entrée 09"]


def test_stage_grouping_info_and_next_stop(client, world, filled):
    body = client.get(TIMELINE, query_string={"limit": 3}, headers=world.reader.headers).get_json()
    assert [s["title"] for s in body["stages"]] == ["Diagnostic", "Ateliers"]
    assert body["next_stop"]["title"] == "Ateliers"
    assert body["entries"][0]["stage"]["title"] == "Ateliers"
    counts = client.get("/api/v1/logbooks/atelier/stages", headers=world.reader.headers).get_json()
    assert counts["stages"][0]["entry_count"] == 12


@pytest.mark.parametrize("cursor", ["garbage", "eyJ0IjoxfQ", "e30", "!!!!"])
def test_bad_cursor_is_a_clear_400(client, world, filled, cursor):
    response = client.get(TIMELINE, query_string={"cursor": cursor}, headers=world.reader.headers)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_cursor"


def test_cursor_from_the_other_order_is_refused(client, world, filled):
    first = client.get(TIMELINE, query_string={"limit": 5}, headers=world.reader.headers).get_json()
    response = client.get(
        TIMELINE, query_string={"cursor": first["next_cursor"], "order": "asc"}, headers=world.reader.headers
    )
    assert response.status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        {"limit": 0},
        {"limit": 500},
        {"kind": "poème"},
        {"order": "sideways"},
        {"stage": "abc"},
        {"from": "yesterday"},
    ],
)
def test_bad_query_parameters_are_422(client, world, query):
    response = client.get(TIMELINE, query_string=query, headers=world.reader.headers)
    assert response.status_code == 422, response.get_json()
    assert response.get_json()["error"]["code"] == "validation_failed"


def test_trashed_and_pending_entries_stay_out_of_the_timeline(client, world, filled, app):
    from logbook.db import db
    from logbook.models import Entry

    first = client.get(TIMELINE, query_string={"limit": 1}, headers=world.reader.headers).get_json()[
        "entries"
    ][0]
    client.delete(f"/api/v1/logbooks/atelier/entries/{first['id']}", headers=world.editor.headers)
    entry = db.session.get(Entry, first["id"] - 1)
    entry.status = "pending"
    db.session.commit()
    titles, _ = _walk(client, world.reader.headers, limit=50)
    assert len(titles) == 23
    everything, _ = _walk(client, world.editor.headers, limit=50, status="all")
    assert len(everything) == 24  # editors see pending entries, never trashed ones
    readers_all, _ = _walk(client, world.reader.headers, limit=50, status="all")
    assert len(readers_all) == 23
