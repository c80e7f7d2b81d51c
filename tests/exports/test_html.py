import posixpath
import re
import zipfile
from dataclasses import replace
from io import BytesIO

import pytest

from logbook.export.html import render_html, render_site
from tests.exports.readers import WatchingReader, parse_html

RESOURCE_ATTRIBUTES = {
    "img": ("src", "srcset"),
    "audio": ("src",),
    "video": ("src", "poster"),
    "source": ("src", "srcset"),
    "link": ("href",),
    "script": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
}


def resources(elements):
    """(tag, attribute, value) of everything a browser would fetch while showing the page."""
    for tag, attrs in elements.tags:
        for name in RESOURCE_ATTRIBUTES.get(tag, ()):
            if attrs.get(name):
                yield tag, name, attrs[name]


@pytest.fixture(scope="module")
def page(story):
    out = BytesIO()
    render_html(story, out)
    return out.getvalue().decode("utf-8")


def test_page_tells_the_whole_story(page):
    text = " ".join(parse_html(page).text)
    for words in (
        "Revitalisation du centre-bourg de Saint-Éloi",
        "Immersion et écoute des habitants",
        "Ateliers de co-conception",
        "Prototypage sur la place",
        "Hors escale",
        "Prochaine escale",
        "Bilan et passage de relais",
        "le seul moment où l’on se croise encore",
        "Josiane Lefèvre",
    ):
        assert words in text


def test_every_image_is_embedded_and_nothing_is_fetched(page):
    elements = parse_html(page)
    images = elements.named("img")
    # the cover photo, 4 pictures, 1 poster, 1 waveform, 2 QR codes
    assert len(images) == 9
    assert all(attrs["src"].startswith("data:image/") for attrs in images)
    assert all(value.startswith("data:") for _, _, value in resources(elements))
    assert not elements.named("script", "link", "iframe", "object", "embed")
    assert not re.search(r"url\(|@import", page.split("</style>")[0])


def test_pictures_are_embedded_at_display_size(page, story):
    display = story.stages[0].entries[1].media[0].derivatives["display"]
    assert f'width="{display.width}" height="{display.height}"' in page
    assert "data:image/webp;base64," in page


def test_testimony_without_consent_is_not_shown(page):
    assert "n’a pas donné son accord" in " ".join(parse_html(page).text)
    assert "circulation" not in page and "Gérard Roux" not in page


def test_media_are_read_one_at_a_time(story):
    reader = WatchingReader(story.media_reader)
    render_html(replace(story, media_reader=reader), BytesIO())
    assert reader.most_open == 1 and reader.open_now == 0
    # Every media once, and the first pinned photo again for the cover.
    assert len(set(reader.opened)) == 6 and len(reader.opened) == 7


def test_hostile_text_never_becomes_markup(hostile_story):
    out = BytesIO()
    render_html(hostile_story, out)
    page = out.getvalue().decode("utf-8")
    elements = parse_html(page)
    tags = {tag for tag, _ in elements.tags}
    assert not tags & {"script", "iframe", "object", "embed"}
    assert all(attrs["src"].startswith("data:") for attrs in elements.named("img"))
    assert page.count("<style>") == 1  # the page's own stylesheet, in <head>
    assert all(not name.startswith("on") for _, attrs in elements.tags for name in attrs)
    assert all(not (attrs.get("href") or "").startswith("javascript:") for attrs in elements.named("a"))
    assert "tracker.example.com" not in page
    assert '<script>alert("pwned")</script>' in " ".join(elements.text)


@pytest.fixture(scope="module")
def site(story):
    out = BytesIO()
    render_site(story, out)
    return zipfile.ZipFile(BytesIO(out.getvalue()))


def test_site_links_every_media_file_it_holds(site):
    names = set(site.namelist())
    assert "index.html" in names
    elements = parse_html(site.read("index.html").decode("utf-8"))
    referenced = {value for _, _, value in resources(elements) if not value.startswith("data:")}
    assert referenced
    for value in referenced:
        assert posixpath.normpath(value) in names
    assert {name for name in names if name.startswith("media/")} == referenced


def test_site_plays_audio_and_video(site):
    elements = parse_html(site.read("index.html").decode("utf-8"))
    (audio,) = elements.named("audio")
    (video,) = elements.named("video")
    assert audio["src"].endswith(".m4a") and video["src"].endswith(".mp4")
    assert video["poster"].startswith("media/")
    assert not elements.named("script")


def test_site_copies_media_one_stream_at_a_time(story):
    reader = WatchingReader(story.media_reader)
    render_site(replace(story, media_reader=reader), BytesIO())
    assert reader.most_open == 1 and reader.open_now == 0


def assert_nothing_live_but_safe_links(page: str, media_prefix: str) -> list[str]:
    elements = parse_html(page)
    tags = {tag for tag, _ in elements.tags}
    assert not tags & {"script", "iframe", "object", "embed", "frame", "form", "base", "meta-refresh"}
    assert not [name for _, attrs in elements.tags for name in attrs if name.startswith("on")]
    hrefs = [attrs.get("href") or "" for attrs in elements.named("a")]
    for href in hrefs:
        assert href.startswith("#") or re.match(r"(https?|mailto):", href), href
    for attrs in elements.named("img", "video", "audio"):
        for name in ("src", "poster"):
            value = attrs.get(name)
            assert value is None or value.startswith(("data:image/", media_prefix)), value
    return hrefs


def test_hostile_link_targets_stay_dead_in_the_page(link_story):
    out = BytesIO()
    render_html(link_story, out)
    hrefs = assert_nothing_live_but_safe_links(out.getvalue().decode("utf-8"), "data:image/")
    assert "https://ok.example.org/a?b=1&c=2" in hrefs and "mailto:a@ok.example.org" in hrefs


def test_hostile_link_targets_stay_dead_in_the_site(link_story):
    out = BytesIO()
    render_site(link_story, out)
    site = zipfile.ZipFile(BytesIO(out.getvalue()))
    hrefs = assert_nothing_live_but_safe_links(site.read("index.html").decode("utf-8"), "media/")
    assert "https://ok.example.org/auto" in hrefs
