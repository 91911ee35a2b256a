"""Plain-dict views of records, shared by the export command, the API and the CSV export."""

CLAIM_FIELDS = ["id", "start", "end", "value", "lower", "upper", "lower_inclusive", "upper_inclusive",
                "pragmatic_lower", "pragmatic_upper", "unit", "qualifier", "noun", "kind",
                "resolved_year", "attribution", "status", "verdict", "rationale", "version"]


def claim_dict(claim) -> dict:
    data = {name: getattr(claim, name) for name in CLAIM_FIELDS}
    data["text"] = claim.quote
    data["article"] = claim.article_id
    data["measure"] = claim.measure_id
    data["measure_label"] = claim.measure.label if claim.measure_id else ""
    data["assignee"] = claim.assignee_id
    return data


def flag_dict(flag) -> dict:
    return {
        "id": flag.pk, "rule": flag.rule, "severity": flag.severity, "status": flag.status,
        "message": flag.message, "claims": sorted(c.pk for c in flag.claims.all()),
        "resolution_note": flag.resolution_note,
    }


def article_export(article) -> dict:
    claims = article.claims.select_related("measure").order_by("start")
    flags = article.flags.prefetch_related("claims").order_by("pk")
    run = getattr(article, "check_run", None)
    return {
        "article": {
            "id": article.pk, "title": article.title, "outlet": article.outlet, "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "imported_at": article.imported_at.isoformat(),
            "check": {"status": run.status, "progress": run.progress} if run else None,
        },
        "claims": [claim_dict(c) for c in claims],
        "flags": [flag_dict(f) for f in flags],
    }
