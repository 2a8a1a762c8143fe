"""The review console in a real headless Chromium (Debian's /usr/bin/chromium via Playwright).

One gateway (real scanner and default policy) quarantines two PHI messages sent over SMTP.
A reviewer logs in with password + TOTP, filters the list, opens a held message, sees the
highlighted findings (masked), unmasks (audited) and releases: the message reaches the sink
and the audit chain names the reviewer. Negative cases: wrong password, wrong TOTP, a POST
without the CSRF token, an auditor trying to release, and an idle session.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pyotp
import pytest

from gateway.quarantine.store import QuarantineStatus
from tests.helpers.sink import Sink

from .world import (
    CANARY_MRN,
    CANARY_SSN,
    PASSWORD,
    SENDER,
    World,
    phi_message,
    start_world,
)

pytestmark = [pytest.mark.integration, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(os.environ.get("PHIGATE_SHOTS", Path(__file__).resolve().parents[3] / "bench/out"))

if not Path(CHROMIUM).exists():  # pragma: no cover - the Makefile installs it
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture
async def world(tmp_path: Path, make_sink: object) -> AsyncIterator[World]:
    sink: Sink = await make_sink()  # type: ignore[operator]
    w = await start_world(tmp_path, sink, {"rev": "reviewer", "aud": "auditor"})
    try:
        yield w
    finally:
        await w.gateway.stop()


@pytest.fixture
async def browser() -> AsyncIterator[object]:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        b = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            await b.close()


async def login(page: object, base: str, name: str, secret: str) -> None:
    await page.goto(f"{base}/login")  # type: ignore[attr-defined]
    await page.fill("#username", name)  # type: ignore[attr-defined]
    await page.fill("#password", PASSWORD)  # type: ignore[attr-defined]
    await page.click("#login")  # type: ignore[attr-defined]
    await page.wait_for_url(f"{base}/login/totp")  # type: ignore[attr-defined]
    await page.fill("#code", pyotp.TOTP(secret).now())  # type: ignore[attr-defined]
    await page.click("#verify")  # type: ignore[attr-defined]
    await page.wait_for_url(f"{base}/")  # type: ignore[attr-defined]


async def test_review_and_release_in_a_real_browser(world: World, browser: object) -> None:
    from playwright.async_api import Browser, expect

    assert isinstance(browser, Browser)
    await world.send(phi_message("claims@insurer.example", "a"), "claims@insurer.example")
    await world.send(phi_message("billing@other-payer.example", "b"), "billing@other-payer.example")
    held = await world.wait_held(2)
    by_domain = {h.rcpts[0].rpartition("@")[2]: h for h in held}
    target, other = by_domain["insurer.example"], by_domain["other-payer.example"]
    assert not [m for m in world.sink.messages if m.rcpts != [SENDER]]  # only notices
    base = world.console_url

    ctx = await browser.new_context()
    page = await ctx.new_page()
    page.on("dialog", lambda d: asyncio.ensure_future(d.accept()))
    problems: list[str] = []  # CSP violations and script errors show up here
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))

    # -- wrong password, then wrong TOTP, then the right ones
    await page.goto(f"{base}/login")
    await page.fill("#username", "rev")
    await page.fill("#password", "not-the-password")
    await page.click("#login")
    await expect(page.locator(".error")).to_contain_text("Wrong user name or password")
    await page.fill("#username", "rev")
    await page.fill("#password", PASSWORD)
    await page.click("#login")
    await page.wait_for_url(f"{base}/login/totp")
    good = pyotp.TOTP(world.secrets["rev"]).now()
    await page.fill("#code", "000000" if good != "000000" else "111111")
    await page.click("#verify")
    await expect(page.locator(".error")).to_contain_text("not right")
    await page.fill("#code", pyotp.TOTP(world.secrets["rev"]).now())
    await page.click("#verify")
    await page.wait_for_url(f"{base}/")
    await expect(page.locator("svg.chart")).to_have_count(5)
    SHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SHOTS / "console-dashboard.png"), full_page=True)

    # -- the list, filtered by recipient domain
    await page.goto(f"{base}/queue")
    await expect(page.locator("tbody tr[data-id]")).to_have_count(2)
    await page.screenshot(path=str(SHOTS / "console-queue.png"), full_page=True)
    await page.fill("#f-rcpt", "insurer.example")
    await page.click("#apply")
    await expect(page.locator("tbody tr[data-id]")).to_have_count(1)
    await expect(page.locator(f'tr[data-id="{target.id}"]')).to_be_visible()

    # -- the held message: findings highlighted, values masked
    await page.click(f'tr[data-id="{target.id}"] a.open')
    await page.wait_for_url(f"{base}/q/{target.id}")
    marks = page.locator("mark.finding[data-entity]")
    assert await marks.count() >= 4
    assert await page.locator("mark.finding.identifier.masked").count() >= 3
    entities = set(" ".join(await marks.evaluate_all(
        "ms => ms.map(m => m.dataset.entity)")).split())
    assert {"PERSON", "US_SSN", "MRN"} <= entities, entities
    rules = set(await marks.evaluate_all("ms => ms.map(m => m.dataset.rule)"))
    assert rules == {target.rule}
    html = await page.content()
    assert CANARY_SSN not in html and CANARY_MRN not in html
    await page.screenshot(path=str(SHOTS / "console-message.png"), full_page=True)

    # -- unmask (a POST, audited), then release
    await page.click("#unmask")
    await expect(page.locator("pre.text", has_text=CANARY_SSN)).to_have_count(1)
    await page.goto(f"{base}/q/{target.id}")
    await page.click("#release")
    await page.wait_for_url(re.compile(r".*/queue\?done=release.*"))
    await expect(page.locator(".flash")).to_contain_text("release: 1 done")
    deadline = time.monotonic() + 30
    while not (released := [m for m in world.sink.messages
                            if m.rcpts == ["claims@insurer.example"]]):
        assert time.monotonic() < deadline, "the release did not arrive"
        await asyncio.sleep(0.1)
    assert len(released) == 1 and CANARY_SSN.encode() in released[0].data
    deadline = time.monotonic() + 10
    while world.gateway.quarantine_store.get(target.id).status is not QuarantineStatus.RELEASED:
        assert time.monotonic() < deadline
        await asyncio.sleep(0.1)

    # -- a raw POST carrying the session cookie but no CSRF token: 403, nothing happens
    r = await ctx.request.post(f"{base}/q/{other.id}/act", form={"action": "delete"},
                               max_redirects=0)
    assert r.status == 403
    assert world.gateway.quarantine_store.get(other.id).status is QuarantineStatus.HELD

    # -- an auditor: metadata only; a release attempt (with a valid CSRF token) is refused
    actx = await browser.new_context()
    apage = await actx.new_page()
    await login(apage, base, "aud", world.secrets["aud"])
    await apage.goto(f"{base}/q/{other.id}")
    await expect(apage.locator("mark")).to_have_count(0)
    await expect(apage.locator("#release")).to_have_count(0)
    token = await apage.locator('input[name="csrf"]').first.input_value()
    r = await actx.request.post(f"{base}/q/{other.id}/act",
                                form={"action": "release", "csrf": token}, max_redirects=0)
    assert r.status == 403
    await asyncio.sleep(0.5)
    assert world.gateway.quarantine_store.get(other.id).status is QuarantineStatus.HELD
    assert not [m for m in world.sink.messages if m.rcpts == ["billing@other-payer.example"]]
    await apage.goto(f"{base}/audit")
    await expect(apage.locator("#chain")).to_contain_text("Chain verified")

    # -- the audit chain holds it all, under the reviewer's name, and verifies
    recs = world.audit_records()
    mine = {(r.kind, r.fields.get("id")) for r in recs if r.actor == "rev"}
    assert {("view", target.id), ("unmask", target.id), ("release", target.id)} <= mine
    assert any(r.kind == "login_failed" and r.fields.get("mfa") for r in recs)
    assert any(r.kind == "login_failed" and not r.fields.get("mfa") for r in recs)
    assert world.gateway.audit.verify().ok

    # -- bulk: "select all" (the page's script) then reject with a note to the sender
    await page.goto(f"{base}/queue")
    await page.check("#all")
    await expect(page.locator("input.sel:checked")).to_have_count(1)
    await page.fill('#bulk input[name="note"]', "Please send this through the portal.")
    await page.click('#bulk button[value="reject"]')
    await page.wait_for_url(re.compile(r".*/queue\?done=reject.*"))
    await expect(page.locator(".flash")).to_contain_text("reject: 1 done")
    assert world.gateway.quarantine_store.get(other.id).status is QuarantineStatus.REJECTED
    assert ("reject", other.id) in {(r.kind, r.fields.get("id")) for r in world.audit_records()
                                    if r.actor == "rev"}

    # 401/403 answers above log "Failed to load resource"; anything else is a real problem
    assert [p for p in problems if "Failed to load resource" not in p] == []

    # -- idle timeout: a session left alone is gone; the browser lands on the login page
    world.gateway.console.console.idle_timeout = 1.0
    await asyncio.sleep(1.6)
    await page.goto(f"{base}/queue")
    assert re.search(r"/login\?expired=1$", page.url), page.url
    await expect(page.locator(".note")).to_contain_text("session ended")
    await ctx.close()
    await actx.close()
