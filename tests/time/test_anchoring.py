"""Year inference from the narrative, weekday anchoring and relative expressions (fictional articles)."""

from __future__ import annotations

from tests.time.conftest import by_text

SIEGE = ("Militia fighters seized the river port of Ostrava Nova on June 3, 2019, but lost it on November 20 "
         "after a month of shelling. Army units retook the harbour on February 8, and two days later the "
         "governor reopened the ferry.")


def test_year_less_dates_follow_the_narrative_across_a_year_boundary(annotate):
    doc = annotate(SIEGE, published="2024-05-02")
    found = by_text(doc)
    assert found["June 3, 2019"].value == "2019-06-03" and found["June 3, 2019"].anchor == "absolute"
    assert found["November 20"].value == "2019-11-20"
    assert found["February 8"].value == "2020-02-08"
    assert found["February 8"].anchor == "narrative"
    assert found["February 8"].anchor_timex == found["November 20"].id


def test_relative_expression_counts_from_the_last_mentioned_day(annotate):
    found = by_text(annotate(SIEGE, published="2024-05-02"))
    assert found["two days later"].value == "2020-02-10"
    assert found["two days later"].anchor == "narrative"


def test_year_less_date_without_story_takes_the_year_nearest_publication(annotate):
    found = by_text(annotate("The council of Marlow Bay approved the budget on December 28.",
                             published="2021-01-06"))
    assert found["December 28"].value == "2020-12-28"
    assert found["December 28"].anchor == "publication"


def test_weekday_is_the_nearest_such_day_before_publication(annotate):
    # 2023-03-09 is a Thursday; the Sunday before is 2023-03-05.
    found = by_text(annotate("The mayor of Pell Harbour said Sunday that the bridge would stay shut.",
                             published="2023-03-09"))
    assert found["Sunday"].value == "2023-03-05"
    assert found["Sunday"].anchor == "publication"


def test_weekday_in_a_future_sentence_is_the_next_such_day(annotate):
    found = by_text(annotate("The assembly will vote on Tuesday on the harbour levy.", published="2023-03-09"))
    assert found["Tuesday"].value == "2023-03-14"


def test_a_timetable_told_in_the_present_is_the_next_such_day(annotate):
    # 2023-03-09 is a Thursday: the fair opens on the Saturday after it, and the Monday said was the one before.
    found = by_text(annotate("The harbour fair opens to the public on Saturday, the organisers said Monday.",
                             published="2023-03-09"))
    assert found["Saturday"].value == "2023-03-11"
    assert found["Monday"].value == "2023-03-06"


def test_deictic_days_and_units_resolve_against_publication(annotate):
    found = by_text(annotate("Yesterday the ferry ran late; last year it ran on time; next month it will stop.",
                             published="2022-07-15"))
    assert found["Yesterday"].value == "2022-07-14"
    assert found["last year"].value == "2021"
    assert found["next month"].value == "2022-08"


def test_weekday_followed_by_its_date_is_one_expression_of_that_date(annotate):
    # 2023-03-09 is a Thursday; the Saturday that follows is March 11.
    found = by_text(annotate("The regatta at Pell Harbour is on Saturday, March 11, the club said.",
                             published="2023-03-09"))
    assert found["Saturday, March 11"].value == "2023-03-11"
    assert "Saturday" not in found and "March 11" not in found


def test_clock_time_takes_the_day_named_after_it(annotate):
    # 2023-03-09 is a Thursday: 'Tuesday' is 2023-03-07, and the deadline in a future sentence is next Monday.
    found = by_text(annotate("The ferry sank at 10 p.m. Tuesday. Owners must reply by noon Monday, the port "
                             "said, and divers began at 16:00 UTC today.", published="2023-03-09"))
    assert found["10 p.m. Tuesday"].value == "2023-03-07T22:00"
    assert found["16:00 UTC today"].value == "2023-03-09T16:00Z"
    assert found["10 p.m. Tuesday"].type == "TIME"


def test_a_weekday_after_the_article_a_is_a_day_not_a_set(annotate):
    found = by_text(annotate("At a Wednesday press event the mayor spoke; the ferry runs twice a week.",
                             published="2023-03-09"))
    assert found["Wednesday"].type == "DATE"
    assert found["twice a week"].type == "SET"


