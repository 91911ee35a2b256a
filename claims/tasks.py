"""Celery tasks: thin. Load by primary key, call the pure rules, upsert flags.

Safe to run twice: flags are keyed by (article, fingerprint), and the upsert runs under a row
lock on the article's CheckRun, so two workers checking one article queue on the lock.
"""

from __future__ import annotations

import bisect
import datetime
import logging

from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import DatabaseError, InterfaceError, OperationalError, transaction
from django.utils import timezone

from . import consistency
from .actions import acting_as, request_check, save_with_reason, system_user
from .figures import person_of_key, sentence_spans, word_before
from .models import Article, CheckRun, CheckStatus, Claim, Flag, FlagStatus

log = logging.getLogger(__name__)


def items_for(article: Article) -> tuple[list[consistency.Item], set[int]]:
    """The article's claims as rule items, plus the claims of other articles that share a
    measure with them (the same measure across articles). Returns the items and the ids of the
    article's own claims."""
    spans = sentence_spans(article.text)
    starts = [s for s, _ in spans]
    own = list(
        Claim.objects.filter(article=article).select_related("measure", "article")
        .prefetch_related("evidence__source")
    )
    measure_ids = {c.measure_id for c in own if c.measure_id}
    others = list(
        Claim.objects.filter(measure_id__in=measure_ids).exclude(article=article)
        .select_related("measure", "article").prefetch_related("evidence__source")
    )
    items = []
    for claim in own + others:
        sentence = bisect.bisect_right(starts, claim.start) - 1 if claim.article_id == article.pk else -1
        items.append(item_for(claim, sentence))
    return items, {c.pk for c in own}


def item_for(claim: Claim, sentence: int) -> consistency.Item:
    measure = claim.measure
    return consistency.Item(
        id=claim.pk, text=claim.quote, value=claim.value, unit=claim.unit,
        lower=claim.lower, upper=claim.upper, lower_inclusive=claim.lower_inclusive,
        upper_inclusive=claim.upper_inclusive, pragmatic_lower=claim.pragmatic_lower,
        pragmatic_upper=claim.pragmatic_upper, qualifier=claim.qualifier,
        measure=f"m{measure.pk}" if measure else "",
        measure_label=measure.label if measure else "",
        as_of=_as_of(claim),
        kind=claim.kind, sentence=sentence, position=claim.start, article=claim.article_id,
        is_total=claim.is_total, arithmetic_group=claim.arithmetic_group, noun=claim.noun, tags=claim.tags,
        resolved_year=claim.resolved_year,
        context=word_before(claim.prefix),
        person=person_of_key(measure.key) if measure else "",
        status=claim.status, verdict=claim.verdict,
        evidence=tuple(
            consistency.EvidenceFigure(id=e.pk, value=e.value, stance=e.stance,
                                       reliability=e.source.reliability, source=e.source.title)
            for e in claim.evidence.all() if e.value is not None
        ),
    )


def _as_of(claim: Claim) -> str | None:
    """The date a figure speaks of: the measure's as-of date when a fact-checker set one, else
    the article's publication date; None when neither is known."""
    if claim.measure_id and claim.measure.as_of:
        return claim.measure.as_of.isoformat()
    published = claim.article.published
    return published.isoformat() if published else None


