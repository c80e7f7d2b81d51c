"""Background work on a real job queue (huey): media processing, indexing, exports.

The embedded default keeps the queue in ``instance/jobs.db`` (SQLite) and runs
consumer threads inside ``carnet serve``; a team server points
``CARNET_QUEUE_URL`` at Redis and runs ``carnet worker`` processes.

The database, not the queue, is the source of truth: a queue may lose the task
that was running when its consumer was killed, so ``sweep`` (at worker start
and every minute) re-queues media still ``pending`` or ``processing`` past
their lease. Every task is idempotent.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, current_app
from huey import MemoryHuey, RedisHuey, SqliteHuey, crontab
from huey.api import Huey

log = logging.getLogger("carnet.jobs")

# name -> "module:function"; resolved when the task runs, so this module needs
# none of the domain modules at import time (they are what the tasks call).
TASKS: dict[str, str] = {
    "process_media": "logbook.services.processing:process_media",
    "index_entries": "logbook.services.indexing:index_entries",
    "rebuild_index": "logbook.services.indexing:rebuild_index",
    "sweep": "logbook.services.processing:sweep_stale_media",
    "purge_trash": "logbook.services.trash:purge_expired",
    "expire_idempotency_keys": "logbook.services.entries:expire_idempotency_keys",
    "run_export": "logbook.services.exports:run_export",
    "sweep_exports": "logbook.services.exports:sweep_stale_exports",
    "expire_exports": "logbook.services.exports:expire_exports",
    "expire_upload_sessions": "logbook.services.resumable:expire_upload_sessions",
    "expire_browser_sessions": "logbook.auth:expire_idle_browser_sessions",
    "transcribe_media": "logbook.services.transcripts:transcribe_media",
}
# Queues that order by priority (SQLite, memory) run these after everything else: a
# transcript can wait, a photo's thumbnail or the search index should not. On Redis
# (first in, first out) transcription still never holds a worker long: each run does a
# few windows and queues the rest (see services/transcripts.py).
PRIORITIES: dict[str, int] = {"transcribe_media": -10}
PERIODIC: dict[str, tuple[str, crontab]] = {
    "sweep-every-minute": ("sweep", crontab(minute="*")),
    "purge-trash-hourly": ("purge_trash", crontab(minute="17")),
    "expire-idempotency-keys-hourly": ("expire_idempotency_keys", crontab(minute="42")),
    "sweep-exports-every-5-minutes": ("sweep_exports", crontab(minute="*/5")),
    "expire-exports-daily": ("expire_exports", crontab(minute="23", hour="3")),
    "expire-upload-sessions-hourly": ("expire_upload_sessions", crontab(minute="51")),
    "expire-browser-sessions-daily": ("expire_browser_sessions", crontab(minute="37", hour="4")),
}


class JobQueue:
    """The app's queue. ``enqueue(name, *args)`` after the database commit."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.mode = app.config["CARNET_WORKER"]
        self.huey = _make_huey(app.config["CARNET_QUEUE_URL"], immediate=self.mode == "immediate")
        self._tasks: dict[str, Any] = {}
        self._consumer = None
        self._lock = threading.Lock()
        ordered = getattr(self.huey.storage, "priority", False)
        for name in TASKS:
            self._tasks[name] = self.huey.task(
                retries=5,
                retry_delay=5,
                retry_backoff=2,
                name=name,
                priority=PRIORITIES.get(name) if ordered else None,
            )(self._runner(name))
        if self.mode != "immediate":
            for name, (task_name, schedule) in PERIODIC.items():
                self.huey.periodic_task(schedule, name=name)(self._runner(task_name))

    def _runner(self, name: str) -> Callable[..., Any]:
        target = TASKS[name]

        def run(*args: Any) -> Any:
            with self.app.app_context():
                return _resolve(target)(*args)

        run.__name__ = name
        return run

    def enqueue(self, name: str, *args: Any) -> None:
        """Queue a task. In ``immediate`` mode it runs now; errors are logged, not raised,
        because the database state lets the sweep retry it."""
        try:
            self._tasks[name](*args)
        except Exception:
            if self.mode != "immediate":
                raise
            log.exception("job %s%r failed", name, args)

    def enqueue_in(self, seconds: float, name: str, *args: Any) -> None:
        """Queue a task to run after a delay (not in immediate mode, where it would loop)."""
        if self.mode == "immediate":
            return
        self._tasks[name].schedule(args=args, delay=seconds)

    def pending_count(self) -> int:
        return self.huey.pending_count()

    def start_consumer(self, workers: int | None = None) -> None:
        """Run consumer threads in this process (``carnet serve``'s in-process worker)."""
        with self._lock:
            if self._consumer is not None or self.mode == "immediate":
                return
            self._consumer = self.huey.create_consumer(
                workers=workers or self.app.config["CARNET_WORKER_THREADS"],
                worker_type="thread",
                periodic=True,
                check_worker_health=True,
            )
            self._consumer.start()
        self.enqueue("sweep")

    def stop_consumer(self) -> None:
        with self._lock:
            if self._consumer is not None:
                self._consumer.stop(graceful=True)
                self._consumer = None

    def run_consumer(self, workers: int | None = None) -> None:
        """Run a consumer in the foreground until SIGTERM/SIGINT (``carnet worker``)."""
        consumer = self.huey.create_consumer(
            workers=workers or self.app.config["CARNET_WORKER_THREADS"],
            worker_type="thread",
            periodic=True,
        )
        self.enqueue("sweep")
        consumer.run()

    def run_pending(self) -> int:
        """Execute every queued task now, in this thread; returns how many ran (tests, CLI)."""
        count = 0
        while True:
            task = self.huey.dequeue()
            if task is None:
                return count
            self.huey.execute(task)
            count += 1


def _make_huey(url: str, *, immediate: bool) -> Huey:
    parts = urlsplit(url)
    if immediate or parts.scheme == "memory":
        return MemoryHuey("carnet", immediate=immediate, results=False)
    if parts.scheme == "sqlite":
        path = parts.path if not parts.netloc else parts.netloc + parts.path
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        return SqliteHuey("carnet", filename=path, results=False)
    return RedisHuey("carnet", url=url, results=False)


def _resolve(target: str) -> Callable[..., Any]:
    import importlib

    module_name, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def init_app(app: Flask) -> None:
    app.extensions["carnet.jobs"] = JobQueue(app)


def get_queue() -> JobQueue:
    return current_app.extensions["carnet.jobs"]
