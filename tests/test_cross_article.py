"""The same measure across articles: compared when the dates agree or are unknown, a trend when
they differ."""

import datetime

import pytest

from claims.models import Flag
from claims.tasks import run_check
from tests import factories

pytestmark = pytest.mark.django_db

FIRST = "The ministry said fewer than 100 migrants were detained at the border."
SECOND = "Officials said about 500 migrants were detained at the border."


def test_a_figure_in_another_article_of_the_same_measure_conflicts():
    checker = factories.user("Fact-checkers")
    a = factories.article(FIRST, by=checker, title="A")
    b = factories.article(SECOND, by=checker, title="B")
    assert a.claims.get().measure_id == b.claims.get().measure_id  # the suggestion is shared
    run_check(b.pk, checker)
    flag = Flag.objects.get(article=b)
    assert flag.rule == "conflicting_figures"
    assert {c.article_id for c in flag.claims.all()} == {a.pk, b.pk}


def test_figures_of_different_dates_are_a_trend_not_a_conflict():
    checker = factories.user("Fact-checkers")
    factories.article(FIRST, by=checker, title="A", published=datetime.date(2024, 1, 10))
    b = factories.article(SECOND, by=checker, title="B", published=datetime.date(2025, 6, 1))
    run_check(b.pk, checker)
    assert not Flag.objects.filter(article=b).exists()


def test_generic_counts_of_two_articles_are_two_measures():
    # "people killed" in one story and in another are two events, whatever their dates
    checker = factories.user("Fact-checkers")
    a = factories.article("The storm killed 30 people, officials said.", by=checker, title="A")
    b = factories.article("The earthquake killed about 500 people, officials said.", by=checker, title="B")
    assert a.claims.get().measure_id != b.claims.get().measure_id
    run_check(b.pk, checker)
    assert not Flag.objects.filter(article=b).exists()
