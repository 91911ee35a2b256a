"""Journeys in real Chromium (Debian's, driven by Playwright) against a live server and a real
worker process. Screenshots of each page go to artifacts/screenshots/."""

import json
import os
import re
from pathlib import Path

import pytest

from claims import workflow
from claims.actions import acting_as, save_with_reason
from claims.models import Claim, ClaimStatus, Evidence, FlagStatus
from claims.tasks import run_check
from tests import factories

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
XSS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "xss" / "dompurify-expect.json"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
DIVERGENT = ("Police said more than 250 protesters were detained on Monday. "
             "Officials later said more than 300 protesters were detained in the capital on Monday.")

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]


@pytest.fixture
def browser():
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # Playwright's sync API runs an event loop here
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


def login(browser, live_server, user, width=1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.add_init_script("window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };")
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "pw-for-tests")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))
    return page


def shot(page, name):
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_checker_imports_sees_progress_then_highlights_and_the_flag(browser, live_server, worker):
    checker = factories.user("Fact-checkers", username="carla")
    page = login(browser, live_server, checker)
    shot(page, "01-dashboard")
    page.click("text=Import")
    page.fill("#id_title", "Protest arrests")
    page.fill("#id_text", DIVERGENT)
    shot(page, "02-import")
    page.click("text=Import and extract figures")
    assert page.locator("#check-progress").is_visible()
    page.wait_for_selector(".flag.divergence", timeout=30_000)
    shot(page, "03-article-with-flag")
    assert page.locator("a.claim").count() == 2
    assert page.locator("a.claim.flagged").count() == 2
    flag = page.locator(".flag.divergence").inner_text()
    assert "more than 250" in flag and "more than 300" in flag and "251-299" in flag
    assert page.evaluate("document.getElementById('check-progress').value") == 100
    page.set_viewport_size({"width": 375, "height": 800})
    shot(page, "04-article-375px")
    assert page.evaluate("document.documentElement.scrollWidth <= 380")


def test_propose_return_then_sign_off(browser, live_server):
    checker = factories.user("Fact-checkers", username="carla")
    editor = factories.user("Editors", username="eddie")
    article = factories.article(DIVERGENT, by=checker)
    run_check(article.pk, checker)
    claim = article.claims.order_by("start").first()
    factories.source(by=checker, title="Police log")

    page = login(browser, live_server, checker)
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    shot(page, "05-claim")
    assert page.locator("svg.line").is_visible()
    page.click("button:has-text('Assign')")
    page.select_option("#id_source", label="Police log")
    page.select_option("#id_stance", "supports")
    page.fill("#id_value", "262")
    page.click("button:has-text('Add evidence')")
    page.select_option("#id_verdict", "mostly_accurate")
    page.fill("#id_rationale", "The police log lists <b>262</b>.")
    page.click("button:has-text('Propose verdict')")
    assert "Verdict proposed" in page.content()
    shot(page, "06-proposed")

    page = login(browser, live_server, editor)
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    page.fill("#return-note", "Which day of the log?")
    page.click("button:has-text('Return')")
    shot(page, "07-returned")
    page = login(browser, live_server, checker)
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    page.fill("#id_rationale", "The log of Monday lists 262.")
    page.click("button:has-text('Propose verdict')")
    page = login(browser, live_server, editor)
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    page.click("button:has-text('Sign off')")
    assert "is open" in page.content()  # the divergence blocks sign-off
    page.click(".flag button:has-text('Acknowledge')")
    page.click("button:has-text('Sign off')")
    shot(page, "08-signed-off")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.SIGNED_OFF and claim.signed_off_by == editor
    assert claim.flags.get().status == FlagStatus.ACKNOWLEDGED


def test_admin_compares_two_revisions_and_reverts_one(browser, live_server):
    checker = factories.user("Fact-checkers", username="carla")
    admin = factories.user("Admins", username="ada", is_staff=True)
    article = factories.article("Some 40 people attended.", by=checker)
    claim = article.claims.get()
    workflow.assign(claim.pk, assignee=checker, acting_user=checker)
    page = login(browser, live_server, admin)
    page.click("text=Audit")
    shot(page, "09-audit")
    assert "assigned to carla" in page.content()
    page.goto(f"{live_server.url}/audit/claim/{claim.pk}/")
    revisions = claim.history.order_by("history_id")
    page.select_option("#a", str(revisions.last().history_id))
    page.select_option("#b", str(revisions.first().history_id))
    page.click("button:has-text('Compare')")
    diff = page.locator("#diff").inner_text()
    assert "status" in diff and "unreviewed" in diff and "in_review" in diff
    shot(page, "10-diff")
    page.fill(f"#reason-{revisions.first().history_id}", "assigned by mistake")
    page.click("button:has-text('Revert to this')")
    shot(page, "11-reverted")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNREVIEWED
    assert claim.history.first().history_user == admin


@pytest.mark.skipif(not XSS.exists(), reason=f"no XSS corpus at {XSS}")
def test_no_dompurify_payload_runs_script_in_chromium(browser, live_server):
    checker = factories.user("Fact-checkers", username="carla")
    editor = factories.user("Editors", username="eddie")
    article = factories.article("Some 40 people attended.", by=checker)
    claim = article.claims.get()
    source = factories.source(by=checker)
    payloads = [case["payload"] for case in json.loads(XSS.read_text("utf-8"))]
    with acting_as(checker):
        for payload in payloads:  # every payload saved by the app's path; cleaned on save
            save_with_reason(Evidence(claim=claim, source=source, stance="context", excerpt=payload), "xss")
    workflow.assign(claim.pk, assignee=checker, acting_user=checker)
    workflow.propose(claim.pk, verdict="accurate", rationale="".join(payloads[:60]), acting_user=checker)
    workflow.sign_off(claim.pk, acting_user=editor)
    page = login(browser, live_server, checker)
    for url in (f"/claims/{claim.pk}/", f"/public/claims/{claim.pk}/"):
        page.goto(live_server.url + url)
        page.wait_for_timeout(500)
        bad = page.evaluate("""() => {
            const allowed = new Set(['A','B','STRONG','I','EM','P','BR','UL','OL','LI','BLOCKQUOTE','CODE','Q','SUB','SUP']);
            const out = [];
            for (const box of document.querySelectorAll('.rationale, li > div')) {
              for (const el of box.querySelectorAll('*')) {
                if (!allowed.has(el.tagName)) out.push('element ' + el.tagName);
                for (const a of el.attributes) {
                  if (a.name.startsWith('on') || a.name === 'style') out.push('attribute ' + a.name);
                  if (a.name === 'href' && !/^(https?:|mailto:|[^:]*$)/i.test(a.value.trim())) out.push('href ' + a.value);
                }
              }
            }
            return out;
        }""")
        assert bad == [], url
        assert page.evaluate("window.__alerts") == [], url
    shot(page, "12-xss-public")
    assert Claim.objects.get(pk=claim.pk).evidence.count() == len(payloads)
