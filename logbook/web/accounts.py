"""Account pages: sign in and out, change one's password, accept an invitation, and the
guest contribution form. Plain HTML forms, French first, usable on a phone."""

from __future__ import annotations

import logging
import uuid
from urllib.parse import urlsplit

from flask import Blueprint, Flask, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, Length

from logbook.api.guests import post_as_guest
from logbook.errors import CarnetError, Conflict, NotFound, ValidationFailed
from logbook.services import sessions
from logbook.services.guests import find_guest_link
from logbook.services.invitations import accept_invitation, find_invitation
from logbook.services.links import LinkGone
from logbook.services.users import MIN_PASSWORD, create_user

bp = Blueprint("accounts", __name__, template_folder="templates")
log = logging.getLogger("carnet.accounts")

# Not "cookies": the language chosen stays; the session cookie is already gone.
SIGN_OUT_CLEARS = '"cache", "storage"'
GUEST_KINDS = ("note", "photo", "audio", "video", "drawing", "testimony")


class _Form(FlaskForm):
    class Meta:
        csrf = False  # checked for every request by logbook.security


class SignInForm(_Form):
    email = EmailField(validators=[DataRequired(), Length(max=254)])
    password = PasswordField(validators=[DataRequired(), Length(max=1024)])


class PasswordForm(_Form):
    current_password = PasswordField(validators=[DataRequired()])
    new_password = PasswordField(validators=[DataRequired(), Length(min=MIN_PASSWORD, max=1024)])
    confirm_password = PasswordField(validators=[DataRequired()])


class RegisterForm(_Form):
    display_name = StringField(validators=[DataRequired(), Length(max=120)])
    email = EmailField(validators=[DataRequired(), Length(max=254)])
    password = PasswordField(validators=[DataRequired(), Length(min=MIN_PASSWORD, max=1024)])


