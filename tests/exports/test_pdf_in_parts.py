"""A big story's PDF is laid out one chapter at a time: the reader sees the same document."""

import re

import pytest
from pypdf import PdfReader

import logbook.export.pdf
from logbook.export.pdf import render_pdf
from tests.exports.readers import pdf_pages, pdf_text

CHAPTERS = (
    "Immersion et écoute des habitants",
    "Ateliers de co-conception",
    "Prototypage sur la place",
    "Hors escale",
)


@pytest.fixture(scope="module")
def parts_pdf(story, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf-parts") / "story.pdf"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(logbook.export.pdf, "PARTS_ABOVE", 0)
        with path.open("wb") as out:
            render_pdf(story, out)
    return path


def check_contents(path) -> list[str]:
    pages = pdf_text(path).split("\f")
    contents = pages[1]
    for title in CHAPTERS:
        match = re.search(re.escape(title) + r"[ .]*?(\d+)\s*$", contents, re.MULTILINE)
        assert match, title
        assert title in pages[int(match[1]) - 1]
    return pages


def test_contents_give_each_chapter_its_first_page(parts_pdf):
    check_contents(parts_pdf)


def test_a_long_chapter_goes_on_in_pieces_under_its_running_head(story, monkeypatch, tmp_path):
    monkeypatch.setattr(logbook.export.pdf, "PARTS_ABOVE", 0)
    monkeypatch.setattr(logbook.export.pdf, "ENTRIES_PER_PART", 1)
    path = tmp_path / "pieces.pdf"
    with path.open("wb") as out:
        render_pdf(story, out)
    pages = check_contents(path)
    first = story.stages[0]
    assert len(first.entries) > 1
    running = [page for page in pages if first.title in page and "ESCALE 1" not in page]
    assert len(running) >= len(first.entries) - 1  # continuation pages carry the chapter's title


def test_contents_link_to_the_chapters(parts_pdf):
    reader = PdfReader(parts_pdf)
    targets = []
    for annotation in reader.pages[1].get("/Annots", []):
        annotation = annotation.get_object()
        if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation:
            targets.append(reader.get_page_number(annotation["/Dest"][0].get_object()) + 1)
    assert len(targets) == len(set(targets))  # one link a line
    text_pages = pdf_text(parts_pdf).split("\f")
    assert len(targets) >= len(CHAPTERS)
    for title, page in zip(CHAPTERS, targets, strict=False):
        assert title in text_pages[page - 1]


def test_pages_run_on_from_part_to_part_with_the_total(parts_pdf):
    pages = pdf_text(parts_pdf).split("\f")
    count = pdf_pages(parts_pdf)
    assert count >= 10
    for number in range(2, count + 1):
        assert re.search(rf"(^|\n)\s*{number} / {count}\s*(\n|$)", pages[number - 1]), number
    assert f"/ {count}" not in pages[0]  # the cover has no footer


def test_outline_and_metadata_survive(parts_pdf):
    reader = PdfReader(parts_pdf)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    for title in CHAPTERS[:3]:
        assert any(title in outline for outline in titles), titles
    assert "Saint-Éloi" in (reader.metadata.title or "")
    assert "Chloé Nguyễn" in (reader.metadata.author or "")


def test_progress_rises_to_one_and_missing_media_are_left_out(story, monkeypatch, tmp_path):
    from dataclasses import replace
    from io import BytesIO

    from logbook.export.story import DictMediaReader

    monkeypatch.setattr(logbook.export.pdf, "PARTS_ABOVE", 0)
    seen: list[float] = []
    out = BytesIO()
    render_pdf(replace(story, media_reader=DictMediaReader({})), out, progress=seen.append)
    assert out.getvalue().startswith(b"%PDF")
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
