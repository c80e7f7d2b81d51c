"""Languages: French first, English second.

The catalogues live as ``.po`` files in ``logbook/translations``; at start-up
they are compiled into ``<instance>/translations`` when the ``.mo`` is missing
or older than its ``.po``, so a fresh clone needs no extra step. The locale
comes from the language switch (a cookie), then the signed-in user's choice,
then ``Accept-Language``, then French.
"""

from __future__ import annotations

import io
import os

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import Flask, request
from flask_babel import Babel
from flask_login import current_user

LOCALES = ("fr", "en")
DEFAULT_LOCALE = "fr"
COOKIE = "carnet_lang"
SOURCE_DIR = os.path.join(os.path.dirname(__file__), "translations")


def select_locale() -> str:
    chosen = request.cookies.get(COOKIE)
    if chosen in LOCALES:
        return chosen
    user_locale = getattr(current_user, "locale", None) if current_user else None
    if user_locale in LOCALES:
        return user_locale
    return request.accept_languages.best_match(LOCALES) or DEFAULT_LOCALE


# Compiled catalogues by .po path and modification time: a process that makes several
# apps (the CLI, tests) parses each catalogue once.
_compiled_cache: dict[tuple[str, float], bytes] = {}


def _compiled(po_path: str, lang: str) -> bytes:
    key = (po_path, os.path.getmtime(po_path))
    if key not in _compiled_cache:
        with open(po_path, "rb") as handle:
            catalog = read_po(handle, locale=lang)
        compiled = io.BytesIO()
        write_mo(compiled, catalog)
        _compiled_cache[key] = compiled.getvalue()
    return _compiled_cache[key]


def compile_catalogues(source_dir: str, target_dir: str) -> list[str]:
    """Compile every ``<lang>/LC_MESSAGES/*.po`` under ``source_dir`` into ``target_dir``;
    returns the paths written (an up-to-date ``.mo`` is left alone)."""
    written = []
    for lang in sorted(os.listdir(source_dir)):
        folder = os.path.join(source_dir, lang, "LC_MESSAGES")
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            if not name.endswith(".po"):
                continue
            po_path = os.path.join(folder, name)
            out_folder = os.path.join(target_dir, lang, "LC_MESSAGES")
            mo_path = os.path.join(out_folder, name[:-3] + ".mo")
            if os.path.exists(mo_path) and os.path.getmtime(mo_path) >= os.path.getmtime(po_path):
                continue
            os.makedirs(out_folder, exist_ok=True)
            # Another process may compile at the same moment: write aside, then move into place.
            temporary = f"{mo_path}.{os.getpid()}.tmp"
            with open(temporary, "wb") as handle:
                handle.write(_compiled(po_path, lang))
            os.replace(temporary, mo_path)
            written.append(mo_path)
    return written


def init_app(app: Flask) -> None:
    target = os.path.join(app.instance_path, "translations")
    compile_catalogues(SOURCE_DIR, target)
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT_LOCALE)
    app.config.setdefault("BABEL_DEFAULT_TIMEZONE", "Europe/Paris")
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = target
    app.extensions["carnet.babel"] = Babel(app, locale_selector=select_locale)
