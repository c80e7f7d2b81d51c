"""Markdown written by contributors, made safe to hand to any Markdown viewer.

The Markdown export keeps bodies as Markdown, and a viewer turns every link,
image, autolink, reference definition and raw HTML tag in them into live markup.
So a body is parsed (markdown-it, CommonMark, raw HTML off) with a link check
that accepts only ``http:``, ``https:`` and ``mailto:`` targets, and written back
as Markdown by mdformat's renderer: a rejected link, image, autolink or reference
definition, and every HTML tag, come back as escaped text. The result is parsed
once more with a lenient parser (raw HTML on, every target accepted): if anything
live but a safe link is found there, the body is written as fully escaped text.
A body in which that lenient parser finds nothing to neutralise is kept as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdformat.renderer import MDRenderer

# Browsers drop tabs and newlines anywhere in a URL, and C0 controls and spaces around it.
_DROPPED = re.compile(r"[\t\n\r]")
_SAFE_SCHEME = re.compile(r"(?:https?|mailto):", re.IGNORECASE)
# Every ASCII punctuation character may be backslash-escaped in CommonMark.
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def safe_target(url: str | None) -> bool:
    """Whether a link target is ``http:``, ``https:`` or ``mailto:``, however it is written
    (mixed case, character references, tabs, newlines or controls around or inside the
    scheme all count as what a browser would make of them)."""
    text = _DROPPED.sub("", html.unescape(url or "")).lstrip("".join(map(chr, range(0x21))))
    return bool(_SAFE_SCHEME.match(text))


@cache
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.validateLink = safe_target  # a link, image, autolink or definition to anything else stays text
    return parser


@cache
def _lenient() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})
    parser.validateLink = lambda url: True
    return parser


def destination(url: str) -> str:
    """A safe target written so that it cannot end a Markdown link or autolink early
    (spaces, angle brackets and quotes percent-encoded). Raises ValueError for any other."""
    if not safe_target(url):
        raise ValueError(f"not an http(s) or mailto link: {url!r}")
    return _parser().normalizeLink(_DROPPED.sub("", url.strip()))


def escape_text(text: str) -> str:
    """Text that every Markdown viewer shows as it is: no markup, link or tag in it works."""
    return _PUNCTUATION.sub(r"\\\1", text or "")


def live_targets(markdown: str, safe: Iterable[str] = ()) -> list[str]:
    """What a lenient viewer would make live in ``markdown`` beyond safe links and the
    relative targets in ``safe``: raw HTML, and the targets of other links and images."""
    allowed = set(safe)
    found: list[str] = []

    def walk(tokens: list[Token]) -> None:
        for token in tokens:
            if token.type in ("html_block", "html_inline"):
                found.append(token.content)
            for name in ("href", "src"):
                target = token.attrGet(name)
                if target is not None and not safe_target(str(target)) and str(target) not in allowed:
                    found.append(str(target))
            if token.children:
                walk(token.children)

    env: dict = {}
    walk(_lenient().parse(markdown, env))
    # A definition no link uses yet could serve a link in text written after it.
    for reference in (env.get("references") or {}).values():
        target = str(reference.get("href", ""))
        if not safe_target(target) and target not in allowed:
            found.append(target)
    return found


def safe_markdown(text: str | None) -> str:
    """``text`` as Markdown whose only live targets are http(s) and mailto links."""
    if not text or not text.strip():
        return ""
    if not live_targets(text):
        return text.strip()  # nothing to neutralise: the author's Markdown as written
    env: dict = {}
    try:
        rendered = MDRenderer().render(_parser().parse(text, env), {"parser_extension": []}, env)
    except Exception:  # whatever the renderer trips on, the text is escaped instead
        rendered = ""
    if not rendered.strip() or live_targets(rendered):
        rendered = escape_text(text)
    return rendered.strip()
