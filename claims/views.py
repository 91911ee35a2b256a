"""Short views: permission, form, one action, redirect. Writes are POST only."""

import csv
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from . import audit, workflow
from .actions import (
    ImportRefused,
    RevertRefused,
    StaleVersion,
    do_add_evidence,
    do_add_source,
    do_edit_claim,
    do_edit_source,
    do_import_article,
    do_merge_measures,
    do_revert,
    do_sign_off_article,
    do_split_measure,
    do_update_measure,
    request_check,
)
from .claimreview import claim_review
from .figures import format_interval
from .forms import (
    AssignForm,
    AuditFilterForm,
    ClaimEditForm,
    ClaimFilterForm,
    EvidenceForm,
    ImportForm,
    MeasureForm,
    MergeForm,
    NoteForm,
    ProposeForm,
    SourceForm,
    SplitForm,
)
from .models import Article, CheckRun, Claim, ClaimStatus, Flag, FlagStatus, Measure, Source
from .serializers import article_export


def require(user, *perms):
    """Abilities come from the role groups; an outsider gets 403."""
    if not all(user.has_perm(f"claims.{p}") for p in perms):
        raise PermissionDenied


def reading(claim) -> str:
    return format_interval(claim.pragmatic_lower, claim.pragmatic_upper, claim.lower_inclusive,
                           claim.upper_inclusive if claim.pragmatic_upper == claim.upper else False, claim.unit)


# --- dashboard and queues ------------------------------------------------------------------------


@login_required
def dashboard(request):
    require(request.user, "view_claim")
    claims = Claim.objects.select_related("article")
    context = {
        "my_queue": claims.assigned_to(request.user)[:20],
        "returned": claims.returned_to(request.user)[:20],
        "awaiting": claims.awaiting_sign_off()[:20],
        "signed": claims.filter(status=ClaimStatus.SIGNED_OFF).order_by("-signed_off_at")[:10],
        "by_status": Claim.objects.values("status").annotate(n=Count("id")).order_by("status"),
        "open_flags": Flag.objects.open().values("severity").annotate(n=Count("id")).order_by("severity"),
        "articles": Article.objects.filter(signed_off_at__isnull=True).annotate(
            n_claims=Count("claims", distinct=True),
            n_open=Count("flags", filter=Q(flags__status=FlagStatus.OPEN), distinct=True),
        ).order_by("-imported_at")[:20],
    }
    return render(request, "claims/dashboard.html", context)


QUEUES = {
    "mine": ("Assigned to me", lambda user: Claim.objects.assigned_to(user)),
    "awaiting": ("Awaiting sign-off", lambda user: Claim.objects.awaiting_sign_off()),
    "returned": ("Returned to me", lambda user: Claim.objects.returned_to(user)),
    "flagged": ("With open flags", lambda user: Claim.objects.filter(
        Exists(Flag.objects.filter(claims=OuterRef("pk"), status=FlagStatus.OPEN)))),
}


@login_required
def queue(request, name):
    require(request.user, "view_claim")
    if name not in QUEUES:
        raise Http404
    title, query = QUEUES[name]
    claims = query(request.user).select_related("article", "assignee").order_by("updated_at", "pk")
    page = Paginator(claims, 50).get_page(request.GET.get("page"))
    return render(request, "claims/queue.html", {"title": title, "page": page, "queues": QUEUES, "name": name})


@login_required
def claim_list(request):
    require(request.user, "view_claim")
    form = ClaimFilterForm(request.GET or None)
    claims = Claim.objects.select_related("article", "assignee", "measure").order_by("article_id", "start")
    if form.is_valid():
        data = form.cleaned_data
        if data["q"]:
            claims = claims.filter(Q(quote__icontains=data["q"]) | Q(noun__icontains=data["q"])
                                   | Q(sentence__icontains=data["q"]))
        for name in ("status", "assignee", "article", "measure"):
            if data[name]:
                claims = claims.filter(**{name: data[name]})
        if data["flagged"]:
            claims = claims.filter(Exists(Flag.objects.filter(claims=OuterRef("pk"), status=FlagStatus.OPEN)))
    page = Paginator(claims, 100).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "claims/claim_list.html", {"form": form, "page": page, "query": query.urlencode()})


# --- articles ------------------------------------------------------------------------------------


@login_required
def article_list(request):
    require(request.user, "view_article")
    articles = Article.objects.annotate(
        n_claims=Count("claims", distinct=True),
        n_open=Count("flags", filter=Q(flags__status=FlagStatus.OPEN), distinct=True),
    ).select_related("imported_by").order_by("-imported_at", "-pk")
    page = Paginator(articles, 50).get_page(request.GET.get("page"))
    return render(request, "claims/article_list.html", {"page": page})


