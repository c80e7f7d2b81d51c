import posixpath
import re
import zipfile
from dataclasses import replace
from io import BytesIO

import pytest

from logbook.export.markdown import render_markdown, slugify
from logbook.export.safe_markdown import safe_markdown, safe_target
from tests.exports.readers import WatchingReader, markdown_as_html, parse_html, split_front_matter
from tests.exports.stories import HOSTILE_LINKS

#: What CommonMark itself makes: any other element came from raw HTML.
COMMONMARK_TAGS = {"p", "a", "img", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br"}
COMMONMARK_TAGS |= {f"h{level}" for level in range(1, 7)}


def front_matter(text: str) -> dict:
    return split_front_matter(text)[0]


def live_targets(name: str, text: str) -> list[str]:
    """The targets of the links and images a lenient viewer makes of a file's Markdown."""
    elements = parse_html(markdown_as_html(split_front_matter(text)[1] if text.startswith("---") else text))
    assert {tag for tag, _ in elements.tags} <= COMMONMARK_TAGS, name
    assert not [attr for _, attrs in elements.tags for attr in attrs if attr.startswith("on")], name
    return [attrs["href"] for attrs in elements.named("a")] + [
        attrs["src"] for attrs in elements.named("img")
    ]


@pytest.fixture(scope="module")
def archive(story):
    out = BytesIO()
    render_markdown(story, out)
    return zipfile.ZipFile(BytesIO(out.getvalue()))


def test_one_folder_per_stage_one_file_per_entry(archive):
    names = set(archive.namelist())
    assert {
        "index.md",
        "01-immersion-et-ecoute-des-habitants/index.md",
        "02-ateliers-de-co-conception/index.md",
        "03-prototypage-sur-la-place/index.md",
        "04-hors-escale/index.md",
    } <= names
    entries = [n for n in names if n.endswith(".md") and not n.endswith("index.md")]
    assert len(entries) == 13
    assert "01-immersion-et-ecoute-des-habitants/2025-02-04-101-premieres-impressions.md" in names


def test_every_entry_has_front_matter(archive, story):
    by_id = {entry.id: entry for entry in story.entries()}
    for name in archive.namelist():
        if name.endswith(".md") and not name.endswith("index.md"):
            fields = front_matter(archive.read(name).decode("utf-8"))
            entry = by_id[fields["id"]]
            assert fields["kind"] == entry.kind
            assert fields["date"] == entry.occurred_at.isoformat()
            assert fields.get("author") == (entry.author_name or None)
            assert fields["tags"] == list(entry.tags)


def test_relative_links_resolve_inside_the_archive(archive):
    names = set(archive.namelist())
    checked = 0
    for name in names:
        if not name.endswith(".md"):
            continue
        for target in live_targets(name, archive.read(name).decode("utf-8")):
            if target.startswith(("http://", "https://")):
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(name), target))
            assert resolved in names, f"{name} -> {target}"
            checked += 1
    assert checked > 30


def test_media_folder_holds_pictures_and_playable_files(archive):
    media = [n for n in archive.namelist() if n.startswith("media/")]
    assert sum(n.endswith(".jpg") for n in media) == 5  # 4 pictures and 1 poster
    assert any(n.endswith(".m4a") for n in media) and any(n.endswith(".mp4") for n in media)


def test_testimonies_respect_consent(archive):
    given = archive.read("01-immersion-et-ecoute-des-habitants/2025-02-12-103-ici-on-se-croise-encore.md")
    assert "> Le samedi, c'est le seul moment" in given.decode("utf-8")
    assert "Josiane Lefèvre" in given.decode("utf-8")
    # Without consent, even the title (often the quote itself) stays out, of the file name too.
    refused = archive.read("02-ateliers-de-co-conception/2025-04-02-202-temoignage.md").decode("utf-8")
    assert "n’a pas donné son accord" in refused
    assert "circulation" not in refused and "Gérard Roux" not in refused
    assert not [name for name in archive.namelist() if "riverain" in name]


def test_raw_html_in_bodies_is_neutralised(hostile_story):
    out = BytesIO()
    render_markdown(hostile_story, out)
    archive = zipfile.ZipFile(BytesIO(out.getvalue()))
    for name in archive.namelist():
        # Front matter holds the data as JSON strings; the Markdown after it is what viewers render.
        text = archive.read(name).decode("utf-8").split("\n---\n", 1)[-1]
        assert not re.search(r"(?<!\\)<(script|img|iframe|style|a)\b", text, re.IGNORECASE), name


