""" "Ce que nous avons appris" (expected effects with their evidence, stage reviews) and "Qui a
participé" (stakeholders) in every story format, read back by tools that are not Carnet's,
with consent respected as for testimonies: a testimony without consent is only its kind and
date, a stakeholder who did not consent to be named is only their role."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime

import pytest
from pptx import Presentation
from sqlalchemy import select

from logbook.db import db
from logbook.export.html import render_html
from logbook.export.markdown import render_markdown
from logbook.export.pdf import render_pdf
from logbook.export.pptx import render_pptx
from logbook.jobs import get_queue
from logbook.models import Entry, Logbook, Stage
from logbook.services import effects, stage_reviews, stakeholders
from logbook.services.entries import create_entry
from logbook.services.story import build_story
from logbook.services.story_scope import Scope
from logbook.storage import get_storage
from tests.exports.conftest import SLUG
from tests.exports.readers import parse_html, pdf_text, plain

# Words that must never leave Carnet: the withheld testimony's title, words and speaker, the
# comment on it, and the name of the stakeholder who did not consent to be named.
SECRETS = ("Zorglub", "Quokka", "Lampion", "Marchal")


@pytest.fixture
def evaluation(journal, world):
    logbook = db.session.scalar(select(Logbook).where(Logbook.slug == SLUG))
    stage = {s.title: s for s in db.session.scalars(select(Stage).where(Stage.logbook_id == logbook.id))}
    entry = {name: db.session.get(Entry, entry_id) for name, entry_id in journal.entries.items()}
    secret, _ = create_entry(
        logbook,
        world.owner.user,
        {
            "kind": "testimony",
            "title": "Zorglub ne sait rien",
            "body": "Quokka : ne le répétez pas.",
            "speaker_name": "Séraphin Lampion",
            "consent": False,
            "stage_id": stage["Idéation"].id,
            "occurred_at": datetime(2024, 2, 12, 9, 0, tzinfo=UTC),
        },
        [],
        storage=get_storage(),
        queue=get_queue(),
    )
    waste = effects.create_effect(
        logbook,
        title="Moins de gaspillage à la cantine",
        question="Les restes diminuent-ils ?",
        indicator="kilos de restes par jour",
        target="moins de 20 kg",
    )
    effects.link_evidence(waste, entry["note"], stance="confirms", comment="400 repas pesés.")
    effects.link_evidence(waste, entry["testimony"], stance="nuances", comment="La cheffe reste prudente.")
    effects.link_evidence(waste, secret, stance="contradicts", comment="Lampion dit Quokka.")
    effects.create_effect(logbook, title="Des repas plus locaux", question="D'où viennent les légumes ?")
    stage_reviews.save_review(
        stage["Immersion"],
        {
            "done": "Trois semaines dans les cantines.",
            "learnt": "Le frein est la préparation des légumes.",
            "next_changes": "Des ateliers avec les cuisiniers.",
        },
        editor=world.owner.user,
    )
    named = stakeholders.create_stakeholder(
        logbook,
        name="Aminata Diallo",
        organisation="école Jean-Jaurès",
        kind="agent",
        role="cheffe de cuisine",
        consent_to_name=True,
    )
    unnamed = stakeholders.create_stakeholder(
        logbook, name="Sophie Marchal", kind="habitant", role="parent d'élève", consent_to_name=False
    )
    stakeholders.set_entry_stakeholders(entry["testimony"], [named.id], speaker_id=named.id)
    stakeholders.set_entry_stakeholders(entry["video"], [unnamed.id])
    stakeholders.set_entry_stakeholders(secret, [unnamed.id], speaker_id=unnamed.id)
    return logbook


def story_of(logbook, world, **scope):
    return build_story(
        logbook,
        Scope(**scope),
        viewer=world.owner.user,
        storage=get_storage(),
        base_url="https://carnet.example",
    )


def assert_withheld(text: str) -> None:
    for word in SECRETS:
        assert word not in text, word


def assert_chapters(text: str) -> None:
    """What the two chapters must say, in French (labels may be set in capitals; apostrophes
    and spaces compared whatever their typography)."""
    text = " ".join(text.split()).casefold().replace("’", "'")
    for expected in (
        "Ce que nous avons appris",
        "Moins de gaspillage à la cantine",
        "Les restes diminuent-ils ?",
        "moins de 20 kg",
        "confirme : 1 · nuance : 1 · contredit : 1",
        "Première visite à la cantine",  # the evidence, by its title
        "400 repas pesés.",
        "Des repas plus locaux",
        "Aucune contribution reliée pour l’instant.",
        "Bilans d’escale",
        "Le frein est la préparation des légumes.",
        "Ce qui change pour la suite",
        "Qui a participé",
        "Aminata Diallo",
        "cheffe de cuisine, école Jean-Jaurès",
        "parent d'élève",  # the stakeholder without consent, by role
        "témoignage non diffusé",
    ):
        assert " ".join(expected.split()).casefold().replace("’", "'") in text, expected


def test_the_story_carries_effects_reviews_and_stakeholders_with_consent(evaluation, world):
    story = story_of(evaluation, world)
    waste = story.effects[0]
    assert [e.title for e in story.effects] == ["Moins de gaspillage à la cantine", "Des repas plus locaux"]
    assert waste.stance_counts() == {"confirms": 1, "nuances": 1, "contradicts": 1}
    withheld = next(item for item in waste.evidence if item.stance == "contradicts")
    assert (withheld.entry.title, withheld.entry.url, withheld.comment) == ("", "", "")
    assert [(r.stage_title, r.stage_number) for r in story.reviews] == [("Immersion", 1)]
    people = {p.label: p for p in story.stakeholders}
    assert people["cheffe de cuisine, école Jean-Jaurès"].name == "Aminata Diallo"
    assert people["parent d'élève"].name is None  # even for the owner who asks: it leaves Carnet
    assert [ref.title for ref in people["cheffe de cuisine, école Jean-Jaurès"].said] == ["La cheffe"]
    # A review of a stage left out of the selection is left out too.
    ideation = next(s.id for s in story.stages if s.title == "Idéation")
    assert story_of(evaluation, world, stage_ids=(ideation,)).reviews == ()


def test_pdf_has_the_chapter_and_the_stakeholders_page(evaluation, world, tmp_path):
    path = tmp_path / "story.pdf"
    with path.open("wb") as out:
        render_pdf(story_of(evaluation, world), out)
    text = plain(pdf_text(path))
    assert_chapters(text)
    assert_withheld(text)
    # After the stages, before the next stop; listed in the contents.
    assert text.index("Le rapport de l'ADEME") < text.index("Moins de gaspillage") < text.rindex("Prototype")
    contents = text[text.index("Sommaire") : text.index("Prochaine escale : Prototype")]
    assert "Ce que nous avons appris" in contents and "Qui a participé" in contents


def test_web_page_has_the_chapter_and_the_stakeholders_page(evaluation, world, tmp_path):
    path = tmp_path / "story.html"
    with path.open("wb") as out:
        render_html(story_of(evaluation, world), out)
    page = parse_html(path.read_text(encoding="utf-8"))
    text = "".join(page.text)
    assert_chapters(text)
    assert_withheld(path.read_text(encoding="utf-8"))
    sections = {attrs.get("id") for attrs in page.named("section")}
    assert {"learnt", "people"} <= sections
    links = {attrs.get("href") for attrs in page.named("a")}
    assert {"#learnt", "#people"} <= links  # in the contents
    note = evaluation_entry_id(evaluation, "Première visite à la cantine")
    assert f"#entry-{note}" in links  # evidence in the story links to the entry in the page


def evaluation_entry_id(logbook, title: str) -> int:
    return db.session.scalar(select(Entry.id).where(Entry.logbook_id == logbook.id, Entry.title == title))


def test_slides_have_the_chapter_and_the_stakeholders(evaluation, world, tmp_path):
    path = tmp_path / "story.pptx"
    with path.open("wb") as out:
        render_pptx(story_of(evaluation, world), out)
    deck = Presentation(str(path))
    slides = []
    for slide in deck.slides:
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        slides.append("\n".join(texts) + "\n" + slide.notes_slide.notes_text_frame.text)
    everything = "\n".join(slides)
    assert_withheld(everything)
    titles = [slide.shapes.title.text for slide in deck.slides if slide.shapes.title is not None]
    assert titles.count("Ce que nous avons appris") == 1 and titles.count("Qui a participé") == 2
    effect = next(s for s in slides if s.startswith("Moins de gaspillage"))
    for expected in (
        "Les restes diminuent-ils ?",
        "confirme : 1 · nuance : 1 · contredit : 1",
        "400 repas pesés.",
    ):
        assert expected in " ".join(effect.split()), expected
    assert "Témoignage — " in effect and "témoignage non diffusé" in effect
    review = next(s for s in slides if s.startswith("Immersion") and "bilans d’escale" in s.casefold())
    assert "Le frein est la préparation des légumes." in review
    people = next(s for s in slides if s.startswith("Qui a participé") and "Aminata" in s)
    assert "Aminata Diallo" in people and "parent d'élève" in people.replace("’", "'")
    # After the stages, before the next stop and the closing slide.
    assert titles[-2] == "Prototype" and titles[-3] == "Qui a participé"


def test_markdown_has_the_chapter_and_the_stakeholders_page(evaluation, world, tmp_path):
    path = tmp_path / "story.zip"
    with path.open("wb") as out:
        render_markdown(story_of(evaluation, world), out)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        learnt = archive.read("learnt.md").decode()
        people = archive.read("people.md").decode()
        index = archive.read("index.md").decode()
        everything = "\n".join(archive.read(name).decode() for name in names if name.endswith(".md"))
    assert "[Ce que nous avons appris](learnt.md)" in index and "[Qui a participé](people.md)" in index
    assert_chapters(learnt.replace("\\", "") + people.replace("\\", ""))
    assert_withheld(everything)
    assert "(<https://carnet.example/carnets/atelier/entrees/" in learnt  # evidence links to Carnet


def test_a_story_without_effects_nor_stakeholders_has_neither_chapter(journal, world, tmp_path):
    logbook = db.session.scalar(select(Logbook).where(Logbook.slug == SLUG))
    path = tmp_path / "story.html"
    with path.open("wb") as out:
        render_html(story_of(logbook, world), out)
    text = path.read_text(encoding="utf-8")
    assert "Ce que nous avons appris" not in text and "Qui a participé" not in text


def test_a_pdf_laid_out_in_parts_gives_the_chapters_their_pages(evaluation, world, tmp_path, monkeypatch):
    import re

    import logbook.export.pdf

    monkeypatch.setattr(logbook.export.pdf, "PARTS_ABOVE", 0)
    path = tmp_path / "parts.pdf"
    with path.open("wb") as out:
        render_pdf(story_of(evaluation, world), out)
    pages = pdf_text(path).split("\f")
    for title in ("Ce que nous avons appris", "Qui a participé"):
        match = re.search(re.escape(title) + r"[ .]*?(\d+)\s*$", pages[1], re.MULTILINE)
        assert match, title
        assert title in pages[int(match[1]) - 1]
    assert_chapters("\n".join(pages))
    assert_withheld("\n".join(pages))


def test_long_lists_are_cut_and_counted_so_the_document_stays_short():
    from logbook.export.learnt import EFFECT_LINES, chapters_html, learnt_chapter
    from logbook.export.story import Story, StoryEffect, StoryEvidence, StoryRef

    refs = [
        StoryRef(id=n, kind="note", title=f"Note {n}", occurred_at=datetime(2024, 1, 1, tzinfo=UTC))
        for n in range(20)
    ]
    effect = StoryEffect(
        id=1, title="Moins de gaspillage", evidence=tuple(StoryEvidence("confirms", ref) for ref in refs)
    )
    story = Story(slug="s", name="S", effects=(effect,))
    block = learnt_chapter(story).sections[0].blocks[0]
    assert len(block.lines) == EFFECT_LINES and block.hidden == 20 - EFFECT_LINES
    assert "confirme : 20" in plain(block.summary)  # the counts are of every piece of evidence
    assert f"… et {20 - EFFECT_LINES} autres" in "".join(chapters_html(story))
