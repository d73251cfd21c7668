"""The changes the server rejected, shown in the conflicts dialog: "rejected by the server: <reason>",
with Fix (open the plan; send the kept value again once corrected) and Discard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import NotFound
from app.sync import rejected
from ui.widgets.row_table import Column, RowTableModel, table_view


def rejected_columns() -> list[Column]:
    """A change the server refused: whose, which record, the value kept, why (the RejectedModel context)."""
    translate = QCoreApplication.translate
    return [Column(translate("RejectedModel", "Participant"), lambda r: r.participant or translate("RejectedModel", "(not in a plan)")),
            Column(translate("RejectedModel", "Record"), lambda r: r.record), Column(translate("RejectedModel", "Value kept"), lambda r: r.values),
            Column(translate("RejectedModel", "Why"), lambda r: r.reason)]


class RejectedPanel(QWidget):
    """Below the conflicts: each rejected change with Fix and Discard."""

    #: the participant whose plan holds the record to fix (the window opens it)
    open_participant = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowTableModel(rejected_columns(), self)
        self.table = table_view(self.model, self.tr("Changes rejected by the server"), sortable=False, parent=self)
        self.title = QLabel(
            self.tr("Changes the server rejected: set aside so the rest syncs, their values kept here.")
        )
        self.title.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("&Fix (open the plan, then send again)"))
        self.fix_button.clicked.connect(self.fix)
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.discard_button.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(rejected.list_rejected(self.ctx))
        if self.model.rowCount():
            self.table.selectRow(0)
        self.setVisible(bool(self.model.rowCount()))
        self._update_buttons()

    def selected(self) -> rejected.RejectedView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        enabled = self.selected() is not None
        self.fix_button.setEnabled(enabled)
        self.discard_button.setEnabled(enabled)

    def fix(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            rejected.send_again(self.ctx, row.change_id)
        except NotFound:
            pass
        if row.participant_id:
            self.open_participant.emit(row.participant_id)
        self.reload()

    def discard(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            rejected.discard_rejected(self.ctx, row.change_id)
        except NotFound:
            pass
        self.reload()
