"""Uploads stay strict even after a library in the process relaxed Pillow."""

from __future__ import annotations

import pytest
from PIL import ImageFile

from media.errors import MediaError
from media.sniff import sniff_file


@pytest.mark.parametrize("name", ["jpeg_truncated", "png_text_bomb"])
def test_cut_and_bomb_files_are_refused_after_weasyprint_is_imported(made, name):
    import logbook.export.pdf  # noqa: F401 - importing WeasyPrint flips LOAD_TRUNCATED_IMAGES

    ImageFile.LOAD_TRUNCATED_IMAGES = True  # as a careless library would
    with pytest.raises(MediaError):
        sniff_file(made(name))
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