def test_media_are_copied_one_at_a_time(story):
    reader = WatchingReader(story.media_reader)
    render_markdown(replace(story, media_reader=reader), BytesIO())
    assert reader.most_open == 1 and reader.open_now == 0


def test_slugs_are_ascii():
    assert slugify("Où s'asseoir, où jouer ?") == "ou-s-asseoir-ou-jouer"
    assert slugify("«»") == "sans-titre"


@pytest.fixture(scope="module")
def hostile_archive(link_story):
    out = BytesIO()
    render_markdown(link_story, out)
    return zipfile.ZipFile(BytesIO(out.getvalue()))


def test_only_web_and_mail_links_and_files_of_the_export_stay_live(hostile_archive):
    names = set(hostile_archive.namelist())
    seen = []
    for name in sorted(n for n in names if n.endswith(".md")):
        for target in live_targets(name, hostile_archive.read(name).decode("utf-8")):
            seen.append(target)
            if re.match(r"(https?|mailto):", target):
                continue
            assert posixpath.normpath(posixpath.join(posixpath.dirname(name), target)) in names, (
                name,
                target,
            )
    # Web and mail links written in bodies stay live; entry links to anything else do not.
    assert "https://ok.example.org/a?b=1&c=2" in seen and "mailto:a@ok.example.org" in seen
    assert "https://ok.example.org/auto" in seen
    assert not [t for t in seen if re.match(r"\W*(javascript|vbscript|data|file):", t, re.I) or "secret" in t]


def test_entry_links_are_web_addresses_that_cannot_break_out(hostile_archive):
    files = {
        front_matter(hostile_archive.read(n).decode("utf-8")).get("id"): n for n in hostile_archive.namelist()
    }
    script = front_matter(hostile_archive.read(files[802]).decode("utf-8"))
    assert "link" not in script
    broken = hostile_archive.read(files[803]).decode("utf-8")
    assert front_matter(broken)["link"].startswith(
        "https://ok.example.org/%3E%5Bx%5D(javascript:alert(24))%3Cb%20"
    )
    targets = live_targets(files[803], broken)
    assert [t for t in targets if t.startswith("https://ok.example.org/")] == [front_matter(broken)["link"]]
    assert "link" not in front_matter(hostile_archive.read(files[804]).decode("utf-8"))


def test_front_matter_is_yaml_with_no_html_whatever_the_title(hostile_archive):
    for name in hostile_archive.namelist():
        if not name.endswith(".md"):
            continue
        text = hostile_archive.read(name).decode("utf-8")
        fields, _ = split_front_matter(text)
        block = text.split("\n---\n", 1)[0]
        assert "<" not in block and ">" not in block, name
        assert all(isinstance(v, str | int | bool | list) for v in fields.values()), name
        if fields.get("id") in (801, 805):
            assert fields["title"].startswith("--- layout: &lt;script&gt;alert('title')&lt;/script&gt; ---")
            assert fields["tags"] == (["&lt;script&gt;", "---"] if fields["id"] == 801 else [])
    index, _ = split_front_matter(hostile_archive.read("index.md").decode("utf-8"))
    assert index["nickname"] == "&lt;i&gt;x&lt;/i&gt;"


@pytest.mark.parametrize("body", HOSTILE_LINKS)
def test_each_hostile_link_is_left_as_text(body):
    written = safe_markdown(body)
    elements = parse_html(markdown_as_html(written))
    assert {tag for tag, _ in elements.tags} <= {"p"}, written
    assert "alert" not in "".join(str(v) for _, attrs in elements.tags for v in attrs.values())


def test_link_targets_are_checked_as_a_browser_reads_them():
    for target in ("https://a.example", "HTTP://a.example", "mailto:x@a.example", " \x01https://a.example"):
        assert safe_target(target), target
    for target in (
        "JaVaScRiPt:x",
        "&#106;avascript:x",
        "java\tscript:x",
        "java\nscript:x",
        "\x00javascript:x",
        "vbscript:x",
        "data:text/html,x",
        "//evil.example",
        "relative.md",
        "",
    ):
        assert not safe_target(target), target
