"""A whole review driven through the JSON API against a live server and worker: import the seed
article (the demo article where the seed is absent), find the 250/300 flag, resolve it, attach
evidence, propose, sign off. Prints the time of every request and their median.
Run: python bench/api_walkthrough.py
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "cecot-prison-chief-article.txt"
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}/api"
timings = []


def call(method, path, body=None, token=None, expect=(200, 201)):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Token {token}")
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, payload = response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as exc:
        status, payload = exc.code, json.loads(exc.read() or b"null")
    elapsed = time.perf_counter() - t0
    timings.append((f"{method} {path}", status, elapsed))
    print(f"{method:5} {path:45} {status}  {elapsed * 1000:7.1f} ms")
    if status not in expect:
        raise SystemExit(f"unexpected {status}: {payload}")
    return payload


def walk():
    text = SEED.read_text("utf-8") if SEED.exists() else (ROOT / "claims" / "demo" / "article.txt").read_text("utf-8")
    checker = call("POST", "/auth/token/", {"username": "checker", "password": "factcheck-demo"})["token"]
    editor = call("POST", "/auth/token/", {"username": "editor", "password": "factcheck-demo"})["token"]
    article = call("POST", "/articles/", {"title": "Walkthrough", "text": text, "published": "2025-03-25"}, checker)
    flag = None
    for _ in range(100):
        flags = call("GET", f"/flags/?article={article['id']}&rule=divergent_figures&status=open", token=checker)
        if flags["results"]:
            flag = flags["results"][0]
            break
        time.sleep(0.1)
    if flag is None:
        raise SystemExit("the worker raised no flag")
    claim_id = min(flag["claims"])
    # the claim's measure is shared with the demo article, whose figures are flagged too
    for other in call("GET", "/flags/?status=open&page_size=500", token=editor)["results"]:
        if claim_id in other["claims"]:
            call("POST", f"/flags/{other['id']}/resolve/", {"note": "The later count is the current one."}, editor)
    call("POST", f"/claims/{claim_id}/transitions/", {"action": "assign"}, checker)
    source = call("POST", "/sources/", {"url": "https://example.org/registry", "title": "Prison registry",
                                         "publisher": "Ministry", "kind": "official", "reliability": 3}, checker)
    call("POST", f"/claims/{claim_id}/evidence/", {"source": source["id"], "stance": "supports", "value": 261}, checker)
    call("POST", f"/claims/{claim_id}/transitions/", {"action": "propose", "verdict": "mostly_accurate",
                                                      "rationale": "The registry lists 261."}, checker)
    call("POST", f"/claims/{claim_id}/transitions/", {"action": "sign_off"}, editor)
    call("GET", f"/claims/{claim_id}/claimreview/", token=checker)
    call("GET", f"/claims/{claim_id}/history/", token=checker)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, VAR_DIR=tmp, DATABASE_URL=f"sqlite:///{tmp}/walk.sqlite3", CELERY_QUEUE="factcheck-walk")
        run = dict(cwd=ROOT, env=env)
        subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], check=True, **run)
        subprocess.run([sys.executable, "manage.py", "load_demo"], check=True, stdout=subprocess.DEVNULL, **run)
        procs = [subprocess.Popen([sys.executable, "manage.py", "runserver", f"127.0.0.1:{PORT}", "--noreload"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **run),
                 subprocess.Popen([sys.executable, "-m", "celery", "-A", "factcheck", "worker", "--pool", "threads",
                                   "-c", "2", "-l", "WARNING"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **run)]
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{PORT}/api/schema/", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            walk()
        finally:
            for p in procs:
                p.terminate()
                p.wait(20)
    times = [t for _, _, t in timings]
    print(f"{len(times)} requests, median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms (import with extraction: {timings[2][2] * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
