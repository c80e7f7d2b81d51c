"""Every Carnet setting, declared once: name, default, description and parser.

Environment variables named ``CARNET_<NAME>`` override the defaults; a mapping
passed to ``logbook.create_app`` overrides both (tests use that). A value that
cannot be parsed stops start-up with a message naming the setting.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


class ConfigError(ValueError):
    """A setting has a value Carnet cannot use; the message names the setting."""


def _parse_bool(raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("expected true/false")


def _parse_int(raw: str) -> int:
    value = int(raw.strip().replace("_", ""))
    if value < 0:
        raise ValueError("must not be negative")
    return value


def _parse_str(raw: str) -> str:
    return raw.strip()


def _parse_choice(*choices: str) -> Callable[[str], str]:
    def parse(raw: str) -> str:
        value = raw.strip().lower()
        if value not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}")
        return value

    return parse


def _parse_timezone(raw: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    value = raw.strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("expected an IANA time zone such as Europe/Paris") from None
    return value


def _parse_db_url(raw: str) -> str:
    value = raw.strip()
    if not value.startswith(("sqlite:", "postgresql:", "postgresql+psycopg:")):
        raise ValueError("expected a sqlite:/// or postgresql:// URL")
    # SQLAlchemy's bare "postgresql://" means psycopg2; Carnet ships psycopg 3.
    if value.startswith("postgresql://"):
        value = "postgresql+psycopg://" + value[len("postgresql://") :]
    return value


def _parse_storage_url(raw: str) -> str:
    value = raw.strip()
    if not value.startswith(("file://", "s3://")):
        raise ValueError("expected file://PATH or s3://BUCKET/PREFIX?endpoint_url=…")
    return value


def _parse_public_url(raw: str) -> str:
    value = raw.strip().rstrip("/")
    if value and not value.startswith(("http://", "https://")):
        raise ValueError("expected the address readers use, such as https://carnet.example.org")
    return value


def _parse_queue_url(raw: str) -> str:
    value = raw.strip()
    if value and not value.startswith(("sqlite://", "redis://", "rediss://", "memory://")):
        raise ValueError("expected sqlite:///PATH, redis://HOST:PORT/DB or memory://")
    return value


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    description: str
    parse: Callable[[str], Any] = _parse_str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "SECRET_KEY",
        "",
        "Signs sessions and CSRF tokens. Empty: a random key is kept in instance/secret_key.",
        _parse_str,
    ),
    Setting(
        "INSTANCE_DIR",
        "./instance",
        "Where the embedded database, media, search index and job queue live.",
        _parse_str,
    ),
    Setting("DATABASE_URL", "", "SQLAlchemy URL. Empty: sqlite:///<INSTANCE_DIR>/carnet.db.", _parse_db_url),
    Setting(
        "STORAGE_URL",
        "",
        "Where files go: file://PATH or s3://BUCKET/PREFIX?endpoint_url=…&region=…. Empty: file://<INSTANCE_DIR>/media.",
        _parse_storage_url,
    ),
    Setting(
        "DATABASE_CONNECT_TIMEOUT",
        5,
        "Seconds to wait for a PostgreSQL connection before answering 503 database_unavailable.",
        _parse_int,
    ),
    Setting(
        "DATABASE_STATEMENT_TIMEOUT",
        30,
        "Seconds a database statement may run (PostgreSQL statement_timeout; SQLite waits this long for a lock) before it is cancelled and answered 503 (0: no limit).",
        _parse_int,
    ),
    Setting("SEARCH_DIR", "", "Whoosh index directory. Empty: <INSTANCE_DIR>/search.", _parse_str),
    Setting(
        "SEARCH_PARALLEL_REBUILD_FROM",
        20_000,
        "Entries from which a rebuild of the search index (carnet reindex) is analysed and written by two processes, when this one may use two cores (0: always one process).",
        _parse_int,
    ),
    Setting(
        "SEARCH_STORE",
        "auto",
        "Where the search index lives: whoosh (files in CARNET_SEARCH_DIR, one machine), postgres (tables of the PostgreSQL database, shared by every machine) or auto (postgres when the database is PostgreSQL).",
        _parse_choice("auto", "whoosh", "postgres"),
    ),
    Setting(
        "QUEUE_URL",
        "",
        "Job queue: sqlite:///PATH, redis://HOST:PORT/DB or memory://. Empty: sqlite:///<INSTANCE_DIR>/jobs.db.",
        _parse_queue_url,
    ),
    Setting(
        "REDIS_TIMEOUT",
        5,
        "Seconds to wait for Redis (job queue, rate limits) before it counts as unavailable.",
        _parse_int,
    ),
    Setting(
        "DEPENDENCY_CHECK_SECONDS",
        2,
        "Seconds /health, and the look at S3 before a media redirect, wait for a dependency's answer.",
        _parse_int,
    ),
    Setting(
        "MIN_FREE_DISK_MB",
        100,
        "Free space under INSTANCE_DIR (upload spool, embedded database) below which /health reports the disk as full, in MiB.",
        _parse_int,
    ),
    Setting(
        "WORKER",
        "thread",
        "How jobs run inside `carnet serve`: thread (in-process consumer), none (a separate `carnet worker`), immediate (synchronously, for tests).",
        _parse_choice("thread", "none", "immediate"),
    ),
    Setting("WORKER_THREADS", 1, "Consumer threads of the in-process or separate worker.", _parse_int),
    Setting(
        "MEDIA_LEASE_SECONDS",
        90,
        "How long a claim on a media lasts unless renewed (every third of it); a killed worker's media are taken over after it.",
        _parse_int,
    ),
    Setting(
        "TRANSCRIBE_MODEL",
        "",
        "Speech-to-text for audio and video: a faster-whisper model directory, or `bundled` for the Whisper base model of `carnet[transcribe]`. Empty: no transcription.",
        _parse_str,
    ),
    Setting(
        "TRANSCRIBE_THREADS",
        1,
        "CPU threads one transcription uses (the model runs one media at a time).",
        _parse_int,
    ),
    Setting(
        "TRANSCRIBE_BEAM",
        5,
        "Beam search width of transcription: 5 makes about a quarter fewer errors than 1 (greedy) for 20–30 % more CPU.",
        _parse_int,
    ),
    Setting(
        "MAX_UPLOAD_BYTES",
        2 * 1024**3,
        "Largest request body accepted, in bytes (default 2 GiB).",
        _parse_int,
    ),
    Setting(
        "RESUMABLE_UPLOAD_HOURS",
        24,
        "Hours an unfinished resumable upload is kept for its sender to continue it.",
        _parse_int,
    ),
    Setting(
        "S3_MULTIPART_THRESHOLD",
        16 * 1024**2,
        "Objects larger than this go to S3 in multipart uploads, in bytes.",
        _parse_int,
    ),
    Setting("PRESIGN_SECONDS", 300, "Lifetime of presigned media URLs, in seconds.", _parse_int),
    Setting("IDEMPOTENCY_HOURS", 24, "How long an Idempotency-Key is remembered, in hours.", _parse_int),
    Setting(
        "TIMEZONE",
        "Europe/Paris",
        "Time zone for photo capture times that carry no offset, and for dates shown.",
        _parse_timezone,
    ),
    Setting("PAGE_SIZE", 50, "Default number of entries in a timeline page.", _parse_int),
    Setting("HOST", "127.0.0.1", "Address `carnet serve` listens on.", _parse_str),
    Setting("PORT", 5000, "Port `carnet serve` listens on.", _parse_int),
    Setting("SERVER_THREADS", 8, "Request threads of `carnet serve`.", _parse_int),
    Setting(
        "BIND",
        "127.0.0.1:5000",
        "Where gunicorn listens on a team server (`config/gunicorn.conf.py`; `--bind` overrides it).",
        _parse_str,
    ),
    Setting(
        "WEB_PROCESSES",
        2,
        "gunicorn processes on a team server, one per core (`config/gunicorn.conf.py`; `--workers` overrides it).",
        _parse_int,
    ),
    Setting(
        "PROXY_HOPS",
        0,
        "Reverse proxies in front of Carnet whose X-Forwarded-For/-Proto/-Host headers are trusted (0: none).",
        _parse_int,
    ),
    Setting("LOG_LEVEL", "INFO", "Python logging level.", _parse_choice("debug", "info", "warning", "error")),
    Setting(
        "SECURE_COOKIES",
        False,
        "Send session and CSRF cookies over HTTPS only (turn on behind TLS).",
        _parse_bool,
    ),
    Setting(
        "PUBLIC_URL",
        "",
        "Address readers reach this Carnet at (https://carnet.example.org): exports made by the worker or `carnet export` link every entry, audio and video to it, with QR codes. Empty: the address of the request that asked for the export (none from the console without --base-url).",
        _parse_public_url,
    ),
    Setting(
        "EXPORT_WAIT_SECONDS",
        300,
        "How long an export waits for media still being processed before it is made without them (and says so), in seconds; at most 540.",
        _parse_int,
    ),
    Setting(
        "EXPORT_DAYS",
        30,
        "Days a finished export file is kept before it is removed (0: forever).",
        _parse_int,
    ),
    Setting(
        "TRASH_DAYS", 30, "Days a deleted entry stays in the trash before it is purged for good.", _parse_int
    ),
    Setting(
        "RATELIMIT_STORAGE_URL",
        "",
        "Where rate-limit counters live, e.g. redis://127.0.0.1:6379/1. Empty: in memory.",
        _parse_str,
    ),
    Setting("RATELIMIT_SIGN_IN", "10/minute;100/hour", "Sign-in attempts allowed per address.", _parse_str),
    Setting("RATELIMIT_GUEST", "30/hour", "Guest contributions allowed per link and address.", _parse_str),
    Setting(
        "RATELIMIT_UPLOADS", "300/hour", "Entries a member may post through the API, per account.", _parse_str
    ),
    Setting(
        "RATELIMIT_EXPORTS",
        "30/hour",
        "Exports a member may ask for, per account (each render costs minutes of CPU).",
        _parse_str,
    ),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


def load_settings(
    overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Return every setting as ``CARNET_<NAME>`` keys, ready for ``app.config``.

    Precedence: ``overrides`` (already-typed values or strings), then the
    environment, then the declared default. Raises ``ConfigError`` naming the
    first setting whose value is unusable.
    """
    environ = os.environ if environ is None else environ
    overrides = dict(overrides or {})
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        key = f"CARNET_{setting.name}"
        if key in overrides:
            raw = overrides.pop(key)
            values[key] = _coerce(setting, raw, source="configuration")
        elif key in environ:
            values[key] = _coerce(setting, environ[key], source="environment")
        else:
            values[key] = setting.default
    for key in list(overrides):
        if key.startswith("CARNET_"):
            raise ConfigError(f"{key} is not a Carnet setting (see config/__init__.py)")
    values.update(overrides)  # plain Flask keys such as TESTING pass through
    _fill_embedded_defaults(values)
    return values


