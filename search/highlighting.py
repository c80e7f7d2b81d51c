"""Highlights and snippets for the returned page: matched words in ``<mark>``, the rest escaped."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from functools import lru_cache

from search.parsing import WORD
from search.words import STOP_WORDS, fold, lemma, stem

SNIPPET_CHARS = 220


@lru_cache(maxsize=200_000)
def _forms(word: str) -> tuple[str, str | None, str]:
    """A word as written → (folded, stem or None for a stop word, lemma)."""
    folded = fold(word)
    return folded, None if folded in STOP_WORDS else stem(folded), lemma(word.lower())


@dataclass
class Highlighter:
    exact: set[str]
    stems: set[str]
    prefixes: tuple[str, ...]
    lemmas: set[str] = field(default_factory=set)

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = []
        for match in WORD.finditer(text):
            word, stemmed, base = _forms(match.group())
            if (
                word in self.exact
                or (stemmed is not None and stemmed in self.stems)
                or base in self.lemmas
                or (self.prefixes and word.startswith(self.prefixes))
            ):
                found.append(match.span())
        return found

    @staticmethod
    def render(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
        end = len(text) if end is None else end
        out = []
        position = start
        for span_start, span_end in spans:
            if span_start < start or span_end > end:
                continue
            out.append(html.escape(text[position:span_start]))
            out.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
            position = span_end
        out.append(html.escape(text[position:end]))
        return "".join(out)

    def snippet(self, texts: list[str]) -> str:
        best: tuple[int, str, list[tuple[int, int]]] | None = None
        for text in texts:
            if not text:
                continue
            spans = self.spans(text)
            if best is None or len(spans) > best[0]:
                best = (len(spans), text, spans)
        if best is None:
            return ""
        _count, text, spans = best
        if len(text) <= SNIPPET_CHARS:
            return self.render(text, spans)
        start = 0
        if spans:
            # The window holding the most matches, starting a little before the first.
            top, top_index = 0, 0
            for i, (span_start, _end) in enumerate(spans):
                inside = sum(1 for s, _e in spans[i:] if s < span_start + SNIPPET_CHARS - 40)
                if inside > top:
                    top, top_index = inside, i
            start = max(0, spans[top_index][0] - 40)
            if start:
                space = text.find(" ", start)
                start = space + 1 if 0 <= space < spans[top_index][0] else start
        end = min(len(text), start + SNIPPET_CHARS)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > start else end
        rendered = self.render(text, spans, start, end)
        return ("…" if start else "") + rendered + ("…" if end < len(text) else "")
