"""The slides of "Ce que nous avons appris" and "Qui a participé" (see ``export.learnt``):
a divider, then one slide per expected effect and per stage review, and the stakeholders
six to a slide. Drawn with the deck's own building blocks and palette (``export.slide_canvas``)."""

from __future__ import annotations

from pptx.util import Inches

from logbook.export.learnt import PEOPLE_ANCHOR, Block, Chapter, chapters, more_text
from logbook.export.markup import markdown_to_text
from logbook.export.slide_canvas import BLUE, CREAM, MARGIN, MUTED, RED, WHITE, Canvas

LINES_PER_SLIDE = 7
PEOPLE_PER_SLIDE = 6


def add_learnt_slides(deck: Canvas) -> None:
    """Append the chapters the story has something for."""
    for chapter in chapters(deck.story):
        _divider(deck, chapter)
        if chapter.anchor == PEOPLE_ANCHOR:
            blocks = [block for section in chapter.sections for block in section.blocks]
            for start in range(0, len(blocks), PEOPLE_PER_SLIDE):
                _people_slide(deck, chapter, blocks[start : start + PEOPLE_PER_SLIDE])
            continue
        for section in chapter.sections:
            for block in section.blocks:
                _block_slide(deck, section.heading, block)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _line_text(line) -> str:
    return " — ".join(part for part in (line.mark.capitalize(), line.text, line.note) if part)


def _divider(deck: Canvas, chapter: Chapter) -> None:
    slide = deck.slide(chapter.title, dark=True, top=Inches(2.4), size=40)
    deck.text(slide, MARGIN, Inches(3.7), Inches(10.5), Inches(1.5), [chapter.intro], size=20, colour=WHITE)
    deck.footer(slide, dark=True)


def _block_slide(deck: Canvas, section: str, block: Block) -> None:
    slide = deck.slide(block.heading, top=Inches(0.85), size=28)
    deck.band(slide, top=Inches(0.6))
    deck.eyebrow(slide, " · ".join(part for part in (section, block.eyebrow) if part), top=Inches(0.2))
    top = Inches(2.0)
    if block.summary:
        deck.text(
            slide, MARGIN, top, Inches(12), Inches(0.45), [block.summary], size=15, colour=MUTED, bold=True
        )
        top = Inches(2.5)
    if block.lines or block.empty:
        fields = [(label, _clip(markdown_to_text(text), 260)) for label, text in block.fields]
        # The effect's question and indicator on the left, the evidence on the right.
        _fields(deck, slide, fields, MARGIN, top, Inches(5.6), Inches(6.6) - top)
        shown = [_clip(_line_text(line), 110) for line in block.lines[:LINES_PER_SLIDE]]
        left_out = max(len(block.lines) - LINES_PER_SLIDE, 0) + block.hidden
        if left_out:
            shown.append(more_text(left_out, deck.story.locale))
        panel_left = Inches(6.5)
        deck.panel(slide, panel_left, top, Inches(6.23), Inches(6.6) - top, CREAM, rounded=True)
        deck.text(
            slide,
            panel_left + Inches(0.25),
            top + Inches(0.2),
            Inches(5.75),
            Inches(6.2) - top,
            [f"• {text}" for text in shown] or [block.empty],
            size=13,
            spacing=6,
        )
    else:
        # A stage review: its three texts side by side.
        fields = [(label, _clip(markdown_to_text(text), 420)) for label, text in block.fields]
        width = (Inches(12.13) - Inches(0.3) * (len(fields) - 1)) // max(len(fields), 1)
        for index, field in enumerate(fields):
            _fields(
                deck, slide, [field], MARGIN + index * (width + Inches(0.3)), top, width, Inches(6.6) - top
            )
    slide.notes_slide.notes_text_frame.text = "\n\n".join(
        # The speaker notes hold the texts whole.
        [f"{label}{deck.labels['colon']}{markdown_to_text(text)}" for label, text in block.fields]
        + [_line_text(line) for line in block.lines]
    )
    deck.footer(slide)


def _fields(deck: Canvas, slide, fields: list[tuple[str, str]], left, top, width, height) -> None:
    if not fields:
        return
    step = height // len(fields)
    for index, (label, text) in enumerate(fields):
        y = top + index * step
        deck.text(slide, left, y, width, Inches(0.4), [label.upper()], size=11, colour=RED, bold=True)
        deck.text(slide, left, y + Inches(0.4), width, step - Inches(0.5), [text], size=15, spacing=6)


def _people_slide(deck: Canvas, chapter: Chapter, blocks: list[Block]) -> None:
    slide = deck.slide(chapter.title, top=Inches(0.7), size=30)
    deck.band(slide, top=Inches(0.5))
    width, height, gap = Inches(3.9), Inches(2.55), Inches(0.22)
    for index, block in enumerate(blocks):
        left = MARGIN + (index % 3) * (width + gap)
        top = Inches(1.8) + (index // 3) * (height + gap)
        deck.panel(slide, left, top, width, height, CREAM, rounded=True)
        inner = left + Inches(0.2)
        deck.text(
            slide,
            inner,
            top + Inches(0.12),
            width - Inches(0.4),
            Inches(0.35),
            [block.eyebrow.upper()],
            size=10,
            colour=RED,
            bold=True,
        )
        deck.text(
            slide,
            inner,
            top + Inches(0.45),
            width - Inches(0.4),
            Inches(0.55),
            [_clip(block.heading, 60)],
            size=16,
            colour=BLUE,
            bold=True,
        )
        details = [_clip(block.summary, 90)] if block.summary else []
        details += [_clip(_line_text(line), 60) for line in block.lines[:2]]
        if len(block.lines) > 2 or block.hidden:
            details.append(more_text(len(block.lines) - 2 + block.hidden, deck.story.locale))
        deck.text(
            slide,
            inner,
            top + Inches(1.0),
            width - Inches(0.4),
            height - Inches(1.1),
            details,
            size=11,
            colour=MUTED,
            spacing=3,
        )
    slide.notes_slide.notes_text_frame.text = "\n\n".join(
        "\n".join([block.heading, block.summary, *(_line_text(line) for line in block.lines)]).strip()
        for block in blocks
    )
    deck.footer(slide)
