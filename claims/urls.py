from django.urls import path

from . import views

app_name = "claims"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("articles/", views.article_list, name="articles"),
    path("articles/import/", views.import_article, name="import"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("articles/<int:pk>/check/", views.check_status, name="check_status"),
    path("articles/<int:pk>/recheck/", views.recheck, name="recheck"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
]
