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
    if older is None:
        return [(f.name, None, getattr(newer, f.attname)) for f in newer.instance_type._meta.fields
                if getattr(newer, f.attname, None) not in (None, "")]
    delta = newer.diff_against(older)
    return [(change.field, *_names(newer.instance_type, change.field, change.old, change.new))
            for change in delta.changes]


def _names(model, field_name, *values):
    """Foreign keys shown as the record they point to ("carla"), not as its id."""
    try:
        field = model._meta.get_field(field_name)
    except Exception:
        return values
    if not getattr(field, "many_to_one", False):
        return values
    found = {obj.pk: str(obj) for obj in field.related_model._default_manager.filter(pk__in=[v for v in values if v])}
    return tuple(found.get(v, v) if v else v for v in values)
