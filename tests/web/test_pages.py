"""Reading pages with the Flask client: access, timeline by stage, paging, entry, story, stages."""

from __future__ import annotations

import re

from tests.web.conftest import add_note, csrf, post_form, sign_in


def test_anonymous_visitors_of_a_private_logbook_are_sent_to_sign_in(client, world):
    response = client.get("/carnets/atelier")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/connexion?next=")


def test_people_outside_a_private_logbook_do_not_learn_it_exists(client, world):
    sign_in(client, "outsider")
    assert client.get("/carnets/atelier").status_code == 404
    assert client.get("/carnets/atelier/histoire").status_code == 404


def test_timeline_is_grouped_by_stage_then_month_with_the_next_stop_on_top(client, world):
    url = "/api/v1/logbooks/atelier/stages"
    stages = [
        client.post(url, json={"title": t, "reached": r}, headers=world.owner.headers).get_json()["id"]
        for t, r in (("Immersion", True), ("Prototype", False))
    ]
    add_note(world, client, title="Septembre", stage_id=stages[0], occurred_at="2026-09-10T10:00:00+02:00")
    add_note(world, client, title="Octobre", stage_id=stages[0], occurred_at="2026-10-10T10:00:00+02:00")
    sign_in(client, "reader")
    page = client.get("/carnets/atelier").get_data(as_text=True)
    assert page.index("Prochaine escale") < page.index("Prototype") < page.index('class="timeline"')
    assert page.count('class="stage-heading"') == 1
    assert "Octobre 2026" in page and "Septembre 2026" in page
    assert page.index("Octobre 2026") < page.index("Septembre 2026")


def test_filters_keep_only_matching_entries(client, world):
    add_note(world, client, title="Sur le bruit", tags=["bruit"])
    add_note(world, client, title="Sur les menus", tags=["menus"])
    sign_in(client, "reader")
    page = client.get("/carnets/atelier?tag=bruit").get_data(as_text=True)
    assert "Sur le bruit" in page and "Sur les menus" not in page
    assert 'aria-current="true"' in page  # the active chip
    assert "Sur les menus" not in client.get("/carnets/atelier?kind=photo").get_data(as_text=True)


def test_next_page_link_follows_the_cursor_without_repeating_entries(client, world):
    for day in range(1, 8):
        add_note(world, client, title=f"Jour {day}", occurred_at=f"2026-10-0{day}T10:00:00+02:00")
    sign_in(client, "reader")
    seen = []
    url = "/carnets/atelier"
    while url:
        page = client.get(url).get_data(as_text=True)
        seen += re.findall(r">(Jour \d)</a>", page)
        more = re.search(r'class="button secondary" href="([^"]+)">Page suivante', page)
        url = more.group(1).replace("&amp;", "&") if more else None
    assert seen == [f"Jour {d}" for d in range(7, 0, -1)]


def test_script_gets_the_next_page_as_a_fragment(client, world):
    for day in range(1, 6):
        add_note(world, client, title=f"Jour {day}", occurred_at=f"2026-10-0{day}T10:00:00+02:00")
    sign_in(client, "reader")
    first = client.get("/carnets/atelier").get_data(as_text=True)
    next_query = re.search(r'data-next="([^"]+)"', first).group(1).replace("&amp;", "&")
    fragment = client.get("/carnets/atelier" + next_query, headers={"X-Carnet-Fragment": "1"}).get_data(
        as_text=True
    )
    assert "<html" not in fragment
    assert "Jour 2" in fragment and "Jour 5" not in fragment


def test_search_box_works_without_script(client, world):
    add_note(world, client, title="Le bruit du self", body="85 décibels")
    add_note(world, client, title="Les menus")
    sign_in(client, "reader")
    page = client.get("/carnets/atelier?q=DÉCIBELS").get_data(as_text=True)
    assert "Le bruit du self" in page or "décibels" in page
    assert "Les menus" not in page


def test_entry_page_renders_markdown_safely(client, world):
    entry = add_note(world, client, title="Compte rendu", body="# Titre\n\n*ok* <script>alert(1)</script>")
    sign_in(client, "reader")
    page = client.get(f"/carnets/atelier/entrees/{entry['id']}").get_data(as_text=True)
    assert "<em>ok</em>" in page
    assert "<script>alert" not in page
    assert "Modifier" not in page  # readers do not edit


