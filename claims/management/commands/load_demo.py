"""Demo users for each role and the demo article: what `make run` loads on a fresh machine."""

import datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from claims.actions import acting_as, do_import_article, system_user
from claims.models import Article

DEMO_TITLE = "El Salvador's jailer-in-chief, and the U.S. deportees now in his care"
DEMO_USERS = [
    ("checker", "Fact-checkers", False),
    ("checker2", "Fact-checkers", False),
    ("editor", "Editors", False),
    ("admin", "Admins", True),
]
DEMO_PASSWORD = "factcheck-demo"


class Command(BaseCommand):
    help = "Create the demo users (one per role) and import the demo article, once."

    def handle(self, *args, **options):
        User = get_user_model()
        with transaction.atomic(), acting_as(system_user()):
            for username, group, staff in DEMO_USERS:
                user = User.objects.filter(username=username).first()
                if user is None:
                    user = User.objects.create_user(username, password=DEMO_PASSWORD, is_staff=staff,
                                                    is_superuser=staff)
                user.groups.add(Group.objects.get(name=group))
        if not Article.objects.filter(title=DEMO_TITLE).exists():
            text = (Path(__file__).resolve().parents[2] / "demo" / "article.txt").read_text("utf-8")
            article = do_import_article(
                title=DEMO_TITLE, text=text, outlet="Demo Desk", published=datetime.date(2025, 3, 25),
                acting_user=User.objects.get(username="checker"))
            self.stdout.write(f"Demo article imported (id {article.pk}, {article.claims.count()} claims).")
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for username, group, _ in DEMO_USERS:
            self.stdout.write(f"  {username:<9} {group}")
