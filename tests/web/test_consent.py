"""A testimony without consent: the team reads it in Carnet, the story page and visitors of
a public logbook see only its kind and date."""

from __future__ import annotations

import io

from tests.web.conftest import sign_in

SECRETS = ("Zorglub", "Quokka", "Lampion", "assureur", "tagzorg")


def post_testimony(client, world, sample_files, *, consent: bool, title: str, stage_id=None) -> dict:
    data = {
        "kind": "testimony",
        "title": title,
        "body": "Quokka : ne le répétez pas." if not consent else "Vous pouvez me citer.",
        "speaker_name": "Séraphin Lampion" if not consent else "Bianca Castafiore",
        "speaker_role": "assureur" if not consent else "cantatrice",
        "tags": "tagzorg" if not consent else "opera",
        "consent": str(consent).lower(),
        "pinned": "true",
        "files": [(io.BytesIO(sample_files["jpeg"].read_bytes()), "zorglub.jpg")],
    }
    if stage_id:
        data["stage_id"] = str(stage_id)
    response = client.post(
        "/api/v1/logbooks/atelier/entries",
        data=data,
        headers=world.owner.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def assert_withheld(page: str) -> None:
    for word in SECRETS:
        assert word not in page, word


def test_story_page_shows_only_kind_and_date_of_a_testimony_without_consent(client, world, sample_files):
    stage = client.post(
        "/api/v1/logbooks/atelier/stages", json={"title": "Immersion"}, headers=world.owner.headers
    ).get_json()
    post_testimony(
        client, world, sample_files, consent=False, title="« Zorglub ne sait rien »", stage_id=stage["id"]
    )
    post_testimony(
        client, world, sample_files, consent=True, title="« La Castafiore chante »", stage_id=stage["id"]
    )
    sign_in(client, "reader")
    page = client.get("/carnets/atelier/histoire").get_data(as_text=True)
    assert_withheld(page)
    assert "La Castafiore chante" in page and "Bianca Castafiore" in page
    assert "la personne n'a pas donné son accord" in page


def test_visitors_of_a_public_logbook_see_only_kind_and_date_of_it(client, world, sample_files):
    client.patch("/api/v1/logbooks/atelier", json={"visibility": "public"}, headers=world.owner.headers)
    withheld = post_testimony(client, world, sample_files, consent=False, title="« Zorglub ne sait rien »")
    media_id = withheld["media"][0]["id"]
    for path in ("/carnets/atelier", "/carnets/atelier/histoire"):
        page = client.get(path).get_data(as_text=True)
        assert_withheld(page)
        assert "la personne n'a pas donné son accord" in page
    assert client.get(f"/carnets/atelier/entrees/{withheld['id']}").status_code == 404
    assert client.get(f"/media/{media_id}/thumb").status_code == 404
    # The team still reads it in Carnet.
    sign_in(client, "reader")
    page = client.get(f"/carnets/atelier/entrees/{withheld['id']}").get_data(as_text=True)
    assert "Zorglub ne sait rien" in page and "Séraphin Lampion" in page
    assert client.get(f"/media/{media_id}/thumb").status_code in (200, 302)  # S3: a presigned redirect
    assert "Zorglub ne sait rien" in client.get("/carnets/atelier").get_data(as_text=True)


def test_the_api_gives_visitors_only_kind_and_date_of_it(client, world, sample_files):
    client.patch("/api/v1/logbooks/atelier", json={"visibility": "public"}, headers=world.owner.headers)
    withheld = post_testimony(client, world, sample_files, consent=False, title="« Zorglub ne sait rien »")
    listing = client.get("/api/v1/logbooks/atelier/timeline")
    assert listing.status_code == 200
    one = client.get(f"/api/v1/logbooks/atelier/entries/{withheld['id']}")
    found = client.get("/api/v1/search", query_string={"q": "Zorglub"})
    for response in (listing, one, found):
        assert response.status_code == 200, response.get_json()
        assert_withheld(response.get_data(as_text=True))
    assert found.get_json()["total"] == 0  # its words do not find it
    (entry,) = [e for e in listing.get_json()["entries"] if e["id"] == withheld["id"]]
    assert (entry["kind"], entry["title"], entry["media"]) == ("testimony", "", [])
    # Members read it whole.
    whole = client.get(f"/api/v1/logbooks/atelier/entries/{withheld['id']}", headers=world.reader.headers)
    assert whole.get_json()["title"] == "« Zorglub ne sait rien »"
    hits = client.get(
        "/api/v1/search", query_string={"q": "Zorglub"}, headers=world.reader.headers
    ).get_json()
    assert "Zorglub" in hits["hits"][0]["title_html"]
