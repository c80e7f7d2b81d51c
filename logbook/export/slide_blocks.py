"""A Markdown body as the blocks a slide shows, and those blocks shared out over slides.

A slide cannot scroll: a note's paragraphs, lists, tables and code become blocks
(``Text``, ``Items``, ``Table``, ``Code``) that the deck draws as real objects
(text boxes, bulleted paragraphs, a table, a monospace box), and ``paginate``
puts as many as fit on each slide, cutting a block that is taller than a slide
at a paragraph, an item, a row or a line. Heights are estimated from the
number of characters per line at a given font size, which is close enough for
the fonts the deck uses and errs on the side of more slides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from markdown_it.token import Token

from logbook.export.markup import markdown_tokens

POINTS_PER_INCH = 72


@dataclass(frozen=True)
class Text:
    """A paragraph; ``style`` is ``paragraph``, ``heading`` or ``quote``."""

    text: str
    style: str = "paragraph"


@dataclass(frozen=True)
class Item:
    text: str
    level: int = 0  # nesting, from 0
    number: int | None = None  # its number in an ordered list; None for a bullet


@dataclass(frozen=True)
class Items:
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    header: bool = True  # the first row is the header


@dataclass(frozen=True)
class Code:
    text: str


Block = Text | Items | Table | Code


@dataclass(frozen=True)
class Sizes:
    """Font sizes, in points, the deck draws blocks with."""

    text: int = 18
    table: int = 14
    code: int = 13


def _inline_text(token: Token) -> str:
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a Markdown body, in order (raw HTML shown as text, images left out)."""
    if not text or not text.strip():
        return []
    blocks: list[Block] = []
    lists: list[dict] = []  # the lists open around the current token: ordered, next number
    items: list[Item] = []
    item_started = False  # the current item's first paragraph is taken
    quote = 0
    heading = False
    cell: list[str] | None = None
    row: list[str] = []
    rows: list[tuple[str, ...]] = []
    for token in markdown_tokens(text):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append({"ordered": kind == "ordered_list_open", "next": int(token.attrGet("start") or 1)})
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            if not lists and items:
                blocks.append(Items(tuple(items)))
                items = []
        elif kind == "list_item_open":
            item_started = False
        elif kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
        elif kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote -= 1
        elif kind in ("fence", "code_block"):
            blocks.append(Code(token.content.rstrip("\n")))
        elif kind in ("th_open", "td_open"):
            cell = []
        elif kind in ("th_close", "td_close"):
            row.append(" ".join(cell or ()))
            cell = None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            rows.append(tuple(row))
        elif kind == "table_close":
            blocks.append(Table(tuple(rows)))
            rows = []
        elif kind == "inline":
            content = _inline_text(token)
            if cell is not None:
                cell.append(content)
            elif lists:
                current = lists[-1]
                number = None
                if current["ordered"] and not item_started:
                    number = current["next"]
                    current["next"] += 1
                items.append(Item(content, level=len(lists) - 1, number=number))
                item_started = True
            elif content:
                style = "heading" if heading else "quote" if quote else "paragraph"
                blocks.append(Text(content, style))
    return blocks


# --- sharing blocks out over slides -----------------------------------------------------------


def _lines(text: str, width: float, size: int, char_width: float = 0.5) -> int:
    per_line = max(int(width * POINTS_PER_INCH / (size * char_width)), 1)
    return sum(max(math.ceil(len(line) / per_line), 1) for line in text.split("\n"))


def block_height(block: Block, width: float, sizes: Sizes = Sizes()) -> float:
    """An estimate of the block's height, in inches, at ``width`` inches."""
    line = 1.3 / POINTS_PER_INCH
    if isinstance(block, Text):
        size = sizes.text + (2 if block.style == "heading" else 0)
        return _lines(block.text, width, size) * size * line + 0.12
    if isinstance(block, Items):
        return sum(
            _lines(item.text, width - 0.4 * (item.level + 1), sizes.text) * sizes.text * 1.2 / POINTS_PER_INCH
            + 0.06
            for item in block.items
        )
    if isinstance(block, Table):
        columns = max((len(r) for r in block.rows), default=1)
        cell = width / columns - 0.2
        return sum(
            max((_lines(c, cell, sizes.table) for c in r), default=1) * sizes.table * line + 0.12
            for r in block.rows
        )
    return (
        _lines(block.text, width - 0.3, sizes.code, char_width=0.62) * sizes.code * 1.2 / POINTS_PER_INCH
        + 0.3
    )


def _split(block: Block, width: float, room: float, sizes: Sizes) -> tuple[Block | None, Block | None]:
    """The part of ``block`` that fits in ``room`` inches, and the rest (None when nothing)."""
    if isinstance(block, Items):
        for cut in range(len(block.items), 0, -1):
            head = Items(block.items[:cut])
            if block_height(head, width, sizes) <= room:
                return head, (Items(block.items[cut:]) if cut < len(block.items) else None)
        return None, block
    if isinstance(block, Table):
        start = 1 if block.header else 0
        for cut in range(len(block.rows), start, -1):
            head = replace(block, rows=block.rows[:cut])
            if block_height(head, width, sizes) <= room:
                if cut == len(block.rows):
                    return head, None
                # The rest keeps the header row.
                return head, replace(block, rows=block.rows[:start] + block.rows[cut:])
        return None, block
    if isinstance(block, Code):
        lines = block.text.split("\n")
        for cut in range(len(lines), 0, -1):
            head = Code("\n".join(lines[:cut]))
            if block_height(head, width, sizes) <= room:
                return head, (Code("\n".join(lines[cut:])) if cut < len(lines) else None)
        return None, block
    words = block.text.split(" ")
    low, high = 0, len(words)
    while low < high:  # the most words that fit
        middle = (low + high + 1) // 2
        if block_height(replace(block, text=" ".join(words[:middle])), width, sizes) <= room:
            low = middle
        else:
            high = middle - 1
    if low == 0:
        return None, block
    rest = " ".join(words[low:])
    return replace(block, text=" ".join(words[:low])), (replace(block, text=rest) if rest else None)


def paginate(blocks: list[Block], width: float, height: float, sizes: Sizes = Sizes()) -> list[list[Block]]:
    """``blocks`` shared out over slides whose text area is ``width`` × ``height`` inches.
    Every word, item, row and line is on exactly one slide; a slide is never empty."""
    pages: list[list[Block]] = [[]]
    used = 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        needed = block_height(block, width, sizes)
        if used + needed <= height:
            pages[-1].append(block)
            used += needed
            continue
        head, rest = _split(block, width, height - used, sizes)
        if head is None and not pages[-1]:
            # Taller than a whole slide and no part of it fits: it goes alone, cut by the box.
            head, rest = block, None
        if head is not None:
            pages[-1].append(head)
        if rest is not None:
            queue.insert(0, rest)
        pages.append([])
        used = 0.0
    return [page for page in pages if page] or [[]]
