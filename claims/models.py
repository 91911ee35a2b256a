"""The fact-check desk's records. Every model keeps a full history (django-simple-history).

Writes go through `save()` only, never `QuerySet.update()` or `bulk_*`: history is written by
the save signal and would silently miss those (tests/test_audit.py checks the source).
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

USER = settings.AUTH_USER_MODEL


class RichTextField(models.TextField):
    """Text with a little HTML, cleaned by claims.sanitize on every save, by any path (form,
    API, admin, import), so what is stored is what may be shown."""

    def pre_save(self, model_instance, add):
        from .sanitize import clean_html

        value = clean_html(getattr(model_instance, self.attname) or "")
        setattr(model_instance, self.attname, value)
        return value


class CheckStatus(models.TextChoices):
    PENDING = "pending", "Not checked yet"
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Article(models.Model):
    title = models.CharField(max_length=500)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    published = models.DateField(null=True, blank=True)
    text = models.TextField()
    imported_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    imported_at = models.DateTimeField(auto_now_add=True)
    signed_off_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    signed_off_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-imported_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("claims:article", args=[self.pk])


class CheckRunQuerySet(models.QuerySet):
    def stale(self, older_than):
        """Checks asked for or started before `older_than` that never ended (a lost message, a
        killed worker), and failed ones with attempts left: the beat job queues them again."""
        stuck = Q(status__in=[CheckStatus.QUEUED, CheckStatus.RUNNING], requested_at__lt=older_than)
        failed = Q(status=CheckStatus.FAILED, attempts__lt=CheckRun.MAX_ATTEMPTS)
        return self.filter(stuck | failed)


class CheckRun(models.Model):
    """The state of an article's consistency check, kept apart from the article so that
    progress updates do not crowd the article's own history."""

    MAX_ATTEMPTS = 5

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="check_run")
    status = models.CharField(max_length=10, choices=CheckStatus.choices, default=CheckStatus.PENDING)
    requested_at = models.DateTimeField(null=True, blank=True)
    requested_by = models.ForeignKey(USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    progress = models.PositiveSmallIntegerField(default=0)
    current_rule = models.CharField(max_length=60, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)

    history = HistoricalRecords()
    objects = CheckRunQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(progress__lte=100), name="checkrun_progress_is_percent"),
            models.CheckConstraint(condition=Q(status__in=CheckStatus.values), name="checkrun_status_valid"),
        ]
        indexes = [
            # CheckRun.objects.stale(): WHERE status IN (...) AND requested_at < ?
            models.Index(fields=["status", "requested_at"], name="checkrun_stale_idx"),
        ]

    def __str__(self):
        return f"check of article {self.article_id}: {self.status}"


class Measure(models.Model):
    """What a figure counts: claims of several articles may share one."""

    label = models.CharField(max_length=300)
    unit = models.CharField(max_length=40)
    as_of = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    # The extractor's grouping key; a fact-checker's confirmation freezes the label.
    key = models.CharField(max_length=300, blank=True, db_index=True)
    confirmed = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["label"]

    def __str__(self):
        return f"{self.label} ({self.unit})"


class ClaimStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    IN_REVIEW = "in_review", "In review"
    PROPOSED = "proposed", "Verdict proposed"
    RETURNED = "returned", "Returned"
    SIGNED_OFF = "signed_off", "Signed off"


class Rating(models.TextChoices):
    # value, label; ClaimReview ratingValue lives in workflow.RATING_VALUES
    ACCURATE = "accurate", "Accurate"
    MOSTLY_ACCURATE = "mostly_accurate", "Mostly accurate"
    MISLEADING = "misleading", "Misleading"
    INACCURATE = "inaccurate", "Inaccurate"
    UNSUPPORTED = "unsupported", "Unsupported"


class FigureKind(models.TextChoices):
    FIGURE = "figure", "Figure"
    RANGE = "range", "Range"
    YEAR = "year", "Calendar year"
    RELATIVE_YEAR = "relative_year", "Relative year"
    RATIO = "ratio", "Ratio"
    SCORE = "score", "Score or tally"
    DATE = "date", "Day of a month"


