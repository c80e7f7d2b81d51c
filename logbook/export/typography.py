"""French typography for the text exports print: ’ and the no-break spaces of French.

A French document sets a typographic apostrophe (’) rather than a straight one,
a narrow no-break space (U+202F) before ``; : ? !`` and a no-break space inside
« guillemets », so that a « never ends a line and a ; never starts one.
Contributors type straight apostrophes and ordinary spaces; the renderers pass
every text they print through ``typeset`` (plain text) or ``typeset_html`` (an
HTML fragment) at render time, so the stored words never change.

Web and mail addresses are left exactly as written (a ``'`` or a ``:`` in them
is part of the address), and so are code spans and blocks in HTML. English
text is returned unchanged.
"""

from __future__ import annotations

import html
import re

NNBSP = "\u202f"  # narrow no-break space: before ; : ? !
NBSP = "\u00a0"  # no-break space: inside « »

# Addresses are kept as they are: web, mail, and bare "www." names.
_ADDRESS = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|mailto:|www\.)[^\s<>«»\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I
)
# Whitespace before ; : ? ! becomes one narrow no-break space…
_SPACE_BEFORE = re.compile(r"[^\S\n]+([;:?!])")
# …and ; ? ! glued to a word get one (":" glued to a word is a time, a ratio or a
# scheme: "14:30", "2:14", left alone).
_GLUED = re.compile(r"(?<=[\w’)\]»…%])([;?!])")
_OPENING = re.compile(r"«[^\S\n]*")
_CLOSING = re.compile(r"[^\S\n]*»")
# Elements whose text is code or not text at all.
_RAW_ELEMENTS = ("code", "pre", "kbd", "samp", "script", "style")
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")


def is_french(locale: str) -> bool:
    return locale != "en"


def _prose(text: str) -> str:
    text = text.replace("'", "’")
    text = _SPACE_BEFORE.sub(NNBSP + r"\1", text)
    text = _GLUED.sub(NNBSP + r"\1", text)
    text = _OPENING.sub("«" + NBSP, text)
    return _CLOSING.sub(NBSP + "»", text)


def typeset(text: str, locale: str = "fr") -> str:
    """``text`` set by the rules of French typography (unchanged for English),
    addresses left as written. Applying it twice changes nothing more."""
    if not text or not is_french(locale):
        return text
    pieces = []
    start = 0
    for match in _ADDRESS.finditer(text):
        pieces.append(_prose(text[start : match.start()]))
        pieces.append(match.group(0))
        start = match.end()
    pieces.append(_prose(text[start:]))
    return "".join(pieces)


def typeset_html(fragment: str, locale: str = "fr") -> str:
    """An HTML fragment with ``typeset`` applied to its text only: tags and attribute
    values (addresses, data URIs) are untouched, and so is the text of code
    (``code``, ``pre``…), scripts and styles. Fragments are expected to close the
    code elements they open, which is how every renderer writes them."""
    if not fragment or not is_french(locale):
        return fragment
    out = []
    raw_depth = 0
    for piece in _TAG.split(fragment):
        if piece.startswith("<"):
            if (name := _TAG_NAME.match(piece)) and name[2].lower() in _RAW_ELEMENTS:
                if name[1]:
                    raw_depth = max(raw_depth - 1, 0)
                elif not piece.endswith("/>"):
                    raw_depth += 1
            out.append(piece)
        elif raw_depth or not piece:
            out.append(piece)
        else:
            out.append(html.escape(typeset(html.unescape(piece), locale), quote=False))
    return "".join(out)
