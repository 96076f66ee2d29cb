"""A position's date: the date written in its sentence, never later than the article's publication."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from stancemap.ledger.candidates import Context
from stancemap.model import Question

Q = Question("q", "The assembly should ratify the harbour treaty.")


@pytest.mark.parametrize("value,source,published,expected", [
    ("2018", "sentence", date(2016, 6, 22), ("2016-06-22", "published")),        # "up for re-election in 2018"
    ("2016-07-01", "sentence", date(2016, 6, 22), ("2016-06-22", "published")),
    ("2016-06-20", "sentence", date(2016, 6, 22), ("2016-06-20", "sentence")),    # "on Monday"
    ("2016-06-22", "sentence", date(2016, 6, 22), ("2016-06-22", "sentence")),
    ("2016-W25", "sentence", date(2016, 6, 22), ("2016-W25", "sentence")),
    ("2016-11-08", "published", date(2016, 6, 22), ("2016-11-08", "published")),  # only sentence dates move
    ("2016-11-08", "sentence", None, ("2016-11-08", "sentence")),                 # no publication date
])
def test_a_position_is_not_dated_after_publication(build_reading, value, source, published, expected):
    ctx = Context(build_reading("Finland backed the harbour treaty.", published=published), Q, {0: 1.0}, {})
    assert ctx.stance_date(value, source) == expected


def test_a_copyright_year_covers_the_whole_year(build_reading):
    reading = build_reading("Finland backed the harbour treaty.", published=date(2016, 1, 1))
    article = replace(reading.article, published_source="copyright line")
    ctx = Context(replace(reading, article=article), Q, {0: 1.0}, {})
    assert ctx.stance_date("2016-10-04", "sentence") == ("2016-10-04", "sentence")
    assert ctx.stance_date("2017-02", "sentence") == ("2016", "published")
