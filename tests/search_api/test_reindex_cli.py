"""`carnet reindex` shows its progress on a terminal, and stays quiet elsewhere."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from search.half_process import available_cores
from tests.search_api.test_search_api import post, search


def _reindex_on_a_terminal(app_config: dict, *args: str) -> tuple[int, str, str]:
    """Run `carnet reindex` in a new process whose stderr is a terminal."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(("CARNET_", "FLASK_"))}
    env.update({name: str(value) for name, value in app_config.items() if name.startswith("CARNET_")})
    controller, terminal = pty.openpty()
    # A terminal 100 columns wide (a new pseudo-terminal has no size: no room for a bar).
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "logbook.cli", "reindex", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=terminal,
        stdin=subprocess.DEVNULL,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    stdout = process.stdout.read().decode()
    process.stdout.close()
    return process.wait(timeout=300), stdout, shown.decode(errors="replace")


@pytest.fixture
def three_entries(client, world):
    return [
        post(client, world.contributor, kind="note", title=title, body="Visite de la légumerie.")
        for title in ("Livraison de carottes", "Réunion des producteurs", "Menus végétariens")
    ]


@pytest.mark.parametrize("backend", ["sqlite-file"])
def test_reindex_shows_a_progress_bar_with_counts_and_rate_on_a_terminal(
    app_config, three_entries, client, world
):
    code, stdout, terminal = _reindex_on_a_terminal(app_config)
    assert code == 0, stdout + terminal
    assert "Indexed 3 entries." in stdout
    assert re.search(r"reindex: 100%.*3/3 \[[^]]*(entry/s|s/entry)\]", terminal), terminal
    assert search(client, world.reader, q="légumerie")["total"] == 3


@pytest.mark.parametrize("backend", ["sqlite-file"])
def test_reindex_is_quiet_when_asked_and_when_not_on_a_terminal(app_config, three_entries, runner):
    code, stdout, terminal = _reindex_on_a_terminal(app_config, "--quiet")
    assert code == 0 and "Indexed 3 entries." in stdout
    assert "entry/s" not in terminal and "%" not in terminal
    result = runner.invoke(args=["reindex"])  # stderr is not a terminal here
    assert result.exit_code == 0
    assert result.output.strip() == "Indexed 3 entries."


@pytest.mark.parametrize("backend", ["sqlite-file"])
def test_reindex_writes_a_large_index_with_two_processes(app_config, three_entries, client, world):
    """The threshold lowered to two entries: the helper process writes the first of them
    (on a machine of one core, one process writes them all)."""
    app_config = {**app_config, "CARNET_SEARCH_PARALLEL_REBUILD_FROM": 2}
    code, stdout, terminal = _reindex_on_a_terminal(app_config, "--quiet")
    assert code == 0 and "Indexed 3 entries." in stdout, stdout + terminal
    live = Path(client.application.config["CARNET_SEARCH_DIR"]) / "current"
    # One segment from each process.
    assert len(list(live.glob("*.trm"))) == (2 if available_cores() >= 2 else 1)
    found = search(client, world.reader, q="légumerie")
    assert found["total"] == 3
    assert {hit["id"] for hit in found["hits"]} == {entry["id"] for entry in three_entries}


@pytest.mark.parametrize("backend", ["sqlite-file"])
def test_a_failed_reindex_says_so_and_keeps_the_index(three_entries, runner, client, world, monkeypatch):
    from logbook.services import indexing
    from search.errors import SearchIndexError

    def fails(progress=None):
        raise SearchIndexError("the helper process writing half the index failed (exit code 3)")

    monkeypatch.setattr(indexing, "rebuild_index", fails)
    result = runner.invoke(args=["reindex"])
    assert result.exit_code == 1
    assert "The index was not rebuilt, the current one is kept" in result.output
    assert "exit code 3" in result.output and "Traceback" not in result.output
    assert search(client, world.reader, q="légumerie")["total"] == 3
