"""My charts: the kind the app proposes, refusing or marking values that do not compare,
saving per pack in the user's data folder (never in the pack), and the charts in the
navigator, on their page and in exports."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core.chart_data import chart_data
from desktop_app.core.loader import load_pack
from desktop_app.core.my_charts import MyChartStore, file_name, proposal

PILOT = [("nl_obstacles", "data_quality"), ("nl_obstacles_pilot_phase", "data_quality")]
NL_US = [("us_adoption", "ai_one_function"), ("nl_adoption_level", "structural_multi")]


def test_one_figure_gets_bars_and_shared_items_get_groups(pack):
    assert (
        proposal(pack, [("nl_obstacles", "knowledge"), ("nl_obstacles", "roi")], "en").kind == "bar"
    )
    grouped = proposal(pack, PILOT, "en")
    assert grouped.kind == "grouped" and grouped.mixed  # a subgroup of unknown size beside all
    dots = proposal(pack, NL_US, "en")
    assert dots.kind == "dot" and dots.mixed  # McKinsey beside InSpark
    same = proposal(pack, [("nl_obstacles", "knowledge"), ("nl_main_reason", "cost")], "en")
    assert not same.mixed  # both: 104 organisations, InSpark survey


def test_values_of_different_units_are_refused(pack_copy):
    figures = pack_copy / "figures.csv"
    figures.write_text(
        figures.read_text(encoding="utf-8").replace(
            "Concurrentiedruk,Competitive pressure,14,percent",
            "Concurrentiedruk,Competitive pressure,14,score",
        ),
        encoding="utf-8",
    )
    pack = load_pack(pack_copy)
    offer = proposal(pack, [("nl_main_reason", "competition"), ("nl_obstacles", "roi")], "en")
    assert offer.refused


def test_saved_per_pack_in_the_data_folder_and_read_back(pack, tmp_path):
    store = MyChartStore(tmp_path, pack.id)
    chart = store.add(
        {"en": "Data quality: pilots and all"}, "grouped", PILOT, {"en": "Mind the bases"}
    )
    assert chart.id == "my-1"
    saved = tmp_path / "my-charts" / "ai-op-de-werkvloer-2025.json"
    assert json.loads(saved.read_text(encoding="utf-8"))["charts"][0]["items"] == [
        list(p) for p in PILOT
    ]
    again = MyChartStore(tmp_path, pack.id)
    spec = again.get("my-1").spec(pack)
    data = chart_data(pack, spec, "en")
    assert data.kind == "grouped" and data.caveat == "Mind the bases"
    assert [r.value for r in data.rows] == [54, 62]
    assert data.legend == (
        "The biggest obstacles to (further) AI adoption",
        "Pilot phase",  # the figure's series label in the pack's grouped chart
    )
    assert MyChartStore(tmp_path, "another-pack").charts == []  # per pack
    again.remove("my-1")
    assert MyChartStore(tmp_path, pack.id).charts == []


def test_an_unreadable_file_is_set_aside_not_overwritten(pack, tmp_path):
    folder = tmp_path / "my-charts"
    folder.mkdir()
    (folder / f"{pack.id}.json").write_text("{ not json", encoding="utf-8")
    store = MyChartStore(tmp_path, pack.id)
    assert store.charts == [] and store.problem
    kept = list(folder.glob("*.unreadable-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "{ not json"


def test_pack_ids_become_safe_file_names():
    assert file_name("../../etc/passwd") == "_.._etc_passwd"
    assert file_name("ai op de werkvloer: 2026") == "ai_op_de_werkvloer__2026"


def test_a_chart_whose_items_left_the_pack_is_not_drawn(pack, tmp_path):
    store = MyChartStore(tmp_path, pack.id)
    store.add({"en": "Gone"}, "bar", [("no_such_figure", "x"), ("nl_obstacles", "nothing")])
    assert store.specs(pack) == []


@pytest.fixture
def clean_data_folder():
    """My charts are saved in the (test) data folder: leave it as the test found it."""
    from desktop_app.ui.paths import data_folder

    folder = data_folder() / "my-charts"
    shutil.rmtree(folder, ignore_errors=True)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def select_rows(explorer, wanted):
    table, proxy = explorer.table, explorer.proxy
    from desktop_app.ui.figures_explorer import FIGURE_ROLE, ITEM_ROLE

    table.clearSelection()
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if (index.data(FIGURE_ROLE), index.data(ITEM_ROLE)) in wanted:
            table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def pack_hash(location: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(location.rglob("*")):
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_compare_in_a_chart_from_the_explorer(window, qtbot, clean_data_folder, pack, tmp_path):
    before = pack_hash(Path(pack.location))
    window.set_language("en")
    window.window_actions.explorer_action.trigger()
    explorer = window.report.explorer
    assert not explorer.compare_button.isEnabled()
    select_rows(explorer, PILOT)
    assert explorer.compare_button.isEnabled()
    dialog = explorer.compare_selected()
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "grouped"  # the same obstacle in two figures
    assert "Different bases or sources" in dialog.notice.text()
    assert "organisations in the pilot phase" in dialog.notice.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.caveat.toPlainText()  # proposed, so the chart cannot go out without one
    dialog.caveat.setPlainText("")
    assert not save.isEnabled()  # refused without a visible caveat
    assert "needs a caveat" in dialog.notice.text()
    dialog.caveat.setPlainText("The pilot phase is a subgroup of unknown size.")
    dialog.title.setText("Data quality: pilots beside everyone")
    assert save.isEnabled()
    assert dialog.preview.data.caveat == "The pilot phase is a subgroup of unknown size."
    save.click()
    panel = window.report.chart_panel
    assert panel.current_chapter == "@my-charts"
    card = panel.current_cards()["my-1"]
    assert card.title.text() == "Data quality: pilots beside everyone"
    assert card.caveat.isVisibleTo(card) and "subgroup" in card.caveat.text()
    assert card.plot.drawn_values() == [54, 62]
    assert card.export_png(tmp_path / "mine.png") and card.export_svg(tmp_path / "mine.svg")
    navigator = window.report.navigator
    heading = navigator.model.item(navigator.model.rowCount() - 1)
    assert heading.text() == "My charts"
    assert heading.child(0).text() == "Data quality: pilots beside everyone"
    assert pack_hash(Path(pack.location)) == before  # the pack is never changed
    assert (clean_data_folder / "ai-op-de-werkvloer-2025.json").exists()


def test_my_charts_in_the_navigator_survive_a_restart_and_can_be_deleted(
    make_window, settings, clean_data_folder, pack
):
    from desktop_app.ui.paths import data_folder

    MyChartStore(data_folder(), pack.id).add(
        {"nl": "Mijn vergelijking"}, "dot", NL_US, {"nl": "Let op"}
    )
    window = make_window()
    navigator = window.report.navigator
    titles = [navigator.model.item(r).text() for r in range(navigator.model.rowCount())]
    assert titles[-1] == "Mijn grafieken"  # after the chapters, in the interface language
    navigator.select_my_chart("my-1")
    panel = window.report.chart_panel
    assert panel.current_chapter == "@my-charts"
    card = panel.current_cards()["my-1"]
    assert card.data.kind == "dot" and card.data.title == "Mijn vergelijking"
    navigator.select("obstacles")
    assert panel.current_chapter == "obstacles"  # back from My charts to the chapter's charts
    panel.remove_my_chart("my-1")
    titles = [navigator.model.item(r).text() for r in range(navigator.model.rowCount())]
    assert "Mijn grafieken" not in titles
    assert MyChartStore(data_folder(), pack.id).charts == []


def test_my_charts_as_chart_definitions_for_slides(pack, tmp_path):
    """What the slide builder reads: ordinary chart definitions, drawn by chart_data."""
    store = MyChartStore(tmp_path, pack.id)
    store.add({"en": "Mine"}, "dot", NL_US, {"en": "Different surveys"})
    (spec,) = store.specs(pack)
    data = chart_data(pack, spec, "nl")
    assert data.chart_id == "my-1" and data.title == "Mine" and data.caveat == "Different surveys"
    assert [r.value for r in data.rows] == [78, 25]


def test_a_figure_only_charted_beside_others_opens_that_chart(pack):
    from desktop_app.core.chart_data import figure_chart

    assert figure_chart(pack, "nl_obstacles_pilot_phase").id == "obstacles_pilot_phase"
    assert figure_chart(pack, "nl_obstacles").id == "obstacles"  # its own chart first