def test_year_less_date_told_in_the_past_tense_is_before_publication(annotate):
    found = by_text(annotate("The Marlow Bay ferry was last seen on Nov. 3, and the harbour board met in "
                             "October.", published="2023-05-07"))
    assert found["Nov. 3"].value == "2022-11-03"


def test_year_less_date_with_a_modal_or_deadline_stays_ahead(annotate):
    found = by_text(annotate("The dividend would be paid on Nov. 3. Owners must reply by June 9.",
                             published="2023-05-07"))
    assert found["Nov. 3"].value == "2023-11-03"
    assert found["June 9"].value == "2023-06-09"


def test_weekday_after_set_to_or_until_is_the_next_such_day(annotate):
    # 2023-03-09 is a Thursday.
    found = by_text(annotate("Talks are set to resume Monday, and the port stays closed until Friday.",
                             published="2023-03-09"))
    assert found["Monday"].value == "2023-03-13"
    assert found["Friday"].value == "2023-03-10"


def test_the_day_is_the_last_day_mentioned_even_after_a_month(annotate):
    found = by_text(annotate("Harwick Ferries said on Tuesday that bookings rose in February, and its shares "
                             "fell later in the day.", published="2023-03-09"))
    assert found["the day"].value == found["Tuesday"].value == "2023-03-07"
    assert found["the day"].anchor == "narrative"


def test_same_period_last_year_after_a_month_is_that_month_a_year_back(annotate):
    found = by_text(annotate("Ferry bookings climbed 12% in February against the same period last year.",
                             published="2023-03-09"))
    assert found["the same period last year"].value == "2022-02"


def test_later_that_year_and_the_next_morning_follow_the_story(annotate):
    found = by_text(annotate("The Fenwick mill flooded on March 3, 2019. Divers came the next morning, and "
                             "the mill reopened later that year. Its owners expect a profit by year-end.",
                             published="2022-07-15"))
    assert found["the next morning"].value == "2019-03-04"
    assert found["later that year"].value == "2019"
    assert found["later that year"].anchor == "narrative"
    assert found["year-end"].value == "2022"


def test_the_nth_day_of_a_run_is_the_day_the_story_is_at(annotate):
    found = by_text(annotate("Trading in Ostrava was halted for a second consecutive day. Today is the eighth "
                             "day of the strike.", published="2022-07-15"))
    assert found["a second consecutive day"].value == "2022-07-15"
    assert found["the eighth day"].value == "2022-07-15"


def test_sentence_opening_date_followed_by_a_past_verb_is_before_publication(annotate):
    found = by_text(annotate("In November, the Marlow Bay council approved the levy. The ferry was shot at on "
                             "the night of Oct. 23.", published="2023-05-07"))
    assert found["November"].value == "2022-11"
    assert found["Oct. 23"].value == "2022-10-23"


def test_possessive_weekday_in_a_future_sentence_is_still_past(annotate):
    # 2023-03-09 is a Thursday; the Wednesday before is March 8.
    found = by_text(annotate("The owners said they would appeal Wednesday's ruling.", published="2023-03-09"))
    assert found["Wednesday"].value == "2023-03-08"


def test_a_year_earlier_after_a_quarter_ended_on_a_day_is_that_quarter_a_year_back(annotate):
    found = by_text(annotate("Harwick Ferries earned $3 million in the third quarter, which ended Sept. 30, up "
                             "from $2 million a year earlier.", published="2022-10-20"))
    assert found["a year earlier"].value == "2021-Q3"
    assert found["a year earlier"].anchor_timex == found["the third quarter"].id


def test_irregular_past_verbs_and_since_put_a_year_less_date_before_publication(annotate):
    found = by_text(annotate("Since the Varne council bought the quay in February, it has sold two cranes. In "
                             "January, the harbour master brought in a new pilot.", published="1989-10-27"))
    assert found["February"].value == "1989-02"
    assert found["January"].value == "1989-01"
    found = by_text(annotate("Divers have searched since the Oct. 23 sinking.", published="1990-05-06"))
    assert found["Oct. 23"].value == "1989-10-23"


