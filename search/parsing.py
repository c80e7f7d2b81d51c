"""The query language, parsed: words, phrases, exclusions and filters.

``free words``, ``"exact phrase"``, ``-excluded`` / ``NOT excluded``,
``titre:x`` / ``title:x``, ``tag:x``, ``kind:photo`` / ``type:dessin``,
``author:name`` / ``auteur:``, ``stage:name`` / ``escale:``,
``2024-03..2024-06``, ``after:2024-03-01``, ``before:2024-06``,
``date:2024-05``, ``coop*``, dates in words (``12 septembre``,
``septembre 2023``, ``1er mai``, ``réunion de mars``: :mod:`search.dates`),
``#tag``. Fields are read as typed on a phone: ``auteur : Camille``,
``escale: diagnostic``, ``auteur:Camille Martin`` (the words after a value
may continue it: :func:`search.filters.absorb_label_words`). Parsing never
raises: what it cannot read becomes words
(``cantine~2`` and ``cantine^3`` are the word *cantine*; stray quotes and
parentheses are dropped). A query typed as a question ("qui a parlé de…")
loses its question words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from search.dates import DateWords, extract_dates
from search.words import STOP_WORDS, fold, lemma

KIND_ALIASES = {
    "note": "note",
    "notes": "note",
    "photo": "photo",
    "image": "photo",
    "drawing": "drawing",
    "dessin": "drawing",
    "croquis": "drawing",
    "audio": "audio",
    "son": "audio",
    "sound": "audio",
    "enregistrement": "audio",
    "video": "video",
    "film": "video",
    "testimony": "testimony",
    "temoignage": "testimony",
    "link": "link",
    "lien": "link",
}

_FIELD_NAMES = {
    "title": "title",
    "titre": "title",
    "intitule": "title",
    "tag": "tag",
    "tags": "tag",
    "etiquette": "tag",
    "kind": "kind",
    "type": "kind",
    "author": "author",
    "auteur": "author",
    "autrice": "author",
    "par": "author",
    "stage": "stage",
    "escale": "stage",
    "etape": "stage",
    "after": "after",
    "apres": "after",
    "depuis": "after",
    "since": "after",
    "before": "before",
    "avant": "before",
    "date": "date",
    "le": "date",
}

# "escale: diagnostic", "auteur : Camille": a field name, then spaces around its colon
# (phone keyboards and French typography put them). "le" and "par" are field names only
# when joined to their colon: "réunion par : téléphone" stays words.
_SPACED_FIELD = re.compile(r"(?<![\w:-])(?P<neg>-?)(?P<name>[^\W\d_]+)\s*:\s+(?=[^\s:])")
_LOOSE_FIELD_NAMES = frozenset({"le", "par"})
# "#mobilité", "#jardin-partagé": a tag (when some entry has it).
_HASHTAG = re.compile(r"(?<![\w#&])(?P<neg>-?)#(?P<tag>\w[\w'’-]*)")
# Words after an author or stage value that may continue it ("auteur:Camille Martin").
MAX_LABEL_TAIL = 4
_QUOTES = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "„": '"'})
_TOKEN = re.compile(r'(?P<neg>-)?(?:(?P<field>[^\W\d_]+):)?(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_RANGE = re.compile(r"^(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)?\.\.(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)?$")
WORD = re.compile(r"\w+")
# Lucene-style fuzziness and boosts (cantine~2, cantine^3): not ours, so dropped.
_LUCENE_SUFFIX = re.compile(r"(?:[~^][\d.]*)+$")
# A word joined to the next by a hyphen or an apostrophe: porte-à-porte, aujourd'hui, l'école.
_JOINED = re.compile(r"\w+(?:['’‘-]\w+)+")
# Articles and pronouns an apostrophe elides: l'école is the word école.
_ELIDED = frozenset(
    {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"}
)
# Operators written as words. NOT excludes what follows; AND/OR (and ET/OU) are
# accepted and ignored: every word is needed, and when no entry has them all the
# closest entries come with an honest "approximate" label.
_NOT = frozenset({"NOT", "SAUF", "not"})
_IGNORED_OPERATORS = frozenset({"AND", "OR", "ET", "OU", "&&", "||"})

# Words that make a query a question, and that no entry is about.
QUESTION_WORDS = frozenset(
    {
        "qui", "que", "quoi", "quand", "comment", "pourquoi", "quel", "quelle", "quels", "quelles",
        "combien", "lequel", "laquelle", "lesquels", "lesquelles", "est-ce", "who", "what", "when",
        "where", "why", "how", "which", "whom", "whose", "did", "does", "do",
    }
)  # fmt: skip
# Verbs (lemmas) of asking and telling: in a question they say how the person asks,
# not what they look for ("qui a parlé de la cantine", "où trouver les photos").
_QUESTION_VERBS = frozenset(
    {
        "parler", "dire", "raconter", "evoquer", "mentionner", "expliquer", "chercher",
        "rechercher", "trouver", "retrouver", "vouloir", "pouvoir", "savoir", "falloir", "faire",
    }
)  # fmt: skip


@dataclass
class ParsedQuery:
    """The query language, parsed. Words and phrases are as typed."""

    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    excluded_words: list[str] = field(default_factory=list)
    excluded_phrases: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    excluded_kinds: set[str] = field(default_factory=set)
    tags: set[str] = field(default_factory=set)
    excluded_tags: set[str] = field(default_factory=set)
    authors: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    day_from: int | None = None
    day_to: int | None = None
    title_words: list[str] = field(default_factory=list)
    excluded_title_words: list[str] = field(default_factory=list)
    # Words joined by a hyphen or an apostrophe, matched as adjacent words.
    compounds: list[str] = field(default_factory=list)
    excluded_compounds: list[str] = field(default_factory=list)
    excluded_authors: list[str] = field(default_factory=list)
    excluded_stages: list[str] = field(default_factory=list)
    # Dates written in words ("12 septembre", "septembre 2023"), matched against
    # the day an entry happened as well as against its words.
    dates: list[DateWords] = field(default_factory=list)
    # The query was typed as a question: its question words were dropped.
    question: bool = False
    # "#word": a tag filter when a visible entry has that tag, else the word (decided
    # by the search, which knows the tags in scope).
    hashtags: list[str] = field(default_factory=list)
    excluded_hashtags: list[str] = field(default_factory=list)
    # For each author/stage value (by field and position), the free words typed right
    # after it: "auteur:Camille Martin" may mean the whole name (see search.filters).
    # A tag value is keyed by its folded text: "tag:jardin partagé".
    label_tails: dict[tuple[str, int | str], list[str]] = field(default_factory=dict)


def day_bounds(text: str) -> tuple[int, int] | None:
    """First and last day (YYYYMMDD) of a year, month or day written ISO-style."""
    match = _DATE.match(text)
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if month is None:
        return year * 10000 + 101, year * 10000 + 1231
    if not 1 <= month <= 12:
        return None
    if day is None:
        return year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31
    if not 1 <= day <= 31:
        return None
    value = year * 10000 + month * 100 + day
    return value, value


def _narrow(parsed: ParsedQuery, low: int | None, high: int | None) -> None:
    if low is not None:
        parsed.day_from = low if parsed.day_from is None else max(parsed.day_from, low)
    if high is not None:
        parsed.day_to = high if parsed.day_to is None else min(parsed.day_to, high)


def parse_query(text: str) -> ParsedQuery:
    """Parse the query language; never raises (unknown syntax becomes words).

    ``free words``, ``"exact phrase"``, ``-excluded``, ``tag:x``, ``kind:photo``
    / ``type:dessin``, ``author:name``, ``stage:name``, ``2024-03..2024-06``,
    ``after:2024-03-01``, ``before:2024-06``, ``date:2024-05``, ``coop*``.
    """
    try:
        return _parse(text)
    except Exception:
        return ParsedQuery(words=WORD.findall(text or ""))


def _parse(text: str) -> ParsedQuery:
    parsed = ParsedQuery()
    text = _SPACED_FIELD.sub(_join_field, (text or "").translate(_QUOTES).replace("\u00a0", " "))
    text = _HASHTAG.sub(lambda match: _take_hashtag(parsed, match), text)
    text, parsed.dates = _dates_outside_quotes(text)
    negate_next = False
    # The author/stage value the next free words may continue.
    tail: list[str] | None = None
    for match in _TOKEN.finditer(text):
        negative = bool(match.group("neg")) or negate_next
        negate_next = False
        raw_field = match.group("field")
        raw_word = match.group("word")
        if raw_field is None and raw_word is not None and not match.group("neg"):
            if raw_word in _NOT:
                negate_next = True
                continue
            if raw_word in _IGNORED_OPERATORS:
                continue
        name = _FIELD_NAMES.get(fold(raw_field)) if raw_field else None
        phrase = match.group("phrase")
        value = phrase if phrase is not None else match.group("word")
        if raw_field and name is None:
            # Unknown "field:" prefix: keep both parts as plain words.
            value = f"{raw_field} {value}"
        if name in ("tag", "kind", "author", "stage", "after", "before", "date", "title"):
            tail = None
            _apply_field(parsed, name, _plain(value).strip(), negative)
            if name in ("author", "stage") and phrase is None and not negative:
                values = parsed.authors if name == "author" else parsed.stages
                if values:
                    tail = parsed.label_tails.setdefault((name, len(values) - 1), [])
            elif name == "tag" and phrase is None and not negative and _plain(value).strip():
                tail = parsed.label_tails.setdefault(("tag", fold(_plain(value).strip())), [])
            continue
        if tail is not None and phrase is None and raw_field is None and not negative:
            if len(tail) < MAX_LABEL_TAIL and WORD.fullmatch(_plain(value)):
                tail.append(_plain(value))
            else:
                tail = None
        else:
            tail = None
        if phrase is not None:
            if WORD.search(phrase):
                (parsed.excluded_phrases if negative else parsed.phrases).append(phrase)
            continue
        range_match = _RANGE.match(value)
        if range_match and (range_match.group(1) or range_match.group(2)):
            low = day_bounds(range_match.group(1)) if range_match.group(1) else None
            high = day_bounds(range_match.group(2)) if range_match.group(2) else None
            _narrow(parsed, low[0] if low else None, high[1] if high else None)
            continue
        for word in value.split():
            add_word(parsed, _plain(word), negative)
    if negate_next:
        # "not" with nothing after it is a word, not an operator.
        parsed.words.append(raw_word or "not")
    _drop_question_words(parsed)
    return parsed


_QUOTED = re.compile(r'"[^"]*"?')


def _dates_outside_quotes(text: str) -> tuple[str, list[DateWords]]:
    """Dates in words, taken from the text outside quotes: ``"budget 2024"`` is a phrase."""
    parts: list[str] = []
    dates: list[DateWords] = []
    end = 0
    for quoted in [*_QUOTED.finditer(text), None]:
        start = quoted.start() if quoted else len(text)
        plain, found = extract_dates(text[end:start])
        parts.append(plain)
        dates.extend(found)
        if quoted:
            parts.append(quoted.group())
            end = quoted.end()
    return "".join(parts), dates


def _join_field(match: re.Match) -> str:
    name = match.group("name")
    key = fold(name)
    if key not in _FIELD_NAMES or key in _LOOSE_FIELD_NAMES:
        return match.group()
    return f"{match.group('neg')}{name}:"


def _take_hashtag(parsed: ParsedQuery, match: re.Match) -> str:
    tag = match.group("tag").strip("'’-")
    (parsed.excluded_hashtags if match.group("neg") else parsed.hashtags).append(tag)
    return " "


def _plain(word: str) -> str:
    """``word`` without syntax we do not support: ``~2``/``^3`` suffixes, parentheses."""
    return _LUCENE_SUFFIX.sub("", word.strip("()[]{}")).strip("()[]{}")


def add_word(parsed: ParsedQuery, word: str, negative: bool) -> None:
    """A free word; words joined by hyphens or apostrophes become compounds, an elided
    article is dropped (``l'école`` is ``école``)."""
    if not WORD.search(word):
        return
    pieces: list[str] = []
    rest = word
    for joined in _JOINED.finditer(word):
        parts = re.split(r"['’‘]", joined.group())
        while len(parts) > 1 and fold(parts[0]) in _ELIDED:
            parts.pop(0)
        pieces.append("'".join(parts))
        rest = rest.replace(joined.group(), " ")
    for piece in pieces:
        parts = [fold(part) for part in WORD.findall(piece)]
        # "est-ce", "a-t-il": function words joined by grammar, not a word to find whole.
        grammatical = fold(piece) in QUESTION_WORDS or all(
            part in STOP_WORDS or len(part) == 1 for part in parts
        )
        if grammatical:
            for part in WORD.findall(piece) if fold(piece) not in QUESTION_WORDS else [piece]:
                (parsed.excluded_words if negative else parsed.words).append(part)
        elif len(parts) > 1:
            (parsed.excluded_compounds if negative else parsed.compounds).append(piece)
        else:
            (parsed.excluded_words if negative else parsed.words).append(piece)
    for other in rest.split():
        if WORD.search(other):
            (parsed.excluded_words if negative else parsed.words).append(other)


def _drop_question_words(parsed: ParsedQuery) -> None:
    """A question loses its question words (and verbs of asking), unless nothing else is left."""
    folded = [fold(word) for word in parsed.words]
    if not any(word in QUESTION_WORDS for word in folded):
        return
    kept = [
        word
        for word, plain in zip(parsed.words, folded, strict=True)
        if plain not in QUESTION_WORDS and lemma(word.lower()) not in _QUESTION_VERBS
    ]
    meaningful = [word for word in kept if fold(word) not in STOP_WORDS]
    if meaningful or parsed.phrases or parsed.compounds or parsed.dates:
        parsed.words = kept
        parsed.question = True


def _apply_field(parsed: ParsedQuery, name: str, value: str, negative: bool) -> None:
    if not value:
        return
    if name == "tag":
        (parsed.excluded_tags if negative else parsed.tags).add(fold(value))
    elif name == "kind":
        key = fold(value)
        kind = KIND_ALIASES.get(key) or KIND_ALIASES.get(key.rstrip("s"))
        if kind is None:
            parsed.words.append(value)
        else:
            (parsed.excluded_kinds if negative else parsed.kinds).add(kind)
    elif name == "author":
        (parsed.excluded_authors if negative else parsed.authors).append(value)
    elif name == "stage":
        (parsed.excluded_stages if negative else parsed.stages).append(value)
    elif name == "title":
        words = [word for word in WORD.findall(value)]
        (parsed.excluded_title_words if negative else parsed.title_words).extend(words)
    else:
        bounds = day_bounds(value)
        if bounds is None:
            parsed.words.extend(WORD.findall(value))
        elif name == "after":
            _narrow(parsed, bounds[0], None)
        elif name == "before":
            _narrow(parsed, None, bounds[0] - 1)
        else:
            _narrow(parsed, bounds[0], bounds[1])
