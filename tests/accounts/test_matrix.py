"""The authorisation matrix: every registered route, called by every kind of caller, answers
with the status designed for it. A route missing from the tables below fails the test, so
nothing new ships without a decision on who may use it.

Callers: anonymous; a guest holding a guest contribution link (and nothing else); an
outsider (member of another logbook only); then reader, contributor, editor and owner of the
private logbook "atelier"; then each of those four roles again with a *read-only* API token.
Members call with their bearer token, anonymous callers and guests carry a session cookie
and its CSRF token like a browser. Every request gets fresh
objects to act on, so the order of calls does not matter.

Statuses to read: 401 sign in first (the API) / 302 sign-in redirect (pages); 404 a private
logbook one cannot read is not disclosed; 403 readable, but the role is too weak; 410 a
withdrawn link; 422 form refused (on purpose: wrong password, wrong current password).
"""

from __future__ import annotations

import contextvars
import io
import itertools
import os
import re
from dataclasses import dataclass

import pytest

from logbook.auth import issue_token
from logbook.db import db
from logbook.models import Entry, EntryStatus, Role, Stage
from logbook.services import effects, stage_reviews, stakeholders
from logbook.services import entries as entry_service
from logbook.services.exports import request_export, run_export
from logbook.services.guests import create_guest_link
from logbook.services.invitations import create_invitation
from logbook.services.logbooks import create_logbook, get_logbook
from logbook.services.resumable import open_session
from logbook.services.stages import create_stage
from logbook.services.users import add_member, create_user
from logbook.storage import get_storage
from tests.accounts.conftest import csrf_from
from tests.conftest import Member

ACTORS = ("anonymous", "guest", "outsider", "reader", "contributor", "editor", "owner")
READ_ONLY_ACTORS = ("reader_ro", "contributor_ro", "editor_ro", "owner_ro")

# Routes anyone may use, with the status every caller gets.
PUBLIC: dict[tuple[str, str], int] = {
    ("GET", "/assets/<path:filename>"): 200,  # the web's CSS and scripts
    ("GET", "/api/v1/openapi.json"): 200,
    ("GET", "/"): 200,
    ("GET", "/connexion"): 200,
    ("POST", "/connexion"): 401,  # everyone sends a wrong password here
    ("POST", "/deconnexion"): 303,
    ("POST", "/langue"): 302,
    ("GET", "/api/v1/logbooks"): 200,  # lists only what the caller may read
    ("GET", "/api/v1/search"): 200,  # finds only in what the caller may read
    ("POST", "/api/v1/search"): 200,  # the same search, its fields in a JSON body
    ("GET", "/invite/<token>"): 200,  # the invitation token is the credential
    ("POST", "/invite/<token>"): 303,  # anonymous makes an account; members join
    ("GET", "/health"): 200,  # dependencies' state for load balancers; names no secret
    ("GET", "/manifest.webmanifest"): 200,  # the installed app's names and icons
    ("GET", "/sw.js"): 200,  # the service worker
    # A share that reached the server without the service worker: nothing is read or kept,
    # everyone is sent on to /partager (a read-only token is refused, as for every POST).
    ("POST", "/partager"): 303,
}


def parse_table(table: str) -> dict[tuple[str, str], tuple[int, ...]]:
    """Rows of ``METHOD  rule  one status per actor``; # starts a comment line."""
    rows = {}
    for line in table.splitlines():
        if not line.strip() or line.startswith("#") or line.split()[0] == ACTORS[0][:4]:
            continue  # blank, comment or the header
        method, rule, *statuses = line.split()
        assert len(statuses) == len(ACTORS), line
        rows[(method, rule)] = tuple(int(s) for s in statuses)
    return rows


