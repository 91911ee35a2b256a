"""The JSON API (Django REST framework): the same actions and permissions as the web app.

Refusals carry the rule that refused: 403 when the user's role may not, 409 when the state
forbids it (an open flag, a stale version), 400 on bad input.
"""

import hashlib
import re

from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.core.cache import cache
from django.db import models
from django.db.models import Exists, OuterRef
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.utils import (
    OpenApiParameter,
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_field,
    inline_serializer,
)
from rest_framework import generics, serializers, status
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from . import audit, workflow
from .actions import (
    ImportRefused,
    StaleVersion,
    do_add_evidence,
    do_add_source,
    do_edit_claim,
    do_import_article,
)
from .claimreview import claim_review
from .models import Article, Claim, ClaimStatus, Flag, FlagStatus, Measure, Rating, Source, Stance
from .sanitize import InputRefused, article_text

# --- permissions and errors ----------------------------------------------------------------------


class RolePermission(BasePermission):
    """`required` on the view maps HTTP methods to model permissions of the role groups."""

    def has_permission(self, request, view):
        perms = getattr(view, "required", {}).get(request.method, ())
        return request.user.is_authenticated and all(request.user.has_perm(f"claims.{p}") for p in perms)


ID = {"type": "integer", "minimum": 1}
# Host names in ASCII (IDN hosts in punycode), printable ASCII after: what the schema promises.
ADDRESS_RE = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][!-~]*)?$")


MAX_ID = 2**63 - 1  # the largest id a database column holds


def _whole(raw: str) -> bool:
    """ASCII digits only: '²'.isdigit() is true, and int('²') raises."""
    return raw.isascii() and raw.isdigit()


def _filter_by_id(qs, params, name: str):
    """?article=4: a positive whole number. An id past any the database can hold matches
    nothing (the database would refuse to compare it)."""
    raw = params[name]
    if not _whole(raw) or int(raw) < 1:
        raise ValidationError({name: "Give an id."})
    return qs.filter(**{f"{name}_id": int(raw)}) if int(raw) <= MAX_ID else qs.none()


