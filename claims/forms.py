from django import forms
from django.conf import settings

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
