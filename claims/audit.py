"""The audit log: every revision of every record, newest first, with filters and diffs."""

from __future__ import annotations

import heapq
import itertools

from .models import Article, CheckRun, Claim, Evidence, Flag, Measure, Source

TRACKED = {"article": Article, "claim": Claim, "measure": Measure, "source": Source,
           "evidence": Evidence, "flag": Flag, "checkrun": CheckRun}
RECORD_TYPES = [(name, model._meta.verbose_name.capitalize()) for name, model in TRACKED.items()]


def _article_filter(name: str, article_id: int) -> dict:
    return {"article": {"id": article_id}, "claim": {"article_id": article_id},
            "evidence": {"claim__article_id": article_id}, "flag": {"article_id": article_id},
            "checkrun": {"article_id": article_id}}.get(name, {"pk__in": []})


def revisions(*, user=None, record_type: str = "", since=None, until=None, article: int | None = None,
              limit: int = 50, offset: int = 0) -> list:
    """Revisions across every tracked model, newest first: one query per model type, merged."""
    names = [record_type] if record_type else list(TRACKED)
    streams = []
    for name in names:
        qs = TRACKED[name].history.select_related("history_user").order_by("-history_date", "-history_id")
        if user is not None:
            qs = qs.filter(history_user=user)
        if since:
            qs = qs.filter(history_date__date__gte=since)
        if until:
            qs = qs.filter(history_date__date__lte=until)
        if article:
            if name == "article":
                qs = qs.filter(id=article)
            elif name in ("source", "measure"):
                continue  # shared across articles
            else:
                qs = qs.filter(**_article_filter(name, article))
        rows = list(qs[: offset + limit])
        for row in rows:
            row.record_type = name
        streams.append(rows)
    merged = heapq.merge(*streams, key=lambda r: (r.history_date, r.history_id), reverse=True)
    return list(itertools.islice(merged, offset, offset + limit))


def diff(newer, older) -> list[tuple[str, object, object]]:
    """(field, old value, new value) for every field that differs between two revisions."""
    return diffs([(newer, older)])[0]


def diffs(pairs) -> list[list[tuple[str, object, object]]]:
    """The diffs of several (newer, older) revision pairs, foreign keys shown as the record they
    point to ("carla", not 6): one query per related model for the whole list, not per change."""
    raw = []
    for newer, older in pairs:
        if older is None:
            raw.append([(f.name, None, getattr(newer, f.attname)) for f in newer.instance_type._meta.fields
                        if getattr(newer, f.attname, None) not in (None, "")])
        else:
            raw.append([(c.field, c.old, c.new) for c in newer.diff_against(older).changes])
    wanted: dict = {}
    for (newer, _), changes in zip(pairs, raw, strict=True):
        for name, old, new in changes:
            related = _related_model(newer.instance_type, name)
            if related is not None:
                wanted.setdefault(related, set()).update(v for v in (old, new) if v)
    names = {model: {obj.pk: str(obj) for obj in model._default_manager.filter(pk__in=ids)}
             for model, ids in wanted.items()}
    out = []
    for (newer, _), changes in zip(pairs, raw, strict=True):
        row = []
        for name, old, new in changes:
            related = _related_model(newer.instance_type, name)
            if related is not None:
                old, new = (names[related].get(v, v) if v else v for v in (old, new))
            row.append((name, old, new))
        out.append(row)
    return out


def _related_model(model, field_name):
    try:
        field = model._meta.get_field(field_name)
    except Exception:
        return None
    return field.related_model if getattr(field, "many_to_one", False) else None