class Pages(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
        return parameters

    def get_page_number(self, request, paginator):
        raw = request.query_params.get(self.page_query_param)
        if raw is not None and not (_whole(raw) and 1 <= int(raw)):
            raise ValidationError({"page": "A whole number from 1."})
        return super().get_page_number(request, paginator)

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is not None and not (_whole(raw) and 1 <= int(raw)):
            raise ValidationError({"page_size": "A whole number from 1."})
        return super().get_page_size(request)


@csrf_exempt  # answers 404 to every method; nothing to protect
def not_found(request, *args, **kwargs):
    """JSON 404 for any path under /api/ that names no endpoint (a malformed id included)."""
    return JsonResponse({"detail": "No such endpoint or record."}, status=404)


def refusal(exc: workflow.TransitionError) -> Response:
    return Response({"detail": str(exc), "rule": exc.rule}, status=exc.status)


class ApiView(APIView):
    permission_classes = [IsAuthenticated, RolePermission]


class ApiList(generics.ListAPIView):
    permission_classes = [IsAuthenticated, RolePermission]
    pagination_class = Pages


# --- serializers ---------------------------------------------------------------------------------


class StrictCharField(serializers.CharField):
    """Text must come as a JSON string: 0 or true is refused, not turned into "0" or "True".
    Lengths are checked on the text as sent (the actions trim where they need to)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("trim_whitespace", False)
        super().__init__(**kwargs)

    default_error_messages = {"invalid": "Not a valid string.",
                              "surrogates": "The text holds characters that are not Unicode (lone surrogates)."}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            self.fail("surrogates")
        return super().to_internal_value(data)


@extend_schema_field({"type": "string", "maxLength": 2000,
                      "pattern": "^(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][!-~]*)?)?$"})
class WebAddressField(StrictCharField):
    """An http or https address. Lenient on the host name (Django's URL validator refuses some
    that browsers take), strict on the scheme."""

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        from urllib.parse import urlsplit

        try:
            parts = urlsplit(value)
        except ValueError:  # "http://v]" and other malformed hosts
            raise ValidationError("Give an http:// or https:// address.") from None
        if value and (parts.scheme not in ("http", "https") or not parts.hostname
                      or not ADDRESS_RE.match(value)):
            raise ValidationError("Give an http:// or https:// address.")
        return value


class StrictModelSerializer(serializers.ModelSerializer):
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.CharField: StrictCharField,
        models.TextField: StrictCharField,
    }


class FlagSerializer(StrictModelSerializer):
    claims = serializers.SerializerMethodField()
    resolved_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = Flag
        fields = ["id", "article", "rule", "severity", "status", "message", "claims", "resolution_note",
                  "resolved_by", "created_at", "updated_at"]
        read_only_fields = fields

    def get_claims(self, flag) -> list[int]:
        return sorted(c.pk for c in flag.claims.all())


class ClaimSerializer(StrictModelSerializer):
    text = serializers.CharField(source="quote", read_only=True)
    verdict = serializers.ChoiceField(choices=Rating.choices, allow_blank=True, read_only=True)
    version = serializers.IntegerField(min_value=1, help_text="The version this edit is based on (PATCH).")

    class Meta:
        model = Claim
        fields = ["id", "article", "start", "end", "text", "value", "lower", "upper", "lower_inclusive",
                  "upper_inclusive", "pragmatic_lower", "pragmatic_upper", "unit", "qualifier", "noun", "kind",
                  "resolved_year", "measure", "attribution", "status", "assignee", "verdict", "rationale",
                  "proposed_by", "signed_off_by", "signed_off_at", "version", "updated_at"]
        read_only_fields = ["id", "article", "start", "end", "text", "noun", "kind", "resolved_year", "status",
                            "assignee", "verdict", "rationale", "proposed_by", "signed_off_by", "signed_off_at",
                            "updated_at"]

    def validate(self, data):
        for low, high in (("lower", "upper"), ("pragmatic_lower", "pragmatic_upper")):
            lo = data.get(low, getattr(self.instance, low, None))
            hi = data.get(high, getattr(self.instance, high, None))
            if lo is not None and hi is not None and lo > hi:
                raise ValidationError({high: "The upper bound must not be below the lower bound."})
        return data


class ClaimPatchSerializer(serializers.Serializer):
    """A correction of a claim's figure: only the fields sent change; `version` is required."""

    version = serializers.IntegerField(min_value=1, help_text="The version this edit is based on.")
    value = serializers.FloatField(required=False)
    lower = serializers.FloatField(required=False, allow_null=True)
    upper = serializers.FloatField(required=False, allow_null=True)
    lower_inclusive = serializers.BooleanField(required=False)
    upper_inclusive = serializers.BooleanField(required=False)
    pragmatic_lower = serializers.FloatField(required=False, allow_null=True)
    pragmatic_upper = serializers.FloatField(required=False, allow_null=True)
    unit = StrictCharField(required=False, min_length=1, max_length=40)
    qualifier = StrictCharField(required=False, allow_blank=True, max_length=60)
    measure = serializers.IntegerField(required=False, allow_null=True, min_value=1)
    attribution = StrictCharField(required=False, allow_blank=True, max_length=300)

    def validate(self, data):
        return ClaimSerializer.validate(self, data)


class ArticleSerializer(StrictModelSerializer):
    imported_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    url = serializers.CharField(read_only=True, help_text="The article's address; empty when unknown.")
    check_status = serializers.CharField(source="check_run.status", read_only=True, default=None)

    class Meta:
        model = Article
        fields = ["id", "title", "outlet", "url", "published", "imported_by", "imported_at", "check_status",
                  "signed_off_at"]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    text = serializers.CharField(read_only=True)
    claims = ClaimSerializer(many=True, read_only=True)
    flags = FlagSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "text", "claims", "flags"]
        read_only_fields = fields


