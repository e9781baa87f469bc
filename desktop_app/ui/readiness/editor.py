"""The questionnaire: one question at a time, answered with a click, Enter or a number key.

It shows the pack's questions in order and reports answers; the workspace saves and scores
them. Nothing here decides what a score is.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.model import ReportPack, pick
from ...readiness.answers import AnswerValue, CheckAnswers, Participant
from ...readiness.model import DONT_KNOW, FULL, QUICK, ProfileQuestion, Question
from ..safe_text import plain_tooltip

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Step:
    """One question on screen: a survey (profile) question or a readiness question."""

    question: ProfileQuestion | Question

    @property
    def id(self) -> str:
        return self.question.id

    @property
    def per_participant(self) -> bool:
        return isinstance(self.question, Question) or self.question.per_participant

    @property
    def multiple(self) -> bool:
        return isinstance(self.question, ProfileQuestion) and self.question.choice == "multiple"


class OptionList(QListView):
    """The answer options; number keys pick an option, 0 or '?' picks "don't know"."""

    picked = Signal(object)  # the option's value

    def keyPressEvent(self, event) -> None:  # noqa: N802
        text = event.text()
        model = self.model()
        if text.isdigit() and model is not None:
            number = int(text)
            row = model.rowCount() - 1 if number == 0 else number - 1
            if 0 <= row < model.rowCount() and (
                number != 0 or model.index(row, 0).data(VALUE_ROLE) == DONT_KNOW
            ):
                self.setCurrentIndex(model.index(row, 0))
                self.picked.emit(model.index(row, 0).data(VALUE_ROLE))
                return
        if text == "?" and model is not None:
            last = model.index(model.rowCount() - 1, 0)
            if last.data(VALUE_ROLE) == DONT_KNOW:
                self.setCurrentIndex(last)
                self.picked.emit(DONT_KNOW)
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            index = self.currentIndex()
            if index.isValid():
                self.picked.emit(index.data(VALUE_ROLE))
                return
        super().keyPressEvent(event)


class CheckEditor(QWidget):
    """Client, mode and participants above; the question list and the current question below."""

    answerGiven = Signal(int, str, object)  # participant id (0: organisation), question id, value
    clientRenamed = Signal(str)
    modeChanged = Signal(str)
    participantAdded = Signal(str)
    participantRenamed = Signal(int, str)
    participantRemoved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessCheck")
        self.pack: ReportPack | None = None
        self.lang = "nl"
        self.answers: CheckAnswers | None = None
        self.steps: list[Step] = []
        self.index = 0

        self.client = QLineEdit(self)
        self.client.setObjectName("clientName")
        self.client.editingFinished.connect(
            lambda: self.clientRenamed.emit(self.client.text().strip())
        )
        self.mode = QComboBox(self)
        self.mode.setObjectName("checkMode")
        self.mode.activated.connect(lambda _i: self.modeChanged.emit(self.mode.currentData()))
        self.participant = QComboBox(self)
        self.participant.setObjectName("participant")
        self.participant.currentIndexChanged.connect(lambda _i: self._refresh())
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._add_participant)
        self.rename_button = QPushButton(self)
        self.rename_button.clicked.connect(self._rename_participant)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self._remove_participant)
        self.client_label, self.mode_label, self.participant_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.client_label.setBuddy(self.client)
        self.mode_label.setBuddy(self.mode)
        self.participant_label.setBuddy(self.participant)

        top = QHBoxLayout()
        top.addWidget(self.client_label)
        top.addWidget(self.client, 2)
        top.addWidget(self.mode_label)
        top.addWidget(self.mode)
        people = QHBoxLayout()
        people.addWidget(self.participant_label)
        people.addWidget(self.participant, 1)
        for button in (self.add_button, self.rename_button, self.remove_button):
            people.addWidget(button)

        self.step_model = QStandardItemModel(self)
        self.step_list = QListView(self)
        self.step_list.setObjectName("questionList")
        self.step_list.setModel(self.step_model)
        self.step_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.selectionModel().currentChanged.connect(self._step_chosen)

        self.where = QLabel(self)
        self.where.setProperty("role", "muted")
        self.question_text = QLabel(self)
        self.question_text.setObjectName("questionText")
        self.question_text.setWordWrap(True)
        self.question_text.setTextFormat(Qt.TextFormat.PlainText)
        big = QFont(self.question_text.font())
        big.setPointSizeF(big.pointSizeF() * 1.45)
        big.setBold(True)
        self.question_text.setFont(big)
        self.option_model = QStandardItemModel(self)
        self.options = OptionList(self)
        self.options.setObjectName("answerOptions")
        self.options.setModel(self.option_model)
        self.options.setWordWrap(True)
        self.options.setSpacing(4)
        self.options.setResizeMode(QListView.ResizeMode.Adjust)
        self.options.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.options.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        option_font = QFont(self.options.font())
        option_font.setPointSizeF(option_font.pointSizeF() * 1.15)
        self.options.setFont(option_font)
        self.options.picked.connect(self.answer)
        self.options.clicked.connect(lambda index: self.answer(index.data(VALUE_ROLE)))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.previous_button = QPushButton(self)
        self.previous_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.progress = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.progress, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.next_button)

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(12, 0, 0, 0)
        page_layout.addWidget(self.where)
        page_layout.addWidget(self.question_text)
        page_layout.addWidget(self.options, 1)
        page_layout.addWidget(self.hint)
        page_layout.addLayout(buttons)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.step_list)
        body.addWidget(page)
        body.setStretchFactor(1, 3)
        body.setSizes([220, 600])
        body.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(people)
        layout.addWidget(body, 1)
        for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.go(self.index + step))
        self.retranslate()

    def retranslate(self) -> None:
        self.client_label.setText(self.tr("&Client:"))
        self.client.setPlaceholderText(self.tr("Name of the client"))
        self.mode_label.setText(self.tr("&Mode:"))
        current = self.mode.currentData()
        self.mode.clear()
        self.mode.addItem(self.tr("Quick (about 3 minutes)"), QUICK)
        self.mode.addItem(self.tr("Full"), FULL)
        if current:
            self.mode.setCurrentIndex(self.mode.findData(current))
        self.participant_label.setText(self.tr("&Answering:"))
        self.add_button.setText(self.tr("Add participant…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.remove_button.setText(self.tr("Remove"))
        self.previous_button.setText(self.tr("‹ Previous"))
        self.next_button.setText(self.tr("Next ›"))
        self.options.setAccessibleName(self.tr("Answers"))
        self.step_list.setAccessibleName(self.tr("Questions"))
        self.participant.setAccessibleName(self.tr("Participant answering"))
        self.hint.setText(
            self.tr(
                "Click an answer or press its number; 0 is \u201cdon't know\u201d. Page Up/Down move between questions."
            )
        )
        if self.answers is not None:
            self._refresh()

    # -- content ------------------------------------------------------------------------
    def set_check(self, pack: ReportPack, client: str, answers: CheckAnswers, lang: str) -> None:
        self.pack, self.answers, self.lang = pack, answers, lang
        self.client.setText(client)
        self.mode.setCurrentIndex(self.mode.findData(answers.mode))
        questionnaire = pack.readiness
        self.steps = [Step(p) for p in questionnaire.profile_for(answers.mode)]
        self.steps += [Step(q) for q in questionnaire.questions_for(answers.mode)]
        self.index = min(self.index, len(self.steps) - 1)
        self._fill_participants()
        self._refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.answers is not None:
            self._refresh()

    def _fill_participants(self) -> None:
        current = self.participant.currentData()
        blocked = self.participant.blockSignals(True)
        self.participant.clear()
        for number, person in enumerate(self.answers.participants, start=1):
            self.participant.addItem(
                person.role or self.tr("Participant {n}").format(n=number), person.id
            )
        found = self.participant.findData(current)
        self.participant.setCurrentIndex(found if found >= 0 else 0)
        self.participant.blockSignals(blocked)
        self.remove_button.setEnabled(len(self.answers.participants) > 1)

    def current_participant(self) -> Participant:
        pid = self.participant.currentData()
        return next(
            (p for p in self.answers.participants if p.id == pid), self.answers.participants[0]
        )

    def value_of(self, step: Step) -> AnswerValue | None:
        if step.per_participant:
            return self.current_participant().answers.get(step.id)
        return self.answers.profile.get(step.id)

    def _refresh(self) -> None:
        """Show the current step and the answered state of every step."""
        if not self.steps:
            return
        blocked = self.step_list.selectionModel().blockSignals(True)
        self.step_model.clear()
        for number, step in enumerate(self.steps, start=1):
            value = self.value_of(step)
            mark = "○" if value is None else "?" if value == DONT_KNOW else "✓"
            item = QStandardItem(f"{mark}  {number}. {self._short(step)}")
            item.setData(number - 1, STEP_ROLE)
            item.setToolTip(plain_tooltip(pick(step.question.text, self.lang)))
            self.step_model.appendRow(item)
        self.step_list.setCurrentIndex(self.step_model.index(self.index, 0))
        self.step_list.selectionModel().blockSignals(blocked)
        self._show_step()

    def _short(self, step: Step) -> str:
        question = step.question
        if isinstance(question, Question):
            return self.pack.readiness.title(question.dimension, self.lang)
        return pick(question.text, self.lang)

    def _show_step(self) -> None:
        step = self.steps[self.index]
        question = step.question
        if isinstance(question, Question):
            where = self.tr("Readiness · {dimension}").format(
                dimension=self.pack.readiness.title(question.dimension, self.lang)
            )
        else:
            where = self.tr("As asked in the survey of {n} organisations").format(
                n=self.pack.survey_n
            )
        if step.per_participant and len(self.answers.participants) > 1:
            where += " · " + self.tr("answered by {role}").format(
                role=self.participant.currentText()
            )
        self.where.setText(where)
        self.question_text.setText(pick(question.text, self.lang))
        value = self.value_of(step)
        self.option_model.clear()
        if isinstance(question, Question):
            choices = [
                (i, f"{i + 1}.  {pick(o, self.lang)}") for i, o in enumerate(question.options)
            ]
            choices.append((DONT_KNOW, f"0.  {pick(self.pack.readiness.dont_know, self.lang)}"))
        else:
            figure = self.pack.figures[question.figure_id]
            choices = [
                (o, f"{n}.  {pick(figure.item(o).label, self.lang)}")
                for n, o in enumerate(question.options, start=1)
            ]
        chosen = set(value) if isinstance(value, tuple) else {value}
        for option, text in choices:
            item = QStandardItem(text)
            item.setData(option, VALUE_ROLE)
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if option in chosen else Qt.CheckState.Unchecked
            )
            item.setEditable(False)
            self.option_model.appendRow(item)
        selected = next((r for r, (o, _) in enumerate(choices) if o in chosen), 0)
        self.options.setCurrentIndex(self.option_model.index(selected, 0))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.steps) - 1)
        answered = sum(1 for s in self.steps if self.value_of(s) is not None)
        self.progress.setText(
            self.tr("Question {n} of {total} · {answered} answered").format(
                n=self.index + 1, total=len(self.steps), answered=answered
            )
        )

    # -- answering ----------------------------------------------------------------------
    def answer(self, option) -> None:
        """Record ``option`` for the current question (a multiple-choice option toggles)."""
        if option is None or not self.steps:
            return
        step = self.steps[self.index]
        if step.multiple:
            current = self.value_of(step) or ()
            chosen = set(current) ^ {option}
            value: AnswerValue = tuple(o for o in step.question.options if o in chosen)
        else:
            value = option
        participant = self.current_participant().id if step.per_participant else 0
        row = self.options.currentIndex().row()
        self.answerGiven.emit(participant, step.id, value)
        self._refresh()
        self.options.setCurrentIndex(self.option_model.index(max(row, 0), 0))
        self.options.setFocus()

    def go(self, index: int) -> None:
        if 0 <= index < len(self.steps):
            self.index = index
            self._refresh()
            self.options.setFocus()

    def _step_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.index = current.data(STEP_ROLE)
            self._show_step()

    # -- participants -------------------------------------------------------------------
    def _add_participant(self) -> None:
        role, ok = QInputDialog.getText(
            self, self.tr("Add participant"), self.tr("Role (for example: IT lead):")
        )
        if ok and role.strip():
            self.participantAdded.emit(role.strip())

    def _rename_participant(self) -> None:
        person = self.current_participant()
        role, ok = QInputDialog.getText(
            self, self.tr("Rename participant"), self.tr("Role:"), text=person.role
        )
        if ok and role.strip():
            self.participantRenamed.emit(person.id, role.strip())

    def _remove_participant(self) -> None:
        person = self.current_participant()
        answer = QMessageBox.question(
            self,
            self.tr("Remove participant"),
            self.tr("Remove {role} and their answers from this check?").format(
                role=person.role or "?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.participantRemoved.emit(person.id)

    def participants_changed(self) -> None:
        self._fill_participants()
        self._refresh()
