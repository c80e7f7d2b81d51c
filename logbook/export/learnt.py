"""Two chapters every story format carries after the stages: "Ce que nous avons appris"
(the expected effects with their evidence, then the stage reviews) and "Qui a participé"
(the stakeholders and what they said).

Each chapter is first laid out once as a plain outline (``Chapter`` of ``Block``s), from
the story alone; the document (HTML and PDF), the Markdown and the slides only format that
outline, so every format says the same thing. Consent is already in the story: a withheld
testimony is a ``StoryRef`` without title nor address, a stakeholder who did not consent
to be named has no ``name``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from logbook.export.labels import format_date, kind_name, labels_for
from logbook.export.markup import escape, markdown_to_html
from logbook.export.safe_markdown import destination, safe_markdown, safe_target
from logbook.export.story import STANCES, Story, StoryRef

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "learnt": "Ce que nous avons appris",
        "learnt_intro": "Ce que le projet voulait changer, ce que nous avons observé, "
        "et ce que chaque escale nous a appris.",
        "effects": "Effets attendus",
        "effect": "Effet",
        "question": "Question",
        "indicator": "Indicateur",
        "target": "cible",
        "no_evidence": "Aucune contribution reliée pour l’instant.",
        "confirms": "confirme",
        "nuances": "nuance",
        "contradicts": "contredit",
        "reviews": "Bilans d’escale",
        "stage": "Escale",
        "done": "Ce que nous avons fait",
        "learnt_text": "Ce que nous avons appris",
        "next_changes": "Ce qui change pour la suite",
        "people": "Qui a participé",
        "people_intro": "Les personnes et organisations avec qui le projet a travaillé. "
        "Sans leur accord, elles sont présentées par leur rôle seulement.",
        "said": "a témoigné",
        "appears": "apparaît dans",
        "withheld": "témoignage non diffusé",
        "institution": "Institution",
        "association": "Association",
        "entreprise": "Entreprise",
        "habitant": "Habitant·e",
        "elu": "Élu·e",
        "agent": "Agent·e",
        "autre": "Partie prenante",
    },
    "en": {
        "learnt": "What we learnt",
        "learnt_intro": "What the project set out to change, what we observed, "
        "and what each stage taught us.",
        "effects": "Expected effects",
        "effect": "Effect",
        "question": "Question",
        "indicator": "Indicator",
        "target": "target",
        "no_evidence": "No entry linked yet.",
        "confirms": "confirms",
        "nuances": "nuances",
        "contradicts": "contradicts",
        "reviews": "Stage reviews",
        "stage": "Stage",
        "done": "What we did",
        "learnt_text": "What we learnt",
        "next_changes": "What changes next",
        "people": "Who took part",
        "people_intro": "The people and organisations the project worked with. "
        "Without their consent, they are shown by their role only.",
        "said": "spoke in",
        "appears": "appears in",
        "withheld": "testimony not shared",
        "institution": "Institution",
        "association": "Association",
        "entreprise": "Company",
        "habitant": "Resident",
        "elu": "Elected official",
        "agent": "Public servant",
        "autre": "Stakeholder",
    },
}

#: Lines listed under an effect and under a stakeholder; the others are counted
#: ("… et 28 autres"): the whole list is in Carnet, and a presented document stays short.
EFFECT_LINES = 12
PERSON_LINES = 6

LEARNT_ANCHOR = "learnt"
PEOPLE_ANCHOR = "people"


def learnt_labels(locale: str) -> dict[str, str]:
    return LABELS["en" if locale == "en" else "fr"]


@dataclass(frozen=True)
class Line:
    """One entry in a block's list: ``mark`` (a stance, "a témoigné") before its title."""

    text: str
    mark: str = ""
    note: str = ""  # the date, and a comment
    entry_id: int | None = None  # None: withheld, nothing to link to
    link: str = ""  # the entry in the application, when the story has an address


@dataclass(frozen=True)
class Block:
    heading: str
    eyebrow: str = ""
    fields: tuple[tuple[str, str], ...] = ()  # (label, Markdown text)
    summary: str = ""
    lines: tuple[Line, ...] = ()
    empty: str = ""  # said when there are no lines
    hidden: int = 0  # lines left out (see EFFECT_LINES, PERSON_LINES)


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Chapter:
    anchor: str
    title: str
    intro: str
    sections: tuple[Section, ...]