def test_a_period_ended_on_a_date_is_before_publication_even_with_a_modal(annotate):
    found = by_text(annotate("The boatyards to be bought by Harwick took in $76 million in the year ended March 31.",
                             published="1989-11-01"))
    assert found["March 31"].value == "1989-03-31"


def test_a_passive_participle_or_a_plan_noun_does_not_make_a_date_past(annotate):
    found = by_text(annotate("The Varne case is heard in May. In September, the council announced plans to "
                             "sell the quay.", published="2000-03-29"))
    assert found["May"].value == "2000-05"
    assert found["September"].value == "1999-09"


def test_sentence_opening_weekday_followed_by_a_plan_is_the_next_such_day(annotate):
    found = by_text(annotate("On Tuesday, the Varne ferry owners' association plans to hold a news conference.",
                             published="1998-10-26"))
    assert found["Tuesday"].value == "1998-10-27"


def test_a_clock_time_is_on_the_last_day_the_story_named_even_after_a_month(annotate):
    found = by_text(annotate("The ferry sailed on April 27, 2005. Its hull was laid in January 2005. The "
                             "departure, at 08:30 UTC, was on time. The first crossing of the new route is "
                             "planned for July 2006."))
    assert found["08:30 UTC"].value == "2005-04-27T08:30Z"
    assert found["08:30 UTC"].anchor == "narrative"


def test_a_quarter_not_yet_begun_is_the_coming_one_unless_told_as_past(annotate):
    coming = by_text(annotate("Cuts at Harwick Ferries mean fewer sailings during the fourth quarter.",
                              published="2006-08-19"))
    assert coming["the fourth quarter"].value == "2006-Q4"
    past = by_text(annotate("Harwick Ferries earned $3 million in the fourth quarter.", published="2006-08-19"))
    assert past["the fourth quarter"].value == "2005-Q4"


def test_a_report_stays_with_its_quarter_however_long_it_runs(annotate):
    filler = "The ferry company also cited fuel costs and the repair of two boats as factors in the result. " * 8
    found = by_text(annotate("Harwick Ferries reported a second-quarter loss. " + filler
                             + "A year earlier, it earned $2 million.", published="2022-08-10"))
    assert found["A year earlier"].value == "2021-Q2"


def test_the_latest_quarter_after_a_forecast_in_an_earlier_sentence_is_the_last_one_reported(annotate):
    found = by_text(annotate("Harwick Ferries expects fourth-quarter losses. Sales in the latest quarter fell, "
                             "compared with a year ago.", published="1989-11-02"))
    assert found["fourth-quarter"].value == "1989-Q4"
    assert found["the latest quarter"].value == "1989-Q3"
    assert found["a year ago"].value == "1988-Q3"


def test_a_year_back_quarter_does_not_become_the_quarter_of_the_story(annotate):
    text = ("Harwick Ferries reported results. " + "Its fleet is old. " * 40 +
            "In the year-earlier period, it lost money. Sales in the latest quarter rose.")
    found = by_text(annotate(text, published="1989-10-26"))
    assert found["the year-earlier period"].value == "1988-Q3"
    assert found["the latest quarter"].value == "1989-Q3"


def test_a_year_back_after_a_span_of_months_is_the_previous_year(annotate):
    found = by_text(annotate("Harwick Ferries earned $3 million in the third quarter. In the first nine months, "
                             "net rose 9% from the 1988 period, and year-ago results were restated.",
                             published="1989-11-02"))
    assert found["the third quarter"].value == "1989-Q3"
    assert found["the 1988 period"].value == "1988"
    assert found["year-ago"].value == "1988"


def test_later_with_no_day_to_count_to_is_the_span_it_states(annotate):
    found = by_text(annotate("The Varne ferry sank. A few days later, its owner sold the line, and just over an hour "
                             "later the pier closed.", published="1989-10-27"))
    assert (found["A few days later"].type, found["A few days later"].value) == ("DURATION", "PXD")
    assert (found["over an hour later"].type, found["over an hour later"].value) == ("DURATION", "PT1H")


