import json

from django.core.management.base import BaseCommand, CommandError

from claims.models import Article
from claims.serializers import article_export


class Command(BaseCommand):
    help = "Print an article with its claims and flags as JSON."

    def add_arguments(self, parser):
        parser.add_argument("article_id", type=int)
        parser.add_argument("--json", action="store_true", help="JSON output (the only format for now)")

    def handle(self, *args, **options):
        article = Article.objects.filter(pk=options["article_id"]).first()
        if article is None:
            raise CommandError(f"No article with id {options['article_id']}.", returncode=2)
        self.stdout.write(json.dumps(article_export(article), indent=2, ensure_ascii=False, default=str))