@login_required
def import_article(request):
    require(request.user, "add_article")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            article = do_import_article(
                title=data["title"], text=data["article_text"], url=data["url"], outlet=data["outlet"],
                published=data["published"], acting_user=request.user)
        except ImportRefused as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Imported with {article.claims.count()} claims; the check is running.")
            return redirect(article)
    return render(request, "claims/import.html", {"form": form}, status=400 if form.errors else 200)


def highlighted(article, claims, flagged_ids):
    """The article text with each claim wrapped in a link to it, escaped everywhere else."""
    pieces, pos = [], 0
    for claim in claims:
        if claim.start < pos:
            continue  # overlapping spans: the first one keeps the highlight
        pieces.append(article.text[pos : claim.start])
        flag = " flagged" if claim.pk in flagged_ids else ""
        label = f"{claim.get_status_display()}{' · open flag' if flag else ''}: read as {reading(claim)}"
        pieces.append(format_html('<a class="claim s-{}{}" id="claim-{}" href="{}" title="{}">{}</a>',
                                  claim.status, flag, claim.pk, claim.get_absolute_url(), label,
                                  article.text[claim.start : claim.end]))
        pos = claim.end
    pieces.append(article.text[pos:])
    return format_html_join("", "{}", ((p,) for p in pieces))


@login_required
def article_detail(request, pk):
    require(request.user, "view_article")
    article = get_object_or_404(Article.objects.select_related("imported_by", "signed_off_by"), pk=pk)
    claims = list(article.claims.select_related("measure").order_by("start"))
    flags = list(article.flags.prefetch_related("claims").order_by("status", "pk"))
    flagged = {c.pk for f in flags if f.status == FlagStatus.OPEN for c in f.claims.all()}
    run = CheckRun.objects.filter(article=article).first()
    return render(request, "claims/article_detail.html", {
        "article": article, "claims": claims, "flags": flags, "run": run,
        "body": highlighted(article, claims, flagged), "note_form": NoteForm(),
    })


@login_required
def check_status(request, pk):
    require(request.user, "view_article")
    run = get_object_or_404(CheckRun, article_id=pk)
    open_flags = Flag.objects.filter(article_id=pk, status=FlagStatus.OPEN).count()
    return JsonResponse({"status": run.status, "progress": run.progress, "rule": run.current_rule,
                         "error": run.error, "open_flags": open_flags})


@login_required
@require_POST
def recheck(request, pk):
    require(request.user, "change_article")
    article = get_object_or_404(Article, pk=pk)
    request_check(article, acting_user=request.user, reason="re-check asked for")
    messages.info(request, "The check is queued.")
    return redirect(article)


@login_required
@require_POST
def article_sign_off(request, pk):
    try:
        do_sign_off_article(pk, acting_user=request.user)
    except workflow.NotPermitted:
        raise PermissionDenied from None
    except workflow.TransitionError as exc:
        messages.error(request, f"Not signed off: {exc}")
    else:
        messages.success(request, "The article is signed off.")
    return redirect("claims:article", pk=pk)


@login_required
def article_csv(request, pk):
    require(request.user, "view_article")
    article = get_object_or_404(Article, pk=pk)
    data = article_export(article)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="article-{article.pk}-claims.csv"'
    writer = csv.writer(response)
    columns = ["id", "text", "start", "end", "value", "lower", "upper", "unit", "qualifier", "measure_label",
               "status", "verdict", "open_flags"]
    writer.writerow(columns)
    flags_by_claim = {}
    for flag in data["flags"]:
        if flag["status"] == FlagStatus.OPEN:
            for cid in flag["claims"]:
                flags_by_claim.setdefault(cid, []).append(f"{flag['severity']}: {flag['message']}")
    for claim in data["claims"]:
        row = [claim.get(c, "") for c in columns[:-1]] + [" | ".join(flags_by_claim.get(claim["id"], []))]
        writer.writerow([_csv_safe(v) for v in row])
    return response


def _csv_safe(value):
    # Spreadsheets run cells that start with = + - @ as formulas.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


# --- claims --------------------------------------------------------------------------------------


def allowed_actions(user, claim) -> list[str]:
    actions = []
    if user.has_perm("claims.change_claim") and claim.status in workflow.TRANSITIONS["assign"][0]:
        actions.append("assign")
    if user.has_perm("claims.change_claim") and claim.status in workflow.TRANSITIONS["propose"][0]:
        actions.append("propose")
    if user.has_perm("claims.sign_off_claim"):
        if claim.status == ClaimStatus.PROPOSED:
            actions.append("return")
            if claim.proposed_by_id != user.pk:
                actions.append("sign_off")
        if claim.status in workflow.TRANSITIONS["reopen"][0]:
            actions.append("reopen")
    return actions


