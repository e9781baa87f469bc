"""The questionnaire: one question at a time, answered with a click, Enter or a number key.

It shows what the check session holds and reports what the user picked; the workspace
passes that to the session. Nothing here decides what an answer or a score is. An
answer changes one row of the question list and the check marks of the options in
place (``dataChanged``), so answering repaints only what changed.
"""

from __future__ import annotations

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

from ...core.model import pick
from ...readiness.model import DONT_KNOW, FULL, QUICK, Question
from ...readiness.session import CheckSession, Step
from ..formatting import number as formatted
from ..safe_text import plain_tooltip
from ..survey_words import respondents

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ROLE = Qt.ItemDataRole.UserRole + 2


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

    optionPicked = Signal(int, object)  # step index, the option picked
    clientRenamed = Signal(str)
    modeChanged = Signal(str)
    participantAdded = Signal(str)
    participantRenamed = Signal(int, str)
    participantRemoved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessCheck")
        self.session: CheckSession | None = None
        self.lang = "nl"
        self.index = 0
        self._shown_steps: list[Step] = []  # the steps the question list was built for

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
        self.participant.currentIndexChanged.connect(lambda _i: self.refresh())
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
        self.step_list.setUniformItemSizes(True)
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
        self.question_help = QLabel(self)  # what the pack says about the question, if anything
        self.question_help.setObjectName("questionHelp")
        self.question_help.setWordWrap(True)
        self.question_help.setTextFormat(Qt.TextFormat.PlainText)
        self.question_help.setProperty("role", "muted")
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
        self.options.picked.connect(self._pick)
        self.options.clicked.connect(lambda index: self._pick(index.data(VALUE_ROLE)))
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
        page_layout.addWidget(self.question_help)
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
        if self.session is not None:
            self.show_session(self.session, self.lang)

    # -- content ------------------------------------------------------------------------
    def show_session(self, session: CheckSession, lang: str) -> None:
        """Show a check (newly opened, another mode or language): the lists are rebuilt."""
        self.session, self.lang = session, lang
        self.client.setText(session.check.client)
        self.mode.setCurrentIndex(self.mode.findData(session.answers.mode))
        self.index = max(0, min(self.index, len(session.steps) - 1))
        self._fill_participants()
        self._build_step_list()
        self._show_step()

    def refresh(self) -> None:
        """The same steps, new answers (another participant, a reload): update in place."""
        if self.session is None:
            return
        if self._shown_steps != self.session.steps:
            self._build_step_list()
        else:
            for row in range(len(self._shown_steps)):
                self._update_step_row(row)
        self._show_step()

    def answered(self, step_index: int) -> None:
        """The session saved an answer to ``step_index``: update its row and the options."""
        self._update_step_row(step_index)
        if step_index == self.index:
            self._update_option_marks()
        self._update_progress()

    def _participant_id(self) -> int:
        pid = self.participant.currentData()
        return pid if pid is not None else self.session.participants[0].id

    def value_of(self, step: Step):
        return self.session.value(step, self._participant_id())

    def _fill_participants(self) -> None:
        current = self.participant.currentData()
        blocked = self.participant.blockSignals(True)
        self.participant.clear()
        for number, person in enumerate(self.session.participants, start=1):
            self.participant.addItem(
                person.role or self.tr("Participant {n}").format(n=number), person.id
            )
        found = self.participant.findData(current)
        self.participant.setCurrentIndex(found if found >= 0 else 0)
        self.participant.blockSignals(blocked)
        self.remove_button.setEnabled(len(self.session.participants) > 1)

    def participants_changed(self) -> None:
        self._fill_participants()
        self.refresh()

    # -- the question list --------------------------------------------------------------
    def _build_step_list(self) -> None:
        blocked = self.step_list.selectionModel().blockSignals(True)
        self.step_model.clear()
        self._shown_steps = list(self.session.steps)
        for number, step in enumerate(self._shown_steps):
            item = QStandardItem(self._step_text(number))
            item.setData(number, STEP_ROLE)
            item.setToolTip(plain_tooltip(pick(step.question.text, self.lang)))
            self.step_model.appendRow(item)
        self.step_list.setCurrentIndex(self.step_model.index(self.index, 0))
        self.step_list.selectionModel().blockSignals(blocked)

    def _step_text(self, row: int) -> str:
        step = self._shown_steps[row]
        value = self.value_of(step)
        mark = "○" if value is None else "?" if value == DONT_KNOW else "✓"
        return f"{mark}  {row + 1}. {self._short(step)}"

    def _update_step_row(self, row: int) -> None:
        item = self.step_model.item(row)
        text = self._step_text(row)
        if item is not None and item.text() != text:
            item.setText(text)  # one dataChanged for one row

    def _short(self, step: Step) -> str:
        question = step.question
        if isinstance(question, Question):
            return self.session.questionnaire.title(question.dimension, self.lang)
        return pick(question.text, self.lang)

    # -- the current question -----------------------------------------------------------
    def _show_step(self) -> None:
        session, step = self.session, self.session.steps[self.index]
        question = step.question
        if isinstance(question, Question):
            where = self.tr("Readiness · {dimension}").format(
                dimension=session.questionnaire.title(question.dimension, self.lang)
            )
        else:
            where = self.tr("Based on the categories of the survey of {n} {respondents}").format(
                n=formatted(session.pack.survey_n), respondents=respondents(session.pack, self.lang)
            )
        if step.per_participant and len(session.participants) > 1:
            where += " · " + self.tr("answered by {role}").format(
                role=self.participant.currentText()
            )
        self.where.setText(where)
        self.question_text.setText(pick(question.text, self.lang))
        help_text = pick(question.help, self.lang) if question.help else ""
        self.question_help.setText(help_text)
        self.question_help.setVisible(bool(help_text))
        self.option_model.clear()
        if isinstance(question, Question):
            choices = [
                (i, f"{i + 1}.  {pick(o, self.lang)}") for i, o in enumerate(question.options)
            ]
            choices.append((DONT_KNOW, f"0.  {pick(session.questionnaire.dont_know, self.lang)}"))
        else:
            figure = session.pack.figures[question.figure_id]
            choices = [
                (o, f"{n}.  {pick(figure.item(o).label, self.lang)}")
                for n, o in enumerate(question.options, start=1)
            ]
        for option, text in choices:
            item = QStandardItem(text)
            item.setData(option, VALUE_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            self.option_model.appendRow(item)
        self._update_option_marks()
        chosen = self._chosen()
        selected = next((r for r, (o, _) in enumerate(choices) if o in chosen), 0)
        self.options.setCurrentIndex(self.option_model.index(selected, 0))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(session.steps) - 1)
        self._update_progress()

    def _chosen(self) -> set:
        value = self.value_of(self.session.steps[self.index])
        return set(value) if isinstance(value, tuple) else {value}

    def _update_option_marks(self) -> None:
        chosen = self._chosen()
        for row in range(self.option_model.rowCount()):
            item = self.option_model.item(row)
            state = (
                Qt.CheckState.Checked
                if item.data(VALUE_ROLE) in chosen
                else Qt.CheckState.Unchecked
            )
            if item.checkState() != state:
                item.setCheckState(state)

    def _update_progress(self) -> None:
        self.progress.setText(
            self.tr("Question {n} of {total} · {answered} answered").format(
                n=self.index + 1,
                total=len(self.session.steps),
                answered=self.session.answered(self._participant_id()),
            )
        )

    # -- answering ----------------------------------------------------------------------
    def _pick(self, option) -> None:
        if option is None or self.session is None:
            return
        self.optionPicked.emit(self.index, option)
        self.options.setFocus()

    def participant_id(self) -> int:
        """The participant whose answers are shown and given."""
        return self._participant_id()

    def go(self, index: int) -> None:
        if self.session is not None and 0 <= index < len(self.session.steps):
            self.index = index
            blocked = self.step_list.selectionModel().blockSignals(True)
            self.step_list.setCurrentIndex(self.step_model.index(index, 0))
            self.step_list.selectionModel().blockSignals(blocked)
            self._show_step()
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
        person = self.session.participant(self._participant_id())
        role, ok = QInputDialog.getText(
            self, self.tr("Rename participant"), self.tr("Role:"), text=person.role
        )
        if ok and role.strip():
            self.participantRenamed.emit(person.id, role.strip())

    def _remove_participant(self) -> None:
        person = self.session.participant(self._participant_id())
        answer = QMessageBox.question(
            self,
            self.tr("Remove participant"),
            self.tr("Remove {role} and their answers from this check?").format(
                role=person.role or "?"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.participantRemoved.emit(person.id)
