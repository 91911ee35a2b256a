import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "cecot-prison-chief-article.txt"


@pytest.fixture
def seed_text():
    if not SEED.exists():
        pytest.skip(f"the seed article is not here ({SEED}); it ships with the project's shared folder only")
    return SEED.read_text("utf-8")


def database_url() -> str:
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{Path(db['NAME']).resolve()}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class WorkerProcess:
    """A real `celery worker` process on the test database and the configured broker."""

    def __init__(self, tmp_path: Path, pool: str = "threads", env: dict | None = None, args: tuple = ()):
        self.log = tmp_path / f"worker-{time.monotonic_ns()}.log"
        self.pool = pool
        self.extra_env = env or {}
        self.args = list(args)
        self.proc = None

    def start(self, timeout: float = 60):
        env = dict(os.environ, DATABASE_URL=database_url(), PYTHONUNBUFFERED="1", **self.extra_env)
        cmd = [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "--pool", self.pool,
               "--concurrency", "2", "--loglevel", "INFO", "--without-gossip", "--without-mingle",
               "--without-heartbeat", "-n", f"test-{time.monotonic_ns()}@%h", *self.args]
        self.handle = self.log.open("w")
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=self.handle, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "ready." in self.log.read_text(errors="replace"):
                return self
            if self.proc.poll() is not None:
                raise RuntimeError("worker died on start:\n" + self.log.read_text())
            time.sleep(0.1)
        raise RuntimeError("worker not ready in time:\n" + self.log.read_text())

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def kill(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()
        self.handle.close()


def purge_broker():
    from factcheck.celery import app

    with app.connection_for_write() as conn:
        conn.default_channel.queue_purge(settings.CELERY_TASK_DEFAULT_QUEUE) if _queue_exists(conn) else None


def _queue_exists(conn):
    try:
        conn.default_channel.queue_declare(settings.CELERY_TASK_DEFAULT_QUEUE, passive=True)
        return True
    except Exception:
        return False


@pytest.fixture
def worker(transactional_db, tmp_path):
    """A running worker; tests that use it run with real commits (transaction=True)."""
    purge_broker()
    w = WorkerProcess(tmp_path).start()
    yield w
    w.stop()


@pytest.fixture
def worker_factory(transactional_db, tmp_path):
    purge_broker()
    started = []

    def make(pool="threads", env=None, args=()):
        w = WorkerProcess(tmp_path, pool=pool, env=env, args=args).start()
        started.append(w)
        return w

    yield make
    for w in started:
        w.stop()


def wait_for(predicate, timeout=30.0, interval=0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met in {timeout}s")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # The default hasher costs ~0.3 s a user by design; tests make many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
