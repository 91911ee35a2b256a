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
from .models import (
    Article,
    CheckRun,
    CheckStatus,
    Claim,
    ClaimStatus,
    Evidence,
    FlagStatus,
    Measure,
    Source,
)
from .sanitize import clean_html

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


def _measure_for(fig: figures_module.Figure, article: Article, cache: dict[str, Measure]) -> Measure | None:
    if not fig.measure or fig.kind == "relative_year" or fig.kind == "year" and not fig.person:
        return None  # a year is a date, compared by the date rules; a birth year is a person's
    # A measure of generic things ("people killed") is this article's own: another article's
    # toll is another event. A specific one ("alleged gang members expelled by the U.S.") is
    # shared, so that other articles' figures for it are compared too.
    key = f"{fig.measure}|@{article.pk}" if fig.local_measure else fig.measure
    if key in cache:
        return cache[key]
    measure = Measure.objects.filter(key=key).order_by("pk").first()
    if measure is None:
        label = (fig.measure_label or fig.measure)[:MAX_MEASURE_LABEL]
        measure = save_with_reason(Measure(label=label, unit=fig.unit, key=key), "suggested by the extractor")
    cache[key] = measure
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
        resolved_year=fig.resolved_year, kind=fig.kind, is_total=fig.is_total, arithmetic_group=fig.arithmetic_group,
        tags=fig.tags[:200], measure=measure,
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
            claim = claim_from_figure(article, text, fig, _measure_for(fig, article, cache))
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
# A change to these after sign-off needs a new sign-off.
SIGNED_FIELDS = EDITABLE_CLAIM_FIELDS - {"attribution", "measure"}


def _back_to_sign_off(claim: Claim, why: str) -> str:
    """A signed-off claim whose figure, verdict or evidence changed goes back to `proposed`."""
    if claim.status != ClaimStatus.SIGNED_OFF:
        return ""
    claim.status = ClaimStatus.PROPOSED
    claim.signed_off_by, claim.signed_off_at = None, None
    return f"; {why} changed after sign-off, so it needs a new sign-off"


def do_edit_claim(claim_id: int, *, version: int, acting_user, reason: str = "edited", **changes) -> Claim:
    """Change a claim's fields if it is still at `version` (else StaleVersion, nothing saved);
    re-check its article after commit."""
    unknown = set(changes) - EDITABLE_CLAIM_FIELDS
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    if "rationale" in changes:
        changes["rationale"] = clean_html(changes["rationale"])
    with transaction.atomic(), acting_as(acting_user):
        claim = Claim.objects.select_for_update().select_related("article").get(pk=claim_id)
        if claim.version != version:
            raise StaleVersion(claim)
        changed = {name for name, value in changes.items() if getattr(claim, name) != value}
        for name in changed:
            setattr(claim, name, changes[name])
        if changed & SIGNED_FIELDS:
            reason += _back_to_sign_off(claim, "the figure or verdict")
        claim.version += 1
        save_with_reason(claim, reason)
        request_check(claim.article, acting_user=acting_user, reason=f"re-check after claim {claim.pk} was edited")
    return claim


def do_add_source(*, acting_user, **fields) -> Source:
    fields["excerpt"] = clean_html(fields.get("excerpt", ""))
    with transaction.atomic(), acting_as(acting_user):
        return save_with_reason(Source(created_by=acting_user, **fields), "source added")


def do_edit_source(source_id: int, *, acting_user, **fields) -> Source:
    if "excerpt" in fields:
        fields["excerpt"] = clean_html(fields["excerpt"])
    with transaction.atomic(), acting_as(acting_user):
        source = Source.objects.select_for_update().get(pk=source_id)
        for name, value in fields.items():
            setattr(source, name, value)
        return save_with_reason(source, "source edited")


def do_add_evidence(claim_id: int, *, source, stance: str, acting_user, value=None, excerpt: str = "") -> Evidence:
    """Attach evidence; the claim's article is checked again (the evidence rule), and a
    signed-off claim goes back for sign-off."""
    with transaction.atomic(), acting_as(acting_user):
        claim = Claim.objects.select_for_update().select_related("article").get(pk=claim_id)
        evidence = save_with_reason(
            Evidence(claim=claim, source=source, stance=stance, value=value,
                     excerpt=clean_html(excerpt), added_by=acting_user), "evidence added")
        back = _back_to_sign_off(claim, "the evidence")
        if back:
            claim.version += 1
            save_with_reason(claim, "evidence added" + back)
        request_check(claim.article, acting_user=acting_user, reason=f"re-check after evidence on claim {claim.pk}")
    return evidence