def test_a_plan_told_in_the_past_names_the_last_such_day(annotate):
    # 1989-10-30 is a Monday.
    found = by_text(annotate("The Varne offer had been due to expire Friday evening. The vote was set to take "
                             "place Saturday. Talks are set to resume Tuesday.", published="1989-10-30"))
    assert found["Friday evening"].value == "1989-10-27"
    assert found["Saturday"].value == "1989-10-28"
    assert found["Tuesday"].value == "1989-10-31"


def test_quarters_named_with_a_year_back_or_that_are_one_expression(annotate):
    found = by_text(annotate("Harwick Ferries earned $3 million in the third quarter. For the quarter a year ago, it "
                             "lost money. Sales for last year's quarter were flat. Results for that quarter included "
                             "a charge. In the comparable year-ago quarter, fares fell.", published="1989-10-26"))
    assert found["the quarter a year ago"].value == "1988-Q3"
    assert found["last year's quarter"].value == "1988-Q3"
    assert found["that quarter"].value == "1989-Q3"
    assert found["the comparable year-ago quarter"].value == "1988-Q3"


def test_a_future_verb_further_back_in_the_sentence_still_puts_a_month_ahead(annotate):
    found = by_text(annotate("Captain Iona Rusk will be named commander of the Kerrin Sound ferry service for a "
                             "crossing in December.", published="1998-03-04"))
    assert found["December"].value == "1998-12"


def test_a_decimal_or_by_between_a_past_verb_and_a_month_keeps_it_past(annotate):
    found = by_text(annotate("Kerrin's harbour trade declined by 0.9% between April and June.", published="2008-11-18"))
    assert found["April"].value == "2008-04"
    found = by_text(annotate("Owners must reply by June 9.", published="2023-05-07"))
    assert found["June 9"].value == "2023-06-09"


def test_a_duration_that_followed_a_date_covers_the_period_after_it(annotate):
    found = by_text(annotate("Rebels took the dam at Koval on June 3, 2019. In the six weeks that followed, "
                             "engineers repaired both turbines.", published="2019-09-01"))
    six_weeks = found["the six weeks"]
    assert six_weeks.value == "P6W" and six_weeks.type == "DURATION"
    assert six_weeks.period == "2019-06-03/2019-07-15"
    assert six_weeks.anchor == "narrative" and six_weeks.anchor_timex == found["June 3, 2019"].id


def test_the_past_years_end_at_publication_and_the_next_weeks_start_there(annotate):
    found = by_text(annotate("Tolls on the Marlow ferry have doubled in the past three years, and the council "
                             "will vote on them in the next two weeks.", published="2022-03-10"))
    assert found["the past three years"].period == "2019-03-10/2022-03-10"
    assert found["the next two weeks"].period == "2022-03-10/2022-03-24"
    assert found["the next two weeks"].anchor == "publication"


def test_a_duration_with_nothing_placing_it_has_no_period(annotate):
    found = by_text(annotate("The crossing takes six weeks by barge.", published="2022-03-10"))
    assert found["six weeks"].period is None and found["six weeks"].anchor == "absolute"


def test_the_day_a_statement_was_made_does_not_move_the_story():
    from dateline import extract_text

    doc = extract_text("Rebel fighters retook the port of Varnaya on February 8, the army said on Sunday. In the six "
                       "weeks that followed, militias burned the old library.", kind="article-text",
                       published="2020-02-12")
    found = by_text(doc)
    assert found["Sunday"].value == "2020-02-09"
    assert found["the six weeks"].anchor_timex == found["February 8"].id
    assert found["the six weeks"].period == "2020-02-08/2020-03-21"


def test_a_year_less_month_is_read_against_the_month_named_before_it_in_the_sentence(annotate):
    doc = annotate("Kerrin Ferries stock has swung, rising to a high of $42 in June from $29 in March. "
                   "Repairs start in March.", published="2022-10-30")
    values = [(t.text, t.value) for t in doc.timexes]
    assert values == [("June", "2022-06"), ("March", "2022-03"), ("March", "2023-03")]


