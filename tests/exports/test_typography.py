"""French typography and plurals in every format, read back by tools of their own:
pdftotext (apostrophes) and pypdf (the no-break spaces, which pdftotext prints as
spaces), python-pptx, an HTML parser, a JSON parser."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from io import BytesIO

import pytest
from pptx import Presentation
from pypdf import PdfReader

from logbook.export.html import render_html
from logbook.export.labels import counted
from logbook.export.pdf import render_pdf
from logbook.export.pptx import render_pptx
from logbook.export.timelinejs import render_timelinejs
from logbook.export.typography import NBSP, NNBSP, typeset, typeset_html
from tests.exports.readers import parse_html, pdf_text
from tests.exports.stories import at, entry

URL = "https://www.saint-eloi.example.fr/l'atelier?jour=1:2;x=y!"
CODE = "l'adresse : x ; y"
BLOCK = "print('a : b ?')"


@pytest.fixture(scope="module")
def typo_story(story):
    body = f"Qu'en pense-t-on ? Voir `{CODE}` et <{URL}>.\n\n```\n{BLOCK}\n```\n\nRéponse : « oui » !"
    note = entry(
        950,
        "note",
        "Ce qu'il faut retenir : la place",
        body,
        at("2025-08-22"),
        author_name="Chloé Nguyễn",
        pinned=True,
    )
    link = entry(951, "link", "L'article", "", at("2025-08-23"), author_name="Chloé Nguyễn", link_url=URL)
    return replace(story, unstaged=(*story.unstaged, note, link))


def words_only(text: str) -> str:
    """The text without what must stay as typed: addresses and code."""
    for kept in (URL, CODE, BLOCK, URL.split("?")[0]):
        text = text.replace(kept, "")
    return re.sub(r"https?://\S+", "", text)


def test_typeset_follows_french_rules_and_leaves_addresses_alone():
    assert typeset("Fil d'Ariane") == "Fil d’Ariane"
    assert (
        typeset("Capsule : la boulangère ; vraiment ?!")
        == f"Capsule{NNBSP}: la boulangère{NNBSP}; vraiment{NNBSP}?!"
    )
    assert typeset("«Ici»") == f"«{NBSP}Ici{NBSP}»"
    assert typeset("à 14:30, durée 2:14") == "à 14:30, durée 2:14"
    assert typeset(f"voir {URL} !") == f"voir {URL}{NNBSP}!"
    assert typeset(typeset("« Qu'il ? »")) == typeset("« Qu'il ? »")
    assert typeset("Don't : stop", "en") == "Don't : stop"
    html = typeset_html(
        f"<p>qu'il : <code>{CODE}</code></p><pre><code>{BLOCK}</code></pre><a href=\"{URL}\">l'a</a>"
    )
    assert (
        html
        == f'<p>qu’il{NNBSP}: <code>{CODE}</code></p><pre><code>{BLOCK}</code></pre><a href="{URL}">l’a</a>'
    )


def test_french_plurals():
    assert counted("contributors", 1, "fr") == "1 contributrice ou contributeur"
    assert counted("contributors", 2, "fr") == "2 contributrices et contributeurs"
    assert counted("entries", 0, "fr") == "0 contribution"
    assert counted("entries", 2, "fr") == "2 contributions"
    assert counted("entries", 0, "en") == "0 entries"


@pytest.fixture(scope="module")
def pdf(typo_story, tmp_path_factory):
    path = tmp_path_factory.mktemp("typo") / "story.pdf"
    with path.open("wb") as out:
        render_pdf(typo_story, out)
    return path


def test_pdf_has_typographic_apostrophes_except_in_addresses_and_code(pdf):
    text = pdf_text(pdf)
    assert "Fil d’Ariane" in text and "FIL D’ARIANE" in text and "Qu’en pense-t-on" in text
    assert "'" not in words_only(text), [line for line in words_only(text).splitlines() if "'" in line]
    assert CODE in text and BLOCK in text  # code is printed as typed
    assert "l'atelier?jour=1:2;x=y!" in text.replace("\n", "")  # so is the address


def test_pdf_has_narrow_no_break_spaces_before_colons_and_inside_guillemets(pdf):
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert f"Capsule{NNBSP}: la boulangère" in text
    assert f"Prochaine escale{NNBSP}: Bilan" in text
    assert f"pense-t-on{NNBSP}?" in text
    assert f"«{NBSP}Ici, on se croise encore{NBSP}»" in text
    # Before ; : ? ! there is never an ordinary (breakable) space (the address, split
    # over lines, is joined again first).
    assert not re.search(r" [;:?!]", words_only(text.replace("\n", "")))


def test_slides_have_french_typography_and_plurals(typo_story):
    out = BytesIO()
    render_pptx(typo_story, out)
    out.seek(0)
    deck = Presentation(out)
    texts = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
        texts.append(slide.notes_slide.notes_text_frame.text)
    text = "\n".join(texts)
    assert "FIL D’ARIANE" in text and f"Capsule{NNBSP}: la boulangère" in text
    assert "'" not in words_only(text)
    assert not re.search(r" [;:?!]", words_only(text))
    unstaged = next(s for s in deck.slides if s.shapes.title.text == "Hors escale")
    figures = "\n".join(shape.text_frame.text for shape in unstaged.shapes if shape.has_text_frame)
    assert "contributrice ou contributeur" in figures
    assert "contributrices" not in figures


def test_web_page_has_french_typography_outside_code_and_addresses(typo_story):
    out = BytesIO()
    render_html(typo_story, out)
    page = out.getvalue().decode("utf-8")
    body = page.split("<body>", 1)[1]
    parsed = parse_html(body)
    text = "".join(parsed.text)
    assert "'" not in words_only(text)
    assert CODE in text and BLOCK in text
    assert f"«{NBSP}oui{NBSP}»{NNBSP}!" in text
    assert URL in [attrs.get("href") for attrs in parsed.named("a")]


def test_timeline_has_french_typography_but_untouched_addresses(typo_story):
    out = BytesIO()
    render_timelinejs(typo_story, out)
    document = json.loads(out.getvalue())
    event = next(e for e in document["events"] if e["unique_id"] == "entry-950")
    assert event["text"]["headline"] == f"Ce qu’il faut retenir{NNBSP}: la place"
    assert CODE.replace("'", "&#x27;") in event["text"]["text"] or CODE in event["text"]["text"]
    linked = next(e for e in document["events"] if e["unique_id"] == "entry-951")
    assert linked["media"]["url"] == URL