def number_line(claims, current, width=600):
    """Bars on one scale for every figure of a measure (inline SVG in the template): the strict
    interval as a thin line, the reading as a thick bar; open ends run to the edge."""
    ends = [v for c in claims for v in (c.lower, c.upper, c.pragmatic_lower, c.pragmatic_upper, c.value)
            if v is not None]
    low, high = min(ends), max(ends)
    span = (high - low) or abs(high) or 1
    low, high = low - span * 0.08, high + span * 0.08

    def x(v, default):
        return default if v is None else round(10 + (width - 20) * (v - low) / (high - low), 1)

    rows = []
    for n, c in enumerate(claims):
        p1, p2 = x(c.pragmatic_lower, 2), x(c.pragmatic_upper, width - 2)
        rows.append({"claim": c, "y": 30 + n * 34, "x1": x(c.lower, 2), "x2": x(c.upper, width - 2),
                     "p1": p1, "p2": p2, "tx": min(p1, width - 260), "reading": reading(c),
                     "current": c.pk == current.pk})
    return {"rows": rows, "width": width, "height": 34 * len(rows) + 16,
            "low": format_interval(low, low), "high": format_interval(high, high)}


@login_required
def claim_detail(request, pk):
    require(request.user, "view_claim")
    claim = get_object_or_404(Claim.objects.select_related("article", "measure", "assignee", "proposed_by",
                                                           "signed_off_by"), pk=pk)
    siblings = [claim]
    if claim.measure_id:
        siblings = list(Claim.objects.filter(measure_id=claim.measure_id).select_related("article")
                        .order_by("article_id", "start")[:60])
    history = list(claim.history.select_related("history_user").order_by("-history_date", "-history_id")[:30])
    pairs = list(zip(history, [*history[1:], None], strict=True))
    timeline = list(zip(history, audit.diffs(pairs), strict=True))
    return render(request, "claims/claim_detail.html", {
        "claim": claim, "reading": reading(claim), "line": number_line(siblings, claim),
        "literal": format_interval(claim.lower, claim.upper, claim.lower_inclusive, claim.upper_inclusive, "")
        if claim.lower != claim.upper else format_interval(claim.lower, claim.upper),
        "evidence": claim.evidence.select_related("source", "added_by"),
        "flags": claim.flags.all(), "timeline": timeline,
        "actions": allowed_actions(request.user, claim),
        "edit_form": ClaimEditForm(initial={f: getattr(claim, f) for f in ClaimEditForm.base_fields}),
        "propose_form": ProposeForm(initial={"verdict": claim.verdict, "rationale": claim.rationale}),
        "note_form": NoteForm(), "assign_form": AssignForm(initial={"assignee": request.user.pk}),
        "evidence_form": EvidenceForm(),
        "can_edit": request.user.has_perm("claims.change_claim"),
    })


@login_required
@require_POST
def claim_edit(request, pk):
    require(request.user, "change_claim")
    claim = get_object_or_404(Claim, pk=pk)
    form = ClaimEditForm(request.POST)
    if not form.is_valid():
        messages.error(request, "The edit was not saved: " + "; ".join(
            f"{k}: {' '.join(v)}" for k, v in form.errors.items()))
        return redirect(claim)
    data = dict(form.cleaned_data)
    version = data.pop("version")
    try:
        do_edit_claim(pk, version=version, acting_user=request.user, reason="figure edited", **data)
    except StaleVersion as exc:
        yours = [(name, data[name], getattr(exc.current, name)) for name in data]
        return render(request, "claims/conflict.html", {"claim": exc.current, "rows": yours, "version": version},
                      status=409)
    messages.success(request, "Saved; the article is being checked again.")
    return redirect(claim)


