"""ConflictsDialog: the values that lost a concurrent edit, who wrote each and when; keep one.

Keeping a value is `app.services.conflicts.resolve_conflict` (a normal write), so the choice syncs.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.errors import NotAllowed, NotFound, ValidationError
from app.services import conflicts
from ui import ops
from ui.forms import MessageLabel
from ui.session import PlanSession
from ui.widgets.row_table import Column, RowTableModel, row_at, table_view


def _when(value) -> str:
    return value.strftime("%m/%d/%Y %H:%M") if value else ""


def conflict_columns() -> list[Column]:
    """Both values of a concurrent edit, who wrote each and when (titles in the ConflictsModel context)."""
    translate = QCoreApplication.translate
    return [Column(translate("ConflictsModel", "Participant"), lambda r: r.participant or translate("ConflictsModel", "(not in a plan)")),
            Column(translate("ConflictsModel", "Record"), lambda r: r.record), Column(translate("ConflictsModel", "Field"), lambda r: r.field),
            Column(translate("ConflictsModel", "Kept value"), lambda r: r.kept_value), Column(translate("ConflictsModel", "Kept by"), lambda r: r.kept_by),
            Column(translate("ConflictsModel", "Kept at"), lambda r: r.kept_at, show=_when),
            Column(translate("ConflictsModel", "Lost value"), lambda r: r.lost_value), Column(translate("ConflictsModel", "Lost by"), lambda r: r.lost_by),
            Column(translate("ConflictsModel", "Lost at"), lambda r: r.lost_at, show=_when)]


class ConflictsDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = PlanSession.of(session)
        self.ctx = ctx = self.session.ctx
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(1000, 420)
        self.model = RowTableModel(conflict_columns(), self)
        self.table = table_view(self.model, self.tr("Conflicts"), parent=self)
        self.proxy = self.table.model()
        self.intro = QLabel(self.tr("Two devices changed the same value before they synced. The newer change was kept; "
                                    "the other one is shown here until you choose."))
        self.intro.setWordWrap(True)
        self.message = MessageLabel("")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setAccessibleName(self.tr("Conflict message"))

        self.keep_kept_action = QAction(self.tr("Keep the &kept value"), self)
        self.keep_kept_action.setShortcut(QKeySequence("Ctrl+K"))
        self.keep_kept_action.triggered.connect(lambda: self.resolve("kept"))
        self.keep_lost_action = QAction(self.tr("Keep the &lost value"), self)
        self.keep_lost_action.setShortcut(QKeySequence("Ctrl+L"))
        self.keep_lost_action.triggered.connect(lambda: self.resolve("lost"))
        self.addActions([self.keep_kept_action, self.keep_lost_action])
        self.keep_kept_button = QPushButton(self.keep_kept_action.text())
        self.keep_kept_button.clicked.connect(self.keep_kept_action.trigger)
        self.keep_lost_button = QPushButton(self.keep_lost_action.text())
        self.keep_lost_button.clicked.connect(self.keep_lost_action.trigger)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.keep_kept_button)
        row.addWidget(self.keep_lost_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        from ui.dialogs.rejected_ops import RejectedPanel

        self.rejected = RejectedPanel(ctx, self)  # "rejected by the server: <reason>", next to the conflicts
        layout.addWidget(self.rejected, 1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(conflicts.list_conflicts(self.ctx))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return row_at(rows[0]).id if rows else None

    def _update_buttons(self) -> None:
        enabled = self.selected_id() is not None
        for widget in (self.keep_kept_action, self.keep_lost_action, self.keep_kept_button, self.keep_lost_button):
            widget.setEnabled(enabled)

    def resolve(self, keep: str) -> None:
        conflict_id = self.selected_id()
        if conflict_id is None:
            return
        ops.apply(self.session, conflicts.resolve_conflict, conflict_id, keep, on_result=self._resolved,
                  on_invalid=self._refused, on_error=self._refused, initiator=self)

    def _resolved(self, _value) -> None:
        self.message.setText("")
        self.reload()

    def _refused(self, exc: Exception) -> None:
        if not isinstance(exc, (ValidationError, NotFound, NotAllowed)):
            ops.report(exc)
            return
        self.message.setText(str(exc))
