"""GET /health: can this instance serve? One line per dependency, for load balancers and
monitoring.

Each dependency (database, storage, job queue, disk space of the instance folder) is
checked with a short timeout; the answer is 200 when all are up, 503 with
``Retry-After`` when one is down. It names only error codes: no URL, host or message
that could carry a secret.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable

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


def _queue() -> None:
    get_queue().check()


def _disk() -> None:
    free = shutil.disk_usage(current_app.instance_path).free
    if free < current_app.config["CARNET_MIN_FREE_DISK_MB"] * 1024**2:
        raise DiskFull("The instance folder's disk is nearly full.")


CHECKS: dict[str, tuple[Callable[[], None], str]] = {
    # name -> (check, code when it fails with something unforeseen)
    "database": (_database, "database_unavailable"),
    "storage": (_storage, StorageUnavailable.code),
    "queue": (_queue, "queue_unavailable"),
    "disk": (_disk, DiskFull.code),
}


def check_dependencies() -> dict[str, dict[str, str]]:
    """``{name: {"status": "ok"}}`` or ``{name: {"status": "unavailable", "code": ...}}``."""
    results: dict[str, dict[str, str]] = {}
    for name, (check, fallback_code) in CHECKS.items():
        try:
            check()
        except Exception as exc:
            outage = outage_from(exc)
            if outage is None:
                current_app.logger.exception("health check %s failed", name)
            else:
                current_app.logger.warning("health check %s: %s", name, outage.code)
            results[name] = {"status": "unavailable", "code": outage.code if outage else fallback_code}
        else:
            results[name] = {"status": "ok"}
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
