"""Signing in and out with a browser, password changes, and CSRF on every form."""

from __future__ import annotations

from tests.accounts.conftest import csrf_from

PASSWORD = "correct horse battery"


def sign_in(client, email: str, password: str = PASSWORD, **extra):
    token = csrf_from(client)
    return client.post(
        "/connexion", data={"email": email, "password": password, "csrf_token": token, **extra}
    )


def test_sign_in_opens_a_session_and_goes_back_where_asked(client, world):
    response = sign_in(client, "Editor@Example.org", next="/carnets/atelier")
    assert response.status_code == 303
    assert response.headers["Location"] == "/carnets/atelier"
    me = client.get("/api/v1/logbooks/atelier")
    assert me.status_code == 200
    assert me.get_json()["role"] == "editor"


def test_wrong_password_or_unknown_email_is_refused_alike(client, world):
    wrong = sign_in(client, "editor@example.org", "not the password")
    unknown = sign_in(client, "nobody@example.org")
    assert wrong.status_code == unknown.status_code == 401
    assert "incorrect" in wrong.get_data(as_text=True)
    assert client.get("/api/v1/logbooks/atelier").status_code == 401


def test_sign_in_never_redirects_to_another_site(client, world):
    for target in ("https://evil.example/", "//evil.example/x", "/\\evil.example"):
        response = sign_in(client, "editor@example.org", next=target)
        assert response.status_code == 303
        assert "evil" not in response.headers["Location"]
        client.post("/deconnexion", data={"csrf_token": csrf_from(client)})


def test_sign_out_ends_the_session(client, world):
    sign_in(client, "reader@example.org")
    assert client.get("/api/v1/logbooks/atelier").status_code == 200
    response = client.post("/deconnexion", data={"csrf_token": csrf_from(client)})
    assert response.status_code == 303
    assert client.get("/api/v1/logbooks/atelier").status_code == 401


def test_sign_out_asks_the_browser_to_clear_what_it_kept_for_the_site(client, world):
    sign_in(client, "contributor@example.org")
    response = client.post("/deconnexion", data={"csrf_token": csrf_from(client)})
    assert response.status_code == 303
    directives = {part.strip() for part in response.headers["Clear-Site-Data"].split(",")}
    assert directives == {'"cache"', '"storage"'}  # drafts and cached pages; not the language cookie


