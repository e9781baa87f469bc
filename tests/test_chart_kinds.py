"""Chart kinds without Qt: rows in the order each kind draws them, their statistics, legends,
base lines, the ordered scale, and the pack check's words for a kind that does not fit."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.core.chart_data import chart_data
from desktop_app.core.loader import check_pack, load_pack
from desktop_app.core.model import Series

LONG_LABELS = Path(__file__).resolve().parent / "packs" / "long-labels"


@pytest.fixture(scope="module")
def synthetic():
    return load_pack(LONG_LABELS)


def test_grouped_bars_put_each_obstacle_beside_the_pilot_phase(pack):
    data = chart_data(pack, pack.charts["obstacles_pilot_phase"], "en")
    assert data.kind == "grouped"
    assert data.legend == ("All organisations", "Pilot phase")
    # Groups by the value of all organisations, largest first; the pilot-only item last.
    keys = [c.key for c in data.categories]
    assert keys == [
        "knowledge",
        "data_quality",
        "security",
        "it_infrastructure",
        "ethics",
        "roi",
        "low_usage",
    ]
    groups = {c.key: [(r.series_index, r.known, r.value) for r in c.rows] for c in data.categories}
    assert groups["data_quality"] == [(0, True, 54), (1, True, 62)]
    assert groups["knowledge"] == [(0, True, 59), (1, False, 0.0)]  # not published: '–'
    assert groups["low_usage"] == [(0, False, 0.0), (1, True, 58)]
    assert all(len(c.rows) == 2 for c in data.categories)
    # Intervals only where the base is known: all organisations yes, the pilot subgroup no.
    assert all((r.interval is not None) == (r.series_index == 0 and r.known) for r in data.rows)
    assert data.mixed_bases  # a subgroup without a published size beside all 104


def test_an_ordered_scale_keeps_its_order(pack):
    spec = pack.charts["adoption_level"]
    assert spec.sort == "scale"
    data = chart_data(pack, spec, "en")
    assert data.ordered_scale
    written = [i.item_id for i in pack.figures["nl_adoption_level"].items]
    assert [r.item_id for r in data.rows] == written
    by_value = chart_data(pack, dataclasses.replace(spec, sort="value"), "en")
    assert [r.item_id for r in by_value.rows] != written  # the ladder is not in value order
    for chart_id in ("respondents_level", "knowledge_gap_phases"):
        assert pack.charts[chart_id].sort == "scale"


def test_stacked_bars_run_series_by_series_in_the_scales_order(synthetic):
    data = chart_data(synthetic, synthetic.charts["size_stacked"], "en")
    assert [(r.series_index, r.item_id, r.value) for r in data.rows] == [
        (0, "small", 81.7),
        (0, "medium", 15.1),
        (0, "large", 3.2),
        (1, "small", 80.9),
        (1, "medium", 15.6),
        (1, "large", 3.5),
    ]
    assert data.legend[0].startswith("Small enterprises")  # segments: the items' legend
    assert len(data.legend) == 3


def test_a_slope_chart_has_a_line_per_item_and_a_point_per_year(synthetic):
    data = chart_data(synthetic, synthetic.charts["use_slope"], "en")
    assert [c.key for c in data.categories] == ["greece", "czechia", "union"]
    greece = data.categories[0]
    assert [(r.series_index, r.value) for r in greece.rows] == [(0, 4.19), (1, 9.52)]
    assert [s.label for s in data.series] == ["2023", "2024"]
    assert len(data.legend) == 3  # the lines are the items


def test_a_dot_plot_has_a_line_per_item_and_a_dot_per_series(synthetic, pack):
    data = chart_data(synthetic, synthetic.charts["use_dots"], "en")
    assert [[r.value for r in c.rows] for c in data.categories] == [
        [4.19, 9.52],
        [5.91, 11.34],
        [8.05, 13.48],
    ]
    nl_vs_us = chart_data(pack, pack.charts["nl_vs_us"], "en")
    assert nl_vs_us.kind == "dot" and nl_vs_us.caveat.startswith("Note: different surveys")
    assert nl_vs_us.legend == ("US (McKinsey)", "Netherlands (InSpark)")
    assert [r.value for r in nl_vs_us.rows] == [78, 71, 25, 8]


def test_intervals_are_wilson_intervals_of_each_value(synthetic):
    data = chart_data(synthetic, synthetic.charts["purpose"], "en")
    decisions = next(r for r in data.rows if r.item_id == "decisions")
    # 37.25% of 9640, by hand: half-width 1.96 * sqrt(0.3725 * 0.6275 / 9640) = 0.965 points
    low, high = decisions.interval
    assert low == pytest.approx(36.29, abs=0.02)
    assert high == pytest.approx(38.22, abs=0.02)
    guess = next(r for r in data.rows if r.item_id == "guess")
    assert guess.interval is None and guess.mark == "approximate"  # no published n


def test_one_base_line_for_countries_of_one_survey(synthetic):
    data = chart_data(synthetic, synthetic.charts["use_grouped"], "en")
    first, second = data.attributions
    assert first.series_label.startswith("Reference year 2023")
    assert first.n is None and first.ns == (8120, 9640, 151322)
    assert second.ns == (8305, 9410, 149870)
    assert not data.mixed_bases  # the same base and source, only the numbers asked differ


def test_unlabelled_series_get_one_base_line_and_a_legend_that_tells_them_apart(pack):
    two_parts = dataclasses.replace(
        pack.charts["obstacles"],
        id="two_parts",
        kind="grouped",
        series=(
            Series("nl_obstacles", ("knowledge", "data_quality"), {}),
            Series("nl_obstacles", ("security", "roi"), {}),
        ),
    )
    data = chart_data(pack, two_parts, "en")
    assert len(data.attributions) == 1  # not printed once per series
    assert data.attributions[0].series_label == ""
    assert data.legend == ()  # both would be called the same: no legend rather than a wrong one
    two_figures = dataclasses.replace(
        two_parts,
        series=(Series("nl_obstacles", None, {}), Series("nl_obstacles_pilot_phase", None, {})),
    )
    named = chart_data(pack, two_figures, "en")
    assert named.legend == (
        "The biggest obstacles to (further) AI adoption",
        "organisations in the pilot phase (subgroup; size not published)",
    )


def _charts_with(pack_copy: Path, replacement: str) -> Path:
    charts = pack_copy / "charts.toml"
    text = charts.read_text(encoding="utf-8")
    charts.write_text(text + "\n" + replacement, encoding="utf-8")
    return pack_copy


@pytest.mark.parametrize(
    ("chart", "message"),
    [
        (
            '[[chart]]\nid = "levels_stacked"\nfigure = "nl_obstacles"\nkind = "stacked"\n'
            'choice = "multiple"\ntitle.nl = "x"\ntitle.en = "x"\n',
            "chart 'levels_stacked': a stacked chart shows the parts of a whole; "
            'set choice = "single" (one answer per respondent)',
        ),
        (
            '[[chart]]\nid = "one_group"\nfigure = "nl_obstacles"\nkind = "grouped"\n'
            'title.nl = "x"\ntitle.en = "x"\n',
            "chart 'one_group': grouped bars need two or more [[chart.series]]; "
            'use kind = "bar" for one figure',
        ),
        (
            '[[chart]]\nid = "one_point"\nfigure = "us_secret_use"\nkind = "line"\n'
            'title.nl = "x"\ntitle.en = "x"\n',
            "chart 'one_point': a line needs two or more points "
            "(two [[chart.series]], or one figure with two items)",
        ),
        (
            '[[chart]]\nid = "pie"\nfigure = "nl_obstacles"\nkind = "pie"\n'
            'title.nl = "x"\ntitle.en = "x"\n',
            "chart 'pie': kind must be one of bar, grouped, stacked, line, dot, not 'pie'",
        ),
    ],
)
def test_the_check_says_when_a_kind_does_not_fit_the_data(pack_copy, chart, message):
    location = _charts_with(pack_copy, chart)
    problems = check_pack(location)
    assert [p.message for p in problems] == [message]
    assert problems[0].path.endswith("charts.toml")


def test_the_bundled_kinds_pass_the_check():
    bundled = Path(__file__).resolve().parent.parent / "data" / "ai-op-de-werkvloer"
    assert check_pack(bundled) == []
    assert check_pack(LONG_LABELS) == []


def test_base_lines_follow_the_bars_not_the_alphabet(pack):
    """Leaders (99%) above employees (94%): the footer names leaders first too."""
    data = chart_data(pack, pack.charts["us_familiarity"], "en")
    bars = [row.item_id for row in data.rows]
    bases = [attribution.base for attribution in data.attributions]
    assert bars == ["leaders", "employees"]
    assert bases == ["US leaders", "US employees"]
