import ast
from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pytest

import logbook.export
from logbook.export.html import render_html, render_site
from logbook.export.markdown import render_markdown
from logbook.export.pdf import render_pdf
from logbook.export.pptx import render_pptx
from logbook.export.story import DictMediaReader
from logbook.export.timelinejs import render_timelinejs

RENDERERS = [render_pdf, render_pptx, render_html, render_site, render_markdown, render_timelinejs]


@pytest.mark.parametrize("render", RENDERERS, ids=lambda r: r.__name__)
def test_progress_rises_to_one(story, render):
    seen: list[float] = []
    out = BytesIO()
    render(story, out, progress=seen.append)
    assert out.getvalue()
    assert seen and seen[-1] == 1.0
    assert seen == sorted(seen) and all(0.0 <= value <= 1.0 for value in seen)


@pytest.mark.parametrize("render", RENDERERS, ids=lambda r: r.__name__)
def test_a_story_without_entries_still_renders(story, render):
    seen: list[float] = []
    out = BytesIO()
    render(replace(story, stages=(), unstaged=(), next_stop=None), out, progress=seen.append)
    assert out.getvalue() and seen[-1] == 1.0


@pytest.mark.parametrize("render", RENDERERS, ids=lambda r: r.__name__)
def test_missing_media_are_left_out_not_fatal(story, render):
    out = BytesIO()
    render(replace(story, media_reader=DictMediaReader({})), out)
    assert out.getvalue()


# Modules of the app the renderers may use: plain text helpers, themselves free of Flask
# and the database (checked below like the renderers).
PLAIN_MODULES = {"logbook.client_text"}


def test_renderers_import_neither_flask_nor_the_database():
    """The export package takes a plain ``Story``: no Flask, SQLAlchemy or other part of the app."""
    package = Path(logbook.export.__file__).parent
    plain = [
        package.parent / (name.removeprefix("logbook.").replace(".", "/") + ".py") for name in PLAIN_MODULES
    ]
    for module in [*package.glob("*.py"), *plain]:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in {"flask", "sqlalchemy", "flask_sqlalchemy"}, module.name
                assert (
                    not name.startswith("logbook")
                    or name.startswith("logbook.export")
                    or name in PLAIN_MODULES
                ), module.name
