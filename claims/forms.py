from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model

from .models import Claim, ClaimStatus, Measure, Rating, Source, Stance
from .sanitize import InputRefused, article_text


class ImportForm(forms.Form):
    title = forms.CharField(max_length=500)
    url = forms.URLField(required=False, max_length=2000, assume_scheme="https")
    outlet = forms.CharField(required=False, max_length=200)
    published = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    file = forms.FileField(required=False, help_text="A UTF-8 text file or a saved article page (HTML).")
    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 12}),
                           help_text="Or paste the article text here.")

    def clean(self):
        data = super().clean()
        upload, pasted = data.get("file"), data.get("text") or ""
        if upload and pasted.strip():
            raise forms.ValidationError("Give either a file or pasted text, not both.")
        if upload:
            if upload.size > settings.MAX_ARTICLE_BYTES:
                raise forms.ValidationError(
                    f"The file is {upload.size:,} bytes; the limit is {settings.MAX_ARTICLE_BYTES:,} bytes.")
            raw = upload.read()
        else:
            raw = pasted.encode("utf-8")
        try:
            data["article_text"] = article_text(raw, max_bytes=settings.MAX_ARTICLE_BYTES)
        except InputRefused as exc:
            raise forms.ValidationError(str(exc)) from None
        return data


class ClaimEditForm(forms.Form):
    """The figure as a fact-checker corrects it; `version` is the version the edit started from."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    value = forms.FloatField()
    lower = forms.FloatField(required=False, help_text="Empty: unbounded.")
    lower_inclusive = forms.BooleanField(required=False)
    upper = forms.FloatField(required=False, help_text="Empty: unbounded.")
    upper_inclusive = forms.BooleanField(required=False)
    pragmatic_lower = forms.FloatField(required=False)
    pragmatic_upper = forms.FloatField(required=False)
    unit = forms.CharField(max_length=40)
    qualifier = forms.CharField(max_length=60, required=False)
    attribution = forms.CharField(max_length=300, required=False, help_text="Who made the claim.")

    def clean(self):
        data = super().clean()
        for low, high in (("lower", "upper"), ("pragmatic_lower", "pragmatic_upper")):
            if data.get(low) is not None and data.get(high) is not None and data[low] > data[high]:
                self.add_error(high, "The upper bound must not be below the lower bound.")
        return data


class ProposeForm(forms.Form):
    verdict = forms.ChoiceField(choices=Rating.choices)
    rationale = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}),
                                help_text="Links and simple formatting are kept; everything else is removed.")


class NoteForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=5000)


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(queryset=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = get_user_model().objects.filter(
            is_active=True, groups__name__in=["Fact-checkers", "Editors"]).distinct().order_by("username")


class EvidenceForm(forms.Form):
    source = forms.ModelChoiceField(queryset=Source.objects.order_by("title"))
    stance = forms.ChoiceField(choices=Stance.choices)
    value = forms.FloatField(required=False, help_text="The figure the source states, if any.")
    excerpt = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))


class SourceForm(forms.ModelForm):
    url = forms.URLField(max_length=2000, assume_scheme="https")

    class Meta:
        model = Source
        fields = ["url", "title", "publisher", "kind", "reliability", "accessed", "excerpt"]
        widgets = {"accessed": forms.DateInput(attrs={"type": "date"}), "excerpt": forms.Textarea(attrs={"rows": 4})}


class MeasureForm(forms.ModelForm):
    class Meta:
        model = Measure
        fields = ["label", "as_of", "notes", "confirmed"]
        widgets = {"as_of": forms.DateInput(attrs={"type": "date"}), "notes": forms.Textarea(attrs={"rows": 3})}


class MergeForm(forms.Form):
    others = forms.ModelMultipleChoiceField(queryset=Measure.objects.none(), label="Merge these measures into this one")

    def __init__(self, *args, measure=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["others"].queryset = Measure.objects.filter(unit=measure.unit).exclude(pk=measure.pk).order_by("label")


class SplitForm(forms.Form):
    label = forms.CharField(max_length=300, label="Name of the new measure")
    claims = forms.ModelMultipleChoiceField(queryset=Claim.objects.none(), label="Claims to move")

    def __init__(self, *args, measure=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["claims"].queryset = measure.claims.order_by("article_id", "start")


class ClaimFilterForm(forms.Form):
    q = forms.CharField(required=False, label="Text")
    status = forms.ChoiceField(required=False, choices=[("", "Any status"), *ClaimStatus.choices])
    assignee = forms.ModelChoiceField(required=False, queryset=get_user_model().objects.order_by("username"))
    article = forms.IntegerField(required=False, min_value=1, label="Article id")
    measure = forms.IntegerField(required=False, min_value=1, label="Measure id")
    flagged = forms.BooleanField(required=False, label="With an open flag")


class AuditFilterForm(forms.Form):
    user = forms.ModelChoiceField(required=False, queryset=get_user_model().objects.order_by("username"))
    record_type = forms.ChoiceField(required=False, choices=[("", "Any record")])
    since = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    article = forms.IntegerField(required=False, min_value=1, label="Article id")

    def __init__(self, *args, record_types=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record_type"].choices = [("", "Any record"), *record_types]
