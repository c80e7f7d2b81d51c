"""Media ingestion for Carnet: identify uploads and make their derivatives.

No Flask, database or ``logbook`` imports here: paths and bytes in, facts and files out.

- :func:`media.sniff.sniff_file` decides what a file is from its bytes.
- :func:`media.derivatives.make_derivatives` makes the files readers are served.
- :class:`media.errors.MediaError` is the only error raised across this boundary.
"""
