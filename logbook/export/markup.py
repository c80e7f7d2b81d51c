"""Entry bodies are Markdown written by contributors: turn them into safe HTML or plain text.

Raw HTML in a body is never passed through: markdown-it escapes it, and nh3 then
keeps only a small set of text tags (no images, no scripts, no event handlers,
no styles), so nothing in an entry can fetch a resource or run code in an export.
"""

from __future__ import annotations

import html
import re
from functools import cache

import nh3
from markdown_it import MarkdownIt
from markdown_it.token import Token

from logbook.export.safe_markdown import safe_target

_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "del",
    "s",
}
_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
_SCHEMES = {"http", "https", "mailto"}


@cache
def _parser() -> MarkdownIt:
    # Raw HTML off: tags in a body come out as text before nh3 even sees them. Links and
    # images only to web and mail addresses: nh3 would let a relative one through, and
    # there is nothing in an export for a body's relative link to reach.
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
        ["table", "strikethrough"]
    )
    parser.validateLink = safe_target
    return parser


# Entry headings live inside an entry whose own title is a heading: shift them down.
_HEADING = re.compile(r"<(/?)h([1-6])\b")


def _demote(match: re.Match[str]) -> str:
    return f"<{match[1]}h{min(int(match[2]) + 2, 6)}"


def markdown_to_html(text: str) -> str:
    """Sanitised HTML for a Markdown body; empty string for an empty body."""
    if not text or not text.strip():
        return ""
    rendered = _HEADING.sub(_demote, _parser().render(text))
    return nh3.clean(
        rendered,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


_BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote|pre|tr)>|<br\s*/?>|<hr\s*/?>")


def markdown_tokens(text: str) -> list[Token]:
    """The tokens of a Markdown body, from the same parser (raw HTML off, safe links only),
    for formats that lay blocks out themselves (slides)."""
    return _parser().parse(text or "")


def markdown_to_text(text: str) -> str:
    """The words of a Markdown body without markup, one paragraph per line."""
    if not text or not text.strip():
        return ""
    rendered = _BLOCK_END.sub("\n", _parser().render(text).replace("<li>", "<li>• "))
    plain = html.unescape(nh3.clean(rendered, tags=set()))
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in plain.splitlines())
    return "\n".join(line for line in lines if line)


def escape(text: str | None) -> str:
    """Text for an HTML element or attribute value."""
    return html.escape(text or "", quote=True)
