"""SVG drawings: cleaned, rasterised, and never allowed to explode or phone home."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from PIL import Image

from media.derivatives import make_derivatives
from media.errors import MediaError
from media.limits import Limits
from media.sniff import sniff_file
from media.vector import parse_svg, sanitise
from tests.media.checks import assert_image_metadata_free, is_red
from tests.media.test_sniff import Listener


def test_svg_scripts_handlers_foreign_content_and_external_links_are_removed(made):
    root = sanitise(parse_svg(made("svg_hostile").read_bytes()))
    markup = ElementTree.tostring(root, encoding="unicode")
    for forbidden in (
        "script",
        "onload",
        "onclick",
        "javascript:",
        "foreignObject",
        "http://127.0.0.1",
        "file:",
    ):
        assert forbidden not in markup
    assert "circle" in markup and "rect" in markup


def test_svg_becomes_png_and_webp_rasters(made, tmp_path):
    path = made("svg_hostile")
    result = make_derivatives(path, tmp_path, sniff_file(path))
    assert set(result.specs) == {"display", "display-png", "thumb", "thumb-png"}
    assert (result.get("display").width, result.get("display").height) == (1600, 800)
    assert (result.get("thumb").width, result.get("thumb").height) == (320, 160)
    for derivative in result.derivatives:
        with Image.open(derivative.path) as picture:
            assert picture.format == {"png": "PNG", "webp": "WEBP"}[derivative.extension]
            assert picture.size == (derivative.width, derivative.height)
        assert_image_metadata_free(derivative.path)
    with Image.open(result.get("display-png").path) as picture:
        assert is_red(picture.convert("RGB").getpixel((400, 400)))


def test_svg_use_amplification_is_refused(made):
    with pytest.raises(MediaError) as caught:
        sniff_file(made("svg_use_bomb"))
    assert caught.value.code == "media_too_large"


def test_svg_with_entities_is_refused(made):
    with pytest.raises(MediaError) as caught:
        sniff_file(made("svg_entities"))
    assert caught.value.code == "unsupported_media"


def test_svg_external_image_is_never_fetched(tmp_path):
    listener = Listener()
    path = tmp_path / "tracker.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20">'
        f'<image href="http://127.0.0.1:{listener.port}/pixel.png" width="20" height="20"/>'
        f'<rect width="20" height="20" fill="url(http://127.0.0.1:{listener.port}/x#p)"/>'
        f"<style>@import url(http://127.0.0.1:{listener.port}/s.css);</style></svg>"
    )
    try:
        make_derivatives(path, tmp_path / "out", sniff_file(path))
    finally:
        listener.close()
    assert listener.connections == 0


def test_xml_that_is_not_svg_is_unsupported(tmp_path):
    path = tmp_path / "feed.svg"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><svg/></channel></rss>')
    with pytest.raises(MediaError) as caught:
        sniff_file(path)
    assert caught.value.code == "unsupported_media"


def test_svg_internal_references_still_render(tmp_path):
    path = tmp_path / "logo.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="20" height="10"><defs><rect id="r" width="10" height="10" fill="red"/></defs>'
        '<use xlink:href="#r" x="10"/></svg>'
    )
    result = make_derivatives(path, tmp_path / "out", sniff_file(path))
    with Image.open(result.get("display-png").path) as picture:
        assert picture.size == (1600, 800)
        assert is_red(picture.getpixel((1200, 400)))
        assert picture.getpixel((400, 400))[3] == 0


@pytest.mark.parametrize(
    "limits",
    [Limits(vector_render_seconds=0.001), Limits(display_side=8000, vector_render_bytes=64 * 1024**2)],
    ids=["time", "memory"],
)
def test_svg_rendering_runs_within_time_and_memory_limits(made, tmp_path, limits):
    path = made("svg_hostile")
    with pytest.raises(MediaError) as caught:
        make_derivatives(path, tmp_path, sniff_file(path, limits), limits)
    assert caught.value.code == "media_too_large"