def test_pages_are_kept_in_no_cache_and_say_who_is_signed_in(client, world):
    sign_in(client, "contributor@example.org")
    for path in ("/carnets/atelier/nouveau", "/carnets/atelier", "/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["Cache-Control"] == "no-store", path
        assert 'name="carnet-person"' in response.get_data(as_text=True)
    client.post("/deconnexion", data={"csrf_token": csrf_from(client)})
    signed_out = client.get("/connexion")
    assert signed_out.headers["Cache-Control"] == "no-store"
    assert 'name="carnet-person"' not in signed_out.get_data(as_text=True)


def test_form_without_csrf_token_is_rejected(client, world):
    response = client.post("/connexion", data={"email": "editor@example.org", "password": PASSWORD})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "csrf_failed"
    assert client.get("/api/v1/logbooks/atelier").status_code == 401


def test_form_with_a_forged_csrf_token_is_rejected(client, world):
    csrf_from(client)
    response = client.post(
        "/connexion", data={"email": "editor@example.org", "password": PASSWORD, "csrf_token": "forged"}
    )
    assert response.status_code == 400


def test_sign_out_needs_the_csrf_token(client, world):
    sign_in(client, "reader@example.org")
    assert client.post("/deconnexion").status_code == 400
    assert client.get("/api/v1/logbooks/atelier").status_code == 200


def test_api_call_with_session_cookie_needs_csrf_header(client, world):
    sign_in(client, "contributor@example.org")
    body = {"kind": "note", "title": "Depuis le navigateur"}
    refused = client.post("/api/v1/logbooks/atelier/entries", json=body)
    assert refused.status_code == 400
    assert refused.get_json()["error"]["code"] == "csrf_failed"
    token = csrf_from(client)
    accepted = client.post("/api/v1/logbooks/atelier/entries", json=body, headers={"X-CSRFToken": token})
    assert accepted.status_code == 201


def test_api_call_with_bearer_token_needs_no_csrf(client, world):
    body = {"kind": "note", "title": "Depuis un script"}
    response = client.post("/api/v1/logbooks/atelier/entries", json=body, headers=world.contributor.headers)
    assert response.status_code == 201


def test_password_change_needs_the_current_password(client, world):
    sign_in(client, "reader@example.org")
    response = client.post(
        "/compte/mot-de-passe",
        data={
            "csrf_token": csrf_from(client),
            "current_password": "wrong",
            "new_password": "un tout nouveau secret",
            "confirm_password": "un tout nouveau secret",
        },
    )
    assert response.status_code == 422
    assert "actuel ne correspond pas" in response.get_data(as_text=True)


def test_password_change_ends_other_sessions_and_keeps_this_one(app, world):
    here, elsewhere = app.test_client(), app.test_client()
    sign_in(here, "reader@example.org")
    sign_in(elsewhere, "reader@example.org")
    response = here.post(
        "/compte/mot-de-passe",
        data={
            "csrf_token": csrf_from(here),
            "current_password": PASSWORD,
            "new_password": "un tout nouveau secret",
            "confirm_password": "un tout nouveau secret",
        },
    )
    assert response.status_code == 303
    assert here.get("/api/v1/logbooks/atelier").status_code == 200
    assert elsewhere.get("/api/v1/logbooks/atelier").status_code == 401
    assert sign_in(app.test_client(), "reader@example.org").status_code == 401
    assert sign_in(app.test_client(), "reader@example.org", "un tout nouveau secret").status_code == 303


def test_password_page_sends_anonymous_visitors_to_sign_in(client):
    response = client.get("/compte/mot-de-passe")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/connexion?next=")


def test_session_cookie_is_httponly_and_samesite_lax(client, world):
    response = sign_in(client, "reader@example.org")
    cookie = next(v for k, v in response.headers.items() if k == "Set-Cookie" and v.startswith("session="))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_secure_cookies_setting_marks_cookies_secure(app_config, world):
    from logbook import create_app

    secure_app = create_app(app_config | {"CARNET_SECURE_COOKIES": True})
    assert secure_app.config["SESSION_COOKIE_SECURE"] is True
    assert secure_app.config["REMEMBER_COOKIE_SECURE"] is True


def test_basic_credentials_resent_by_the_browser_do_not_skip_csrf(client, world):
    sign_in(client, "contributor@example.org")
    response = client.post(
        "/api/v1/logbooks/atelier/entries",
        json={"kind": "note", "title": "Forgée"},
        headers={"Authorization": "Basic cHJveHk6c2VjcmV0"},  # as sent to a proxy asking for Basic auth
    )
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "csrf_failed"


def _copy_session_cookie(source, target) -> None:
    """What an attacker who captured the cookie (a shared computer, a proxy log) holds."""
    target.set_cookie("session", source.get_cookie("session").value)


def test_a_cookie_captured_before_sign_out_opens_nothing_after_it(app, world):
    browser, thief = app.test_client(), app.test_client()
    sign_in(browser, "owner@example.org")
    _copy_session_cookie(browser, thief)
    assert thief.get("/api/v1/tokens").status_code == 200
    browser.post("/deconnexion", data={"csrf_token": csrf_from(browser)})
    assert thief.get("/api/v1/tokens").status_code == 401
    assert thief.get("/carnets/atelier").status_code == 302  # to the sign-in page


def test_sign_out_on_one_process_ends_the_session_on_every_other(app, app_config, world):
    from logbook import create_app

    other_process = create_app(app_config)
    here, there = app.test_client(), other_process.test_client()
    sign_in(here, "editor@example.org")
    _copy_session_cookie(here, there)
    assert there.get("/api/v1/logbooks/atelier").status_code == 200
    here.post("/deconnexion", data={"csrf_token": csrf_from(here)})
    assert there.get("/api/v1/logbooks/atelier").status_code == 401


def test_sign_out_everywhere_ends_every_browser_of_that_person_only(app, world):
    phone, laptop, colleague = app.test_client(), app.test_client(), app.test_client()
    for client, email in ((phone, "reader@example.org"), (laptop, "reader@example.org")):
        sign_in(client, email)
    sign_in(colleague, "editor@example.org")
    page = laptop.get("/compte/mot-de-passe").get_data(as_text=True)
    assert "connecté·e sur 2 navigateurs" in page
    response = laptop.post("/compte/deconnexion-partout", data={"csrf_token": csrf_from(laptop)})
    assert response.status_code == 303
    assert phone.get("/api/v1/logbooks/atelier").status_code == 401
    assert laptop.get("/api/v1/logbooks/atelier").status_code == 401
    assert colleague.get("/api/v1/logbooks/atelier").status_code == 200


def test_disabling_an_account_signs_it_out_at_once(app, runner, world):
    browser = app.test_client()
    sign_in(browser, "contributor@example.org")
    assert browser.get("/api/v1/logbooks/atelier").status_code == 200
    result = runner.invoke(args=["disable-user", "--email", "contributor@example.org"])
    assert result.exit_code == 0, result.output
    assert browser.get("/api/v1/logbooks/atelier").status_code == 401
    headers = world.contributor.headers
    assert app.test_client().get("/api/v1/logbooks/atelier", headers=headers).status_code == 401
    assert sign_in(app.test_client(), "contributor@example.org").status_code == 401
    assert runner.invoke(args=["enable-user", "--email", "contributor@example.org"]).exit_code == 0
    assert sign_in(app.test_client(), "contributor@example.org").status_code == 303


def test_a_session_unused_for_a_month_is_over(app, world):
    from datetime import timedelta

    from logbook.auth import expire_idle_browser_sessions
    from logbook.db import db, utcnow
    from logbook.models import BrowserSession

    idle, recent = app.test_client(), app.test_client()
    sign_in(idle, "reader@example.org")
    sign_in(recent, "editor@example.org")
    row = db.session.scalar(
        db.select(BrowserSession).join(BrowserSession.user).filter_by(email="reader@example.org")
    )
    row.last_seen_at = utcnow() - timedelta(days=31)
    db.session.commit()
    assert expire_idle_browser_sessions() == 1
    assert idle.get("/api/v1/logbooks/atelier").status_code == 401
    assert recent.get("/api/v1/logbooks/atelier").status_code == 200


def test_the_server_keeps_only_a_digest_of_the_session_key(app, world):
    import hashlib

    from logbook.auth import SESSION_KEY
    from logbook.db import db
    from logbook.models import BrowserSession

    browser = app.test_client()
    sign_in(browser, "reader@example.org")
    cookie = browser.get_cookie("session").value
    key = app.session_interface.get_signing_serializer(app).loads(cookie)[SESSION_KEY]
    stored = db.session.scalars(db.select(BrowserSession.key_hash)).all()
    assert stored == [hashlib.sha256(key.encode()).hexdigest()]
