"""The console over a real socket: login + TOTP, CSRF, roles, throttling, idle expiry,
disabling, security headers, masked view / audited unmask, actions."""

from __future__ import annotations

import asyncio
import re

import pyotp

from gateway.console.users import Stage
from gateway.quarantine.store import QuarantineStatus

from .conftest import PASSWORD, Env, csrf_of, login


async def test_security_headers_and_cookie_flags(env: Env) -> None:
    async with env.client() as client:
        r = await client.get("/login")
        assert r.status == 200
        csp = r.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["Referrer-Policy"] == "no-referrer"
        assert r.headers["Cache-Control"] == "no-store"
        cookie = r.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        r = await client.get("/static/console.css")
        assert r.status == 200 and "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
        r = await client.get("/static/")
        assert r.status in (403, 404)


async def test_login_with_totp_and_audit(env: Env) -> None:
    secret = env.add_user("rita", "reviewer")
    async with env.client() as client:
        await login(client, "rita", secret)
        r = await client.get("/queue")
        assert r.status == 200
    kinds = [(r.kind, r.actor, r.fields.get("mfa")) for r in env.audit.records()]
    assert ("login", "rita", True) in kinds


async def test_wrong_password_and_wrong_totp(env: Env) -> None:
    secret = env.add_user("sam", "reviewer")
    assert secret is not None
    async with env.client() as client:
        r = await client.get("/login")
        token = csrf_of(await r.text())
        r = await client.post("/login", data={"csrf": token, "username": "sam",
                                              "password": "wrong password!"},
                              allow_redirects=False)
        assert r.status == 401
        assert "Wrong user name or password" in await r.text()
        r = await client.post("/login", data={"csrf": token, "username": "sam",
                                              "password": PASSWORD}, allow_redirects=False)
        assert r.status == 303 and r.headers["Location"] == "/login/totp"
        r = await client.get("/login/totp")
        token = csrf_of(await r.text())
        good = pyotp.TOTP(secret).now()
        bad = "000000" if good != "000000" else "111111"
        r = await client.post("/login/totp", data={"csrf": token, "code": bad},
                              allow_redirects=False)
        assert r.status == 401
        # password alone does not get in anywhere
        r = await client.get("/queue", allow_redirects=False)
        assert r.status == 303 and r.headers["Location"] == "/login/totp"
    failed = [r.fields for r in env.audit.records(kind="login_failed")]
    assert {"user": "sam", "ip": "127.0.0.1", "mfa": False} in failed
    assert {"user": "sam", "ip": "127.0.0.1", "mfa": True} in failed


async def test_unknown_user_name_is_pseudonymised_in_audit(env: Env) -> None:
    async with env.client() as client:
        r = await client.get("/login")
        token = csrf_of(await r.text())
        await client.post("/login", data={"csrf": token, "username": "my-secret-pass",
                                          "password": "x" * 12})
    (rec,) = env.audit.records(kind="login_failed")
    assert rec.fields["user"].startswith("ps:")
    assert b"my-secret-pass" not in env.audit.path.read_bytes()


async def test_post_without_csrf_is_403(env: Env) -> None:
    secret = env.add_user("tom", "reviewer")
    held = env.hold()
    async with env.client() as client:
        await login(client, "tom", secret)
        r = await client.post(f"/q/{held.id}/act", data={"action": "delete"})
        assert r.status == 403
        r = await client.post(f"/q/{held.id}/act", data={"action": "delete", "csrf": "forged"})
        assert r.status == 403
        r = await client.post("/logout", data={})
        assert r.status == 403
    assert env.store.get(held.id).status is QuarantineStatus.HELD


async def test_login_post_without_csrf_is_403(env: Env) -> None:
    env.add_user("una", "reviewer")
    async with env.client() as client:
        await client.get("/login")
        r = await client.post("/login", data={"username": "una", "password": PASSWORD},
                              allow_redirects=False)
        assert r.status == 403


