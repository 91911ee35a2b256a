"""A worker killed (SIGKILL) in the middle of a check: the check still completes on a restarted
worker, with no duplicate flag.

With Redis the unacknowledged message is delivered again after the visibility timeout; with the
file broker the message went with the worker, and beat's recheck_stale_articles queues the stale
check again. Both paths are the real ones, in real processes."""

import pytest
from django.conf import settings

from claims.models import CheckRun, CheckStatus, Flag
from tests import factories
from tests.conftest import wait_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.worker]


def big_article():
    lines = ["Again police said more than 250 protesters were held in the square."] * 1500
    lines.append("By the end officials said more than 300 protesters were held in the square.")
    return factories.article(" ".join(lines), title="Long article")


def test_check_survives_a_killed_worker(worker_factory, tmp_path):
    recovery = {"BROKER_VISIBILITY_TIMEOUT": "3", "BROKER_RESTORE_INTERVAL": "1", "CHECK_STALE_AFTER_SECONDS": "2", "RECHECK_INTERVAL_SECONDS": "1"}
    article = big_article()  # queued on commit; no worker is running yet
    first = worker_factory(env=recovery)
    wait_for(lambda: CheckRun.objects.get(article=article).status == CheckStatus.RUNNING, timeout=60, interval=0.01)
    first.kill()
    run = CheckRun.objects.get(article=article)
    assert run.status == CheckStatus.RUNNING, "the worker was killed after the check had finished; make it longer"

    beat = ("-B", "-s", str(tmp_path / "beat-schedule"))
    worker_factory(env=recovery, args=beat if settings.CELERY_BROKER_URL.startswith("fsatomic") else ())
    wait_for(lambda: CheckRun.objects.get(article=article).status == CheckStatus.DONE, timeout=120, interval=0.2)
    flags = Flag.objects.filter(article=article)
    assert flags.count() == 1
    assert flags.get().claims.count() == 1501
