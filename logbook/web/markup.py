"""Entry text: Markdown (CommonMark, with tables and strikethrough) to sanitised HTML."""

from __future__ import annotations

import re

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"]
)

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "s", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "th": {"align"},
    "td": {"align"},
}
_BLOCK_ENDS = re.compile(r"</(?:p|li|h[1-6]|blockquote|pre|tr|td|th)>|<br\s*/?>|<hr\s*/?>")
_TAGS = re.compile(r"<[^>]+>")


def render_markdown(text: str) -> Markup:
    """Markdown to HTML that is safe to insert in a page (links get rel=noopener nofollow)."""
    html = _md.render(text)
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return Markup(clean)


def excerpt(text: str, length: int = 240) -> str:
    """Plain text of the first ``length`` characters of the Markdown, for cards."""
    plain = _TAGS.sub("", _BLOCK_ENDS.sub(" ", _md.render(text or "")))
    plain = " ".join(plain.replace("&amp;", "&").replace("&quot;", '"').replace("&#39;", "'").split())
    plain = plain.replace("&lt;", "<").replace("&gt;", ">")
    if len(plain) <= length:
        return plain
    return plain[: length - 1].rsplit(" ", 1)[0] + "…"