def test_contributors_edit_their_own_entries_only(client, world):
    mine = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "À moi"},
        headers=world.contributor.headers,
    ).get_json()
    theirs = add_note(world, client, title="À Olga")
    sign_in(client, "contributor")
    assert client.get(f"/carnets/atelier/entrees/{theirs['id']}/modifier").status_code == 403
    response = post_form(
        client,
        f"/carnets/atelier/entrees/{mine['id']}/modifier",
        {
            "title": "À moi, corrigé",
            "body": "",
            "tags": "x",
            "occurred_at": "2026-10-01T09:00",
            "stage_id": "",
        },
    )
    assert response.status_code == 302
    assert "À moi, corrigé" in client.get(f"/carnets/atelier/entrees/{mine['id']}").get_data(as_text=True)


def test_entries_go_to_the_trash_and_come_back(client, world):
    entry = add_note(world, client, title="Brouillon")
    sign_in(client, "owner")
    path = f"/carnets/atelier/entrees/{entry['id']}"
    assert post_form(client, f"{path}/corbeille", {}, page=path).status_code == 302
    assert "Brouillon" not in client.get("/carnets/atelier").get_data(as_text=True)
    assert "Brouillon" in client.get("/carnets/atelier/corbeille").get_data(as_text=True)
    post_form(
        client, f"/carnets/atelier/corbeille/{entry['id']}/restaurer", {}, page="/carnets/atelier/corbeille"
    )
    assert "Brouillon" in client.get("/carnets/atelier").get_data(as_text=True)


def test_editors_manage_stages_with_plain_forms(client, world):
    sign_in(client, "editor")
    page = "/carnets/atelier/escales"
    for title in ("Immersion", "Ateliers", "Prototype"):
        assert (
            post_form(
                client, page, {"title": title, "summary": "", "starts_on": "", "ends_on": ""}
            ).status_code
            == 302
        )
    bad = post_form(client, page, {"title": "", "starts_on": "2026-10-02", "ends_on": "2026-10-01"})
    assert bad.status_code == 422 and "titre" in bad.get_data(as_text=True)
    stages = client.get("/api/v1/logbooks/atelier/stages").get_json()["stages"]
    ids = [s["id"] for s in stages]
    post_form(client, f"{page}/{ids[2]}/deplacer", {"direction": "up"}, page=page)
    post_form(client, f"{page}/prochaine", {"stage_id": str(ids[1])}, page=page)
    after = client.get("/api/v1/logbooks/atelier/stages").get_json()
    assert [s["title"] for s in after["stages"]] == ["Immersion", "Prototype", "Ateliers"]
    assert after["next_stop"]["title"] == "Ateliers"
    assert [s["reached"] for s in after["stages"]] == [True, True, False]


def test_contributors_cannot_manage_stages(client, world):
    sign_in(client, "contributor")
    assert client.get("/carnets/atelier/escales").status_code == 403


def test_story_so_far_tells_stages_pinned_entries_members_and_how_to_export(client, world):
    stage = client.post(
        "/api/v1/logbooks/atelier/stages", json={"title": "Immersion", "summary": "Trois cantines"},
        headers=world.owner.headers,
    ).get_json()  # fmt: skip
    add_note(world, client, title="Le moment clé", stage_id=stage["id"], pinned=True)
    add_note(world, client, title="Un détail", stage_id=stage["id"])
    sign_in(client, "reader")
    page = client.get("/carnets/atelier/histoire").get_data(as_text=True)
    assert "Immersion" in page and "Trois cantines" in page
    # The pinned entry on the path, the other among the latest entries.
    assert "Le moment clé" in page.split('id="dernieres"')[0]
    assert (
        "Un détail" in page.split('id="dernieres"')[1]
        and "Le moment clé" not in page.split('id="dernieres"')[1]
    )
    assert "Reader" in page and "Owner" in page
    assert 'href="/carnets/atelier/exports"' in page
    assert "/carnets/atelier/nouveau" not in page  # readers are told how to ask instead


