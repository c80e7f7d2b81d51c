"""The Carnet archive: a ZIP holding a versioned JSON manifest and every stored object.

This module is the file format only: writing objects and the manifest into a
ZIP with their SHA-256, and reading an archive back without trusting it. The
application (``logbook.services.archive``) decides what goes in the manifest
and where objects go on import.

Layout::

    manifest.json                        the logbook (see archive.schema.json)
    originals/<sha256>                   every original, content-addressed
    derived/<media-id>/<spec>.<ext>      every derivative, by the archive's media ids

Reading refuses, with ``ArchiveError`` saying why: a file that is not a ZIP,
no manifest, a manifest that is not JSON or does not follow the schema, an
unknown format or a newer version, member names outside the layout above
(``../``, absolute paths, backslashes, duplicates), an object the manifest
names but the ZIP lacks (or the reverse), declared sizes beyond the limits or
compression ratios of a zip bomb, and bytes that do not match their declared
size or SHA-256 (found while they are copied, before they are kept).
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib.resources import files
from typing import IO, Any

from logbook.client_text import MAX_SHOWN, clipped, shown
from logbook.export.archive_objects import CHUNK, ArchiveError, VerifyingReader

FORMAT = "carnet-archive"
VERSION = 1
MANIFEST = "manifest.json"
MAX_DEPTH = 32  # a real manifest nests about 6 levels deep

ORIGINAL_PATH = re.compile(r"originals/[0-9a-f]{64}")
DERIVED_PATH = re.compile(r"derived/[0-9]{1,12}/[a-z0-9][a-z0-9-]{0,63}\.[a-z0-9]{1,8}")


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in a parsed JSON value (without recursing)."""
    deepest = 0
    pending = [(value, 1)]
    while pending:
        item, level = pending.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, level)
            if level <= MAX_DEPTH:
                pending.extend((child, level + 1) for child in item)
    return deepest


def _schema_message(error: Any) -> str:
    """The validator's message, whose repeat of the offending value (a 10 MB title, say)
    is cut short and its invisible characters escaped."""
    value = repr(error.instance)
    message = error.message
    if len(value) > MAX_SHOWN:
        message = message.replace(value, clipped(value, limit=MAX_SHOWN))
    return clipped(message)


def as_moment(value: datetime) -> str:
    """A date-time as the archive writes it: ISO 8601 in UTC."""
    return value.astimezone(UTC).isoformat()


def parse_moment(value: str) -> datetime:
    """A date-time read from a manifest, in UTC.

    :raises ArchiveError: not an ISO 8601 date-time with a time zone.
    """
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ArchiveError(f"Not a date-time in the manifest: {shown(value)}.") from None
    if parsed.tzinfo is None:
        raise ArchiveError(f"A date-time without a time zone in the manifest: {shown(value)}.")
    return parsed.astimezone(UTC)


@dataclass(frozen=True)
class Limits:
    """What a reader accepts. A member above ``ratio_floor`` bytes may not expand more than
    ``max_ratio`` times its compressed size (media barely compress; bombs expand 1000x)."""

    max_members: int = 200_000
    max_manifest_bytes: int = 64 * 1024**2
    max_total_bytes: int = 200 * 1024**3
    max_ratio: int = 100
    ratio_floor: int = 1024**2


@cache
def archive_schema() -> dict[str, Any]:
    """The JSON Schema of ``manifest.json`` (``archive.schema.json`` in this package)."""
    return json.loads(files("logbook.export").joinpath("archive.schema.json").read_text(encoding="utf-8"))


def is_object_path(path: str) -> bool:
    return bool(ORIGINAL_PATH.fullmatch(path) or DERIVED_PATH.fullmatch(path))


