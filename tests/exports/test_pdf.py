import re
import subprocess
from dataclasses import replace
from io import BytesIO

import pytest

from logbook.export.pdf import StoryFetcher, render_pdf
from tests.exports.readers import WatchingReader, page_images, pdf_pages, pdf_text, pixel_spread


@pytest.fixture(scope="module")
def pdf(story, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "story.pdf"
    with path.open("wb") as out:
        render_pdf(story, out)
    return path


@pytest.fixture(scope="module")
def text(pdf):
    return pdf_text(pdf)


def test_cover_tells_name_nickname_period_contributors_and_counts(text):
    cover = text.split("\f")[0]
    # The title wraps after "centre-": pdftotext joins the two halves.
    assert "Revitalisation du centre" in cover and "bourg de Saint-Éloi" in cover
    assert "Fil d’Ariane" in cover
    assert "Du 4 février 2025 au 21 août 2025" in cover
    assert "Chloé Nguyễn" in cover
    for what in ("notes", "photos", "témoignages", "capsule audio", "dessin", "vidéo", "lien"):
        assert what in cover


def test_contents_lists_every_stage_with_its_page_number(text):
    contents = text.split("\f")[1]
    assert "Sommaire" in contents
    pages = text.split("\f")
    for title in (
        "Immersion et écoute des habitants",
        "Ateliers de co-conception",
        "Prototypage sur la place",
        "Hors escale",
    ):
        match = re.search(re.escape(title) + r"[ .]*?(\d+)\s*$", contents, re.MULTILINE)
        assert match, title
        assert title in pages[int(match[1]) - 1]


def test_every_stage_is_a_chapter_with_its_summary(text):
    for title in (
        "Immersion et écoute des habitants",
        "Ateliers de co-conception",
        "Prototypage sur la place",
    ):
        assert text.count(title) >= 2  # contents and chapter (and running header)
    assert "comprendre les usages" in text


def test_testimony_with_consent_is_quoted_with_speaker_and_role(text):
    assert "le seul moment où l’on se croise encore" in text
    assert "Josiane Lefèvre" in text and "présidente de l’union des commerçants" in text


def test_testimony_without_consent_is_replaced_by_a_notice(text):
    assert "n’a pas donné son accord" in text
    assert "circulation" not in text and "Gérard Roux" not in text


def test_audio_and_video_link_to_the_entry(text):
    assert "Écouter en ligne" in text and "Voir en ligne" in text
    assert "https://carnet.exemple.gouv.fr/carnets/saint-eloi/entrees/104" in text
    assert "Durée 2:14" in text


def test_next_stop_and_closing_pages(text):
    pages = text.split("\f")
    assert any("PROCHAINE ESCALE" in page and "Bilan et passage de relais" in page for page in pages[-3:])
    assert "À suivre" in pages[-2] or "À suivre" in pages[-1]


def test_pages_are_numbered(text, pdf):
    count = pdf_pages(pdf)
    assert count >= 10
    assert f"3 / {count}" in text.split("\f")[2]


def test_no_page_is_blank(pdf, tmp_path):
    images = page_images(pdf, tmp_path)
    assert len(images) == pdf_pages(pdf)
    for image in images:
        assert pixel_spread(image) > 3, image.name


def test_photos_are_printed_from_their_display_jpeg(story):
    reader = WatchingReader(story.media_reader)
    render_pdf(replace(story, media_reader=reader), BytesIO())
    assert reader.opened
    assert all(key.endswith(("display-jpeg.jpg", "poster-jpeg.jpg", "peaks.json")) for key in reader.opened)
    assert reader.open_now == 0


def test_english_story_has_english_labels(english_story, tmp_path):
    path = tmp_path / "en.pdf"
    with path.open("wb") as out:
        render_pdf(english_story, out)
    text = pdf_text(path)
    assert "Contents" in text and "Next stop" in text and "February 4, 2025" in text
    assert "did not consent" in text
    assert "Sommaire" not in text


def test_hostile_text_is_printed_as_text_never_run(hostile_story, tmp_path):
    path = tmp_path / "hostile.pdf"
    with path.open("wb") as out:
        render_pdf(hostile_story, out)
    raw = path.read_bytes()
    assert b"/JavaScript" not in raw and b"/JS" not in raw
    text = pdf_text(path)
    assert '<script>alert("pwned")</script>' in text
    assert "<img src=y onerror=alert(4)>" in text


def test_the_pdf_fetcher_reaches_neither_network_nor_disk(story):
    fetcher = StoryFetcher(story, {})
    for url in (
        "http://tracker.example.com/p.png",
        "https://exemple.fr/a.css",
        "file:///etc/passwd",
        "carnet-media:derived/1/display-jpeg.jpg",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_pdf_carries_the_story_metadata(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "Revitalisation du centre-bourg de Saint-Éloi" in info
    assert "Amélie Durand, Léo Martin, Chloé Nguyễn" in info
