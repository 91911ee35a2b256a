"""The commands: analyze writes nothing; import refuses bad input with status 2 and a message."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claims.models import Article, Claim, Flag
from tests import factories

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, input=stdin, capture_output=True,
                          timeout=120, env=_env())


def _env():
    import os

    from tests.conftest import database_url

    return dict(os.environ, DATABASE_URL=database_url())


pytestmark = pytest.mark.django_db(transaction=True)


def test_analyze_json_on_the_seed_writes_nothing(seed_text, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, "utf-8")
    result = manage("analyze", str(path), "--json")
    assert result.returncode == 0, result.stderr.decode()
    out = json.loads(result.stdout)
    figures = out["figures"]
    assert {"start", "end", "text", "value", "lower", "upper", "unit", "qualifier", "noun", "sentence", "measure"} <= set(figures[0])
    texts = [f["text"] for f in figures]
    diverge = [f for f in out["findings"] if f["rule"] == "divergent_figures"]
    assert len(diverge) == 1
    assert sorted(texts[i] for i in diverge[0]["figures"]) == ["more than 250"] + ["more than 300"] * 3
    assert Article.objects.count() == 0 and Claim.objects.count() == 0


def test_import_prints_the_id_last_and_check_article_flags_it(seed_text, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, "utf-8")
    result = manage("import_article", str(path), "--title", "Seed", "--published", "2025-03-25")
    assert result.returncode == 0, result.stderr.decode()
    article_id = int(result.stdout.decode().strip().splitlines()[-1])
    result = manage("check_article", str(article_id))
    assert result.returncode == 0, result.stderr.decode()
    assert "divergent_figures" in result.stdout.decode()
    flag = Flag.objects.get(article_id=article_id, rule="divergent_figures")
    assert sorted(c.quote for c in flag.claims.all()) == ["more than 250"] + ["more than 300"] * 3
    again = manage("check_article", str(article_id))
    assert "0 created, 0 updated, 0 resolved" in again.stdout.decode()
    export = json.loads(manage("export_article", str(article_id), "--json").stdout)
    assert {"article", "claims", "flags"} == set(export)
    assert export["flags"][0]["claims"] and {"id", "rule", "severity", "status", "message"} <= set(export["flags"][0])
    assert {"id", "start", "end", "text", "value", "lower", "upper", "unit", "qualifier", "measure", "status"} <= set(export["claims"][0])


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b"   \n  ", "empty"),
    (b"\xff\xfe\x00\x00binary\x00data", "binary"),
    ("Caf\u00e9 prices rose 5%".encode("latin-1"), "not UTF-8"),
    (b"<html><body><script>alert(1)</script><script>x()</script></body></html>", "no readable article text"),
    (b"Reference 1234567890123456789012345 was filed.", "too long"),
])
def test_import_refuses_bad_input_with_status_2_and_writes_nothing(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = manage("import_article", str(path), "--title", "Bad")
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert Article.objects.count() == 0 and Claim.objects.count() == 0


def test_import_refuses_a_file_over_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"About 40 people. " * (2 * 1024 * 1024 // 17 + 10))
    result = manage("import_article", str(path), "--title", "Big")
    assert result.returncode == 2 and "limit" in result.stderr.decode()
    assert Article.objects.count() == 0


def test_import_of_text_without_figures_makes_zero_claims(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Nothing numeric happened here.", "utf-8")
    result = manage("import_article", "-", "--title", "Plain", stdin=path.read_bytes())
    assert result.returncode == 0
    assert Article.objects.get().claims.count() == 0


def test_html_page_is_stripped_to_its_text_and_offsets_match(tmp_path):
    html = b"<html><head><style>p{}</style></head><body><nav>Menu 12</nav><p>More than 250 were held.</p><script>var x=99;</script></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(html)
    result = manage("import_article", str(path), "--title", "Page")
    assert result.returncode == 0, result.stderr.decode()
    article = Article.objects.get()
    assert "script" not in article.text and "99" not in article.text and "Menu" not in article.text
    claim = article.claims.get()
    assert article.text[claim.start : claim.end] == claim.quote == "More than 250"


def test_web_import_shows_the_error_and_writes_nothing(client):
    client.force_login(factories.user("Fact-checkers"))
    response = client.post("/articles/import/", {"title": "x", "text": ""})
    assert response.status_code == 400
    assert b"empty" in response.content
    assert Article.objects.count() == 0


def test_bad_setting_fails_loudly():
    import os

    env = dict(os.environ, DEBUG="perhaps")
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, timeout=60)
    assert result.returncode != 0 and b"DEBUG must be a boolean" in result.stderr
    env = dict(os.environ, DEBUG="0")
    env.pop("SECRET_KEY", None)
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, timeout=60)
    assert result.returncode != 0 and b"SECRET_KEY must be set" in result.stderr
