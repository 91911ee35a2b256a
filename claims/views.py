"""Short views: permission, form, one action, redirect. Writes are POST only."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Count, Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html_join
from django.views.decorators.http import require_POST

from .actions import ImportRefused, do_import_article, request_check
from .forms import ImportForm
from .models import Article, CheckRun, Claim, Flag, FlagStatus


@login_required
def dashboard(request):
    claims = Claim.objects.all()
    context = {
        "my_queue": claims.assigned_to(request.user).select_related("article")[:20],
        "awaiting": claims.awaiting_sign_off().select_related("article")[:20],
        "by_status": claims.values("status").annotate(n=Count("id")).order_by("status"),
        "open_flags": Flag.objects.open().values("severity").annotate(n=Count("id")).order_by("severity"),
        "articles": Article.objects.annotate(
            n_claims=Count("claims", distinct=True),
            n_open=Count("flags", filter=Q(flags__status=FlagStatus.OPEN), distinct=True),
        )[:20],
    }
    return render(request, "claims/dashboard.html", context)


@login_required
def article_list(request):
    articles = Article.objects.annotate(
        n_claims=Count("claims", distinct=True),
        n_open=Count("flags", filter=Q(flags__status=FlagStatus.OPEN), distinct=True),
    ).select_related("imported_by")
    return render(request, "claims/article_list.html", {"articles": articles})


@login_required
@permission_required("claims.add_article", raise_exception=True)
def import_article(request):
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
            continue  # overlapping spans: the first one wins the highlight
        pieces.append(("", article.text[pos : claim.start], "", "", "", ""))
        flag = " flagged" if claim.pk in flagged_ids else ""
        pieces.append((claim.get_absolute_url(), article.text[claim.start : claim.end],
                       claim.status, flag, claim.get_status_display(), claim.pk))
        pos = claim.end
    pieces.append(("", article.text[pos:], "", "", "", ""))
    return format_html_join(
        "", "{}",
        ((_piece(*p),) for p in pieces),
    )


def _piece(url, text, status, flag, label, pk):
    from django.utils.html import format_html

    if not url:
        return text
    return format_html('<a class="claim s-{}{}" id="claim-{}" href="{}" title="{}">{}</a>',
                       status, flag, pk, url, label, text)


@login_required
def article_detail(request, pk):
    article = get_object_or_404(Article.objects.select_related("imported_by"), pk=pk)
    claims = list(article.claims.select_related("measure").order_by("start"))
    flags = list(article.flags.prefetch_related("claims").order_by("status", "pk"))
    flagged = {c.pk for f in flags if f.status == FlagStatus.OPEN for c in f.claims.all()}
    run = CheckRun.objects.filter(article=article).first()
    return render(request, "claims/article_detail.html", {
        "article": article, "claims": claims, "flags": flags, "run": run,
        "body": highlighted(article, claims, flagged),
    })


@login_required
def check_status(request, pk):
    run = get_object_or_404(CheckRun, article_id=pk)
    open_flags = Flag.objects.filter(article_id=pk, status=FlagStatus.OPEN).count()
    return JsonResponse({"status": run.status, "progress": run.progress, "rule": run.current_rule,
                         "error": run.error, "open_flags": open_flags})


@login_required
@require_POST
def recheck(request, pk):
    article = get_object_or_404(Article, pk=pk)
    request_check(article, acting_user=request.user, reason="re-check asked for")
    messages.info(request, "The check is queued.")
    return redirect(article)


@login_required
def claim_detail(request, pk):
    claim = get_object_or_404(Claim.objects.select_related("article", "measure", "assignee"), pk=pk)
    siblings = []
    if claim.measure_id:
        siblings = list(Claim.objects.filter(measure_id=claim.measure_id).select_related("article").order_by("value"))
    return render(request, "claims/claim_detail.html", {
        "claim": claim, "siblings": siblings,
        "evidence": claim.evidence.select_related("source"),
        "flags": claim.flags.all(),
        "history": claim.history.select_related("history_user").order_by("-history_date")[:50],
    })