async def test_rate_limit_429_and_audit(env: Env) -> None:
    env.add_user("vic", "reviewer")
    async with env.client() as client:
        r = await client.get("/login")
        token = csrf_of(await r.text())
        for _ in range(5):
            r = await client.post("/login", data={"csrf": token, "username": "vic",
                                                  "password": "not the password"})
            assert r.status == 401
        # even the right password is refused now
        r = await client.post("/login", data={"csrf": token, "username": "vic",
                                              "password": PASSWORD}, allow_redirects=False)
        assert r.status == 429
    assert [r.fields["user"] for r in env.audit.records(kind="login_throttled")] == ["vic"]


async def test_admin_without_mfa_must_enrol_first(env: Env) -> None:
    env.add_user("ada", "admin", mfa=False)
    async with env.client() as client:
        r = await client.get("/login")
        token = csrf_of(await r.text())
        r = await client.post("/login", data={"csrf": token, "username": "ada",
                                              "password": PASSWORD}, allow_redirects=False)
        assert r.headers["Location"] == "/enrol"
        for path in ("/", "/users", "/audit"):
            r = await client.get(path, allow_redirects=False)
            assert r.status == 303 and r.headers["Location"] == "/enrol"
        r = await client.get("/enrol")
        html = await r.text()
        secret = re.search(r'id="secret">([A-Z2-7]+)<', html)
        assert secret and "otpauth://totp/" in html
        r = await client.post("/enrol", data={"csrf": csrf_of(html),
                                              "code": pyotp.TOTP(secret.group(1)).now()},
                              allow_redirects=False)
        assert r.status == 303 and r.headers["Location"] == "/"
        r = await client.get("/users")
        assert r.status == 200
    assert env.users.get("ada").mfa
    assert [r.actor for r in env.audit.records(kind="mfa_enrol")] == ["ada"]


async def test_idle_session_expires(env: Env) -> None:
    secret = env.add_user("wes", "reviewer")
    env.console.idle_timeout = 0.6
    async with env.client() as client:
        await login(client, "wes", secret)
        r = await client.get("/queue", allow_redirects=False)
        assert r.status == 200
        await asyncio.sleep(1.0)
        r = await client.get("/queue", allow_redirects=False)
        assert r.status == 303 and r.headers["Location"].startswith("/login")
    (rec,) = env.audit.records(kind="session_timeout")
    assert rec.actor == "wes" and rec.fields["reason"] == "idle"


async def test_disabling_a_user_ends_their_session_now(env: Env) -> None:
    secret = env.add_user("xena", "reviewer")
    async with env.client() as client:
        await login(client, "xena", secret)
        assert (await client.get("/queue", allow_redirects=False)).status == 200
        env.users.set_disabled("xena")
        r = await client.get("/queue", allow_redirects=False)
        assert r.status == 303 and r.headers["Location"].startswith("/login")


async def test_roles_matrix_over_http(env: Env) -> None:
    held = env.hold()
    expect = {
        # path: (reviewer, auditor, admin)
        "/": (200, 200, 200),
        "/queue": (200, 200, 200),
        f"/q/{held.id}": (200, 200, 200),
        "/audit": (403, 200, 200),
        "/users": (403, 403, 200),
    }
    async with env.client() as client:
        for role in ("reviewer", "auditor", "admin"):
            client.session.cookie_jar.clear()
            secret = env.add_user(f"u-{role}", role)
            csrf = await login(client, f"u-{role}", secret)
            idx = ("reviewer", "auditor", "admin").index(role)
            for path, codes in expect.items():
                r = await client.get(path, allow_redirects=False)
                assert r.status == codes[idx], (role, path, r.status)
            r = await client.post(f"/q/{held.id}/unmask", data={"csrf": csrf},
                                  allow_redirects=False)
            assert r.status == (200 if role == "reviewer" else 403), (role, "unmask")
            if role != "reviewer":
                r = await client.post(f"/q/{held.id}/act",
                                      data={"csrf": csrf, "action": "release"},
                                      allow_redirects=False)
                assert r.status == 403
                r = await client.post("/queue/bulk", data={"csrf": csrf, "action": "delete",
                                                           "ids": held.id},
                                      allow_redirects=False)
                assert r.status == 403
    assert env.store.get(held.id).status is QuarantineStatus.HELD
    assert not env.audit.records(kind="release")


