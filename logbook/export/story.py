"""The story (fil d'Ariane) as plain data: what every renderer reads.

A ``Story`` is a frozen snapshot of one logbook: its stages in order with their
entries, the entries without a stage, the next stop, and a ``MediaReader`` that
gives access to media bytes one object at a time. Nothing here knows about the
database or Flask: the application assembles a ``Story`` and hands it to a
renderer, tests build one by hand.

Consent is a property of the story, not of a renderer: a testimony whose speaker
did not consent keeps only its kind and date from the moment its ``StoryEntry``
is made (title, words, speaker, author, tags, link, address and media are
dropped), so every renderer receives it already withheld.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path
from typing import BinaryIO, Protocol

from logbook.export.labels import labels_for

#: Derivative specs a renderer may look for, by purpose.
DERIVATIVE_SPECS = (
    "thumb",
    "display",
    "display-jpeg",
    "thumb-jpeg",
    "poster",
    "poster-jpeg",
    "web",
    "peaks",
)

#: A progress callback receives a fraction between 0.0 and 1.0.
Progress = Callable[[float], None]


class MediaReader(Protocol):
    """Where renderers read media bytes from (the application's storage fits)."""

    def open(self, key: str) -> BinaryIO:
        """A readable stream of the object at ``key``; the caller closes it.

        Raises ``FileNotFoundError`` when there is no such object.
        """
        ...


class DictMediaReader:
    """Media held in a mapping of key to bytes (small stories, tests)."""

    def __init__(self, objects: Mapping[str, bytes]) -> None:
        self._objects = objects

    def open(self, key: str) -> BinaryIO:
        try:
            return BytesIO(self._objects[key])
        except KeyError:
            raise FileNotFoundError(key) from None


class DirectoryMediaReader:
    """Media stored as files under a directory, one file per key."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self._root = Path(root).resolve()

    def open(self, key: str) -> BinaryIO:
        path = (self._root / key).resolve()
        if not path.is_relative_to(self._root) or key.startswith("/"):
            raise FileNotFoundError(key)
        return path.open("rb")


@dataclass(frozen=True)
class StoryObject:
    """One stored file: a derivative (or an original) of a media."""

    key: str
    mime: str
    size: int = 0
    width: int | None = None
    height: int | None = None
    # A URL the reader's browser can reach (presigned or app URL); empty when unknown.
    url: str = ""


@dataclass(frozen=True)
class StoryMedia:
    id: int
    kind: str  # image, vector, audio, video
    mime: str
    caption: str = ""
    alt_text: str = ""
    transcript: str = ""
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    sha256: str = ""
    original_key: str = ""
    derivatives: Mapping[str, StoryObject] = field(default_factory=dict)

    def derivative(self, *specs: str) -> StoryObject | None:
        """The first derivative present among ``specs``, in the order given."""
        for spec in specs:
            found = self.derivatives.get(spec)
            if found is not None:
                return found
        return None

    @property
    def still(self) -> StoryObject | None:
        """The best JPEG still of this media for print and slides (photo or poster)."""
        if self.kind in ("image", "vector"):
            return self.derivative("display-jpeg", "display", "thumb-jpeg", "thumb")
        if self.kind == "video":
            return self.derivative("poster-jpeg", "poster")
        return None


@dataclass(frozen=True)
class StoryEntry:
    id: int
    kind: str  # note, photo, drawing, audio, video, testimony, link
    title: str
    body_markdown: str
    occurred_at: datetime
    author_name: str = ""
    tags: tuple[str, ...] = ()
    pinned: bool = False
    speaker_name: str | None = None
    speaker_role: str | None = None
    consent: bool = False
    link_url: str | None = None
    url: str = ""  # the entry in the application, for links and QR codes
    media: tuple[StoryMedia, ...] = ()

    def __post_init__(self) -> None:
        # Without the speaker's consent nothing of a testimony but its kind and date may
        # leave Carnet, and people often title a testimony with the quote itself. So the
        # entry is withheld here, where it is made, rather than by each renderer: no
        # renderer (nor a table of contents, file name, slide title, QR code or count of
        # contributors derived from it) can show what the story never holds.
        if self.withheld:
            for name, value in _WITHHELD.items():
                object.__setattr__(self, name, value)

    @property
    def withheld(self) -> bool:
        """A testimony without consent: only its kind and date are kept."""
        return self.kind == "testimony" and not self.consent

    @property
    def quote_allowed(self) -> bool:
        """A testimony's words may be shown only when the speaker consented."""
        return not self.withheld


#: What a withheld testimony keeps of each field: nothing. Its id stays, as the number
#: that keeps it apart from the others; it says nothing of the testimony.
_WITHHELD: dict[str, object] = {
    "title": "",
    "body_markdown": "",
    "author_name": "",
    "tags": (),
    "pinned": False,
    "speaker_name": None,
    "speaker_role": None,
    "link_url": None,
    "url": "",
    "media": (),
}


@dataclass(frozen=True)
class StoryRef:
    """An entry pointed at from the evaluation (evidence of an effect, a stakeholder's
    testimony): just enough to name it and link to it. Withheld like ``StoryEntry``."""

    id: int
    kind: str
    title: str
    occurred_at: datetime
    consent: bool = True
    url: str = ""

    def __post_init__(self) -> None:
        if self.withheld:
            object.__setattr__(self, "title", "")
            object.__setattr__(self, "url", "")

    @property
    def withheld(self) -> bool:
        return self.kind == "testimony" and not self.consent


@dataclass(frozen=True)
class StoryEvidence:
    """An entry linked to an expected effect: ``stance`` is confirms, nuances or contradicts."""

    stance: str
    entry: StoryRef
    comment: str = ""

    def __post_init__(self) -> None:
        # A comment on a withheld testimony often repeats its words.
        if self.entry.withheld:
            object.__setattr__(self, "comment", "")


#: The stances of evidence, in the order they are told.
STANCES = ("confirms", "nuances", "contradicts")


@dataclass(frozen=True)
class StoryEffect:
    """An expected effect (*effet attendu*) with the evidence gathered so far."""

    id: int
    title: str
    question: str = ""
    indicator: str = ""
    target: str = ""
    evidence: tuple[StoryEvidence, ...] = ()

    def stance_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STANCES, 0)
        for item in self.evidence:
            counts[item.stance] = counts.get(item.stance, 0) + 1
        return counts


