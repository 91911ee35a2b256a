from django.urls import path

from . import views

app_name = "claims"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("queues/<slug:name>/", views.queue, name="queue"),
    path("articles/", views.article_list, name="articles"),
    path("articles/import/", views.import_article, name="import"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("articles/<int:pk>/check/", views.check_status, name="check_status"),
    path("articles/<int:pk>/recheck/", views.recheck, name="recheck"),
    path("articles/<int:pk>/sign-off/", views.article_sign_off, name="article_sign_off"),
    path("articles/<int:pk>/claims.csv", views.article_csv, name="article_csv"),
    path("claims/", views.claim_list, name="claims"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
    path("claims/<int:pk>/edit/", views.claim_edit, name="claim_edit"),
    path("claims/<int:pk>/evidence/", views.evidence_add, name="evidence_add"),
    path("claims/<int:pk>/<slug:action>/", views.claim_transition, name="transition"),
    path("public/claims/<int:pk>/", views.claim_public, name="public"),
    path("public/claims/<int:pk>/claimreview.json", views.claim_review_json, name="claimreview"),
    path("flags/", views.flag_list, name="flags"),
    path("flags/<int:pk>/<slug:action>/", views.flag_action, name="flag_action"),
    path("sources/", views.source_list, name="sources"),
    path("sources/new/", views.source_edit, name="source_add"),
    path("sources/<int:pk>/", views.source_edit, name="source_edit"),
    path("measures/<int:pk>/", views.measure_detail, name="measure"),
    path("measures/<int:pk>/merge/", views.measure_merge, name="measure_merge"),
    path("measures/<int:pk>/split/", views.measure_split, name="measure_split"),
    path("audit/", views.audit_list, name="audit"),
    path("audit/<slug:record_type>/<int:object_id>/", views.audit_record, name="audit_record"),
    path("audit/<slug:record_type>/revisions/<int:history_id>/revert/", views.audit_revert, name="audit_revert"),
]
