from io import BytesIO

import pytest

from logbook.export.formats import FORMATS, download_name, export_format


def test_every_format_renders_the_story(story):
    for fmt in FORMATS.values():
        out = BytesIO()
        fmt.render(story, out, None)
        assert out.getvalue(), fmt.name


def test_download_names_tell_the_logbook_the_date_and_the_kind(story):
    assert download_name(story, export_format("pdf")) == "saint-eloi-fil-d-ariane-2025-09-22.pdf"
    assert download_name(story, export_format("site")) == "saint-eloi-fil-d-ariane-2025-09-22-site.zip"
    names = {download_name(story, fmt) for fmt in FORMATS.values()}
    assert len(names) == len(FORMATS)


def test_unknown_format_names_the_known_ones():
    with pytest.raises(KeyError, match="pdf"):
        export_format("docx")