@dataclass(frozen=True)
class StoryReview:
    """A stage's review (*bilan d'escale*)."""

    stage_id: int
    stage_title: str
    stage_number: int
    done: str = ""
    learnt: str = ""
    next_changes: str = ""


@dataclass(frozen=True)
class StoryStakeholder:
    """A person or organisation the project works with, as they may be shown: ``name`` is
    ``None`` unless they consented to be named (then only ``label``: role, organisation)."""

    id: int
    kind: str
    label: str
    name: str | None = None
    consent_to_name: bool = False
    said: tuple[StoryRef, ...] = ()  # testimonies where they speak
    named: tuple[StoryRef, ...] = ()  # other entries naming them

    @property
    def shown_as(self) -> str:
        return self.name or self.label


@dataclass(frozen=True)
class StoryPending:
    """A media still being processed when the story was made: it is not in the export,
    and every format says so rather than leaving it out silently."""

    entry_id: int
    entry_title: str  # empty for a withheld testimony
    kind: str  # image, vector, audio, video
    occurred_at: datetime | None = None


@dataclass(frozen=True)
class StoryStage:
    id: int
    title: str
    summary: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    reached: bool = False
    entries: tuple[StoryEntry, ...] = ()


@dataclass(frozen=True)
class Story:
    slug: str
    name: str
    nickname: str = ""
    description: str = ""
    period_start: datetime | None = None
    period_end: datetime | None = None
    contributors: tuple[str, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)  # entries per kind
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    locale: str = "fr"
    scope: str = ""  # what was selected, said in words ("pinned entries of all stages")
    stages: tuple[StoryStage, ...] = ()
    unstaged: tuple[StoryEntry, ...] = ()
    next_stop: StoryStage | None = None
    # What the project set out to change and what it learnt, and who took part.
    effects: tuple[StoryEffect, ...] = ()
    reviews: tuple[StoryReview, ...] = ()
    stakeholders: tuple[StoryStakeholder, ...] = ()
    base_url: str = ""
    # Whether base_url is the instance's public address (CARNET_PUBLIC_URL, or one given
    # on the console) rather than whatever address the export was asked from.
    base_url_public: bool = False
    pending_media: tuple[StoryPending, ...] = ()  # media still processing, left out
    media_reader: MediaReader = field(default_factory=lambda: DictMediaReader({}))

    def chapters(self) -> Iterator[StoryStage]:
        """Stages in order, then the entries without a stage as a last chapter (id 0)."""
        yield from self.stages
        if self.unstaged:
            yield StoryStage(id=0, title=labels_for(self.locale)["unstaged"], entries=self.unstaged)

    def entries(self) -> Iterator[StoryEntry]:
        for chapter in self.chapters():
            yield from chapter.entries

    @property
    def entry_count(self) -> int:
        return sum(len(chapter.entries) for chapter in self.chapters())


def with_counts(story: Story) -> Story:
    """A copy of ``story`` whose period, contributors and counts are computed from its entries."""
    counts: dict[str, int] = {}
    contributors: dict[str, None] = {}
    first: datetime | None = None
    last: datetime | None = None
    for entry in story.entries():
        counts[entry.kind] = counts.get(entry.kind, 0) + 1
        if entry.author_name:
            contributors.setdefault(entry.author_name)
        first = entry.occurred_at if first is None or entry.occurred_at < first else first
        last = entry.occurred_at if last is None or entry.occurred_at > last else last
    return replace(
        story,
        counts=counts,
        contributors=tuple(contributors),
        period_start=first,
        period_end=last,
    )


def entry_link(story: Story, entry: StoryEntry) -> str:
    """The address of ``entry`` in the application: its ``url``, made absolute with
    ``story.base_url`` when it is a path; empty when the story has no address for it."""
    url = entry.url
    if url.startswith("/") and story.base_url:
        return story.base_url.rstrip("/") + url
    return url if url.startswith(("http://", "https://")) else ""
