"""What the desk's commands share: who acts, and how input is read."""

import sys
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from claims.actions import system_user
from claims.sanitize import InputRefused, article_text


def add_user_argument(parser):
    parser.add_argument(
        "--user",
        help="username the audit history names for this change (default: the factcheck-bot account)",
    )


def acting_user(username):
    if not username:
        return system_user()
    try:
        return get_user_model().objects.get(username=username)
    except get_user_model().DoesNotExist:
        raise CommandError(f"No user named {username!r}.", returncode=2) from None


def read_article(path: str) -> str:
    """The text of PATH ('-' for stdin); bad input ends the command with status 2."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(settings.MAX_ARTICLE_BYTES + 1)
        else:
            with Path(path).open("rb") as handle:
                data = handle.read(settings.MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise CommandError(f"Cannot read {path}: {exc.strerror}.", returncode=2) from None
    try:
        return article_text(data, max_bytes=settings.MAX_ARTICLE_BYTES)
    except InputRefused as exc:
        raise CommandError(str(exc), returncode=2) from None
