"""One contract for every storage backend: FileStorage and S3Storage against a real S3 server."""

from __future__ import annotations

import io
import time
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest

from logbook.errors import StorageUnavailable
from logbook.storage import FileStorage, normalise_key, storage_from_url
from logbook.storage_s3 import S3Storage
from tests.conftest import make_bucket


@pytest.fixture(params=["file", "s3"])
def storage(request, tmp_path):
    if request.param == "file":
        return FileStorage(str(tmp_path / "store"))
    endpoint = request.getfixturevalue("s3_endpoint")
    # A tiny multipart threshold so the multipart path is exercised by ordinary tests.
    return S3Storage(
        make_bucket(endpoint),
        "pre/fix",
        endpoint_url=endpoint,
        region="us-east-1",
        multipart_threshold=5 * 1024 * 1024,
    )


def test_put_then_read_back_the_same_bytes(storage):
    written = storage.put("originals/abc", io.BytesIO(b"bonjour"), content_type="text/plain")
    assert written == 7
    with storage.open("originals/abc") as stream:
        assert stream.read() == b"bonjour"
    assert storage.size("originals/abc") == 7
    assert storage.exists("originals/abc")


def test_large_object_goes_through_in_parts_and_stays_whole(storage):
    payload = bytes(range(256)) * (12 * 1024 * 1024 // 256)  # 12 MiB: multipart on S3
    assert storage.put("originals/big", io.BytesIO(payload)) == len(payload)
    assert storage.size("originals/big") == len(payload)
    assert b"".join(storage.read_range("originals/big", 0, len(payload) - 1)) == payload


def test_put_file_stores_a_local_file(storage, tmp_path):
    source = tmp_path / "local.bin"
    source.write_bytes(b"\x00\x01" * 4_000_000)  # 8 MB: in parts on S3
    assert (
        storage.put_file("originals/local", str(source), content_type="application/octet-stream") == 8_000_000
    )
    assert b"".join(storage.read_range("originals/local", 7_999_998, 7_999_999)) == b"\x00\x01"


def test_put_replaces_an_existing_object(storage):
    storage.put("derived/1/thumb.webp", io.BytesIO(b"old"))
    storage.put("derived/1/thumb.webp", io.BytesIO(b"newer"))
    with storage.open("derived/1/thumb.webp") as stream:
        assert stream.read() == b"newer"


def test_read_range_returns_inclusive_bytes(storage):
    storage.put("a/b", io.BytesIO(b"0123456789"))
    assert b"".join(storage.read_range("a/b", 2, 5)) == b"2345"


def test_missing_object_raises_file_not_found(storage):
    with pytest.raises(FileNotFoundError):
        storage.size("nope/nothing")
    with pytest.raises(FileNotFoundError):
        storage.open("nope/nothing")
    assert not storage.exists("nope/nothing")


def test_delete_is_idempotent(storage):
    storage.put("x/y", io.BytesIO(b"1"))
    storage.delete("x/y")
    storage.delete("x/y")
    assert not storage.exists("x/y")


def test_list_by_prefix(storage):
    for key in ("derived/1/a.webp", "derived/1/b.jpg", "derived/2/a.webp", "originals/z"):
        storage.put(key, io.BytesIO(b"data"))
    assert sorted(o.key for o in storage.list("derived/1/")) == ["derived/1/a.webp", "derived/1/b.jpg"]
    assert {o.size for o in storage.list("derived/")} == {4}


@pytest.mark.parametrize("key", ["../escape", "/abs", "a/../../b", "", "a\\b", "a/./b", "a//b"])
def test_keys_cannot_escape_the_root(storage, key):
    with pytest.raises(ValueError):
        storage.put(key, io.BytesIO(b"x"))


def test_failed_put_leaves_no_partial_object(storage):
    class Broken(io.RawIOBase):
        def __init__(self):
            self.calls = 0

        def readable(self):
            return True

        def read(self, size=-1):
            self.calls += 1
            if self.calls > 2:
                raise OSError("connection reset by phone")
            return b"x" * 1024

    with pytest.raises((OSError, StorageUnavailable)):
        storage.put("originals/partial", Broken())
    assert not storage.exists("originals/partial")
    assert [o.key for o in storage.list("originals/")] == []


def test_file_storage_has_no_urls_and_writes_atomically(tmp_path):
    storage = FileStorage(str(tmp_path))
    assert storage.url("a", expires=60) is None
    storage.put("a/b", io.BytesIO(b"1"))
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["b"]  # no temp files left


def test_presigned_url_serves_the_object_and_expires_when_asked(s3_endpoint):
    storage = S3Storage(make_bucket(s3_endpoint), endpoint_url=s3_endpoint, region="us-east-1")
    storage.put("originals/photo", io.BytesIO(b"jpeg bytes"))
    url = storage.url("originals/photo", expires=120, content_type="image/jpeg", download_name="été.jpg")
    query = parse_qs(urlsplit(url).query)
    assert query["X-Amz-Expires"] == ["120"]
    assert query["response-content-type"] == ["image/jpeg"]
    assert "attachment" in query["response-content-disposition"][0]
    signed_at = time.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ")
    assert abs(time.mktime(signed_at) - time.mktime(time.gmtime())) < 120
    with urllib.request.urlopen(url) as response:
        assert response.read() == b"jpeg bytes"


def test_unreachable_s3_is_storage_unavailable():
    storage = S3Storage("bucket", endpoint_url="http://127.0.0.1:9", region="us-east-1")
    with pytest.raises(StorageUnavailable):
        storage.put("a", io.BytesIO(b"x"))
    with pytest.raises(StorageUnavailable):
        storage.check()


def test_missing_bucket_is_reported_by_check(s3_endpoint):
    with pytest.raises(StorageUnavailable):
        S3Storage("no-such-bucket", endpoint_url=s3_endpoint, region="us-east-1").check()


def test_wrong_credentials_are_refused_on_our_side(s3_endpoint, monkeypatch):
    # The test server accepts any key, so check that we sign with the standard chain's credentials.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "someone-else")
    storage = S3Storage(make_bucket(s3_endpoint), endpoint_url=s3_endpoint, region="us-east-1")
    url = storage.url("k", expires=60)
    assert "someone-else" in parse_qs(urlsplit(url).query)["X-Amz-Credential"][0]


def test_storage_is_chosen_by_url(tmp_path):
    assert isinstance(storage_from_url(f"file://{tmp_path}"), FileStorage)
    s3 = storage_from_url("s3://bucket/some/prefix?endpoint_url=http://127.0.0.1:9000&region=eu-west-3")
    assert isinstance(s3, S3Storage) and s3.prefix == "some/prefix" and s3.bucket == "bucket"
    with pytest.raises(ValueError):
        storage_from_url("ftp://host/x")
    with pytest.raises(ValueError):
        storage_from_url("s3://bucket?colour=blue")


def test_normalise_key_accepts_ordinary_keys():
    assert normalise_key("derived/12/thumb.webp") == "derived/12/thumb.webp"
