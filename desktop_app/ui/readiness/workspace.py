"""The readiness workspace: saved checks, the questionnaire and its live results side by side.

It wires the widgets to a :class:`CheckSession`, which holds every rule: what the user
picks goes to the session, and what the session returns is drawn. A failure is said
in plain words and nothing on screen changes that the database does not hold.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.model import ReportPack
from ...readiness.answers import InvalidAnswer
from ...readiness.model import QUICK, Questionnaire
from ...readiness.scoring import ReadinessResult
from ...readiness.session import CheckSession, DifferentClients, compare_checks
from ...readiness.store import CheckStore, StoredCheck, StoreError
from ..messages import show_error
from .checks_panel import ChecksPanel
from .editor import CheckEditor
from .errors import invalid_answer_text, store_error_text
from .results import ResultsPanel
from .store_notice import StoreNotice

log = logging.getLogger(__name__)


class ReadinessWorkspace(QWidget):
    """The open check and the list of saved ones; the store is opened on first use."""

    resultChanged = Signal(object)  # ReadinessResult

    def __init__(
        self,
        questionnaire: Questionnaire,
        pack: ReportPack,
        lang: str,
        store_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readinessWorkspace")
        self.questionnaire, self.pack, self.lang = questionnaire, pack, lang
        self.store_path = store_path
        self.store: CheckStore | None = None
        self.session: CheckSession | None = None

        self.checks = ChecksPanel(self)
        self.notice = StoreNotice(self)
        self.editor = CheckEditor(self)
        self.results = ResultsPanel(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.empty)
        self.centre.addWidget(self.editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.checks)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.results)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 700, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.notice.restoreRequested.connect(self.restore)

        self.checks.newRequested.connect(self.new_check)
        self.checks.openRequested.connect(self.open_check)
        self.checks.renameRequested.connect(self.rename_check)
        self.checks.followUpRequested.connect(self.follow_up)
        self.checks.deleteRequested.connect(self.delete_check)
        self.checks.compareRequested.connect(self.compare)
        self.checks.exportRequested.connect(self.export_all)
        self.checks.overviewRequested.connect(self.show_overview)
        self.checks.searchChanged.connect(lambda _text: self.refresh_list())
        self.editor.optionPicked.connect(self._option_picked)
        self.editor.clientRenamed.connect(self._client_renamed)
        self.editor.modeChanged.connect(self._mode_changed)
        self.editor.participantAdded.connect(self._participant_added)
        self.editor.participantRenamed.connect(self._participant_renamed)
        self.editor.participantRemoved.connect(self._participant_removed)
        self.results.explainRequested.connect(self.explain)
        self.results.pdfRequested.connect(self.export_pdf_dialog)
        self.retranslate()

    @property
    def check(self) -> StoredCheck | None:
        return self.session.check if self.session else None

    @property
    def result(self) -> ReadinessResult | None:
        return self.session.result if self.session else None

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Start a new check, or open a saved one from the list."))
        self.checks.retranslate()
        self.editor.retranslate()
        self.results.retranslate()

    # -- the store ------------------------------------------------------------------------
    def open_store(self) -> bool:
        """Open the database once; a damaged one is moved aside and the user told where."""
        if self.store is not None:
            return True
        try:
            self.store = CheckStore(self.store_path)
        except StoreError as error:
            self._report(error)
            return False
        if self.store.moved_aside is not None:
            reason = (
                self.tr("was made by a newer version of this app")
                if self.store.moved_reason == "newer"
                else self.tr("was damaged")
            )
            log.warning(
                "Checks database moved aside to %s (%s)",
                self.store.moved_aside,
                self.store.moved_reason,
            )
            QMessageBox.warning(
                self,
                self.tr("Saved checks"),
                self.tr(
                    "The checks database {reason}. It has not been changed: it was moved to\n{path}\n"
                    "The app goes on with a new, empty database."
                ).format(reason=reason, path=self.store.moved_aside),
            )
        self.notice.show_state(self.store)
        self.refresh_list()
        return True

    def restore(self, path: Path) -> int | None:
        """Bring back the checks of a database that was set aside; say how many came back."""
        count = self._guard(self.store.restore, path)
        if count is not None:
            QMessageBox.information(
                self,
                self.tr("Saved checks"),
                self.tr("{n} check(s) from {path} are back in the list.").format(
                    n=count, path=path
                ),
            )
        self.notice.show_state(self.store)
        self.refresh_list()
        return count

    def close_store(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        self.session = None
        self.notice.show_state(None)

    def _report(self, error: Exception) -> None:
        """A failure in plain words; the details go to the log."""
        log.error("Readiness check: %s", error)
        if isinstance(error, InvalidAnswer):
            show_error(self, invalid_answer_text(error))
        else:
            show_error(self, store_error_text(error))

    def _guard(self, action, *args):
        """Run a store or session action; a failure becomes a plain message and None."""
        try:
            return action(*args)
        except (StoreError, InvalidAnswer) as error:
            self._report(error)
            return None

    def refresh_list(self) -> None:
        if self.store is None:
            return
        rows = self._guard(self.store.list_checks, self.checks.search.text())
        if rows is None:
            return
        self.checks.show_rows(rows, self.questionnaire, self.lang)
        if self.session is not None:
            self.checks.select(self.session.id)

    # -- checks ---------------------------------------------------------------------------
    def new_check(self, client: str = "", mode: str = QUICK) -> int | None:
        if not self.open_store():
            return None
        session = self._guard(
            lambda: CheckSession.create(
                self.store,
                self.questionnaire,
                self.pack,
                client=client,
                mode=mode,
                language=self.lang,
                first_role=self.tr("Participant 1"),
            )
        )
        if session is None:
            return None
        self._show(session)
        self.editor.client.setFocus()
        return session.id

    def open_check(self, check_id: int) -> bool:
        if not self.open_store():
            return False
        session = self._guard(
            CheckSession.open, self.store, self.questionnaire, self.pack, check_id
        )
        if session is None:
            return False
        self._show(session, list_changed=False)
        return True

    def _show(self, session: CheckSession, list_changed: bool = True) -> None:
        """Show ``session``; an opened check changes at most its own row of the list (a
        rescore), so the list of up to thousands of checks is not read again."""
        self.session = session
        self.editor.index = 0
        self.editor.show_session(session, self.lang)
        self.centre.setCurrentWidget(self.editor)
        self._result_changed()
        if list_changed:
            self.refresh_list()
        else:
            self.checks.model.update_summary(session.id, session.result)
            self.checks.select(session.id)

    def _result_changed(self) -> None:
        self.results.show_result(self.questionnaire, self.pack, self.session.result, self.lang)
        self.resultChanged.emit(self.session.result)

    def answer(self, question_id: str, value, participant_id: int | None = None) -> bool:
        """Give a whole answer (for the command line's smoke test and for scripts)."""
        if self.session is None:
            return False
        step = self._guard(self.session.step, question_id)
        if step is None:
            return False
        who = participant_id if participant_id is not None else self.editor.participant_id()
        return self._answer(self.session.steps.index(step), who, value)

    def _option_picked(self, step_index: int, option) -> None:
        step = self.session.steps[step_index]
        who = self.editor.participant_id()
        self._answer(step_index, who, self.session.choose(step, who, option))

    def _answer(self, step_index: int, participant_id: int, value) -> bool:
        """Validated and saved by the session, then drawn; nothing is shown that was not saved."""
        step = self.session.steps[step_index]
        if self._guard(self.session.answer, step, participant_id, value) is None:
            return False
        self.editor.answered(step_index)
        self._result_changed()
        self.checks.model.update_summary(self.session.id, self.session.result)
        return True

    def _client_renamed(self, client: str) -> None:
        if self.session is not None and client != self.session.check.client:
            self._guard(self.session.rename, client)
            self.refresh_list()

    def _mode_changed(self, mode: str) -> None:
        if self.session is not None and self._guard(self.session.set_mode, mode):
            self.editor.show_session(self.session, self.lang)
            self._result_changed()

    def _participant_added(self, role: str) -> None:
        if self._guard(self.session.add_participant, role) is not None:
            self.editor.participants_changed()
            self.editor.participant.setCurrentIndex(self.editor.participant.count() - 1)
            self._result_changed()

    def _participant_renamed(self, participant_id: int, role: str) -> None:
        self._guard(self.session.rename_participant, participant_id, role)
        self.editor.participants_changed()

    def _participant_removed(self, participant_id: int) -> None:
        if self._guard(self.session.remove_participant, participant_id):
            self.editor.participants_changed()
            self._result_changed()

    def rename_check(self, check_id: int) -> None:
        current = next((r.client for r in self.checks.model.rows if r.id == check_id), "")
        client, ok = QInputDialog.getText(
            self, self.tr("Rename check"), self.tr("Client:"), text=current
        )
        if not ok:
            return
        if self.session is not None and self.session.id == check_id:
            self._guard(self.session.rename, client)
            self.editor.client.setText(self.session.check.client)
        else:
            self._guard(self.store.rename, check_id, client.strip())
        self.refresh_list()

    def follow_up(self, check_id: int) -> int | None:
        new_id = self._guard(self.store.duplicate, check_id)
        if new_id is not None and self.open_check(new_id):
            self.refresh_list()  # the follow-up is a new row
        return new_id

    def delete_check(self, check_id: int, confirm: bool = True) -> bool:
        client = next((r.client for r in self.checks.model.rows if r.id == check_id), "")
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete check"),
                self.tr("Delete the check of {client}? This cannot be undone.").format(
                    client=client or "?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._guard(self.store.delete, check_id)
        if self.session is not None and self.session.id == check_id:
            self.session = None
            self.centre.setCurrentWidget(self.empty)
        self.refresh_list()
        return True

    # -- language ---------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.session is not None:
            self.editor.show_session(self.session, lang)
            self.results.show_result(self.questionnaire, self.pack, self.session.result, lang)
        self.refresh_list()

    # -- results ----------------------------------------------------------------------------
    def explain(self) -> None:
        from .explain import ExplainDialog

        if self.session is not None:
            ExplainDialog(
                self.questionnaire, self.session.check, self.session.result, self.lang, self
            ).exec()

    def compare(self, first_id: int, second_id: int) -> None:
        from .compare import CompareDialog

        try:
            comparison = compare_checks(
                self.store, self.questionnaire, self.pack, first_id, second_id
            )
        except DifferentClients:
            show_error(self, self.tr("Compare two checks of the same client."))
            return
        except StoreError as error:
            self._report(error)
            return
        CompareDialog(self.questionnaire, comparison, self.lang, self).exec()

    def show_overview(self) -> None:
        from .overview import OverviewDialog

        if not self.open_store():
            return
        checks = self._guard(self.store.list_checks)
        if checks is not None:
            OverviewDialog(self.questionnaire, self.pack, checks, self.lang, self).exec()

    def export_pdf_dialog(self) -> None:
        if self.session is None:
            return
        from ...core.safe_files import safe_file_name
        from ..paths import documents_folder
        from .pdf import export_pdf

        name = safe_file_name(self.session.check.client, fallback="check")
        suggested = str(documents_folder() / f"{name}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if path:
            try:
                export_pdf(
                    Path(path),
                    self.questionnaire,
                    self.pack,
                    self.session.check,
                    self.session.result,
                    self.lang,
                )
            except OSError as error:
                show_error(
                    self,
                    self.tr("The PDF could not be written to {path}: {error}").format(
                        path=path, error=error
                    ),
                )

    def export_all(self) -> None:
        if not self.open_store():
            return
        from ...readiness.export import export_checks
        from ..paths import documents_folder

        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export all checks"),
            str(documents_folder() / "checks.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        try:
            count = export_checks(self.store, self.questionnaire, self.pack, self.lang, Path(path))
        except StoreError as error:
            self._report(error)
            return
        except OSError as error:
            show_error(
                self,
                self.tr("The export could not be written to {path}: {error}").format(
                    path=path, error=error
                ),
            )
            return
        QMessageBox.information(
            self,
            self.tr("Export all checks"),
            self.tr("{n} checks written to {path}.").format(n=count, path=path),
        )
