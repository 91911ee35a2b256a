"""Admin for every model, with history: browse, compare and revert revisions on day one."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .actions import request_check
from .models import Article, CheckRun, Claim, Evidence, Flag, Measure, Source


class DeskAdmin(SimpleHistoryAdmin):
    history_list_display = ["history_change_reason"]


class ChecksOnSave(DeskAdmin):
    """A change made in the admin re-runs the article's check, as it does from the app."""

    def article_of(self, obj):
        return obj.article

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        request_check(self.article_of(obj), acting_user=request.user, reason="checked after an admin edit")


@admin.register(Article)
class ArticleAdmin(DeskAdmin):
    list_display = ["title", "outlet", "published", "imported_by", "imported_at"]
    search_fields = ["title", "outlet", "url"]
    date_hierarchy = "imported_at"


@admin.register(CheckRun)
class CheckRunAdmin(DeskAdmin):
    list_display = ["article", "status", "progress", "requested_at", "finished_at", "attempts"]
    list_filter = ["status"]
    list_select_related = ["article"]


@admin.register(Measure)
class MeasureAdmin(DeskAdmin):
    list_display = ["label", "unit", "as_of", "confirmed"]
    search_fields = ["label", "key"]
    list_filter = ["unit", "confirmed"]


@admin.register(Claim)
class ClaimAdmin(ChecksOnSave):
    list_display = ["quote", "article", "value", "unit", "qualifier", "status", "assignee", "verdict"]
    list_filter = ["status", "unit", "verdict"]
    search_fields = ["quote", "noun", "article__title"]
    list_select_related = ["article", "assignee"]
    raw_id_fields = ["article", "measure", "assignee", "proposed_by", "signed_off_by"]


@admin.register(Source)
class SourceAdmin(DeskAdmin):
    list_display = ["title", "publisher", "kind", "reliability", "accessed"]
    list_filter = ["kind", "reliability"]
    search_fields = ["title", "publisher", "url"]


@admin.register(Evidence)
class EvidenceAdmin(ChecksOnSave):
    list_display = ["claim", "source", "stance", "value"]
    list_filter = ["stance"]
    list_select_related = ["claim", "source"]
    raw_id_fields = ["claim", "source"]

    def article_of(self, obj):
        return obj.claim.article


@admin.register(Flag)
class FlagAdmin(DeskAdmin):
    list_display = ["rule", "severity", "status", "article", "created_at"]
    list_filter = ["status", "severity", "rule"]
    list_select_related = ["article"]
    raw_id_fields = ["article", "claims", "resolved_by"]
    readonly_fields = ["fingerprint"]
