"""A story to export, made by hand: three stages of a town-centre project, with every kind
of entry, for the renderers' tests (no application, no database).

Pictures are drawn with Pillow and stored in a directory read through a
``DirectoryMediaReader``, as the application's storage would serve them. The fixtures
(``story``, ``english_story``, ``hostile_story``, ``link_story``) are made available to
the tests of this folder by ``conftest.py``.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import replace
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from logbook.export.story import (
    DirectoryMediaReader,
    Story,
    StoryEntry,
    StoryMedia,
    StoryObject,
    StoryStage,
    with_counts,
)

PALETTES = [
    ((126, 171, 214), (231, 214, 180), (196, 98, 70)),
    ((244, 196, 140), (120, 150, 90), (70, 90, 140)),
    ((170, 200, 220), (200, 200, 190), (220, 160, 60)),
    ((90, 110, 160), (150, 130, 110), (240, 220, 120)),
]


def draw_scene(width: int, height: int, seed: int) -> Image.Image:
    """A simple street scene: sky gradient, buildings, a sun, a square."""
    sky, ground, accent = PALETTES[seed % len(PALETTES)]
    image = Image.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(image)
    horizon = int(height * 0.62)
    for y in range(horizon):
        shade = y / horizon
        draw.line([(0, y), (width, y)], fill=tuple(int(c * (0.75 + 0.25 * shade)) for c in sky))
    draw.rectangle((0, horizon, width, height), fill=ground)
    draw.ellipse(
        (width * 0.75, height * 0.08, width * 0.87, height * 0.08 + width * 0.12), fill=(255, 236, 170)
    )
    x = 0.0
    index = seed
    while x < width:
        w = width * (0.08 + 0.05 * ((index * 7) % 5) / 4)
        h = height * (0.22 + 0.25 * ((index * 3) % 7) / 6)
        colour = tuple(int(c * (0.7 + 0.1 * (index % 4))) for c in accent)
        draw.rectangle((x, horizon - h, x + w - 4, horizon), fill=colour)
        for wy in range(int(horizon - h + 12), horizon - 20, 28):
            for wx in range(int(x + 8), int(x + w - 16), 22):
                draw.rectangle((wx, wy, wx + 10, wy + 14), fill=(250, 240, 210))
        x += w
        index += 1
    draw.polygon(
        [
            (width * 0.3, height),
            (width * 0.45, horizon + 8),
            (width * 0.55, horizon + 8),
            (width * 0.7, height),
        ],
        fill=(215, 205, 190),
    )
    return image


def draw_sketch(width: int, height: int) -> Image.Image:
    """A drawing from a workshop: a plan of the square in felt-tip lines."""
    image = Image.new("RGB", (width, height), (252, 250, 244))
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 60, width - 60, height - 60), outline=(40, 60, 90), width=6)
    for i in range(6):
        cx, cy = 180 + i * (width - 360) / 5, height / 2 + 120 * math.sin(i)
        draw.ellipse((cx - 45, cy - 45, cx + 45, cy + 45), outline=(60, 140, 70), width=5)
    draw.line((60, height / 2, width - 60, height / 2 - 80), fill=(200, 80, 60), width=8)
    draw.rectangle((width / 2 - 120, 100, width / 2 + 120, 220), fill=(242, 193, 78))
    return image


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


class MediaFactory:
    """Writes media and their derivatives as files, returning ``StoryMedia``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.next_id = 1

    def _put(self, key: str, payload: bytes) -> int:
        path = self.root / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(payload)
        return len(payload)

    def _object(
        self, media_id: int, spec: str, ext: str, mime: str, payload: bytes, size=None
    ) -> StoryObject:
        key = f"derived/{media_id}/{spec}.{ext}"
        width, height = size or (None, None)
        return StoryObject(
            key=key,
            mime=mime,
            size=self._put(key, payload),
            width=width,
            height=height,
            url=f"{BASE_URL}/medias/{key}",
        )

    def image(
        self, picture: Image.Image, *, kind: str = "image", caption: str = "", alt: str = ""
    ) -> StoryMedia:
        media_id = self.next_id
        self.next_id += 1
        original = encode(picture, "PNG")
        sha = hashlib.sha256(original).hexdigest()
        self._put(f"originals/{sha}", original)
        display = picture.copy()
        display.thumbnail((1200, 1200))
        thumb = picture.copy()
        thumb.thumbnail((400, 400))
        derivatives = {
            "display": self._object(
                media_id, "display", "webp", "image/webp", encode(display, "WEBP", quality=70), display.size
            ),
            "display-jpeg": self._object(
                media_id,
                "display-jpeg",
                "jpg",
                "image/jpeg",
                encode(display, "JPEG", quality=78),
                display.size,
            ),
            "thumb": self._object(
                media_id, "thumb", "webp", "image/webp", encode(thumb, "WEBP", quality=70), thumb.size
            ),
            "thumb-jpeg": self._object(
                media_id, "thumb-jpeg", "jpg", "image/jpeg", encode(thumb, "JPEG", quality=75), thumb.size
            ),
        }
        return StoryMedia(
            id=media_id,
            kind=kind,
            mime="image/png",
            caption=caption,
            alt_text=alt,
            width=picture.width,
            height=picture.height,
            sha256=sha,
            original_key=f"originals/{sha}",
            derivatives=derivatives,
        )

    def audio(self, *, caption: str, transcript: str, duration: float) -> StoryMedia:
        media_id = self.next_id
        self.next_id += 1
        samples = []
        for i in range(400):
            level = abs(math.sin(i / 9.0)) * (0.4 + 0.6 * abs(math.sin(i / 47.0)))
            samples += [-int(level * 127), int(level * 127)]
        peaks = {
            "version": 2,
            "channels": 1,
            "sample_rate": 44100,
            "samples_per_pixel": 512,
            "bits": 8,
            "length": 400,
            "data": samples,
        }
        fake_audio = b"\x00\x00\x00\x18ftypM4A " + bytes(2048)
        sha = hashlib.sha256(fake_audio).hexdigest()
        self._put(f"originals/{sha}", fake_audio)
        return StoryMedia(
            id=media_id,
            kind="audio",
            mime="audio/mp4",
            caption=caption,
            transcript=transcript,
            duration=duration,
            sha256=sha,
            original_key=f"originals/{sha}",
            derivatives={
                "web": self._object(media_id, "web", "m4a", "audio/mp4", fake_audio),
                "peaks": self._object(
                    media_id, "peaks", "json", "application/json", json.dumps(peaks).encode()
                ),
            },
        )

    def video(self, picture: Image.Image, *, caption: str, duration: float) -> StoryMedia:
        media_id = self.next_id
        self.next_id += 1
        fake_video = b"\x00\x00\x00\x18ftypisom" + bytes(4096)
        sha = hashlib.sha256(fake_video).hexdigest()
        self._put(f"originals/{sha}", fake_video)
        poster = picture.copy()
        poster.thumbnail((1280, 720))
        return StoryMedia(
            id=media_id,
            kind="video",
            mime="video/mp4",
            caption=caption,
            width=1280,
            height=720,
            duration=duration,
            sha256=sha,
            original_key=f"originals/{sha}",
            derivatives={
                "web": self._object(media_id, "web", "mp4", "video/mp4", fake_video, (1280, 720)),
                "poster": self._object(
                    media_id, "poster", "webp", "image/webp", encode(poster, "WEBP"), poster.size
                ),
                "poster-jpeg": self._object(
                    media_id,
                    "poster-jpeg",
                    "jpg",
                    "image/jpeg",
                    encode(poster, "JPEG", quality=80),
                    poster.size,
                ),
            },
        )


