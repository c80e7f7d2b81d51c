"""The team's pages: members and roles, invitations, guest links, contributions waiting
for approval, the trash, and exports.

Accounts, sharing links and moderation live in their own services; each section
shows only when its part of the app is installed (probed through the view
functions), so this page shell degrades to what the domain already offers.
Everything is a plain form: no script needed.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _

from logbook.auth import allowed_with_read_only_token
from logbook.db import utcnow
from logbook.errors import CarnetError
from logbook.jobs import get_queue
from logbook.models import Role
from logbook.routing import parse_row_id
from logbook.services import entries as entry_service
from logbook.services import exports as export_service
from logbook.services import guests
from logbook.services import invitations as invites
from logbook.services import members as member_service
from logbook.services import moderation as moderation_service
from logbook.services.access import Action, can
from logbook.web import facets
from logbook.web.blueprint import api_rule, bp, has_endpoint, logbook_for, user

ROLES = tuple(role.value for role in Role)


def _api(logbook, suffix: str) -> str | None:
    rule = api_rule(suffix)
    return rule.replace("<slug>", logbook.slug) if rule else None


def _form_id(name: str) -> int | None:
    return parse_row_id(request.form.get(name, ""))


def _sharing_installed() -> bool:
    return has_endpoint("accounts.invitation") and has_endpoint("accounts.guest_form")


# --- members ----------------------------------------------------------------------------------


@bp.get("/carnets/<slug>/membres")
def members(slug: str):
    logbook = logbook_for(slug, Action.SEE_MEMBERS)
    return render_template(
        "team/members.html",
        logbook=logbook,
        members=facets.members(logbook),
        roles=ROLES,
        may_manage=can(user(), logbook, Action.MANAGE_LOGBOOK) and has_endpoint("members.MemberItem"),
        may_moderate=can(user(), logbook, Action.MODERATE),
        sharing=_sharing_installed(),
        moderation=has_endpoint("moderation.ModerationQueue"),
    )


@bp.post("/carnets/<slug>/membres/<int:user_id>")
def member_update(slug: str, user_id: int):
    logbook = logbook_for(slug, Action.MANAGE_LOGBOOK)
    try:
        if request.form.get("action") == "remove":
            member_service.remove_member(logbook, user_id)
            flash(_("La personne ne fait plus partie du carnet."), "success")
        else:
            member_service.change_role(
                logbook, user_id, member_service.parse_role(request.form.get("role", ""))
            )
            flash(_("Rôle mis à jour."), "success")
    except CarnetError as exc:
        if exc.status == 409:
            flash(_("Le carnet doit garder au moins un·e responsable."), "error")
        else:
            flash(_("Ce changement n'a pas pu être fait."), "error")
    return redirect(url_for("web.members", slug=slug))


# --- invitations and guest links ----------------------------------------------------------------


@bp.route("/carnets/<slug>/invitations", methods=["GET", "POST"])
def invitations(slug: str):
    logbook = logbook_for(slug, Action.MANAGE_LOGBOOK)
    created_url = None
    if not _sharing_installed():
        return render_template("team/invitations.html", logbook=logbook, installed=False)
    if request.method == "POST":
        if _form_id("revoke"):
            invites.revoke_invitation(invites.get_invitation(logbook, _form_id("revoke")))
            flash(_("Invitation retirée."), "success")
            return redirect(url_for("web.invitations", slug=slug))
        role = request.form.get("role", "")
        if role not in ROLES:
            abort(400)
        _invitation, clear = invites.create_invitation(
            logbook, user(), Role(role), note=request.form.get("note", "")
        )
        created_url = url_for("accounts.invitation", token=clear, _external=True)
    return render_template(
        "team/invitations.html",
        logbook=logbook,
        installed=True,
        invitations=invites.list_invitations(logbook),
        created_url=created_url,
        roles=ROLES,
        now=utcnow(),
    )


@bp.route("/carnets/<slug>/liens-invites", methods=["GET", "POST"])
def guest_links(slug: str):
    logbook = logbook_for(slug, Action.MODERATE)
    if not _sharing_installed():
        return render_template("team/guest_links.html", logbook=logbook, installed=False)
    may_unmoderate = can(user(), logbook, Action.MANAGE_LOGBOOK)
    created_url = None
    if request.method == "POST":
        if _form_id("revoke"):
            guests.revoke_guest_link(guests.get_guest_link(logbook, _form_id("revoke")))
            flash(_("Lien retiré."), "success")
            return redirect(url_for("web.guest_links", slug=slug))
        moderated = request.form.get("moderated") == "on" or not may_unmoderate
        _link, clear = guests.create_guest_link(
            logbook, user(), label=request.form.get("label", ""), moderated=moderated
        )
        created_url = url_for("accounts.guest_form", token=clear, _external=True)
    return render_template(
        "team/guest_links.html",
        logbook=logbook,
        installed=True,
        links=guests.list_guest_links(logbook),
        created_url=created_url,
        may_unmoderate=may_unmoderate,
        now=utcnow(),
    )


# --- contributions waiting for approval ---------------------------------------------------------


@bp.route("/carnets/<slug>/a-valider", methods=["GET", "POST"])
def moderation(slug: str):
    logbook = logbook_for(slug, Action.MODERATE)
    if not has_endpoint("moderation.ModerationQueue"):
        abort(404)
    if request.method == "POST":
        entry_id = request.form.get("entry_id", "")
        if not entry_id.isdecimal() or len(entry_id) >= 10:
            abort(400)
        entry = entry_service.get_entry(logbook, int(entry_id))
        if request.form.get("decision") == "approve":
            moderation_service.approve_entry(entry, queue=get_queue())
            flash(_("Contribution publiée."), "success")
        else:
            moderation_service.reject_entry(entry, queue=get_queue())
            flash(_("Contribution refusée : elle est dans la corbeille."), "success")
        return redirect(url_for("web.moderation", slug=slug))
    return render_template(
        "team/moderation.html", logbook=logbook, entries=moderation_service.pending_entries(logbook)
    )


# --- trash and exports ------------------------------------------------------------------------


@bp.get("/carnets/<slug>/corbeille")
def trash(slug: str):
    logbook = logbook_for(slug, Action.MODERATE)
    return render_template("team/trash.html", logbook=logbook, entries=facets.trashed_entries(logbook))


@bp.post("/carnets/<slug>/corbeille/<int:entry_id>/restaurer")
def trash_restore(slug: str, entry_id: int):
    logbook = logbook_for(slug, Action.MODERATE)
    entry = entry_service.get_entry(logbook, entry_id, include_trashed=True)
    if entry.deleted_at is None:
        abort(404)
    entry_service.restore_entry(entry, queue=get_queue())
    flash(_("Entrée restaurée."), "success")
    return redirect(url_for("web.trash", slug=slug))


def export_formats() -> dict[str, tuple[str, str]]:
    return {
        "pdf": (_("PDF"), _("à imprimer ou à envoyer")),
        "pptx": (_("Diaporama (PPTX)"), _("pour une présentation")),
        "html": (_("Page web"), _("un fichier à ouvrir dans un navigateur")),
        "markdown": (_("Markdown"), _("texte brut, facile à reprendre")),
        "timelinejs": (_("Frise chronologique"), _("pour TimelineJS")),
        "archive": (_("Archive complète (ZIP)"), _("pour sauvegarder ou importer ailleurs")),
    }


@bp.get("/carnets/<slug>/exports")
def exports(slug: str):
    logbook = logbook_for(slug, Action.EXPORT)
    formats = export_formats()
    if not can(user(), logbook, Action.MODERATE):
        del formats["archive"]  # it holds every original: editors and owners only
    js_labels = {name: label for name, (label, _help) in formats.items()} | {
        "working": _("Préparation…"),
        "failed": _("L'export a échoué."),
        "download": _("Télécharger"),
    }
    return render_template(
        "team/exports.html",
        logbook=logbook,
        formats=formats,
        js_labels=js_labels,
        exports_api=_api(logbook, "exports"),
        recent=export_service.list_exports(logbook, user()),
    )


@bp.post("/carnets/<slug>/exports")
@allowed_with_read_only_token  # a rendering of what the caller may read: changes nothing
def export_post(slug: str):
    """Without JavaScript: ask for an export, then find it in the list (reload to follow it)."""
    logbook = logbook_for(slug, Action.EXPORT)
    try:
        export_service.request_export(
            logbook,
            user(),
            request.form.get("format", ""),
            {"locale": str(get_locale() or "fr"), "pinned_only": request.form.get("pinned_only") == "on"},
            base_url=request.host_url,
            queue=get_queue(),
        )
    except CarnetError as exc:  # the archive asked for by a reader, or an unknown format
        if exc.status == 403:
            flash(_("Seuls les éditeurs et les responsables peuvent exporter l'archive complète."), "error")
        else:
            flash(_("Choisissez un des formats proposés."), "error")
    else:
        flash(_("L'export est en préparation : actualisez la page pour le télécharger."), "success")
    return redirect(url_for("web.exports", slug=slug))
