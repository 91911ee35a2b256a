"""ClaimReview JSON-LD carries every field schema.org and Google's fact-check markup require."""

import datetime
import json
import re

import pytest

from claims import workflow
from tests import factories

pytestmark = pytest.mark.django_db
REQUIRED = {"@context", "@type", "url", "claimReviewed", "datePublished", "author", "reviewRating", "itemReviewed"}


@pytest.fixture
def signed_claim():
    checker, editor = factories.user("Fact-checkers"), factories.user("Editors")
    article = factories.article("The ministry said about 500 migrants were held.", by=checker,
                                url="https://news.example.org/migrants", outlet="Example News",
                                published=datetime.date(2025, 3, 25))
    claim = article.claims.get()
    workflow.assign(claim.pk, assignee=checker, acting_user=checker)
    factories.evidence(claim, by=checker, value=480)
    workflow.propose(claim.pk, verdict="mostly_accurate", rationale="The registry says 480.", acting_user=checker)
    return workflow.sign_off(claim.pk, acting_user=editor)


def check(review):
    assert REQUIRED <= set(review)
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["url"].startswith("http") and review["claimReviewed"]
    datetime.date.fromisoformat(review["datePublished"])
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert rating["alternateName"] == "Mostly accurate"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"] == "Example News"
    assert item["datePublished"] == "2025-03-25"
    assert item["appearance"][0]["url"] == "https://news.example.org/migrants"


def test_claimreview_url_and_embedded_copy_are_complete_and_equal(client, signed_claim):
    standalone = client.get(f"/public/claims/{signed_claim.pk}/claimreview.json").json()
    check(standalone)
    page = client.get(f"/public/claims/{signed_claim.pk}/").content.decode()
    embedded = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert embedded == standalone


def test_no_claimreview_before_sign_off(client):
    article = factories.article("Some 40 people attended.")
    assert client.get(f"/public/claims/{article.claims.get().pk}/claimreview.json").status_code == 404
