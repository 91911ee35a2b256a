"""schema.org ClaimReview JSON-LD for a signed-off claim (Google's fact-check markup)."""

from django.conf import settings

from .workflow import RATING_VALUES


def claim_review(claim, *, url: str) -> dict:
    """The ClaimReview of a signed-off claim; `url` is the absolute URL of its public page."""
    article = claim.article
    rating, label = RATING_VALUES[claim.verdict]
    org = {"@type": "Organization", "name": getattr(settings, "FACTCHECK_ORGANIZATION", "Fact-check desk")}
    appearance = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.published:
        appearance["datePublished"] = article.published.isoformat()
    item_author = {"@type": "Organization", "name": claim.attribution or article.outlet or "Unknown"}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim.sentence or claim.quote,
        "datePublished": claim.signed_off_at.date().isoformat(),
        "author": org,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": label,
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": item_author,
            "datePublished": (article.published or article.imported_at.date()).isoformat(),
            "appearance": [appearance],
        },
    }