BASE_URL = "https://carnet.exemple.gouv.fr"


def at(day: str, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=UTC)


def entry(entry_id: int, kind: str, title: str, body: str, when: datetime, **fields: object) -> StoryEntry:
    fields.setdefault("url", f"/carnets/saint-eloi/entrees/{entry_id}")
    return StoryEntry(id=entry_id, kind=kind, title=title, body_markdown=body, occurred_at=when, **fields)


def build_story(root: Path) -> Story:
    media = MediaFactory(root)
    market = media.image(
        draw_scene(1800, 1200, 0),
        caption="Le marché du samedi, place de l'Église, vu depuis la mairie.",
        alt="Une place de village avec des étals et des façades colorées",
    )
    facade = media.image(
        draw_scene(1000, 1400, 1),
        caption="Façade de l'ancienne quincaillerie, rue Émile-Zola.",
        alt="Une façade haute et étroite",
    )
    sketch = media.image(
        draw_sketch(1600, 1100),
        kind="vector",
        caption="Plan dessiné à l'atelier n° 2 : où s'asseoir, où jouer ?",
        alt="Un plan de la place dessiné au feutre",
    )
    prototype = media.image(
        draw_scene(1600, 1000, 2),
        caption="Les bancs prototypes installés par l'équipe technique.",
        alt="Des bancs en bois sur une place",
    )
    capsule = media.audio(
        caption="Capsule enregistrée à la boulangerie « Chez Hélène ».",
        transcript="On a vu la place se vider, année après année. "
        "Si on remet des bancs, les anciens reviendront, et les enfants aussi.",
        duration=134.0,
    )
    film = media.video(
        draw_scene(1600, 900, 3),
        caption="Film de l'atelier : 3 minutes pour tout comprendre.",
        duration=187.0,
    )

    immersion = StoryStage(
        id=1,
        title="Immersion et écoute des habitants",
        summary="Trois semaines sur le terrain pour **comprendre les usages** de la place "
        "et du centre-bourg : marchés, sorties d'école, cafés, commerces fermés.",
        starts_on=date(2025, 2, 3),
        ends_on=date(2025, 3, 14),
        reached=True,
        entries=(
            entry(
                101,
                "note",
                "Premières impressions",
                "Arrivée à Saint-Éloi un mardi : la place est **vide** à 14 h.\n\n"
                "- 12 commerces fermés sur 31\n- un marché le samedi, très fréquenté\n- des bancs… absents",
                at("2025-02-04", 9, 30),
                author_name="Amélie Durand",
                tags=("usages", "première-visite"),
                pinned=True,
            ),
            entry(
                102,
                "photo",
                "Le marché du samedi",
                "La place change de visage le samedi matin : *tout le monde est là*.",
                at("2025-02-08", 11, 15),
                author_name="Léo Martin",
                tags=("marché",),
                pinned=True,
                media=(market,),
            ),
            entry(
                103,
                "testimony",
                "« Ici, on se croise encore »",
                "Le samedi, c'est le seul moment où l'on se croise encore. Le reste de la semaine, "
                "on traverse la place sans s'arrêter : il n'y a rien pour s'asseoir.",
                at("2025-02-12", 16, 0),
                author_name="Amélie Durand",
                speaker_name="Josiane Lefèvre",
                speaker_role="commerçante, présidente de l'union des commerçants",
                consent=True,
                pinned=True,
            ),
            entry(
                104,
                "audio",
                "Capsule : la boulangère raconte",
                "Cinq minutes d'échange au comptoir, à l'heure creuse.",
                at("2025-02-19", 15, 40),
                author_name="Léo Martin",
                tags=("capsule", "commerces"),
                pinned=True,
                media=(capsule,),
            ),
            entry(
                105,
                "photo",
                "Rue Émile-Zola",
                "Une vitrine sur deux est vide dans la rue commerçante.",
                at("2025-02-27", 10, 5),
                author_name="Chloé Nguyễn",
                media=(facade,),
            ),
        ),
    )
    workshops = StoryStage(
        id=2,
        title="Ateliers de co-conception",
        summary="Quatre ateliers ouverts à la salle des fêtes : **87 participants**, de 9 à 91 ans.",
        starts_on=date(2025, 3, 17),
        ends_on=date(2025, 5, 30),
        reached=True,
        entries=(
            entry(
                201,
                "drawing",
                "Où s'asseoir, où jouer ?",
                "Plan collectif issu de l'atelier n° 2.",
                at("2025-03-29", 14, 30),
                author_name="Chloé Nguyễn",
                tags=("atelier",),
                pinned=True,
                media=(sketch,),
            ),
            entry(
                202,
                "testimony",
                "Parole d'un riverain",
                "Je ne veux pas que mon nom apparaisse, mais la circulation des camions est un vrai danger.",
                at("2025-04-02", 18, 45),
                author_name="Amélie Durand",
                speaker_name="Gérard Roux",
                speaker_role="riverain",
                consent=False,
                pinned=True,
            ),
            entry(
                203,
                "video",
                "Le film de l'atelier",
                "Montage réalisé par les élèves du collège Jean-Jaurès.",
                at("2025-04-15", 17, 0),
                author_name="Léo Martin",
                pinned=True,
                media=(film,),
            ),
            entry(
                204,
                "link",
                "Le compte rendu de l'atelier n° 3",
                "Compte rendu publié sur le site de la commune.",
                at("2025-05-06", 9, 0),
                author_name="Amélie Durand",
                link_url="https://www.saint-eloi.example.fr/actualites/atelier-3",
            ),
            entry(
                205,
                "note",
                "Ce que les ateliers ont décidé",
                "## Trois priorités\n\n1. Des **bancs** à l'ombre\n"
                "2. Un espace de jeux près de l'école\n3. Réduire la place de la voiture le samedi\n\n"
                "> « On veut une place où l'on reste, pas une place que l'on traverse. »",
                at("2025-05-28", 20, 0),
                author_name="Chloé Nguyễn",
                tags=("décisions",),
                pinned=True,
            ),
        ),
    )
    prototyping = StoryStage(
        id=3,
        title="Prototypage sur la place",
        summary="Du mobilier provisoire, testé pendant l'été avant toute commande définitive.",
        starts_on=date(2025, 6, 2),
        ends_on=date(2025, 9, 19),
        reached=True,
        entries=(
            entry(
                301,
                "photo",
                "Les bancs sont là !",
                "Installés en une matinée avec les services techniques.",
                at("2025-06-14", 8, 0),
                author_name="Léo Martin",
                pinned=True,
                media=(prototype,),
            ),
            entry(
                302,
                "note",
                "Premiers comptages",
                "Entre **35 et 50 personnes** assises en même temps le samedi, contre zéro en février.",
                at("2025-07-05", 12, 0),
                author_name="Amélie Durand",
                tags=("évaluation",),
            ),
        ),
    )
    next_stop = StoryStage(
        id=4,
        title="Bilan et passage de relais",
        summary="Présenter les enseignements au conseil municipal "
        "et confier le suivi à l'association des habitants.",
        starts_on=date(2025, 10, 6),
        ends_on=date(2025, 11, 28),
        reached=False,
    )
    unstaged = (
        entry(
            901,
            "note",
            "Revue de presse",
            "Article paru dans *L'Écho du Canton* : « Saint-Éloi réinvente sa place ».",
            at("2025-08-21", 7, 30),
            author_name="Chloé Nguyễn",
            tags=("presse",),
        ),
    )
    story = Story(
        slug="saint-eloi",
        name="Revitalisation du centre-bourg de Saint-Éloi",
        nickname="Fil d'Ariane",
        description="Un carnet de bord partagé par l'équipe projet, la mairie et les habitants pour "
        "redonner vie à la place de l'Église et aux commerces du centre-bourg.",
        generated_at=datetime(2025, 9, 22, 8, 0, tzinfo=UTC),
        locale="fr",
        scope="Toutes les contributions publiées, de février à septembre 2025",
        stages=(immersion, workshops, prototyping),
        unstaged=unstaged,
        next_stop=next_stop,
        base_url=BASE_URL,
        media_reader=DirectoryMediaReader(root),
    )
    return with_counts(story)


