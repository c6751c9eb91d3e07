"""What the rules recognise, and the TIMEX3 value and type they give (fictional sentences)."""

from __future__ import annotations

import pytest
from tests.time.conftest import by_text


@pytest.mark.parametrize(("sentence", "expression", "kind", "value"), [
    ("The blockade lasted six weeks.", "six weeks", "DURATION", "P6W"),
    ("Talks went on for 36 hours.", "36 hours", "DURATION", "PT36H"),
    ("It is a two-year contract.", "two-year", "DURATION", "P2Y"),
    ("Fishing has declined for decades.", "decades", "DURATION", "PXY"),
    ("In the six weeks that followed, prices rose.", "the six weeks", "DURATION", "P6W"),
    ("The market opens every Sunday.", "every Sunday", "SET", "XXXX-WXX-7"),
    ("Ferries sail daily.", "daily", "SET", "P1D"),
    ("Inspections happen twice a year.", "twice a year", "SET", "P1Y"),
    ("The fleet is blessed each July.", "each July", "SET", "XXXX-07"),
    ("The vote is at 3 p.m. on the pier.", "3 p.m.", "TIME", "2022-07-15T15:00"),
    ("The pact was signed in March 2018.", "March 2018", "DATE", "2018-03"),
    ("Growth slowed in the first quarter.", "the first quarter", "DATE", "2022-Q1"),
    ("Trade boomed in the 1990s.", "the 1990s", "DATE", "199"),
    ("The harbour is now closed.", "now", "DATE", "PRESENT_REF"),
    ("The dam was finished on 2021-11-04.", "2021-11-04", "DATE", "2021-11-04"),
    ("The mill closed in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"),
    ("Rents froze in January nineteen ninety-seven.", "January nineteen ninety-seven", "DATE", "1997-01"),
    ("A flood came in the year two thousand.", "the year two thousand", "DATE", "2000"),
    ("Fears about the year two thousand kept the harbour board busy.", "the year two thousand", "DATE", "2000"),
    ("Sales in the current fiscal year will rise.", "the current fiscal year", "DATE", "2022"),
    ("Harwick's ferries lost $2 million over the fiscal year ended Jan. 31.", "the fiscal year", "DURATION", "P1Y"),
    ("Harwick expects lower earnings for the fiscal year.", "the fiscal year", "DATE", "2022"),
    ("Harwick expects lower earnings for the last half of 2022.", "the last half of 2022", "DATE", "2022-H2"),
    ("Fleets shrank through the nineties.", "the nineties", "DATE", "199"),
    ("The crossing took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
    ("The strike lasted two and a half years.", "two and a half years", "DURATION", "P2Y6M"),
    ("The alarm rang for a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
    ("The quay was rebuilt in June last year.", "June last year", "DATE", "2021-06"),
    ("Net income for this year's second quarter rose.", "this year's second quarter", "DATE", "2022-Q2"),
    ("Shares fell for six straight days.", "six straight days", "DURATION", "P6D"),
    ("It ended a decades-long feud.", "decades-long", "DURATION", "PXY"),
    ("It was the worst single-day fall.", "single-day", "DURATION", "P1D"),
    ("Repairs take between 60 and 90 days.", "60", "DURATION", "P60D"),
    ("At 0800 UTC the banks acted.", "0800 UTC", "TIME", "2022-07-15T08:00Z"),
    ("Over the next couple of years the port will grow.", "the next couple of years", "DURATION", "P2Y"),
    ("The fair will open on March eighth.", "March eighth", "DATE", "2023-03-08"),
    ("The fair opened on the twenty-first of June.", "the twenty-first of June", "DATE", "2022-06-21"),
    ("Prices are the lowest since '82.", "'82", "DATE", "1982"),
    ("Sales rose in the last week of March 2019.", "the last week of March 2019", "DATE", "2019-W13"),
    ("A hearing is set for the week of March 6, 2000.", "the week of March 6, 2000", "DATE", "2000-W10"),
])
def test_expression_has_its_timex3_type_and_value(annotate, sentence, expression, kind, value):
    found = by_text(annotate(sentence, published="2022-07-15"))
    assert expression in found, sorted(found)
    assert (found[expression].type, found[expression].value) == (kind, value)


def test_offsets_point_at_the_expression(annotate):
    text = "Boats left Kerrin Sound on Friday, March 4, 2022, at dawn."
    for timex in annotate(text).timexes:
        assert text[timex.start:timex.end] == timex.text


def test_ages_and_quantities_are_not_time_expressions(annotate):
    found = by_text(annotate("The 44-year-old captain sold 1990 tonnes of cod for 2,000 dollars.",
                             published="2022-07-15"))
    assert found == {}


def test_undated_expression_without_anchor_is_unresolved(annotate):
    found = by_text(annotate("The levy was raised on Tuesday."))
    assert found["Tuesday"].anchor == "unresolved"
    assert found["Tuesday"].value == "XXXX-WXX-2"


def test_bare_season_is_the_latest_one_by_publication(annotate):
    doc = annotate("Growers at Fenwick held their Winter fair; the dam opened in the spring of 2019.",
                   published="2022-07-15")
    found = by_text(doc)
    assert found["Winter"].value == "2022-WI"
    assert found["the spring of 2019"].value == "2019-SP"
    assert [entry.value for entry in doc.timeline] == ["2019-SP", "2022-WI"]


def test_two_thousand_before_a_noun_is_a_quantity_not_the_year_2000(annotate):
    found = by_text(annotate("Glassblowers have worked here for two thousand years.", published="2022-07-15"))
    assert not [t for t in found.values() if t.value == "2000"]


def test_units_before_an_event_are_a_duration_and_closing_the_day_is_a_date(annotate):
    found = by_text(annotate("Ferries resumed a day after the storm. The index rose to end the day higher, and "
                             "the port will stay shut for the time being.", published="2022-07-15"))
    assert (found["a day"].type, found["a day"].value) == ("DURATION", "P1D")
    assert found["the day"].value == "2022-07-15"
    assert found["the time being"].value == "PRESENT_REF"


def test_the_full_year_is_the_year_of_the_story_and_a_second_is_not_a_set(annotate):
    found = by_text(annotate("Losses in the fourth quarter of 2019 wiped out profits for the full year. A second "
                             "ferry sank, and the line lost money in the year ended June 30.", published="2022-07-15"))
    assert (found["the full year"].type, found["the full year"].value) == ("DATE", "2019")
    assert (found["the year"].type, found["the year"].value) == ("DURATION", "P1Y")
    assert "A second" not in found


def test_the_year_of_a_report_is_a_date_unless_it_ends_on_a_given_day(annotate):
    found = by_text(annotate("For the year, the Harwick ferry line carried fewer cars.", published="2022-07-15"))
    assert (found["the year"].type, found["the year"].value) == ("DATE", "2022")
    found = by_text(annotate("The Harwick line earned $4 million in the year ending March 31.",
                             published="2022-07-15"))
    assert (found["the year"].type, found["the year"].value) == ("DURATION", "P1Y")


def test_the_time_word_of_a_price_or_a_percentage_is_not_a_time_expression(annotate):
    found = by_text(annotate("Rooms at the Kerrin inn cost $35 a night and fares rise 3% annually. The rally was "
                             "held daily.", published="2022-07-15"))
    assert sorted(found) == ["daily"]


def test_a_count_of_things_over_a_time_is_a_frequency(annotate):
    found = by_text(annotate("The ferry adds 700 seats a week and the old fort draws 50,000 tourists a year.",
                             published="2022-07-15"))
    assert [(found[k].type, found[k].value) for k in ("a week", "a year")] == [("SET", "P1W"), ("SET", "P1Y")]


def test_how_often_is_not_the_period(annotate):
    found = by_text(annotate("The market opens three times a year and the council meets every other week.",
                             published="2022-07-15"))
    assert found["three times a year"].value == "P1Y"
    assert found["every other week"].value == "P2W"


def test_hundreds_and_thousands_of_years_are_counted(annotate):
    found = by_text(annotate("The mosque stood for seven hundred years; the port was founded a thousand years ago "
                             "and rebuilt in the 14th century.", published="2022-07-15"))
    assert found["seven hundred years"].value == "P700Y"
    assert found["a thousand years ago"].value == "1022"
    assert found["the 14th century"].value == "13"


def test_a_weekday_with_its_date_before_a_colon_is_that_date(annotate):
    found = by_text(annotate("Kerrin Herald editors wrote on Monday, Oct. 26: the port must reopen.",
                             published="1998-10-25"))
    assert found["Monday, Oct. 26"].value == "1998-10-26"


def test_a_month_naming_an_event_is_not_a_date(annotate):
    found = by_text(annotate("Thousands joined the March for Life and the March of the Mothers in May.",
                             published="2022-07-15"))
    assert "March" not in found and found["May"].value == "2022-05"


def test_a_four_digit_number_with_decimals_is_not_a_year(annotate):
    found = by_text(annotate("The Kerrin index closed at 2082.1 in 1989.", published="2022-07-15"))
    assert sorted(found) == ["1989"]


def test_a_count_with_thousands_separators_is_one_number(annotate):
    found = by_text(annotate("Floods have reshaped the delta over the past 2,000 years; the dig took 1,500 days.",
                             published="2022-03-10"))
    assert found["the past 2,000 years"].value == "P2000Y"
    assert found["1,500 days"].value == "P1500D"
    assert "000 years" not in found


def test_decades_centuries_and_millennia_are_written_in_years_as_iso_8601_has_no_unit_for_them(annotate):
    found = by_text(annotate("The Kerrin sea wall held for centuries, the toll dispute ran two decades, and the "
                             "silt of a millennium filled the old dock.", published="2022-07-15"))
    assert found["centuries"].value == "PXY"
    assert found["two decades"].value == "P20Y"
    assert found["a millennium"].value == "P1000Y"


def test_a_duration_beyond_the_calendar_is_kept_without_a_period(annotate):
    doc = annotate("The vault is built to last for the next 99 centuries.", published="2022-03-10")
    found = by_text(doc)
    assert found["the next 99 centuries"].type == "DURATION" and found["the next 99 centuries"].period is None


def test_an_expression_counted_past_the_calendar_is_unresolved_not_a_failure(annotate):
    doc = annotate("It rained a lot last century.", published="0150-06-01")
    found = by_text(doc)
    assert found["last century"].anchor == "unresolved" and found["last century"].value is None


def test_recent_before_a_noun_is_a_vague_past_reference(annotate):
    doc = annotate("The recent closing of the Kerrin cannery cost 40 jobs; its most recent owner left in recent "
                   "years.", published="2022-07-15")
    found = by_text(doc)
    assert (found["recent"].type, found["recent"].value) == ("DATE", "PAST_REF")
    assert found["recent years"].value == "PXY"
    assert [t.start for t in doc.timexes if t.text == "recent"] == [4]  # not 'most recent'



def test_a_quarter_as_a_fraction_is_not_a_time_expression(annotate):
    found = by_text(annotate("Kerrin Ferries cut nearly a quarter, of its routes; over a quarter of its boats "
                             "is idle, the quarter-century low, and the quarter-to-quarter change was small.",
                             published="2022-07-15"))
    assert found == {}
    found = by_text(annotate("Kerrin Ferries lost money in the quarter and pays twice a quarter.",
                             published="2022-07-15"))
    assert found["the quarter"].value == "2022-Q2" and "twice a quarter" in found


def test_a_time_word_in_the_name_of_a_programme_or_paper_is_not_a_time_expression(annotate):
    found = by_text(annotate('The minister told Kerrin Radio\'s "This Week" and USA Today that the port reopens '
                             "today. This week, ferries run.", published="2022-07-15"))
    assert sorted(found) == ["This week", "today"]


def test_now_with_a_comma_opening_a_sentence_is_a_discourse_marker(annotate):
    text = "The ferry ran at a loss. Now, the council says, it must pay. Now the port is closed and fares are high now."
    doc = annotate(text, published="2022-07-15")
    assert [(t.start, t.value) for t in doc.timexes] == [(61, "PRESENT_REF"), (103, "PRESENT_REF")]


def test_a_decade_of_someone_s_life_is_an_age_not_a_decade(annotate):
    found = by_text(annotate("The skipper, who bought the boat in her late 40s, sailed it through the 1990s and "
                             "told CBS's \"60 Minutes\" about it.", published="2022-07-15"))
    assert sorted(found) == ["the 1990s"]


def test_a_part_of_the_day_after_mid_is_a_time_of_the_day_named(annotate):
    found = by_text(annotate("Kerrin shares rose by mid-afternoon yesterday. By mid morning, the ferry had docked.",
                             published="2022-07-15"))
    assert (found["mid-afternoon yesterday"].type, found["mid-afternoon yesterday"].value) == \
        ("TIME", "2022-07-14TAF")
    assert found["mid morning"].value == "2022-07-14TMO"  # the story's day
    assert by_text(annotate("By mid morning, the ferry had docked.", published="2022-07-15"))[
        "mid morning"].value == "2022-07-15TMO"


def test_a_weekday_with_a_part_of_the_day_is_valued_as_that_day(annotate):
    # 2008-11-22 is a Saturday.
    found = by_text(annotate("The cabinet was sworn in on Friday evening.", published="2008-11-22"))
    assert (found["Friday evening"].type, found["Friday evening"].value) == ("DATE", "2008-11-21")


def test_a_value_with_a_part_of_the_day_is_a_time(annotate):
    found = by_text(annotate("The pier closed last night and reopened this morning.", published="2008-11-22"))
    assert (found["last night"].type, found["last night"].value) == ("TIME", "2008-11-21TNI")
    assert (found["this morning"].type, found["this morning"].value) == ("TIME", "2008-11-22TMO")


def test_a_weekday_with_a_plural_part_of_the_day_is_a_set(annotate):
    found = by_text(annotate("Ferries leave on Tuesday nights.", published="2022-07-15"))
    assert (found["Tuesday nights"].type, found["Tuesday nights"].value) == ("SET", "XXXX-WXX-2TNI")


def test_or_so_before_ago_stays_in_the_expression(annotate):
    found = by_text(annotate("A month or so ago, the pier closed.", published="2022-07-15"))
    assert found["A month or so ago"].value == "2022-06"


def test_an_index_number_and_a_now_prefix_are_not_time_expressions(annotate):
    found = by_text(annotate("The Kerrin 2000 Index fell after the now-cancelled ferry deal. It is closed now.",
                             published="2022-07-15"))
    assert sorted(found) == ["now"] and found["now"].start > 50


def test_the_past_few_units_place_an_event_in_the_past_unless_for_measures_them(annotate):
    found = by_text(annotate("Kerrin fares fell in the last few months. The pier has been shut for the past few "
                             "weeks.", published="2022-07-15"))
    assert (found["the last few months"].type, found["the last few months"].value) == ("DATE", "PAST_REF")
    assert (found["the past few weeks"].type, found["the past few weeks"].value) == ("DURATION", "PXW")


def test_an_iso_timestamp_is_one_time_and_not_a_range_of_years(annotate):
    found = by_text(annotate("The notice was posted 2019-08-11T08:30:00+02:00, and a copy 2019-08-12t09:05:00z.",
                             published="2020-01-01"))
    assert (found["2019-08-11T08:30:00+02:00"].type, found["2019-08-11T08:30:00+02:00"].value) == \
        ("TIME", "2019-08-11T08:30")
    assert found["2019-08-12t09:05:00z"].value == "2019-08-12T09:05"
    assert "08" not in found


def test_a_range_of_years_with_a_two_digit_end_is_two_years(annotate):
    found = by_text(annotate("The 2008-09 season followed the 1915-17 campaigns.", published="2020-01-01"))
    assert (found["2008"].value, found["09"].value, found["17"].value) == ("2008", "2009", "1917")


def test_no_expression_runs_across_a_blank_line(annotate):
    found = by_text(annotate("Results\n\n1\n\nOctober 29\n\nPrep time\n\n10\n\nminutes", published="2023-11-02"))
    assert sorted(found) == ["October 29"]


def test_a_holiday_naming_a_thing_is_not_a_date(annotate):
    found = by_text(annotate("The shop put up its Christmas decorations and ran Halloween-themed classes. It "
                             "reopened last Thanksgiving following the storm.", published="2023-11-02"))
    assert sorted(found) == ["Thanksgiving"]
