"""The readiness check as a consultant runs it: answers, live results, saving, PDF, exports."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.readiness.store import CheckStore
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import AppSettings

from .conftest import discard


@pytest.fixture
def checks_path(tmp_path):
    return tmp_path / "data" / "checks.sqlite"


@pytest.fixture
def app_window(qtbot, pack, tmp_path, checks_path):
    window = MainWindow(
        pack,
        AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
        lang="nl",
        checks_path=checks_path,
    )
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    yield window
    discard(window)


@pytest.fixture
def workspace(app_window):
    app_window.new_check()
    return app_window.readiness


def quick_questions(pack):
    return pack.readiness.questions_for("quick")


def test_object_names_for_automation(workspace, app_window):
    for name in ("readinessCheck", "readinessResults", "checksList"):
        assert app_window.findChild(QWidget, name) is not None, name
    assert app_window.pages.currentWidget() is workspace


def test_keyboard_answers_update_the_live_results(workspace, qtbot, pack):
    editor, results = workspace.editor, workspace.results
    assert results.score.text() == "–"
    first_readiness = len(pack.readiness.profile_for("quick"))
    editor.go(first_readiness)
    editor.options.setFocus()
    qtbot.keyClick(editor.options, Qt.Key.Key_4)  # the most ready anchor
    assert results.score.text() == "100 / 100"
    qtbot.keyClick(editor.options, Qt.Key.Key_1)  # the least ready one
    assert results.score.text() == "0 / 100"
    question = quick_questions(pack)[0]
    card = results.cards["readiness_dimensions"]
    row = next(r for r in card.data.rows if r.item_id == question.dimension)
    assert row.value == 0


def test_profile_answers_place_the_client_among_the_survey(workspace, pack, qtbot):
    editor, results = workspace.editor, workspace.results
    editor.go(0)  # the adoption ladder
    editor.options.setFocus()
    qtbot.keyClick(editor.options, Qt.Key.Key_3)
    ladder = pack.readiness.ladder()
    chosen = pack.readiness.profile[0].options[2]
    assert workspace.check.answers.profile["adoption_level"] == chosen
    position = workspace.result.position
    assert f"{position.ahead_of:g}%" in results.position.text()
    highlighted = [r.item_id for r in results.cards["readiness_ladder"].data.rows if r.highlighted]
    assert highlighted == [chosen] and chosen in ladder.ladder


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


def test_every_answer_is_in_the_database_at_once(workspace, checks_path, pack):
    question = quick_questions(pack)[0]
    person = workspace.check.answers.participants[0]
    workspace.answer(person.id, question.id, 2)
    other = CheckStore(checks_path)  # another connection, as after a restart
    assert other.load_check(workspace.check.id).answers.participants[0].answers[question.id] == 2
    other.close()


def test_reopening_after_a_restart_shows_every_answer(
    qtbot, pack, tmp_path, checks_path, workspace
):
    person = workspace.check.answers.participants[0]
    workspace.editor.client.setText("Zorggroep Noord")
    workspace.editor.client.editingFinished.emit()
    workspace.answer(0, "sector", "care")
    workspace.answer(person.id, quick_questions(pack)[1].id, 3)
    check_id = workspace.check.id

    again = MainWindow(
        pack,
        AppSettings(QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat)),
        checks_path=checks_path,
    )
    qtbot.addWidget(again)
    again.show_readiness()
    listed = again.readiness.checks.model.rows
    assert [(r.id, r.client) for r in listed] == [(check_id, "Zorggroep Noord")]
    again.readiness.open_check(check_id)
    answers = again.readiness.check.answers
    assert answers.profile["sector"] == "care"
    assert answers.participants[0].answers[quick_questions(pack)[1].id] == 3
    assert any("zorg" in i.text["nl"].lower() for i in again.readiness.result.insights)


def test_follow_up_compare_and_delete(workspace, pack, monkeypatch):
    person = workspace.check.answers.participants[0]
    question = quick_questions(pack)[0]
    workspace.answer(person.id, question.id, 0)
    first = workspace.check.id
    second = workspace.follow_up(first)
    assert workspace.check.id == second and workspace.check.follow_up_of == first
    follower = workspace.check.answers.participants[0]
    workspace.answer(follower.id, question.id, 3)

    from desktop_app.readiness.scoring import compare, score_check

    store = workspace.store
    changes = compare(
        score_check(pack, store.load_check(first).answers),
        score_check(pack, store.load_check(second).answers),
    )
    moved = next(c for c in changes if c.dimension_id == question.dimension)
    assert moved.delta == pytest.approx(100.0)

    from desktop_app.ui.readiness.compare import CompareDialog

    dialog = CompareDialog(pack, store.load_check(first), store.load_check(second), "nl", workspace)
    texts = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
    assert "+100" in texts
    dialog.close()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert workspace.delete_check(second) is False
    assert len(store.list_checks()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert workspace.delete_check(second) is True
    assert [c.id for c in store.list_checks()] == [first]


def test_participants_disagreement_is_shown(workspace, pack):
    workspace._participant_added("IT-lead")
    director, it_lead = workspace.check.answers.participants
    for question in quick_questions(pack):
        if question.dimension == "strategy":
            workspace.answer(director.id, question.id, 3)
            workspace.answer(it_lead.id, question.id, 0)
    assert workspace.result.dimension("strategy").disagreement
    assert "100" in workspace.results.findings.text()
    assert workspace.results.cards["readiness_dimensions"].plot.errors.isVisible()


def fill_quick(workspace, pack):
    person = workspace.check.answers.participants[0]
    workspace.answer(0, "adoption_level", "loose_initiatives")
    workspace.answer(0, "main_reason", "innovation")
    workspace.answer(0, "obstacles", ("knowledge",))
    workspace.answer(0, "sector", "finance")
    workspace.answer(person.id, "job_level", "executive")
    for number, question in enumerate(quick_questions(pack)):
        workspace.answer(person.id, question.id, number % 4)


def test_pdf_export_writes_a_valid_pdf_with_the_client(workspace, pack, tmp_path):
    from desktop_app.ui.readiness.pdf import export_pdf

    workspace.editor.client.setText("Brouwerij Het Anker")
    workspace.editor.client.editingFinished.emit()
    fill_quick(workspace, pack)
    target = tmp_path / "check.pdf"
    export_pdf(target, pack, workspace.check, workspace.result, "nl", workspace.results)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert "Brouwerij Het Anker".encode("utf-16-be") in data  # the document title
    pdftotext = subprocess.run(
        ["which", "pdftotext"], capture_output=True, text=True
    ).stdout.strip()
    if pdftotext:
        text = subprocess.run(
            [pdftotext, str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Brouwerij Het Anker" in text
        assert "InSpark survey" in text  # the survey's source line
        assert text.count("\f") == 2  # two A4 pages


def test_export_all_checks_as_csv_and_xlsx(workspace, pack, tmp_path):
    import pandas as pd

    from desktop_app.readiness.export import export_checks

    workspace.editor.client.setText("Acme")
    workspace.editor.client.editingFinished.emit()
    fill_quick(workspace, pack)
    workspace.new_check("Beta BV")
    assert export_checks(workspace.store, pack, "nl", tmp_path / "all.csv") == 2
    assert export_checks(workspace.store, pack, "en", tmp_path / "all.xlsx") == 2
    table = pd.read_csv(tmp_path / "all.csv")
    assert set(table["client"]) == {"Acme", "Beta BV"}
    acme = table[table["client"] == "Acme"].iloc[0]
    assert acme["overall_score"] == pytest.approx(
        round(workspace.store.list_checks("Acme")[0].score, 1)
    )
    sheet = pd.read_excel(tmp_path / "all.xlsx")
    assert list(sheet.columns) == list(table.columns)


def test_my_clients_beside_the_survey(workspace, pack):
    fill_quick(workspace, pack)
    from desktop_app.ui.readiness.overview import OverviewDialog

    dialog = OverviewDialog(pack, workspace.store, "nl", workspace)
    rows = dialog.card.data.rows
    mine = {r.item_id: r.value for r in rows if r.series_index == 0}
    assert mine["loose_initiatives"] == 100.0
    survey = {r.item_id: r.value for r in rows if r.series_index == 1}
    assert survey["loose_initiatives"] == 31
    dialog.close()


def test_explanation_shows_every_answer(workspace, pack):
    fill_quick(workspace, pack)
    from desktop_app.ui.readiness.explain import ExplainDialog

    dialog = ExplainDialog(pack, workspace.check, workspace.result, "nl", workspace)
    text = dialog.text.toPlainText()
    for question in quick_questions(pack):
        assert question.text["nl"] in text
    assert "Urgentie" in text  # the formula of the priorities, in the Dutch interface
    dialog.close()


def test_damaged_database_is_reported_and_set_aside(
    qtbot, pack, tmp_path, checks_path, monkeypatch
):
    checks_path.parent.mkdir(parents=True)
    checks_path.write_bytes(b"garbage" * 50)
    warnings = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text)
    )
    window = MainWindow(
        pack,
        AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
        checks_path=checks_path,
    )
    qtbot.addWidget(window)
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


def test_a_dimension_nobody_could_answer_shows_a_dash_not_zero(workspace, pack):
    person = workspace.check.answers.participants[0]
    for question in quick_questions(pack):
        if question.dimension == "ethics":
            workspace.answer(person.id, question.id, "dont_know")
    card = workspace.results.cards["readiness_dimensions"]
    row = next(r for r in card.data.rows if r.item_id == "ethics")
    index = card.data.rows.index(row)
    assert not row.known
    assert card.plot.value_labels[index].toPlainText() == "–"