# Statuses for ACTORS, in order.
MATRIX = parse_table(
    """
                                                                                       anon guest  out read contr edit owner
# logbooks
POST   /api/v1/logbooks                                                                 401  401  201  201  201  201  201
GET    /api/v1/logbooks/<slug>                                                          401  401  404  200  200  200  200
PATCH  /api/v1/logbooks/<slug>                                                          401  401  404  403  403  403  200
DELETE /api/v1/logbooks/<slug>                                                          401  401  404  403  403  403  204
# entries and timeline
GET    /api/v1/logbooks/<slug>/timeline                                                 401  401  404  200  200  200  200
POST   /api/v1/logbooks/<slug>/entries                                                  401  401  404  403  201  201  201
GET    /api/v1/logbooks/<slug>/entries/<int:entry_id>                                   401  401  404  200  200  200  200
# contributors change their own entries (the entry is the contributor's here)
PATCH  /api/v1/logbooks/<slug>/entries/<int:entry_id>                                   401  401  404  403  200  200  200
DELETE /api/v1/logbooks/<slug>/entries/<int:entry_id>                                   401  401  404  403  204  204  204
POST   /api/v1/logbooks/<slug>/entries/<int:entry_id>/restore                           401  401  404  403  403  200  200
GET    /api/v1/logbooks/<slug>/entries/<int:entry_id>/revisions                         401  401  404  403  403  200  200
POST   /api/v1/logbooks/<slug>/entries/<int:entry_id>/revisions/<int:version>/restore   401  401  404  403  403  200  200
# stages
GET    /api/v1/logbooks/<slug>/stages                                                   401  401  404  200  200  200  200
POST   /api/v1/logbooks/<slug>/stages                                                   401  401  404  403  403  201  201
GET    /api/v1/logbooks/<slug>/stages/<int:stage_id>                                    401  401  404  200  200  200  200
PATCH  /api/v1/logbooks/<slug>/stages/<int:stage_id>                                    401  401  404  403  403  200  200
DELETE /api/v1/logbooks/<slug>/stages/<int:stage_id>                                    401  401  404  403  403  204  204
GET    /api/v1/logbooks/<slug>/stages/next                                              401  401  404  200  200  200  200
PUT    /api/v1/logbooks/<slug>/stages/next                                              401  401  404  403  403  200  200
PUT    /api/v1/logbooks/<slug>/stages/order                                             401  401  404  403  403  200  200
# expected effects: readers read, contributors link evidence (and unlink what they linked:
# the evidence is the contributor's here), editors and owners manage effects and their history
GET    /api/v1/logbooks/<slug>/effects                                                  401  401  404  200  200  200  200
POST   /api/v1/logbooks/<slug>/effects                                                  401  401  404  403  403  201  201
GET    /api/v1/logbooks/<slug>/effects/<int:effect_id>                                  401  401  404  200  200  200  200
PATCH  /api/v1/logbooks/<slug>/effects/<int:effect_id>                                  401  401  404  403  403  200  200
DELETE /api/v1/logbooks/<slug>/effects/<int:effect_id>                                  401  401  404  403  403  204  204
GET    /api/v1/logbooks/<slug>/effects/<int:effect_id>/evidence                         401  401  404  200  200  200  200
POST   /api/v1/logbooks/<slug>/effects/<int:effect_id>/evidence                         401  401  404  403  201  201  201
DELETE /api/v1/logbooks/<slug>/effects/<int:effect_id>/evidence/<int:evidence_id>       401  401  404  403  204  204  204
GET    /api/v1/logbooks/<slug>/effects/<int:effect_id>/revisions                        401  401  404  403  403  200  200
POST   /api/v1/logbooks/<slug>/effects/<int:effect_id>/revisions/<int:version>/restore  401  401  404  403  403  200  200
# stage reviews (bilans d'escale): read by readers, written by editors and owners
GET    /api/v1/logbooks/<slug>/stages/<int:stage_id>/review                             401  401  404  200  200  200  200
PUT    /api/v1/logbooks/<slug>/stages/<int:stage_id>/review                             401  401  404  403  403  200  200
DELETE /api/v1/logbooks/<slug>/stages/<int:stage_id>/review                             401  401  404  403  403  204  204
GET    /api/v1/logbooks/<slug>/stages/<int:stage_id>/review/revisions                   401  401  404  403  403  200  200
POST   /api/v1/logbooks/<slug>/stages/<int:stage_id>/review/revisions/<int:version>/restore 401 401 404 403  403  200  200
# stakeholders: readers read (names only with consent), editors and owners manage; who may
# change an entry names stakeholders on it (the entry is the contributor's here)
GET    /api/v1/logbooks/<slug>/stakeholders                                             401  401  404  200  200  200  200
POST   /api/v1/logbooks/<slug>/stakeholders                                             401  401  404  403  403  201  201
GET    /api/v1/logbooks/<slug>/stakeholders/<int:stakeholder_id>                        401  401  404  200  200  200  200
PATCH  /api/v1/logbooks/<slug>/stakeholders/<int:stakeholder_id>                        401  401  404  403  403  200  200
DELETE /api/v1/logbooks/<slug>/stakeholders/<int:stakeholder_id>                        401  401  404  403  403  204  204
GET    /api/v1/logbooks/<slug>/entries/<int:entry_id>/stakeholders                      401  401  404  200  200  200  200
PUT    /api/v1/logbooks/<slug>/entries/<int:entry_id>/stakeholders                      401  401  404  403  200  200  200
# media (the original is for editors and owners)
GET    /api/v1/media/<int:media_id>                                                     401  401  404  200  200  200  200
PATCH  /api/v1/media/<int:media_id>                                                     401  401  404  403  200  200  200
GET    /media/<int:media_id>/<variant>                                                  401  401  404  403  403  200  200
GET    /media/<int:media_id>/captions.vtt                                               401  401  404  200  200  200  200
# tokens: one's own
GET    /api/v1/tokens                                                                   401  401  200  200  200  200  200
POST   /api/v1/tokens                                                                   401  401  201  201  201  201  201
DELETE /api/v1/tokens/<int:token_id>                                                    401  401  204  204  204  204  204
# members and invitations
GET    /api/v1/logbooks/<slug>/members                                                  401  401  404  200  200  200  200
POST   /api/v1/logbooks/<slug>/members                                                  401  401  404  403  403  403  201
PATCH  /api/v1/logbooks/<slug>/members/<int:user_id>                                    401  401  404  403  403  403  200
DELETE /api/v1/logbooks/<slug>/members/<int:user_id>                                    401  401  404  403  403  403  204
GET    /api/v1/logbooks/<slug>/invitations                                              401  401  404  403  403  403  200
POST   /api/v1/logbooks/<slug>/invitations                                              401  401  404  403  403  403  201
DELETE /api/v1/logbooks/<slug>/invitations/<int:invitation_id>                          401  401  404  403  403  403  204
# guest links: managed by editors, used by whoever holds one
GET    /api/v1/logbooks/<slug>/guest-links                                              401  401  404  403  403  200  200
POST   /api/v1/logbooks/<slug>/guest-links                                              401  401  404  403  403  201  201
DELETE /api/v1/logbooks/<slug>/guest-links/<int:link_id>                                401  401  404  403  403  204  204
GET    /api/v1/guest/<token>                                                            404  200  404  404  404  404  404
POST   /api/v1/guest/<token>/entries                                                    404  201  404  404  404  404  404
GET    /invite/guest/<token>                                                            404  200  404  404  404  404  404
POST   /invite/guest/<token>                                                            404  303  404  404  404  404  404
# moderation and trash
GET    /api/v1/logbooks/<slug>/moderation                                               401  401  404  403  403  200  200
POST   /api/v1/logbooks/<slug>/moderation/<int:entry_id>/approve                        401  401  404  403  403  200  200
POST   /api/v1/logbooks/<slug>/moderation/<int:entry_id>/reject                         401  401  404  403  403  204  204
GET    /api/v1/logbooks/<slug>/trash                                                    401  401  404  403  403  200  200
DELETE /api/v1/logbooks/<slug>/trash/<int:entry_id>                                     401  401  404  403  403  403  204
# resumable uploads: opened by those who post; an upload is its sender's alone
POST   /api/v1/logbooks/<slug>/uploads                                                  401  401  404  403  201  201  201
PATCH  /api/v1/uploads/<upload_id>                                                      401  401  404  404  204  204  204
DELETE /api/v1/uploads/<upload_id>                                                      401  401  404  404  204  204  204
# exports: stories for readers; deleting is for whoever asked (the owner here) and editors
GET    /api/v1/logbooks/<slug>/exports                                                  401  401  404  200  200  200  200
POST   /api/v1/logbooks/<slug>/exports                                                  401  401  404  202  202  202  202
GET    /api/v1/exports/<int:export_id>                                                  401  401  404  200  200  200  200
GET    /api/v1/exports/<int:export_id>/download                                         401  401  404  200  200  200  200
DELETE /api/v1/exports/<int:export_id>                                                  401  401  404  403  403  204  204
# account pages
GET    /compte/mot-de-passe                                                             302  302  200  200  200  200  200
POST   /compte/mot-de-passe                                                             302  302  422  422  422  422  422
POST   /compte/deconnexion-partout                                                      302  302  303  303  303  303  303
"""
)

