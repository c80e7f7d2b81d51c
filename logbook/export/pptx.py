"""The story as a 16:9 summary deck ("PowerPoint de synthèse") made with python-pptx.

A title slide, then for each stage a summary slide with its key figures and one
slide per pinned entry (photo with caption, quote, note, audio or video with a
QR code, link), the next stop and a closing slide. All text is real text in
title placeholders and text boxes, so the deck can be edited and searched.
Testimonies without consent get no slide of their own.
"""

from __future__ import annotations

from typing import BinaryIO

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Inches

from logbook.export.document import closing_key
from logbook.export.entry_slides import EntrySlides
from logbook.export.labels import (
    counted_word,
    format_period,
    kind_name,
    pending_lines,
)
from logbook.export.learnt_slides import add_learnt_slides
from logbook.export.markup import markdown_to_text
from logbook.export.qrcodes import qr_png
from logbook.export.slide_canvas import (
    BLUE,
    GOLD,
    HEIGHT,
    INK,
    MARGIN,
    MUTED,
    PALE,
    RED,
    SERIF,
    WHITE,
    WIDTH,
    clip_text,
)
from logbook.export.sources import read_object
from logbook.export.story import Progress, Story, StoryStage


class Deck(EntrySlides):
    """The story's deck: title, stages with their key figures, pinned entries, next stop."""

    # Slides

    def title_slide(self) -> None:
        story, labels = self.story, self.labels
        slide = self.slide(story.name, dark=True, top=Inches(1.5), size=36)
        title = slide.shapes.title
        title.width, title.height = Inches(7.6), Inches(1.8)
        cover = self.cover_photo()
        if cover is not None:
            # The whole photo, as large as the right-hand column allows: filling the
            # column's tall box cropped a landscape photo to a strip.
            self.picture(slide, cover, Inches(8.73), 0, WIDTH - Inches(8.73), HEIGHT, fill=False)
            self.panel(slide, Inches(8.63), 0, Inches(0.1), HEIGHT, GOLD)
        self.eyebrow(slide, labels["story"], colour=GOLD, top=Inches(1.0))
        lines = []
        if story.nickname:
            lines.append(f"« {story.nickname} »" if story.locale != "en" else f"“{story.nickname}”")
        self.text(
            slide, MARGIN, Inches(3.3), Inches(7.6), Inches(0.6), lines, size=22, colour=PALE, italic=True
        )
        facts = []
        period = format_period(story.period_start, story.period_end, story.locale)
        if period:
            facts.append(period[:1].upper() + period[1:])
        if story.contributors:
            facts.append(clip_text(", ".join(story.contributors), 160))
        self.text(slide, MARGIN, Inches(4.0), Inches(7.6), Inches(0.9), facts, size=14, colour=WHITE)
        counts = [(kind, n) for kind, n in story.counts.items() if n][:8]
        for index, (kind, count) in enumerate(counts):
            left = MARGIN + (index % 4) * Inches(1.92)
            top = Inches(5.05) + (index // 4) * Inches(1.0)
            self.panel(slide, left, top, Inches(1.8), Inches(0.88), RGBColor(0x2E, 0x62, 0x90), rounded=True)
            self.text(
                slide,
                left,
                top + Inches(0.02),
                Inches(1.8),
                Inches(0.5),
                [str(count)],
                size=22,
                colour=WHITE,
                bold=True,
                align=PP_ALIGN.CENTER,
            )
            self.text(
                slide,
                left,
                top + Inches(0.48),
                Inches(1.8),
                Inches(0.35),
                [kind_name(kind, story.locale, count)],
                size=11,
                colour=PALE,
                align=PP_ALIGN.CENTER,
            )

    def pending_slide(self) -> None:
        """Media still being processed are not in the deck: a slide says so, and for which entries."""
        lines = pending_lines(self.story)
        if not lines:
            return
        slide = self.slide(lines[0], size=24)
        self.band(slide, colour=RED, top=Inches(0.55))
        self.text(
            slide, MARGIN, Inches(2.2), Inches(11.5), Inches(4.3), lines[1:][:12], size=16, colour=MUTED
        )
        self.footer(slide)

    def cover_photo(self) -> bytes | None:
        """The first pinned picture of the story, for the title slide."""
        for entry in self.story.entries():
            if entry.pinned and entry.quote_allowed:
                for media in entry.media:
                    if media.kind in ("image", "vector") and media.still is not None:
                        return read_object(self.story, media.still)
        return None

    def stage_slide(self, stage: StoryStage, number: int | None) -> None:
        labels, locale = self.labels, self.story.locale
        slide = self.slide(stage.title, top=Inches(1.0), size=34)
        self.band(slide, top=Inches(0.75))
        heading = f"{labels['stage']} {number}" if number is not None else labels["unstaged"]
        if number is not None:
            heading += f" · {labels['reached'] if stage.reached else labels['upcoming']}"
        self.eyebrow(slide, heading)
        dates = format_period(stage.starts_on, stage.ends_on, locale)
        if dates:
            self.text(
                slide,
                MARGIN,
                Inches(2.1),
                Inches(8),
                Inches(0.4),
                [dates[:1].upper() + dates[1:]],
                size=14,
                colour=MUTED,
            )
        summary = clip_text(markdown_to_text(stage.summary), 520)
        if summary:
            self.text(
                slide,
                MARGIN,
                Inches(2.7),
                Inches(7.4),
                Inches(3.8),
                summary.splitlines(),
                size=20,
                font=SERIF,
                italic=True,
                spacing=10,
            )
        self.key_figures(slide, stage)
        self.footer(slide)

    def key_figures(self, slide: Slide, stage: StoryStage) -> None:
        locale = self.story.locale
        counts: dict[str, int] = {}
        for entry in stage.entries:
            counts[entry.kind] = counts.get(entry.kind, 0) + 1
        figures = [(str(len(stage.entries)), counted_word("entries", len(stage.entries), locale))]
        figures += [
            (str(n), kind_name(k, locale, n)) for k, n in sorted(counts.items(), key=lambda kv: -kv[1])
        ]
        contributors = {e.author_name for e in stage.entries if e.author_name}
        if contributors:
            figures.append((str(len(contributors)), counted_word("contributors", len(contributors), locale)))
        left, top = Inches(8.6), Inches(2.2)
        self.panel(slide, left, top, Inches(4.1), Inches(4.4), RGBColor(0xEE, 0xF3, 0xF8), rounded=True)
        self.text(
            slide,
            left + Inches(0.3),
            top + Inches(0.2),
            Inches(3.5),
            Inches(0.4),
            [self.labels["key_figures"].upper()],
            size=11,
            colour=RED,
            bold=True,
        )
        for index, (number, what) in enumerate(figures[:5]):
            y = top + Inches(0.7) + index * Inches(0.7)
            self.text(
                slide,
                left + Inches(0.3),
                y,
                Inches(1.1),
                Inches(0.6),
                [number],
                size=26,
                colour=BLUE,
                bold=True,
                anchor=MSO_ANCHOR.MIDDLE,
            )
            self.text(
                slide,
                left + Inches(1.4),
                y,
                Inches(2.5),
                Inches(0.6),
                [what],
                size=14,
                colour=INK,
                anchor=MSO_ANCHOR.MIDDLE,
            )

    def next_stop_slide(self) -> None:
        labels, stop = self.labels, self.story.next_stop
        slide = self.slide(stop.title if stop else labels["no_next_stop"], top=Inches(2.3), size=36)
        self.band(slide, colour=RED, top=Inches(1.5))
        self.eyebrow(slide, labels["next_stop"], top=Inches(1.7))
        if stop is not None:
            dates = format_period(stop.starts_on, stop.ends_on, self.story.locale)
            lines = [dates[:1].upper() + dates[1:]] if dates else []
            self.text(slide, MARGIN, Inches(3.5), Inches(11), Inches(0.5), lines, size=16, colour=MUTED)
            summary = clip_text(markdown_to_text(stop.summary), 400)
            self.text(
                slide,
                MARGIN,
                Inches(4.1),
                Inches(11),
                Inches(2.2),
                summary.splitlines(),
                size=20,
                font=SERIF,
                italic=True,
            )
        self.footer(slide)

    def closing_slide(self) -> None:
        labels, story = self.labels, self.story
        slide = self.slide(labels["closing"], dark=True, top=Inches(2.0), size=40)
        self.text(
            slide,
            MARGIN,
            Inches(3.3),
            Inches(8.5),
            Inches(1.3),
            [labels["closing_text"], labels[closing_key(story)]],
            size=18,
            colour=WHITE,
        )
        self.text(
            slide,
            MARGIN,
            Inches(5.3),
            Inches(8.5),
            Inches(0.5),
            [story.name],
            size=14,
            colour=GOLD,
            bold=True,
        )
        if story.base_url.startswith(("http://", "https://")):
            self.picture(
                slide,
                qr_png(story.base_url),
                WIDTH - MARGIN - Inches(2.2),
                Inches(3.3),
                Inches(2.2),
                Inches(2.2),
            )
            self.text(
                slide, MARGIN, Inches(4.7), Inches(8.5), Inches(0.5), [story.base_url], size=14, colour=GOLD
            )


def render_pptx(story: Story, out: BinaryIO, progress: Progress | None = None) -> None:
    """Write the story as a 16:9 PPTX summary deck to ``out``."""
    deck = Deck(story)
    deck.title_slide()
    deck.pending_slide()
    chapters = list(story.chapters())
    number = 0
    for index, chapter in enumerate(chapters, start=1):
        if chapter.id:
            number += 1
        deck.stage_slide(chapter, number if chapter.id else None)
        # Every entry of the story has its slide; a deck of highlights is asked for with
        # the selection's pinned_only (the export form's "pinned entries only").
        for entry in chapter.entries:
            deck.entry_slide(chapter, entry)
        if progress:
            progress(0.9 * index / len(chapters))
    add_learnt_slides(deck)
    deck.next_stop_slide()
    deck.closing_slide()
    deck.prs.save(out)
    if progress:
        progress(1.0)
