"""The client on the survey's charts: the open check's answers to the survey's own questions
(found through readiness.toml's [[profile]] figures) marked on every chart of those figures."""

from __future__ import annotations

from desktop_app.core.chart_data import chart_data, with_client
from desktop_app.readiness.answers import CheckAnswers, Participant
from desktop_app.readiness.client_answers import client_answers
from desktop_app.readiness.scoring import score_check


def test_answers_are_found_per_figure_through_the_profile_questions(mini):
    questionnaire, report = mini.readiness, mini.report
    answers = CheckAnswers(
        mode="quick",
        profile={"level": "lots", "barriers": ("skills", "cost")},
        participants=[Participant(1, "director", {})],
    )
    result = score_check(questionnaire, report, answers)
    # mini's [[profile]] 'level' asks figure 'level', 'barriers' figure 'barriers'
    assert client_answers(questionnaire, result) == {
        "level": ("lots",),
        "barriers": ("skills", "cost"),
    }
    data = with_client(
        chart_data(report, report.charts["barriers"], "en"), {"barriers": ("cost",)}, "Acme"
    )
    assert [r.item_id for r in data.client_rows] == ["cost"]
    assert data.client_label == "Acme"


def test_the_clients_answers_on_the_report_charts(make_window, qtbot):
    window = make_window(lang="en")
    window.new_check()
    workspace = window.readiness
    workspace.editor.client.setText("Acme")
    workspace.editor.client.editingFinished.emit()
    workspace.answer("adoption_level", "loose_initiatives")
    workspace.answer("obstacles", ("knowledge", "roi"))
    window.show_report()
    window.report.select("obstacles")
    window.window_actions.client_action.trigger()
    panel = window.report.chart_panel
    obstacles = panel.current_cards()["obstacles"]
    marked = [r.item_id for r in obstacles.data.client_rows]
    assert marked == ["knowledge", "roi"]
    assert obstacles.client_note.isVisibleTo(obstacles)
    assert "answer of Acme" in obstacles.client_note.text()
    words = [
        obstacles.plot.value_labels[i].toPlainText() for i, r in enumerate(obstacles.data.rows)
    ]
    assert [w for w in words if "◀" in w] == ["59% ◀", "27% ◀"]
    pilot = panel.current_cards()["obstacles_pilot_phase"]
    assert {r.item_id for r in pilot.data.client_rows} == {"knowledge", "roi"}  # all organisations
    # A new answer in the check follows on the chart.
    workspace.answer("obstacles", ("security",))
    assert [r.item_id for r in panel.current_cards()["obstacles"].data.client_rows] == ["security"]
    window.report.select("intro")
    ladder = panel.current_cards()["adoption_level"]
    assert [r.item_id for r in ladder.data.client_rows] == ["loose_initiatives"]
    window.window_actions.client_action.trigger()  # off again
    assert not ladder.data.client_rows and not ladder.client_note.isVisibleTo(ladder)


def test_without_an_open_check_it_says_how_to_get_one(window, monkeypatch):
    from desktop_app.ui import messages

    said = []
    monkeypatch.setattr(messages, "show_error", lambda parent, text, details="": said.append(text))
    window.window_actions.client_action.trigger()
    assert said and "readiness-check" in said[0]  # the window is in Dutch
    assert not window.window_actions.client_action.isChecked()
