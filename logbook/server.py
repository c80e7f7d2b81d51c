"""`carnet serve`: gunicorn in one process with request threads, plus the in-process worker.

gunicorn rather than waitress because gunicorn hands the request body to the
application as it arrives: waitress reads a whole upload into a temporary file
before the application sees a byte, which costs a full extra pass over a 1 GiB
video. One worker process keeps the embedded SQLite database and job queue
simple; a team server runs several (config/gunicorn.conf.py) with `carnet worker`.
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication


class CarnetServer(BaseApplication):
    def __init__(self, app: Flask, *, host: str, port: int) -> None:
        self.application = app
        self.options: dict[str, Any] = {
            "bind": f"{host}:{port}",
            "workers": 1,
            "worker_class": "gthread",
            "threads": app.config["CARNET_SERVER_THREADS"],
            # Phones on bad networks take their time to send a video.
            "timeout": 600,
            "graceful_timeout": 30,
            # gunicorn's largest request line, as in config/gunicorn.conf.py, so that a search
            # near its length limit still reaches the application (which answers a JSON 422
            # when it is too long); longer ones must be POSTed to /api/v1/search.
            "limit_request_line": 8190,
            "accesslog": "-",
            "post_fork": _post_fork,
            "post_worker_init": _post_worker_init,
            "worker_exit": _worker_exit,
        }
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self) -> Flask:
        return self.application


def _post_fork(_server, worker) -> None:
    # Connections opened by the parent (migrations) must not be shared with the child.
    from logbook.db import db

    with worker.app.application.app_context():
        db.engine.dispose(close=False)


def _post_worker_init(worker) -> None:
    app = worker.app.application
    if app.config["CARNET_WORKER"] == "thread":
        app.extensions["carnet.jobs"].start_consumer()


def _worker_exit(_server, worker) -> None:
    worker.app.application.extensions["carnet.jobs"].stop_consumer()


def serve(app: Flask, *, host: str, port: int) -> None:
    CarnetServer(app, host=host, port=port).run()
