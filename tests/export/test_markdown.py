import json
import posixpath
import re
import zipfile
from dataclasses import replace
from io import BytesIO

import pytest

from logbook.export.markdown import render_markdown, slugify
from tests.export.readers import WatchingReader

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    block = text.split("\n---\n", 1)[0].removeprefix("---\n")
    fields = {}
    for line in block.splitlines():
        key, _, value = line.partition(": ")
        fields[key] = json.loads(value)
    return fields


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
        for target in LINK.findall(archive.read(name).decode("utf-8")):
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
    assert "n'a pas donné son accord" in refused
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