class ClaimQuerySet(models.QuerySet):
    def assigned_to(self, user):
        return self.filter(assignee=user, status__in=[ClaimStatus.IN_REVIEW, ClaimStatus.RETURNED])

    def awaiting_sign_off(self):
        return self.filter(status=ClaimStatus.PROPOSED)

    def returned_to(self, user):
        return self.filter(assignee=user, status=ClaimStatus.RETURNED)

    def with_open_flags(self):
        return self.filter(flags__status=FlagStatus.OPEN).distinct()


class Claim(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    # The anchor: offsets into article.text (end exclusive), the quoted text, and the words
    # around it so the span can be found again if the text is edited.
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    quote = models.CharField(max_length=500)
    prefix = models.CharField(max_length=64, blank=True)
    suffix = models.CharField(max_length=64, blank=True)
    sentence = models.TextField(blank=True)
    # The stated figure, read as intervals (None = unbounded).
    value = models.FloatField()
    lower = models.FloatField(null=True, blank=True)
    upper = models.FloatField(null=True, blank=True)
    lower_inclusive = models.BooleanField(default=True)
    upper_inclusive = models.BooleanField(default=True)
    pragmatic_lower = models.FloatField(null=True, blank=True)
    pragmatic_upper = models.FloatField(null=True, blank=True)
    unit = models.CharField(max_length=40)
    qualifier = models.CharField(max_length=60, blank=True)
    noun = models.CharField(max_length=300, blank=True)
    resolved_year = models.IntegerField(null=True, blank=True)
    kind = models.CharField(max_length=15, choices=FigureKind.choices, default=FigureKind.FIGURE)
    is_total = models.BooleanField(default=False, help_text="Stated as the sum of other figures.")
    arithmetic_group = models.CharField(
        max_length=80, blank=True,
        help_text="Figures the text ties together by arithmetic: a whole and the parts a later sentence "
                  "divides it into (w...), shares of 100% (pct...), a change from one level to another "
                  "(chg...), a part, its whole and its percentage (shr...), a figure and the parts it is "
                  "said to include (inc...), a body and a vote tally (vote...). A figure may be in two "
                  "groups, separated by a space (the new level of a change and the whole of a share).",
    )
    tags = models.CharField(
        max_length=200, blank=True,
        help_text="Who, where, when and among whom the figure is stated, as kind:value tags joined by "
                  "';' (\"who:apple;when:2023\"): figures with different values of one kind are not compared.",
    )
    measure = models.ForeignKey(
        Measure, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    attribution = models.CharField(max_length=300, blank=True)
    # Review
    status = models.CharField(
        max_length=12, choices=ClaimStatus.choices, default=ClaimStatus.UNREVIEWED
    )
    assignee = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_claims"
    )
    verdict = models.CharField(max_length=20, choices=Rating.choices, blank=True)
    rationale = RichTextField(blank=True)
    proposed_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    signed_off_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    signed_off_at = models.DateTimeField(null=True, blank=True)
    # Optimistic locking: every edit names the version it was based on.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "start"]
        permissions = [
            ("sign_off_claim", "Can sign off a claim's verdict"),
            ("view_audit", "Can view the audit log"),
            ("revert_revision", "Can revert a record to an earlier revision"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="claim_span_not_empty"),
            models.CheckConstraint(
                condition=Q(lower__isnull=True) | Q(upper__isnull=True) | Q(lower__lte=F("upper")),
                name="claim_strict_bounds_ordered",
            ),
            models.CheckConstraint(
                condition=Q(pragmatic_lower__isnull=True)
                | Q(pragmatic_upper__isnull=True)
                | Q(pragmatic_lower__lte=F("pragmatic_upper")),
                name="claim_pragmatic_bounds_ordered",
            ),
            models.CheckConstraint(
                condition=~Q(status=ClaimStatus.SIGNED_OFF) | ~Q(verdict=""),
                name="claim_signed_off_has_verdict",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values), name="claim_status_valid"
            ),
        ]
        indexes = [
            # Queues: WHERE assignee_id = ? AND status IN (...)
            models.Index(fields=["assignee", "status"], name="claim_queue_idx"),
            # Awaiting sign-off, claims by status: WHERE status = ? ORDER BY updated_at
            models.Index(fields=["status", "updated_at"], name="claim_status_idx"),
        ]

    def __str__(self):
        return f"{self.quote} ({self.article_id})"

    def get_absolute_url(self):
        return reverse("claims:claim", args=[self.pk])


