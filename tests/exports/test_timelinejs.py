import json
from io import BytesIO

import jsonschema
import pytest

from logbook.export.timelinejs import render_timelinejs, timelinejs_schema
from tests.exports.readers import parse_html


def render(story) -> dict:
    out = BytesIO()
    render_timelinejs(story, out)
    return json.loads(out.getvalue().decode("utf-8"))


@pytest.fixture(scope="module")
def timeline(story):
    return render(story)


def test_document_follows_the_timelinejs_schema(timeline):
    schema = timelinejs_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(timeline)


def test_schema_rejects_what_timelinejs_would_not_read():
    validator = jsonschema.Draft202012Validator(timelinejs_schema())
    assert not validator.is_valid({"events": [{"text": {"headline": "no date"}}]})
    assert not validator.is_valid({"events": [{"start_date": {"year": 2025, "month": 13}}]})
    assert not validator.is_valid({"events": [], "eras": [{"start_date": {"year": 2025}}]})


def test_title_slide_names_the_logbook(timeline):
    assert timeline["title"]["text"]["headline"] == "Revitalisation du centre-bourg de Saint-Éloi"
    assert "Bilan et passage de relais" in timeline["title"]["text"]["text"]


def test_one_era_per_stage_with_its_dates(timeline):
    eras = timeline["eras"]
    assert [era["text"]["headline"] for era in eras] == [
        "Immersion et écoute des habitants",
        "Ateliers de co-conception",
        "Prototypage sur la place",
    ]
    assert eras[0]["start_date"] == {"year": 2025, "month": 2, "day": 3}
    assert eras[0]["end_date"] == {"year": 2025, "month": 3, "day": 14}


def test_one_event_per_entry_grouped_by_stage(timeline, story):
    events = timeline["events"]
    assert len(events) == story.entry_count == 13
    first = events[0]
    assert first["start_date"] == {"year": 2025, "month": 2, "day": 4, "hour": 9, "minute": 30}
    assert first["text"]["headline"] == "Premières impressions"
    assert first["group"] == "Immersion et écoute des habitants"
    assert events[-1]["group"] == "Hors escale"


def test_photos_and_links_carry_media(timeline):
    by_id = {event["unique_id"]: event for event in timeline["events"]}
    photo = by_id["entry-102"]["media"]
    assert photo["url"].endswith("derived/1/display.webp")
    assert photo["caption"].startswith("Le marché du samedi") and photo["credit"] == "Léo Martin"
    assert photo["alt"]
    assert by_id["entry-204"]["media"]["url"] == "https://www.saint-eloi.example.fr/actualites/atelier-3"


def test_testimony_without_consent_keeps_only_a_notice(timeline):
    refused = next(e for e in timeline["events"] if e["unique_id"] == "entry-202")
    assert "accord" in refused["text"]["text"]
    assert "circulation" not in json.dumps(refused, ensure_ascii=False)


def test_hostile_text_is_escaped(hostile_story):
    timeline = render(hostile_story)
    texts = [timeline["title"]["text"]["headline"], timeline["title"]["text"]["text"]]
    for event in timeline["events"]:
        texts += [event["text"]["headline"], event["text"]["text"], event["group"]]
    for text in texts:
        elements = parse_html(text)
        assert not {tag for tag, _ in elements.tags} & {"script", "img", "iframe", "style"}
        assert all(not name.startswith("on") for _, attrs in elements.tags for name in attrs)
        assert all((attrs.get("href") or "").startswith("https://") for attrs in elements.named("a"))
    assert "pwned" in timeline["events"][0]["text"]["text"]


def test_hostile_link_targets_stay_dead_in_the_timeline(link_story):
    document = render(link_story)
    for event in document["events"]:
        for html in (event["text"]["headline"], event["text"]["text"]):
            elements = parse_html(html)
            assert not {tag for tag, _ in elements.tags} & {"script", "iframe", "img", "object", "embed"}
            assert not [name for _, attrs in elements.tags for name in attrs if name.startswith("on")]
            for attrs in elements.named("a"):
                assert attrs["href"].startswith(("https://", "http://", "mailto:")), attrs["href"]
        media = event.get("media", {})
        assert not media or media["url"].startswith(("https://", "http://")), media
