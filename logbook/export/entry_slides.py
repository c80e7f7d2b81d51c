"""The slides of one pinned entry in the story's deck (:mod:`logbook.export.pptx`): a
photo with its caption, a quote, a note, an audio or video with a QR code to play it,
a link. Testimonies without consent get none."""

from __future__ import annotations

import logging

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Emu, Inches

from logbook.export.labels import (
    format_duration,
    kind_name,
)
from logbook.export.markup import markdown_to_text
from logbook.export.qrcodes import qr_png
from logbook.export.slide_blocks import markdown_blocks, paginate
from logbook.export.slide_canvas import (
    BLUE,
    BODY_HEIGHT,
    BODY_TOP,
    BODY_WIDTH,
    CREAM,
    MARGIN,
    MUTED,
    RED,
    SERIF,
    SIZES,
    WIDTH,
    Canvas,
    clip_text,
)
from logbook.export.sources import read_object
from logbook.export.story import StoryEntry, StoryMedia, StoryStage, entry_link
from logbook.export.waveform import waveform_from_json

log = logging.getLogger(__name__)


class EntrySlides(Canvas):
    """The slides of pinned entries, on the deck's canvas (its story, labels and palette)."""

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