def _coerce(setting: Setting, raw: Any, source: str) -> Any:
    if not isinstance(raw, str):
        return raw
    try:
        return setting.parse(raw)
    except ValueError as exc:
        raise ConfigError(f"CARNET_{setting.name}={raw!r} from the {source}: {exc}") from None


def _fill_embedded_defaults(values: dict[str, Any]) -> None:
    instance = os.path.abspath(values["CARNET_INSTANCE_DIR"])
    values["CARNET_INSTANCE_DIR"] = instance
    if not values["CARNET_DATABASE_URL"]:
        values["CARNET_DATABASE_URL"] = f"sqlite:///{os.path.join(instance, 'carnet.db')}"
    if not values["CARNET_STORAGE_URL"]:
        values["CARNET_STORAGE_URL"] = f"file://{os.path.join(instance, 'media')}"
    if not values["CARNET_SEARCH_DIR"]:
        values["CARNET_SEARCH_DIR"] = os.path.join(instance, "search")
    if not values["CARNET_QUEUE_URL"]:
        values["CARNET_QUEUE_URL"] = f"sqlite:///{os.path.join(instance, 'jobs.db')}"


def describe() -> list[tuple[str, str, str]]:
    """(variable, default, description) for every setting, for docs and `carnet config`."""
    return [(f"CARNET_{s.name}", str(s.default), s.description) for s in SETTINGS]


def setting(name: str) -> Setting:
    return _BY_NAME[name]
