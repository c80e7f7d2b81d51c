"""What a photo's EXIF headers say about when and where it was taken.

``captured_at`` is the EXIF ``DateTimeOriginal`` (else ``DateTime``) as an ISO 8601
string. When the camera also wrote ``OffsetTimeOriginal`` the string carries that
offset; when it did not, the string has no offset at all (a wall-clock time in an
unknown zone, to be read in the logbook's own time zone), because pretending it is UTC
would shift most photos by hours. ``gps`` is the position in decimal degrees. Both are
read from the original only: derivatives carry no EXIF (:mod:`media.images`).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from typing import Any

from PIL import Image

EXIF_IFD = 0x8769
GPS_IFD = 0x8825
DATETIME = 0x0132
DATETIME_ORIGINAL = 0x9003
OFFSET_TIME_ORIGINAL = 0x9011


def captured_at(exif: Image.Exif) -> str | None:
    """When the photo was taken (see the module's notes), or ``None``."""
    try:
        sub = exif.get_ifd(EXIF_IFD)
    except (KeyError, ValueError, TypeError, OSError):
        sub = {}
    raw = sub.get(DATETIME_ORIGINAL) or exif.get(DATETIME)
    if not isinstance(raw, str):
        return None
    try:
        moment = datetime.strptime(raw.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = sub.get(OFFSET_TIME_ORIGINAL) if raw is sub.get(DATETIME_ORIGINAL) else None
    if isinstance(offset, str):
        zone = parse_offset(offset.strip("\x00 "))
        if zone is not None:
            moment = moment.replace(tzinfo=zone)
    return moment.isoformat()


def parse_offset(text: str) -> timezone | None:
    """An EXIF offset (``+02:00``) as a time zone, or ``None`` when it is not one."""
    if len(text) != 6 or text[0] not in "+-" or text[3] != ":":
        return None
    try:
        hours, minutes = int(text[1:3]), int(text[4:6])
    except ValueError:
        return None
    if hours > 14 or minutes >= 60:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if text[0] == "-" else delta)


def gps(exif: Image.Exif) -> dict[str, float] | None:
    """``{"lat", "lon"}`` in decimal degrees, or ``None`` when absent or nonsensical."""
    try:
        gps = exif.get_ifd(GPS_IFD)
        lat = _degrees(gps.get(2), gps.get(1), "S")
        lon = _degrees(gps.get(4), gps.get(3), "W")
    except (KeyError, ValueError, TypeError, OSError, ZeroDivisionError, AttributeError):
        return None
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {"lat": round(lat, 6), "lon": round(lon, 6)}


def _degrees(value: Any, ref: Any, negative: str) -> float | None:
    if not isinstance(value, tuple) or len(value) != 3:
        return None
    degrees, minutes, seconds = (float(part) for part in value)
    if any(math.isnan(part) or part < 0 for part in (degrees, minutes, seconds)):
        return None
    if minutes >= 60 or seconds >= 60:
        return None
    result = degrees + minutes / 60 + seconds / 3600
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    if isinstance(ref, str) and ref.strip("\x00 ").upper() == negative:
        result = -result
    return result
