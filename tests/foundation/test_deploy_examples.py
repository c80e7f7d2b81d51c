"""The deployment guide and its example files name only real settings, and the example
environment file covers every setting with values Carnet accepts: the docs cannot drift
from config/__init__.py."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from config import SETTINGS, load_settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "config" / "examples"
ENV_FILE = EXAMPLES / "carnet.env"
DECLARED = {f"CARNET_{setting.name}" for setting in SETTINGS}
NAME = re.compile(r"\bCARNET_[A-Z0-9_]+\b")
# What a team server cannot do without (docs/deploy.md): set, not left to the embedded defaults.
TEAM_SERVER_NEEDS = {
    "CARNET_SECRET_KEY",
    "CARNET_INSTANCE_DIR",
    "CARNET_DATABASE_URL",
    "CARNET_STORAGE_URL",
    "CARNET_QUEUE_URL",
    "CARNET_WORKER",
    "CARNET_RATELIMIT_STORAGE_URL",
    "CARNET_PROXY_HOPS",
    "CARNET_SECURE_COOKIES",
}


def _assignments(text: str, *, commented: bool) -> dict[str, str]:
    """``NAME=value`` lines (or ``# NAME=value`` ones), values unquoted as sh would."""
    prefix = r"#\s*" if commented else ""
    found = {}
    for line in text.splitlines():
        match = re.match(rf"^{prefix}(CARNET_[A-Z0-9_]+)=(.*)$", line.strip())
        if match:
            words = shlex.split(match.group(2))
            found[match.group(1)] = words[0] if words else ""
    return found


def test_every_carnet_variable_of_the_examples_and_the_guide_is_a_declared_setting():
    files = [*sorted(EXAMPLES.iterdir()), ROOT / "docs" / "deploy.md"]
    for path in files:
        unknown = set(NAME.findall(path.read_text(encoding="utf-8"))) - DECLARED
        assert not unknown, (
            f"{path.relative_to(ROOT)} names {sorted(unknown)}, not declared in config/__init__.py"
        )


def test_the_example_environment_file_covers_every_setting():
    text = ENV_FILE.read_text(encoding="utf-8")
    set_here = _assignments(text, commented=False)
    shown = set(set_here) | set(_assignments(text, commented=True))
    missing = DECLARED - shown
    assert not missing, (
        f"add {sorted(missing)} to config/examples/carnet.env (set, or commented with its default)"
    )
    assert set(set_here) >= TEAM_SERVER_NEEDS, sorted(TEAM_SERVER_NEEDS - set(set_here))


def test_the_example_values_are_accepted_and_describe_a_team_server():
    text = ENV_FILE.read_text(encoding="utf-8")
    values = load_settings(environ=_assignments(text, commented=False))
    assert values["CARNET_DATABASE_URL"].startswith("postgresql+psycopg://")
    assert values["CARNET_STORAGE_URL"].startswith("s3://") and "&region=" in values["CARNET_STORAGE_URL"]
    assert values["CARNET_QUEUE_URL"].startswith("redis://")
    assert values["CARNET_WORKER"] == "none"
    assert values["CARNET_PROXY_HOPS"] == 1 and values["CARNET_SECURE_COOKIES"] is True
    # The commented lines show the defaults: uncommenting one changes nothing.
    defaults = load_settings(environ={})
    for name, raw in _assignments(text, commented=True).items():
        assert load_settings(environ={name: raw})[name] == defaults[name], name
