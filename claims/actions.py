"""do_* functions: every change of several rows, in one transaction, naming the acting user.

History (django-simple-history) takes the user from `HistoricalRecords.context.request`, which
HistoryRequestMiddleware sets for web requests. `acting_as` sets the same context for commands and
tasks, so that every write, by any path, names who made it.
"""

from __future__ import annotations

import contextlib
import datetime
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from simple_history.models import HistoricalRecords

from . import figures as figures_module
from .models import Article, CheckRun, CheckStatus, Claim, Measure

SYSTEM_USERNAME = "factcheck-bot"
MAX_MEASURE_LABEL = Measure._meta.get_field("label").max_length


class ImportRefused(ValueError):
    """Bad input for an import: the message says what is wrong; nothing was written."""


def system_user():
    user, _ = get_user_model().objects.get_or_create(
        username=SYSTEM_USERNAME, defaults={"is_active": False, "first_name": "Fact-check bot"}
    )
    return user


@contextlib.contextmanager
def acting_as(user):
    """History rows written inside name `user` (commands, tasks, tests)."""
    previous = getattr(HistoricalRecords.context, "request", None)
    HistoricalRecords.context.request = SimpleNamespace(user=user)
    try:
        yield user
    finally:
        if previous is None:
            with contextlib.suppress(AttributeError):
                del HistoricalRecords.context.request
        else:
            HistoricalRecords.context.request = previous


def save_with_reason(obj, reason: str, **kwargs):
    obj._change_reason = reason
    obj.save(**kwargs)
    return obj


def request_check(article: Article, *, acting_user, reason: str = "check requested") -> None:
    """Mark the article's check as queued and enqueue it once the transaction commits (not
    at all if it rolls back)."""
    from .tasks import check_article

    with acting_as(acting_user):
        run, _ = CheckRun.objects.select_for_update().get_or_create(article=article)
        run.status = CheckStatus.QUEUED
        run.requested_at = timezone.now()
        run.requested_by = acting_user
        run.progress = 0
        run.error = ""
        save_with_reason(run, reason)
    user_id = acting_user.pk if acting_user else None
    transaction.on_commit(lambda: check_article.delay(article.pk, user_id))


def _measure_for(fig: figures_module.Figure, cache: dict[str, Measure]) -> Measure | None:
    if not fig.measure or fig.kind in ("year", "relative_year"):
        return None
    if fig.measure in cache:
        return cache[fig.measure]
    measure = Measure.objects.filter(key=fig.measure).order_by("pk").first()
    if measure is None:
        label = (fig.measure_label or fig.measure)[:MAX_MEASURE_LABEL]
        measure = save_with_reason(Measure(label=label, unit=fig.unit, key=fig.measure),
                                   "suggested by the extractor")
    cache[fig.measure] = measure
    return measure


def claim_from_figure(article: Article, text: str, fig, measure) -> Claim:
    return Claim(
        article=article, start=fig.start, end=fig.end, quote=fig.text[:500],
        prefix=text[max(0, fig.start - 64) : fig.start], suffix=text[fig.end : fig.end + 64],
        sentence=text[fig.sentence[0] : fig.sentence[1]],
        value=fig.value, lower=fig.lower, upper=fig.upper,
        lower_inclusive=fig.lower_inclusive, upper_inclusive=fig.upper_inclusive,
        pragmatic_lower=fig.pragmatic_lower, pragmatic_upper=fig.pragmatic_upper,
        unit=fig.unit, qualifier=fig.qualifier, noun=fig.noun[:300],
        resolved_year=fig.resolved_year, kind=fig.kind, is_total=fig.is_total, measure=measure,
    )


def do_import_article(*, title: str, text: str, acting_user, url: str = "", outlet: str = "",
                      published: datetime.date | None = None) -> Article:
    """Create the article, one candidate claim per figure grouped into suggested measures, and
    queue the article's check. All or nothing."""
    if not text.strip():
        raise ImportRefused("The article text is empty.")
    if not title.strip():
        raise ImportRefused("The article needs a title.")
    try:
        found = figures_module.extract(text, reference_year=published.year if published else None)
    except figures_module.NumberTooLong as exc:
        raise ImportRefused(f"The text holds a number too long to be a figure: {str(exc)[:40]}…") from None
    with transaction.atomic(), acting_as(acting_user):
        article = save_with_reason(Article(title=title.strip(), text=text, url=url, outlet=outlet,
                                           published=published, imported_by=acting_user), "imported")
        cache: dict[str, Measure] = {}
        for fig in found:
            claim = claim_from_figure(article, text, fig, _measure_for(fig, cache))
            save_with_reason(claim, "extracted on import")
        request_check(article, acting_user=acting_user, reason="checked after import")
    return article


class StaleVersion(Exception):
    """The edit was based on an older version of the claim than the one stored."""

    def __init__(self, current):
        super().__init__(f"The claim was changed by someone else (now version {current.version}).")
        self.current = current


EDITABLE_CLAIM_FIELDS = {"value", "lower", "upper", "lower_inclusive", "upper_inclusive",
                         "pragmatic_lower", "pragmatic_upper", "unit", "qualifier", "measure",
                         "attribution", "rationale", "verdict"}


def do_edit_claim(claim_id: int, *, version: int, acting_user, reason: str = "edited", **changes) -> Claim:
    """Change a claim's fields if it is still at `version`; re-check its article after commit."""
    unknown = set(changes) - EDITABLE_CLAIM_FIELDS
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    with transaction.atomic(), acting_as(acting_user):
        claim = Claim.objects.select_for_update().select_related("article").get(pk=claim_id)
        if claim.version != version:
            raise StaleVersion(claim)
        for name, value in changes.items():
            setattr(claim, name, value)
        claim.version += 1
        save_with_reason(claim, reason)
        request_check(claim.article, acting_user=acting_user, reason=f"re-check after claim {claim.pk} was edited")
    return claim
