import json

from django.core.management.base import BaseCommand, CommandError

from claims import consistency
from claims.consistency import items_from_figures
from claims.figures import NumberTooLong, extract

from ._common import read_article


class Command(BaseCommand):
    help = "Print the figures of a text and the findings of the rules; writes nothing."

    def add_arguments(self, parser):
        parser.add_argument("path", help="file to read, or - for stdin")
        parser.add_argument("--json", action="store_true", help="print JSON (the default output is a table)")

    def handle(self, *args, **options):
        text = read_article(options["path"])
        try:
            figures = extract(text)
        except NumberTooLong as exc:
            raise CommandError(f"A number too long to be a figure: {str(exc)[:40]}", returncode=2) from None
        findings = consistency.check(items_from_figures(figures))
        if options["json"]:
            out = {
                "figures": [dict(f.to_dict(), measure=f.measure) for f in figures],
                "findings": [
                    {"rule": x.rule, "severity": x.severity, "message": x.message, "figures": x.items}
                    for x in findings
                ],
            }
            self.stdout.write(json.dumps(out, indent=2, ensure_ascii=False))
            return
        for n, f in enumerate(figures):
            self.stdout.write(f"{n:>3}  {f.text:<40} {f.unit:<12} {f.describe():<24} {f.measure_label}")
        for x in findings:
            self.stdout.write(f"[{x.severity}] {x.rule}: {x.message}")
