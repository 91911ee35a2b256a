"""The permission matrix: every role against every page and write, with the exact outcome.

Roles: anonymous, a fact-checker (the claim's assignee), another fact-checker, an editor, an
admin, and an outsider (signed in, in no role group)."""

import pytest
from django.urls import reverse

from claims import workflow
from claims.models import ClaimStatus
from tests import factories

pytestmark = pytest.mark.django_db
ROLES = ["anonymous", "checker", "checker2", "editor", "admin", "outsider"]


@pytest.fixture
def world():
    return factories.review_world()


def client_for(client, world, role):
    if role != "anonymous":
        client.force_login(world["people"][role])
    return client


READS = {  # url name, args -> expected status per role
    "dashboard": ({}, [302, 200, 200, 200, 200, 403]),
    "articles": ({}, [302, 200, 200, 200, 200, 403]),
    "claims": ({}, [302, 200, 200, 200, 200, 403]),
    "flags": ({}, [302, 200, 200, 200, 200, 403]),
    "sources": ({}, [302, 200, 200, 200, 200, 403]),
    "import": ({}, [302, 200, 200, 200, 200, 403]),
    "source_add": ({}, [302, 200, 200, 200, 200, 403]),
    "audit": ({}, [302, 403, 403, 403, 200, 403]),
}


@pytest.mark.parametrize("name", list(READS))
@pytest.mark.parametrize("role", ROLES)
def test_pages(client, world, name, role):
    kwargs, expected = READS[name]
    response = client_for(client, world, role).get(reverse(f"claims:{name}", kwargs=kwargs))
    assert response.status_code == expected[ROLES.index(role)]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", ["article", "claim", "measure", "check_status", "article_csv", "queue", "audit_record"])
def test_record_pages(client, world, role, page):
    w = world
    urls = {"article": ("claims:article", [w["article"].pk]), "claim": ("claims:claim", [w["claim"].pk]),
            "measure": ("claims:measure", [w["claim"].measure_id]),
            "check_status": ("claims:check_status", [w["article"].pk]),
            "article_csv": ("claims:article_csv", [w["article"].pk]), "queue": ("claims:queue", ["mine"]),
            "audit_record": ("claims:audit_record", ["claim", w["claim"].pk])}
    name, args = urls[page]
    expected = [302, 200, 200, 200, 200, 403] if page != "audit_record" else [302, 403, 403, 403, 200, 403]
    response = client_for(client, w, role).get(reverse(name, args=args))
    assert response.status_code == expected[ROLES.index(role)]


def post(client, world, role, name, args, data=None):
    return client_for(client, world, role).post(reverse(name, args=args), data or {})


@pytest.mark.parametrize("role,status,outcome", [
    ("anonymous", 302, ClaimStatus.IN_REVIEW), ("checker", 302, ClaimStatus.PROPOSED),
    ("checker2", 403, ClaimStatus.IN_REVIEW), ("editor", 302, ClaimStatus.PROPOSED),
    ("admin", 302, ClaimStatus.PROPOSED), ("outsider", 403, ClaimStatus.IN_REVIEW),
])
def test_propose(client, world, role, status, outcome):
    claim = world["claim"]
    response = post(client, world, role, "claims:transition", [claim.pk, "propose"],
                    {"verdict": "accurate", "rationale": "The log says 260."})
    assert response.status_code == status
    claim.refresh_from_db()
    assert claim.status == outcome


@pytest.mark.parametrize("role,status,signed", [
    ("anonymous", 302, False), ("checker", 403, False), ("checker2", 403, False),
    ("editor", 302, True), ("admin", 302, True), ("outsider", 403, False),
])
def test_sign_off(client, world, role, status, signed):
    claim = world["claim"]
    workflow.propose(claim.pk, verdict="accurate", rationale="ok", acting_user=world["people"]["checker"])
    workflow.acknowledge_flag(world["flag"].pk, acting_user=world["people"]["checker"])
    response = post(client, world, role, "claims:transition", [claim.pk, "sign_off"])
    assert response.status_code == status
    claim.refresh_from_db()
    assert (claim.status == ClaimStatus.SIGNED_OFF) is signed


@pytest.mark.parametrize("role,status,returned", [
    ("anonymous", 302, False), ("checker", 403, False), ("checker2", 403, False),
    ("editor", 302, True), ("admin", 302, True), ("outsider", 403, False),
])
def test_return(client, world, role, status, returned):
    claim = world["claim"]
    workflow.propose(claim.pk, verdict="accurate", rationale="ok", acting_user=world["people"]["checker"])
    response = post(client, world, role, "claims:transition", [claim.pk, "return"], {"note": "Which log?"})
    assert response.status_code == status
    claim.refresh_from_db()
    assert (claim.status == ClaimStatus.RETURNED) is returned


@pytest.mark.parametrize("role,status,changed", [
    ("anonymous", 302, False), ("checker", 302, True), ("checker2", 302, True),
    ("editor", 302, True), ("admin", 302, True), ("outsider", 403, False),
])
def test_flag_acknowledge(client, world, role, status, changed):
    response = post(client, world, role, "claims:flag_action", [world["flag"].pk, "acknowledge"])
    assert response.status_code == status
    world["flag"].refresh_from_db()
    assert (world["flag"].status == "acknowledged") is changed


@pytest.mark.parametrize("role,status,changed", [
    ("anonymous", 302, False), ("checker", 302, True), ("checker2", 302, True),
    ("editor", 302, True), ("admin", 302, True), ("outsider", 403, False),
])
def test_edit_claim(client, world, role, status, changed):
    claim = world["claim"]
    claim.refresh_from_db()
    data = {"version": claim.version, "value": 260, "lower": 255, "upper": 265, "lower_inclusive": "on",
            "upper_inclusive": "on", "pragmatic_lower": 255, "pragmatic_upper": 265, "unit": "count",
            "qualifier": "", "attribution": "Police"}
    response = post(client, world, role, "claims:claim_edit", [claim.pk], data)
    assert response.status_code == status
    claim.refresh_from_db()
    assert (claim.value == 260) is changed


@pytest.mark.parametrize("role,status,reverted", [
    ("anonymous", 302, False), ("checker", 403, False), ("checker2", 403, False),
    ("editor", 403, False), ("admin", 302, True), ("outsider", 403, False),
])
def test_revert(client, world, role, status, reverted):
    claim = world["claim"]
    first = claim.history.order_by("history_id").first()
    response = post(client, world, role, "claims:audit_revert", ["claim", first.history_id], {"reason": "test"})
    assert response.status_code == status
    claim.refresh_from_db()
    assert (claim.status == ClaimStatus.UNREVIEWED) is reverted


@pytest.mark.parametrize("role,status", [
    ("anonymous", 302), ("checker", 403), ("checker2", 403), ("editor", 302), ("admin", 302), ("outsider", 403),
])
def test_article_sign_off_needs_an_editor(client, world, role, status):
    response = post(client, world, role, "claims:article_sign_off", [world["article"].pk])
    assert response.status_code == status
    world["article"].refresh_from_db()
    assert world["article"].signed_off_at is None  # claims are not signed off yet, for anyone


@pytest.mark.parametrize("role", ROLES)
def test_public_page_only_for_signed_off_claims(client, world, role):
    claim = world["claim"]
    assert client_for(client, world, role).get(reverse("claims:public", args=[claim.pk])).status_code == 404
