"""The story as a 16:9 summary deck ("PowerPoint de synthèse") made with python-pptx.

A title slide, then for each stage a summary slide with its key figures and one
slide per pinned entry (photo with caption, quote, note, audio or video with a
QR code, link), the next stop and a closing slide. All text is real text in
title placeholders and text boxes, so the deck can be edited and searched.
Testimonies without consent get no slide of their own.
"""

from __future__ import annotations

import logging
from typing import BinaryIO

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Emu, Inches

from logbook.export.document import closing_key, read_object
from logbook.export.labels import (
    counted_word,
    format_duration,
    format_period,
    kind_name,
    pending_lines,
)
from logbook.export.learnt_slides import add_learnt_slides
from logbook.export.markup import markdown_to_text
from logbook.export.qrcodes import qr_png
from logbook.export.slide_blocks import markdown_blocks, paginate
from logbook.export.slide_canvas import (
    BLUE,
    BODY_HEIGHT,
    BODY_TOP,
    BODY_WIDTH,
    CREAM,
    GOLD,
    HEIGHT,
    INK,
    MARGIN,
    MUTED,
    PALE,
    RED,
    SERIF,
    SIZES,
    WHITE,
    WIDTH,
    Canvas,
    clip_text,
)
from logbook.export.story import Progress, Story, StoryEntry, StoryMedia, StoryStage, entry_link
from logbook.export.waveform import waveform_from_json

log = logging.getLogger(__name__)


