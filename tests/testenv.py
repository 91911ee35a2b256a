"""Loaded before Django starts: keep the tests' broker and queue apart from a running `make run`."""

import os
from pathlib import Path

_var = Path(os.environ.get("VAR_DIR", Path(__file__).resolve().parent.parent / "var"))
os.environ.setdefault("BROKER_DIR", str(_var / "test-broker"))
os.environ.setdefault("CELERY_QUEUE", "factcheck-test")