# Pages of the web blueprint (their access rules live in logbook.web.blueprint.logbook_for):
# anonymous callers are sent to sign in (302); a page's form posts answer with a redirect
# (302) or the page again (200, or 422 for an incomplete form).
WEB_MATRIX = parse_table(
    """
                                                                      anon guest  out read contr edit owner
GET    /carnets/<slug>                                                 302  302  404  200  200  200  200
GET    /carnets/<slug>/histoire                                        302  302  404  200  200  200  200
GET    /carnets/<slug>/exports                                         302  302  404  200  200  200  200
POST   /carnets/<slug>/exports                                         302  302  404  302  302  302  302
GET    /carnets/<slug>/membres                                         302  302  404  200  200  200  200
POST   /carnets/<slug>/membres/<int:user_id>                           302  302  404  403  403  403  302
GET    /carnets/<slug>/entrees/<int:entry_id>                          302  302  404  200  200  200  200
# a share from the phone: to the compose page of one's only logbook, else to the choice
GET    /partager                                                       302  302  302  302  302  302  302
GET    /partager/carnet                                                302  302  200  200  200  200  200
GET    /carnets/<slug>/nouveau                                         302  302  404  403  200  200  200
POST   /carnets/<slug>/nouveau                                         302  302  404  403  422  422  422
POST   /carnets/<slug>/apercu                                          302  302  404  403  200  200  200
GET    /carnets/<slug>/entrees/<int:entry_id>/modifier                 302  302  404  403  200  200  200
POST   /carnets/<slug>/entrees/<int:entry_id>/modifier                 302  302  404  403  302  302  302
POST   /carnets/<slug>/entrees/<int:entry_id>/versions/<int:version>   302  302  404  403  403  302  302
POST   /carnets/<slug>/entrees/<int:entry_id>/corbeille                302  302  404  403  302  302  302
POST   /carnets/<slug>/entrees/<int:entry_id>/medias/<int:media_id>/transcription/garder 302 302 404 403 302 302 302
GET    /carnets/<slug>/escales                                         302  302  404  403  403  200  200
POST   /carnets/<slug>/escales                                         302  302  404  403  403  422  422
POST   /carnets/<slug>/escales/<int:stage_id>                          302  302  404  403  403  422  422
POST   /carnets/<slug>/escales/<int:stage_id>/deplacer                 302  302  404  403  403  302  302
POST   /carnets/<slug>/escales/<int:stage_id>/supprimer                302  302  404  403  403  302  302
POST   /carnets/<slug>/escales/prochaine                               302  302  404  403  403  302  302
POST   /carnets/<slug>/escales/synonymes                               302  302  404  403  403  403  302
GET    /carnets/<slug>/a-valider                                       302  302  404  403  403  200  200
POST   /carnets/<slug>/a-valider                                       302  302  404  403  403  302  302
GET    /carnets/<slug>/corbeille                                       302  302  404  403  403  200  200
POST   /carnets/<slug>/corbeille/<int:entry_id>/restaurer              302  302  404  403  403  302  302
GET    /carnets/<slug>/invitations                                     302  302  404  403  403  403  200
POST   /carnets/<slug>/invitations                                     302  302  404  403  403  403  200
GET    /carnets/<slug>/liens-invites                                   302  302  404  403  403  200  200
POST   /carnets/<slug>/liens-invites                                   302  302  404  403  403  200  200
GET    /carnets/<slug>/effets                                          302  302  404  200  200  200  200
POST   /carnets/<slug>/effets                                          302  302  404  403  403  302  302
GET    /carnets/<slug>/effets/<int:effect_id>                          302  302  404  200  200  200  200
POST   /carnets/<slug>/effets/<int:effect_id>                          302  302  404  403  403  302  302
POST   /carnets/<slug>/effets/<int:effect_id>/deplacer                 302  302  404  403  403  302  302
POST   /carnets/<slug>/effets/<int:effect_id>/supprimer                302  302  404  403  403  302  302
POST   /carnets/<slug>/effets/<int:effect_id>/versions/<int:version>   302  302  404  403  403  302  302
POST   /carnets/<slug>/effets/<int:effect_id>/preuves/<int:evidence_id>/retirer 302 302 404 403 302  302  302
POST   /carnets/<slug>/entrees/<int:entry_id>/preuves                  302  302  404  403  302  302  302
GET    /carnets/<slug>/escales/<int:stage_id>/bilan                    302  302  404  200  200  200  200
POST   /carnets/<slug>/escales/<int:stage_id>/bilan                    302  302  404  403  403  302  302
POST   /carnets/<slug>/escales/<int:stage_id>/bilan/versions/<int:version> 302 302 404 403  403  302  302
GET    /carnets/<slug>/parties-prenantes                               302  302  404  200  200  200  200
POST   /carnets/<slug>/parties-prenantes                               302  302  404  403  403  302  302
GET    /carnets/<slug>/parties-prenantes/<int:stakeholder_id>          302  302  404  200  200  200  200
POST   /carnets/<slug>/parties-prenantes/<int:stakeholder_id>          302  302  404  403  403  302  302
POST   /carnets/<slug>/parties-prenantes/<int:stakeholder_id>/retirer  302  302  404  403  403  302  302
POST   /carnets/<slug>/entrees/<int:entry_id>/parties-prenantes        302  302  404  403  302  302  302
"""
)