class ArchiveWriter:
    """Writes objects, then the manifest, into a ZIP on ``out``; hashes what it writes.

    Media are stored without compression (they are compressed already); the
    manifest is deflated. Streams are copied in chunks, never read whole.
    """

    def __init__(self, out: IO[bytes]) -> None:
        self._zip = zipfile.ZipFile(out, "w", allowZip64=True)
        self._names: set[str] = set()

    def __enter__(self) -> ArchiveWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_object(self, path: str, stream: IO[bytes], size: int | None = None) -> tuple[str, int]:
        """Copy ``stream`` to ``path``; returns (sha256 hex, bytes written)."""
        if not is_object_path(path):
            raise ValueError(f"not an archive object path: {path!r}")
        if path in self._names:
            raise ValueError(f"written twice: {path!r}")
        info = zipfile.ZipInfo(path, date_time=_zip_time())
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        digest = hashlib.sha256()
        written = 0
        # Zip64 headers when the object may pass 2 GiB (size unknown or large).
        with self._zip.open(info, "w", force_zip64=size is None or size > 2**31 - 1) as member:
            while chunk := stream.read(CHUNK):
                digest.update(chunk)
                member.write(chunk)
                written += len(chunk)
        self._names.add(path)
        return digest.hexdigest(), written

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        info = zipfile.ZipInfo(MANIFEST, date_time=_zip_time())
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        data = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")
        self._zip.writestr(info, data)

    def close(self) -> None:
        self._zip.close()


