"""The readiness check as a consultant runs it: answers, live results, saving, PDF, exports."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.readiness.store import CheckStore
from desktop_app.ui.settings import AppSettings

from .helpers import needs_pdftotext


@pytest.fixture
def checks_path(tmp_path):
    return tmp_path / "checks.sqlite"  # where make_window's windows keep their checks


@pytest.fixture
def app_window(make_window):
    return make_window(charts=False)


@pytest.fixture
def workspace(app_window):
    app_window.show()
    app_window.new_check()
    return app_window.readiness


@pytest.fixture
def questionnaire(content):
    return content.readiness


def quick_questions(questionnaire):
    return questionnaire.questions_for("quick")


def test_object_names_for_automation(workspace, app_window):
    for name in ("readinessCheck", "readinessResults", "checksList"):
        assert app_window.findChild(QWidget, name) is not None, name
    assert app_window.pages.currentWidget() is workspace


def test_keyboard_answers_update_the_live_results(workspace, qtbot, questionnaire):
    editor, results = workspace.editor, workspace.results
    assert results.score.text() == "–"
    first_readiness = len(questionnaire.profile_for("quick"))
    editor.go(first_readiness)
    editor.options.setFocus()
    qtbot.keyClick(editor.options, Qt.Key.Key_4)  # the most ready anchor
    assert results.score.text() == "100 / 100"
    qtbot.keyClick(editor.options, Qt.Key.Key_1)  # the least ready one
    assert results.score.text() == "0 / 100"
    question = quick_questions(questionnaire)[0]
    card = results.cards["readiness_dimensions"]
    row = next(r for r in card.data.rows if r.item_id == question.dimension)
    assert row.value == 0


def test_profile_answers_place_the_client_among_the_survey(workspace, qtbot):
    editor, results = workspace.editor, workspace.results
    editor.go(0)  # the adoption ladder, its options in the order of figures.csv
    editor.options.setFocus()
    qtbot.keyClick(editor.options, Qt.Key.Key_3)  # the third: separate initiatives (31%)
    assert workspace.check.answers.profile["adoption_level"] == "loose_initiatives"
    # Below it on the ladder: nothing (11%) and small pilots (25%).
    assert "36%" in results.position.text() and "31%" in results.position.text()
    highlighted = [r.item_id for r in results.cards["readiness_ladder"].data.rows if r.highlighted]
    assert highlighted == ["loose_initiatives"]


def test_multiple_choice_obstacles_toggle(workspace, qtbot):
    editor = workspace.editor
    editor.go(2)
    editor.options.setFocus()
    qtbot.keyClick(editor.options, Qt.Key.Key_1)
    qtbot.keyClick(editor.options, Qt.Key.Key_2)
    qtbot.keyClick(editor.options, Qt.Key.Key_1)  # off again
    assert workspace.check.answers.profile["obstacles"] == ("data_quality",)
    shared = [
        r.item_id for r in workspace.results.cards["readiness_obstacles"].data.rows if r.highlighted
    ]
    assert shared == ["data_quality"]


def test_every_answer_is_in_the_database_at_once(workspace, checks_path, questionnaire):
    question = quick_questions(questionnaire)[0]
    workspace.answer(question.id, 2)
    other = CheckStore(checks_path)  # another connection, as after a restart
    assert other.load_check(workspace.check.id).answers.participants[0].answers[question.id] == 2
    other.close()


def test_reopening_after_a_restart_shows_every_answer(
    make_window, tmp_path, workspace, questionnaire
):
    workspace.editor.client.setText("Zorggroep Noord")
    workspace.editor.client.editingFinished.emit()
    workspace.answer("sector", "care")
    workspace.answer(quick_questions(questionnaire)[1].id, 3)
    check_id = workspace.check.id

    settings = AppSettings(QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat))
    again = make_window(settings=settings, charts=False)
    again.show_readiness()
    listed = again.readiness.checks.model.rows
    assert [(r.id, r.client) for r in listed] == [(check_id, "Zorggroep Noord")]
    again.readiness.open_check(check_id)
    answers = again.readiness.check.answers
    assert answers.profile["sector"] == "care"
    assert answers.participants[0].answers[quick_questions(questionnaire)[1].id] == 3
    assert any("zorg" in i.text["nl"].lower() for i in again.readiness.result.insights)


def test_opening_a_check_from_the_list_keeps_the_list_where_it_is(workspace, questionnaire):
    """The list can hold a thousand checks: opening one must not reset it (selection and
    scroll position jump, and reading it again cost most of the open)."""
    first = workspace.check.id
    workspace.answer(quick_questions(questionnaire)[1].id, 3)
    second = workspace.new_check("Tweede klant")
    model = workspace.checks.model
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    row = next(i for i, r in enumerate(model.rows) if r.id == first)
    workspace.checks.view.selectRow(row)
    workspace.checks.view.activated.emit(model.index(row, 0))  # Enter on the row
    assert workspace.check.id == first != second
    assert resets == []
    assert workspace.checks.selected_ids() == [first]


def test_follow_up_compare_and_delete(workspace, questionnaire, monkeypatch):
    from desktop_app.ui.readiness.compare import CompareDialog

    question = quick_questions(questionnaire)[0]
    workspace.answer(question.id, 0)
    first = workspace.check.id
    second = workspace.follow_up(first)
    assert workspace.check.id == second and workspace.check.follow_up_of == first
    workspace.answer(question.id, 3)  # from the lowest anchor to the highest: +100

    shown = []
    monkeypatch.setattr(
        CompareDialog,
        "exec",
        lambda self: shown.append(
            [self.model.index(r, 3).data() for r in range(self.model.rowCount())]
        ),
    )
    workspace.checks.view.selectAll()
    workspace.checks.buttons["compare"].click()
    assert shown and "+100" in shown[0]
    store = workspace.store

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert workspace.delete_check(second) is False
    assert len(store.list_checks()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert workspace.delete_check(second) is True
    assert [c.id for c in store.list_checks()] == [first]


def test_participants_disagreement_is_shown(workspace, questionnaire):
    workspace.editor.participantAdded.emit("IT-lead")
    director, it_lead = workspace.check.answers.participants
    for question in quick_questions(questionnaire):
        if question.dimension == "strategy":
            workspace.answer(question.id, 3, participant_id=director.id)
            workspace.answer(question.id, 0, participant_id=it_lead.id)
    assert workspace.result.dimension("strategy").disagreement
    assert "100" in workspace.results.findings.text()
    assert workspace.results.cards["readiness_dimensions"].plot.errors.isVisible()


def fill_quick(workspace, questionnaire, option=2):
    """Every quick question answered; readiness questions with ``option`` (third of four)."""
    workspace.answer("adoption_level", "loose_initiatives")
    workspace.answer("main_reason", "innovation")
    workspace.answer("obstacles", ("knowledge",))
    workspace.answer("sector", "finance")
    workspace.answer("job_level", "executive")
    for question in quick_questions(questionnaire):
        workspace.answer(question.id, option)


@needs_pdftotext
def test_pdf_export_writes_a_valid_pdf_with_the_client(workspace, questionnaire, pack, tmp_path):
    from desktop_app.ui.readiness.pdf import export_pdf

    workspace.editor.client.setText("Brouwerij Het Anker")
    workspace.editor.client.editingFinished.emit()
    fill_quick(workspace, questionnaire)
    target = tmp_path / "check.pdf"
    export_pdf(target, questionnaire, pack, workspace.check, workspace.result, "nl")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert "Brouwerij Het Anker".encode("utf-16-be") in data  # the document title
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Brouwerij Het Anker" in text
    assert "InSpark survey" in text  # the survey's source line
    assert "67 / 100" in text  # every answer the third of four anchors: 66.7
    assert text.count("\f") == 2  # two A4 pages


def test_export_all_checks_as_csv_and_xlsx(workspace, questionnaire, pack, tmp_path):
    import pandas as pd

    from desktop_app.readiness.export import export_checks

    workspace.editor.client.setText("Acme")
    workspace.editor.client.editingFinished.emit()
    fill_quick(workspace, questionnaire)
    workspace.new_check("Beta BV")
    store = workspace.store
    assert export_checks(store, questionnaire, pack, "nl", tmp_path / "all.csv") == 2
    assert export_checks(store, questionnaire, pack, "en", tmp_path / "all.xlsx") == 2
    table = pd.read_csv(tmp_path / "all.csv")
    assert set(table["client"]) == {"Acme", "Beta BV"}
    acme = table[table["client"] == "Acme"].iloc[0]
    assert acme["overall_score"] == pytest.approx(66.7)  # 100 × 2 / 3 in every dimension
    assert acme["sector"] == "finance" and acme["obstacles"] == "knowledge"
    sheet = pd.read_excel(tmp_path / "all.xlsx")
    assert list(sheet.columns) == list(table.columns)


def test_my_clients_beside_the_survey(workspace, questionnaire, pack):
    fill_quick(workspace, questionnaire)
    from desktop_app.ui.readiness.overview import OverviewDialog

    dialog = OverviewDialog(questionnaire, pack, workspace.store.list_checks(), "nl", workspace)
    rows = dialog.card.data.rows
    mine = {r.item_id: r.value for r in rows if r.series_index == 0}
    assert mine["loose_initiatives"] == 100.0
    survey = {r.item_id: r.value for r in rows if r.series_index == 1}
    assert survey["loose_initiatives"] == 31
    dialog.close()


def test_explanation_shows_every_answer(workspace, questionnaire):
    fill_quick(workspace, questionnaire)
    from desktop_app.ui.readiness.explain import ExplainDialog

    dialog = ExplainDialog(questionnaire, workspace.check, workspace.result, "nl", workspace)
    text = dialog.text.toPlainText()
    for question in quick_questions(questionnaire):
        assert question.text["nl"] in text
    assert "Urgentie" in text  # the formula of the priorities, in the Dutch interface
    dialog.close()


def test_damaged_database_is_reported_and_set_aside(make_window, checks_path, monkeypatch):
    checks_path.write_bytes(b"garbage" * 50)
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text)
    )
    window = make_window(charts=False)
    window.show_readiness()
    assert warnings and "beschadigd" in warnings[0]
    assert str(window.readiness.store.moved_aside) in warnings[0]
    assert window.readiness.store.list_checks() == []


def test_new_check_from_the_command_line(tmp_path):
    """--new-check opens the app on an empty check (run briefly with a timer to quit)."""
    import os
    import sys

    from .conftest import ROOT

    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop_app.ui import app as app_module\n"
        "app_module.create_application(sys.argv[:1])\n"
        "seen = {}\n"
        "def probe():\n"
        "    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == 'mainWindow')\n"
        "    seen['page'] = window.pages.currentWidget().objectName()\n"
        "    seen['checks'] = len(window.readiness.store.list_checks())\n"
        "    QApplication.quit()\n"
        "QTimer.singleShot(1500, probe)\n"
        "code = app_module.run(None, 'nl', None, None, new_check=True)\n"
        "print(seen)\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "d"),
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_STATE_HOME": str(tmp_path / "s"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "{'page': 'readinessWorkspace', 'checks': 1}" in result.stdout, result.stderr


def test_a_dimension_nobody_could_answer_shows_a_dash_not_zero(workspace, questionnaire):
    for question in quick_questions(questionnaire):
        if question.dimension == "ethics":
            workspace.answer(question.id, "dont_know")
    card = workspace.results.cards["readiness_dimensions"]
    row = next(r for r in card.data.rows if r.item_id == "ethics")
    index = card.data.rows.index(row)
    assert not row.known
    assert card.plot.value_labels[index].toPlainText() == "–"


def test_database_errors_while_reading_become_messages(workspace, monkeypatch):
    """Regression: two database reads in the workspace raised the store's error uncaught."""
    from desktop_app.readiness import store as store_module
    from desktop_app.ui import messages

    first = workspace.check.id
    second = workspace.follow_up(first)
    shown = []
    monkeypatch.setattr(messages.QMessageBox, "exec", lambda box: shown.append(box.text()))

    def unreadable(*_args):
        raise store_module.StoreError("unreachable", workspace.store.path, "disk I/O error")

    monkeypatch.setattr(workspace.store, "load_check", unreadable)
    workspace.compare(first, second)  # read both checks to compare them
    workspace.editor.client.setText("Renamed BV")
    workspace.editor.client.editingFinished.emit()  # renaming used to read the check back
    workspace.open_check(first)
    assert len(shown) == 2  # compare and open each said so; the rename needs no read
    assert workspace.check.id == second  # the open check stays as it was


