"""Translations: compiled from the .po files at start, English complete."""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po

from logbook.i18n import SOURCE_DIR, compile_catalogues


def test_every_catalogue_compiles_into_the_instance_folder(tmp_path):
    written = compile_catalogues(SOURCE_DIR, str(tmp_path))
    assert {p.split("/")[-3] for p in written} == {"fr", "en"}
    assert compile_catalogues(SOURCE_DIR, str(tmp_path)) == []  # up to date: nothing to do


def test_english_catalogue_is_complete():
    with open(f"{SOURCE_DIR}/en/LC_MESSAGES/messages.po", "rb") as handle:
        catalog = read_po(handle)
    missing = [
        m.id for m in catalog if m.id and not (m.string if isinstance(m.string, str) else all(m.string))
    ]
    assert not missing


def test_every_message_of_the_pages_has_an_english_translation():
    from babel.messages.extract import extract_from_dir

    root = Path(SOURCE_DIR).parent
    method_map = [("**.py", "python"), ("**/templates/**.html", "jinja2")]
    with open(f"{SOURCE_DIR}/en/LC_MESSAGES/messages.po", "rb") as handle:
        known = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    found = {
        (message if isinstance(message, str) else message[0])
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(root), method_map, keywords={"_": None, "gettext": None, "ngettext": (1, 2), "_l": None}
        )
    }
    assert sorted(found - known) == []
