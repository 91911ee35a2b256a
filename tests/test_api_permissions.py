"""The API side of the permission matrix: every role against every endpoint and transition."""

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from tests import factories

pytestmark = pytest.mark.django_db
ROLES = ["anonymous", "checker", "checker2", "editor", "admin", "outsider"]


@pytest.fixture
def world():
    cache.clear()
    return factories.review_world()


def client_for(world, role):
    client = APIClient()
    if role != "anonymous":
        client.force_authenticate(world["people"][role])
    return client


# (method, path template, body, expected status per role in ROLES order)
MATRIX = [
    ("get", "/api/articles/", None, [401, 200, 200, 200, 200, 403]),
    ("get", "/api/articles/{article}/", None, [401, 200, 200, 200, 200, 403]),
    ("post", "/api/articles/", {"title": "T", "text": "About 40 people."}, [401, 201, 201, 201, 201, 403]),
    ("get", "/api/claims/", None, [401, 200, 200, 200, 200, 403]),
    ("get", "/api/claims/{claim}/", None, [401, 200, 200, 200, 200, 403]),
    ("get", "/api/claims/{claim}/history/", None, [401, 200, 200, 200, 200, 403]),
    ("patch", "/api/claims/{claim}/", {"attribution": "Police", "version": "{version}"}, [401, 200, 200, 200, 200, 403]),
    ("post", "/api/claims/{claim}/evidence/", {"source": "{source}", "stance": "context"}, [401, 201, 201, 201, 201, 403]),
    ("get", "/api/sources/", None, [401, 200, 200, 200, 200, 403]),
    ("post", "/api/sources/", {"url": "https://example.org/x", "title": "X", "kind": "news"}, [401, 201, 201, 201, 201, 403]),
    ("get", "/api/flags/", None, [401, 200, 200, 200, 200, 403]),
    ("post", "/api/flags/{flag}/acknowledge/", {"note": ""}, [401, 200, 200, 200, 200, 403]),
    ("get", "/api/claims/{claim}/claimreview/", None, [401, 404, 404, 404, 404, 403]),
    # transitions: the claim is assigned to "checker", with evidence, in review
    ("post", "/api/claims/{claim}/transitions/", {"action": "propose", "verdict": "accurate", "rationale": "Log."},
     [401, 200, 403, 200, 200, 403]),
    ("post", "/api/claims/{claim}/transitions/", {"action": "assign"}, [401, 200, 200, 200, 200, 403]),
    ("post", "/api/claims/{claim}/transitions/", {"action": "sign_off"}, [401, 403, 403, 409, 409, 403]),
    ("post", "/api/claims/{claim}/transitions/", {"action": "return", "note": "Why?"}, [401, 403, 403, 409, 409, 403]),
    ("post", "/api/claims/{claim}/transitions/", {"action": "reopen"}, [401, 403, 403, 409, 409, 403]),
]


def fill(value, world):
    if isinstance(value, dict):
        return {k: fill(v, world) for k, v in value.items()}
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        world["claim"].refresh_from_db()
        return {"{source}": world["source"].pk, "{version}": world["claim"].version}[value]
    return value


@pytest.mark.parametrize("method,path,body,expected", MATRIX, ids=[f"{m} {p} {(b or {}).get('action', '')}" for m, p, b, _ in MATRIX])
@pytest.mark.parametrize("role", ROLES)
def test_api_matrix(world, role, method, path, body, expected):
    url = path.format(article=world["article"].pk, claim=world["claim"].pk, flag=world["flag"].pk)
    response = getattr(client_for(world, role), method)(url, fill(body, world), format="json")
    assert response.status_code == expected[ROLES.index(role)], response.content[:300]
    if response.status_code in (403, 409) and "transitions" in path and role != "outsider":
        assert "rule" in response.json()


def test_sign_off_after_the_flag_is_acknowledged_then_claimreview(world):
    checker, editor = client_for(world, "checker"), client_for(world, "editor")
    claim = world["claim"]
    assert checker.post(f"/api/claims/{claim.pk}/transitions/", {"action": "propose", "verdict": "accurate",
                                                                 "rationale": "Log."}, format="json").status_code == 200
    assert checker.post(f"/api/flags/{world['flag'].pk}/acknowledge/", {}, format="json").status_code == 200
    assert editor.post(f"/api/claims/{claim.pk}/transitions/", {"action": "sign_off"}, format="json").status_code == 200
    assert checker.get(f"/api/claims/{claim.pk}/claimreview/").status_code == 200
    assert editor.post(f"/api/claims/{claim.pk}/transitions/", {"action": "reopen", "note": "new data"},
                       format="json").json()["status"] == "in_review"