class Deck(Canvas):
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

    def entry_slide(self, stage: StoryStage, entry: StoryEntry) -> None:
        if not entry.quote_allowed:
            return
        if entry.kind == "testimony":
            self.quote_slide(entry)
            return
        still = next((m for m in entry.media if m.still is not None), None)
        playable = next((m for m in entry.media if m.kind in ("audio", "video")), None)
        if playable is not None:
            self.playable_slide(stage, entry, playable)
        elif still is not None:
            self.photo_slide(stage, entry, still)
        else:
            self.text_slide(stage, entry)

    def _entry_header(self, stage: StoryStage, entry: StoryEntry, title: str | None = None) -> Slide:
        slide = self.slide(title or entry.title or kind_name(entry.kind, self.story.locale), size=28)
        self.eyebrow(slide, stage.title)
        self.notes(slide, entry)
        return slide

    def photo_slide(self, stage: StoryStage, entry: StoryEntry, media: StoryMedia) -> None:
        obj = media.still
        payload = read_object(self.story, obj) if obj is not None else None
        if payload is None:
            self.text_slide(stage, entry)
            return
        slide = self._entry_header(stage, entry)
        self.picture(slide, payload, MARGIN, Inches(2.0), Inches(8.0), Inches(4.6))
        right = MARGIN + Inches(8.4)
        side = []
        if media.caption:
            side.append(media.caption)
        self.text(slide, right, Inches(2.0), Inches(3.7), Inches(1.6), side, size=16, font=SERIF, italic=True)
        body = clip_text(markdown_to_text(entry.body_markdown), 300)
        self.text(
            slide, right, Inches(3.7), Inches(3.7), Inches(2.2), body.splitlines(), size=14, colour=MUTED
        )
        self.text(
            slide, right, Inches(6.1), Inches(3.7), Inches(0.5), [self.byline(entry)], size=11, colour=MUTED
        )
        self.footer(slide)

    def quote_slide(self, entry: StoryEntry) -> None:
        """The words set as a quote; a recorded testimony keeps its audio (or video): its
        waveform (or poster), a QR code and the link, beside the quote."""
        slide = self.slide(entry.title or kind_name(entry.kind, self.story.locale), size=24)
        self.notes(slide, entry)
        self.eyebrow(slide, kind_name("testimony", self.story.locale))
        playable = next((m for m in entry.media if m.kind in ("audio", "video")), None)
        width = WIDTH - 2 * MARGIN if playable is None else Inches(7.9)
        self.panel(slide, MARGIN, Inches(2.0), width, Inches(4.3), CREAM)
        self.panel(slide, MARGIN, Inches(2.0), Inches(0.1), Inches(4.3), RED)
        self.text(
            slide,
            MARGIN + Inches(0.35),
            Inches(1.75),
            Inches(1),
            Inches(1.2),
            ["“"],
            size=96,
            colour=RED,
            font=SERIF,
            bold=True,
        )
        words = clip_text(markdown_to_text(entry.body_markdown), 420 if playable is None else 300)
        size = 30 if len(words) < 160 else 24 if len(words) < 300 else 20
        if playable is not None:
            size -= 4
        self.text(
            slide,
            MARGIN + Inches(1.2),
            Inches(2.4),
            width - Inches(1.6),
            Inches(2.9),
            words.splitlines(),
            size=size,
            font=SERIF,
            italic=True,
            colour=RGBColor(0x3A, 0x2A, 0x22),
            anchor=MSO_ANCHOR.MIDDLE,
        )
        who = entry.speaker_name or self.labels["speaker"]
        if entry.speaker_role:
            who += f", {entry.speaker_role}"
        self.text(
            slide,
            MARGIN + Inches(1.2),
            Inches(5.45),
            width - Inches(1.6),
            Inches(0.6),
            [f"— {who}"],
            size=16,
            bold=True,
            colour=RGBColor(0x8A, 0x4A, 0x36),
            align=PP_ALIGN.RIGHT,
        )
        if playable is not None:
            right = MARGIN + width + Inches(0.3)
            image = self.still(playable)
            if image is not None:
                self.picture(slide, image, right, Inches(2.0), Inches(3.8), Inches(1.5))
            self.access(slide, entry, playable, right, Inches(3.7))
        self.footer(slide)

    def still(self, media: StoryMedia) -> bytes | None:
        """What shows an audio or video on a slide: its waveform, or its poster."""
        if media.kind == "video" and media.still is not None:
            return read_object(self.story, media.still)
        if media.kind == "audio" and (peaks := media.derivative("peaks")) is not None:
            raw = read_object(self.story, peaks)
            try:
                return waveform_from_json(raw, width=1600, height=500) if raw else None
            except ValueError as error:
                log.warning("export: unreadable peaks for media %s: %s", media.id, error)
        return None

    def access(self, slide: Slide, entry: StoryEntry, media: StoryMedia, left: Emu, top: Emu) -> None:
        """A QR code to the entry, with what to do ("Écouter en ligne") and the link."""
        link = entry_link(self.story, entry)
        if not link:
            return
        self.picture(slide, qr_png(link), left, top, Inches(1.6), Inches(1.6))
        action = self.labels["watch"] if media.kind == "video" else self.labels["listen"]
        self.text(
            slide,
            left + Inches(1.75),
            top,
            Inches(1.95),
            Inches(1.6),
            [action, link],
            size=11,
            colour=BLUE,
            anchor=MSO_ANCHOR.MIDDLE,
        )

    def playable_slide(self, stage: StoryStage, entry: StoryEntry, media: StoryMedia) -> None:
        slide = self._entry_header(stage, entry)
        image = self.still(media)
        if image is not None:
            self.picture(slide, image, MARGIN, Inches(2.0), Inches(8.0), Inches(4.5))
        right = MARGIN + Inches(8.4)
        lines = [media.caption] if media.caption else []
        duration = format_duration(media.duration)
        if duration:
            lines.append(f"{self.labels['duration']} {duration}")
        self.text(
            slide, right, Inches(2.0), Inches(3.7), Inches(1.3), lines, size=14, font=SERIF, italic=True
        )
        self.access(slide, entry, media, right, Inches(3.4))
        excerpt = clip_text(media.transcript or markdown_to_text(entry.body_markdown), 200)
        if excerpt:
            self.text(slide, right, Inches(5.2), Inches(3.7), Inches(1.3), [excerpt], size=12, colour=MUTED)
        self.footer(slide)

    def text_slide(self, stage: StoryStage, entry: StoryEntry) -> None:
        """The entry's body as real slide objects (paragraphs, bulleted or numbered lists, a
        table, a monospace box for code), over as many slides as it needs."""
        pages = paginate(markdown_blocks(entry.body_markdown), BODY_WIDTH, BODY_HEIGHT, SIZES)
        title = entry.title or kind_name(entry.kind, self.story.locale)
        for number, blocks in enumerate(pages, start=1):
            shown = title if len(pages) == 1 else f"{title} ({number}/{len(pages)})"
            slide = self._entry_header(stage, entry, shown)
            self.blocks(slide, blocks, MARGIN, BODY_TOP, BODY_WIDTH)
            if number == len(pages):
                extra = [self.byline(entry)]
                if entry.link_url:
                    extra.insert(0, entry.link_url)
                self.text(slide, MARGIN, Inches(6.2), Inches(11.5), Inches(0.7), extra, size=12, colour=MUTED)
            self.footer(slide)

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
