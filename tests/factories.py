"""Small builders for test records; every write goes through the actions, as in the app."""

import importlib
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.actions import acting_as, do_import_article, save_with_reason
from claims.models import Evidence, Source

_seq = itertools.count(1)


def ensure_roles():
    """Transactional tests flush the database, data migrations included: make the roles again."""
    if Group.objects.filter(name="Editors").exists():
        return
    from django.apps import apps

    importlib.import_module("claims.migrations.0002_roles").make_roles(apps, None)


def user(role: str | None = None, **kwargs):
    ensure_roles()
    name = kwargs.pop("username", None) or f"{(role or 'user').lower().replace('-', '')}{next(_seq)}"
    u = get_user_model().objects.create_user(name, password="pw-for-tests", **kwargs)
    if role:
        u.groups.add(Group.objects.get(name=role))
    return u


def article(text: str = "Officials said 120 people were arrested, up from 45.", *, by=None, **kwargs):
    by = by or user("Fact-checkers")
    kwargs.setdefault("title", "Test article")
    return do_import_article(text=text, acting_user=by, **kwargs)


def source(*, by, **kwargs):
    kwargs.setdefault("url", "https://example.org/report")
    kwargs.setdefault("title", "A report")
    with acting_as(by):
        return save_with_reason(Source(created_by=by, **kwargs), "added")


def evidence(claim, *, by, src=None, **kwargs):
    kwargs.setdefault("stance", "supports")
    with acting_as(by):
        return save_with_reason(Evidence(claim=claim, source=src or source(by=by), added_by=by, **kwargs), "added")


ROLE_USERS = {"checker": "Fact-checkers", "checker2": "Fact-checkers", "editor": "Editors", "admin": "Admins",
              "outsider": None}
DIVERGENT = "Police held more than 250 protesters. Later more than 300 protesters were held, they said."


def review_world(text: str = DIVERGENT) -> dict:
    """One user per role, an article checked with its 250/300 flag, its first claim assigned to
    "checker" with one piece of evidence: the ground both permission matrices stand on."""
    from claims import workflow
    from claims.tasks import run_check

    people = {name: user(role, username=name) for name, role in ROLE_USERS.items()}
    art = article(text, by=people["checker"])
    run_check(art.pk, people["checker"])
    claim = art.claims.order_by("start").first()
    workflow.assign(claim.pk, assignee=people["checker"], acting_user=people["checker"])
    src = source(by=people["checker"])
    evidence(claim, by=people["checker"], src=src, value=260)
    return {"people": people, "article": art, "claim": claim, "flag": art.flags.get(), "source": src}