async def test_message_view_masked_then_unmasked(env: Env) -> None:
    secret = env.add_user("yves", "reviewer")
    held = env.hold()
    async with env.client() as client:
        csrf = await login(client, "yves", secret)
        r = await client.get(f"/q/{held.id}")
        html = await r.text()
        assert r.headers["Cache-Control"] == "no-store"
        marks = re.findall(r'<mark class="finding ([a-z ]+)" data-entity="([A-Z_ ]+)"', html)
        assert sorted(marks) == [("health", "CONDITION"), ("identifier masked", "MRN"),
                                 ("identifier masked", "PERSON"),
                                 ("identifier masked", "PERSON"),
                                 ("identifier masked", "US_SSN")]
        assert "Zebulon" not in html and "Quaxmire" not in html
        assert "219-09-9999" not in html and "QX-775511" not in html
        assert "admitted with" in html  # the rest of the text is readable
        assert ">pneumonia<" in html  # health terms stay readable: alone they identify nobody
        assert "labs.csv" in html and "PERSON \u00d71" in html
        r = await client.post(f"/q/{held.id}/unmask", data={"csrf": csrf})
        html = await r.text()
        assert r.status == 200
        assert "219-09-9999" in html and "Zebulon Quaxmire" in html
        assert 'data-rule="phi-external"' in html
    kinds = [(r.kind, r.actor, r.fields.get("id")) for r in env.audit.records()]
    assert ("view", "yves", held.id) in kinds
    assert ("unmask", "yves", held.id) in kinds


async def test_auditor_sees_metadata_only(env: Env) -> None:
    secret = env.add_user("zed", "auditor")
    held = env.hold()
    async with env.client() as client:
        await login(client, "zed", secret)
        html = await (await client.get(f"/q/{held.id}")).text()
        assert "<mark" not in html and "admitted" not in html
        assert "dr@example.org" not in html and "example.org" in html
        html = await (await client.get("/queue")).text()
        assert "x@partner.test" not in html and "partner.test" in html
    (rec,) = env.audit.records(kind="view")
    assert rec.fields == {"id": held.id, "what": "metadata"}


async def test_release_reject_delete_and_bulk(env: Env) -> None:
    secret = env.add_user("rev", "reviewer")
    a, b, c, d = (env.hold() for _ in range(4))
    async with env.client() as client:
        csrf = await login(client, "rev", secret)
        r = await client.post(f"/q/{a.id}/act", data={"csrf": csrf, "action": "release"},
                              allow_redirects=False)
        assert r.status == 303 and "done=release" in r.headers["Location"]
        r = await client.post(f"/q/{b.id}/act", data={"csrf": csrf, "action": "reject",
                                                      "note": "Please use the portal."},
                              allow_redirects=False)
        assert r.status == 303
        r = await client.post("/queue/bulk", data=[("csrf", csrf), ("action", "delete"),
                                                   ("ids", c.id), ("ids", d.id)],
                              allow_redirects=False)
        assert r.status == 303 and "n=2" in r.headers["Location"]
        html = await (await client.get("/queue?status=deleted")).text()
        assert c.id in html and d.id in html
    assert env.store.get(a.id).status is QuarantineStatus.RELEASING
    assert env.store.get(b.id).status is QuarantineStatus.REJECTED
    assert env.store.get(c.id).status is QuarantineStatus.DELETED
    actors = {(r.kind, r.actor) for r in env.audit.records()}
    assert {("release", "rev"), ("reject", "rev"), ("delete", "rev")} <= actors