EXPECTED = {**{k: (v,) * len(ACTORS) for k, v in PUBLIC.items()}, **MATRIX, **WEB_MATRIX}

# A read-only token reads what its role reads and changes nothing: every unsafe call is 403,
# except these, which only read (or ask for a rendering of what the caller may read)...
READ_ONLY_MAY_CALL = {
    ("POST", "/api/v1/search"),  # a search in a JSON body changes nothing
    ("POST", "/api/v1/logbooks/<slug>/exports"),
    ("POST", "/carnets/<slug>/exports"),
}
# ...and these reads are refused to it although its role may make them: what they show
# serves moderation and management, which a read-only token cannot do.
READ_ONLY_REFUSED_READS = {
    ("GET", "/api/v1/logbooks/<slug>/entries/<int:entry_id>/revisions"),
    ("GET", "/api/v1/logbooks/<slug>/moderation"),
    ("GET", "/api/v1/logbooks/<slug>/trash"),
    ("GET", "/api/v1/logbooks/<slug>/guest-links"),
    ("GET", "/api/v1/logbooks/<slug>/invitations"),
    ("GET", "/carnets/<slug>/nouveau"),
    ("GET", "/carnets/<slug>/entrees/<int:entry_id>/modifier"),
    ("GET", "/carnets/<slug>/escales"),
    ("GET", "/carnets/<slug>/a-valider"),
    ("GET", "/carnets/<slug>/corbeille"),
    ("GET", "/carnets/<slug>/invitations"),
    ("GET", "/carnets/<slug>/liens-invites"),
    ("GET", "/api/v1/logbooks/<slug>/effects/<int:effect_id>/revisions"),
    ("GET", "/api/v1/logbooks/<slug>/stages/<int:stage_id>/review/revisions"),
}


