"""A web process killed mid-upload leaves its spool file behind: it is removed at start-up
and by the periodic sweep, while the files of live processes are left alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from logbook.uploads import sweep_spool
from tests.conftest import ROOT
from tests.faults.conftest import make_app, sqlite_config

SPOOLING = """
import sys, time
from logbook.uploads import HashedSpoolFile
spool = HashedSpoolFile(sys.argv[1])
spool.write(b"half an upload" * 1000)
spool.flush()
print(spool.path, flush=True)
time.sleep(120)
"""


def spooling_process(folder: str) -> tuple[subprocess.Popen, str]:
    """A process in the middle of receiving an upload: its spool file is on disk."""
    process = subprocess.Popen(
        [sys.executable, "-c", SPOOLING, folder],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    path = process.stdout.readline().strip()
    assert os.path.exists(path)
    return process, path


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_spool_files_of_killed_processes_go_at_start_up_and_by_the_sweep(tmp_path, sqlite_template):
    config = sqlite_config(tmp_path, sqlite_template)
    spool = os.path.join(config["CARNET_INSTANCE_DIR"], "uploads")
    killed, killed_file = spooling_process(spool)
    alive, alive_file = spooling_process(spool)
    try:
        kill(killed)
        assert os.path.exists(killed_file)  # nothing of the killed process cleaned up after it

        app = make_app(config)  # start-up
        assert not os.path.exists(killed_file)
        assert os.path.exists(alive_file)  # a live process's upload is left alone

        kill(alive)
        forgotten = os.path.join(spool, f"upload-{os.getpid()}-forgotten")
        with open(forgotten, "wb") as handle:
            handle.write(b"x")
        two_days_ago = time.time() - 2 * 24 * 3600
        os.utime(forgotten, (two_days_ago, two_days_ago))
        with app.app_context():
            assert sweep_spool() == 2
        assert not os.path.exists(alive_file)
        assert not os.path.exists(forgotten)  # older than any request, whoever it belonged to
    finally:
        for process in (killed, alive):
            if process.poll() is None:
                kill(process)


def test_the_spool_sweep_runs_periodically():
    from logbook.jobs import PERIODIC, TASKS

    assert any(task == "sweep_spool" for task, _ in PERIODIC.values())
    assert TASKS["sweep_spool"] == "logbook.uploads:sweep_spool"
