"""List pages keep a fixed number of queries however many claims there are."""

import pytest
from django.urls import reverse

from claims.actions import acting_as, save_with_reason
from claims.models import Claim, ClaimStatus
from tests import factories

pytestmark = pytest.mark.django_db


def fill(article, user, n):
    words = "Officials counted 120 arrests. "
    with acting_as(user):
        for i in range(n):
            start = (i * len(words)) % max(1, len(article.text) - 40)
            save_with_reason(Claim(article=article, start=start, end=start + 3, quote="120", value=120,
                                   lower=115, upper=125, pragmatic_lower=115, pragmatic_upper=125, unit="count",
                                   assignee=user, status=ClaimStatus.IN_REVIEW), "made for the test")


def queries_for(client, django_assert_max_num_queries, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_article_page_with_500_claims_uses_as_many_queries_as_with_5(client, django_assert_max_num_queries):
    checker = factories.user("Fact-checkers")
    client.force_login(checker)
    small = factories.article("Officials counted 120 arrests. " * 600, by=checker, title="small")
    big = factories.article("Officials counted 120 arrests. " * 600, by=checker, title="big")
    fill(big, checker, 500 - big.claims.count())
    assert big.claims.count() >= 500
    # session, user, 2 x permissions, article + importer, claims + measures, flags, flags' claims, check run
    with django_assert_max_num_queries(9):
        client.get(reverse("claims:article", args=[big.pk]))
    assert queries_for(client, None, reverse("claims:article", args=[big.pk])) == \
        queries_for(client, None, reverse("claims:article", args=[small.pk]))


def test_claim_list_with_10000_claims_uses_as_many_queries_as_with_100(client):
    checker = factories.user("Fact-checkers")
    client.force_login(checker)
    article = factories.article("Officials counted 120 arrests.", by=checker)
    fill(article, checker, 99)
    few = queries_for(client, None, reverse("claims:claims"))
    fill(article, checker, 9_900)
    assert Claim.objects.count() >= 10_000
    many = queries_for(client, None, reverse("claims:claims") + "?page=50")
    # session, user, 2 x permissions, users for the assignee filter, count, one page of claims
    assert many == few == 7


def test_claim_page_queries_do_not_grow_with_its_history(client):
    from claims.actions import do_edit_claim

    checker = factories.user("Fact-checkers")
    editor = factories.user("Editors")
    client.force_login(checker)
    article = factories.article("Some 40 people attended. About 50 people left.", by=checker)
    claim = article.claims.order_by("start").first()
    url = reverse("claims:claim", args=[claim.pk])

    def revise(times):
        for n in range(times):  # two users, each named as assignee: the diff shows them by name
            claim.refresh_from_db()
            user = checker if n % 2 else editor
            do_edit_claim(claim.pk, version=claim.version, acting_user=user, attribution=f"source {n}")
            with acting_as(user):
                claim.refresh_from_db()
                claim.assignee = user
                save_with_reason(claim, "reassigned")

    revise(2)
    few = queries_for(client, None, url)
    revise(12)
    # one query per related model named in the diffs (article, measure, user), however many
    assert queries_for(client, None, url) == few
