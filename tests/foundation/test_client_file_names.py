"""File names chosen by clients are shown and kept only as safe display names: their base
name, without control or bidi characters, of bounded length, wherever they come from."""

from __future__ import annotations

import base64
import io
import unicodedata

import pytest

from logbook.client_text import MAX_FILE_NAME, safe_file_name, shown
from logbook.db import db
from logbook.models import UploadSession

ENTRIES = "/api/v1/logbooks/atelier/entries"
UPLOADS = "/api/v1/logbooks/atelier/uploads"

# (name sent by the client, the display name it must become)
HOSTILE_NAMES = [
    ("../../../../tmp/x\u202egpj.sh", "xgpj.sh"),
    ("..\\..\\Windows\\System32\\evil\u2067\u200b.jpg", "evil.jpg"),
    ("/etc/passwd\x00.jpg", "passwd.jpg"),
    ("photo\x1b[31m\tX\u2028.jpg", "photo[31mX.jpg"),
    ("ligne\r\nX-Injected: yes.jpg", "ligneX-Injected: yes.jpg"),
    ("\u202e\u2066\ufeff", ""),
    ("../..", ""),
    ("réunion   du\u00a0marché.jpg", "réunion du marché.jpg"),
]


def assert_safe_to_show(text: str) -> None:
    invisible = [ch for ch in text if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"}]
    assert not invisible, f"invisible characters {invisible!r} in {text!r}"
    assert "../" not in text and "..\\" not in text and "/tmp/" not in text, text


@pytest.mark.parametrize(("raw", "expected"), HOSTILE_NAMES)
def test_a_client_file_name_becomes_its_bare_visible_base_name(raw, expected):
    assert safe_file_name(raw) == expected


def test_a_very_long_file_name_is_cut_in_the_middle_and_keeps_its_extension():
    name = safe_file_name("é" * 5000 + ".jpeg")
    assert len(name) == MAX_FILE_NAME and name.endswith("….jpeg")
    assert len(safe_file_name("x" * 5000)) == MAX_FILE_NAME


def test_a_value_shown_in_a_message_is_escaped_and_bounded():
    assert shown("a\u202eb") == "'a\\u202eb'"
    assert len(shown("x" * 10_000_000)) < 100


# In a multipart header a backslash escapes the next character: the server never sees those.
@pytest.mark.parametrize(("raw", "expected"), [HOSTILE_NAMES[0], *HOSTILE_NAMES[2:4]])
def test_a_refused_file_is_named_safely_in_the_api_error(client, world, sample_files, raw, expected):
    response = client.post(
        ENTRIES,
        data={"kind": "photo", "files": [(io.BytesIO(sample_files["text"].read_bytes()), raw)]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 415, response.get_json()
    error = response.get_json()["error"]
    assert error["message"].startswith(f"{expected}: ")
    assert_safe_to_show(error["message"])
    assert_safe_to_show(str(error.get("fields", "")))


def test_an_empty_file_with_a_hostile_name_is_named_safely(client, world):
    response = client.post(
        ENTRIES,
        data={"kind": "photo", "files": [(io.BytesIO(b""), "../../etc/\u202evide.jpg")]},
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert "'vide.jpg'" in error["message"] and error["fields"] == {"files": ["vide.jpg"]}


def test_a_stored_file_keeps_only_its_safe_display_name(client, world, sample_files):
    long_name = "../" + "très long nom " * 100 + "\u202e.jpg"
    response = client.post(
        ENTRIES,
        data={
            "kind": "photo",
            "files": [
                (io.BytesIO(sample_files["jpeg"].read_bytes()), "../../../../tmp/x\u202egpj.sh"),
                (io.BytesIO(sample_files["png"].read_bytes()), long_name),
            ],
        },
        headers=world.contributor.headers,
        content_type="multipart/form-data",
    )
    assert response.status_code == 201, response.get_json()
    names = [media["original_name"] for media in response.get_json()["media"]]
    assert names[0] == "xgpj.sh"
    assert (
        len(names[1]) <= MAX_FILE_NAME and names[1].startswith("très long nom") and names[1].endswith(".jpg")
    )
    for name in names:
        assert_safe_to_show(name)


def test_a_resumable_upload_keeps_only_the_safe_name_from_its_metadata(client, world, sample_files):
    data = sample_files["jpeg"].read_bytes()
    encoded = base64.b64encode("../../../../tmp/x\u202egpj.sh\r\n".encode()).decode()
    opened = client.post(
        UPLOADS,
        headers={
            **world.contributor.headers,
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(len(data)),
            "Upload-Metadata": f"filename {encoded}",
        },
    )
    assert opened.status_code == 201, opened.get_json()
    url = opened.headers["Location"]
    assert db.session.get(UploadSession, url.rsplit("/", 1)[1]).filename == "xgpj.sh"
    sent = client.patch(
        url,
        data=data,
        headers={
            **world.contributor.headers,
            "Tus-Resumable": "1.0.0",
            "Upload-Offset": "0",
            "Content-Type": "application/offset+octet-stream",
        },
    )
    assert sent.status_code == 204, sent.get_json()
    response = client.post(
        ENTRIES,
        json={"kind": "photo", "uploads": [url.rsplit("/", 1)[1]]},
        headers=world.contributor.headers,
    )
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["media"][0]["original_name"] == "xgpj.sh"