async def test_queue_filters(env: Env) -> None:
    secret = env.add_user("fil", "reviewer")
    one = env.hold(rcpts=("a@alpha.test",), rule="phi-external")
    two = env.hold(rcpts=("b@beta.test",), rule="subject-phi")
    async with env.client() as client:
        await login(client, "fil", secret)
        html = await (await client.get("/queue?rcpt=alpha.test")).text()
        assert one.id in html and two.id not in html
        html = await (await client.get("/queue?rule=subject-phi")).text()
        assert two.id in html and one.id not in html
        html = await (await client.get("/queue?age=gt24h")).text()
        assert one.id not in html and two.id not in html
        html = await (await client.get("/queue?status=held")).text()
        assert re.search(r'data-status="held">held <span class="count">2<', html)


async def test_dashboard_and_audit_page(env: Env) -> None:
    env.audit.record("decision", "gateway", action="quarantine", outcome="quarantine",
                     rule="phi-external", recipient_domains=["partner.test"])
    env.audit.record("decision", "gateway", action="deliver", outcome="deliver",
                     rule="clean", recipient_domains=["partner.test"])
    env.hold()
    secret = env.add_user("aud", "auditor")
    async with env.client() as client:
        await login(client, "aud", secret)
        html = await (await client.get("/")).text()
        assert html.count("<svg") == 5 and "phi-external" in html and "partner.test" in html
        assert ">clean<" not in html  # rules that only delivered are not "top rules"
        assert re.search(r'class="chart-value">2<', html)  # partner.test twice
        html = await (await client.get("/audit")).text()
        assert "Chain verified" in html


async def test_reject_note_with_an_identifier_is_refused(env: Env) -> None:
    secret = env.add_user("nora", "reviewer")
    held = env.hold()
    async with env.client() as client:
        csrf = await login(client, "nora", secret)
        for note in ("SSN 219-09-9999", "MRN 44170917", "born 3/14/1961", "mail jane@x.org"):
            r = await client.post(f"/q/{held.id}/act",
                                  data={"csrf": csrf, "action": "reject", "note": note})
            assert "Nothing was done" in await r.text(), note
        assert env.store.get(held.id).status is QuarantineStatus.HELD
        r = await client.post(f"/q/{held.id}/act", data={"csrf": csrf, "action": "reject",
                                                         "note": "Use the secure portal."})
    assert env.store.get(held.id).status is QuarantineStatus.REJECTED
    assert env.store.note(held.id) == "Use the secure portal."


async def test_admin_manages_users_through_the_page(env: Env) -> None:
    secret = env.add_user("root-admin", "admin")
    victim_secret = env.add_user("vera", "reviewer")
    async with env.client() as client:
        csrf = await login(client, "root-admin", secret)
        r = await client.post("/users", data={"csrf": csrf, "op": "add", "name": "newbie",
                                              "role": "auditor", "email": "newbie@h.example",
                                              "password": PASSWORD})
        assert "Done: add newbie" in await r.text()
        assert env.users.get("newbie").role.value == "auditor"
        assert not env.users.get("newbie").mfa  # enrols at first login
        r = await client.post("/users", data={"csrf": csrf, "op": "add", "name": "x",
                                              "role": "auditor", "password": "short"})
        assert "at least 12" in await r.text()
        r = await client.post("/users", data={"csrf": csrf, "op": "disable",
                                              "name": "root-admin"})
        assert "cannot disable your own account" in await r.text()
        assert victim_secret is not None
        env.users.new_session(name="vera", stage=Stage.OK, ip="127.0.0.1")
        await client.post("/users", data={"csrf": csrf, "op": "disable", "name": "vera"})
        assert env.users.get("vera").disabled and env.users.sessions_of("vera") == 0
        await client.post("/users", data={"csrf": csrf, "op": "reset_mfa", "name": "vera"})
        assert not env.users.get("vera").mfa
        r = await client.post("/logout", data={"csrf": csrf}, allow_redirects=False)
        assert r.status == 303 and r.headers["Location"] == "/login"
        r = await client.get("/users", allow_redirects=False)
        assert r.status == 303
    kinds = {(r.kind, r.actor, r.fields.get("user")) for r in env.audit.records()}
    assert {("user_add", "root-admin", "newbie"), ("user_disable", "root-admin", "vera"),
            ("mfa_reset", "root-admin", "vera"), ("logout", "root-admin", "root-admin")} <= kinds
