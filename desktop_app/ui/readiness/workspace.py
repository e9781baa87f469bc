"""The readiness workspace: saved checks, the questionnaire and its live results side by side.

Every answer is validated by the engine, saved at once, scored, and shown; a failure to
save is reported and the answer on screen is taken back, so screen and database agree.
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
from ...readiness.answers import InvalidAnswer, validate_answer
from ...readiness.scoring import ReadinessResult, score_check
from ...readiness.store import CheckStore, StoredCheck, StoreError
from ..messages import show_error
from .checks_panel import ChecksPanel
from .editor import CheckEditor
from .results import ResultsPanel

log = logging.getLogger(__name__)


class ReadinessWorkspace(QWidget):
    """Owns the open check; the store is opened on first use, not at start-up."""

    resultChanged = Signal(object)  # ReadinessResult

    def __init__(
        self, pack: ReportPack, lang: str, store_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readinessWorkspace")
        self.pack, self.lang = pack, lang
        self.store_path = store_path
        self.store: CheckStore | None = None
        self.check: StoredCheck | None = None
        self.result: ReadinessResult | None = None

        self.checks = ChecksPanel(self)
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
        layout.addWidget(self.splitter)

        self.checks.newRequested.connect(self.new_check)
        self.checks.openRequested.connect(self.open_check)
        self.checks.renameRequested.connect(self.rename_check)
        self.checks.followUpRequested.connect(self.follow_up)
        self.checks.deleteRequested.connect(self.delete_check)
        self.checks.compareRequested.connect(self.compare)
        self.checks.exportRequested.connect(self.export_all)
        self.checks.overviewRequested.connect(self.show_overview)
        self.checks.searchChanged.connect(lambda _text: self.refresh_list())
        self.editor.answerGiven.connect(self.answer)
        self.editor.clientRenamed.connect(self._client_renamed)
        self.editor.modeChanged.connect(self._mode_changed)
        self.editor.participantAdded.connect(self._participant_added)
        self.editor.participantRenamed.connect(self._participant_renamed)
        self.editor.participantRemoved.connect(self._participant_removed)
        self.results.explainRequested.connect(self.explain)
        self.results.pdfRequested.connect(self.export_pdf_dialog)
        self.retranslate()

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
            log.error("Checks database: %s", error)
            show_error(self, str(error))
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
        self.refresh_list()
        return True

    def refresh_list(self) -> None:
        if self.store is None:
            return
        self.checks.model.set_rows(
            self.store.list_checks(self.checks.search.text()), self.pack, self.lang
        )
        if self.check is not None:
            self.checks.select(self.check.id)

    def _guard(self, action, *args):
        """Run a store action; a failure becomes a plain message and None."""
        try:
            return action(*args)
        except StoreError as error:
            log.error("Checks database: %s", error)
            show_error(self, str(error))
            return None

    # -- checks ---------------------------------------------------------------------------
    def new_check(self, client: str = "", mode: str = "quick") -> int | None:
        if not self.open_store():
            return None
        check_id = self._guard(
            self.store.create_check,
            client,
            mode,
            self.lang,
            self.pack.id,
            [self.tr("Participant 1")],
        )
        if check_id is not None:
            self.open_check(check_id)
            self.editor.client.setFocus()
        return check_id

    def open_check(self, check_id: int) -> None:
        if not self.open_store():
            return
        check = self._guard(self.store.load_check, check_id)
        if check is None:
            return
        self.check = check
        self.editor.index = 0
        self.editor.set_check(self.pack, check.client, check.answers, self.lang)
        self.centre.setCurrentWidget(self.editor)
        self._rescore()
        self.refresh_list()

    def _rescore(self) -> None:
        self.result = score_check(self.pack, self.check.answers)
        self.results.show_result(self.pack, self.result, self.lang)
        level = self.result.position.level if self.result.position else None
        self._guard(
            self.store.save_summary, self.check.id, self.result.overall, self.result.stage_id, level
        )
        self.resultChanged.emit(self.result)

    def answer(self, participant_id: int, question_id: str, value) -> bool:
        """Validate, save, then score and show; nothing is shown that was not saved."""
        try:
            value = validate_answer(self.pack.readiness, question_id, value)
        except InvalidAnswer as error:
            show_error(self, str(error))
            return False
        try:
            self.store.save_answer(self.check.id, participant_id, question_id, value)
        except StoreError as error:
            # Not saved, so not shown: the screen goes back to what the database holds.
            log.error("Answer not saved: %s", error)
            show_error(self, str(error))
            self.editor.set_check(self.pack, self.check.client, self.check.answers, self.lang)
            return False
        if participant_id == 0:
            self.check.answers.profile[question_id] = value
        else:
            person = next(p for p in self.check.answers.participants if p.id == participant_id)
            person.answers[question_id] = value
        self._rescore()
        self.refresh_list()
        return True

    def _client_renamed(self, client: str) -> None:
        if self.check is not None and client != self.check.client:
            self._guard(self.store.rename, self.check.id, client)
            self.check.client = self.store.load_check(self.check.id).client
            self.refresh_list()

    def _mode_changed(self, mode: str) -> None:
        if self.check is None or mode == self.check.answers.mode:
            return
        self._guard(self.store.set_mode, self.check.id, mode)
        self.check.answers.mode = mode
        self.editor.set_check(self.pack, self.check.client, self.check.answers, self.lang)
        self._rescore()

    def _reload(self) -> None:
        self.check = self._guard(self.store.load_check, self.check.id) or self.check
        self.editor.answers = self.check.answers
        self.editor.participants_changed()
        self._rescore()

    def _participant_added(self, role: str) -> None:
        self._guard(self.store.add_participant, self.check.id, role)
        self._reload()
        self.editor.participant.setCurrentIndex(self.editor.participant.count() - 1)

    def _participant_renamed(self, participant_id: int, role: str) -> None:
        self._guard(self.store.rename_participant, participant_id, role)
        self._reload()

    def _participant_removed(self, participant_id: int) -> None:
        self._guard(self.store.remove_participant, self.check.id, participant_id)
        self._reload()

    def rename_check(self, check_id: int) -> None:
        current = next((r.client for r in self.checks.model.rows if r.id == check_id), "")
        client, ok = QInputDialog.getText(
            self, self.tr("Rename check"), self.tr("Client:"), text=current
        )
        if ok:
            self._guard(self.store.rename, check_id, client.strip())
            if self.check is not None and self.check.id == check_id:
                self.check.client = client.strip()
                self.editor.client.setText(client.strip())
            self.refresh_list()

    def follow_up(self, check_id: int) -> int | None:
        new_id = self._guard(self.store.duplicate, check_id)
        if new_id is not None:
            self.open_check(new_id)
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
        if self.check is not None and self.check.id == check_id:
            self.check = None
            self.centre.setCurrentWidget(self.empty)
        self.refresh_list()
        return True

    # -- language and pack ----------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.editor.set_language(lang)
        if self.result is not None:
            self.results.show_result(self.pack, self.result, lang)
        self.refresh_list()

    # -- results --------------------------------------------------------------------------
    def explain(self) -> None:
        from .explain import ExplainDialog

        if self.result is not None:
            ExplainDialog(self.pack, self.check, self.result, self.lang, self).exec()

    def compare(self, first_id: int, second_id: int) -> None:
        from .compare import CompareDialog

        first, second = self.store.load_check(first_id), self.store.load_check(second_id)
        if first.client.casefold() != second.client.casefold():
            show_error(self, self.tr("Compare two checks of the same client."))
            return
        before, after = sorted((first, second), key=lambda c: c.created)
        CompareDialog(self.pack, before, after, self.lang, self).exec()

    def show_overview(self) -> None:
        from .overview import OverviewDialog

        if self.open_store():
            OverviewDialog(self.pack, self.store, self.lang, self).exec()

    def export_pdf_dialog(self) -> None:
        if self.check is None:
            return
        from ..paths import documents_folder
        from .pdf import export_pdf

        name = (self.check.client or "check").replace("/", "-")
        suggested = str(documents_folder() / f"AI-readiness {name}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if path:
            try:
                export_pdf(Path(path), self.pack, self.check, self.result, self.lang, self.results)
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

        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export all checks"),
            str(documents_folder() / "checks.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        try:
            count = export_checks(self.store, self.pack, self.lang, Path(path))
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
