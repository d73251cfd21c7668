"""ConflictsDialog: the values that lost a concurrent edit, who wrote each and when; keep one.

Keeping a value is `app.services.conflicts.resolve_conflict` (a normal write), so the choice syncs.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout

from app.errors import NotAllowed, NotFound, ValidationError
from app.services import conflicts
from ui import ops
from ui.forms import MessageLabel
from ui.session import PlanSession


def _when(value) -> str:
    return value.strftime("%m/%d/%Y %H:%M") if value else ""


class ConflictsModel(QAbstractTableModel):
    #: marked for lupdate in this class's context; headerData translates them
    COLUMNS = (QT_TRANSLATE_NOOP("ConflictsModel", "Participant"), QT_TRANSLATE_NOOP("ConflictsModel", "Record"),
               QT_TRANSLATE_NOOP("ConflictsModel", "Field"), QT_TRANSLATE_NOOP("ConflictsModel", "Kept value"),
               QT_TRANSLATE_NOOP("ConflictsModel", "Kept by"), QT_TRANSLATE_NOOP("ConflictsModel", "Kept at"),
               QT_TRANSLATE_NOOP("ConflictsModel", "Lost value"), QT_TRANSLATE_NOOP("ConflictsModel", "Lost by"),
               QT_TRANSLATE_NOOP("ConflictsModel", "Lost at"))

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[conflicts.ConflictView] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = conflicts.list_conflicts(self.ctx)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        values = (row.participant or self.tr("(not in a plan)"), row.record, row.field, row.kept_value, row.kept_by, _when(row.kept_at),
                  row.lost_value, row.lost_by, _when(row.lost_at))
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return values[index.column()]
        if role == Qt.UserRole:
            return row.id
        return None


class ConflictsDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = PlanSession.of(session)
        self.ctx = ctx = self.session.ctx
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(1000, 420)
        self.model = ConflictsModel(ctx, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
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
        self.model.reload()
        self.table.resizeColumnsToContents()
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], Qt.UserRole) if rows else None

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
