"""The one place that calls bleach, and the one place that turns uploaded bytes into text.

Rich text (rationales, notes, source excerpts) is cleaned when it is saved, by every path, so
what is stored and returned is already clean; templates mark only its output as safe.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import bleach

ALLOWED_TAGS = frozenset({"a", "b", "strong", "i", "em", "p", "br", "ul", "ol", "li", "blockquote", "code", "q", "sub", "sup"})
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})


def _link_attrs(attrs, new=False):
    href_key = (None, "href")
    href = (attrs.get(href_key) or "").strip()
    scheme = href.split(":", 1)[0].lower() if ":" in href else ""
    if not href or scheme not in ALLOWED_PROTOCOLS and ":" in href:
        return None  # no address left, or a scheme not allowed: keep the text, drop the link
    if href:
        attrs[href_key] = href
    attrs[(None, "rel")] = "noopener noreferrer"
    return attrs


_cleaner = bleach.sanitizer.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[],
)


def clean_html(value: str) -> str:
    """Rich text limited to a small allowlist; links limited to http, https and mailto after
    trimming, with rel="noopener noreferrer"."""
    if not value:
        return ""
    cleaned = _cleaner.clean(value)
    return bleach.linkify(cleaned, callbacks=[_link_attrs], parse_email=False, skip_tags={"code"})


# --- article input ------------------------------------------------------------------------


class InputRefused(ValueError):
    """Bad article input; the message names the problem for the person who sent it."""


_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
          "header", "footer", "blockquote", "figcaption", "pre", "ul", "ol", "table", "hr"}
_SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "head", "nav", "form", "button", "select"}


class _Readable(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
            self.scripts += tag == "script"
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, int]:
    """The readable text of a saved article page, and how many scripts were dropped."""
    parser = _Readable()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n[ \n]*\n *", "\n\n", text)
    return text.strip(), parser.scripts


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or bool(re.search(r"<(p|div|body|article|script)\b", head))


def article_text(data: bytes, *, max_bytes: int) -> str:
    """Bytes of an uploaded or pasted article -> its text. Refuses, with a message naming the
    problem, what is empty, too large, binary, not UTF-8, or HTML without readable text."""
    if len(data) > max_bytes:
        raise InputRefused(f"The file is {len(data):,} bytes; the limit is {max_bytes:,} bytes. Nothing was imported.")
    if not data.strip():
        raise InputRefused("The article is empty.")
    if b"\x00" in data[:8192]:
        raise InputRefused("This is a binary file, not text. Save the article as plain text or HTML.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputRefused(f"The file is not UTF-8 text (invalid byte at position {exc.start}). Save it as UTF-8.") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8:
        raise InputRefused("This looks like a binary file, not text.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text):
        readable, scripts = html_to_text(text)
        if not readable:
            note = f" ({scripts} script blocks were removed)" if scripts else ""
            raise InputRefused(f"The HTML page holds no readable article text{note}.")
        return readable
    return text