@login_required
@require_POST
def claim_transition(request, pk, action):
    user = request.user
    try:
        if action == "assign":
            form = AssignForm(request.POST)
            if not form.is_valid():
                raise workflow.TransitionError("Choose who to assign.", "assignee")
            workflow.assign(pk, assignee=form.cleaned_data["assignee"], acting_user=user)
        elif action == "propose":
            form = ProposeForm(request.POST)
            if not form.is_valid():
                raise workflow.TransitionError("A verdict needs a rating and a rationale.", "verdict")
            workflow.propose(pk, verdict=form.cleaned_data["verdict"], rationale=form.cleaned_data["rationale"],
                             acting_user=user)
        elif action == "return":
            workflow.return_to_checker(pk, note=request.POST.get("note", ""), acting_user=user)
        elif action == "sign_off":
            workflow.sign_off(pk, acting_user=user)
        elif action == "reopen":
            workflow.reopen(pk, acting_user=user, reason=request.POST.get("note", "") or "reopened")
        else:
            raise Http404
    except workflow.NotPermitted:
        raise PermissionDenied from None
    except Claim.DoesNotExist:
        raise Http404 from None
    except workflow.TransitionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, {"assign": "Assigned.", "propose": "Verdict proposed.", "return": "Returned.",
                                   "sign_off": "Signed off.", "reopen": "Reopened."}[action])
    return redirect("claims:claim", pk=pk)


@login_required
@require_POST
def evidence_add(request, pk):
    require(request.user, "add_evidence")
    claim = get_object_or_404(Claim, pk=pk)
    form = EvidenceForm(request.POST)
    if form.is_valid():
        do_add_evidence(pk, acting_user=request.user, **form.cleaned_data)
        messages.success(request, "Evidence added.")
    else:
        messages.error(request, "Evidence not added: " + "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items()))
    return redirect(claim)


def claim_public(request, pk):
    """The public page of a signed-off claim, with its ClaimReview embedded."""
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk, status=ClaimStatus.SIGNED_OFF)
    data = claim_review(claim, url=request.build_absolute_uri(reverse("claims:public", args=[pk])))
    # json.dumps output is escaped for a <script> block: no "</" can close it early.
    ld = mark_safe(json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))  # noqa: S308
    return render(request, "claims/public.html", {"claim": claim, "review": data, "ld": ld})


def claim_review_json(request, pk):
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk, status=ClaimStatus.SIGNED_OFF)
    data = claim_review(claim, url=request.build_absolute_uri(reverse("claims:public", args=[pk])))
    return JsonResponse(data, content_type="application/ld+json")


# --- flags ---------------------------------------------------------------------------------------


@login_required
def flag_list(request):
    require(request.user, "view_flag")
    flags = Flag.objects.select_related("article", "resolved_by").prefetch_related("claims").order_by("-created_at")
    for name in ("status", "severity", "rule"):
        if request.GET.get(name):
            flags = flags.filter(**{name: request.GET[name]})
    if request.GET.get("article", "").isdigit():
        flags = flags.filter(article_id=int(request.GET["article"]))
    page = Paginator(flags, 50).get_page(request.GET.get("page"))
    return render(request, "claims/flag_list.html", {"page": page, "statuses": FlagStatus.choices,
                                                     "note_form": NoteForm()})


@login_required
@require_POST
def flag_action(request, pk, action):
    flag = get_object_or_404(Flag, pk=pk)
    note = request.POST.get("note", "")
    handlers = {"acknowledge": lambda: workflow.acknowledge_flag(pk, acting_user=request.user, note=note),
                "resolve": lambda: workflow.resolve_flag(pk, acting_user=request.user, note=note),
                "dismiss": lambda: workflow.dismiss_flag(pk, acting_user=request.user, reason=note)}
    if action not in handlers:
        raise Http404
    try:
        handlers[action]()
    except workflow.NotPermitted:
        raise PermissionDenied from None
    except workflow.TransitionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Flag {action}d." if action != "dismiss" else "Flag dismissed.")
    return redirect(request.POST.get("next") if str(request.POST.get("next", "")).startswith("/") else flag.article)


# --- sources -------------------------------------------------------------------------------------


@login_required
def source_list(request):
    require(request.user, "view_source")
    sources = Source.objects.annotate(n_evidence=Count("evidence")).order_by("title", "pk")
    q = request.GET.get("q", "").strip()
    if q:
        sources = sources.filter(Q(title__icontains=q) | Q(publisher__icontains=q) | Q(url__icontains=q))
    page = Paginator(sources, 50).get_page(request.GET.get("page"))
    return render(request, "claims/source_list.html", {"page": page, "q": q})


@login_required
def source_edit(request, pk=None):
    require(request.user, "change_source" if pk else "add_source")
    source = get_object_or_404(Source, pk=pk) if pk else None
    form = SourceForm(request.POST or None, instance=source)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in SourceForm.Meta.fields}
        if source:
            do_edit_source(source.pk, acting_user=request.user, **fields)
        else:
            do_add_source(acting_user=request.user, **fields)
        messages.success(request, "Source saved.")
        return redirect("claims:sources")
    return render(request, "claims/source_form.html", {"form": form, "source": source},
                  status=400 if form.errors else 200)


# --- measures ------------------------------------------------------------------------------------