class ArticleImportSerializer(serializers.Serializer):
    title = StrictCharField(max_length=500)
    text = StrictCharField(trim_whitespace=False, help_text=(
        "The article, plain text or a saved HTML page, at most 2 MB. A run of more than 18 digits is "
        "refused (400): a number too long to be a figure."))
    url = WebAddressField(required=False, allow_blank=True, max_length=2000)
    outlet = StrictCharField(required=False, allow_blank=True, max_length=200)
    published = serializers.DateField(required=False, allow_null=True)

    def validate_text(self, value):
        try:
            return article_text(value.encode("utf-8"), max_bytes=settings.MAX_ARTICLE_BYTES)
        except InputRefused as exc:
            raise ValidationError(str(exc)) from None


class AssignRequest(serializers.Serializer):
    action = serializers.ChoiceField(choices=["assign"])
    assignee = serializers.IntegerField(min_value=1, required=False, help_text="A user id; yourself when left out.")


class ProposeRequest(serializers.Serializer):
    action = serializers.ChoiceField(choices=["propose"])
    verdict = serializers.ChoiceField(choices=Rating.choices)
    rationale = StrictCharField(min_length=1, help_text="Links and simple formatting are kept.")


class ReturnRequest(serializers.Serializer):
    action = serializers.ChoiceField(choices=["return"])
    note = StrictCharField(min_length=1, max_length=5000)


class SignOffRequest(serializers.Serializer):
    action = serializers.ChoiceField(choices=["sign_off"])


class ReopenRequest(serializers.Serializer):
    action = serializers.ChoiceField(choices=["reopen"])
    note = StrictCharField(required=False, allow_blank=True, max_length=5000)


TRANSITION_REQUESTS = {"assign": AssignRequest, "propose": ProposeRequest, "return": ReturnRequest,
                       "sign_off": SignOffRequest, "reopen": ReopenRequest}
TransitionRequest = PolymorphicProxySerializer(
    component_name="TransitionRequest", serializers=TRANSITION_REQUESTS,
    resource_type_field_name="action")


class SourceSerializer(StrictModelSerializer):
    url = WebAddressField(max_length=2000)

    class Meta:
        model = Source
        fields = ["id", "url", "title", "publisher", "kind", "reliability", "accessed", "excerpt"]
        read_only_fields = ["id"]


class EvidenceSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    source = serializers.IntegerField(min_value=1, source="source_id", help_text="A source id.")
    stance = serializers.ChoiceField(choices=Stance.choices)
    value = serializers.FloatField(required=False, allow_null=True)
    excerpt = StrictCharField(required=False, allow_blank=True)


class NoteSerializer(serializers.Serializer):
    note = StrictCharField(required=False, allow_blank=True, max_length=5000)


class ChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    old = serializers.JSONField(allow_null=True)
    new = serializers.JSONField(allow_null=True)


class RevisionSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="history_id")
    date = serializers.DateTimeField(source="history_date")
    user = serializers.CharField(source="history_user.username", default=None, allow_null=True)
    change_reason = serializers.CharField(source="history_change_reason", allow_null=True)
    type = serializers.CharField(source="history_type")
    changes = ChangeSerializer(many=True)


# --- auth ----------------------------------------------------------------------------------------

FAILED_LOGINS_PER_MINUTE = 5


class TokenRequestSerializer(serializers.Serializer):
    username = StrictCharField(max_length=150)
    password = StrictCharField(max_length=4096, trim_whitespace=False)


