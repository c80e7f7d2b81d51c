"""Background work on a real job queue (huey): media processing, indexing, exports.

The embedded default keeps the queue in ``instance/jobs.db`` (SQLite) and runs
consumer threads inside ``carnet serve``; a team server points
``CARNET_QUEUE_URL`` at Redis and runs ``carnet worker`` processes.

The database, not the queue, is the source of truth: a queue may lose the task
that was running when its consumer was killed, so ``sweep`` (at worker start
and every minute) re-queues what the database says is unfinished: media still
``pending`` whose task looks lost, entries whose index is behind (and exports,
every five minutes); a media's claim is watched until its lease runs out, so a
killed worker's media is taken over then. Every task is idempotent.

Tasks have priorities (higher first): indexing and housekeeping, then images, then
exports and sound, then video, so one long transcode backlog never holds back the
search or the photos of the day. Redis gets huey's priority queue for that.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, current_app
from huey import MemoryHuey, PriorityRedisHuey, SqliteHuey, crontab
from huey.api import Huey
from redis import ConnectionPool

from logbook.errors import QueueUnavailable, outage_from

log = logging.getLogger("carnet.jobs")

# name -> "module:function"; resolved when the task runs, so this module needs
# none of the domain modules at import time (they are what the tasks call).
TASKS: dict[str, str] = {
    "process_media": "logbook.services.processing:process_media",
    "index_entries": "logbook.services.indexing:index_entries",
    "rebuild_index": "logbook.services.indexing:rebuild_index",
    "sweep": "logbook.services.processing:sweep_stale_media",
    "purge_trash": "logbook.services.trash:purge_expired",
    "expire_idempotency_keys": "logbook.services.replays:expire_idempotency_keys",
    "run_export": "logbook.services.exports:run_queued_export",
    "sweep_exports": "logbook.services.export_upkeep:sweep_stale_exports",
    "expire_exports": "logbook.services.export_upkeep:expire_exports",
    "expire_upload_sessions": "logbook.services.resumable:expire_upload_sessions",
    "expire_browser_sessions": "logbook.auth:expire_idle_browser_sessions",
    "watch_media_lease": "logbook.services.processing:watch_media_lease",
    "sweep_spool": "logbook.uploads:sweep_spool",
    "transcribe_media": "logbook.services.transcripts:transcribe_media",
}
PRIORITY_HIGH, PRIORITY_IMAGE, PRIORITY_NORMAL, PRIORITY_VIDEO, PRIORITY_TRANSCRIPT = 100, 70, 50, 20, 10
# Default priority of each task; process_media is queued with its media's own.
TASK_PRIORITY: dict[str, int] = {
    "index_entries": PRIORITY_HIGH,
    "rebuild_index": PRIORITY_HIGH,
    "sweep": PRIORITY_HIGH,
    "watch_media_lease": PRIORITY_HIGH,
    "process_media": PRIORITY_NORMAL,
    "run_export": PRIORITY_NORMAL,
    # Transcripts are a nicety that may take minutes per recording: everything else first.
    "transcribe_media": PRIORITY_TRANSCRIPT,
}
PERIODIC: dict[str, tuple[str, crontab]] = {
    "sweep-every-minute": ("sweep", crontab(minute="*")),
    "purge-trash-hourly": ("purge_trash", crontab(minute="17")),
    "expire-idempotency-keys-hourly": ("expire_idempotency_keys", crontab(minute="42")),
    "sweep-exports-every-5-minutes": ("sweep_exports", crontab(minute="*/5")),
    "expire-exports-daily": ("expire_exports", crontab(minute="23", hour="3")),
    "expire-upload-sessions-hourly": ("expire_upload_sessions", crontab(minute="51")),
    "expire-browser-sessions-daily": ("expire_browser_sessions", crontab(minute="37", hour="4")),
    "sweep-spool-every-10-minutes": ("sweep_spool", crontab(minute="*/10")),
}


class JobQueue:
    """The app's queue. ``enqueue(name, *args)`` after the database commit."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.mode = app.config["CARNET_WORKER"]
        self.huey = _make_huey(
            app.config["CARNET_QUEUE_URL"],
            immediate=self.mode == "immediate",
            timeout=app.config["CARNET_REDIS_TIMEOUT"],
        )
        self._tasks: dict[str, Any] = {}
        self._consumer = None
        self._lock = threading.Lock()
        for name in TASKS:
            self._tasks[name] = self.huey.task(
                retries=5, retry_delay=5, retry_backoff=2, name=name, priority=TASK_PRIORITY.get(name)
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

    def enqueue(self, name: str, *args: Any, priority: int | None = None) -> None:
        """Queue a task (at its default priority unless given). In ``immediate`` mode it
        runs now; errors are logged, not raised, because the database state lets the sweep
        retry it. Raises ``QueueUnavailable`` when the queue cannot be reached."""
        try:
            if priority is None:
                self._tasks[name](*args)
            else:
                self._tasks[name](*args, priority=priority)
        except Exception as exc:
            if self.mode != "immediate":
                _raise_outage(exc)
                raise
            log.exception("job %s%r failed", name, args)

    def enqueue_in(self, seconds: float, name: str, *args: Any) -> None:
        """Queue a task to run after a delay (not in immediate mode, where it would loop)."""
        if self.mode == "immediate":
            return
        try:
            self._tasks[name].schedule(args=args, delay=seconds)
        except Exception as exc:
            _raise_outage(exc)
            raise

    def pending_count(self) -> int:
        return self.huey.pending_count()

    def check(self) -> None:
        """Raise ``QueueUnavailable`` if the queue cannot be reached (for /health)."""
        self.depth()

    def depth(self) -> dict[str, int]:
        """How much work waits: ``pending`` tasks ready for a worker, ``scheduled`` tasks
        waiting for their time (lease watches, retries). For /health and `carnet check`.
        Raises ``QueueUnavailable`` if the queue cannot be reached."""
        try:
            return {"pending": self.huey.pending_count(), "scheduled": self.huey.scheduled_count()}
        except Exception as exc:
            raise QueueUnavailable(f"the job queue cannot be reached ({type(exc).__name__})") from exc

    def start_consumer(self, workers: int | None = None) -> None:
        """Run consumer threads in this process (``carnet serve``'s in-process worker).

        The process's signal handlers are left as they were: the server hosting these
        threads decides when to stop, and stops them with ``stop_consumer``.
        """
        with self._lock:
            if self._consumer is not None or self.mode == "immediate":
                return
            self._consumer = self.huey.create_consumer(
                workers=workers or self.app.config["CARNET_WORKER_THREADS"],
                worker_type="thread",
                periodic=True,
                check_worker_health=True,
            )
            # huey's start() installs its own SIGTERM/SIGINT/SIGHUP handlers, meant for a
            # consumer that owns its process (``carnet worker``). Inside the web server they
            # swallowed the server's stop signal: it never shut down by itself and was killed
            # at the end of its grace period.
            with _signal_handlers_kept():
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


@contextmanager
def _signal_handlers_kept() -> Iterator[None]:
    """Put back, on the way out, the stop signals' handlers as they were on the way in."""
    signums = [signal.SIGTERM, signal.SIGINT] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    kept = {signum: signal.getsignal(signum) for signum in signums}
    try:
        yield
    finally:
        for signum, handler in kept.items():
            if handler is not None:
                signal.signal(signum, handler)


def _raise_outage(exc: Exception) -> None:
    """Raise ``QueueUnavailable`` if ``exc`` says the queue cannot be reached."""
    if outage_from(exc) is not None:
        raise QueueUnavailable("The job queue is unavailable; try again shortly.") from exc


def _make_huey(url: str, *, immediate: bool, timeout: int = 5) -> Huey:
    parts = urlsplit(url)
    if immediate or parts.scheme == "memory":
        return MemoryHuey("carnet", immediate=immediate, results=False)
    if parts.scheme == "sqlite":
        path = parts.path if not parts.netloc else parts.netloc + parts.path
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        return SqliteHuey("carnet", filename=path, results=False)
    # Without socket timeouts an unreachable Redis hangs the request that queues a job.
    pool = ConnectionPool.from_url(
        url, socket_connect_timeout=max(timeout, 1), socket_timeout=max(timeout, 1) + 2
    )
    # A sorted set rather than a list: tasks come out by priority. (Named apart from the
    # former list-based queue, whose leftovers the sweep makes redundant.)
    return PriorityRedisHuey("carnet-jobs", connection_pool=pool, results=False)


def _resolve(target: str) -> Callable[..., Any]:
    import importlib

    module_name, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


def init_app(app: Flask) -> None:
    app.extensions["carnet.jobs"] = JobQueue(app)


def get_queue() -> JobQueue:
    return current_app.extensions["carnet.jobs"]