class SourceKind(models.TextChoices):
    OFFICIAL = "official", "Official"
    NGO = "ngo", "NGO"
    NEWS = "news", "News"
    COURT = "court", "Court record"
    DATASET = "dataset", "Dataset"
    OTHER = "other", "Other"


class Reliability(models.IntegerChoices):
    UNKNOWN = 0, "Unknown"
    LOW = 1, "Low"
    MIXED = 2, "Mixed"
    GOOD = 3, "Good"
    HIGH = 4, "High"


class Source(models.Model):
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500)
    publisher = models.CharField(max_length=300, blank=True)
    kind = models.CharField(max_length=10, choices=SourceKind.choices, default=SourceKind.OTHER)
    reliability = models.PositiveSmallIntegerField(
        choices=Reliability.choices, default=Reliability.UNKNOWN
    )
    accessed = models.DateField(null=True, blank=True)
    excerpt = RichTextField(blank=True)
    created_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(reliability__gte=0, reliability__lte=4), name="source_reliability_range"
            ),
            models.CheckConstraint(condition=Q(kind__in=SourceKind.values), name="source_kind_valid"),
        ]

    def __str__(self):
        return self.title


class Stance(models.TextChoices):
    SUPPORTS = "supports", "Supports"
    REFUTES = "refutes", "Refutes"
    CONTEXT = "context", "Context"


class Evidence(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="evidence")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="evidence")
    stance = models.CharField(max_length=10, choices=Stance.choices)
    value = models.FloatField(null=True, blank=True, help_text="The figure the source states.")
    excerpt = RichTextField(blank=True)
    added_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["created_at"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(condition=Q(stance__in=Stance.values), name="evidence_stance_valid"),
        ]

    def __str__(self):
        return f"{self.get_stance_display()}: {self.source}"


class Severity(models.TextChoices):
    CONFLICT = "conflict", "Conflict"
    DIVERGENCE = "divergence", "Divergence"
    INFO = "info", "Info"


BLOCKING_SEVERITIES = (Severity.CONFLICT, Severity.DIVERGENCE)


class FlagStatus(models.TextChoices):
    OPEN = "open", "Open"
    ACKNOWLEDGED = "acknowledged", "Acknowledged"
    RESOLVED = "resolved", "Resolved"
    DISMISSED = "dismissed", "Dismissed"


class FlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=FlagStatus.OPEN)

    def blocking(self):
        """Flags that stop a sign-off: open conflicts and divergences, and acknowledged
        conflicts (acknowledging is enough only for a divergence)."""
        return self.filter(
            Q(status=FlagStatus.OPEN, severity__in=BLOCKING_SEVERITIES)
            | Q(status=FlagStatus.ACKNOWLEDGED, severity=Severity.CONFLICT)
        )


class Flag(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="flags")
    rule = models.CharField(max_length=60)
    severity = models.CharField(max_length=10, choices=Severity.choices)
    message = models.TextField()
    claims = models.ManyToManyField(Claim, related_name="flags")
    status = models.CharField(max_length=12, choices=FlagStatus.choices, default=FlagStatus.OPEN)
    fingerprint = models.CharField(max_length=64)
    resolved_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolution_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=[claims])
    objects = FlagQuerySet.as_manager()

    class Meta:
        ordering = ["status", "-severity", "created_at"]
        permissions = [("resolve_flag", "Can acknowledge, resolve or dismiss a flag")]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "fingerprint"], name="flag_one_fingerprint_per_article"
            ),
            models.CheckConstraint(condition=Q(status__in=FlagStatus.values), name="flag_status_valid"),
            models.CheckConstraint(
                condition=Q(severity__in=Severity.values), name="flag_severity_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=FlagStatus.DISMISSED) | ~Q(resolution_note=""),
                name="flag_dismissal_has_reason",
            ),
        ]
        indexes = [
            # Open flags by severity: WHERE status = 'open' ORDER BY severity
            models.Index(fields=["status", "severity"], name="flag_queue_idx"),
        ]

    def __str__(self):
        return f"{self.rule}: {self.message[:60]}"
