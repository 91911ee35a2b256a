from django.core.management.base import BaseCommand, CommandError

from claims.models import Article
from claims.tasks import run_check

from ._common import acting_user, add_user_argument


class Command(BaseCommand):
    help = "Run an article's consistency check now, in this process, and print its flags."

    def add_arguments(self, parser):
        parser.add_argument("article_id", type=int)
        add_user_argument(parser)

    def handle(self, *args, **options):
        if not Article.objects.filter(pk=options["article_id"]).exists():
            raise CommandError(f"No article with id {options['article_id']}.", returncode=2)
        counts = run_check(options["article_id"], acting_user(options["user"]))
        self.stdout.write("Check done: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        article = Article.objects.get(pk=options["article_id"])
        for flag in article.flags.prefetch_related("claims").order_by("pk"):
            ids = ",".join(str(c.pk) for c in flag.claims.all())
            self.stdout.write(f"#{flag.pk} [{flag.severity}/{flag.status}] {flag.rule} claims {ids}: {flag.message}")
