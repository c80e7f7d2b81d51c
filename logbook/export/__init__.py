"""Exports: a logbook told as a story (fil d'Ariane) in PDF, PPTX, HTML, Markdown and TimelineJS.

Nothing here imports Flask or the database: renderers take a ``story.Story``.
See docs/export.md.
"""
