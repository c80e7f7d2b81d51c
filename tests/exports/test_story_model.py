from dataclasses import replace

import pytest

from logbook.export.labels import format_date, format_datetime, format_duration, format_period
from logbook.export.markup import markdown_to_html, markdown_to_text
from logbook.export.story import DictMediaReader, DirectoryMediaReader, entry_link, with_counts
from logbook.export.waveform import read_peaks, waveform_png
from tests.exports.readers import parse_html
from tests.exports.stories import HOSTILE_BODY


def test_counts_period_and_contributors_come_from_the_entries(story):
    assert story.counts == {
        "note": 4,
        "photo": 3,
        "testimony": 2,
        "audio": 1,
        "drawing": 1,
        "video": 1,
        "link": 1,
    }
    assert story.contributors == ("Amélie Durand", "Léo Martin", "Chloé Nguyễn")
    assert story.period_start.date().isoformat() == "2025-02-04"
    assert story.period_end.date().isoformat() == "2025-08-21"


def test_entries_without_a_stage_form_a_last_chapter(story):
    chapters = list(story.chapters())
    assert [c.title for c in chapters][-1] == "Hors escale"
    assert chapters[-1].entries[0].title == "Revue de presse"
    assert [c.title for c in replace(story, locale="en").chapters()][-1] == "Outside any stage"
    assert len(list(replace(story, unstaged=()).chapters())) == 3


def test_entry_link_is_made_absolute_with_the_base_url(story):
    first = story.stages[0].entries[0]
    assert entry_link(story, first) == "https://carnet.exemple.gouv.fr/carnets/saint-eloi/entrees/101"
    assert entry_link(replace(story, base_url=""), first) == ""


def test_directory_reader_refuses_keys_outside_its_root(tmp_path):
    (tmp_path / "inside").mkdir()
    (tmp_path / "inside" / "a.txt").write_bytes(b"ok")
    (tmp_path / "secret.txt").write_bytes(b"no")
    reader = DirectoryMediaReader(tmp_path / "inside")
    with reader.open("a.txt") as stream:
        assert stream.read() == b"ok"
    for key in ("../secret.txt", "/etc/passwd", "missing.txt"):
        with pytest.raises(FileNotFoundError):
            reader.open(key)


def test_dict_reader_raises_file_not_found_for_missing_keys():
    reader = DictMediaReader({"k": b"v"})
    assert reader.open("k").read() == b"v"
    with pytest.raises(FileNotFoundError):
        reader.open("other")


def test_with_counts_on_an_empty_story_has_no_period(story):
    empty = with_counts(replace(story, stages=(), unstaged=()))
    assert empty.counts == {} and empty.period_start is None and empty.contributors == ()


def test_dates_are_written_in_french_by_default_and_in_english_on_request(story):
    when = story.stages[0].entries[0].occurred_at
    assert format_datetime(when, "fr") == "4 février 2025 à 9\u00a0h\u00a030"
    assert format_datetime(when, "en") == "February 4, 2025, 09:30"
    assert format_date(story.stages[1].starts_on.replace(day=1), "fr") == "1er mars 2025"
    assert (
        format_period(story.stages[0].starts_on, story.stages[0].ends_on, "fr")
        == "du 3 février 2025 au 14 mars 2025"
    )
    assert format_duration(134) == "2:14"
    assert format_duration(3725) == "1:02:05"


def test_hostile_markdown_becomes_inert_text():
    html = markdown_to_html(HOSTILE_BODY)
    elements = parse_html(html)
    assert {tag for tag, _ in elements.tags} <= {"p", "a"}
    assert all(not name.startswith("on") for _, attrs in elements.tags for name in attrs)
    assert all(attrs["href"].startswith("https://") for attrs in elements.named("a"))
    assert "tracker.example.com" not in html
    # The words stay readable, as text.
    assert '<script>alert("pwned")</script>' in "".join(elements.text)
    assert "pwned" in markdown_to_text(HOSTILE_BODY)


def test_markdown_links_keep_only_safe_schemes():
    html = markdown_to_html("[a](javascript:alert(1)) [b](https://exemple.fr) [c](data:text/html,x)")
    assert [attrs["href"] for attrs in parse_html(html).named("a")] == ["https://exemple.fr"]


@pytest.mark.parametrize(
    "document",
    [
        {"version": 2, "bits": 8, "data": [-10, 20, -64, 64, 0, 0]},
        {"peaks": [0.1, 0.5, 0.2]},
        [3, 6, 12],
    ],
)
def test_peaks_are_read_from_the_common_shapes(document):
    peaks = read_peaks(document)
    assert max(peaks) == 1.0 and min(peaks) >= 0
    assert waveform_png(peaks).startswith(b"\x89PNG")


def test_unreadable_peaks_raise_value_error():
    with pytest.raises(ValueError):
        read_peaks({"samples": [1, 2]})
    with pytest.raises(ValueError):
        read_peaks(["a"])
