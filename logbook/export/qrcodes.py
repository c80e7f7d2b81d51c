"""QR codes pointing at entries in the application, for printed and projected exports."""

from __future__ import annotations

from io import BytesIO

import qrcode


def _code(url: str, box_size: int = 10) -> qrcode.QRCode:
    # A fixed mask pattern skips trying all eight, which is most of the time spent;
    # every mask gives a valid code, read as easily by phones at these sizes.
    code = qrcode.QRCode(box_size=box_size, border=1, mask_pattern=0)
    code.add_data(url)
    code.make(fit=True)
    return code


def qr_svg(url: str) -> bytes:
    """An SVG QR code for ``url`` (sharp at any print size): one path, a square per dark module."""
    matrix = _code(url).get_matrix()
    size = len(matrix)
    squares = "".join(
        f"M{x} {y}h1v1h-1z" for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges">'
        f'<rect width="{size}" height="{size}" fill="#fff"/><path d="{squares}" fill="#000"/></svg>'
    ).encode("ascii")


def qr_png(url: str, box_size: int = 8) -> bytes:
    """A PNG QR code for ``url``, for formats that take bitmaps only."""
    buffer = BytesIO()
    _code(url, box_size).make_image().save(buffer)
    return buffer.getvalue()
