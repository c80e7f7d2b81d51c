"""A resumable upload's piece as it arrives: both stores read it through arriving_chunks."""

from __future__ import annotations

import io

import pytest
from werkzeug.exceptions import ClientDisconnected

from logbook.errors import ValidationFailed
from logbook.uploads import arriving_chunks


class _Dropping(io.RawIOBase):
    """A body whose client goes away after ``count`` bytes."""

    def __init__(self, count: int) -> None:
        self.left = count

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.left <= 0:
            raise ClientDisconnected()
        size = min(size, self.left)
        self.left -= size
        return b"x" * size


def test_the_body_comes_in_chunks_until_it_ends():
    assert list(arriving_chunks(io.BytesIO(b"abcdefg"), room=7, size=3)) == [b"abc", b"def", b"g"]


def test_a_dropped_connection_keeps_what_arrived():
    assert b"".join(arriving_chunks(_Dropping(5), room=100, size=2)) == b"xxxxx"


def test_more_than_announced_is_refused_before_the_chunk_that_passes_it():
    given = []
    with pytest.raises(ValidationFailed) as refused:
        for chunk in arriving_chunks(io.BytesIO(b"abcdefg"), room=5, size=3):
            given.append(chunk)
    assert given == [b"abc"] and refused.value.code == "beyond_length"
