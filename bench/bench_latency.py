"""End-to-end time from a claim's save to its flag, median over 20 runs, with the embedded file
broker and with Redis (when a Redis server answers on 127.0.0.1:6379).

Each configuration gets its own throw-away SQLite database and a real worker process. A run edits
a claim so that two figures of one measure stop agreeing, then waits for the flag; the next run
makes them agree again and waits for the flag to resolve.
Run: python bench/bench_latency.py
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 20


def configure(env):
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def measure(label):
    from django.db import transaction

    from claims.actions import do_edit_claim, do_import_article, system_user
    from claims.models import CheckRun, CheckStatus, Flag, FlagStatus

    user = system_user()
    article = do_import_article(title="Bench", acting_user=user,
                                text="Police said 250 people were held. Later 250 people were held.")
    deadline = time.monotonic() + 60
    while CheckRun.objects.get(article=article).status != CheckStatus.DONE:
        if time.monotonic() > deadline:
            raise SystemExit(f"{label}: the worker did not run the first check")
        time.sleep(0.01)
    claim = article.claims.order_by("start").last()
    samples = []
    for n in range(RUNS):
        diverge = n % 2 == 0
        value = 400.0 if diverge else 250.0
        claim.refresh_from_db()
        t0 = time.perf_counter()
        with transaction.atomic():
            do_edit_claim(claim.pk, version=claim.version, acting_user=user, value=value,
                          lower=value - 25, upper=value + 25, pragmatic_lower=value - 25, pragmatic_upper=value + 25)
        want = FlagStatus.OPEN if diverge else FlagStatus.RESOLVED
        while not Flag.objects.filter(article=article, status=want).exists() or (
                not diverge and Flag.objects.filter(article=article, status=FlagStatus.OPEN).exists()):
            if time.perf_counter() - t0 > 30:
                raise SystemExit(f"{label}: no flag after 30 s")
            time.sleep(0.005)
        samples.append(time.perf_counter() - t0)
    return samples


def run_one(label, broker_env):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, VAR_DIR=tmp, DATABASE_URL=f"sqlite:///{tmp}/bench.sqlite3",
                   CELERY_QUEUE="factcheck-bench", **broker_env)
        subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)
        log = open(Path(tmp) / "worker.log", "w")
        worker = subprocess.Popen([sys.executable, "-m", "celery", "-A", "factcheck", "worker", "--pool", "threads",
                                   "-c", "2", "-l", "INFO", "--without-gossip", "--without-mingle"],
                                  cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while "ready." not in (Path(tmp) / "worker.log").read_text() and time.monotonic() < deadline:
                time.sleep(0.1)
            out = subprocess.run([sys.executable, __file__, "--measure", label], cwd=ROOT, env=env,
                                 capture_output=True, text=True, timeout=600)
            print(out.stdout.strip() or out.stderr.strip()[-2000:])
            if out.returncode:
                print((Path(tmp) / "worker.log").read_text()[-3000:])
        finally:
            worker.terminate()
            worker.wait(20)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        configure({})
        samples = measure(sys.argv[2])
        print(f"{sys.argv[2]}: save -> flag median {statistics.median(samples) * 1000:.0f} ms, "
              f"p90 {sorted(samples)[int(len(samples) * 0.9) - 1] * 1000:.0f} ms over {len(samples)} runs")
        return
    run_one("file broker (embedded)", {"CELERY_BROKER_URL": "filesystem://"})
    try:
        import redis

        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=1).ping()
    except Exception:
        print("redis: no server on 127.0.0.1:6379, skipped")
        return
    run_one("redis", {"CELERY_BROKER_URL": "redis://127.0.0.1:6379/6"})


if __name__ == "__main__":
    main()
