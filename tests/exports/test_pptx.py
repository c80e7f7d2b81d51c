from dataclasses import replace
from io import BytesIO

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from logbook.export.pptx import render_pptx
from logbook.export.typography import typeset
from tests.exports.readers import WatchingReader


def slide_text(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


@pytest.fixture(scope="module")
def deck(story):
    out = BytesIO()
    render_pptx(story, out)
    out.seek(0)
    return Presentation(out)


def test_deck_is_16_9(deck):
    assert round(deck.slide_width / deck.slide_height, 2) == round(16 / 9, 2)


def test_slides_follow_the_story(deck):
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert titles[0] == "Revitalisation du centre-bourg de Saint-Éloi"
    stage_positions = [
        titles.index(t)
        for t in (
            "Immersion et écoute des habitants",
            "Ateliers de co-conception",
            "Prototypage sur la place",
            "Hors escale",
        )
    ]
    assert stage_positions == sorted(stage_positions)
    assert titles[-2] == "Bilan et passage de relais"
    assert "PROCHAINE ESCALE" in slide_text(deck.slides[-2])
    assert titles[-1] == "À suivre…"


def test_every_entry_gets_its_own_slide_by_default(deck, story):
    titles = [slide.shapes.title.text for slide in deck.slides]
    for entry in story.entries():
        if entry.quote_allowed:
            assert typeset(entry.title) in titles
    assert "Rue Émile-Zola" in titles  # not pinned, there all the same


def test_a_deck_of_pinned_entries_only(story):
    pinned = replace(
        story,
        stages=tuple(replace(s, entries=tuple(e for e in s.entries if e.pinned)) for s in story.stages),
        unstaged=(),
    )
    out = BytesIO()
    render_pptx(pinned, out)
    out.seek(0)
    titles = [slide.shapes.title.text for slide in Presentation(out).slides]
    assert "Le marché du samedi" in titles and "Rue Émile-Zola" not in titles


def test_photos_are_pictures_with_their_caption(deck):
    slide = next(s for s in deck.slides if s.shapes.title.text == "Le marché du samedi")
    pictures = [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 1 and pictures[0].image.content_type == "image/jpeg"
    assert "place de l’Église" in slide_text(slide)
    total = sum(shape.shape_type == MSO_SHAPE_TYPE.PICTURE for s in deck.slides for shape in s.shapes)
    assert total >= 8  # photos, drawing, poster, waveform, QR codes


def test_quote_slide_names_the_speaker(deck):
    slide = next(s for s in deck.slides if "Josiane Lefèvre" in slide_text(s))
    assert "le seul moment où l’on se croise encore" in slide_text(slide)


def test_testimony_without_consent_gets_no_slide(deck):
    text = "\n".join(slide_text(s) + s.notes_slide.notes_text_frame.text for s in deck.slides)
    assert "circulation" not in text and "Gérard Roux" not in text


def test_stage_slide_shows_key_figures(deck):
    slide = next(s for s in deck.slides if s.shapes.title.text == "Ateliers de co-conception")
    text = slide_text(slide)
    assert "CHIFFRES CLÉS" in text and "contributions" in text and "87 participants" in text


def test_audio_slide_has_waveform_qr_code_and_link(deck):
    slide = next(s for s in deck.slides if s.shapes.title.text == "Capsule\u202f: la boulangère raconte")
    assert sum(shape.shape_type == MSO_SHAPE_TYPE.PICTURE for shape in slide.shapes) == 2
    assert "https://carnet.exemple.gouv.fr/carnets/saint-eloi/entrees/104" in slide_text(slide)


def test_english_deck(english_story):
    out = BytesIO()
    render_pptx(english_story, out)
    out.seek(0)
    text = "\n".join(slide_text(s) for s in Presentation(out).slides)
    assert "NEXT STOP" in text and "KEY FIGURES" in text and "To be continued…" in text


def test_hostile_text_stays_text(hostile_story):
    out = BytesIO()
    render_pptx(hostile_story, out)
    out.seek(0)
    text = "\n".join(slide_text(s) for s in Presentation(out).slides)
    assert "Carnet <script>" in text


def test_media_are_read_one_at_a_time(story):
    reader = WatchingReader(story.media_reader)
    render_pptx(replace(story, media_reader=reader), BytesIO())
    assert reader.most_open == 1 and reader.open_now == 0
