"""The canvas of Carnet's slides: the palette, the 16:9 geometry, and the building blocks
every slide is drawn with (a titled slide, text boxes, bands, panels, pictures, speaker
notes, and an entry's body as paragraphs, lists, tables and code). The story's slides
are in ``export.pptx``, the lessons' in ``export.learnt_slides``."""

from __future__ import annotations

from io import BytesIO

from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.parts.image import Image as PptxImage
from pptx.parts.image import ImagePart
from pptx.shapes.autoshape import Shape
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

from logbook.export.labels import (
    format_date,
    kind_name,
    labels_for,
)
from logbook.export.markup import markdown_to_text
from logbook.export.slide_blocks import (
    Block,
    Code,
    Items,
    Sizes,
    Table,
    Text,
    block_height,
)
from logbook.export.story import Story, StoryEntry, entry_link
from logbook.export.typography import typeset

WIDTH = Inches(13.333)
HEIGHT = Inches(7.5)
MARGIN = Inches(0.6)

BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC8, 0x55, 0x3D)
GOLD = RGBColor(0xF2, 0xC1, 0x4E)
INK = RGBColor(0x1D, 0x27, 0x33)
MUTED = RGBColor(0x52, 0x61, 0x6F)
PALE = RGBColor(0xCF, 0xE0, 0xEF)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
CREAM = RGBColor(0xFB, 0xF4, 0xEF)

SANS = "Arial"
SERIF = "Georgia"
MONO = "Courier New"
TITLE_ONLY = 5
#: Where an entry's body goes on its slides, in inches, and at which sizes.
BODY_TOP = Inches(2.1)
BODY_WIDTH = 11.5
BODY_HEIGHT = 4.05
SIZES = Sizes(text=18, table=14, code=13)


def clip_text(text: str, limit: int) -> str:
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def quick_part_names(prs: Presentation) -> None:
    """Name new parts (notes slides, images) in constant time.

    python-pptx finds the next free part name, and an image already in the deck, by walking
    every part of the package each time: fine for a summary deck, minutes for a deck with a
    slide per entry of a 1,000-entry logbook. The deck is only ever added to, so the names
    taken are counted once and then kept up to date here (python-pptx's own choice of names:
    the first free number).
    """
    package = prs.part.package
    taken: dict[str, set[str]] = {}
    counters: dict[str, int] = {}

    def next_partname(template: str) -> PackURI:
        prefix = template[: (template % 42).find("42")]
        if prefix not in taken:
            taken[prefix] = {
                str(part.partname) for part in package.iter_parts() if part.partname.startswith(prefix)
            }
        number = counters.get(template, 1)
        while template % number in taken[prefix]:
            number += 1
        taken[prefix].add(template % number)
        counters[template] = number + 1
        return PackURI(template % number)

    images: dict[str, ImagePart] = {}

    def get_or_add_image_part(image_file) -> ImagePart:
        image = PptxImage.from_file(image_file)
        if image.sha1 not in images:
            partname = next_partname("/ppt/media/image%d." + image.ext)
            images[image.sha1] = ImagePart(partname, image.content_type, package, image.blob, image.filename)
        return images[image.sha1]

    package.next_partname = next_partname
    package._image_parts.get_or_add_image_part = get_or_add_image_part


