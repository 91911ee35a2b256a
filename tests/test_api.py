"""The JSON API: every endpoint and every refusal, by role."""

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from claims.models import Article, ClaimStatus, FlagStatus
from tests import factories

pytestmark = pytest.mark.django_db
DIVERGENT = "Police held more than 250 protesters. Later more than 300 protesters were held, they said."


@pytest.fixture
def people():
    return {"checker": factories.user("Fact-checkers", username="checker"),
            "checker2": factories.user("Fact-checkers", username="checker2"),
            "editor": factories.user("Editors", username="editor"),
            "admin": factories.user("Admins", username="admin"),
            "outsider": factories.user(username="outsider")}


def api(user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def test_token_then_token_auth(people):
    cache.clear()
    client = APIClient()
    response = client.post("/api/auth/token/", {"username": "checker", "password": "pw-for-tests"}, format="json")
    assert response.status_code == 200
    client.credentials(HTTP_AUTHORIZATION=f"Token {response.json()['token']}")
    assert client.get("/api/articles/").status_code == 200


def test_failed_logins_are_throttled_but_not_successful_ones(people):
    cache.clear()
    client = APIClient()
    for _ in range(5):
        assert client.post("/api/auth/token/", {"username": "editor", "password": "wrong"}, format="json").status_code == 401
    assert client.post("/api/auth/token/", {"username": "editor", "password": "pw-for-tests"}, format="json").status_code == 429
    # Another username from the same address is not blocked, and successes never count.
    for _ in range(8):
        assert client.post("/api/auth/token/", {"username": "checker", "password": "pw-for-tests"}, format="json").status_code == 200


def test_anonymous_gets_401_everywhere():
    for url in ["/api/articles/", "/api/claims/", "/api/flags/", "/api/sources/"]:
        assert api().get(url).status_code in (401, 403)


def test_import_extracts_in_the_request_and_queues_the_check(people):
    response = api(people["checker"]).post("/api/articles/", {"title": "Protest", "text": DIVERGENT}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert [c["text"] for c in body["claims"]] == ["more than 250", "more than 300"]
    assert body["check_status"] == "queued"
    claim = body["claims"][0]
    assert (claim["lower"], claim["upper"], claim["pragmatic_upper"], claim["lower_inclusive"]) == (250, None, 300, False)


@pytest.mark.parametrize("payload,problem", [
    ({"title": "x", "text": ""}, "text"), ({"title": "", "text": "About 4 people."}, "title"),
    ({"title": "x", "text": "Ref 123456789012345678901234."}, "text"), ({"text": "About 4."}, "title"),
])
def test_import_refuses_bad_input(people, payload, problem):
    response = api(people["checker"]).post("/api/articles/", payload, format="json")
    assert response.status_code == 400 and problem in response.json()
    assert not Article.objects.exists()


def test_outsider_and_roles_on_reads(people):
    factories.article(DIVERGENT, by=people["checker"])
    for role, status in [("outsider", 403), ("checker", 200), ("editor", 200), ("admin", 200)]:
        for url in ["/api/articles/", "/api/claims/", "/api/flags/", "/api/sources/"]:
            assert api(people[role]).get(url).status_code == status, (role, url)
    assert api(people["outsider"]).post("/api/articles/", {"title": "x", "text": "About 4."}, format="json").status_code == 403


def test_article_detail_carries_claims_and_flags(people):
    from claims.tasks import run_check

    article = factories.article(DIVERGENT, by=people["checker"])
    run_check(article.pk, people["checker"])
    body = api(people["editor"]).get(f"/api/articles/{article.pk}/").json()
    flag = body["flags"][0]
    assert {"id", "rule", "severity", "status", "message", "claims"} <= set(flag)
    assert sorted(flag["claims"]) == sorted(c["id"] for c in body["claims"])


def test_claim_filters(people):
    from claims.tasks import run_check

    article = factories.article(DIVERGENT, by=people["checker"])
    other = factories.article("Some 40 people attended.", by=people["checker"], title="Other")
    run_check(article.pk, people["checker"])
    client = api(people["editor"])
    assert client.get(f"/api/claims/?article={other.pk}").json()["count"] == 1
    assert client.get("/api/claims/?has_open_flag=true").json()["count"] == 2
    assert client.get("/api/claims/?has_open_flag=false").json()["count"] == 1
    assert client.get("/api/claims/?status=signed_off").json()["count"] == 0
    assert client.get("/api/claims/?status=nonsense").status_code == 400
    assert client.get("/api/claims/?article=abc").status_code == 400
    # an empty value is a bad value, not "no filter" (schemathesis found ?status= answered 200)
    assert client.get("/api/claims/?status=").status_code == 400
    assert client.get("/api/flags/?status=").status_code == 400
    assert client.get("/api/flags/?severity=&article=").status_code == 400
    # an id past any the database holds matches nothing (it was a 500), and '²' is not a number
    assert client.get("/api/claims/?assignee=6450712311149468779020288").json()["count"] == 0
    assert client.get("/api/claims/?article=²").status_code == 400
    assert client.get("/api/claims/?page_size=²").status_code == 400
    assert client.get("/api/claims/?page=").status_code == 400
    assert client.get("/api/claims/?page=abc").status_code == 400
    weird = client.get("/api/claims/%0A/claimreview/")  # a newline in the path: still JSON
    assert weird.status_code == 404 and weird["Content-Type"] == "application/json"


def test_patch_needs_the_version_and_refuses_a_stale_one(people):
    article = factories.article("Some 40 people attended.", by=people["checker"])
    claim = article.claims.get()
    client = api(people["checker"])
    assert client.patch(f"/api/claims/{claim.pk}/", {"value": 41}, format="json").status_code == 400
    ok = client.patch(f"/api/claims/{claim.pk}/", {"value": 41, "version": 1}, format="json")
    assert ok.status_code == 200 and ok.json()["version"] == 2
    stale = client.patch(f"/api/claims/{claim.pk}/", {"value": 42, "version": 1}, format="json")
    assert stale.status_code == 409
    assert stale.json()["current"]["value"] == 41 and stale.json()["rule"] == "stale_version"
    bad = client.patch(f"/api/claims/{claim.pk}/", {"lower": 50, "upper": 10, "version": 2}, format="json")
    assert bad.status_code == 400
    assert api(people["outsider"]).patch(f"/api/claims/{claim.pk}/", {"value": 1, "version": 2}, format="json").status_code == 403


def test_a_whole_review_through_the_api(people):
    from claims.tasks import run_check

    checker, editor = api(people["checker"]), api(people["editor"])
    article_id = checker.post("/api/articles/", {"title": "Protest", "text": DIVERGENT}, format="json").json()["id"]
    run_check(article_id, people["checker"])
    flag = checker.get(f"/api/flags/?article={article_id}&status=open").json()["results"][0]
    claim_id = flag["claims"][0]
    assert checker.post(f"/api/claims/{claim_id}/transitions/", {"action": "assign"}, format="json").status_code == 200
    # propose without evidence: refused by the state (409), and says which rule
    refused = checker.post(f"/api/claims/{claim_id}/transitions/", {"action": "propose", "verdict": "accurate",
                                                                     "rationale": "Log"}, format="json")
    assert refused.status_code == 409 and refused.json()["rule"] == "evidence"
    source = checker.post("/api/sources/", {"url": "https://example.org/log", "title": "Police log",
                                             "publisher": "Police", "kind": "official"}, format="json").json()
    assert checker.post(f"/api/claims/{claim_id}/evidence/", {"source": source["id"], "stance": "supports",
                                                               "value": 262}, format="json").status_code == 201
    assert checker.post(f"/api/claims/{claim_id}/transitions/", {"action": "propose", "verdict": "accurate",
                                                                 "rationale": "Log says 262"}, format="json").status_code == 200
    # the open divergence blocks sign-off
    blocked = editor.post(f"/api/claims/{claim_id}/transitions/", {"action": "sign_off"}, format="json")
    assert blocked.status_code == 409 and blocked.json()["rule"] == "open_flag"
    assert checker.post(f"/api/claims/{claim_id}/transitions/", {"action": "sign_off"}, format="json").status_code == 403
    assert editor.post(f"/api/flags/{flag['id']}/resolve/", {"note": ""}, format="json").status_code == 400
    resolved = editor.post(f"/api/flags/{flag['id']}/resolve/", {"note": "The later count is right."}, format="json")
    assert resolved.status_code == 200 and resolved.json()["status"] == FlagStatus.RESOLVED
    assert api(people["outsider"]).post(f"/api/flags/{flag['id']}/acknowledge/", {}, format="json").status_code == 403
    assert checker.get(f"/api/claims/{claim_id}/claimreview/").status_code == 404
    signed = editor.post(f"/api/claims/{claim_id}/transitions/", {"action": "sign_off"}, format="json")
    assert signed.status_code == 200 and signed.json()["status"] == ClaimStatus.SIGNED_OFF
    review = checker.get(f"/api/claims/{claim_id}/claimreview/").json()
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["alternateName"] == "Accurate"
    history = checker.get(f"/api/claims/{claim_id}/history/").json()["results"]
    assert history[0]["user"] == "editor" and history[0]["change_reason"] == "signed off"
    assert {"field": "status", "old": "proposed", "new": "signed_off"} in history[0]["changes"]


def test_transition_bad_input_is_400(people):
    article = factories.article("Some 40 people attended.", by=people["checker"])
    claim = article.claims.get()
    client = api(people["checker"])
    assert client.post(f"/api/claims/{claim.pk}/transitions/", {"action": "fly"}, format="json").status_code == 400
    assert client.post(f"/api/claims/{claim.pk}/transitions/", {"action": "assign", "assignee": 99999}, format="json").status_code == 404
    assert client.post("/api/claims/99999/transitions/", {"action": "assign"}, format="json").status_code == 404


def test_schema_and_docs_are_served(people):
    assert api().get("/api/schema/").status_code == 200
    response = api(people["checker"]).get("/api/docs/")
    assert response.status_code == 200 and b"swagger" in response.content.lower()


def test_a_username_of_any_characters_is_throttled_with_a_key_every_cache_accepts(people):
    import warnings

    from django.core.cache.backends.base import CacheKeyWarning

    cache.clear()
    client = APIClient()
    odd = "té 7\x16" + "x" * 100  # a space and a control character: memcached refuses such keys
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        for _ in range(5):
            assert client.post("/api/auth/token/", {"username": odd, "password": "wrong"}, format="json").status_code == 401
        assert client.post("/api/auth/token/", {"username": odd, "password": "wrong"}, format="json").status_code == 429