class ArchiveReader:
    """An archive opened for import: ``open`` checks the ZIP and the manifest, nothing is trusted.

    Raises ``ArchiveError`` for any problem found; use as a context manager.
    """

    def __init__(self, path: str, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        try:
            self._zip = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise ArchiveError("The file is not a ZIP archive.") from None
        except OSError as exc:
            raise ArchiveError(f"The archive cannot be read: {exc.strerror or exc}.") from None
        try:
            self._members = self._check_members()
            self.manifest = self._read_manifest()
            self._check_objects()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    @property
    def objects(self) -> dict[str, dict[str, Any]]:
        """The manifest's objects by path: ``{"path", "size", "sha256"}``."""
        return {item["path"]: item for item in self.manifest["objects"]}

    def verify(self, path: str) -> None:
        """Read the object through, checking its size and SHA-256 (nothing is kept)."""
        with self.open(path) as stream:
            while stream.read(CHUNK):
                pass

    def open(self, path: str) -> VerifyingReader:
        """A stream of the object that raises ``ArchiveError`` when its bytes end up differing
        from the manifest's size or SHA-256 (at the latest when it reaches the end)."""
        expected = self.objects.get(path)
        if expected is None:
            raise ArchiveError(f"The manifest names no object {shown(path)}.")
        return VerifyingReader(
            self._zip.open(self._members[path]), path, expected["size"], expected["sha256"]
        )

    def iter_objects(self) -> Iterator[dict[str, Any]]:
        yield from self.manifest["objects"]

    # --- checks ---------------------------------------------------------------------------

    def _check_members(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_members:
            raise ArchiveError(
                f"The archive holds {len(infos)} files; at most {self.limits.max_members} are accepted."
            )
        if MANIFEST not in {info.filename for info in infos}:
            raise ArchiveError("The archive has no manifest.json: it is not a Carnet archive.")
        members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            if info.is_dir():
                if name.rstrip("/") in {"originals", "derived"} or re.fullmatch(
                    r"derived/[0-9]{1,12}/", name
                ):
                    continue
                raise ArchiveError(f"The archive holds an unexpected folder {shown(name)}.")
            if name != MANIFEST and not is_object_path(name):
                raise ArchiveError(
                    f"The archive holds a file with an unsafe or unexpected path: {shown(name)} "
                    "(only manifest.json, originals/<sha256> and derived/<id>/<file>)."
                )
            if name in members:
                raise ArchiveError(f"The archive holds {shown(name)} twice.")
            if info.flag_bits & 0x1:
                raise ArchiveError(f"{shown(name)} is encrypted.")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ArchiveError(f"{shown(name)} uses an unsupported compression method.")
            total += info.file_size
            if total > self.limits.max_total_bytes:
                raise ArchiveError(
                    f"The archive expands to more than {self.limits.max_total_bytes} bytes, the limit here."
                )
            if info.file_size > self.limits.ratio_floor and info.file_size > self.limits.max_ratio * max(
                info.compress_size, 1
            ):
                ratio = info.file_size // max(info.compress_size, 1)
                raise ArchiveError(
                    f"{shown(name)} expands {ratio} times its compressed size "
                    f"(at most {self.limits.max_ratio}): refused as a possible zip bomb."
                )
            members[name] = info
        return members

    def _read_manifest(self) -> dict[str, Any]:
        import jsonschema

        info = self._members.get(MANIFEST)
        if info is None:
            raise ArchiveError("The archive has no manifest.json: it is not a Carnet archive.")
        if info.file_size > self.limits.max_manifest_bytes:
            raise ArchiveError(f"manifest.json is larger than {self.limits.max_manifest_bytes} bytes.")
        try:
            with self._zip.open(info) as stream:
                raw = stream.read(self.limits.max_manifest_bytes + 1)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise ArchiveError(f"manifest.json is damaged: {clipped(str(exc), limit=200)}.") from None
        if len(raw) > self.limits.max_manifest_bytes:
            raise ArchiveError(f"manifest.json is larger than {self.limits.max_manifest_bytes} bytes.")
        too_deep = f"manifest.json nests deeper than {MAX_DEPTH} levels: it is not a Carnet archive."
        try:
            manifest = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ArchiveError(f"manifest.json is not valid JSON: {clipped(str(exc))}.") from None
        except RecursionError:
            # The JSON parser recurses once per level: thousands of "[" exhaust the stack.
            raise ArchiveError(too_deep) from None
        if _depth(manifest) > MAX_DEPTH:
            # The schema validator recurses too, and a real manifest is a few levels deep.
            raise ArchiveError(too_deep)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ArchiveError(f"manifest.json does not describe a {FORMAT}: it is not a Carnet archive.")
        version = manifest.get("version")
        if isinstance(version, int) and version > VERSION:
            raise ArchiveError(
                f"The archive is version {version}; this Carnet reads versions up to {VERSION}. "
                "Upgrade Carnet."
            )
        validator = jsonschema.Draft202012Validator(archive_schema())
        error = jsonschema.exceptions.best_match(validator.iter_errors(manifest))
        if error is not None:
            where = "/".join(clipped(str(part), limit=40) for part in error.absolute_path)
            raise ArchiveError(
                f"manifest.json does not follow the archive schema at {clipped(where or '(top)', limit=200)}: "
                f"{_schema_message(error)}"
            )
        return manifest

    def _check_objects(self) -> None:
        declared: dict[str, dict[str, Any]] = {}
        for item in self.manifest["objects"]:
            path = item["path"]
            if not is_object_path(path):
                raise ArchiveError(f"The manifest names an unsafe object path: {shown(path)}.")
            if path in declared:
                raise ArchiveError(f"The manifest names {shown(path)} twice.")
            if ORIGINAL_PATH.fullmatch(path) and path.rsplit("/", 1)[1] != item["sha256"]:
                raise ArchiveError(f"{shown(path)} is listed with another SHA-256 than its name.")
            declared[path] = item
        present = {name for name in self._members if name != MANIFEST}
        missing = sorted(set(declared) - present)
        if missing:
            raise ArchiveError(
                f"The archive lacks {len(missing)} object(s) its manifest lists, e.g. {shown(missing[0])}."
            )
        extra = sorted(present - set(declared))
        if extra:
            raise ArchiveError(
                f"The archive holds {len(extra)} file(s) its manifest does not list, e.g. {shown(extra[0])}."
            )
        for path, item in declared.items():
            if self._members[path].file_size != item["size"]:
                actual = self._members[path].file_size
                raise ArchiveError(
                    f"{shown(path)} is {actual} bytes in the ZIP, {item['size']} in the manifest."
                )


def _zip_time() -> tuple[int, int, int, int, int, int]:
    now = datetime.now(UTC)
    return (now.year, now.month, now.day, now.hour, now.minute, now.second)
