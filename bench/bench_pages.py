"""Page speed against the Django admin in the same run: the article page with 500 claims and the
claim list over 10,000 claims, each against the admin changelist of the same claims.
Median of 20 requests each, through Django's test client on a throw-away SQLite database.
Run: python bench/bench_pages.py
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_ms(client, url, n=20):
    client.get(url)  # warm
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - t0)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times) * 1000


def main():
    tmp = tempfile.mkdtemp()
    os.environ.update(VAR_DIR=tmp, DATABASE_URL=f"sqlite:///{tmp}/pages.sqlite3", DJANGO_SETTINGS_MODULE="factcheck.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import transaction
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from claims.actions import acting_as, do_import_article, save_with_reason
    from claims.models import Claim

    admin = get_user_model().objects.create_superuser("bench-admin", password="x")
    admin.groups.add(Group.objects.get(name="Admins"))
    sentence = "Officials said more than 250 people were detained, up from about 120. "
    with transaction.atomic():
        article = do_import_article(title="Big", text=sentence * 250, acting_user=admin)
        other = do_import_article(title="Other", text="Some 40 people attended.", acting_user=admin)
        proto = other.claims.get()
        with acting_as(admin):
            for _ in range(10_000 - Claim.objects.count()):
                proto.pk = None
                save_with_reason(proto, "bench")
    client = Client()
    client.force_login(admin)
    n_article = article.claims.count()
    rows = [
        (f"article page, {n_article} claims", f"/articles/{article.pk}/",
         f"/admin/claims/claim/?article__id__exact={article.pk}"),
        (f"claim list, {Claim.objects.count():,} claims", "/claims/", "/admin/claims/claim/"),
    ]
    for label, ours, theirs in rows:
        a, b = median_ms(client, ours), median_ms(client, theirs)
        print(f"{label}: desk {a:.1f} ms, admin changelist {b:.1f} ms, ratio desk/admin {a / b:.2f} (goal <= 1)")


if __name__ == "__main__":
    main()
