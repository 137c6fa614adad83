"""How a printing of a quote is compared with the fullest printing on the quote-group page."""
from __future__ import annotations

from datasette_newsclaims.web.word_diff import marked_differences, word_keys


def test_a_reworded_printing_marks_its_own_words_and_the_gaps():
    fullest = "We will never sell the old park to builders, she said."
    marked, added, left_out = marked_differences("We will never sell the park to <b>developers</b>, she said.",
                                                 word_keys(fullest))
    assert (added, left_out) == (1, 2)  # developers in; old and builders out
    assert '<mark class="nc-diff">&lt;b&gt;developers&lt;/b&gt;,</mark>' in marked
    assert "<b>" not in marked and 'title="1 words left out"' in marked


def test_the_same_words_differently_accented_or_punctuated_are_not_marked():
    marked, added, left_out = marked_differences("Café owners: we’re staying", word_keys("cafe owners we're staying!"))
    assert (added, left_out) == (0, 0)
    assert "<mark" not in marked and "nc-diff-gap" not in marked
