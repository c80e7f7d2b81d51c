"""Facet counts over the whole final set of a search (not the page)."""

from __future__ import annotations

import numpy as np

from search.documents import KINDS
from search.view import TAGS, IndexView


def _counts(values: np.ndarray, missing: int | None = None) -> dict[str, int]:
    keys, counts = np.unique(values, return_counts=True)
    pairs = [(int(k), int(c)) for k, c in zip(keys.tolist(), counts.tolist(), strict=True) if k != missing]
    pairs.sort(key=lambda item: (-item[1], item[0]))
    return {str(key): count for key, count in pairs}


def facets(view: IndexView, final: np.ndarray, docnums: np.ndarray) -> dict[str, dict[str, int]]:
    kinds = np.bincount(view.kind[docnums] + 1, minlength=len(KINDS) + 1)[1:]
    tags = np.bincount(view.tag_code[final[view.tag_doc]], minlength=0)
    tag_counts = sorted(
        ((TAGS.names[code], int(count)) for code, count in enumerate(tags.tolist()) if count),
        key=lambda item: (-item[1], item[0]),
    )
    return {
        "kind": {
            KINDS[code]: int(count)
            for code, count in sorted(enumerate(kinds.tolist()), key=lambda item: -item[1])
            if count
        },
        "tag": dict(tag_counts),
        "stage": _counts(view.stage[docnums], missing=-1),
        "author": _counts(view.author[docnums], missing=-1),
        "year": _counts(view.day[docnums] // 10000, missing=0),
    }
