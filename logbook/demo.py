"""The demo logbook: "Fil d'Ariane", a food-policy cooperation project, in French.

Every file is made here (Pillow, ffmpeg), then posted through the same ingest
path as a phone upload, so the demo exercises storage, processing and search.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from datetime import UTC, date, datetime

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select

from logbook.db import db
from logbook.jobs import get_queue
from logbook.models import Logbook, Role
from logbook.services import effects, entries, logbooks, stage_reviews, stages, stakeholders
from logbook.services.users import add_member, create_user, find_user
from logbook.storage import get_storage

SLUG = "fil-d-ariane"
OWNER_EMAIL = "demo@carnet.local"
READER_EMAIL = "lecteur@carnet.local"
PASSWORD = "carnet-demo"

STAGES = [
    (
        "Diagnostic partagé",
        "Rencontres avec les cantines, les producteurs et les familles pour comprendre d'où vient ce qu'on mange.",
        date(2024, 1, 8),
        date(2024, 3, 29),
        True,
    ),
    (
        "Ateliers cuisine et gaspillage",
        "Six ateliers avec les équipes de cuisine : pesées, menus, circuits courts.",
        date(2024, 4, 2),
        date(2024, 6, 28),
        True,
    ),
    (
        "Expérimentation de la légumerie",
        "Une légumerie partagée pour préparer les légumes locaux de trois communes.",
        date(2024, 9, 2),
        date(2025, 1, 31),
        False,
    ),
    (
        "Bilan et essaimage",
        "Mesurer, raconter, transmettre à d'autres territoires.",
        date(2025, 2, 3),
        None,
        False,
    ),
]


def create_demo(*, force: bool = False) -> str:
    existing = db.session.scalar(select(Logbook).where(Logbook.slug == SLUG))
    if existing is not None and not force:
        return f"The demo logbook already exists: /carnets/{SLUG} (sign in as {OWNER_EMAIL} / {PASSWORD})."
    if existing is not None:
        logbooks.delete_logbook(existing, get_storage())
    owner = find_user(OWNER_EMAIL) or create_user(
        email=OWNER_EMAIL, password=PASSWORD + "-2024", display_name="Camille (coordination)"
    )
    reader = find_user(READER_EMAIL) or create_user(
        email=READER_EMAIL, password=PASSWORD + "-2024", display_name="Nouvelle recrue"
    )
    logbook = logbooks.create_logbook(
        owner,
        slug=SLUG,
        name="Cantines et producteurs de la vallée",
        nickname="Fil d'Ariane",
        description=(
            "Le carnet de bord du projet alimentaire de la vallée : rapprocher les cantines scolaires "
            "des producteurs locaux, réduire le gaspillage et garder trace de ce que nous apprenons."
        ),
        visibility="public",
    )
    add_member(logbook, reader, Role.READER)
    made = [
        stages.create_stage(logbook, title=t, summary=s, starts_on=a, ends_on=b, reached=r)
        for t, s, a, b, r in STAGES
    ]
    with tempfile.TemporaryDirectory(prefix="carnet-demo-") as folder:
        posted = _post_entries(logbook, owner, made, folder)
    _add_evaluation(logbook, owner, made, posted)
    return (
        f"Demo logbook ready: /carnets/{SLUG}\n"
        f"Sign in as {OWNER_EMAIL} or {READER_EMAIL}, password: {PASSWORD}-2024"
    )


def _post_entries(logbook: Logbook, owner, made, folder: str) -> dict:
    diag, ateliers, legumerie, _bilan = made
    photo = _picture(os.path.join(folder, "marche.jpg"), "Marché des producteurs", (86, 130, 60))
    cuisine = _picture(os.path.join(folder, "cuisine.jpg"), "Atelier pesée en cuisine", (180, 110, 50))
    drawing = _drawing(os.path.join(folder, "schema.png"))
    audio = _tone(os.path.join(folder, "capsule.m4a"))
    video = _clip(os.path.join(folder, "visite.mp4"))
    posts = [
        (
            diag,
            {
                "kind": "note",
                "title": "Lancement du diagnostic",
                "pinned": True,
                "body": "Première réunion avec les **trois communes**. Objectif : comprendre qui cuisine quoi, "
                "pour combien d'enfants, et avec quels fournisseurs.\n\n- 1 200 repas par jour\n- 14 % de produits locaux",
                "tags": ["gouvernance", "cantine"],
                "occurred_at": datetime(2024, 1, 15, 9, 0, tzinfo=UTC),
            },
            [],
        ),
        (
            diag,
            {
                "kind": "photo",
                "title": "Visite du marché de producteurs",
                "tags": ["producteurs"],
                "body": "Rencontre avec les maraîchers du samedi matin.",
                "occurred_at": datetime(2024, 2, 3, 10, 30, tzinfo=UTC),
            },
            [(photo, "Les étals du marché", "Des cagettes de légumes sur un marché")],
        ),
        (
            diag,
            {
                "kind": "testimony",
                "title": "« On jette un tiers des assiettes »",
                "pinned": True,
                "speaker_name": "Martine Durand",
                "speaker_role": "cheffe de cuisine, école Jean-Jaurès",
                "consent": True,
                "tags": ["gaspillage", "cantine"],
                "body": "« Le midi, on jette presque un tiers de ce qu'on sert. Les enfants n'aiment pas ce qu'ils ne connaissent pas. »",
                "occurred_at": datetime(2024, 3, 12, 14, 0, tzinfo=UTC),
            },
            [(audio, "Capsule sonore de Martine", "")],
        ),
        (
            ateliers,
            {
                "kind": "drawing",
                "title": "Schéma des circuits courts",
                "tags": ["producteurs", "logistique"],
                "body": "Dessiné pendant l'atelier 2 : qui livre qui, et quand.",
                "occurred_at": datetime(2024, 4, 18, 15, 0, tzinfo=UTC),
            },
            [(drawing, "Le schéma au tableau", "Flèches entre fermes, légumerie et écoles")],
        ),
        (
            ateliers,
            {
                "kind": "photo",
                "title": "Atelier pesée",
                "pinned": True,
                "tags": ["gaspillage"],
                "body": "Pesée des restes pendant une semaine : **38 kg** le lundi, **21 kg** le vendredi.",
                "occurred_at": datetime(2024, 5, 21, 12, 30, tzinfo=UTC),
            },
            [(cuisine, "Les bacs de pesée", "Des bacs de restes alignés sur une balance")],
        ),
        (
            ateliers,
            {
                "kind": "link",
                "title": "Guide national sur le gaspillage alimentaire",
                "link_url": "https://agriculture.gouv.fr/",
                "tags": ["ressources"],
                "body": "La ressource citée par l'équipe de cuisine.",
                "occurred_at": datetime(2024, 6, 4, 8, 0, tzinfo=UTC),
            },
            [],
        ),
        (
            ateliers,
            {
                "kind": "testimony",
                "title": "« Livrer trois écoles, c'est possible »",
                "speaker_name": "Karim Benali",
                "speaker_role": "maraîcher, GAEC des Trois Sources",
                "consent": True,
                "tags": ["producteurs", "logistique"],
                "body": "« Livrer trois écoles le mardi, je peux. Mais il faut que les légumes soient épluchés "
                "quelque part : nous n'avons ni le temps ni la place. »",
                "occurred_at": datetime(2024, 6, 13, 16, 0, tzinfo=UTC),
            },
            [],
        ),
        (
            legumerie,
            {
                "kind": "testimony",
                "title": "« Ma fille a goûté le potimarron »",
                "speaker_name": "Parent d'élève",
                "speaker_role": "école de Saint-Aubin",
                "consent": True,
                "tags": ["familles", "cantine"],
                "body": "« Elle n'en mangeait jamais à la maison. À la cantine, ils l'ont fait en velouté avec "
                "la classe qui était venue à la légumerie : elle en redemande. »",
                "occurred_at": datetime(2024, 11, 20, 18, 30, tzinfo=UTC),
            },
            [],
        ),
        (
            legumerie,
            {
                "kind": "video",
                "title": "Visite de la future légumerie",
                "tags": ["légumerie"],
                "body": "Le local prêté par la commune, avant travaux.",
                "occurred_at": datetime(2024, 9, 12, 11, 0, tzinfo=UTC),
            },
            [(video, "Tour du local", "")],
        ),
        (
            legumerie,
            {
                "kind": "note",
                "title": "Ce qu'il reste à décider",
                "tags": ["gouvernance"],
                "body": "Qui porte l'emploi du légumier ? Quel tarif pour les communes ? Réponse attendue à la prochaine escale.",
                "occurred_at": datetime(2024, 10, 2, 17, 0, tzinfo=UTC),
            },
            [],
        ),
    ]
    storage, queue = get_storage(), get_queue()
    posted = {}
    for stage, fields, files in posts:
        uploads = [_as_upload(path, caption, alt, folder) for path, caption, alt in files]
        entry, _ = entries.create_entry(
            logbook, owner, {**fields, "stage_id": stage.id}, uploads, storage=storage, queue=queue
        )
        posted[entry.title] = entry
    return posted


# (title, question, indicator, target, [(entry title, stance, comment)])
EFFECTS = [
    (
        "Plus de produits locaux dans les assiettes",
        "Les cantines des trois communes servent-elles davantage de produits de la vallée ?",
        "part de produits locaux dans les repas",
        "50 %",
        [
            ("Lancement du diagnostic", "nuances", "Point de départ : 14 % de produits locaux."),
            ("Schéma des circuits courts", "confirms", "Trois fermes peuvent livrer chaque semaine."),
            ("« Livrer trois écoles, c'est possible »", "nuances", "Possible, à condition d'une légumerie."),
        ],
    ),
    (
        "Moins de gaspillage à la cantine",
        "Les restes diminuent-ils quand les équipes de cuisine pèsent et adaptent les menus ?",
        "kilos de restes par jour, école Jean-Jaurès",
        "moins de 20 kg",
        [
            (
                "« On jette un tiers des assiettes »",
                "contradicts",
                "Avant les ateliers : un tiers des assiettes jeté.",
            ),
            ("Atelier pesée", "confirms", "De 38 kg à 21 kg en une semaine de pesées."),
            ("« Ma fille a goûté le potimarron »", "confirms", "Les plats découverts en classe sont mangés."),
        ],
    ),
    (
        "Une coopération qui tient sans nous",
        "Les communes et les producteurs s'organisent-ils ensemble, au-delà du projet ?",
        "",
        "",
        [
            ("Visite de la future légumerie", "confirms", "Une commune prête un local."),
            ("Ce qu'il reste à décider", "nuances", "L'emploi du légumier n'a pas encore de porteur."),
        ],
    ),
]

# (stage title, what we did, what we learnt, what changes next)
REVIEWS = [
    (
        "Diagnostic partagé",
        "Douze rencontres : trois cantines, neuf producteurs, un questionnaire aux familles (212 réponses).",
        "Le frein n'est pas le prix mais la préparation : les cuisines n'ont ni le temps ni le matériel "
        "pour éplucher des légumes bruts.",
        "Les ateliers partiront des cuisines : peser les restes, revoir les menus avec les équipes.",
    ),
    (
        "Ateliers cuisine et gaspillage",
        "Six ateliers avec 23 agents de cuisine ; une semaine de pesées dans chaque école.",
        "Peser change les pratiques très vite ; les enfants mangent mieux ce qu'ils ont vu préparer.",
        "Une légumerie partagée entre les trois communes, et des classes qui viennent la visiter.",
    ),
]

# (name, organisation, kind, role, consent, speaker of, also named on)
STAKEHOLDERS = [
    (
        "Martine Durand",
        "école Jean-Jaurès",
        "agent",
        "cheffe de cuisine",
        True,
        "« On jette un tiers des assiettes »",
        ["Atelier pesée"],
    ),
    (
        "Karim Benali",
        "GAEC des Trois Sources",
        "entreprise",
        "maraîcher, livre les écoles",
        True,
        "« Livrer trois écoles, c'est possible »",
        ["Schéma des circuits courts"],
    ),
    (
        "Sophie Marchal",
        "",
        "habitant",
        "parent d'élève, école de Saint-Aubin",
        False,
        "« Ma fille a goûté le potimarron »",
        [],
    ),
    (
        "Hélène Roux",
        "Commune de Saint-Aubin",
        "elu",
        "adjointe à l'alimentation",
        True,
        None,
        [
            "« Livrer trois écoles, c'est possible »",
            "Ce qu'il reste à décider",
            "Visite de la future légumerie",
        ],
    ),
    (
        "Les Jardins partagés de la vallée",
        "",
        "association",
        "anime les visites des classes",
        True,
        None,
        ["« Ma fille a goûté le potimarron »"],
    ),
    (
        "Pascal Morel",
        "Communauté de communes de la vallée",
        "agent",
        "responsable de la restauration collective",
        False,
        None,
        ["« On jette un tiers des assiettes »", "Atelier pesée"],
    ),
]


def _add_evaluation(logbook: Logbook, owner, made, posted: dict) -> None:
    """Expected effects with evidence, a review for each reached stage, stakeholders."""
    queue = get_queue()
    for title, question, indicator, target, evidence in EFFECTS:
        effect = effects.create_effect(
            logbook, title=title, question=question, indicator=indicator, target=target
        )
        for entry_title, stance, comment in evidence:
            effects.link_evidence(effect, posted[entry_title], stance=stance, comment=comment, user=owner)
    by_title = {stage.title: stage for stage in made}
    for stage_title, done, learnt, next_changes in REVIEWS:
        stage_reviews.save_review(
            by_title[stage_title],
            {"done": done, "learnt": learnt, "next_changes": next_changes},
            editor=owner,
        )
    for name, organisation, kind, role, consent, speaks, named in STAKEHOLDERS:
        person = stakeholders.create_stakeholder(
            logbook, name=name, organisation=organisation, kind=kind, role=role, consent_to_name=consent
        )
        for entry_title in named:
            entry = posted[entry_title]
            current = [link.stakeholder_id for link in stakeholders.entry_links(entry)]
            speaker = next(
                (link.stakeholder_id for link in stakeholders.entry_links(entry) if link.as_speaker), None
            )
            stakeholders.set_entry_stakeholders(
                entry, [*current, person.id], speaker_id=speaker, editor=owner, queue=queue
            )
        if speaks:
            entry = posted[speaks]
            current = [link.stakeholder_id for link in stakeholders.entry_links(entry)]
            stakeholders.set_entry_stakeholders(
                entry, current, speaker_id=person.id, editor=owner, queue=queue
            )


def _as_upload(path: str, caption: str, alt: str, folder: str) -> entries.UploadedFile:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while chunk := source.read(1024 * 1024):
            digest.update(chunk)
    return entries.UploadedFile(
        path, digest.hexdigest(), os.path.getsize(path), os.path.basename(path), caption, alt
    )


def _font(size: int):
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ):
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def _picture(path: str, title: str, colour: tuple[int, int, int]) -> str:
    image = Image.new("RGB", (1600, 1067), colour)
    draw = ImageDraw.Draw(image)
    for index in range(12):
        x = 80 + index * 125
        draw.rounded_rectangle(
            (x, 600, x + 100, 900), radius=18, fill=(240 - index * 8, 200, 90 + index * 10)
        )
    draw.ellipse((1200, 90, 1450, 340), fill=(250, 215, 90))
    draw.text((80, 120), title, fill="white", font=_font(72))
    image.save(path, "JPEG", quality=88)
    return path


def _drawing(path: str) -> str:
    image = Image.new("RGBA", (1200, 800), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    places = {"Fermes": (150, 200), "Légumerie": (600, 400), "Écoles": (1050, 200), "Mairie": (600, 700)}
    for name, (x, y) in places.items():
        draw.ellipse((x - 90, y - 60, x + 90, y + 60), outline=(20, 60, 140), width=6)
        draw.text((x - 70, y - 15), name, fill=(20, 60, 140), font=_font(30))
    for a, b in (("Fermes", "Légumerie"), ("Légumerie", "Écoles"), ("Mairie", "Légumerie")):
        draw.line((*places[a], *places[b]), fill=(200, 50, 40), width=5)
    image.save(path, "PNG")
    return path


def _tone(path: str) -> str:
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            # A voice-like pitch with syllable-like bursts, so the waveform looks like speech.
            "aevalsrc=exprs='0.6*sin(2*PI*(170+40*sin(2*PI*3*t))*t)*pow(abs(sin(2*PI*0.9*t)),2)':d=6:s=44100",
            "-f",
            "lavfi",
            "-i",
            "anoisesrc=d=6:a=0.02",
            "-filter_complex",
            "amix=inputs=2",
            "-c:a",
            "aac",
            "-b:a",
            "96k",
            path,
        ],
        check=True,
    )
    return path


def _clip(path: str) -> str:
    subprocess.run(
        [
            "ffmpeg",
            "-nostdin",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc2=size=640x360:rate=25:duration=4",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=330:duration=4",
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-shortest",
            "-movflags",
            "+faststart",
            path,
        ],
        check=True,
    )
    return path
