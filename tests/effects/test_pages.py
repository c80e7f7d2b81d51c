"""The pages, used as a phone without script would: plain forms with their CSRF token."""

from __future__ import annotations

import re

from sqlalchemy import select

from logbook.db import db
from logbook.models import Entry, EntryStakeholder, Evidence, Stakeholder
from tests.effects.conftest import post_form, sign_in


def forms_carry_csrf(html: str) -> bool:
    forms = re.findall(r"<form\b.*?</form>", html, re.S)
    return bool(forms) and all('name="csrf_token"' in form for form in forms if 'method="post"' in form)


def test_the_logbook_navigation_leads_to_effects_and_stakeholders(client, world, project):
    sign_in(client, "reader")
    html = client.get("/carnets/atelier").get_data(as_text=True)
    assert 'href="/carnets/atelier/effets"' in html
    assert 'href="/carnets/atelier/parties-prenantes"' in html


def test_readers_see_effects_with_their_evidence_but_no_forms(client, world, project):
    from logbook.services import effects

    effects.link_evidence(
        project.effect, project.note, stance="confirms", comment="De 38 à 21 kg.", user=None
    )
    sign_in(client, "reader")
    listing = client.get("/carnets/atelier/effets").get_data(as_text=True)
    assert "Moins de gaspillage à la cantine" in listing and "confirme : 1" in listing
    assert "<form" not in listing.split("<main", 1)[1].split("</main>", 1)[0]
    page = client.get(f"/carnets/atelier/effets/{project.effect.id}").get_data(as_text=True)
    assert "Pesée des restes" in page and "De 38 à 21 kg." in page and "moins de 20 kg" in page


def test_editors_add_an_effect_and_a_bad_one_comes_back_with_a_readable_error(client, world, project):
    sign_in(client, "editor")
    assert forms_carry_csrf(client.get("/carnets/atelier/effets").get_data(as_text=True))
    refused = post_form(client, "/carnets/atelier/effets", {"title": "", "target": "50 %"})
    assert refused.status_code == 422
    assert "a besoin d&#39;un titre" in refused.get_data(as_text=True)
    made = post_form(
        client,
        "/carnets/atelier/effets",
        {
            "title": "Plus de produits locaux",
            "indicator": "part de produits locaux dans les repas",
            "target": "50 %",
        },
    )
    assert made.status_code == 302
    listing = client.get("/carnets/atelier/effets").get_data(as_text=True)
    assert listing.index("Moins de gaspillage") < listing.index("Plus de produits locaux")
    second = re.search(r'id="effet-(\d+)"', listing.split("Moins de gaspillage", 1)[1]).group(1)
    post_form(
        client,
        f"/carnets/atelier/effets/{second}/deplacer",
        {"direction": "up"},
        page="/carnets/atelier/effets",
    )
    listing = client.get("/carnets/atelier/effets").get_data(as_text=True)
    assert listing.index("Plus de produits locaux") < listing.index("Moins de gaspillage")


def test_a_contributor_links_an_entry_to_an_effect_from_the_entry_page(client, world, project):
    sign_in(client, "contributor")
    page = f"/carnets/atelier/entrees/{project.note.id}"
    html = client.get(page).get_data(as_text=True)
    assert "Relier à un effet attendu" in html and forms_carry_csrf(html)
    response = post_form(
        client,
        f"{page}/preuves",
        {"effect_id": str(project.effect.id), "stance": "nuances", "comment": "Une semaine seulement."},
        page=page,
    )
    assert response.status_code == 302
    html = client.get(page).get_data(as_text=True)
    assert "Moins de gaspillage à la cantine" in html and "Une semaine seulement." in html
    evidence = db.session.scalar(select(Evidence).where(Evidence.entry_id == project.note.id))
    assert evidence.stance == "nuances"
    unlinked = post_form(
        client,
        f"/carnets/atelier/effets/{project.effect.id}/preuves/{evidence.id}/retirer",
        {"back": "entry"},
        page=page,
    )
    assert unlinked.status_code == 302 and unlinked.headers["Location"].endswith("#preuves")
    db.session.expire_all()
    assert db.session.scalar(select(Evidence).where(Evidence.entry_id == project.note.id)) is None


