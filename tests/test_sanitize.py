"""The one sanitiser against DOMPurify's 223 XSS fixtures, with a structural oracle: no element
outside the allowlist, no on*/style/srcdoc/formaction attribute, no link scheme other than
http, https, mailto; and every link carries rel="noopener noreferrer"."""

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claims.sanitize import ALLOWED_PROTOCOLS, ALLOWED_TAGS, clean_html

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "xss" / "dompurify-expect.json"


class Oracle(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"element <{tag}>")
        names = {name for name, _ in attrs}
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "srcdoc", "formaction"):
                self.problems.append(f"attribute {name}")
            if name == "href":
                scheme = (value or "").strip().split(":", 1)[0].lower() if ":" in (value or "") else ""
                if scheme and scheme not in ALLOWED_PROTOCOLS:
                    self.problems.append(f"scheme {scheme}")
        if tag == "a" and "href" in names and dict(attrs).get("rel") != "noopener noreferrer":
            self.problems.append("link without rel")

    handle_startendtag = handle_starttag


def problems(html: str) -> list[str]:
    oracle = Oracle()
    oracle.feed(html)
    oracle.close()
    return oracle.problems


def payloads():
    if not CORPUS.exists():
        pytest.skip(f"the XSS corpus is not here ({CORPUS}); it ships with the project's shared folder only")
    return [case["payload"] for case in json.loads(CORPUS.read_text("utf-8"))]


def test_every_dompurify_payload_comes_out_clean():
    cases = payloads()
    assert len(cases) == 223
    dirty = {n: problems(clean_html(p)) for n, p in enumerate(cases)}
    dirty = {n: p for n, p in dirty.items() if p}
    assert dirty == {}


def test_cleaning_twice_changes_nothing():
    for payload in payloads():
        once = clean_html(payload)
        assert clean_html(once) == once


@pytest.mark.parametrize("html,expected", [
    ('<a href=" https://example.org ">x</a>', '<a href="https://example.org" rel="noopener noreferrer">x</a>'),
    ('<a href="JaVaScRiPt:alert(1)">x</a>', "x"),
    ('<a href="mailto:desk@example.org">mail</a>', '<a href="mailto:desk@example.org" rel="noopener noreferrer">mail</a>'),
    ("<p onclick=alert(1)>ok <b>bold</b></p>", "<p>ok <b>bold</b></p>"),
    ("<script>alert(1)</script>text", "alert(1)text"),
    ("<img src=x onerror=alert(1)>", ""),
])
def test_allowlist_examples(html, expected):
    assert clean_html(html) == expected


def test_oracle_catches_what_it_should():
    assert problems('<img src=x onerror="x">') == ["element <img>", "attribute onerror"]
    assert problems('<a href="javascript:x">a</a>') == ["scheme javascript", "link without rel"]
