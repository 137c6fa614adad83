"""Scores and tallies: a result after the team's name, a score after ``the game``, votes on a bill,
games in a tennis set."""
from __future__ import annotations

from datasette_newsclaims.figures import extract_figures


def figs(text):
    return [(f["text"], f["kind"], f["unit"]) for f in extract_figures(text)]


def test_a_score_after_a_beaten_team_is_a_result():
    assert figs("Denver edged the Kansas City Chiefs 24-21 on Sunday.") == [("24-21", "count", "points")]
    assert figs("Porto beat Benfica 2-0 with a late goal.") == [("2-0", "count", "goals")]
    assert figs("Under Windows 7-10 it runs.") == []  # no result verb: part of the name


def test_a_score_after_the_game_is_a_result_but_game_3_is_a_name():
    assert figs("Leeds took the match 4-2 at home.") != []
    assert figs("Game 4 is on Friday.") == []


def test_a_tally_on_a_bill_or_motion_counts_votes():
    assert figs("The motion carried 7-2 after debate.") == [("7-2", "count", "votes")]


def test_tennis_sets_count_games():
    assert figs("In the WTA final she beat Lena Ortiz 6-3, 7-5.") == [
        ("6-3", "count", "games"), ("7-5", "count", "games")]
