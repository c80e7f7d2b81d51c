"""A testimony without consent leaves nothing but its kind and date in any export.

Every format is read back with a reader of its own (pdftotext and pypdf, python-pptx,
an HTML parser, a ZIP listing, a JSON parser) and searched for each distinctive word
of a withheld testimony: title, words, speaker, role, author, tags, link, captions,
alt text, transcript, its address and its media files. A consented testimony written
the same way is the control: its words must be found.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from logbook.export.formats import FORMATS, download_name
from logbook.export.html import render_html, render_site
from logbook.export.markdown import render_markdown
from logbook.export.pdf import render_pdf
from logbook.export.pptx import render_pptx
from logbook.export.story import StoryEntry, with_counts
from logbook.export.timelinejs import render_timelinejs
from tests.exports.readers import WatchingReader, parse_html, pdf_text
from tests.exports.stories import MediaFactory, at, build_story, draw_scene, entry

#: Words of the withheld testimony, each in one field; none may leave Carnet.
SECRET = {
    "title": "Zorglubtitre",
    "body": "Quokkaparole",
    "speaker": "Lampionnom",
    "role": "Xylorole",
    "author": "Auteurzorg",
    "tag": "tagzorg",
    "link": "linkzorg",
    "caption": "Capcachee",
    "alt": "Altcachee",
    "transcript": "Transcachee",
    "address": "entrees/777",
}
#: Words of the consented testimony, which must be shown.
SHOWN = {"title": "Ouvertitre", "body": "Ouverteparole", "speaker": "Ouvertnom"}


@pytest.fixture(scope="module")
def consent_story(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("consent-media")
    story = build_story(root)
    media = MediaFactory(root)
    media.next_id = 700
    picture = media.image(draw_scene(800, 600, 2), caption=SECRET["caption"], alt=SECRET["alt"])
    capsule = media.audio(caption=SECRET["caption"], transcript=SECRET["transcript"], duration=42.0)
    withheld = entry(
        777,
        "testimony",
        # People title a testimony with the quote itself.
        f"« {SECRET['title']}, dit-elle »",
        f"**{SECRET['body']}** : je ne veux pas que cela se sache.",
        at("2025-04-03", 9),
        author_name=SECRET["author"],
        tags=(SECRET["tag"],),
        speaker_name=SECRET["speaker"],
        speaker_role=SECRET["role"],
        link_url=f"https://secret.example.org/{SECRET['link']}",
        consent=False,
        pinned=True,
        media=(picture, capsule),
    )
    given = entry(
        778,
        "testimony",
        f"« {SHOWN['title']} »",
        f"{SHOWN['body']} : vous pouvez me citer.",
        at("2025-04-04", 9),
        author_name="Amélie Durand",
        speaker_name=SHOWN["speaker"],
        consent=True,
        pinned=True,
    )
    workshops = story.stages[1]
    stage = replace(workshops, entries=(withheld, given, *workshops.entries))
    # The withheld entry opens the story, so a cover photo would be its picture.
    first = replace(story.stages[0], entries=(replace(withheld, id=776), *story.stages[0].entries))
    story = with_counts(replace(story, stages=(first, stage, story.stages[2])))
    return story, [obj.key for m in (picture, capsule) for obj in m.derivatives.values()]


def assert_withheld(text: str, where: str) -> None:
    folded = text.casefold()
    for field, word in SECRET.items():
        assert word.casefold() not in folded, f"the withheld testimony's {field} is in {where}"


def assert_shown(text: str, where: str) -> None:
    for field, word in SHOWN.items():
        assert word in text, f"the consented testimony's {field} is missing from {where}"


def render(renderer, story) -> bytes:
    out = BytesIO()
    renderer(story, out)
    return out.getvalue()


def zip_texts(payload: bytes) -> tuple[list[str], str]:
    archive = zipfile.ZipFile(BytesIO(payload))
    names = archive.namelist()
    texts = [archive.read(n).decode("utf-8") for n in names if n.endswith((".md", ".html"))]
    return names, "\n".join(texts)


def test_a_testimony_without_consent_keeps_only_its_kind_and_date():
    when = at("2025-04-03", 9)
    withheld = entry(
        9,
        "testimony",
        "« La citation »",
        "La citation entière.",
        when,
        author_name="Auteur",
        tags=("t",),
        speaker_name="Nom",
        speaker_role="Rôle",
        link_url="https://exemple.org",
        pinned=True,
    )
    assert (withheld.kind, withheld.occurred_at, withheld.consent) == ("testimony", when, False)
    assert (withheld.title, withheld.body_markdown, withheld.author_name, withheld.tags) == ("", "", "", ())
    assert (withheld.speaker_name, withheld.speaker_role, withheld.link_url, withheld.url) == (
        None,
        None,
        None,
        "",
    )
    assert withheld.media == () and not withheld.pinned and withheld.withheld
    # Copies made with replace() are withheld too; a consented one keeps everything.
    assert replace(withheld, title="Encore").title == ""
    given = StoryEntry(9, "testimony", "Titre", "Mots", when, speaker_name="Nom", consent=True)
    assert (given.title, given.body_markdown, given.speaker_name) == ("Titre", "Mots", "Nom")


def test_pdf_shows_nothing_of_a_testimony_without_consent(consent_story, tmp_path: Path):
    story, _ = consent_story
    path = tmp_path / "story.pdf"
    path.write_bytes(render(render_pdf, story))
    text = pdf_text(path)
    reader = PdfReader(path)

    def titles(outline) -> list[str]:
        return [t for item in outline for t in (titles(item) if isinstance(item, list) else [item.title])]

    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    for part, where in ((text, "the PDF's text"), (" ".join(titles(reader.outline)), "its outline")):
        assert_withheld(part, where)
    assert_withheld(metadata, "its metadata")
    assert_shown(text, "the PDF")
    assert "n’a pas donné son accord" in text


def test_slides_show_nothing_of_a_testimony_without_consent(consent_story):
    story, _ = consent_story
    deck = Presentation(BytesIO(render(render_pptx, story)))
    texts = []
    for slide in deck.slides:
        texts += [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        if slide.has_notes_slide:
            texts.append(slide.notes_slide.notes_text_frame.text)
    core = deck.core_properties
    texts += [core.title or "", core.subject or "", core.keywords or ""]
    assert_withheld("\n".join(texts), "the slides")
    assert_shown("\n".join(texts), "the slides")


def test_html_page_shows_nothing_of_a_testimony_without_consent(consent_story):
    story, keys = consent_story
    reader = WatchingReader(story.media_reader)
    page = render(render_html, replace(story, media_reader=reader)).decode("utf-8")
    elements = parse_html(page)
    attributes = " ".join(str(v) for _, attrs in elements.tags for v in attrs.values())
    assert_withheld(" ".join(elements.text), "the page's text")
    assert_withheld(attributes, "the page's attributes")
    assert_withheld(page, "the page")
    assert_shown(" ".join(elements.text), "the page")
    assert not set(reader.opened) & set(keys), "the testimony's media were embedded"


def test_site_shows_nothing_of_a_testimony_without_consent(consent_story):
    story, keys = consent_story
    names, texts = zip_texts(render(render_site, story))
    assert_withheld("\n".join(names), "the site's file names")
    assert_withheld(texts, "the site's pages")
    assert_shown(texts, "the site")
    media_ids = {key.split("/")[1] for key in keys}
    assert not [n for n in names if any(f"-{media_id}-" in n for media_id in media_ids)]


def test_markdown_shows_nothing_of_a_testimony_without_consent(consent_story):
    story, _ = consent_story
    names, texts = zip_texts(render(render_markdown, story))
    assert_withheld("\n".join(names), "the Markdown file names")
    assert_withheld(texts, "the Markdown files")
    assert_shown(texts, "the Markdown files")
    assert not [n for n in names if n.startswith(("media/700-", "media/701-"))]
    withheld = [n for n in names if "-777-" in n]
    assert withheld and all("temoignage" in n or "testimony" in n for n in withheld)


def test_timelinejs_shows_nothing_of_a_testimony_without_consent(consent_story):
    story, _ = consent_story
    document = json.loads(render(render_timelinejs, story))
    assert_withheld(json.dumps(document, ensure_ascii=False), "the timeline")
    event = next(e for e in document["events"] if e["unique_id"] == "entry-777")
    assert event["text"]["headline"].casefold() == "témoignage" and "media" not in event
    assert_shown(json.dumps(document, ensure_ascii=False), "the timeline")


def test_contributors_counted_from_withheld_testimonies_are_not_named(consent_story):
    story, _ = consent_story
    assert SECRET["author"] not in story.contributors
    assert story.counts["testimony"] == 5  # two of the story, three added here: still counted by kind
    for fmt in FORMATS.values():
        assert_withheld(download_name(story, fmt), f"the {fmt.name} download name")
