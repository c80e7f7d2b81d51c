"""GET /health: can this instance serve? One line per dependency, for load balancers and
monitoring.

Each dependency (database, storage, job queue, disk space of the instance folder) is
checked with a short timeout; the answer is 200 when all are up, 503 with
``Retry-After`` when one is down. It names only error codes and counts: no URL, host or
message that could carry a secret.

The queue's line also says how deep it is (``pending``: tasks waiting for a worker;
``scheduled``: tasks waiting for their time, such as lease watches and retries). A deep
queue is not an outage: the web processes still serve, so the status stays ``ok`` and a
load balancer keeps them; a monitor alerts on the number instead.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import Any

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text

from logbook.db import db
from logbook.errors import DiskFull, ServiceUnavailable, StorageUnavailable, outage_from
from logbook.jobs import get_queue
from logbook.storage import get_storage

bp = Blueprint("health", __name__)


def _database() -> None:
    with db.engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def _storage() -> None:
    get_storage().check()


def _queue() -> dict[str, int]:
    return get_queue().depth()


def _disk() -> None:
    free = shutil.disk_usage(current_app.instance_path).free
    if free < current_app.config["CARNET_MIN_FREE_DISK_MB"] * 1024**2:
        raise DiskFull("The instance folder's disk is nearly full.")


CHECKS: dict[str, tuple[Callable[[], dict[str, Any] | None], str]] = {
    # name -> (check, code when it fails with something unforeseen); a check may return
    # figures to show beside its status.
    "database": (_database, "database_unavailable"),
    "storage": (_storage, StorageUnavailable.code),
    "queue": (_queue, "queue_unavailable"),
    "disk": (_disk, DiskFull.code),
}


def check_dependencies() -> dict[str, dict[str, Any]]:
    """``{name: {"status": "ok", **figures}}`` or ``{name: {"status": "unavailable", "code": ...}}``."""
    results: dict[str, dict[str, Any]] = {}
    for name, (check, fallback_code) in CHECKS.items():
        try:
            figures = check()
        except Exception as exc:
            outage = outage_from(exc)
            if outage is None:
                current_app.logger.exception("health check %s failed", name)
            else:
                current_app.logger.warning("health check %s: %s", name, outage.code)
            results[name] = {"status": "unavailable", "code": outage.code if outage else fallback_code}
        else:
            results[name] = {"status": "ok", **(figures or {})}
    return results


@bp.get("/health")
def health():
    checks = check_dependencies()
    healthy = all(result["status"] == "ok" for result in checks.values())
    response = jsonify({"status": "ok" if healthy else "unavailable", "checks": checks})
    response.headers["Cache-Control"] = "no-store"
    if not healthy:
        response.status_code = 503
        response.headers["Retry-After"] = str(ServiceUnavailable.retry_after)
    return response


def init_app(app) -> None:
    app.register_blueprint(bp)
