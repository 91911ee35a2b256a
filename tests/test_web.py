"""Web pages a newsroom works in: measures, sources, claim search, CSV export, labels."""

import csv
import io
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from claims.models import CheckStatus, Measure, Source
from claims.tasks import run_check
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def checker(client):
    user = factories.user("Fact-checkers", username="carla")
    client.force_login(user)
    return user


def test_merging_measures_moves_claims_and_rechecks(client, checker):
    a = factories.article("Police said fewer than 100 protesters were detained.", by=checker)
    b = factories.article("Organisers said about 500 marchers were arrested.", by=checker, title="B")
    ma, mb = a.claims.get().measure, b.claims.get().measure
    assert ma != mb
    response = client.post(reverse("claims:measure_merge", args=[ma.pk]), {"others": [mb.pk]})
    assert response.status_code == 302
    assert not Measure.objects.filter(pk=mb.pk).exists()
    assert b.claims.get().measure == ma
    assert b.check_run.status == CheckStatus.QUEUED or b.check_run.requested_at is not None
    run_check(b.pk, checker)
    assert b.flags.get().rule == "conflicting_figures"
    assert Measure.history.filter(id=mb.pk, history_type="-").get().history_user == checker


def test_splitting_a_measure_moves_the_chosen_claims(client, checker):
    article = factories.article("More than 250 protesters were held. Later more than 300 protesters were held.", by=checker)
    measure = article.claims.first().measure
    second = article.claims.order_by("start").last()
    response = client.post(reverse("claims:measure_split", args=[measure.pk]), {"label": "Later count", "claims": [second.pk]})
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.measure.label == "Later count" and second.measure != measure
    run_check(article.pk, checker)
    assert not article.flags.exists()


def test_renaming_and_confirming_a_measure(client, checker):
    article = factories.article("Some 40 people attended.", by=checker)
    measure = article.claims.get().measure
    response = client.post(reverse("claims:measure", args=[measure.pk]),
                           {"label": "Attendance at the rally", "as_of": "2025-03-01", "notes": "", "confirmed": "on"})
    assert response.status_code == 302
    measure.refresh_from_db()
    assert measure.label == "Attendance at the rally" and measure.confirmed


def test_sources_add_search_and_edit(client, checker):
    response = client.post(reverse("claims:source_add"), {"url": "example.org/report", "title": "Prison census",
                                                         "publisher": "Ministry", "kind": "official", "reliability": 3})
    assert response.status_code == 302
    source = Source.objects.get()
    assert source.url == "https://example.org/report" and source.created_by == checker
    assert b"Prison census" in client.get(reverse("claims:sources"), {"q": "census"}).content
    assert b"Prison census" not in client.get(reverse("claims:sources"), {"q": "weather"}).content
    client.post(reverse("claims:source_edit", args=[source.pk]), {"url": "https://example.org/r", "title": "Prison census 2024",
                                                                   "publisher": "Ministry", "kind": "official", "reliability": 4})
    source.refresh_from_db()
    assert source.reliability == 4 and source.history.first().history_user == checker


def test_bad_source_form_shows_errors(client, checker):
    response = client.post(reverse("claims:source_add"), {"url": "not a url", "title": "", "kind": "official", "reliability": 9})
    assert response.status_code == 400 and not Source.objects.exists()


def test_claim_search_and_filters(client, checker):
    a = factories.article("More than 250 protesters were held. Some 40 reporters watched.", by=checker)
    factories.article("About 90 people died.", by=checker, title="Other")
    run_check(a.pk, checker)
    page = client.get(reverse("claims:claims"), {"q": "250"}).content.decode()
    assert "more than 250" in page.lower() and "About 90" not in page
    page = client.get(reverse("claims:claims"), {"article": a.pk}).content.decode()
    assert "Some 40" in page and "About 90" not in page
    page = client.get(reverse("claims:claims"), {"status": "signed_off"}).content.decode()
    assert "No claims match" in page


def test_csv_export_of_claims_and_flags(client, checker):
    article = factories.article("More than 250 protesters were held. Later more than 300 protesters were held.", by=checker)
    run_check(article.pk, checker)
    response = client.get(reverse("claims:article_csv", args=[article.pk]))
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [r["text"] for r in rows] == ["More than 250", "more than 300"]
    assert all("divergence" in r["open_flags"] for r in rows)


def test_csv_export_defuses_spreadsheet_formulas(client, checker):
    article = factories.article("Some 40 people attended.", by=checker)
    measure = article.claims.get().measure
    client.post(reverse("claims:measure", args=[measure.pk]),
                {"label": '=HYPERLINK("http://evil.example","x")', "notes": "", "confirmed": "on"})
    rows = list(csv.DictReader(io.StringIO(client.get(reverse("claims:article_csv", args=[article.pk])).content.decode())))
    assert rows[0]["measure_label"].startswith("'=HYPERLINK")


class Controls(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.labels, self.unlabelled = set(), set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "label" and a.get("for"):
            self.labels.add(a["for"])
        if tag in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit"):
            if a.get("id"):
                self.ids.add(a["id"])
            elif not a.get("aria-label"):
                self.unlabelled.append(a.get("name"))


@pytest.mark.parametrize("page", ["dashboard", "import", "claims", "flags", "sources", "source_add", "claim", "measure",
                                  "article"])
def test_every_control_has_a_label(client, checker, page):
    article = factories.article("More than 250 protesters were held. Later more than 300 protesters were held.", by=checker)
    run_check(article.pk, checker)
    claim = article.claims.first()
    args = {"claim": [claim.pk], "measure": [claim.measure_id], "article": [article.pk]}.get(page, [])
    html = client.get(reverse(f"claims:{page}", args=args)).content.decode()
    parser = Controls()
    parser.feed(html)
    assert parser.unlabelled == []
    assert parser.ids <= parser.labels, parser.ids - parser.labels


def test_a_failed_check_says_so_on_the_article_page(client, checker):
    from claims.actions import acting_as, save_with_reason

    article = factories.article("Some 40 people attended.", by=checker)
    run = article.check_run
    run.status, run.error = CheckStatus.FAILED, "OperationalError: database is locked"
    with acting_as(checker):
        save_with_reason(run, "test")
    page = client.get(reverse("claims:article", args=[article.pk])).content.decode()
    assert "Failed: OperationalError: database is locked" in page
    status = client.get(reverse("claims:check_status", args=[article.pk])).json()
    assert status["status"] == "failed" and "locked" in status["error"]