def expected_status(key: tuple[str, str], actor: str) -> int:
    if actor not in READ_ONLY_ACTORS:
        return EXPECTED[key][ACTORS.index(actor)]
    as_role = EXPECTED[key][ACTORS.index(actor.removesuffix("_ro"))]
    method = key[0]
    if method in {"GET", "HEAD"}:
        return 403 if key in READ_ONLY_REFUSED_READS and as_role < 400 else as_role
    return as_role if key in READ_ONLY_MAY_CALL else 403


# Routes whose <slug> must be a logbook of its own (the request destroys it).
OWN_LOGBOOK = {("DELETE", "/api/v1/logbooks/<slug>")}
# Routes whose <entry_id> is an entry in a given state.
TRASHED = {
    ("POST", "/api/v1/logbooks/<slug>/entries/<int:entry_id>/restore"),
    ("DELETE", "/api/v1/logbooks/<slug>/trash/<int:entry_id>"),
    ("POST", "/carnets/<slug>/corbeille/<int:entry_id>/restaurer"),
}
PENDING = {
    ("POST", "/api/v1/logbooks/<slug>/moderation/<int:entry_id>/approve"),
    ("POST", "/api/v1/logbooks/<slug>/moderation/<int:entry_id>/reject"),
}


@dataclass
class Call:
    method: str
    rule: str
    actor: str


