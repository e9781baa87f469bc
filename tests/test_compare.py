"""Two editions of a survey compared without Qt: ids matched (also when renamed), the
changes in percentage points and their two-proportion tests checked against values worked
out by hand, and everything only one edition has listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.compare import Comparison
from desktop_app.core.loader import check_pack, load_pack

PACKS = Path(__file__).resolve().parent / "packs"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    """The next edition opened (2031, n = 80) and compared with mini (2030, n = 50)."""
    return Comparison(load_pack(PACKS / "mini-next"), load_pack(PACKS / "mini"))


def test_the_earlier_edition_comes_first(comparison):
    assert comparison.edition_labels("en") == ("2030", "Survey 2031")  # year; compare.toml label
    flipped = Comparison(comparison.other, comparison.opened)
    assert flipped.edition_labels("en") == ("2030", "Survey 2031")  # whichever pack is opened


def test_renamed_figures_and_items_are_matched(comparison):
    obstacles = comparison.figures["obstacles"]
    assert obstacles.other_id == "barriers"  # compare.toml: obstacles = "barriers"
    pairs = {p.key: p for p in obstacles.pairs}
    assert pairs["data_quality"].before.item_id == "data"  # [items.obstacles] data_quality
    assert (pairs["data_quality"].before.value, pairs["data_quality"].after.value) == (40, 45)
    assert set(comparison.figures) == {"level", "obstacles"}


def test_changes_are_listed_largest_first_with_hand_computed_tests(comparison):
    changes = [(c.figure_id, c.item_id, c.delta) for c in comparison.changes()]
    assert changes[:3] == [
        ("obstacles", "skills", -25),
        ("level", "lots", 15),
        ("level", "none", -10),
    ]
    assert len(changes) == 5
    by_item = {c.item_id: c.pair.test for c in comparison.changes()}
    # Skills, 60% of 50 -> 35% of 80. Pooled p = (30 + 28) / 130 = 0.44615;
    # SE = sqrt(0.44615 * 0.55385 * (1/50 + 1/80)) = 0.089615; z = -0.25 / 0.089615 = -2.790;
    # two-sided p = 0.0053: larger than the sampling error.
    assert by_item["skills"].z == pytest.approx(-2.790, abs=0.001)
    assert by_item["skills"].p_value == pytest.approx(0.0053, abs=0.0001)
    assert by_item["skills"].significant
    # 'A lot', 30% of 50 -> 45% of 80. Pooled p = (15 + 36) / 130 = 0.39231;
    # SE = sqrt(0.39231 * 0.60769 * 0.0325) = 0.088023; z = 0.15 / 0.088023 = 1.704; p = 0.088.
    assert by_item["lots"].z == pytest.approx(1.704, abs=0.001)
    assert by_item["lots"].p_value == pytest.approx(0.088, abs=0.001)
    assert not by_item["lots"].significant


def test_items_of_only_one_edition_are_listed_not_dropped(comparison):
    listed = {(u.figure_id, u.item.item_id, u.in_opened) for u in comparison.unmatched()}
    assert listed == {
        ("obstacles", "budget", True),  # new in 2031
        ("obstacles", "cost", False),  # asked in 2030 only (under its old figure id 'barriers')
        ("ai_policy", "has_policy", True),  # a whole new figure
    }


def test_a_compared_chart_shows_both_years_and_its_changes(comparison):
    data = comparison.chart("obstacles", "en")
    assert data.kind == "grouped"
    assert data.legend == ("2030", "Survey 2031")
    groups = {c.key: [(r.known, r.value) for r in c.rows] for c in data.categories}
    assert groups["0:skills"] == [(True, 60), (True, 35)]
    assert groups["0:budget"] == [(False, 0.0), (True, 20)]  # not asked in 2030: '–'
    assert groups["0:cost"] == [(True, 10), (False, 0.0)]  # not asked in 2031
    skills = data.change_of("0:skills")
    assert skills.delta == -25 and skills.significant
    assert data.change_of("0:budget") is None
    assert [a.n for a in data.attributions] == [50, 80]
    assert not data.mixed_bases  # the same population asked again, only its number differs
    slope = comparison.chart("obstacles", "en", kind="line")
    assert slope.kind == "line" and slope.series_count == 2
    assert all(r.known for r in slope.rows)  # a slope leaves out what a year lacks


def test_a_compared_scale_keeps_its_order(comparison):
    data = comparison.chart("level", "en")
    assert data.ordered_scale
    assert [c.key for c in data.categories] == ["0:none", "0:some", "0:lots"]


def test_no_test_where_a_base_is_not_published(pack, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(Path(pack.location), copy)
    figures = copy / "figures.csv"
    text = figures.read_text(encoding="utf-8").replace(
        "us_adoption,1,ai_one_function,Gebruikt AI in minstens één bedrijfsfunctie,"
        "Uses AI in at least one business function,78,",
        "us_adoption,1,ai_one_function,Gebruikt AI in minstens één bedrijfsfunctie,"
        "Uses AI in at least one business function,88,",
    )
    figures.write_text(text, encoding="utf-8")
    changed = Comparison(load_pack(copy), pack)
    moved = [c for c in changed.changes() if c.delta]
    assert [(c.figure_id, c.item_id, c.delta) for c in moved] == [
        ("us_adoption", "ai_one_function", 10)
    ]
    assert moved[0].pair.test is None  # McKinsey publishes no n: no test, and it says so
    data = changed.chart("us_adoption", "en")
    assert data.change_of("0:ai_one_function").significant is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[figures]\nobstacle = "barriers"\n\n[items.obstacles]\nbudgets = "cost"\n',
            [
                (
                    2,
                    "[figures]: 'obstacle' is not a figure of figures.csv; did you mean 'obstacles'?",
                ),
                (5, "[items.obstacles]: figure has no item 'budgets'; did you mean 'budget'?"),
            ],
        ),
        (
            "[figures]\nobstacles = 3\n\n[items.obstacles]\nskills = 4\n",
            [
                (
                    2,
                    "[figures]: write the id that 'obstacles' had in the other edition, in double "
                    'quotes: obstacles = "…"',
                ),
                (
                    5,
                    "[items.obstacles]: write the id that 'skills' had in the other edition, in "
                    'double quotes: skills = "…"',
                ),
            ],
        ),
        (
            'figures = "barriers"\n\n[items]\nobstacle = { skills = "x" }\nlevel = 2\n',
            [
                (
                    1,
                    "figures must be a [figures] table, with a line per renamed figure below it, "
                    'such as nl_obstacles = "nl_barriers"',
                ),
                # below [items], at the line of the figure's own key
                (4, "[items.obstacle]: not a figure of figures.csv; did you mean 'obstacles'?"),
                (
                    5,
                    "[items.level] must be a table, with a line per renamed item below it, such "
                    'as data_quality = "data"',
                ),
            ],
        ),
    ],
)
def test_compare_toml_problems_name_their_line(tmp_path, text, expected):
    import shutil

    copy = tmp_path / "next"
    shutil.copytree(PACKS / "mini-next", copy)
    (copy / "compare.toml").write_text(text, encoding="utf-8")
    problems = [(p.line, p.message) for p in check_pack(copy)]
    assert problems == expected


def test_editions_about_different_groups_are_marked():
    from desktop_app.core.chart_data import Attribution
    from desktop_app.core.compare import different_populations

    same = (
        Attribution("2025", 104, "104 organisations", "InSpark survey"),
        Attribution("2026", 120, "120 organisations", "InSpark survey"),
    )
    assert not different_populations(same)  # the same group asked again, by a new number
    other_group = (same[0], Attribution("2026", None, "US employees", "InSpark survey"))
    assert different_populations(other_group)
    other_source = (same[0], Attribution("2026", 120, "120 organisations", "Another survey"))
    assert different_populations(other_source)
