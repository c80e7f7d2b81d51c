"""Slides read back with python-pptx: tables, lists and code are real slide objects, long
notes go on over several slides, a recorded testimony keeps its audio, and the title
slide shows its whole photo."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from logbook.export.pptx import render_pptx
from logbook.export.slide_blocks import Code, Items, Table, Text, markdown_blocks, paginate
from tests.exports.stories import at, entry

TABLE_NOTE = """## Comptages

| Lieu | Février | Juillet |
| --- | --- | --- |
| Place de l'Église | 0 | 35 |
| Rue Émile-Zola | 2 | 9 |

1. Des bancs à l'ombre
2. Un espace de jeux
   - près de l'école
   - sous les arbres
3. Moins de voitures

```
compter(place='Église', heure="14:30")
```
"""


def deck_of(story) -> Presentation:
    out = BytesIO()
    render_pptx(story, out)
    out.seek(0)
    return Presentation(out)


def with_unstaged(story, *entries):
    return replace(story, unstaged=entries)


def slides_titled(deck, prefix: str):
    return [s for s in deck.slides if s.shapes.title.text.startswith(prefix)]


def test_markdown_blocks_are_read_as_blocks():
    blocks = markdown_blocks(TABLE_NOTE)
    assert [type(b) for b in blocks] == [Text, Table, Items, Code]
    assert blocks[1].rows[1] == ("Place de l'Église", "0", "35")
    assert [(i.text, i.level, i.number) for i in blocks[2].items][:3] == [
        ("Des bancs à l'ombre", 0, 1),
        ("Un espace de jeux", 0, 2),
        ("près de l'école", 1, None),
    ]
    assert blocks[2].items[-1].number == 3


def test_a_note_with_a_table_a_list_and_code_becomes_real_slide_objects(story):
    note = entry(970, "note", "Les comptages", TABLE_NOTE, at("2025-08-22"), author_name="Léo Martin")
    deck = deck_of(with_unstaged(story, note))
    (slide,) = slides_titled(deck, "Les comptages")
    tables = [shape.table for shape in slide.shapes if shape.has_table]
    assert len(tables) == 1
    table = tables[0]
    assert len(table.rows) == 3 and len(table.columns) == 3
    assert table.cell(1, 0).text == "Place de l’Église" and table.cell(2, 2).text == "9"
    paragraphs = [p for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs]
    numbered = [
        p for p in paragraphs if p._p.pPr is not None and p._p.pPr.find(qn("a:buAutoNum")) is not None
    ]
    bulleted = [p for p in paragraphs if p._p.pPr is not None and p._p.pPr.find(qn("a:buChar")) is not None]
    assert [p.text for p in numbered] == ["Des bancs à l’ombre", "Un espace de jeux", "Moins de voitures"]
    assert [p.text for p in bulleted] == ["près de l’école", "sous les arbres"] and bulleted[0].level == 1
    code = [p for p in paragraphs if p.runs and p.runs[0].font.name == "Courier New"]
    assert [p.text for p in code] == ["compter(place='Église', heure=\"14:30\")"]  # as typed
    # Read at a distance: nothing of the body under 12 pt (the flattened note had 7 pt).
    sizes = [run.font.size.pt for p in numbered + bulleted + code for run in p.runs]
    sizes += [run.font.size.pt for c in table.iter_cells() for p in c.text_frame.paragraphs for run in p.runs]
    assert min(sizes) >= 12


def test_a_long_note_goes_on_over_several_slides_without_losing_a_word(story):
    paragraphs = [
        f"Paragraphe {n} : " + "des mots qui racontent la place, " * 12 + f"fin{n}." for n in range(8)
    ]
    rows = "\n".join(f"| ligne{n} | {n} |" for n in range(30))
    body = "\n\n".join(paragraphs) + "\n\n| Quoi | Combien |\n| --- | --- |\n" + rows
    note = entry(971, "note", "Le compte rendu", body, at("2025-08-23"))
    deck = deck_of(with_unstaged(story, note))
    slides = slides_titled(deck, "Le compte rendu (")
    assert len(slides) >= 3
    assert [s.shapes.title.text for s in slides] == [
        f"Le compte rendu ({n}/{len(slides)})" for n in range(1, len(slides) + 1)
    ]
    text = "\n".join(shape.text_frame.text for s in slides for shape in s.shapes if shape.has_text_frame)
    for n in range(8):
        assert f"fin{n}." in text
    cells = [
        shape.table.cell(r, 0).text
        for s in slides
        for shape in s.shapes
        if shape.has_table
        for r in range(len(shape.table.rows))
    ]
    assert sorted(c for c in cells if c.startswith("ligne")) == sorted(f"ligne{n}" for n in range(30))
    assert cells.count("Quoi") >= 2  # the header row goes on with the table


def test_paginate_keeps_every_block_and_never_makes_an_empty_slide():
    blocks = markdown_blocks("\n\n".join(["Un mot " * 200] * 3))
    pages = paginate(blocks, 11.5, 3.9)
    assert all(pages)
    words = " ".join(b.text for page in pages for b in page).split()
    assert len(words) == 3 * 400


def test_a_pinned_testimony_keeps_its_audio(story):
    capsule = story.stages[0].entries[3].media[0]
    recorded = entry(
        972,
        "testimony",
        "La boulangère",
        "On a vu la place se vider, année après année.",
        at("2025-08-24"),
        speaker_name="Hélène",
        consent=True,
        pinned=True,
        media=(capsule,),
    )
    deck = deck_of(with_unstaged(story, recorded))
    (slide,) = slides_titled(deck, "La boulangère")
    pictures = [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 2  # the waveform and the QR code
    text = "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
    assert "https://carnet.exemple.gouv.fr/carnets/saint-eloi/entrees/972" in text
    assert "Écouter en ligne" in text and "année après année" in text


def test_the_title_slide_shows_its_whole_photo(story):
    deck = deck_of(story)
    pictures = [shape for shape in deck.slides[0].shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 1
    photo = pictures[0]
    assert max(photo.crop_left, photo.crop_right, photo.crop_top, photo.crop_bottom) == pytest.approx(0)
    with Image.open(BytesIO(photo.image.blob)) as image:
        ratio = image.width / image.height
    assert photo.width / photo.height == pytest.approx(ratio, rel=0.02)
