"""URL rules: ids in paths are the database's, bounded by what a row id can be."""

from __future__ import annotations

from flask import Flask
from werkzeug.routing import IntegerConverter

# Ids are `integer` columns: PostgreSQL's hold at most 2**31 - 1, and a larger number
# in a URL names no row. Bounding the converter turns it into a plain 404 instead of a
# database overflow error.
LARGEST_ROW_ID = 2**31 - 1


class RowIdConverter(IntegerConverter):
    """``<int:...>`` for every route: a non-negative integer no larger than a row id."""

    def __init__(self, map, *args, **kwargs) -> None:
        kwargs.setdefault("max", LARGEST_ROW_ID)
        super().__init__(map, *args, **kwargs)


def init_app(app: Flask) -> None:
    """Must run before any route is registered: converters are bound when a rule is added."""
    app.url_map.converters["int"] = RowIdConverter


def parse_row_id(text: str) -> int | None:
    """A row id written in a form or a query string, or None when it cannot be one."""
    if not text.isascii() or not text.isdigit() or len(text) > len(str(LARGEST_ROW_ID)):
        return None
    number = int(text)
    return number if number <= LARGEST_ROW_ID else None
