"""CSRF tokens that differ in every page, so that compressed pages do not leak them (BREACH).

Pages are compressed (``logbook.compression``) and some reflect what a visitor typed (a
search, a form sent back with its errors). An attacker who can make a victim's browser
load such a page many times, and who sees the size of each answer, learns the page's
secrets byte by byte from how well they compress against the reflected guess. The CSRF
token is the secret worth stealing, and Flask-WTF writes the same one in every page of a
session. So each page gets it masked with a fresh random pad (pad + token XOR pad, the
defence Django and Rails use): no two pages share a byte of it, and the server takes the
pad off before Flask-WTF checks the token. Unmasked tokens (older pages still open) keep
working.
"""

from __future__ import annotations

import base64
import binascii
import secrets

from flask_wtf.csrf import CSRFProtect, generate_csrf

PREFIX = "m."


def masked_csrf_token() -> str:
    """The session's CSRF token under a pad of its own: a different string on every call."""
    token = generate_csrf().encode()
    pad = secrets.token_bytes(len(token))
    mixed = bytes(a ^ b for a, b in zip(token, pad, strict=True))
    return PREFIX + base64.urlsafe_b64encode(pad + mixed).decode()


def unmask(value: str | None) -> str | None:
    """The token a masked value carries; anything else comes back as it was, for Flask-WTF
    to accept or refuse."""
    if not value or not value.startswith(PREFIX):
        return value
    try:
        raw = base64.urlsafe_b64decode(value[len(PREFIX) :].encode())
    except (binascii.Error, ValueError):
        return value
    half = len(raw) // 2
    if half == 0 or len(raw) % 2:
        return value
    pad, mixed = raw[:half], raw[half:]
    try:
        return bytes(a ^ b for a, b in zip(mixed, pad, strict=True)).decode()
    except UnicodeDecodeError:
        return value


class MaskedCSRFProtect(CSRFProtect):
    """Flask-WTF's protection, reading tokens that pages wrote masked."""

    def _get_csrf_token(self) -> str | None:
        return unmask(super()._get_csrf_token())
