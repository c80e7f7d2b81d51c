"""The PDF's layout read back by poppler: a cover that stays one page, long addresses that
stay inside the margins, photos kept with their caption without forcing a page each."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from logbook.export.pdf import render_pdf
from logbook.export.story import StoryStage, with_counts
from tests.exports.readers import pdf_images_per_page, pdf_pages, pdf_text, pdf_words
from tests.exports.stories import MediaFactory, at, draw_scene, entry

MM = 72 / 25.4
RIGHT_MARGIN = 20 * MM  # print.css: @page margin, right


def render(story, path: Path) -> Path:
    with path.open("wb") as out:
        render_pdf(story, out)
    return path


def long_description() -> str:
    sentence = (
        "Le projet réunit la mairie, les commerçants et les habitants autour de la place, "
        "pour comprendre ce qui la vide et essayer, à petits pas, ce qui la ferait revivre. "
    )
    text = (sentence * 8)[:1290].rsplit(" ", 1)[0] + " Fin de la présentation."
    assert 1250 <= len(text) <= 1350
    return text


def test_a_long_description_goes_to_an_introduction_page_and_the_cover_stays_one_page(story, tmp_path):
    description = long_description()
    pdf = render(replace(story, description=description), tmp_path / "long.pdf")
    pages = pdf_text(pdf).split("\f")
    cover, second = (" ".join(page.split()) for page in pages[:2])
    assert "Revitalisation du centre" in cover and "Document généré le" in cover
    assert "CE QUE CONTIENT LE CARNET" in cover
    assert "Fin de la présentation" not in cover
    assert "Présentation" in second and "Fin de la présentation." in second
    # Nothing of the cover was carried over to page 2.
    assert "Document généré le" not in second and "CE QUE CONTIENT" not in second
    assert "Sommaire" in pages[2]


def test_a_short_description_stays_on_the_cover(story, tmp_path):
    pages = pdf_text(render(story, tmp_path / "short.pdf")).split("\f")
    assert "redonner vie à la place" in pages[0] and "Sommaire" in pages[1]


def test_a_200_character_address_and_a_long_word_stay_inside_the_text_box(story, tmp_path):
    url = "https://www.saint-eloi.example.fr/documents/" + "compte-rendu-atelier-" * 7
    url = (url + "x" * 200)[:200]
    word = "Anticonstitutionnellement" * 6
    note = entry(
        960,
        "note",
        "Une adresse très longue",
        f"Voir {url} et aussi {word} dans le texte.",
        at("2025-08-22"),
    )
    link = entry(961, "link", "Le lien", "", at("2025-08-23"), link_url=url)
    pdf = render(replace(story, unstaged=(note, link)), tmp_path / "url.pdf")
    pages = pdf_words(pdf)
    found = 0
    for words in pages:
        for text, _left, right, width in words:
            assert right <= width - RIGHT_MARGIN + 1, f"{text!r} ends at {right:.0f} of {width:.0f} pt"
        joined = "".join(text for text, *_ in words)
        found += joined.count(url)
    assert found >= 2  # the body and the link, every character printed
    assert any(word in "".join(text for text, *_ in words) for words in pages)


@pytest.fixture(scope="module")
def photo_story(story, tmp_path_factory):
    media = MediaFactory(tmp_path_factory.mktemp("photos"))
    entries = []
    for index in range(8):
        size = (1600, 1000) if index % 3 else (1000, 1400)
        picture = media.image(draw_scene(*size, index), caption=f"Légende numéro {index + 1}.")
        entries.append(
            entry(
                600 + index,
                "photo",
                f"Photo numéro {index + 1}",
                "Un court texte qui accompagne la photo, sur deux lignes peut-être, "
                "pour voir ce que donne la mise en page.",
                at(f"2025-03-0{index + 1}"),
                author_name="Léo Martin",
                media=(picture,),
            )
        )
    stage = StoryStage(id=1, title="Huit photos", entries=tuple(entries), reached=True)
    return with_counts(
        replace(story, stages=(stage,), unstaged=(), next_stop=None, media_reader=media_reader(media))
    )


def media_reader(factory: MediaFactory):
    from logbook.export.story import DirectoryMediaReader

    return DirectoryMediaReader(factory.root)


def test_photos_stay_with_their_caption_without_a_page_each(photo_story, tmp_path):
    pdf = render(photo_story, tmp_path / "photos.pdf")
    # Cover, contents, next stop and closing, and the 8 entries on 6 pages (8 before:
    # a whole entry was kept on one page, leaving half of the page before it empty).
    assert pdf_pages(pdf) <= 10
    pages = pdf_text(pdf).split("\f")
    images = pdf_images_per_page(pdf)
    for index in range(8):
        page = next(n for n, text in enumerate(pages, start=1) if f"Légende numéro {index + 1}." in text)
        captions_here = sum(f"Légende numéro {i + 1}." in pages[page - 1] for i in range(8))
        assert images.get(page, 0) >= captions_here, f"photo {index + 1} is not on its caption's page"