HOSTILE_BODY = (
    'Bonjour <script>alert("pwned")</script> et '
    '<img src="x" onerror="alert(\'img\')"> puis <a href="javascript:alert(1)">clic</a> '
    "[lien](javascript:alert(2)) ![pixel](http://tracker.example.com/p.png) "
    '<iframe src="https://evil.example.com"></iframe> <style>body{display:none}</style>'
)


@pytest.fixture(scope="session")
def story(tmp_path_factory: pytest.TempPathFactory) -> Story:
    return build_story(tmp_path_factory.mktemp("media"))


@pytest.fixture(scope="session")
def english_story(story: Story) -> Story:
    return replace(story, locale="en")


@pytest.fixture(scope="session")
def hostile_story(story: Story) -> Story:
    first = story.stages[0]
    hostile = entry(
        666,
        "note",
        'Titre <script>alert("t")</script>',
        HOSTILE_BODY,
        at("2025-02-05"),
        author_name='<img src=x onerror="alert(3)">',
        tags=("<b>tag</b>",),
    )
    testimony = entry(
        667,
        "testimony",
        "Citation",
        HOSTILE_BODY,
        at("2025-02-06"),
        speaker_name="<script>x</script>",
        speaker_role="<img src=y onerror=alert(4)>",
        consent=True,
    )
    stage = replace(first, summary=HOSTILE_BODY, entries=(hostile, testimony))
    return replace(story, stages=(stage,), unstaged=(), description=HOSTILE_BODY, name="Carnet <script>")


