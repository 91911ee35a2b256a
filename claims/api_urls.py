from django.urls import path, re_path, register_converter
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from . import api


class FlagActionConverter:
    regex = "acknowledge|resolve|dismiss"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(FlagActionConverter, "any_flag_action")

urlpatterns = [
    path("auth/token/", api.TokenView.as_view(), name="api-token"),
    path("articles/", api.ArticleList.as_view(), name="api-articles"),
    path("articles/<int:pk>/", api.ArticleDetail.as_view(), name="api-article"),
    path("claims/", api.ClaimList.as_view(), name="api-claims"),
    path("claims/<int:pk>/", api.ClaimDetail.as_view(), name="api-claim"),
    path("claims/<int:pk>/transitions/", api.ClaimTransition.as_view(), name="api-claim-transitions"),
    path("claims/<int:pk>/history/", api.ClaimHistory.as_view(), name="api-claim-history"),
    path("claims/<int:pk>/evidence/", api.ClaimEvidence.as_view(), name="api-claim-evidence"),
    path("claims/<int:pk>/claimreview/", api.ClaimReviewView.as_view(), name="api-claim-review"),
    path("sources/", api.SourceList.as_view(), name="api-sources"),
    path("flags/", api.FlagList.as_view(), name="api-flags"),
    path("flags/<int:pk>/<any_flag_action:action>/", api.FlagAction.as_view(), name="api-flag-action"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    re_path(r"^[\s\S]*$", api.not_found),  # any character, a newline too: still the API's 404
]
