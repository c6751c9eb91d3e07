"""People named in bylines (dateline.clean.bylines): the same reading for HTML metadata and flattened lines."""

from __future__ import annotations

import pytest

from dateline.clean.bylines import looks_like_person, people_named


@pytest.mark.parametrize("byline, people", [
    ("By Layla Haddad and Tomas Berg", ["Layla Haddad", "Tomas Berg"]),
    ("Ana Ruiz; Tom Bell", ["Ana Ruiz", "Tom Bell"]),
    ("By Marta Lind, Jon Ekberg & Saba Qureshi", ["Marta Lind", "Jon Ekberg", "Saba Qureshi"]),
    ("By Omar al-Rashid", ["Omar al-Rashid"]),
    ("Von Lisa Brandt", ["Lisa Brandt"]),
    ("Par Jeanne Morel", ["Jeanne Morel"]),
    ("Sergio Ruiz-Beltrán | The Valley Newsroom", ["Sergio Ruiz-Beltrán"]),
    ("By Md Rafiq Islam", ["Md Rafiq Islam"]),
])
def test_every_person_of_a_byline_is_named(byline, people):
    assert people_named(byline) == people


@pytest.mark.parametrize("byline, people", [
    ("ByNina Okoro", ["Nina Okoro"]),
    ("Written byTomas Berg", ["Tomas Berg"]),
    ("Posted byLayla Haddad", ["Layla Haddad"]),
    ("Author Isaiah Bell", ["Isaiah Bell"]),
    ("By Meg AlvesStaff Writer", ["Meg Alves"]),
    ("Joakim EdinResearch Scientist", ["Joakim Edin"]),
    ("Nora KeyFounder at Oakwell", ["Nora Key"]),
    ("Rachel MacDonald Writer", ["Rachel MacDonald"]),
    ("Liz Kenny Former Harbour Board Consultant", ["Liz Kenny"]),
    ("By Dana Kell, Senior Correspondent", ["Dana Kell"]),
    ("Dr. Vahid Osman", ["Vahid Osman"]),
    ("Jean-Luc Aufray (Harbour Lab)", ["Jean-Luc Aufray"]),
])
def test_a_label_role_honorific_or_affiliation_around_a_name_is_cut_off(byline, people):
    assert people_named(byline) == people


@pytest.mark.parametrize("byline", [
    "Staff", "By Staff", "Ledger News Desk", "By Associated Press", "By Reuters Staff", "By Example Times Newsroom",
    "The Coastal Ledger", "USA TODAY", "Senior Director", "Head of Marketing", "Digital Security Expert",
    "About the Author", "The Author", "Sign In", "Privacy Policy", "Personal finance", "Nov. 19, 2019",
    "March 14, 2025", "https://ledger.example/authors/ana", "Karl Weiss says", "Ann Lee said:",
])
def test_organisations_roles_labels_dates_and_commenters_name_nobody(byline):
    assert people_named(byline) == []


def test_a_single_word_is_not_taken_for_a_person():
    assert not looks_like_person("Admin")
    assert looks_like_person("Ana Ruiz")


@pytest.mark.parametrize("byline, people", [
    ("Oskar LindqvistTech Reporter", ["Oskar Lindqvist"]),
    ("By Ana RuizSenior Writer", ["Ana Ruiz"]),
    ("Selma OkaforHealth Editor, The Ledger", ["Selma Okafor"]),
])
def test_a_name_ends_where_a_role_is_glued_on_after_a_full_word(byline, people):
    assert people_named(byline) == people


def test_a_name_glued_to_a_date_is_left_to_the_readers_that_know_dates():
    assert people_named("Tomas BergMay 3, 2024") == []


@pytest.mark.parametrize("byline, people", [
    ("Fiona MacLeod", ["Fiona MacLeod"]),
    ("By Tom McAllister Writer", ["Tom McAllister"]),
    ("Lina DeSanto", ["Lina DeSanto"]),
])
def test_a_surname_with_a_capital_after_a_short_prefix_is_kept_whole(byline, people):
    assert people_named(byline) == people


def test_a_name_written_all_in_capitals_is_still_a_person():
    assert people_named("BY ANA RUIZ") == ["ANA RUIZ"]
