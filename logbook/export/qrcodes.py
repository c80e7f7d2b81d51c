"""QR codes pointing at entries in the application, for printed and projected exports."""

from __future__ import annotations

from io import BytesIO

import qrcode
from qrcode.image.svg import SvgPathImage


def qr_svg(url: str) -> bytes:
    """An SVG QR code for ``url`` (sharp at any print size)."""
    image = qrcode.make(url, image_factory=SvgPathImage, border=1)
    buffer = BytesIO()
    image.save(buffer)
    return buffer.getvalue()


def qr_png(url: str, box_size: int = 8) -> bytes:
    """A PNG QR code for ``url``, for formats that take bitmaps only."""
    code = qrcode.QRCode(box_size=box_size, border=1)
    code.add_data(url)
    code.make(fit=True)
    buffer = BytesIO()
    code.make_image().save(buffer)
    return buffer.getvalue()
