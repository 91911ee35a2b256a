"""The review state machine: states, transitions, who may make them.

unreviewed -> in_review (assigned) -> proposed (verdict + rationale + evidence) -> signed_off,
with returned back to the fact-checker. Each transition is atomic, locks the claim row, checks its
guard and raises a clear error on an illegal move, and records who and why in the history.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from .actions import acting_as, save_with_reason
from .models import Claim, ClaimStatus, Flag, FlagStatus, Rating, Severity
from .sanitize import clean_html

# ClaimReview reviewRating: ratingValue on a 1 (worst) to 5 (best) scale, and its label.
RATING_VALUES = {
    Rating.ACCURATE: (5, "Accurate"),
    Rating.MOSTLY_ACCURATE: (4, "Mostly accurate"),
    Rating.MISLEADING: (2, "Misleading"),
    Rating.INACCURATE: (1, "Inaccurate"),
    Rating.UNSUPPORTED: (3, "Unsupported"),
}

S = ClaimStatus
TRANSITIONS = {
    "assign": ({S.UNREVIEWED, S.IN_REVIEW, S.RETURNED}, S.IN_REVIEW),
    "propose": ({S.IN_REVIEW, S.RETURNED}, S.PROPOSED),
    "return": ({S.PROPOSED}, S.RETURNED),
    "sign_off": ({S.PROPOSED}, S.SIGNED_OFF),
    "reopen": ({S.SIGNED_OFF, S.PROPOSED}, S.IN_REVIEW),
}


class TransitionError(Exception):
    """A refused transition; `rule` names the guard that refused."""

    status = 409

    def __init__(self, message: str, rule: str):
        super().__init__(message)
        self.rule = rule


class NotPermitted(TransitionError):
    status = 403


def _require(user, perm: str, what: str):
    if not user.has_perm(f"claims.{perm}"):
        raise NotPermitted(f"You may not {what}.", "permission")


def _locked(claim_id: int) -> Claim:
    return Claim.objects.select_for_update().get(pk=claim_id)


def _move(claim: Claim, action: str):
    sources, target = TRANSITIONS[action]
    if claim.status not in sources:
        raise TransitionError(
            f"Cannot {action.replace('_', ' ')} a claim that is {claim.get_status_display().lower()}.", "state")
    claim.status = target
    claim.version += 1


def blocking_flags(claim: Claim):
    """Open conflicts and divergences on the claim, and acknowledged conflicts (acknowledging
    is enough only for a divergence)."""
    return Flag.objects.filter(claims=claim).blocking()


def assign(claim_id: int, *, assignee, acting_user, reason: str = "") -> Claim:
    _require(acting_user, "change_claim", "assign claims")
    with transaction.atomic(), acting_as(acting_user):
        claim = _locked(claim_id)
        _move(claim, "assign")
        claim.assignee = assignee
        return save_with_reason(claim, reason or f"assigned to {assignee.username}")


def propose(claim_id: int, *, verdict: str, rationale: str, acting_user) -> Claim:
    _require(acting_user, "change_claim", "propose verdicts")
    if verdict not in Rating.values:
        raise TransitionError(f"Unknown verdict {verdict!r}; use one of {', '.join(Rating.values)}.", "verdict")
    rationale = clean_html(rationale).strip()
    if not rationale:
        raise TransitionError("A verdict needs a rationale.", "rationale")
    with transaction.atomic(), acting_as(acting_user):
        claim = _locked(claim_id)
        if claim.assignee_id not in (None, acting_user.pk) and not acting_user.has_perm("claims.sign_off_claim"):
            raise NotPermitted("Only the claim's assignee or an editor may propose its verdict.", "assignee")
        if not claim.evidence.exists():
            raise TransitionError("A verdict needs at least one piece of evidence.", "evidence")
        _move(claim, "propose")
        claim.verdict, claim.rationale, claim.proposed_by = verdict, rationale, acting_user
        return save_with_reason(claim, f"proposed: {verdict}")


def return_to_checker(claim_id: int, *, note: str, acting_user) -> Claim:
    _require(acting_user, "sign_off_claim", "return verdicts")
    note = clean_html(note).strip()
    if not note:
        raise TransitionError("Say what the fact-checker should look at again.", "note")
    with transaction.atomic(), acting_as(acting_user):
        claim = _locked(claim_id)
        _move(claim, "return")
        return save_with_reason(claim, f"returned: {note}")


def sign_off(claim_id: int, *, acting_user) -> Claim:
    _require(acting_user, "sign_off_claim", "sign off claims")
    with transaction.atomic(), acting_as(acting_user):
        claim = _locked(claim_id)
        if claim.status == S.PROPOSED and claim.proposed_by_id == acting_user.pk:
            raise TransitionError("An editor cannot sign off a verdict they proposed.", "own_verdict")
        if claim.status == S.PROPOSED and not claim.evidence.exists():
            raise TransitionError("A verdict needs at least one piece of evidence.", "evidence")
        flags = list(blocking_flags(claim))
        if flags and claim.status == S.PROPOSED:
            raise TransitionError(
                f"Flag #{flags[0].pk} ({flags[0].get_severity_display().lower()}) on this claim is open: "
                "resolve it, dismiss it with a reason, or (a divergence) acknowledge it first.", "open_flag")
        _move(claim, "sign_off")
        claim.signed_off_by, claim.signed_off_at = acting_user, timezone.now()
        return save_with_reason(claim, "signed off")


def reopen(claim_id: int, *, acting_user, reason: str) -> Claim:
    _require(acting_user, "sign_off_claim", "reopen claims")
    with transaction.atomic(), acting_as(acting_user):
        claim = _locked(claim_id)
        _move(claim, "reopen")
        claim.signed_off_by, claim.signed_off_at = None, None
        return save_with_reason(claim, f"reopened: {reason}")


# --- flags -------------------------------------------------------------------------------------


def _flag_move(flag_id: int, *, status: str, note: str, acting_user, need_note: bool) -> Flag:
    _require(acting_user, "resolve_flag", "work flags")
    note = clean_html(note).strip()
    if need_note and not note:
        raise TransitionError("Give a reason.", "note")
    with transaction.atomic(), acting_as(acting_user):
        flag = Flag.objects.select_for_update().get(pk=flag_id)
        if flag.status in (FlagStatus.RESOLVED, FlagStatus.DISMISSED) and status != FlagStatus.OPEN:
            raise TransitionError(f"The flag is already {flag.status}.", "state")
        flag.status = status
        flag.resolved_by = acting_user if status in (FlagStatus.RESOLVED, FlagStatus.DISMISSED) else None
        flag.resolution_note = note
        return save_with_reason(flag, f"{status}: {note}" if note else status)


def acknowledge_flag(flag_id: int, *, acting_user, note: str = "") -> Flag:
    return _flag_move(flag_id, status=FlagStatus.ACKNOWLEDGED, note=note, acting_user=acting_user, need_note=False)


def resolve_flag(flag_id: int, *, acting_user, note: str) -> Flag:
    return _flag_move(flag_id, status=FlagStatus.RESOLVED, note=note, acting_user=acting_user, need_note=True)


def dismiss_flag(flag_id: int, *, acting_user, reason: str) -> Flag:
    return _flag_move(flag_id, status=FlagStatus.DISMISSED, note=reason, acting_user=acting_user, need_note=True)


__all__ = ["Severity"]