def do_sign_off_article(article_id: int, *, acting_user) -> Article:
    """An editor signs off an article when every claim is signed off and no flag is open."""
    from .workflow import NotPermitted, TransitionError

    if not acting_user.has_perm("claims.sign_off_claim"):
        raise NotPermitted("You may not sign off articles.", "permission")
    with transaction.atomic(), acting_as(acting_user):
        article = Article.objects.select_for_update().get(pk=article_id)
        pending = article.claims.exclude(status=ClaimStatus.SIGNED_OFF).count()
        if pending:
            raise TransitionError(f"{pending} claims are not signed off yet.", "claims_pending")
        open_flags = article.flags.filter(status=FlagStatus.OPEN).count()
        if open_flags:
            raise TransitionError(f"{open_flags} flags on this article are open.", "open_flag")
        article.signed_off_by, article.signed_off_at = acting_user, timezone.now()
        return save_with_reason(article, "article signed off")


def do_update_measure(measure_id: int, *, acting_user, **fields) -> Measure:
    """Rename or confirm a measure (and set its as-of date); its articles are checked again."""
    with transaction.atomic(), acting_as(acting_user):
        measure = Measure.objects.select_for_update().get(pk=measure_id)
        for name, value in fields.items():
            setattr(measure, name, value)
        save_with_reason(measure, "measure " + ("confirmed" if fields.get("confirmed") else "edited"))
        _recheck_articles(Article.objects.filter(claims__measure=measure).distinct(), acting_user, "measure changed")
    return measure


def do_merge_measures(target_id: int, source_ids: list[int], *, acting_user) -> Measure:
    """Move every claim of the source measures into the target; the emptied measures are
    deleted (their history stays in the audit)."""
    with transaction.atomic(), acting_as(acting_user):
        target = Measure.objects.select_for_update().get(pk=target_id)
        sources = list(Measure.objects.select_for_update().filter(pk__in=source_ids).exclude(pk=target_id))
        articles = set()
        for claim in Claim.objects.select_for_update().filter(measure__in=sources).select_related("article"):
            claim.measure = target
            claim.version += 1
            save_with_reason(claim, f"measure merged into {target.label!r}")
            articles.add(claim.article)
        for measure in sources:
            measure._change_reason = f"merged into {target.label!r}"
            measure.delete()
        _recheck_articles(articles, acting_user, "measures merged")
    return target


def do_split_measure(measure_id: int, claim_ids: list[int], *, label: str, acting_user) -> Measure:
    """Move the given claims of a measure into a new measure named `label`."""
    with transaction.atomic(), acting_as(acting_user):
        old = Measure.objects.select_for_update().get(pk=measure_id)
        new = save_with_reason(Measure(label=label, unit=old.unit, as_of=old.as_of, confirmed=True),
                               f"split from {old.label!r}")
        articles = set()
        for claim in Claim.objects.select_for_update().filter(measure=old, pk__in=claim_ids).select_related("article"):
            claim.measure = new
            claim.version += 1
            save_with_reason(claim, f"measure split: moved to {label!r}")
            articles.add(claim.article)
        _recheck_articles(articles, acting_user, "measure split")
    return new


def _recheck_articles(articles, acting_user, reason: str) -> None:
    for article in articles:
        request_check(article, acting_user=acting_user, reason=reason)


class RevertRefused(ValueError):
    pass


def do_revert(record, *, reason: str, acting_user):
    """Restore a record to one of its revisions; the revert is itself a new revision, with the
    reason. A deleted record comes back."""
    if not acting_user.has_perm("claims.revert_revision"):
        from .workflow import NotPermitted

        raise NotPermitted("You may not revert revisions.", "permission")
    reason = reason.strip()
    if not reason:
        raise RevertRefused("Say why you revert.")
    with transaction.atomic(), acting_as(acting_user):
        instance = record.instance
        model = type(instance)
        current = model.objects.select_for_update().filter(pk=instance.pk).first()
        if isinstance(instance, Claim) and current is not None:
            instance.version = current.version + 1
        save_with_reason(instance, f"reverted to revision {record.history_id} of {record.history_date:%Y-%m-%d %H:%M}: {reason}")
        if isinstance(instance, Claim):
            request_check(instance.article, acting_user=acting_user, reason="re-check after a revert")
        elif isinstance(instance, Evidence):
            request_check(instance.claim.article, acting_user=acting_user, reason="re-check after a revert")
    return instance
