"""The demo logbook: "Fil d'Ariane", a food-policy cooperation project, in French.

Every file is made here (Pillow, ffmpeg), then posted through the same ingest
path as a phone upload, so the demo exercises storage, processing and search.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime

from sqlalchemy import select

from logbook.db import db
from logbook.demo_evaluation import add_evaluation
from logbook.demo_media import as_upload, make_clip, make_drawing, make_picture, make_voice_memo
from logbook.jobs import get_queue
from logbook.models import Logbook, Role
from logbook.services import entries, logbooks, stages
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
    add_evaluation(logbook, owner, made, posted)
    return (
        f"Demo logbook ready: /carnets/{SLUG}\n"
        f"Sign in as {OWNER_EMAIL} or {READER_EMAIL}, password: {PASSWORD}-2024"
    )


def _post_entries(logbook: Logbook, owner, made, folder: str) -> dict:
    diag, ateliers, legumerie, _bilan = made
    photo = make_picture(os.path.join(folder, "marche.jpg"), "Marché des producteurs", (86, 130, 60))
    cuisine = make_picture(os.path.join(folder, "cuisine.jpg"), "Atelier pesée en cuisine", (180, 110, 50))
    drawing = make_drawing(os.path.join(folder, "schema.png"))
    audio = make_voice_memo(os.path.join(folder, "capsule.m4a"))
    video = make_clip(os.path.join(folder, "visite.mp4"))
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
        uploads = [as_upload(path, caption, alt, folder) for path, caption, alt in files]
        entry, _ = entries.create_entry(
            logbook, owner, {**fields, "stage_id": stage.id}, uploads, storage=storage, queue=queue
        )
        posted[entry.title] = entry
    return posted


# (title, question, indicator, target, [(entry title, stance, comment)])