def test_a_set_aside_database_is_still_mentioned_and_can_be_restored(
    make_window, checks_path, monkeypatch
):
    """The next start still says where a set-aside database went; Restore… brings it back."""
    from desktop_app.readiness.store import CheckStore

    earlier = checks_path.with_name("earlier.sqlite")
    store = CheckStore(earlier)
    store.create_check("Gemeente Oost", "quick", "nl", "pack", ["Directeur"])
    store.close()
    earlier.rename(checks_path.with_name("checks.corrupt-20261101-101500.sqlite"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)

    window = make_window(charts=False)
    window.show()
    window.show_readiness()
    notice = window.readiness.notice
    assert notice.isVisible()
    assert "checks.corrupt-20261101-101500.sqlite" in notice.text.text()
    assert window.readiness.store.list_checks() == []
    notice.restore_button.click()
    assert [c.client for c in window.readiness.store.list_checks()] == ["Gemeente Oost"]
    assert not notice.isVisible()  # restored: nothing left to mention


def test_a_read_only_database_shows_the_checks_and_says_why_nothing_saves(make_window, checks_path):
    from desktop_app.readiness.store import CheckStore

    store = CheckStore(checks_path)
    store.create_check("Acme", "quick", "nl", "pack", ["CEO"])
    store.close()
    window = make_window(charts=False)
    window.show()
    workspace = window.readiness_workspace()
    workspace.store = CheckStore(checks_path)
    workspace.store.read_only, workspace.store.read_only_code = True, "full"  # as on a full disk
    workspace.notice.show_state(workspace.store)
    assert workspace.notice.isVisibleTo(workspace)
    assert "De schijf is vol" in workspace.notice.text.text()  # the Dutch interface


def test_the_checks_list_counts_participants_and_writes_dates_plainly(workspace):
    """'1 deelnemer', '2 deelnemers' (not 'deelnemer(s)'), and a date no one in the room
    reads the wrong way round: the month by name, the year in full. The list shows the
    day (the client's name needs the room); the tooltip adds the times."""
    from datetime import datetime

    from PySide6.QtCore import QLocale

    model = workspace.checks.model

    def tooltip() -> str:
        return model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)

    assert tooltip().endswith("· 1 deelnemer")
    workspace.editor.participantAdded.emit("IT-lead")
    workspace.refresh_list()
    assert tooltip().endswith("· 2 deelnemers")
    changed = datetime.fromisoformat(workspace.store.list_checks("")[0].updated).astimezone()
    month = QLocale("nl").monthName(changed.month, QLocale.FormatType.ShortFormat)
    day = f"{changed.day} {month} {changed.year}"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DisplayRole) == day
    assert f"laatst gewijzigd op {day} {changed:%H:%M}" in tooltip()
