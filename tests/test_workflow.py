"""Guards of the review workflow and the flag lifecycle."""

import pytest

from claims import workflow
from claims.models import ClaimStatus, FlagStatus
from claims.tasks import run_check
from tests import factories

pytestmark = pytest.mark.django_db
DIVERGENT = "Police held more than 250 protesters. Later more than 300 protesters were held, they said."


@pytest.fixture
def people():
    return {"checker": factories.user("Fact-checkers"), "checker2": factories.user("Fact-checkers"),
            "editor": factories.user("Editors"), "editor2": factories.user("Editors"),
            "outsider": factories.user()}


def proposed_claim(people, text="Officials said 120 people were arrested."):
    article = factories.article(text, by=people["checker"])
    claim = article.claims.order_by("start").first()
    workflow.assign(claim.pk, assignee=people["checker"], acting_user=people["checker"])
    factories.evidence(claim, by=people["checker"], value=claim.value + 1)
    return workflow.propose(claim.pk, verdict="accurate", rationale="The police log says 120.",
                            acting_user=people["checker"])


def test_full_path_to_sign_off_names_each_actor(people):
    claim = proposed_claim(people)
    claim = workflow.sign_off(claim.pk, acting_user=people["editor"])
    assert claim.status == ClaimStatus.SIGNED_OFF and claim.signed_off_by == people["editor"]
    steps = [(h.history_user, h.history_change_reason) for h in claim.history.order_by("history_id")]
    assert steps[-3:] == [(people["checker"], f"assigned to {people['checker'].username}"),
                          (people["checker"], "proposed: accurate"), (people["editor"], "signed off")]


def test_propose_without_evidence_is_refused(people):
    article = factories.article("Some 40 people attended.", by=people["checker"])
    claim = article.claims.get()
    workflow.assign(claim.pk, assignee=people["checker"], acting_user=people["checker"])
    with pytest.raises(workflow.TransitionError) as err:
        workflow.propose(claim.pk, verdict="accurate", rationale="ok", acting_user=people["checker"])
    assert err.value.rule == "evidence"


def test_fact_checker_cannot_sign_off(people):
    claim = proposed_claim(people)
    with pytest.raises(workflow.NotPermitted):
        workflow.sign_off(claim.pk, acting_user=people["checker2"])


def test_outsider_cannot_assign(people):
    article = factories.article("Some 40 people attended.", by=people["checker"])
    with pytest.raises(workflow.NotPermitted):
        workflow.assign(article.claims.get().pk, assignee=people["outsider"], acting_user=people["outsider"])


def test_editor_cannot_sign_off_own_verdict(people):
    article = factories.article("Some 40 people attended.", by=people["editor"])
    claim = article.claims.get()
    workflow.assign(claim.pk, assignee=people["editor"], acting_user=people["editor"])
    factories.evidence(claim, by=people["editor"], value=40)
    workflow.propose(claim.pk, verdict="accurate", rationale="Count.", acting_user=people["editor"])
    with pytest.raises(workflow.TransitionError) as err:
        workflow.sign_off(claim.pk, acting_user=people["editor"])
    assert err.value.rule == "own_verdict"
    assert workflow.sign_off(claim.pk, acting_user=people["editor2"]).status == ClaimStatus.SIGNED_OFF


def test_open_divergence_blocks_sign_off_until_acknowledged(people):
    claim = proposed_claim(people, DIVERGENT)
    run_check(claim.article_id, people["checker"])
    flag = claim.article.flags.get()
    with pytest.raises(workflow.TransitionError) as err:
        workflow.sign_off(claim.pk, acting_user=people["editor"])
    assert err.value.rule == "open_flag"
    workflow.acknowledge_flag(flag.pk, acting_user=people["checker"])
    assert workflow.sign_off(claim.pk, acting_user=people["editor"]).status == ClaimStatus.SIGNED_OFF


def test_return_and_re_propose(people):
    claim = proposed_claim(people)
    claim = workflow.return_to_checker(claim.pk, note="Which log?", acting_user=people["editor"])
    assert claim.status == ClaimStatus.RETURNED
    claim = workflow.propose(claim.pk, verdict="mostly_accurate", rationale="Log of 3 May.", acting_user=people["checker"])
    assert claim.status == ClaimStatus.PROPOSED
    assert claim.history.filter(history_change_reason="returned: Which log?").get().history_user == people["editor"]


def test_illegal_move_says_why(people):
    article = factories.article("Some 40 people attended.", by=people["checker"])
    with pytest.raises(workflow.TransitionError, match="Cannot sign off a claim that is unreviewed"):
        workflow.sign_off(article.claims.get().pk, acting_user=people["editor"])


def test_dismiss_needs_a_reason_and_keeps_who_and_why(people):
    article = factories.article(DIVERGENT, by=people["checker"])
    run_check(article.pk, people["checker"])
    flag = article.flags.get()
    with pytest.raises(workflow.TransitionError):
        workflow.dismiss_flag(flag.pk, acting_user=people["checker"], reason="  ")
    flag = workflow.dismiss_flag(flag.pk, acting_user=people["checker"], reason="Two different dates.")
    assert flag.status == FlagStatus.DISMISSED and flag.resolved_by == people["checker"]
    # A re-run does not raise a dismissed flag again while its figures are unchanged.
    run_check(article.pk, people["checker"])
    flag.refresh_from_db()
    assert flag.status == FlagStatus.DISMISSED and article.flags.count() == 1


def test_rationale_is_sanitised_when_saved(people):
    article = factories.article("Some 40 people attended.", by=people["checker"])
    claim = article.claims.get()
    workflow.assign(claim.pk, assignee=people["checker"], acting_user=people["checker"])
    factories.evidence(claim, by=people["checker"], value=40)
    claim = workflow.propose(claim.pk, verdict="accurate", acting_user=people["checker"],
                             rationale='<p onclick="x()">See <a href="javascript:alert(1)">this</a> and '
                                       '<a href=" https://example.org ">that</a><script>alert(1)</script></p>')
    assert "onclick" not in claim.rationale and "javascript" not in claim.rationale
    assert "<script" not in claim.rationale
    assert 'href="https://example.org"' in claim.rationale and 'rel="noopener noreferrer"' in claim.rationale
