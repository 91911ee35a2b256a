"""Jobs on a real worker process: enqueued after commit, never on rollback, run, idempotent."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction

from claims.actions import do_edit_claim
from claims.models import CheckRun, CheckStatus, Flag, FlagStatus
from tests import factories
from tests.conftest import wait_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]

DIVERGENT = ("Police said more than 250 protesters were detained on Monday. "
             "Officials later said more than 300 protesters were detained in the capital on Monday.")


def check_done(article):
    run = CheckRun.objects.get(article=article)
    return run if run.status == CheckStatus.DONE else None


def queued_messages() -> int:
    if not settings.CELERY_BROKER_URL.startswith("fsatomic"):
        return -1
    folder = Path(settings.CELERY_BROKER_TRANSPORT_OPTIONS["data_folder_in"])
    return sum(1 for name in os.listdir(folder) if name.endswith(f".{settings.CELERY_TASK_DEFAULT_QUEUE}.msg"))


def test_import_runs_the_check_on_the_worker_and_flags_the_divergence(worker):
    article = factories.article(DIVERGENT)
    wait_for(lambda: check_done(article))
    flag = Flag.objects.get(article=article)
    assert flag.rule == "divergent_figures"
    assert flag.status == FlagStatus.OPEN
    assert sorted(c.quote for c in flag.claims.all()) == ["more than 250", "more than 300"]
    # The flag was written by the worker, naming the user who imported.
    assert flag.history.first().history_user == article.imported_by


def test_saving_a_claim_enqueues_the_check_after_commit_only(worker):
    article = factories.article("Some 40 people attended.")
    wait_for(lambda: check_done(article))
    claim = article.claims.get()
    before = CheckRun.objects.get(article=article).finished_at
    with transaction.atomic():
        do_edit_claim(claim.pk, version=claim.version, acting_user=article.imported_by, attribution="Police")
        # Inside the transaction nothing has reached the broker yet.
        if queued_messages() >= 0:
            assert queued_messages() == 0
        assert CheckRun.objects.get(article=article).finished_at == before
    wait_for(lambda: CheckRun.objects.get(article=article).finished_at != before and check_done(article))


def test_rolled_back_save_enqueues_nothing(worker):
    article = factories.article("Some 40 people attended.")
    wait_for(lambda: check_done(article))
    claim = article.claims.get()
    run_before = CheckRun.objects.get(article=article)
    with pytest.raises(RuntimeError), transaction.atomic():
        do_edit_claim(claim.pk, version=claim.version, acting_user=article.imported_by, attribution="X")
        raise RuntimeError("the user's request failed after the save")
    # Give a worker ample time to pick up a message, had one been sent.
    import time

    time.sleep(1.5)
    run = CheckRun.objects.get(article=article)
    assert run.finished_at == run_before.finished_at
    assert run.history.count() == run_before.history.count()
    claim.refresh_from_db()
    assert claim.attribution == "" and claim.version == 1


def test_running_the_check_again_changes_no_flag(worker):
    article = factories.article(DIVERGENT)
    wait_for(lambda: check_done(article))
    flag = Flag.objects.get(article=article)
    revisions = flag.history.count()
    from claims.actions import request_check

    with transaction.atomic():
        request_check(article, acting_user=article.imported_by)
    wait_for(lambda: check_done(article))
    assert Flag.objects.filter(article=article).count() == 1
    flag.refresh_from_db()
    assert flag.history.count() == revisions


def test_fixing_the_figure_resolves_the_flag_with_a_reason(worker):
    article = factories.article(DIVERGENT)
    wait_for(lambda: check_done(article))
    claim = article.claims.get(quote="more than 250")
    with transaction.atomic():
        do_edit_claim(claim.pk, version=claim.version, acting_user=article.imported_by,
                      value=300, lower=300, pragmatic_lower=300, pragmatic_upper=400,
                      reason="the figure is 300 in the corrected text")
    flag = wait_for(lambda: Flag.objects.filter(article=article, status=FlagStatus.RESOLVED).first())
    assert "no longer" in flag.resolution_note


@pytest.mark.skipif(not settings.CELERY_BROKER_URL.startswith("fsatomic"), reason="file broker only")
def test_file_broker_survives_5000_messages(worker):
    """kombu's stock file transport loses messages read half-written (issue #1551); ours must
    deliver all of them with the worker alive."""
    from claims.tasks import check_article

    for n in range(5000):
        check_article.delay(10_000_000 + n)  # no such article: the task ends at once
    wait_for(lambda: queued_messages() == 0, timeout=240, interval=0.5)
    # the queue is empty once the worker has taken the last messages, which it may still be
    # running: wait for their log lines (a lost message never logs, and this times out)
    done = "is gone; nothing to check"
    try:
        wait_for(lambda: worker.output().count(done) >= 5000, timeout=60, interval=0.5)
    finally:
        out = worker.output()
        assert worker.proc.poll() is None
        assert "JSONDecodeError" not in out and "Traceback" not in out
        assert out.count(done) == 5000


def test_seed_article_imported_by_the_command_is_checked_by_the_worker(worker, seed_text, tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT, database_url

    path = tmp_path / "seed.txt"
    path.write_text(seed_text, "utf-8")
    env = dict(os.environ, DATABASE_URL=database_url())
    out = subprocess.run([sys.executable, "manage.py", "import_article", str(path), "--title", "Seed"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    from claims.models import Article

    article = Article.objects.get(pk=int(out.stdout.strip().splitlines()[-1]))
    wait_for(lambda: check_done(article), timeout=60)
    flag = Flag.objects.get(article=article, rule="divergent_figures", status=FlagStatus.OPEN)
    assert sorted(c.quote for c in flag.claims.all()) == ["more than 250"] + ["more than 300"] * 3
    before = {f.pk: f.history.count() for f in Flag.objects.filter(article=article)}
    from claims.actions import request_check

    with transaction.atomic():
        request_check(article, acting_user=article.imported_by)
    wait_for(lambda: check_done(article))
    assert {f.pk: f.history.count() for f in Flag.objects.filter(article=article)} == before


@pytest.mark.skipif(not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
                    reason="holds SQLite's write lock from outside; the PostgreSQL run covers the rest")
def test_a_database_error_is_retried_with_backoff(worker_factory):
    """The worker meets 'database is locked' (another writer holds the lock past its busy
    timeout): the task is retried with backoff and completes once the lock is gone."""
    import sqlite3
    import time

    article = factories.article(DIVERGENT)  # queued on commit; no worker yet
    lock = sqlite3.connect(settings.DATABASES["default"]["NAME"], timeout=30)
    lock.execute("BEGIN IMMEDIATE")  # a long writer: nobody else may write now
    try:
        w = worker_factory(env={"SQLITE_TIMEOUT": "0.2"})
        wait_for(lambda: "Retry in" in w.output(), timeout=60, interval=0.1)
        time.sleep(0.5)
    finally:
        lock.rollback()
        lock.close()
    wait_for(lambda: check_done(article), timeout=60)
    assert Flag.objects.filter(article=article, rule="divergent_figures").count() == 1
    assert "OperationalError" in w.output()