@login_required
def measure_detail(request, pk):
    require(request.user, "view_measure")
    measure = get_object_or_404(Measure, pk=pk)
    claims = list(measure.claims.select_related("article").order_by("article_id", "start"))
    can = request.user.has_perm("claims.change_measure")
    form = MeasureForm(request.POST or None, instance=measure)
    if request.method == "POST":
        require(request.user, "change_measure")
        if form.is_valid():
            do_update_measure(pk, acting_user=request.user, **{f: form.cleaned_data[f] for f in MeasureForm.Meta.fields})
            messages.success(request, "Measure saved; its articles are checked again.")
            return redirect("claims:measure", pk=pk)
    return render(request, "claims/measure_detail.html", {
        "measure": measure, "claims": claims, "form": form, "can_edit": can,
        "merge_form": MergeForm(measure=measure), "split_form": SplitForm(measure=measure),
        "line": number_line(claims, claims[0]) if claims else None,
    }, status=400 if form.errors else 200)


@login_required
@require_POST
def measure_merge(request, pk):
    require(request.user, "change_measure", "change_claim")
    measure = get_object_or_404(Measure, pk=pk)
    form = MergeForm(request.POST, measure=measure)
    if form.is_valid():
        do_merge_measures(pk, [m.pk for m in form.cleaned_data["others"]], acting_user=request.user)
        messages.success(request, "Measures merged; the articles are checked again.")
    else:
        messages.error(request, "Choose the measures to merge.")
    return redirect("claims:measure", pk=pk)


@login_required
@require_POST
def measure_split(request, pk):
    require(request.user, "add_measure", "change_claim")
    measure = get_object_or_404(Measure, pk=pk)
    form = SplitForm(request.POST, measure=measure)
    if form.is_valid():
        new = do_split_measure(pk, [c.pk for c in form.cleaned_data["claims"]], label=form.cleaned_data["label"],
                               acting_user=request.user)
        messages.success(request, "Split; the articles are checked again.")
        return redirect("claims:measure", pk=new.pk)
    messages.error(request, "Name the new measure and choose the claims to move.")
    return redirect("claims:measure", pk=pk)


# --- audit ---------------------------------------------------------------------------------------


@login_required
def audit_list(request):
    require(request.user, "view_audit")
    form = AuditFilterForm(request.GET or None, record_types=audit.RECORD_TYPES)
    filters = form.cleaned_data if form.is_valid() else {}
    page_number = max(1, int(request.GET["page"])) if request.GET.get("page", "").isdigit() else 1
    rows = audit.revisions(user=filters.get("user"), record_type=filters.get("record_type") or "",
                           since=filters.get("since"), until=filters.get("until"),
                           article=filters.get("article"), limit=51, offset=(page_number - 1) * 50)
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "claims/audit_list.html", {
        "form": form, "rows": rows[:50], "has_next": len(rows) > 50, "page_number": page_number,
        "query": query.urlencode()})


def _history_model(record_type):
    if record_type not in audit.TRACKED:
        raise Http404
    return audit.TRACKED[record_type].history.model


@login_required
def audit_record(request, record_type, object_id):
    """Every revision of one record (deleted ones too), and the diff between any two."""
    require(request.user, "view_audit")
    model = _history_model(record_type)
    revisions = list(model.objects.filter(id=object_id).select_related("history_user")
                     .order_by("-history_date", "-history_id"))
    if not revisions:
        raise Http404
    by_id = {r.history_id: r for r in revisions}
    newer = by_id.get(int(request.GET.get("a", 0) or 0), revisions[0])
    older_default = revisions[revisions.index(newer) + 1] if revisions.index(newer) + 1 < len(revisions) else None
    older = by_id.get(int(request.GET.get("b", 0) or 0), older_default)
    if older is not None and (older.history_date, older.history_id) > (newer.history_date, newer.history_id):
        newer, older = older, newer
    return render(request, "claims/audit_record.html", {
        "record_type": record_type, "object_id": object_id, "revisions": revisions,
        "newer": newer, "older": older, "changes": audit.diff(newer, older),
        "can_revert": request.user.has_perm("claims.revert_revision"),
        "deleted": revisions[0].history_type == "-",
    })


@login_required
@require_POST
def audit_revert(request, record_type, history_id):
    model = _history_model(record_type)
    record = get_object_or_404(model, history_id=history_id)
    try:
        do_revert(record, reason=request.POST.get("reason", ""), acting_user=request.user)
    except workflow.NotPermitted:
        raise PermissionDenied from None
    except RevertRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Reverted to revision {history_id}.")
    return redirect("claims:audit_record", record_type=record_type, object_id=record.id)