class TokenView(APIView):
    """Exchange a username and password for a token. Five failed attempts a minute for one
    username from one address, then 429; successful attempts are never throttled."""

    permission_classes = []
    authentication_classes = []

    @extend_schema(
        request=TokenRequestSerializer,
        responses={200: inline_serializer("TokenResponse", {"token": serializers.CharField()})},
    )
    def post(self, request):
        data = TokenRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        username, password = data.validated_data["username"], data.validated_data["password"]
        # the username is whatever the client sent: hashed, the key is safe for any cache backend
        # (memcached refuses spaces, control characters and keys over 250 bytes)
        who = f"{username}\x1f{request.META.get('REMOTE_ADDR', '')}".encode("utf-8", "surrogatepass")
        key = f"token-failures:{hashlib.sha256(who).hexdigest()}"
        if cache.get(key, 0) >= FAILED_LOGINS_PER_MINUTE:
            return Response({"detail": "Too many failed attempts; wait a minute."}, status=status.HTTP_429_TOO_MANY_REQUESTS)
        user = authenticate(request, username=username, password=password)
        if user is None:
            cache.add(key, 0, 60)
            cache.incr(key)
            return Response({"detail": "Wrong username or password."}, status=status.HTTP_401_UNAUTHORIZED)
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})


# --- articles ------------------------------------------------------------------------------------


class ArticleList(ApiList):
    required = {"GET": ["view_article"], "POST": ["add_article"]}
    serializer_class = ArticleSerializer
    queryset = Article.objects.select_related("imported_by", "check_run").order_by("-imported_at", "-pk")

    @extend_schema(request=ArticleImportSerializer, responses={201: ArticleDetailSerializer})
    def post(self, request):
        data = ArticleImportSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            article = do_import_article(acting_user=request.user, **data.validated_data)
        except ImportRefused as exc:
            raise ValidationError({"text": str(exc)}) from None
        return Response(ArticleDetailSerializer(_article(article.pk)).data, status=status.HTTP_201_CREATED)


def _article(pk):
    return get_object_or_404(Article.objects.select_related("imported_by", "check_run").prefetch_related(
        "claims", "flags__claims"), pk=pk)


class ArticleDetail(ApiView):
    required = {"GET": ["view_article"]}

    @extend_schema(responses=ArticleDetailSerializer)
    def get(self, request, pk):
        return Response(ArticleDetailSerializer(_article(pk)).data)


# --- claims --------------------------------------------------------------------------------------


class ClaimList(ApiList):
    required = {"GET": ["view_claim"]}
    serializer_class = ClaimSerializer

    @extend_schema(parameters=[
        OpenApiParameter("article", ID), OpenApiParameter("status", str, enum=ClaimStatus.values),
        OpenApiParameter("assignee", ID), OpenApiParameter("measure", ID),
        OpenApiParameter("has_open_flag", bool)])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        qs = Claim.objects.order_by("article_id", "start", "pk")
        params = self.request.query_params
        # A parameter given empty is refused like any other bad value ("?status=" is not a status).
        for name in ("article", "assignee", "measure"):
            if name in params:
                qs = _filter_by_id(qs, params, name)
        if "status" in params:
            if params["status"] not in ClaimStatus.values:
                raise ValidationError({"status": f"One of {', '.join(ClaimStatus.values)}."})
            qs = qs.filter(status=params["status"])
        if "has_open_flag" in params and params["has_open_flag"] not in ("true", "1", "false", "0"):
            raise ValidationError({"has_open_flag": "true or false."})
        if params.get("has_open_flag") in ("true", "1", "false", "0"):
            open_flag = Exists(Flag.objects.filter(claims=OuterRef("pk"), status=FlagStatus.OPEN))
            qs = qs.filter(open_flag) if params["has_open_flag"] in ("true", "1") else qs.exclude(open_flag)
        return qs


