"""Compressed answers for phones on a weak network: pages, scripts, styles and JSON leave
as Brotli or gzip when the client accepts it (Flask-Compress). Media are not compressed
again (they already are), nor are partial answers. Static files are sent as streams, so
streams of the listed text types are compressed too, chunk by chunk."""

from __future__ import annotations

from flask import Flask
from flask_compress import Compress

COMPRESSED_TYPES = [
    "text/html",
    "text/css",
    "text/plain",
    "text/vtt",
    "text/javascript",
    "application/javascript",
    "application/json",
    "application/manifest+json",
    "image/svg+xml",
]


def init_app(app: Flask) -> None:
    app.config.setdefault("COMPRESS_MIMETYPES", COMPRESSED_TYPES)
    app.config.setdefault("COMPRESS_ALGORITHM", ["br", "zstd", "gzip"])
    app.config.setdefault("COMPRESS_BR_LEVEL", 5)  # most of Brotli's gain at a fraction of its CPU
    app.config.setdefault("COMPRESS_MIN_SIZE", 512)
    app.config.setdefault("COMPRESS_STREAMS", True)
    # Streams (static files) cannot be gzipped chunk by chunk here; every browser that
    # matters accepts Brotli.
    app.config.setdefault("COMPRESS_ALGORITHM_STREAMING", ["br", "zstd", "deflate"])
    app.config.setdefault("COMPRESS_STREAMING_ENDPOINT_CONDITIONAL", ["web.static"])
    Compress(app)
