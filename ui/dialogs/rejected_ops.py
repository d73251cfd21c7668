"""The changes the server rejected, shown in the conflicts dialog: "rejected by the server: <reason>",
with Fix (open the plan; send the kept value again once corrected) and Discard."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFound
from app.sync import rejected
from ui.dialogs.conflicts import ConflictsModel


class RejectedModel(ConflictsModel):
    """The conflicts' table model (rows, columns, headers) over the rejected changes."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RejectedModel", "Participant"),
        QT_TRANSLATE_NOOP("RejectedModel", "Record"),
        QT_TRANSLATE_NOOP("RejectedModel", "Value kept"),
        QT_TRANSLATE_NOOP("RejectedModel", "Why"),
    )

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = rejected.list_rejected(self.ctx)
        self.endResetModel()

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return (row.participant or self.tr("(not in a plan)"), row.record, row.values, row.reason)[index.column()]
        return None


class RejectedPanel(QWidget):
    """Below the conflicts: each rejected change with Fix and Discard."""

    #: the participant whose plan holds the record to fix (the window opens it)
    open_participant = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RejectedModel(ctx, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Changes rejected by the server"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
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
        self.model.reload()
        self.table.resizeColumnsToContents()
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