class ClaimDetail(ApiView):
    required = {"GET": ["view_claim"], "PATCH": ["change_claim"]}

    @extend_schema(responses=ClaimSerializer)
    def get(self, request, pk):
        return Response(ClaimSerializer(get_object_or_404(Claim, pk=pk)).data)

    @extend_schema(request=ClaimPatchSerializer, responses={200: ClaimSerializer})
    def patch(self, request, pk):
        claim = get_object_or_404(Claim, pk=pk)
        data = ClaimPatchSerializer(claim, data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        version = changes.pop("version")
        if "measure" in changes and changes["measure"] is not None:
            measure = Measure.objects.filter(pk=changes["measure"]).first()
            if measure is None:
                return Response({"detail": "No such measure."}, status=status.HTTP_404_NOT_FOUND)
            changes["measure"] = measure
        try:
            claim = do_edit_claim(pk, version=version, acting_user=request.user, reason="edited through the API", **changes)
        except StaleVersion as exc:
            body = ClaimSerializer(exc.current).data
            return Response({"detail": str(exc), "rule": "stale_version", "current": body}, status=status.HTTP_409_CONFLICT)
        return Response(ClaimSerializer(claim).data)


class ClaimTransition(ApiView):
    required = {"POST": ["view_claim"]}  # each transition checks its own permission

    @extend_schema(request=TransitionRequest, responses={200: ClaimSerializer})
    def post(self, request, pk):
        get_object_or_404(Claim, pk=pk)
        action = request.data.get("action") if isinstance(request.data, dict) else None
        if action not in TRANSITION_REQUESTS:
            raise ValidationError({"action": f"One of {', '.join(TRANSITION_REQUESTS)}."})
        data = TRANSITION_REQUESTS[action](data=request.data)
        data.is_valid(raise_exception=True)
        d = data.validated_data
        user = request.user
        try:
            if action == "assign":
                assignee = user
                if d.get("assignee"):
                    assignee = get_user_model().objects.filter(pk=d["assignee"]).first()
                    if assignee is None:
                        return Response({"detail": f"No user {d['assignee']}."}, status=status.HTTP_404_NOT_FOUND)
                claim = workflow.assign(pk, assignee=assignee, acting_user=user)
            elif action == "propose":
                claim = workflow.propose(pk, verdict=d["verdict"], rationale=d["rationale"], acting_user=user)
            elif action == "return":
                claim = workflow.return_to_checker(pk, note=d["note"], acting_user=user)
            elif action == "sign_off":
                claim = workflow.sign_off(pk, acting_user=user)
            else:
                claim = workflow.reopen(pk, acting_user=user, reason=d.get("note", "") or "reopened")
        except workflow.TransitionError as exc:
            return refusal(exc)
        return Response(ClaimSerializer(claim).data)


class ClaimHistory(ApiList):
    required = {"GET": ["view_claim"]}
    serializer_class = RevisionSerializer

    def get_queryset(self):
        claim = get_object_or_404(Claim, pk=self.kwargs["pk"])
        return list(claim.history.select_related("history_user").order_by("-history_date", "-history_id"))

    def list(self, request, *args, **kwargs):
        revisions = self.get_queryset()
        pairs = list(zip(revisions, [*revisions[1:], None], strict=True))
        for newer, changes in zip(revisions, audit.diffs(pairs), strict=True):
            newer.changes = [{"field": f, "old": _plain(o), "new": _plain(n)} for f, o, n in changes]
        page = self.paginate_queryset(revisions)
        return self.get_paginated_response(RevisionSerializer(page, many=True).data)


def _plain(value):
    return value if value is None or isinstance(value, bool | int | float | str) else str(value)


class ClaimEvidence(ApiView):
    required = {"POST": ["add_evidence"]}

    @extend_schema(request=EvidenceSerializer, responses={201: EvidenceSerializer})
    def post(self, request, pk):
        get_object_or_404(Claim, pk=pk)
        data = EvidenceSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        source = Source.objects.filter(pk=fields.pop("source_id")).first()
        if source is None:
            return Response({"detail": "No such source."}, status=status.HTTP_404_NOT_FOUND)
        evidence = do_add_evidence(pk, source=source, acting_user=request.user, **fields)
        return Response(EvidenceSerializer(evidence).data, status=status.HTTP_201_CREATED)


class ClaimReviewView(ApiView):
    required = {"GET": ["view_claim"]}

    @extend_schema(responses={200: dict})
    def get(self, request, pk):
        claim = get_object_or_404(Claim.objects.select_related("article"), pk=pk, status=ClaimStatus.SIGNED_OFF)
        return Response(claim_review(claim, url=request.build_absolute_uri(reverse("claims:public", args=[pk]))))


# --- sources and flags ---------------------------------------------------------------------------


class SourceList(ApiList):
    required = {"GET": ["view_source"], "POST": ["add_source"]}
    serializer_class = SourceSerializer
    queryset = Source.objects.order_by("title", "pk")

    @extend_schema(request=SourceSerializer, responses={201: SourceSerializer})
    def post(self, request):
        data = SourceSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        source = do_add_source(acting_user=request.user, **data.validated_data)
        return Response(SourceSerializer(source).data, status=status.HTTP_201_CREATED)


class FlagList(ApiList):
    required = {"GET": ["view_flag"]}
    serializer_class = FlagSerializer

    @extend_schema(parameters=[OpenApiParameter("article", ID), OpenApiParameter("status", str, enum=FlagStatus.values),
                               OpenApiParameter("severity", str, enum=["conflict", "divergence", "info"]),
                               OpenApiParameter("rule", str)])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        qs = Flag.objects.prefetch_related("claims").select_related("resolved_by").order_by("-created_at", "-pk")
        params = self.request.query_params
        if "article" in params:
            qs = _filter_by_id(qs, params, "article")
        choices = {"status": FlagStatus.values, "severity": ["conflict", "divergence", "info"]}
        for name in ("status", "severity", "rule"):
            if name in params and (params[name] or name in choices):
                if name in choices and params[name] not in choices[name]:
                    raise ValidationError({name: f"One of {', '.join(choices[name])}."})
                qs = qs.filter(**{name: params[name]})
        return qs


class FlagAction(ApiView):
    required = {"POST": ["view_flag"]}  # the action checks resolve_flag itself

    @extend_schema(request=NoteSerializer, responses={200: FlagSerializer})
    def post(self, request, pk, action):
        get_object_or_404(Flag, pk=pk)
        data = NoteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        note = data.validated_data.get("note", "")
        try:
            if action == "acknowledge":
                flag = workflow.acknowledge_flag(pk, acting_user=request.user, note=note)
            elif action == "resolve":
                flag = workflow.resolve_flag(pk, acting_user=request.user, note=note)
            else:
                flag = workflow.dismiss_flag(pk, acting_user=request.user, reason=note)
        except workflow.NotPermitted as exc:
            raise PermissionDenied(str(exc)) from None
        except workflow.TransitionError as exc:
            if exc.rule == "note":
                return Response({"detail": str(exc), "rule": exc.rule}, status=status.HTTP_400_BAD_REQUEST)
            return refusal(exc)
        return Response(FlagSerializer(flag).data)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()
    rule = serializers.CharField(required=False, help_text="The guard that refused (409, 403 from a transition).")


ERROR_STATUSES = {"400": "Bad input", "401": "Not signed in", "403": "Your role may not do this",
                  "404": "No such record", "409": "The state forbids it (a stale version, an open flag)",
                  "429": "Too many failed attempts"}


def document_errors(result, generator, request, public):
    """drf-spectacular post-processing hook: every operation documents the error answers it
    can give, with their body, so that clients (and schemathesis) can rely on them."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas["Error"] = {"type": "object", "properties": {"detail": {"type": "string"}, "rule": {"type": "string"}},
                        "additionalProperties": True}
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if "requestBody" in operation:
                operation["requestBody"]["required"] = True  # every write needs its body
            responses = operation.setdefault("responses", {})
            wanted = ["400", "401", "403", "404"]
            if method in ("post", "patch"):
                wanted.append("409")
            if path.endswith("/auth/token/"):
                wanted = ["400", "401", "429"]
            for code in wanted:
                responses.setdefault(code, {"description": ERROR_STATUSES[code], "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
    return result