#: Link targets that must never become live: each a different way to write a script or
#: a document in a link, an image, an autolink, a reference definition or raw HTML.
HOSTILE_LINKS = (
    "[mixed case](JaVaScRiPt:alert(1))",
    "[entity](&#106;avascript:alert(2))",
    "[hex entities](&#x6A;&#x61;vascript:alert(3))",
    "[tab entity](java&#x09;script:alert(4))",
    "[newline entity](java&#10;script:alert(5))",
    "[control](\x01javascript:alert(6))",
    "[spaced](<  javascript:alert(7)>)",
    "[vb](vbscript:msgbox(8))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==)",
    "![data image](data:text/html,<script>alert(10)</script>)",
    "![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTEpPg==)",
    "<javascript:alert(12)>",
    "<JAVASCRIPT:alert(13)>",
    "[reference][evil] and [collapsed][] and [shortcut]",
    "[evil]: javascript:alert(14)\n[collapsed]: <vbscript:alert(15)> 'title'\n[shortcut]: data:text/html,x",
    '<a href="javascript:alert(16)">raw anchor</a>',
    "<script>alert(17)</script>",
    "<img src=x onerror=alert(18)>",
    "<div onclick=\"alert(19)\">\n<a href='javascript:alert(20)'>raw block</a>\n</div>",
    '<iframe src="javascript:alert(21)"></iframe>',
    "[file](file:///etc/passwd)",
    "[relative](../../secret.md)",
)
#: What may stay live: web and mail addresses.
SAFE_LINKS = (
    "[web](https://ok.example.org/a?b=1&c=2)",
    "<https://ok.example.org/auto>",
    "[mail](mailto:a@ok.example.org)",
)
HOSTILE_LINK_BODY = "\n\n".join((*HOSTILE_LINKS, *SAFE_LINKS))
HOSTILE_TITLE = "---\nlayout: <script>alert('title')</script>\n--- \u2028 ] [x](javascript:alert(22))"