def upsert_flags(article: Article, findings: list[consistency.Finding], own_ids: set[int], user) -> dict:
    """Create or update a flag per finding; resolve the open flags whose finding is gone.
    A dismissed or resolved-by-a-person flag with the same fingerprint stays as it is."""
    bot = system_user()
    existing = {f.fingerprint: f for f in Flag.objects.filter(article=article).prefetch_related("claims")}
    seen, counts = set(), {"created": 0, "updated": 0, "resolved": 0, "reopened": 0}
    for finding in findings:
        if not own_ids.intersection(finding.items):
            continue  # a finding between other articles' figures belongs to those articles
        seen.add(finding.fingerprint)
        flag = existing.get(finding.fingerprint)
        if flag is None:
            flag = save_with_reason(
                Flag(article=article, rule=finding.rule, severity=finding.severity,
                     message=finding.message, fingerprint=finding.fingerprint),
                f"raised by the {finding.rule} rule")
            flag.claims.set(finding.items)
            counts["created"] += 1
            continue
        changed = flag.message != finding.message or flag.severity != finding.severity
        reopen = flag.status == FlagStatus.RESOLVED and flag.resolved_by_id == bot.pk
        if changed or reopen:
            flag.message, flag.severity = finding.message, finding.severity
            if reopen:
                flag.status, flag.resolved_by, flag.resolution_note = FlagStatus.OPEN, None, ""
                counts["reopened"] += 1
            save_with_reason(flag, "the finding holds again" if reopen else "finding updated")
            counts["updated"] += 1
        if {c.pk for c in flag.claims.all()} != set(finding.items):
            flag.claims.set(finding.items)
    for fingerprint, flag in existing.items():
        if fingerprint not in seen and flag.status in (FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED):
            flag.status = FlagStatus.RESOLVED
            flag.resolved_by = bot
            flag.resolution_note = "Resolved automatically: the figures no longer disagree."
            save_with_reason(flag, "the finding no longer holds")
            counts["resolved"] += 1
    return counts


def run_check(article_id: int, user=None) -> dict:
    """Check one article now (also used by the check_article command)."""
    user = user or system_user()
    with acting_as(user):
        with transaction.atomic():
            article = Article.objects.get(pk=article_id)  # DoesNotExist: deleted since queued
            run, _ = CheckRun.objects.select_for_update().get_or_create(article=article)
            run.status, run.started_at, run.progress = CheckStatus.RUNNING, timezone.now(), 0
            run.attempts += 1
            run.current_rule = ""
            if run.requested_at is None:
                run.requested_at = run.started_at
            save_with_reason(run, "check started")
        items, own_ids = items_for(article)

        def progress(done: int, total: int, rule: str) -> None:
            run.progress = int(done * 100 / total)
            run.current_rule = rule
            save_with_reason(run, f"rule {rule} done", update_fields=["progress", "current_rule"])

        findings = consistency.check(items, progress=progress)
        with transaction.atomic():
            run = CheckRun.objects.select_for_update().get(article_id=article_id)
            counts = upsert_flags(article, findings, own_ids, user)
            run.status, run.finished_at, run.progress = CheckStatus.DONE, timezone.now(), 100
            run.error = ""
            run.attempts = 0
            save_with_reason(run, "check done: " + ", ".join(f"{v} {k}" for k, v in counts.items() if v) if any(counts.values()) else "check done: no change")
    return counts


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_backoff_max=60,
    max_retries=5,
)
def check_article(self, article_id: int, user_id: int | None = None) -> dict | None:
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    try:
        return run_check(article_id, user)
    except Article.DoesNotExist:
        log.info("article %s is gone; nothing to check", article_id)
        return None
    except (OperationalError, InterfaceError):
        raise  # retried with backoff
    except DatabaseError as exc:
        _mark_failed(article_id, user, exc)
        raise
    except Exception as exc:
        _mark_failed(article_id, user, exc)
        raise


def _mark_failed(article_id: int, user, exc: Exception) -> None:
    with acting_as(user or system_user()), transaction.atomic():
        run = CheckRun.objects.select_for_update().filter(article_id=article_id).first()
        if run is not None:
            run.status = CheckStatus.FAILED
            run.error = f"{type(exc).__name__}: {exc}"[:2000]
            save_with_reason(run, "check failed")


@shared_task(acks_late=True)
def recheck_stale_articles() -> int:
    """Beat: queue again the checks that were lost (a message lost with a killed worker) or
    failed with attempts left."""
    older_than = timezone.now() - datetime.timedelta(seconds=settings.CHECK_STALE_AFTER_SECONDS)
    bot = system_user()
    count = 0
    for run in CheckRun.objects.stale(older_than).select_related("article"):
        with transaction.atomic():
            request_check(run.article, acting_user=bot, reason="re-queued: the check was stale or failed")
        count += 1
    return count