def test_the_compose_form_without_script_links_an_effect_names_stakeholders_and_picks_the_speaker(
    client, world, project
):
    sign_in(client, "contributor")
    html = client.get("/carnets/atelier/nouveau?type=testimony").get_data(as_text=True)
    assert (
        'name="effect_id"' in html
        and 'name="stakeholder_ids"' in html
        and 'name="speaker_stakeholder_id"' in html
    )
    assert "Marchal" not in html  # a contributor does not see a withheld name, even here
    response = post_form(
        client,
        "/carnets/atelier/nouveau",
        {
            "kind": "testimony",
            "body": "« On pèse tout. »",
            "consent": "on",
            "speaker_stakeholder_id": str(project.named.id),
            "stakeholder_ids": [str(project.withheld.id)],
            "effect_id": str(project.effect.id),
            "stance": "confirms",
            "evidence_comment": "La cuisine s'y met.",
            "idempotency_key": "compose-effects-1",
        },
        page="/carnets/atelier/nouveau",
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    entry = db.session.scalar(select(Entry).where(Entry.body == "« On pèse tout. »"))
    assert entry.speaker_name == "Martine Durand"
    links = db.session.scalars(select(EntryStakeholder).where(EntryStakeholder.entry_id == entry.id)).all()
    assert {(link.stakeholder_id, link.as_speaker) for link in links} == {
        (project.named.id, True),
        (project.withheld.id, False),
    }
    evidence = db.session.scalar(select(Evidence).where(Evidence.entry_id == entry.id))
    assert (evidence.effect_id, evidence.comment) == (project.effect.id, "La cuisine s'y met.")


def test_marking_a_stage_reached_asks_for_its_review(client, world, project):
    sign_in(client, "editor")
    response = post_form(
        client, "/carnets/atelier/escales/prochaine", {"stage_id": ""}, page="/carnets/atelier/escales"
    )
    assert response.status_code == 302
    # Both stages are reached now; "Diagnostic" already was, so "Ateliers" is the one to close.
    assert response.headers["Location"].endswith(f"/escales/{project.ateliers.id}/bilan#ecrire-bilan")
    form = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Écrire le bilan de l'escale" in form and forms_carry_csrf(form)
    saved = post_form(
        client,
        f"/carnets/atelier/escales/{project.ateliers.id}/bilan",
        {"done": "Six ateliers.", "learnt": "Peser change les pratiques.", "next_changes": "Une légumerie."},
    )
    assert saved.status_code == 302
    empty = post_form(
        client, f"/carnets/atelier/escales/{project.diagnostic.id}/bilan", {"done": "", "learnt": ""}
    )
    assert empty.status_code == 422 and "au moins l&#39;un des trois textes" in empty.get_data(as_text=True)
    sign_in(client, "reader")
    html = client.get(f"/carnets/atelier/escales/{project.ateliers.id}/bilan").get_data(as_text=True)
    assert "Peser change les pratiques." in html and "<textarea" not in html
    assert "Ateliers cuisine" in client.get("/carnets/atelier/effets").get_data(as_text=True)


def test_a_stakeholder_page_lists_what_they_said_and_where_they_appear(client, world, project):
    from logbook.services import stakeholders

    stakeholders.set_entry_stakeholders(project.testimony, [], speaker_id=project.named.id)
    stakeholders.set_entry_stakeholders(project.note, [project.named.id])
    sign_in(client, "reader")
    html = client.get(f"/carnets/atelier/parties-prenantes/{project.named.id}").get_data(as_text=True)
    said, appears = html.split("Ce qu'elle a dit", 1)[1].split("Où elle apparaît", 1)
    assert "Le potimarron" in said and "Pesée des restes" in appears


def test_editors_add_edit_and_remove_a_stakeholder_from_the_pages(client, world, project):
    sign_in(client, "editor")
    made = post_form(
        client,
        "/carnets/atelier/parties-prenantes",
        {
            "name": "Hélène Roux",
            "organisation": "Commune de Saint-Aubin",
            "kind": "elu",
            "role": "adjointe",
            "consent_to_name": "on",
        },
    )
    assert made.status_code == 302
    page = made.headers["Location"]
    html = client.get(page).get_data(as_text=True)
    assert "Hélène Roux" in html and forms_carry_csrf(html)
    assert post_form(client, page, {"name": "", "kind": "elu"}).status_code == 422
    removed = post_form(client, f"{page}/retirer", {}, page=page)
    assert removed.status_code == 302
    assert db.session.scalar(select(Stakeholder).where(Stakeholder.name == "Hélène Roux")) is None


def test_the_pages_are_in_english_too(client, world, project):
    sign_in(client, "editor")
    client.post("/langue", data={"lang": "en", "next": "/", "csrf_token": _csrf(client)})
    assert "What the project sets out to change" in client.get("/carnets/atelier/effets").get_data(
        as_text=True
    )
    assert "Removal on request" in client.get(
        f"/carnets/atelier/parties-prenantes/{project.named.id}"
    ).get_data(as_text=True)


def _csrf(client) -> str:
    from tests.effects.conftest import csrf

    return csrf(client, "/carnets/atelier/effets")