@pytest.fixture(scope="session")
def link_story(story: Story) -> Story:
    """A stage whose summary, entries, titles, tags and link targets are hostile."""
    first = story.stages[0]
    entries = (
        entry(
            801, "note", HOSTILE_TITLE, HOSTILE_LINK_BODY, at("2025-02-05"),
            author_name="<b>Auteur</b> ---", tags=("<script>", "---"),
        ),
        entry(802, "link", "Lien script", "", at("2025-02-06"), link_url="JaVaScRiPt:alert(23)"),
        entry(
            803, "link", "Lien qui sort de ses chevrons", "", at("2025-02-07"),
            link_url="https://ok.example.org/>[x](javascript:alert(24))<b onmouseover=alert(25)>",
        ),
        entry(804, "link", "Lien data", "", at("2025-02-08"), link_url="data:text/html,<script>alert(26)</script>"),
        entry(
            805, "testimony", HOSTILE_TITLE, HOSTILE_LINK_BODY, at("2025-02-09"),
            speaker_name="<script>x</script>", consent=True,
        ),
    )  # fmt: skip
    stage = replace(first, title=HOSTILE_TITLE, summary=HOSTILE_LINK_BODY, entries=entries)
    return replace(
        story,
        stages=(stage,),
        unstaged=(),
        description=HOSTILE_LINK_BODY,
        name=HOSTILE_TITLE,
        nickname="<i>x</i>",
    )