class Scene:
    """Makes, for each call, the objects its URL names and the body it sends."""

    def __init__(self, app, world) -> None:
        self.app = app
        self.world = world
        self.counter = itertools.count(1)
        photo = self._photo_entry()
        self.media_id = photo.media[0].id
        self.ready_export_id = request_export(world.logbook, world.owner.user, "markdown").id
        run_export(self.ready_export_id)
        self.read_only = {}
        for role in ("reader", "contributor", "editor", "owner"):
            user = getattr(world, role).user
            self.read_only[f"{role}_ro"] = Member(user, issue_token(user, "lecture seule", read_only=True)[1])
        db.session.commit()

    # --- objects -------------------------------------------------------------------------
    def n(self) -> int:
        return next(self.counter)

    def member(self, actor: str):
        return self.read_only.get(actor) or getattr(self.world, actor, None)

    def entry(
        self, *, status: str = EntryStatus.PUBLISHED.value, trashed: bool = False, edited: bool = False
    ):
        entry, _ = entry_service.create_entry(
            self.world.logbook,
            self.world.contributor.user,
            {"kind": "note", "title": f"Note {self.n()}"},
            [],
            storage=get_storage(),
            queue=None,
            status=status,
        )
        if edited:
            entry_service.update_entry(entry, {"title": "Modifiée"}, editor=self.world.editor.user)
        if trashed:
            entry_service.trash_entry(entry)
        return entry

    def _photo_entry(self) -> Entry:
        from PIL import Image

        from logbook.uploads import HashedSpoolFile

        image = io.BytesIO()
        Image.new("RGB", (64, 48), (200, 120, 40)).save(image, "JPEG")
        spool = HashedSpoolFile(os.path.join(self.app.instance_path, "uploads"))
        spool.write(image.getvalue())
        spool.flush()
        upload = entry_service.UploadedFile(spool.path, spool.sha256, spool.size, "cour.jpg")
        entry, _ = entry_service.create_entry(
            self.world.logbook,
            self.world.contributor.user,
            {"kind": "photo", "title": "Cour"},
            [upload],
            storage=get_storage(),
            queue=None,
        )
        spool.close()
        return entry

    def _transcribed_entry(self) -> Entry:
        from logbook.models import Transcript, TranscriptState

        entry = self._photo_entry()
        media = entry.media[0]
        media.transcript = "Bonjour à toutes et à tous."
        db.session.add(
            Transcript(
                media_id=media.id,
                state=TranscriptState.DONE.value,
                segments=[{"start": 0.0, "end": 1.5, "text": media.transcript}],
                machine_text=media.transcript,
            )
        )
        db.session.commit()
        return entry

    def own_logbook(self) -> str:
        slug = f"jetable-{self.n()}"
        logbook = create_logbook(self.world.owner.user, name=slug, slug=slug)
        add_member(logbook, self.world.editor.user, Role.EDITOR)
        add_member(logbook, self.world.contributor.user, Role.CONTRIBUTOR)
        add_member(logbook, self.world.reader.user, Role.READER)
        return slug

    def stranger(self):
        n = self.n()
        user = create_user(email=f"personne{n}@example.org", password="correct horse battery")
        add_member(self.world.logbook, user, Role.READER)
        return user

    # --- URL values ------------------------------------------------------------------------
    def values(self, call: Call) -> dict:
        key = (call.method, call.rule)
        rule = find_rule(self.app, call.rule)
        values: dict = {}
        self.current_effect = None
        if "transcription" in call.rule or "captions" in call.rule:
            # A media with an automatic transcript of its own, so each call has one to act on.
            entry = self._transcribed_entry()
            values.update(entry_id=entry.id, media_id=entry.media[0].id)
        # The effect before its evidence: the evidence must belong to the effect in the URL.
        for name in sorted(rule.arguments, key=lambda n: n != "effect_id"):
            if name not in values:
                values[name] = self.value(name, key, call)
        return values

    def value(self, name: str, key: tuple[str, str], call: Call):
        if name == "slug":
            return self.own_logbook() if key in OWN_LOGBOOK else "atelier"
        if name == "entry_id":
            if key in TRASHED:
                return self.entry(trashed=True).id
            if key in PENDING:
                return self.entry(status=EntryStatus.PENDING.value).id
            return self.entry(edited="version" in call.rule or "revision" in call.rule).id
        if name == "version":
            return 1
        if name == "media_id":
            return self.media_id
        if name == "variant":
            return "original"
        if name == "stage_id":
            stage = create_stage(self.world.logbook, title=f"Escale {self.n()}")
            if "/review" in call.rule or "/bilan" in call.rule:
                stage_reviews.save_review(stage, {"done": "Fait"}, editor=self.world.editor.user)
                if "version" in call.rule:
                    stage_reviews.save_review(stage, {"done": "Refait"}, editor=self.world.editor.user)
            return stage.id
        if name == "effect_id":
            self.current_effect = effects.create_effect(self.world.logbook, title=f"Effet {self.n()}")
            if "version" in call.rule:
                effects.update_effect(
                    self.current_effect, {"title": "Modifié"}, editor=self.world.editor.user
                )
            return self.current_effect.id
        if name == "evidence_id":
            evidence = effects.link_evidence(
                self.current_effect, self.entry(), stance="confirms", user=self.world.contributor.user
            )
            return evidence.id
        if name == "stakeholder_id":
            return stakeholders.create_stakeholder(self.world.logbook, name=f"Personne {self.n()}").id
        if name == "user_id":
            return self.stranger().id
        if name == "token_id":
            owner = self.member(call.actor) or self.world.owner
            row, _ = issue_token(owner.user, "à révoquer")
            db.session.commit()
            return row.id
        if name == "invitation_id":
            return create_invitation(self.world.logbook, self.world.owner.user, Role.READER)[0].id
        if name == "link_id":
            return create_guest_link(self.world.logbook, self.world.editor.user)[0].id
        if name == "token":
            if call.rule.startswith("/invite/<"):
                # To a logbook of its own: accepting must not make the outsider a member of "atelier".
                logbook = get_logbook(self.own_logbook())
                return create_invitation(logbook, self.world.owner.user, Role.READER)[1]
            if call.actor == "guest":
                return create_guest_link(self.world.logbook, self.world.editor.user)[1]
            return "sans-lien-" + "x" * 40
        if name == "export_id":
            if call.method == "DELETE":
                return request_export(self.world.logbook, self.world.owner.user, "markdown").id
            return self.ready_export_id
        if name == "filename":
            return "carnet.css"
        if name == "upload_id":
            # The caller's own upload when they may have one, else a contributor's.
            role = call.actor.removesuffix("_ro")
            sender = self.member(role) if role in {"contributor", "editor", "owner"} else None
            sender = sender or self.world.contributor
            return open_session(self.world.logbook, sender.user, 5, "note.txt").id
        raise AssertionError(f"no value for <{name}> in {call.rule}: teach Scene.value about it")

    # --- bodies ----------------------------------------------------------------------------
    def body(self, call: Call) -> dict:
        n = self.n()
        key = (call.method, call.rule)
        bodies = {
            ("POST", "/api/v1/logbooks"): {"json": {"name": f"Nouveau carnet {n}"}},
            ("PATCH", "/api/v1/logbooks/<slug>"): {"json": {"description": f"Description {n}"}},
            ("POST", "/api/v1/logbooks/<slug>/entries"): {"json": {"kind": "note", "title": f"Note {n}"}},
            ("PATCH", "/api/v1/logbooks/<slug>/entries/<int:entry_id>"): {"json": {"title": f"Titre {n}"}},
            ("POST", "/api/v1/logbooks/<slug>/stages"): {"json": {"title": f"Escale {n}"}},
            ("PATCH", "/api/v1/logbooks/<slug>/stages/<int:stage_id>"): {"json": {"summary": f"Résumé {n}"}},
            ("PUT", "/api/v1/logbooks/<slug>/stages/next"): {"json": {"stage_id": None}},
            ("PUT", "/api/v1/logbooks/<slug>/stages/order"): {"json": {"stage_ids": self.stage_ids()}},
            ("PATCH", "/api/v1/media/<int:media_id>"): {"json": {"caption": f"Légende {n}"}},
            ("POST", "/api/v1/tokens"): {"json": {"name": f"Jeton {n}"}},
            ("POST", "/api/v1/logbooks/<slug>/members"): {
                "json": {"email": self.unattached_email(), "role": "reader"}
            },
            ("PATCH", "/api/v1/logbooks/<slug>/members/<int:user_id>"): {"json": {"role": "contributor"}},
            ("POST", "/api/v1/logbooks/<slug>/invitations"): {"json": {"role": "reader"}},
            ("POST", "/api/v1/logbooks/<slug>/guest-links"): {"json": {"label": f"Lien {n}"}},
            ("POST", "/api/v1/guest/<token>/entries"): {
                "json": {"display_name": "Invitée", "kind": "note", "title": f"Invitée {n}"}
            },
            ("POST", "/invite/guest/<token>"): {
                "data": {"display_name": "Invitée", "kind": "note", "title": f"Par le formulaire {n}"},
                "content_type": "multipart/form-data",
            },
            ("POST", "/connexion"): {"data": {"email": "owner@example.org", "password": "pas le bon"}},
            ("POST", "/compte/mot-de-passe"): {
                "data": {
                    "current_password": "pas le bon",
                    "new_password": "x" * 12,
                    "confirm_password": "x" * 12,
                }
            },
            ("POST", "/langue"): {"data": {"lang": "fr", "next": "/"}},
            ("POST", "/api/v1/logbooks/<slug>/exports"): {"json": {"format": "markdown"}},
            ("POST", "/api/v1/logbooks/<slug>/uploads"): {"headers": {"Upload-Length": "5"}},
            ("PATCH", "/api/v1/uploads/<upload_id>"): {
                "data": b"12345",
                "content_type": "application/offset+octet-stream",
                "headers": {"Upload-Offset": "0"},
            },
            ("GET", "/api/v1/search"): {"query_string": {"q": "note"}},
            ("POST", "/api/v1/search"): {"json": {"q": "note"}},
            ("POST", "/carnets/<slug>/membres/<int:user_id>"): {"data": {"role": "contributor"}},
            ("POST", "/carnets/<slug>/invitations"): {"data": {"role": "reader"}},
            ("POST", "/carnets/<slug>/exports"): {"data": {"format": "markdown"}},
            ("POST", "/carnets/<slug>/liens-invites"): {"data": {"label": f"Lien {n}"}},
            ("POST", "/api/v1/logbooks/<slug>/effects"): {"json": {"title": f"Effet {n}"}},
            ("PATCH", "/api/v1/logbooks/<slug>/effects/<int:effect_id>"): {"json": {"target": "50 %"}},
            ("POST", "/api/v1/logbooks/<slug>/effects/<int:effect_id>/evidence"): lambda: {
                "json": {"entry_id": self.entry().id, "stance": "nuances"}
            },
            ("PUT", "/api/v1/logbooks/<slug>/stages/<int:stage_id>/review"): {
                "json": {"learnt": f"Appris {n}"}
            },
            ("POST", "/api/v1/logbooks/<slug>/stakeholders"): {"json": {"name": f"Personne {n}"}},
            ("PATCH", "/api/v1/logbooks/<slug>/stakeholders/<int:stakeholder_id>"): {
                "json": {"role": "Élue"}
            },
            ("PUT", "/api/v1/logbooks/<slug>/entries/<int:entry_id>/stakeholders"): lambda: {
                "json": {
                    "stakeholder_ids": [stakeholders.create_stakeholder(self.world.logbook, name=f"P {n}").id]
                }
            },
            ("POST", "/carnets/<slug>/effets"): {"data": {"title": f"Effet {n}"}},
            ("POST", "/carnets/<slug>/effets/<int:effect_id>"): {"data": {"title": f"Effet {n}"}},
            ("POST", "/carnets/<slug>/entrees/<int:entry_id>/preuves"): lambda: {
                "data": {
                    "effect_id": effects.create_effect(self.world.logbook, title=f"Effet {n}").id,
                    "stance": "confirms",
                }
            },
            ("POST", "/carnets/<slug>/escales/<int:stage_id>/bilan"): {"data": {"learnt": f"Appris {n}"}},
            ("POST", "/carnets/<slug>/parties-prenantes"): {"data": {"name": f"Personne {n}", "kind": "elu"}},
            ("POST", "/carnets/<slug>/parties-prenantes/<int:stakeholder_id>"): {
                "data": {"name": f"Personne {n}", "kind": "agent"}
            },
            ("POST", "/carnets/<slug>/a-valider"): {
                "data": {"entry_id": self.entry(status=EntryStatus.PENDING.value).id, "decision": "approve"}
            },
            ("POST", "/invite/<token>"): {
                "data": {
                    "display_name": "Nouvelle",
                    "email": f"nouvelle{n}@example.org",
                    "password": "x" * 12,
                }
            },
        }
        body = bodies.get(key, {})
        return body() if callable(body) else body  # a lambda makes its objects only when called

    def stage_ids(self) -> list[int]:
        return list(
            db.session.scalars(
                db.select(Stage.id).where(Stage.logbook_id == self.world.logbook.id).order_by(Stage.position)
            )
        )

    def unattached_email(self) -> str:
        n = self.n()
        create_user(email=f"ajout{n}@example.org", password="correct horse battery")
        return f"ajout{n}@example.org"