class Canvas:
    """A presentation being built, with the shapes Carnet's slides are made of."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.labels = labels_for(story.locale)
        self.prs = Presentation()
        quick_part_names(self.prs)
        self.prs.slide_width = WIDTH
        self.prs.slide_height = HEIGHT

    # Building blocks

    def slide(self, title: str, *, dark: bool = False, top: Emu = Inches(0.85), size: int = 30) -> Slide:
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[TITLE_ONLY])
        if dark:
            fill = slide.background.fill
            fill.solid()
            fill.fore_color.rgb = BLUE
        shape = slide.shapes.title
        shape.left, shape.top, shape.width, shape.height = MARGIN, top, WIDTH - 2 * MARGIN, Inches(1.1)
        frame = shape.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.TOP
        frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        frame.text = typeset(title, self.story.locale)
        paragraph = frame.paragraphs[0]
        paragraph.alignment = PP_ALIGN.LEFT
        font = paragraph.runs[0].font
        font.name, font.size, font.bold = SANS, Pt(size), True
        font.color.rgb = WHITE if dark else BLUE
        return slide

    def text(
        self,
        slide: Slide,
        left: Emu,
        top: Emu,
        width: Emu,
        height: Emu,
        paragraphs: list[str],
        *,
        size: int = 16,
        colour: RGBColor = INK,
        font: str = SANS,
        bold: bool = False,
        italic: bool = False,
        align: PP_ALIGN = PP_ALIGN.LEFT,
        anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
        spacing: int = 6,
        as_typed: bool = False,
    ) -> Shape:
        """A text box, one paragraph per line; French typography applied unless ``as_typed``
        (code)."""
        box = slide.shapes.add_textbox(left, top, width, height)
        frame = box.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = anchor
        frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        for index, line in enumerate(paragraphs):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = align
            paragraph.space_after = Pt(spacing)
            run = paragraph.add_run()
            run.text = line if as_typed else typeset(line, self.story.locale)
            run.font.name, run.font.size, run.font.bold, run.font.italic = font, Pt(size), bold, italic
            run.font.color.rgb = colour
        return box

    def band(self, slide: Slide, colour: RGBColor = GOLD, top: Emu = Inches(0.55)) -> None:
        """The short coloured rule above slide titles."""
        self.panel(slide, MARGIN, top, Inches(0.9), Inches(0.08), colour)

    def eyebrow(self, slide: Slide, text: str, *, colour: RGBColor = RED, top: Emu = Inches(0.3)) -> None:
        self.text(
            slide, MARGIN, top, Inches(9), Inches(0.4), [text.upper()], size=12, colour=colour, bold=True
        )

    def footer(self, slide: Slide, dark: bool = False) -> None:
        name = self.story.name + (f" · {self.story.nickname}" if self.story.nickname else "")
        self.text(
            slide,
            MARGIN,
            HEIGHT - Inches(0.5),
            WIDTH - 2 * MARGIN,
            Inches(0.35),
            [name],
            size=10,
            colour=PALE if dark else MUTED,
        )

    def panel(
        self,
        slide: Slide,
        left: Emu,
        top: Emu,
        width: Emu,
        height: Emu,
        colour: RGBColor,
        rounded: bool = False,
    ):
        """A flat coloured shape: no outline, and no theme style (which would add a shadow)."""
        shape = slide.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE if rounded else MSO_SHAPE.RECTANGLE, left, top, width, height
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = colour
        shape.line.fill.background()
        style = shape._element.find(qn("p:style"))
        if style is not None:
            shape._element.remove(style)
        if rounded:
            shape.adjustments[0] = 0.08
        return shape

    def picture(
        self,
        slide: Slide,
        payload: bytes,
        left: Emu,
        top: Emu,
        width: Emu,
        height: Emu,
        *,
        fill: bool = False,
    ) -> None:
        """Place an image in a box, centred and keeping its proportions: as large as fits,
        or, with ``fill``, covering the whole box and cropped."""
        with Image.open(BytesIO(payload)) as image:
            ratio = image.width / image.height
        if fill:
            shape = slide.shapes.add_picture(BytesIO(payload), left, top, width, height)
            box_ratio = width / height
            if ratio > box_ratio:
                excess = (1 - box_ratio / ratio) / 2
                shape.crop_left = shape.crop_right = excess
            else:
                excess = (1 - ratio / box_ratio) / 2
                shape.crop_top = shape.crop_bottom = excess
            return
        if width / height > ratio:
            shown_w, shown_h = int(height * ratio), height
        else:
            shown_w, shown_h = width, int(width / ratio)
        slide.shapes.add_picture(
            BytesIO(payload), left + (width - shown_w) // 2, top + (height - shown_h) // 2, shown_w, shown_h
        )

    def notes(self, slide: Slide, entry: StoryEntry) -> None:
        lines = (
            [markdown_to_text(entry.body_markdown)] if entry.quote_allowed else [self.labels["no_consent"]]
        )
        if link := entry_link(self.story, entry):
            lines.append(link)
        text = "\n\n".join(line for line in lines if line)
        slide.notes_slide.notes_text_frame.text = typeset(text, self.story.locale)

    def byline(self, entry: StoryEntry) -> str:
        parts = [
            kind_name(entry.kind, self.story.locale).capitalize(),
            format_date(entry.occurred_at, self.story.locale),
        ]
        if entry.author_name:
            parts.append(entry.author_name)
        return " · ".join(parts)

    def blocks(self, slide: Slide, blocks: list[Block], left: Emu, top: Emu, width: float) -> None:
        """Draw blocks one under the other from ``top``, ``width`` inches wide."""
        y = top
        for block in blocks:
            height = Inches(block_height(block, width, SIZES))
            if isinstance(block, Text):
                heading, quote = block.style == "heading", block.style == "quote"
                self.text(
                    slide,
                    left,
                    y,
                    Inches(width),
                    height,
                    block.text.split("\n"),
                    size=SIZES.text + (2 if heading else 0),
                    font=SANS if heading else SERIF,
                    bold=heading,
                    italic=quote,
                    colour=BLUE if heading else MUTED if quote else INK,
                    spacing=4,
                )
            elif isinstance(block, Items):
                self.items(slide, block, left, y, Inches(width), height)
            elif isinstance(block, Table):
                self.table(slide, block, left, y, Inches(width), height)
            else:
                self.code(slide, block, left, y, Inches(width), height)
            y += height

    def items(self, slide: Slide, block: Items, left: Emu, top: Emu, width: Emu, height: Emu) -> None:
        """A list as bulleted or numbered paragraphs (real bullets, one level per indent)."""
        box = self.text(
            slide, left, top, width, height, [item.text for item in block.items], size=SIZES.text, font=SERIF
        )
        for item, paragraph in zip(block.items, box.text_frame.paragraphs, strict=True):
            paragraph.level = min(item.level, 8)
            properties = paragraph._p.get_or_add_pPr()
            indent = Inches(0.35)
            properties.set("marL", str(int(indent * (item.level + 1))))
            properties.set("indent", str(-int(indent)))
            if item.number is not None:
                bullet = properties.makeelement(
                    qn("a:buAutoNum"), {"type": "arabicPeriod", "startAt": str(item.number)}
                )
            else:
                bullet = properties.makeelement(qn("a:buChar"), {"char": "•" if item.level == 0 else "–"})
            properties.append(bullet)

    def table(self, slide: Slide, block: Table, left: Emu, top: Emu, width: Emu, height: Emu) -> None:
        columns = max(len(row) for row in block.rows)
        table = slide.shapes.add_table(len(block.rows), columns, left, top, width, height).table
        table.first_row = block.header
        for r, row in enumerate(block.rows):
            for c in range(columns):
                frame = table.cell(r, c).text_frame
                frame.word_wrap = True
                frame.text = typeset(row[c] if c < len(row) else "", self.story.locale)
                for run in frame.paragraphs[0].runs:
                    run.font.name, run.font.size = SANS, Pt(SIZES.table)
                    run.font.bold = block.header and r == 0

    def code(self, slide: Slide, block: Code, left: Emu, top: Emu, width: Emu, height: Emu) -> None:
        """Code as typed, in a monospace font on a pale panel."""
        self.panel(slide, left, top, width, height - Inches(0.08), RGBColor(0xF3, 0xF5, 0xF7))
        self.text(
            slide,
            left + Inches(0.15),
            top + Inches(0.08),
            width - Inches(0.3),
            height - Inches(0.2),
            block.text.split("\n"),
            size=SIZES.code,
            font=MONO,
            spacing=0,
            as_typed=True,
        )
