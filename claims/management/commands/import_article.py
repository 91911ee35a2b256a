import datetime

from django.core.management.base import BaseCommand, CommandError

from claims.actions import ImportRefused, do_import_article

from ._common import acting_user, add_user_argument, read_article


class Command(BaseCommand):
    help = "Import an article (UTF-8 text or a saved HTML page): one candidate claim per figure."

    def add_arguments(self, parser):
        parser.add_argument("path", help="file to read, or - for stdin")
        parser.add_argument("--title", required=True)
        parser.add_argument("--url", default="")
        parser.add_argument("--outlet", default="")
        parser.add_argument("--published", help="YYYY-MM-DD")
        add_user_argument(parser)

    def handle(self, *args, **options):
        published = None
        if options["published"]:
            try:
                published = datetime.date.fromisoformat(options["published"])
            except ValueError:
                raise CommandError(f"--published must be YYYY-MM-DD, got {options['published']!r}.", returncode=2) from None
        user = acting_user(options["user"])
        text = read_article(options["path"])
        try:
            article = do_import_article(title=options["title"], text=text, url=options["url"],
                                        outlet=options["outlet"], published=published, acting_user=user)
        except ImportRefused as exc:
            raise CommandError(str(exc), returncode=2) from None
        count = article.claims.count()
        self.stdout.write(f"Imported {article.title!r}: {count} claims; the check is queued.")
        self.stdout.write(str(article.pk))