def rule_key(rule) -> str:
    """The rule as written in the tables: converter arguments left out (``<int:entry_id>``)."""
    return re.sub(r"<(\w+)\([^)]*\):", r"<\1:", rule.rule)


def all_calls(app) -> list[tuple[str, str]]:
    calls = set()
    for rule in app.url_map.iter_rules():
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            calls.add((method, rule_key(rule)))
    return sorted(calls, key=lambda c: (c[1], c[0]))


def find_rule(app, key: str):
    return next(r for r in app.url_map.iter_rules() if rule_key(r) == key)


def observed_status(response) -> int:
    # The S3 backend answers a media request with a redirect to a presigned URL on the
    # storage server: for access purposes that is the file being served.
    location = response.headers.get("Location", "")
    if response.status_code == 302 and location.startswith("http") and "X-Amz-Signature" in location:
        return 200
    return response.status_code


def perform(app, scene: Scene, call: Call) -> int:
    url_values = scene.values(call)
    rule = find_rule(app, call.rule)
    path = rule.build(url_values, append_unknown=False)[1]
    body = scene.body(call)
    extra_headers = body.pop("headers", {})
    db.session.commit()  # the objects made above are visible to the request, no transaction stays open
    client = app.test_client()
    headers = {}
    member = scene.member(call.actor)
    # Each request runs in an empty context, as in production: its own application context,
    # its own `g` and database session, nothing left over from the test's setup.
    if member is not None:
        headers.update(member.headers)
    elif call.method not in {"GET", "HEAD"}:
        headers["X-CSRFToken"] = contextvars.Context().run(csrf_from, client)
    headers.update(extra_headers)
    response = contextvars.Context().run(client.open, path, method=call.method, headers=headers, **body)
    status = observed_status(response)
    response.close()
    db.session.expire_all()
    return status


def test_every_route_has_a_designed_status(module_app):
    missing = [c for c in all_calls(module_app) if c not in EXPECTED]
    stale = [c for c in EXPECTED if c not in set(all_calls(module_app))]
    assert not missing, f"routes without a decision in the matrix: {missing}"
    assert not stale, f"matrix rows for routes that no longer exist: {stale}"


@pytest.mark.parametrize("actor", ACTORS + READ_ONLY_ACTORS)
def test_authorisation_matrix(module_app, module_world, actor):
    scene = _scene(module_app, module_world)
    wrong = []
    for method, rule in all_calls(module_app):
        if (method, rule) not in EXPECTED:
            continue
        expected = expected_status((method, rule), actor)
        got = perform(module_app, scene, Call(method, rule, actor))
        if got != expected:
            wrong.append(f"{method} {rule}: expected {expected}, got {got}")
    assert not wrong, f"{actor}:\n" + "\n".join(wrong)


_scenes: dict[int, Scene] = {}


def _scene(app, world) -> Scene:
    if id(app) not in _scenes:
        _scenes[id(app)] = Scene(app, world)
    return _scenes[id(app)]
