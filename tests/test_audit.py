"""Every write, by any path, leaves one history row naming the acting user."""

import ast
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.actions import acting_as, save_with_reason
from claims.models import Article, Claim, Measure
from claims.tasks import run_check
from tests import factories

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def test_import_command_history_names_the_user(tmp_path):
    checker = factories.user("Fact-checkers")
    path = tmp_path / "a.txt"
    path.write_text("The council spent $4.5bn on 12 bridges.", "utf-8")
    out = StringIO()
    call_command("import_article", str(path), "--title", "Bridges", "--user", checker.username, stdout=out)
    article = Article.objects.get(pk=int(out.getvalue().strip().splitlines()[-1]))
    assert [h.history_user for h in article.history.all()] == [checker]
    for claim in article.claims.all():
        assert [(h.history_user, h.history_change_reason) for h in claim.history.all()] == [(checker, "extracted on import")]
    for measure in Measure.objects.all():
        assert measure.history.get().history_user == checker


def test_import_command_without_user_names_the_bot(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("About 30 firms bid.", "utf-8")
    out = StringIO()
    call_command("import_article", str(path), "--title", "Bids", stdout=out)
    article = Article.objects.get(pk=int(out.getvalue().strip().splitlines()[-1]))
    assert article.history.get().history_user.username == "factcheck-bot"


def test_check_task_history_names_the_requesting_user():
    checker = factories.user("Fact-checkers")
    article = factories.article("More than 250 were held. Later more than 300 were held.", by=checker)
    run_check(article.pk, checker)
    flag = article.flags.get()
    # Two rows: the flag, then the claims it ties together (a many-to-many write of its own).
    assert [h.history_user for h in flag.history.all()] == [checker, checker]
    assert article.check_run.history.first().history_user == checker


def test_web_import_history_names_the_signed_in_user(client):
    checker = factories.user("Fact-checkers")
    client.force_login(checker)
    response = client.post("/articles/import/", {"title": "Web", "text": "Nearly 90 people died."})
    assert response.status_code == 302
    article = Article.objects.get(title="Web")
    assert article.history.get().history_user == checker
    assert article.claims.get().history.get().history_user == checker


def test_admin_edit_history_names_the_admin(client):
    admin = factories.user("Admins", is_staff=True, is_superuser=True)
    article = factories.article("Around 500 homes flooded.")
    claim = article.claims.get()
    client.force_login(admin)
    url = f"/admin/claims/claim/{claim.pk}/change/"
    data = {f.name: getattr(claim, f.attname) for f in Claim._meta.concrete_fields if f.editable and f.name != "id"}
    data = {k: ("" if v is None else v) for k, v in data.items()}
    data.update(attribution="County officials", article=claim.article_id, measure=claim.measure_id or "")
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:2000]
    claim.refresh_from_db()
    assert claim.attribution == "County officials"
    assert claim.history.first().history_user == admin


def test_every_model_write_through_save_has_one_history_row_each():
    user = factories.user("Editors")
    with acting_as(user):
        m = save_with_reason(Measure(label="x", unit="count"), "made")
        m.notes = "more"
        save_with_reason(m, "noted")
    assert [(h.history_user, h.history_change_reason) for h in m.history.order_by("history_id")] == [
        (user, "made"), (user, "noted")]


TRACKED = ("Article", "Claim", "Measure", "Source", "Evidence", "Flag", "CheckRun")


QUERYSET_HINTS = {"objects", "filter", "exclude", "all", "select_for_update", "select_related",
                  "prefetch_related", "order_by", "history", "claims", "flags", "evidence"}


def _chain_names(node):
    names = []
    while True:
        if isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Attribute):
            names.append(node.attr)
            node = node.value
        else:
            return names


def test_no_queryset_update_or_bulk_write_in_the_app():
    """history is written by save(); QuerySet.update() and bulk_* would skip it silently."""
    offenders = []
    for path in (ROOT / "claims").rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                name = node.func.attr
                if name in ("bulk_create", "bulk_update", "update_or_create") or (
                    name == "update" and QUERYSET_HINTS.intersection(_chain_names(node.func.value))
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: .{name}()")
    assert offenders == []


def test_the_source_check_catches_a_queryset_update(tmp_path):
    tree = ast.parse("Claim.objects.filter(pk=1).update(value=2)")
    call = tree.body[0].value
    assert call.func.attr == "update"
    assert QUERYSET_HINTS.intersection(_chain_names(call.func.value))