def safe_next(target: str | None) -> str | None:
    """A path on this site, or None: never an address elsewhere (open redirect)."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    return target


def _home() -> str:
    return url_for("web.home") if "web.home" in current_app.view_functions else "/"


def _unusable_link(exc: CarnetError):
    """A page, in the visitor's language, saying why a link no longer opens anything; API
    clients get the usual error body."""
    if not request.accept_mimetypes.accept_html:
        raise exc
    return render_template("accounts/link_unusable.html", code=exc.code), exc.status


def story_url(slug: str) -> str:
    if "web.story" in current_app.view_functions:
        return url_for("web.story", slug=slug)
    return f"/carnets/{slug}/histoire"


@bp.route("/connexion", methods=["GET", "POST"])
def sign_in():
    form = SignInForm()
    next_url = safe_next(request.values.get("next"))
    error, status = None, 200
    if request.method == "POST":
        if form.validate():
            user = sessions.authenticate(form.email.data, form.password.data)
            if user is not None:
                sessions.start_session(user)
                return redirect(next_url or _home(), code=303)
            log.info("failed sign-in for %r from %s", form.email.data, request.remote_addr)
            error, status = _("Adresse e-mail ou mot de passe incorrect."), 401
        else:
            error, status = _("Indiquez votre adresse e-mail et votre mot de passe."), 422
    elif current_user.is_authenticated and next_url:
        return redirect(next_url)
    return render_template("accounts/sign_in.html", form=form, next_url=next_url, error=error), status


@bp.post("/deconnexion")
def sign_out():
    sessions.end_session()
    flash(_("Vous êtes déconnecté·e."), "info")
    response = redirect(url_for("accounts.sign_in"), code=303)
    # The page has already forgotten the drafts kept in this browser; clearing the site's
    # storage and cache once more catches a save another tab made meanwhile (browsers honour
    # this on HTTPS and on localhost only, hence the page's own clearing).
    response.headers["Clear-Site-Data"] = SIGN_OUT_CLEARS
    return response


@bp.post("/compte/deconnexion-partout")
def sign_out_everywhere():
    """End every session of this person (a lost phone, a shared computer), this one too."""
    if not current_user.is_authenticated:
        return redirect(url_for("accounts.sign_in", next=url_for("accounts.change_password")))
    ended = sessions.end_every_session(current_user._get_current_object())
    sessions.end_session()
    flash(
        ngettext(
            "Vous êtes déconnecté·e partout : %(num)d session fermée.",
            "Vous êtes déconnecté·e partout : %(num)d sessions fermées.",
            ended,
        ),
        "info",
    )
    return redirect(url_for("accounts.sign_in"), code=303)


@bp.route("/compte/mot-de-passe", methods=["GET", "POST"])
def change_password():
    if not current_user.is_authenticated:
        return redirect(url_for("accounts.sign_in", next=request.path))
    form = PasswordForm()
    errors: dict = {}
    status = 200
    if request.method == "POST":
        try:
            sessions.change_password(
                current_user._get_current_object(),
                form.current_password.data or "",
                form.new_password.data or "",
                form.confirm_password.data or "",
            )
        except ValidationFailed as exc:
            errors, status = exc.fields, 422
        else:
            flash(_("Votre mot de passe a été changé ; vos autres sessions sont fermées."), "success")
            return redirect(url_for("accounts.change_password"), code=303)
    return (
        render_template(
            "accounts/password.html",
            form=form,
            errors=errors,
            open_sessions=sessions.open_sessions(current_user._get_current_object()),
        ),
        status,
    )


@bp.route("/invite/<token>", methods=["GET", "POST"])
def invitation(token: str):
    try:
        invite = find_invitation(token)
    except (NotFound, LinkGone) as exc:
        return _unusable_link(exc)
    form = RegisterForm()
    errors: dict = {}
    status = 200
    if request.method == "POST":
        if current_user.is_authenticated:
            accept_invitation(invite, current_user._get_current_object())
            flash(_("Bienvenue dans le carnet « %(name)s ».", name=invite.logbook.name), "success")
            return redirect(story_url(invite.logbook.slug), code=303)
        try:
            if not form.validate():
                raise ValidationFailed(
                    "invalid", fields={name: list(msgs) for name, msgs in form.errors.items()}
                )
            user = create_user(
                email=form.email.data, password=form.password.data, display_name=form.display_name.data
            )
        except ValidationFailed as exc:
            errors, status = exc.fields, 422
        except Conflict:
            errors = {"email": [_("Un compte existe déjà avec cette adresse : connectez-vous plutôt.")]}
            status = 409
        else:
            sessions.start_session(user)
            accept_invitation(invite, user)
            flash(_("Bienvenue dans le carnet « %(name)s ».", name=invite.logbook.name), "success")
            return redirect(story_url(invite.logbook.slug), code=303)
    return (
        render_template(
            "accounts/invitation.html", invitation=invite, token=token, form=form, errors=errors, logbook=None
        ),
        status,
    )


@bp.route("/invite/guest/<token>", methods=["GET", "POST"])
def guest_form(token: str):
    try:
        link = find_guest_link(token)
    except (NotFound, LinkGone) as exc:
        return _unusable_link(exc)
    errors: dict = {}
    message = None
    status = 200
    values = request.form.to_dict() if request.method == "POST" else {}
    if request.method == "POST":
        try:
            post_as_guest(link)
        except CarnetError as exc:
            if exc.status >= 500 or exc.status in (404, 410):
                raise
            errors, message, status = exc.fields, exc.message, exc.status
            if exc.code == "idempotency_key_reused":
                # The page below carries a new key: sending it again makes a new contribution.
                message = _(
                    "Ce formulaire avait déjà été envoyé, tel qu'il était avant vos dernières "
                    "modifications. Vos modifications n'ont pas été envoyées ; envoyez de nouveau "
                    "le formulaire pour en faire une nouvelle contribution."
                )
        else:
            return redirect(url_for("accounts.guest_form", token=token, envoye=1), code=303)
    return (
        render_template(
            "accounts/guest_form.html",
            link=link,
            guest_logbook=link.logbook,
            token=token,
            kinds=GUEST_KINDS,
            values=values,
            errors=errors,
            message=message,
            sent=request.args.get("envoye") == "1",
            idempotency_key=uuid.uuid4().hex,
        ),
        status,
    )


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
