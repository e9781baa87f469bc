"""The 95% Wilson interval against worked values from the literature and by hand."""

import pytest

from desktop_app.core.stats import approximate_count, wilson_interval


@pytest.mark.parametrize(
    ("percent", "n", "low", "high"),
    [
        (50, 100, 40.383, 59.617),  # the textbook case: 50 of 100
        (0, 10, 0.0, 27.753),  # no successes: the interval still has width
        (100, 10, 72.247, 100.0),  # mirror image of the case above
        (20, 10, 5.668, 50.984),  # 2 of 10 (Newcombe 1998, method 3)
    ],
)
def test_wilson_interval_matches_worked_values(percent, n, low, high):
    got_low, got_high = wilson_interval(percent, n)
    assert got_low == pytest.approx(low, abs=0.01)
    assert got_high == pytest.approx(high, abs=0.01)


def test_wilson_interval_for_the_reports_biggest_obstacle():
    # 59% of 104 organisations: by hand, centre 0.5868, half-width 0.0929.
    low, high = wilson_interval(59, 104)
    assert low == pytest.approx(49.39, abs=0.01)
    assert high == pytest.approx(67.97, abs=0.01)
    assert low < 59 < high


def test_interval_is_asymmetric_near_the_edges():
    low, high = wilson_interval(8, 104)
    assert 8 - low < high - 8  # skewed away from 0 as a Wilson interval must be


def test_wilson_rejects_an_empty_base():
    with pytest.raises(ValueError):
        wilson_interval(50, 0)


def test_approximate_count_rounds_to_whole_organisations():
    assert approximate_count(59, 104) == 61
    assert approximate_count(8, 104) == 8