def chapters(story: Story) -> list[Chapter]:
    """The chapters this story has something for, in order."""
    return [chapter for chapter in (learnt_chapter(story), people_chapter(story)) if chapter is not None]


def learnt_chapter(story: Story) -> Chapter | None:
    labels = learnt_labels(story.locale)
    colon = labels_for(story.locale)["colon"]
    sections = []
    if story.effects:
        blocks = []
        for number, effect in enumerate(story.effects, start=1):
            fields = []
            if effect.question:
                fields.append((labels["question"], effect.question))
            if effect.indicator:
                target = f" — {labels['target']}{colon}{effect.target}" if effect.target else ""
                fields.append((labels["indicator"], effect.indicator + target))
            counts = effect.stance_counts()
            blocks.append(
                Block(
                    heading=effect.title,
                    eyebrow=f"{labels['effect']} {number}",
                    fields=tuple(fields),
                    summary=" · ".join(f"{labels[stance]}{colon}{counts[stance]}" for stance in STANCES),
                    lines=tuple(
                        _line(story, item.entry, labels.get(item.stance, item.stance), item.comment)
                        for item in effect.evidence[:EFFECT_LINES]
                    ),
                    empty=labels["no_evidence"],
                    hidden=max(len(effect.evidence) - EFFECT_LINES, 0),
                )
            )
        sections.append(Section(labels["effects"], tuple(blocks)))
    if story.reviews:
        blocks = [
            Block(
                heading=review.stage_title,
                eyebrow=f"{labels['stage']} {review.stage_number}" if review.stage_number else "",
                fields=tuple(
                    (labels[name], text)
                    for name, text in (
                        ("done", review.done),
                        ("learnt_text", review.learnt),
                        ("next_changes", review.next_changes),
                    )
                    if text
                ),
            )
            for review in story.reviews
        ]
        sections.append(Section(labels["reviews"], tuple(blocks)))
    if not sections:
        return None
    return Chapter(LEARNT_ANCHOR, labels["learnt"], labels["learnt_intro"], tuple(sections))


def people_chapter(story: Story) -> Chapter | None:
    if not story.stakeholders:
        return None
    labels = learnt_labels(story.locale)
    blocks = []
    for person in story.stakeholders:
        lines = [_line(story, ref, labels["said"]) for ref in person.said]
        lines += [_line(story, ref, labels["appears"]) for ref in person.named]
        hidden, lines = max(len(lines) - PERSON_LINES, 0), lines[:PERSON_LINES]
        blocks.append(
            Block(
                heading=person.shown_as,
                eyebrow=labels.get(person.kind, labels["autre"]),
                summary=person.label if person.name else "",
                lines=tuple(lines),
                hidden=hidden,
            )
        )
    return Chapter(PEOPLE_ANCHOR, labels["people"], labels["people_intro"], (Section("", tuple(blocks)),))


def ref_link(story: Story, ref: StoryRef) -> str:
    """The entry's address in the application, absolute, or empty."""
    if ref.url.startswith("/") and story.base_url:
        return story.base_url.rstrip("/") + ref.url
    return ref.url if ref.url.startswith(("http://", "https://")) else ""


def _line(story: Story, ref: StoryRef, mark: str, comment: str = "") -> Line:
    labels = learnt_labels(story.locale)
    when = format_date(ref.occurred_at, story.locale)
    if ref.withheld:
        return Line(
            text=kind_name(ref.kind, story.locale).capitalize(),
            mark=mark,
            note=f"{when} — {labels['withheld']}",
        )
    return Line(
        text=ref.title or kind_name(ref.kind, story.locale).capitalize(),
        mark=mark,
        note=f"{when} — {comment}" if comment else when,
        entry_id=ref.id,
        link=ref_link(story, ref),
    )


# --- HTML (the document: PDF, web page, site) -----------------------------------------------


def contents_html(story: Story) -> Iterator[str]:
    """Lines of the document's contents for these chapters."""
    for chapter in chapters(story):
        yield f'<li class="toc-extra"><a href="#{chapter.anchor}"><span class="toc-title">{escape(chapter.title)}</span></a></li>'


