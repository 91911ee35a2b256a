"""Rules that need what the extractor ties together across sentences (a person's age and birth
year, a whole and the parts a later sentence divides it into) work on stored claims too: the
worker sees the same findings as `analyze`."""

import pytest

from claims.models import Flag
from claims.tasks import run_check
from tests import factories

pytestmark = pytest.mark.django_db

AGES = ("Voters elected Maria Delgado as mayor on Nov. 4, 2025. Delgado, 47, takes office in January. "
        "Delgado, who was born in 1981, moved to the city as a child.")
PARTS = ("Cases of measles have risen to 1,870 this year. London accounted for 612 of the cases, the "
         "West Midlands for 435 and the North West for 298, with the remaining 410 spread across other regions.")


@pytest.mark.parametrize("text,rule,quotes", [
    (AGES, "dates_and_durations", {"47", "1981", "Nov. 4, 2025"}),  # the dating year too (session 18)
    (PARTS, "parts_and_totals", {"1,870", "612", "435", "298", "410"}),
    ("The poll found that 62% support the plan, 28% oppose it and 15% are undecided.", "parts_and_totals",
     {"62%", "28%", "15%"}),
    ("Profit rose 20% to $900 million from $600 million.", "change_arithmetic",
     {"20%", "$900 million", "$600 million"}),
    ("Police charged 12 of the 40 people arrested, or 35%.", "share_arithmetic", {"12", "40", "35%"}),
    ("The heatwave that began on June 18 lasted 12 days, ending on June 27.", "dates_and_durations",
     {"12 days", "June 18", "June 27"}),
    ("The firm returned $9.7 billion, including $5.6 billion in dividends and $4.6 billion in buybacks.",
     "parts_and_totals", {"$9.7 billion", "$5.6 billion", "$4.6 billion"}),
    ("The nine-justice Supreme Court ruled 6-4 in the case.", "parts_and_totals", {"nine", "6-4"}),
    ("The company has 3,300 staff. It cut 400 jobs, or 20% of its staff.", "share_arithmetic",
     {"3,300", "400", "20%"}),
    ("The 1,240 cases comprised 820 children and 390 adults.", "parts_and_totals", {"1,240", "820", "390"}),
    ("The university enrolled 38,500 students, 2,300 more than last year's 35,200.", "difference_arithmetic",
     {"38,500", "2,300", "35,200"}),
    # how long a thing has run, counted back from the story's dated day
    ("Friday, 14 March 2025. The bakery, founded in 1921, will close on Saturday after 112 years of trading.",
     "dates_and_durations", {"112 years", "1921"}),
    # one claim in two arithmetic groups: the new level of a change and the whole of a share
    ("The charity placed 6,840 volunteers with hospitals this winter, up 9% from 6,270 a year ago. Retired "
     "nurses made up 1,510 of the total, or 26%.", "share_arithmetic", {"6,840", "1,510", "26%"}),
    ("The average price rose to 289,000 pounds, up 4,000 pounds from 285,000 pounds a year earlier, an increase "
     "of 3.5%.", "change_arithmetic", {"289,000 pounds", "285,000 pounds", "3.5%"}),
])
def test_a_stored_article_is_flagged_as_analyze_finds(text, rule, quotes):
    checker = factories.user("Fact-checkers")
    article = factories.article(text, by=checker)
    run_check(article.pk, checker)
    flag = Flag.objects.get(article=article)
    assert flag.rule == rule
    assert {c.quote for c in flag.claims.all()} == quotes


def test_a_birth_year_is_the_persons_and_ages_of_two_articles_of_one_person_are_compared():
    checker = factories.user("Fact-checkers")
    a = factories.article("Mark Ellison, 52, of Harrogate, was charged.", by=checker, title="A")
    b = factories.article("Mark Ellison, 55, of Harrogate, was jailed.", by=checker, title="B")
    run_check(b.pk, checker)
    flag = Flag.objects.get(article=b)
    assert {c.article_id for c in flag.claims.all()} == {a.pk, b.pk}


def test_two_named_actors_tallies_stored_are_not_compared():
    checker = factories.user("Fact-checkers")
    article = factories.article("Apple sold 232 million phones last year. Samsung sold 226 million phones "
                                "last year.", by=checker)
    assert {t.split(";")[0] for t in article.claims.values_list("tags", flat=True)} == {"who:apple", "who:samsung"}
    run_check(article.pk, checker)
    assert not Flag.objects.filter(article=article).exists()