def test_the_previous_year_counts_back_from_the_date_named_in_its_sentence(annotate):
    doc = annotate("Kerrin Ferries cut costs to $11 million in 2019, $2 million less than the year previous. "
                   "Fares rose from the previous year.", published="2022-07-15")
    assert [(t.text, t.value) for t in doc.timexes] == [("2019", "2019"), ("the year previous", "2018"),
                                                        ("the previous year", "2021")]


def test_a_period_ended_on_a_date_is_before_publication_even_after_a_future_verb(annotate):
    found = by_text(annotate("The boatyards Harwick will buy took in $76 million in the year ended March 31.",
                             published="1989-11-01"))
    assert found["March 31"].value == "1989-03-31"


def test_a_negated_future_is_not_a_past_tense(annotate):
    found = by_text(annotate("On April 3 the Tobrin ferry reopened. The council won't meet for the next two weeks.",
                             published="2024-05-02"))
    assert found["the next two weeks"].period == "2024-05-02/2024-05-16"


def test_a_date_naming_an_event_does_not_move_the_story(annotate):
    text = ("Two officers charged in the Dec. 21, 2009, raid on the Kessel depot were freed after the court "
            "agreed in April to hear the appeal.")
    found = by_text(annotate(text, published="2019-06-07"))
    assert found["April"].value == "2019-04"
    moved = by_text(annotate(text.replace("in the Dec. 21, 2009, raid", "on Dec. 21, 2009, for a raid"),
                             published="2019-06-07"))
    assert moved["April"].value == "2010-04"



def test_a_count_later_with_no_date_told_before_it_is_left_unresolved(annotate):
    found = by_text(annotate("The distillery launched with three spirits. Five months later he released his first "
                             "bourbon, up from two casks a year earlier.", published="2023-11-01"))
    assert (found["Five months later"].value, found["Five months later"].anchor) == (None, "unresolved")
    assert found["a year earlier"].value == "2022"


def test_a_season_is_the_last_one_when_told_as_past_and_the_coming_one_otherwise(annotate):
    found = by_text(annotate("The keeper joined on loan in the summer. Now the resort reopens just as the winter "
                             "season gets under way.", published="2020-05-16"))
    assert found["the summer"].value == "2019-SU"
    assert found["the winter"].value == "2020-WI"
    autumn = by_text(annotate("The electric ferry goes on sale in the summer.", published="2019-11-20"))
    assert autumn["the summer"].value == "2020-SU"


def test_an_abbreviation_inside_a_sentence_does_not_hide_its_future(annotate):
    # 2023-11-08 is a Wednesday.
    found = by_text(annotate("The guild said the strike will end at 12:01 a.m. on Thursday. The mayor will meet "
                             "Dr. Hale on Friday.", published="2023-11-08"))
    assert found["Thursday"].value == "2023-11-09"
    assert found["Friday"].value == "2023-11-10"


def test_a_clock_time_is_on_the_day_named_right_after_it(annotate):
    found = by_text(annotate("The ferry sank on Monday. Its mate vanished shortly after 2am on Sunday November 3, "
                             "2013, and the strike will end at 12:01 a.m. on Thursday.", published="2023-11-08"))
    assert found["2am"].value == "2013-11-03T02:00"
    assert found["12:01 a.m."].value == "2023-11-09T00:01"


def test_a_date_restated_in_brackets_after_a_named_day_is_that_day(annotate):
    found = by_text(annotate("The museum bought the painting, shown in 1761 and sold in 1762 and 1763. A campaign "
                             "launched yesterday (Nov. 7) runs until February 2024.", published="2023-11-08"))
    assert (found["Nov. 7"].value, found["Nov. 7"].anchor) == ("2023-11-07", "publication")


def test_a_year_after_since_does_not_move_the_story(annotate):
    text = ("The lancers of the Second Brigade reached Orlow on 29 August 1920 and broke the siege. Veterans "
            "called it the largest cavalry charge since 1813. The brigade withdrew towards the river on "
            "6 September and was disbanded in the spring.")
    found = by_text(annotate(text, published="2009-12-19"))
    assert found["6 September"].value == "1920-09-06"
    assert found["6 September"].anchor_timex == found["29 August 1920"].id