def chapters_html(story: Story) -> Iterator[str]:
    """The chapters as HTML sections, to follow the stages in the document."""
    in_story = {entry.id for entry in story.entries()}
    for chapter in chapters(story):
        yield (
            f'<section class="learnt-chapter" id="{chapter.anchor}"><header class="chapter-head">'
            f"<h2>{escape(chapter.title)}</h2>"
            f'<p class="summary">{escape(chapter.intro)}</p></header>'
        )
        for section in chapter.sections:
            if section.heading:
                yield f'<h3 class="learnt-section">{escape(section.heading)}</h3>'
            yield '<div class="learnt-blocks">'
            for block in section.blocks:
                yield _block_html(block, in_story, story.locale)
            yield "</div>"
        yield "</section>"


def more_text(count: int, locale: str) -> str:
    """ "… et 28 autres" for lines left out of a list."""
    return f"… and {count} more" if locale == "en" else f"… et {count} {'autre' if count == 1 else 'autres'}"


def _block_html(block: Block, in_story: set[int], locale: str) -> str:
    parts = ['<article class="learnt-block">']
    if block.eyebrow:
        parts.append(f'<p class="learnt-eyebrow">{escape(block.eyebrow)}</p>')
    parts.append(f"<h4>{escape(block.heading)}</h4>")
    if block.summary:
        parts.append(f'<p class="learnt-summary">{escape(block.summary)}</p>')
    for label, text in block.fields:
        parts.append(
            f'<div class="learnt-field"><p class="learnt-label">{escape(label)}</p>{markdown_to_html(text)}</div>'
        )
    if block.lines:
        parts.append('<ul class="learnt-lines">')
        for line in block.lines:
            text = escape(line.text)
            if line.entry_id is not None and line.entry_id in in_story:
                text = f'<a href="#entry-{line.entry_id}">{text}</a>'
            elif line.link:
                text = f'<a href="{escape(line.link)}">{text}</a>'
            mark = f'<span class="learnt-mark">{escape(line.mark)}</span> ' if line.mark else ""
            note = f' <span class="learnt-note">{escape(line.note)}</span>' if line.note else ""
            parts.append(f"<li>{mark}{text}{note}</li>")
        parts.append("</ul>")
        if block.hidden:
            parts.append(f'<p class="learnt-note">{escape(more_text(block.hidden, locale))}</p>')
    elif block.empty:
        parts.append(f'<p class="empty">{escape(block.empty)}</p>')
    parts.append("</article>")
    return "".join(parts)


# --- Markdown --------------------------------------------------------------------------------


def chapter_file(chapter: Chapter) -> str:
    return f"{chapter.anchor}.md"


def chapter_markdown(story: Story, chapter: Chapter, inline) -> str:
    """One chapter as a Markdown page; ``inline`` escapes one line of text."""
    lines = [
        f"# {inline(chapter.title)}\n",
        f"[← {inline(story.name)}](index.md)\n",
        f"*{inline(chapter.intro)}*\n",
    ]
    for section in chapter.sections:
        if section.heading:
            lines.append(f"## {inline(section.heading)}\n")
        level = "###" if section.heading else "##"
        for block in section.blocks:
            heading = f"{inline(block.eyebrow)} — " if block.eyebrow else ""
            lines.append(f"{level} {heading}{inline(block.heading)}\n")
            if block.summary:
                lines.append(f"*{inline(block.summary)}*\n")
            for label, text in block.fields:
                lines.append(f"**{inline(label)}**\n\n{safe_markdown(text)}\n")
            for line in block.lines:
                target = destination(line.link) if line.link and safe_target(line.link) else ""
                text = f"[{inline(line.text)}](<{target}>)" if target else inline(line.text)
                mark = f"*{inline(line.mark)}* " if line.mark else ""
                note = f" — {inline(line.note)}" if line.note else ""
                lines.append(f"- {mark}{text}{note}")
            if block.hidden:
                lines.append(f"- *{inline(more_text(block.hidden, story.locale))}*")
            if block.lines:
                lines.append("")
            elif block.empty:
                lines.append(f"*{inline(block.empty)}*\n")
    return "\n".join(lines) + "\n"
