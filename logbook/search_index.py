"""The Whoosh index attached to the app as ``app.extensions["carnet.search"]``.

Only the worker writes to it (through the ``index_entries`` job); web
processes open it for reading.
"""

from __future__ import annotations

from flask import Flask, current_app

from search.index import SearchIndex


def init_app(app: Flask) -> None:
    app.extensions["carnet.search"] = SearchIndex(app.config["CARNET_SEARCH_DIR"])


def get_index() -> SearchIndex:
    return current_app.extensions["carnet.search"]