def test_language_switch_sets_a_cookie_and_the_account_locale(client, world):
    sign_in(client, "reader")
    response = client.post(
        "/langue",
        data={"lang": "en", "next": "/carnets/atelier", "csrf_token": csrf(client, "/carnets/atelier")},
    )
    assert response.status_code == 302 and response.headers["Location"] == "/carnets/atelier"
    page = client.get("/carnets/atelier").get_data(as_text=True)
    assert '<html lang="en">' in page and "Search the logbook" in page
    assert world.reader.user.locale == "en"


def test_language_follows_accept_language_then_defaults_to_french(client, world):
    english = client.get("/connexion", headers={"Accept-Language": "en-GB,en;q=0.8"}).get_data(as_text=True)
    assert '<html lang="en">' in english
    french = client.get("/connexion", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert '<html lang="fr">' in french


def test_language_switch_never_redirects_elsewhere(client, world):
    token = csrf(client)
    response = client.post(
        "/langue", data={"lang": "fr", "next": "https://evil.example/", "csrf_token": token}
    )
    assert response.headers["Location"] == "/"


def test_script_and_style_of_every_page_weigh_under_150_kb(client, world, app):
    sign_in(client, "owner")
    for path in ("/carnets/atelier", "/carnets/atelier/nouveau", "/carnets/atelier/histoire"):
        page = client.get(path).get_data(as_text=True)
        assets = re.findall(r'(?:src|href)="(/assets/[^"?]+\.(?:js|css))[^"]*"', page)
        assert assets
        total = sum(len(client.get(asset).get_data()) for asset in assets)
        assert total < 150 * 1024, (path, total)


def test_the_compose_page_fetches_the_resumable_upload_client_only_when_needed(client, world):
    sign_in(client, "owner")
    page = client.get("/carnets/atelier/nouveau").get_data(as_text=True)
    assert "tus.min.js" not in " ".join(re.findall(r"<script[^>]*>", page))
    client_url = re.search(r'data-resumable-client="([^"]+)"', page).group(1)
    assert client.get(client_url).status_code == 200


def test_odd_ids_in_links_and_forms_are_a_404_or_ignored_never_a_500(client, world):
    sign_in(client, "owner")
    assert client.get("/carnets/atelier/entrees/99999999999999999999").status_code == 404
    assert client.get("/carnets/atelier?stage=99999999999999999999&author=²").status_code == 200
    page = "/carnets/atelier/escales"
    assert (
        post_form(client, f"{page}/prochaine", {"stage_id": "99999999999999999999"}, page=page).status_code
        == 400
    )


def test_editors_see_earlier_versions_and_bring_one_back(client, world):
    entry = add_note(world, client, title="Premier titre")
    client.patch(
        f"/api/v1/logbooks/atelier/entries/{entry['id']}",
        json={"title": "Second titre"},
        headers=world.owner.headers,
    )
    sign_in(client, "editor")
    path = f"/carnets/atelier/entrees/{entry['id']}"
    page = client.get(path).get_data(as_text=True)
    assert "1 version précédente" in page and "Premier titre" in page
    assert post_form(client, f"{path}/versions/1", {}, page=path).status_code == 302
    assert "<h1>Premier titre</h1>" in client.get(path).get_data(as_text=True)


def test_a_public_logbook_reads_without_an_account_and_offers_no_posting(client, world):
    client.patch("/api/v1/logbooks/atelier", json={"visibility": "public"}, headers=world.owner.headers)
    add_note(world, client, title="Ouvert à tous")
    for path in ("/carnets/atelier", "/carnets/atelier/histoire"):
        page = client.get(path).get_data(as_text=True)
        assert "Ouvert à tous" in page or path.endswith("histoire")
        assert "/carnets/atelier/nouveau" not in page
        assert "/connexion" in page  # a way in for members
    assert client.get("/carnets/atelier/nouveau").status_code == 302


def test_every_page_names_its_icon_so_browsers_do_not_ask_for_a_missing_favicon(client):
    page = client.get("/connexion").get_data(as_text=True)
    icon_url = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', page).group(1)
    icon = client.get(icon_url)
    assert icon.status_code == 200
    assert icon.mimetype == "image/svg+xml"
    assert b"<script" not in icon.get_data()
