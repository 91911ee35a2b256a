"""The extractor on each kind of figure, each qualifier, names that are not figures, and the seed."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.figures import NumberTooLong, extract


def one(text):
    figs = [f for f in extract(text)]
    assert len(figs) == 1, [f.text for f in figs]
    return figs[0]


def by_text(text):
    return {f.text: f for f in extract(text)}


@pytest.mark.parametrize("text,value,unit", [
    ("The fund paid $6 million.", 6_000_000, "USD"),
    ("It cost $6m in all.", 6_000_000, "USD"),
    ("Revenue reached 4.5bn euros.", 4_500_000_000, "EUR"),
    ("The club paid £2.7m for him.", 2_700_000, "GBP"),
    ("They owe 6 million dollars.", 6_000_000, "USD"),
    ("A fine of USD 40,000 was set.", 40_000, "USD"),
    ("Turnout was 62.5% this year.", 62.5, "percent"),
    ("Support rose 3 percentage points.", 3, "percentage_points"),
    ("Prices rose 12 percent.", 12, "percent"),
    ("The 36-year-old director spoke.", 36, "age_years"),
    ("A man aged 36 was held.", 36, "age_years"),
    ("She left school at the age of 16.", 16, "age_years"),
    ("She was five years old then.", 5, "age_years"),
    ("The trial lasted 14 days.", 14, "days"),
    ("He served three years in prison.", 3, "years"),
    ("The road is 12 km long.", 12, "km"),
    ("Its chips are etched at 3 nanometres.", 3, "nm"),
    ("The glacier lost 270 cubic kilometres of ice.", 270, "km3"),
    ("The plant stored 7.3 megawatt-hours that day.", 7.3, "MWh"),
    ("Crowds of 80K filled the square.", 80_000, "count"),
    ("Twenty-three miners were rescued.", 23, "count"),
    ("A dozen reporters waited.", 12, "count"),
    ("One hundred and twenty homes burned.", 120, "count"),
])
def test_reads_values_and_units(text, value, unit):
    fig = one(text)
    assert fig.value == pytest.approx(value)
    assert fig.unit == unit
    assert text[fig.start : fig.end] == fig.text


@pytest.mark.parametrize("text,lower,upper,p_lower,p_upper", [
    ("more than 250 people", 250, None, 250, 300),
    ("over 300 people", 300, None, 300, 400),
    ("at least 40 people", 40, None, 40, 50),
    ("close to 400 people", 300, 400, 300, 400),
    ("almost 90 people", 80, 90, 80, 90),
    ("nearly 90 people", 80, 90, 80, 90),
    ("about 500 people", 450, 550, 450, 550),
    ("some 500 people", 450, 550, 450, 550),
    ("up to 500 people", 0, 500, 0, 500),
    ("as many as 500 people", 0, 500, 0, 500),
    ("fewer than 20 people", 0, 20, 0, 20),
    ("in excess of 1,000 people", 1000, None, 1000, 2000),
    ("upwards of 1,000 people", 1000, None, 1000, 2000),
    ("just over 1,000 people", 1000, None, 1000, 1500),
    ("between 20 and 30 people", 20, 30, 20, 30),
    ("120 to 150 people", 120, 150, 120, 150),
    ("5,000-7,500 people", 5000, 7500, 5000, 7500),
    ("250 people", 225, 275, 225, 275),
    ("23 people", 23, 23, 23, 23),
])
def test_qualifiers_set_strict_and_pragmatic_intervals(text, lower, upper, p_lower, p_upper):
    fig = one(f"Police said {text} were there.")
    assert (fig.lower, fig.upper) == (lower, upper)
    assert (fig.pragmatic_lower, fig.pragmatic_upper) == (p_lower, p_upper)
    assert fig.text == text.rsplit(" ", 1)[0]


def test_more_than_excludes_its_bound():
    fig = one("more than 250 people came")
    assert not fig.lower_inclusive and fig.qualifier == "more than"


def test_rounding_step_is_the_last_significant_digit():
    steps = {f.text: f.step for f in extract("80,000 and 82,000 and 250 and 23 and 6.3 million")}
    assert steps == {"80,000": 10_000, "82,000": 1_000, "250": 50, "23": 1, "6.3 million": 100_000}


def test_years_and_month_years():
    figs = by_text("He was arrested in 2017 and the truce broke in March 2022.")
    assert figs["2017"].unit == "year" and figs["2017"].kind == "year"
    assert figs["March 2022"].month == 3 and figs["March 2022"].value == 2022


def test_relative_years_resolve_on_the_nearest_year_before():
    figs = by_text("A judge freed him in 2020. Four years later, he was captured.")
    assert figs["Four years later"].resolved_year == 2024
    figs = by_text("She won in 2018 and took office a year later.")
    assert figs["a year later"].resolved_year == 2019
    figs = by_text("The plant opened in 2015; two years earlier the plan was approved.")
    assert figs["two years earlier"].resolved_year == 2013


def test_years_ago_count_back_from_the_time_of_writing_not_from_a_stated_year():
    # "left two years ago" is not two years before she joined
    figs = by_text("She joined the firm in 2010 and left two years ago.")
    assert figs["two years ago"].resolved_year is None
    figs = {f.text: f for f in extract("She joined the firm in 2010 and left two years ago.", reference_year=2025)}
    assert figs["two years ago"].resolved_year == 2023
    # a day written with its weekday gives the story's year
    figs = by_text("The volcano erupted on Saturday, 14 June 2025. It last erupted in 1985, 38 years ago.")
    assert figs["38 years ago"].resolved_year == 1987


def test_a_year_counted_back_from_now_against_the_year_beside_it():
    from claims.consistency import check, items_from_figures

    text = "The volcano erupted on Saturday, 14 June 2025. It last erupted in 1985, 38 years ago."
    found = check(items_from_figures(extract(text)))
    assert [f.rule for f in found] == ["dates_and_durations"]
    assert check(items_from_figures(extract(text.replace("38 years", "40 years")))) == []


def test_ratio():
    fig = one("Now one in eight adults is affected.")
    assert fig.unit == "ratio" and fig.value == pytest.approx(0.125)


@pytest.mark.parametrize("text", [
    "Members of MS-13 were moved.",
    "The 18th Street gang was targeted.",
    "Under Article 5 of the treaty, allies respond.",
    "COVID-19 closed schools.",
    "The G7 met in June.",
    "Call 555-123-4567 for details.",
    "My phone number is +1-222-2222/2222",
    "Text the desk on 07700 900123.",
    "The meeting starts at 10:30 on Monday.",
    "It opens at 9 a.m. daily.",
    "One of the leaders spoke.",
    "Millions of dollars went missing.",
    "Dozens of owners were threatened.",
])
def test_names_and_labels_are_not_figures(text):
    assert [f.text for f in extract(text)] == []


def test_a_label_word_before_a_percentage_is_not_a_label():
    # "Figure 3" labels a chart, but no label is numbered in percent
    assert [f.text for f in extract("Sales were 5,200, a figure 14% higher than in spring.")] == ["5,200", "14%"]
    assert [f.text for f in extract("Figure 3 shows the trend.")] == []


def test_measures_group_the_same_thing_and_split_different_things():
    text = ("Cecot holds more than 250 alleged Salvadoran and Venezuelan gang members recently expelled by the U.S. "
            "Officials later said more than 300 alleged Salvadoran and Venezuelan gang members expelled by the U.S. were there. "
            "The U.S. also returned 23 Salvadorans accused of being gang members.")
    figs = by_text(text)
    assert figs["more than 250"].measure == figs["more than 300"].measure
    assert figs["23"].measure != figs["more than 250"].measure


def test_people_imprisoned_and_people_dead_are_different_measures():
    figs = by_text("Police jailed more than 80,000 people. Close to 400 people have died in prison.")
    assert figs["more than 80,000"].measure != figs["Close to 400"].measure


def test_number_too_long_is_refused():
    with pytest.raises(NumberTooLong):
        extract("Reference 12345678901234567890123 was filed.")


def test_empty_text_has_no_figures():
    assert extract("") == [] and extract("No numbers here at all.") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
       | st.lists(st.sampled_from(["more than", "250", "$", "6", "million", "about", "-", "to", "in", "2020",
                                   "years", "later", "%", "one", "aged", ",", ".", " ", "between", "and", "MS-13"]),
                  max_size=40).map(" ".join))
def test_extract_never_raises_and_spans_slice_to_the_figure(text):
    try:
        figs = extract(text)
    except NumberTooLong:
        return
    for f in figs:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        if f.lower is not None and f.upper is not None:
            assert f.lower <= f.upper


def test_seed_article_figures(seed_text):
    figs = extract(seed_text)
    texts = [f.text for f in figs]
    got = {f.text: f for f in figs}
    assert got["$6 million"].unit == "USD" and got["$6 million"].value == 6_000_000
    assert got["more than 80,000"].lower == 80_000 and got["more than 80,000"].upper is None
    assert got["Close to 400"].lower == 300 and got["Close to 400"].upper == 400
    assert texts.count("more than 300") == 3 and texts.count("more than 250") == 1
    assert got["more than 250"].pragmatic_upper == 300
    assert got["23"].unit == "count"
    assert got["36-year-old"].unit == "age_years" and got["36-year-old"].value == 36
    assert got["6.3 million"].value == 6_300_000
    assert got["almost 90"].lower == 80 and got["almost 90"].upper == 90
    assert got["three days"].unit == "days"
    assert got["more than 80%"].unit == "percent" and got["more than 80%"].lower == 80
    assert got["Four years later"].resolved_year == 2024
    years = {int(f.value) for f in figs if f.unit == "year"}
    assert {2017, 2018, 2020, 2021, 2022, 2023, 2024} <= years
    assert not any("13" in t or "18th" in t for t in texts)
    assert got["three years"].unit == "years"


def test_a_range_is_never_read_high_to_low():
    for text in ("2-one%", "10 to 5 million people", "7-3%"):
        for f in extract(text):
            assert f.lower is None or f.upper is None or f.lower <= f.upper, text


def test_scores_and_tallies_are_one_figure_without_a_measure():
    figs = by_text("City beat Madrid 4-0. The bill passed the House 218-214, officials said.")
    assert figs["4-0"].unit == "score" and figs["218-214"].unit == "score"
    assert figs["4-0"].measure == "" and figs["218-214"].measure == ""


def test_earthquake_magnitude_is_not_a_count():
    assert one("A magnitude 6.8 earthquake struck.").unit == "magnitude"


def test_relative_year_does_not_hang_on_a_year_in_another_paragraph():
    figs = by_text("Prices peaked in June 2022.\nSales rose 83% from a year earlier.")
    assert figs["a year earlier"].resolved_year is None
    figs = extract("Sales rose 83% from a year earlier.", reference_year=2024)
    assert figs[-1].resolved_year == 2023


def test_noun_phrase_stops_at_the_verb():
    figs = by_text("The survey of 12,000 households found that 250,000 homes lost power.")
    assert figs["12,000"].noun == "households" and figs["250,000"].noun == "homes"


@pytest.mark.parametrize("text,value,unit", [
    ("Two-thirds of voters agreed.", 2 / 3, "ratio"),
    ("Nearly half of the staff left.", 0.5, "ratio"),
    ("A third of the budget went to salaries.", 1 / 3, "ratio"),
    ("He finished 3 dozen reports.", 36, "count"),
])
def test_fractions_of_a_whole(text, value, unit):
    fig = one(text)
    assert fig.value == pytest.approx(value) and fig.unit == unit


@pytest.mark.parametrize("text", ["They scored in the first half of the game.", "His half-brother spoke.",
                                  "The other half stayed home."])
def test_half_as_a_part_of_a_game_or_family_is_not_a_figure(text):
    assert [f.text for f in extract(text)] == []


@pytest.mark.parametrize("text,value", [
    ("They paid 3 hundred and 21 dollars.", 321),
    ("The population is 3 million and a half.", 3_500_000),
    ("Two out of five hundred sets failed.", 0.004),
])
def test_numbers_continued_after_a_scale_word(text, value):
    assert one(text).value == pytest.approx(value)


def test_bounded_pairs_make_one_interval_but_not_an_empty_one():
    figs = by_text("More than 40 and less than 10 are impossible, but more than 10 and fewer than 40 came.")
    assert (figs["more than 10 and fewer than 40"].lower, figs["more than 10 and fewer than 40"].upper) == (10, 40)
    assert figs["less than 10"].upper == 10 and figs["More than 40"].lower == 40


@pytest.mark.parametrize("text,value,unit", [
    ("Shares fell 7 per cent to 312p in London.", 312, "GBP_pence"),
    ("Temperatures hit 40.3C at Coningsby.", 40.3, "C"),
    ("Rents rose to twice the national rate.", 2, "times"),
])
def test_more_news_units(text, value, unit):
    figs = [f for f in extract(text) if f.unit == unit]
    assert len(figs) == 1 and figs[0].value == pytest.approx(value)


@pytest.mark.parametrize("text", ["The FTSE 100 closed lower.", "The S&P 500 rose.", "It happened on 19th July."])
def test_index_names_and_day_of_month_are_not_figures(text):
    assert [f.text for f in extract(text)] == []


@pytest.mark.parametrize("text,quote,day", [
    ("The verdict is due on 3 March.", "3 March", 62),
    ("The heatwave began on June 18.", "June 18", 169),
])
def test_a_day_of_a_month_is_a_date_not_a_count(text, quote, day):
    (fig,) = extract(text)
    assert (fig.text, fig.kind, fig.unit, fig.value, fig.measure) == (quote, "date", "date", day, "")


def test_a_day_followed_by_its_year_is_that_year_and_a_figure_after_a_date_is_kept():
    assert [(f.text, f.kind) for f in extract("It opened on June 18, 2024.")] == [("June 18, 2024", "year")]
    assert [f.text for f in extract("By March 12, 30 had died.")] == ["March 12", "30"]


@pytest.mark.parametrize("text", ["The 5G network launched.", "A 24/7 service.", "After 9/11 it changed.",
                                  "The Form 10-K was filed."])
def test_more_labels_are_not_figures(text):
    assert [f.text for f in extract(text)] == []


def test_a_year_after_in_is_not_a_ratio():
    figs = by_text("He turned 40 in 2019, and one in five friends came.")
    assert figs["40"].unit == "age_years" and figs["2019"].unit == "year"  # "he turned 40": an age
    assert figs["one in five"].value == pytest.approx(0.2)


@pytest.mark.parametrize("text,quote,value,unit", [
    ("Pope Francis, 86, was in hospital.", "86", 86, "age_years"),
    ("She won the 100m final.", "100m", 100, "m"),
    ("A 10-year-old girl won.", "10-year-old", 10, "age_years"),
    ("They agreed a 50-50 split.", "50-50", 50, "score"),
])
def test_news_constructions(text, quote, value, unit):
    fig = by_text(text)[quote]
    assert (fig.value, fig.unit) == (value, unit)
    if unit == "age_years":
        assert fig.lower == fig.upper == value  # an age is exact


@pytest.mark.parametrize("text,value,unit", [
    ("Markets priced in a 25 basis point cut.", 25, "basis_points"),
    ("Yields rose 50bps.", 50, "basis_points"),
    ("The bank cut its rate by half a percentage point.", 0.5, "percentage_points"),
])
def test_rates_moves(text, value, unit):
    fig = one(text)
    assert (fig.value, fig.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "Sea levels rose in the twenty-first century.",
    "The thirty-first of March was a Monday.",
    "She lives on the twenty-third floor.",
    "It was the sixty-fourth attempt.",
])
def test_spelled_out_ordinals_are_names_not_figures(text):
    # Each of these was read as a number: 20, 30, 20/3, 60/4. (An anniversary is read since
    # session 18, as the years it marks: see test_an_anniversary_is_the_years_it_marks...)
    assert [f.text for f in extract(text)] == []


@pytest.mark.parametrize("text,quote,value,unit", [
    ("The count took two seconds.", "two seconds", 2, "seconds"),  # was read as 2/2 = 1
    ("They ran a thirty-second ad.", "thirty-second", 30, "seconds"),
    ("It lasted one hundred twenty seconds.", "one hundred twenty seconds", 120, "seconds"),
    ("The dam has stood for two thousand years.", "two thousand years", 2000, "years"),
    ("They logged 5 million hours of video.", "5 million hours", 5_000_000, "hours"),
])
def test_durations_after_words_and_scales(text, quote, value, unit):
    fig = by_text(text)[quote]
    assert (fig.value, fig.unit) == (value, unit)


@pytest.mark.parametrize("text,quote,value", [
    ("The budget is three lakh crore rupees.", "three lakh crore rupees", 3 * 10**12),  # was 10,300,000
    ("Two thousand million people voted.", "Two thousand million", 2 * 10**9),
    ("They sold three hundred and two dozen eggs.", "three hundred and two dozen", 324),  # was 3,624
    ("It cost one billion and a half million dollars.", "one billion and a half million dollars",
     1_000_500_000),
    ("Two thousand fifth graders sat the test.", "Two thousand", 2000),  # "fifth" is not in the span
    ("Call it a hundred thousand trillionths.", "a hundred thousand trillionths", 1e-7),
    ("Three twenty-firsts of the seats.", "Three twenty-firsts", 3 / 21),
])
def test_scales_dozens_and_fractions_in_words(text, quote, value):
    assert by_text(text)[quote].value == pytest.approx(value)


@pytest.mark.parametrize("text,values", [
    ("Codes 423 0000 were issued.", [423, 0]),  # SI spacing groups are of exactly three digits
    ("It holds 2  1/4 litres.", [2.25]),
    ("A 2^10 byte block.", [1024]),
    ("Growth of 1.1^23 over the period.", [1.1**23]),
    ("The odds were 2.5^-1.", [0.4]),
])
def test_digit_forms(text, values):
    assert [f.value for f in extract(text)] == pytest.approx(values)


def test_a_power_with_no_value_is_not_a_figure():
    assert extract("The ratio 0^-1 is undefined.") == []


@pytest.mark.parametrize("text,quote,lower,upper,unit", [
    ("He faces a 10- to 15-year sentence.", "10- to 15-year", 10, 15, "years"),
    ("It is a 5- to 10-minute walk.", "5- to 10-minute", 5, 10, "minutes"),
])
def test_a_hanging_hyphen_makes_a_range_in_the_unit_that_follows(text, quote, lower, upper, unit):
    fig = one(text)
    assert (fig.text, fig.lower, fig.upper, fig.unit) == (quote, lower, upper, unit)


def test_a_decade_is_the_ten_years_it_names():
    fig = one("Prices rose in the 1960s.")
    assert (fig.text, fig.kind, fig.lower, fig.upper) == ("1960s", "year", 1960, 1969)
    assert extract("Ruins from the 1900s remain.") == []  # a decade or a century: not read


def test_t_is_a_trillion_only_after_a_currency_sign():
    assert one("Its GDP is $2.174T.").value == pytest.approx(2.174e12)
    assert extract("Patients went into a 3T scanner.") == []  # tesla, not trillions


def test_scientific_notation_with_a_typographic_minus():
    assert one("A factor of 2.48×10−5 was seen.").value == pytest.approx(2.48e-5)


@pytest.mark.parametrize("text,quote", [
    ("Spending rose in 2024-25, the budget said.", "2024-25"),
    ("It was his best season, the 2023/24 one.", "2023/24"),
    ("The FY2024-25 accounts were late.", "FY2024-25"),
])
def test_a_fiscal_year_or_season_is_one_year_running_into_the_next(text, quote):
    fig = one(text)
    assert (fig.text, fig.kind, fig.lower, fig.upper) == (quote, "year", int(quote[-7:-3]), int(quote[-7:-3]) + 1)


@pytest.mark.parametrize("text", ["It expects one-time charges.", "A one-off payment was made.",
                                  "They held a one-on-one meeting."])
def test_one_as_an_adjective_is_not_a_figure(text):
    assert extract(text) == []


def test_plus_or_minus_is_a_margin_not_a_negative():
    fig = one("The margin of error is plus or minus 3.1 percentage points.")
    assert (fig.value, fig.unit) == (3.1, "percentage_points")
    assert one("It fell to minus 5C overnight.").value == -5


def test_a_plus_sign_is_kept_in_the_figure_text():
    fig = one("They finished with a goal difference of +35.")
    assert (fig.text, fig.value) == ("+35", 35)
    assert one("It fell to -4C overnight.").value == -4


def test_a_year_after_a_scale_word_is_not_added_to_it():
    figs = by_text("Net income was $610 million, compared with $520 million a year earlier.")
    assert figs["$520 million"].value == 520_000_000  # was 520,000,001
    assert figs["a year earlier"].unit == "years"


@pytest.mark.parametrize("text,quote,lower,upper", [
    ("Of the cases, 49 are in children under 5.", "under 5", 0, 5),
    ("Voters over 65 backed him.", "over 65", 65, None),
])
def test_an_age_bound_on_a_group_of_people_is_an_age(text, quote, lower, upper):
    fig = by_text(text)[quote]
    assert (fig.unit, fig.lower, fig.upper) == ("age_years", lower, upper)


@pytest.mark.parametrize("text,value,unit", [
    ("Singapore set aside S$1.2bn.", 1.2e9, "SGD"),
    ("Prices rose 15pc last year.", 15, "percent"),
    ("The fine was Mex$10 million.", 10e6, "MXN"),
    ("It was sold for AUD$15.", 15, "AUD"),
    ("The fund holds ₿21,000.", 21000, "BTC"),
])
def test_more_currency_and_percent_forms(text, value, unit):
    fig = one(text)
    assert (fig.value, fig.unit) == (value, unit)


@pytest.mark.parametrize("text", ["Leaders of the Group of 20 met.", "The Nasdaq 100 fell."])
def test_more_names_with_numbers(text):
    assert extract(text) == []


@pytest.mark.parametrize("text,unit", [
    ("He weighs 25 pounds.", "lb"),
    ("They seized 200 pounds of cocaine.", "lb"),
    ("He paid 25 pounds for it.", "GBP"),
    ("Water held 150 micrograms of lead.", "ug"),
])
def test_pounds_of_weight_and_of_money(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text,quote,noun", [
    ("Nearly a quarter of adults are obese.", "Nearly a quarter", "adults"),
    ("Macron won two-thirds of the vote.", "two-thirds", "vote"),
    ("It has 30 countries and plans to grow.", "30", "countries"),
    ("The toll rose above 50,000 two weeks later.", "above 50,000", ""),
    ("Police said 112,000 took part.", "112,000", ""),
    ("A 7.8 magnitude quake struck.", "7.8", "magnitude quake"),
])
def test_the_counted_noun_phrase_stops_where_the_thing_counted_ends(text, quote, noun):
    assert by_text(text)[quote].noun == noun


def test_times_is_a_multiplier():
    fig = one("Black women are three times as likely to die in childbirth.")
    assert (fig.text, fig.value, fig.unit) == ("three times", 3, "times")


@pytest.mark.parametrize("text", ["She arrived at 10.30 a.m.", "It closed at 2.13 am.", "The deadline is 1400 GMT."])
def test_more_times_of_day_are_not_figures(text):
    assert extract(text) == []


def test_a_four_digit_number_of_hours_is_a_duration_not_a_time():
    assert (one("Volunteers worked 1200 hours.").unit) == "hours"


@pytest.mark.parametrize("text,value", [("It is about 1/40 of the wavelength.", 1 / 40), ("3/4 of voters agreed.", 0.75)])
def test_a_written_fraction_of_something_is_a_share(text, value):
    fig = one(text)
    assert (fig.unit, fig.value) == ("ratio", pytest.approx(value))


def test_an_interval_of_a_quantity_that_cannot_be_negative_stops_at_zero():
    fig = one("It is about 1/40 of the wavelength.")
    assert fig.lower == 0 and fig.pragmatic_lower == 0 and fig.upper > fig.value


@pytest.mark.parametrize("text", ["Estimates ran 1.2m-1.5m.", "Estimates ran between 1.2m and 1.5m."])
def test_the_second_end_of_a_range_of_millions_is_millions(text):
    fig = one(text)
    assert (fig.lower, fig.upper, fig.unit) == (1_200_000, 1_500_000, "count")


def test_an_interval_of_one_whole_count_reads_as_that_count():
    from claims.figures import format_interval

    fig = one("At least 5 people died.")
    assert format_interval(fig.pragmatic_lower, fig.pragmatic_upper, True, False, fig.unit) == "5"
    assert format_interval(250, 300, False, False, "count") == "251-299"


@pytest.mark.parametrize("text,quote,lower,upper", [
    ("A man in his 70s was hurt.", "70s", 70, 79),
    ("Both were in their mid-20s.", "mid-20s", 24, 26),
    ("A woman in her late 30s was hurt.", "late 30s", 37, 39),
])
def test_an_age_decade_is_an_age_interval(text, quote, lower, upper):
    fig = one(text)
    assert (fig.text, fig.unit, fig.lower, fig.upper) == (quote, "age_years", lower, upper)


@pytest.mark.parametrize("text,unit,label", [
    ("The college charges a $10,000-a-year fee.", "USD", "per year"),
    ("It offered a £5-an-hour job.", "GBP", "per hour"),
])
def test_a_rate_written_with_hyphens_is_a_figure_per_period(text, unit, label):
    fig = one(text)
    assert fig.unit == unit and fig.measure_label.endswith(label)


def test_a_category_number_is_a_name():
    assert extract("A Category 5 hurricane hit the coast.") == []


@pytest.mark.parametrize("text,figures", [
    # a list written without spaces: each number, none lost
    ("Exercises 22,24,26,31 are due.", [22, 24, 26, 31]),
    ("He scored in minutes 12,45 and 78.", [12, 45, 78]),
    # a grouping that breaks off is not read as a shorter number
    ("A code of 1,2345 was shown.", [1]),
    # cents are 'and 12' only when the 12 ends there
    ("It cost 1,234 dollars and 12,345,678 people paid it.", [1234, 12345678]),
])
def test_numbers_in_a_list_are_each_read_whole(text, figures):
    assert [f.value for f in extract(text)] == figures


@pytest.mark.parametrize("text", ["We met on 5/17/2018 in Paris.", "We met on 17.05.2018 in Paris.",
                                  "We met on 2018-05-17 in Paris."])
def test_a_date_in_digits_states_its_year_and_no_counts(text):
    figs = extract(text + " Four years later, the office closed.")
    assert [(f.kind, f.value) for f in figs][0] == ("year", 2018)
    assert figs[1].resolved_year == 2022 and len(figs) == 2


def test_an_ip_address_or_version_is_not_a_date():
    assert extract("The server at 192.168.1.2 ran version 1.2.3, and 10/40/2020 is no date.") == []


@pytest.mark.parametrize("text,reads", [
    ("At least 17 people died.", "17-19"),  # up to the next round number of its size
    ("More than 312 people died.", "313-399"),
    ("More than 250 people died.", "251-299"),  # a round figure: up to its next round step
    ("At least 5 people died.", "5"),
])
def test_a_lower_bound_reads_up_to_the_next_round_number(text, reads):
    assert one(text).describe() == reads


@pytest.mark.parametrize("text", ["A Boeing 737 Max 9 lost a door plug.", "He won the Formula 1 title.",
                                  "COP28 opened in Dubai."])
def test_product_and_event_names_are_not_figures(text):
    assert extract(text) == []


def test_a_change_then_a_level_is_not_a_range():
    figs = extract("The S&P 500 rose 1.2% to 5,100.")
    assert [(f.text, f.unit) for f in figs] == [("1.2%", "percent"), ("5,100", "count")]
    assert [f.kind for f in extract("Rates of 5 to 10% apply.")] == ["range"]


def test_points_before_a_level_in_percent_are_percentage_points_and_turned_is_an_age():
    assert extract("Turnout rose 2 points to 66%.")[0].unit == "percentage_points"
    assert extract("She turned 30 on Monday.")[0].unit == "age_years"


@pytest.mark.parametrize("text,figure", [
    ("He ran the 1,500m in 3:29.", ("1,500m", "m", 1500)),
    ("She won the 400m.", ("400m", "m", 400)),
    ("She broke the national 400m record.", ("400m", "m", 400)),
    ("He went out in his 800m heat.", ("800m", "m", 800)),
    ("The 80m people affected.", ("80m", "count", 80_000_000)),
    ("By mid-2024 the plan was done.", ("2024", "year", 2024)),
    ("Emissions fell below pre-2020 levels.", ("2020", "year", 2020)),
])
def test_race_distances_and_years_after_mid_or_pre(text, figure):
    assert [(f.text, f.unit, f.value) for f in extract(text)] == [figure]


def test_a_mixed_number_in_words_is_stated_to_its_fraction():
    # "seven and a half years" was read as 3.75 to 11.25 (the step of a bare fraction)
    fig = one("He was jailed for seven and a half years.")
    assert (fig.value, fig.lower, fig.upper, fig.unit) == (7.5, 7.5, 7.5, "years")
    fig = one("It cost two and a half million dollars.")
    assert (fig.lower, fig.upper) == (2_250_000, 2_750_000)


def test_years_on_a_weekday_is_a_duration_and_years_on_with_a_comma_a_relative_year():
    fig = one("He was jailed for seven years on Friday.")
    assert (fig.text, fig.kind, fig.unit) == ("seven years", "figure", "years")
    assert one("Five years on, the town has recovered.").kind == "relative_year"


def test_together_with_opens_no_total():
    figs = by_text("Together with the Greens' 118 and the Free Democrats' 92, a coalition would hold 406 seats.")
    assert not figs["118"].is_total


def test_what_a_physical_figure_measures_may_be_named_before_it():
    figs = by_text("The quake struck at a depth of 10 km. Winds of up to 140 mph hit the coast.")
    assert figs["10 km"].noun == "depth" and figs["up to 140 mph"].noun == "Winds"
    assert "depth" in figs["10 km"].measure_label


def test_phrasal_up_to_plus_an_addition_and_a_hyphenated_magnitude():
    fig = one("Unemployment ticked up to 4.3 per cent in July.")
    assert (fig.qualifier, fig.lower, fig.upper) == ("", 4.3, 4.3)
    assert one("Rents could rise by up to 12%.").qualifier == "up to"
    fig = one("It was ordered to pay 4.5 million pounds plus costs.")
    assert (fig.text, fig.qualifier, fig.upper) == ("4.5 million pounds", "", 4_550_000)
    figs = by_text("The striker cost £35m plus £5m in add-ons.")
    assert figs["£35m"].upper == 35_500_000 and "£5m" in figs
    assert one("The firm has 300-plus stores.").qualifier in ("-plus", "plus")
    assert one("A 7.1-magnitude earthquake struck.").unit == "magnitude"


def test_a_year_earlier_is_no_rate_a_third_to_a_level_no_range_and_a_timed_race_no_millions():
    assert not by_text("It made a profit of $300 million a year earlier.")["$300 million"].measure.startswith("USD per")
    assert one("The plan costs $300 million a year.").measure.startswith("USD per year")
    figs = by_text("Over the past decade, the population grew by a third to 1.2 million.")
    assert figs["1.2 million"].kind == "figure" and figs["1.2 million"].value == 1_200_000
    fig = by_text("She won gold in the 200m in 21.83 seconds.")["200m"]
    assert (fig.unit, fig.value) == ("m", 200)


@pytest.mark.parametrize("text,count", [
    ("He was fined for 3 offences after 12 complaints.", 0),
    ("The club sold 20 for 3 million pounds.", 0),
    ("England declared on 420 for six.", 1),
])
def test_runs_for_wickets_are_a_score_and_other_counts_for_a_number_are_not(text, count):
    assert sum(f.kind == "score" for f in extract(text)) == count


def test_a_change_by_an_amount_to_a_level_is_not_a_range():
    figures = extract("Job vacancies fell by 30,000 to 889,000 in July. Prices will rise by 5 to 10 percent.")
    assert [(f.text, f.kind) for f in figures] == [("30,000", "figure"), ("889,000", "figure"),
                                                    ("5 to 10 percent", "range")]


def test_a_figure_of_millions_and_a_figure_in_digits_after_and_are_a_list_not_one_number():
    figures = extract("The group will have revenue of about $38 billion and 91,000 employees.")
    assert [(f.text, f.value, f.unit) for f in figures] == [("about $38 billion", 38e9, "USD"),
                                                             ("91,000", 91000, "count")]
    assert [f.value for f in extract("I can give you 3 hundred and 21 yuan.")] == [321]


@pytest.mark.parametrize("text,figures", [
    ("The base fare will rise from $2.90 to $3.10 in March.", [("$2.90", "figure"), ("$3.10", "figure")]),
    ("Membership rose sharply from 2,000 to 3,000.", [("2,000", "figure"), ("3,000", "figure")]),
    ("The age limit was raised from 18 to 21.", [("18", "figure"), ("21", "figure")]),
    # no move: a span of values, and a fall from a lower figure to a higher one
    ("Temperatures range from 20 to 30 degrees.", [("from 20 to 30 degrees", "range")]),
    ("Tickets cost from $20 to $30.", [("from $20 to $30", "range")]),
    ("The dose was reduced from 44 mg to 50 mg.", [("from 44 mg to 50 mg", "range")]),
])
def test_a_verb_of_change_before_from_makes_two_levels_not_a_range(text, figures):
    assert [(f.text, f.kind) for f in extract(text)] == figures


@pytest.mark.parametrize("text", [
    "Poll shows voters split over third runway",
    "They oppose building a third runway at the airport.",
    "The president is seeking a third term.",
    "City won a third straight title.",
    "Car thefts rose for a third year.",
    "The protests entered a third day on Sunday.",
])
def test_third_before_a_noun_is_an_ordinal_not_a_fraction(text):
    assert extract(text) == []


@pytest.mark.parametrize("text,value", [
    ("A third of voters said no.", 1 / 3),
    ("Costs rose by a third to 1.2 million.", 1 / 3),
    ("The plant makes a third more cars.", 1 / 3),
    ("Sales fell by a third, the firm said.", 1 / 3),
])
def test_a_third_as_a_fraction_is_still_read(text, value):
    assert extract(text)[0].value == value


@pytest.mark.parametrize("text,group", [
    ("Among those aged 65 and over, 49% supported the runway.", "those aged 65 and over"),
    ("Support was highest among people aged 18 to 34, at 58% of them supporting it.", "people aged 18 to 34"),
    ("Among Labour voters, 71% backed the plan.", "labour voters"),
])
def test_the_group_a_rate_is_of(text, group):
    fig = next(f for f in extract(text) if f.unit == "percent")
    assert f"among:{group}" in fig.tags


@pytest.mark.parametrize("text,unit", [
    ("Turnout was 59.7%, down from 67.3%, a fall of 8.6 points.", "percentage_points"),
    ("Labour was on 41%, down 3 points.", "percentage_points"),
    # no percentage in the sentence: points of a table
    ("Arsenal are down 3 points on last season.", "count"),
])
def test_points_after_a_change_are_percentage_points_only_beside_percentages(text, unit):
    fig = next(f for f in extract(text) if f.value in (8.6, 3))
    assert fig.unit == unit


def test_a_race_time_is_one_figure_in_seconds():
    # "2:03:11" once left a stray count of 11 after the "2:03" read as a time of day
    figures = extract("Kiptoo won in 2:03:11, and Alemu ran the mile in 4:12.56.")
    assert [(f.text, f.unit, f.value) for f in figures] == [("2:03:11", "seconds", 7391.0),
                                                           ("4:12.56", "seconds", 252.56)]
    # a time of day is still no figure
    assert extract("The race started at 8:30 and the gates opened at 7:45am.") == []


@pytest.mark.parametrize("text, quote, value, unit, bounds", [
    ("The final lasted two hours and 51 minutes.", "two hours and 51 minutes", 171, "minutes", (171, 171)),
    ("He was jailed for nine years and four months.", "nine years and four months", 112, "months", (112, 112)),
    ("Kiprop won in 2 hours 9 minutes and 14 seconds.", "2 hours 9 minutes and 14 seconds", 7754, "seconds",
     (7754, 7754)),
    ("It was won in 2 hours, 3 minutes and 17 seconds.", "2 hours, 3 minutes and 17 seconds", 7397, "seconds",
     (7397, 7397)),
    # a qualifier of the first part holds for the whole
    ("She served more than four years and six months.", "more than four years and six months", 54, "months",
     (54, None)),
])
def test_a_duration_told_in_two_units_is_one_figure_in_the_smaller(text, quote, value, unit, bounds):
    (figure,) = extract(text)
    assert (figure.text, figure.value, figure.unit, (figure.lower, figure.upper)) == (quote, value, unit, bounds)
    assert text[figure.start : figure.end] == quote


@pytest.mark.parametrize("text, quotes", [
    # no compound: the second is not less than one of the first unit, is a part of the first, or is
    # of another thing
    ("The talks ran 3 hours and 70 minutes of it were wasted.", ["3 hours", "70 minutes"]),
    ("She served 14 years, 3 months of them abroad, and 2 weeks in hospital.", ["14 years", "3 months", "2 weeks"]),
    ("The flight took 7 hours and the drive 40 minutes.", ["7 hours", "40 minutes"]),
])
def test_durations_that_are_not_one_compound(text, quotes):
    assert [f.text for f in extract(text)] == quotes


@pytest.mark.parametrize("text, quotes", [
    ("Enrolment fell 430 to 2,170 this term.", ["430", "2,170"]),
    ("Prices rose 5 to 10 percent.", ["5 to 10 percent"]),
    ("Sales rose 120 to 150 units.", ["120 to 150"]),
    ("Between 430 and 2,170 people fell ill.", ["Between 430 and 2,170"]),
])
def test_a_change_then_a_level_after_a_verb_is_no_range_when_no_range_could_run_so_wide(text, quotes):
    assert [f.text for f in extract(text)] == quotes


def test_a_range_whose_second_number_has_spaces_for_thousands_does_not_raise():
    # found by the property test in CI: "1 000K" after "to" raised ValueError while the range's
    # scale was worked out
    figures = extract("Estimates run from 200 to 1 000K people.")
    assert [(f.text, f.lower, f.upper) for f in figures] == [("from 200 to 1 000K", 200000.0, 1000000.0)]


@pytest.mark.parametrize("text,figures", [
    # a fraction before "in four years" is a share of growth, not "one in twelve"
    ("The number has risen by almost a third in four years.",
     [("almost a third", "count"), ("four years", "years")]),
    ("Arrests rose 3 in 10 years.", [("3", "count"), ("10 years", "years")]),
    ("Two in five voters said so.", [("Two in five", "ratio")]),
    # a label word before a colon introduces a value ("its 2019 level: 1.23 million")
    ("Ridership is at 82 percent of its 2019 level: 1.23 million trips a day.",
     [("82 percent", "percent"), ("2019", "year"), ("1.23 million", "count")]),
    ("The hotel is on Level 4.", []),
])
def test_fractions_before_a_duration_and_values_after_a_label_and_colon(text, figures):
    assert [(f.text, f.unit) for f in extract(text)] == figures


def test_up_to_after_a_revision_verb_further_back_is_a_new_level_not_a_ceiling():
    fig = one("The department revised its estimate for September up to 254,000 jobs.")
    assert (fig.text, fig.qualifier) == ("254,000", "")
    assert fig.lower > 250_000
    assert one("The ship can carry up to 254,000 tonnes.").qualifier == "up to"


@pytest.mark.parametrize("text", ["It was a two-way race.", "The two-time champion lost.",
                                  "They back a two-state solution.", "She stayed at a five-star hotel."])
def test_a_number_naming_a_kind_of_thing_is_not_a_count(text):
    assert extract(text) == []


def test_was_n_when_a_person_did_something_is_an_age():
    (born, age, founded) = extract("Hardy, who was born in 1952, was 34 when he founded the firm in 1989.")
    assert (age.text, age.unit) == ("34", "age_years")
    # a count that a clause of time follows is not
    assert [f.unit for f in extract("The total was 34 when the polls closed at 10pm.")] == ["count"]


def test_a_time_after_the_counted_noun_is_not_part_of_it():
    (visits, old) = extract("Libraries recorded 2.1 million visits last year, up from 1.6 million.")
    assert visits.noun == "visits"
    assert extract("Sales of 40,000 last-minute tickets")[0].noun == "last-minute tickets"


@pytest.mark.parametrize("text, figure, value, unit", [
    ("The firm marks its 150th anniversary this year.", "150th anniversary", 150, "years"),
    ("It was the fortieth anniversary of the strike.", "fortieth anniversary", 40, "years"),
    ("It was the sixty-fourth anniversary.", "sixty-fourth anniversary", 64, "years"),
    ("on the twenty-fifth anniversary of the treaty", "twenty-fifth anniversary", 25, "years"),
    ("The village hall celebrates its centenary.", "centenary", 100, "years"),
    ("the bicentennial of the canal", "bicentennial", 200, "years"),
    ("She spent her 90th birthday at the club.", "90th birthday", 90, "age_years"),
])
def test_an_anniversary_is_the_years_it_marks_and_a_birthday_an_age(text, figure, value, unit):
    (fig,) = extract(text)
    assert (text[fig.start : fig.end], fig.value, fig.unit) == (figure, value, unit)


def test_an_ordinal_that_is_not_an_anniversary_is_still_no_figure():
    assert extract("the 125th running of the race, on the fifth floor") == []
    assert extract("She marked her half birthday.") == []  # not an age of 2


@pytest.mark.parametrize("text, phrase, inside, outside", [
    ("About one in five adults smoke.", "About one in five", 0.19, 0.23),
    ("Nearly one in four homes were empty.", "Nearly one in four", 0.24, 0.26),
    ("More than one in eight adults smoke.", "More than one in eight", 0.2, 0.12),
    ("One in eight adults smoke.", "One in eight", 0.125, 0.13),
])
def test_a_ratio_in_words_keeps_its_qualifier(text, phrase, inside, outside):
    """'about one in five' is told as written and read as rough; a plain 'one in eight' is exact."""
    fig = next(f for f in extract(text) if f.kind == "ratio")
    assert fig.text == phrase
    assert fig.lower <= inside <= fig.upper
    assert not fig.lower <= outside <= fig.upper
