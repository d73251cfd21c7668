"""Update Log: every change to the plan (when, who, what: entity + field, old → new), read-only,
with a search box and an entity filter; and the plan's uploads (signed agreements, documents)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from app.i18n import _ as gettext
from app.labels import label as value_label
from app.services import conflicts, documents, update_log
from app.text import fold
from ui.forms import search_field
from ui.tabs.base import PlanTab, group, hint
from ui.widgets.row_table import Column, RowTable, RowTableModel, local_time


def _what(entry) -> str:
    """The entity and field in the UI language ("Perfil · Idioma preferido"); a field without a catalog entry as logged."""
    entity = value_label(entry.entity)
    return f"{entity} · {gettext(entry.field)}" if entry.field else entity


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


class UpdateLogTab(PlanTab):
    upload_requested = Signal()
    open_requested = Signal(object)
    remove_requested = Signal(object)
    conflicts_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.search = search_field(self.tr("Search who, what, old or new value"), self.tr("Search the Update Log"))
        self.entity = QComboBox()
        self.entity.setAccessibleName(self.tr("Entity filter"))
        self.entity.setMinimumContentsLength(18)
        self.model = RowTableModel([
            Column(self.tr("When"), lambda e: local_time(e.at), width=140), Column(self.tr("Who"), lambda e: e.user_name, width=120),
            Column(self.tr("Action"), lambda e: e.action, label=True, width=72),
            Column(self.tr("What"), _what, stretch=True),
            Column(self.tr("Old"), lambda e: e.old, stretch=True), Column(self.tr("New"), lambda e: e.new, stretch=True)], self)
        self.table = RowTable(self.model, empty=self.tr("No changes recorded."), name=self.tr("Update Log"))
        self.table.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.entity, 1)
        self.search.textChanged.connect(self._filter)
        self.entity.currentIndexChanged.connect(self._filter)

        self.docs_model = RowTableModel([
            Column(self.tr("File"), lambda d: d.name, stretch=True), Column(self.tr("Kind"), lambda d: d.kind, label=True, width=140),
            Column(self.tr("Size"), lambda d: _size(d.size), width=80, numeric=True), Column(self.tr("Uploaded"), lambda d: d.uploaded_on, width=95)], self)
        self.docs_table = RowTable(self.docs_model, empty=self.tr("No uploads — add a signed agreement or a document."), name=self.tr("Uploads"))
        self.docs_table.view.activated_row.connect(self.open_requested)
        add, open_, remove = QPushButton(self.tr("Add file…")), QPushButton(self.tr("Open")), QPushButton(self.tr("Remove"))
        add.clicked.connect(self.upload_requested)
        open_.clicked.connect(lambda: self._with_doc(self.open_requested))
        remove.clicked.connect(lambda: self._with_doc(self.remove_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(hint(self.tr("Files are stored encrypted inside the profile.")), 1)
        for button in (remove, open_, add):
            buttons.addWidget(button)
        # values that lost a concurrent edit (sync) stay visible here until somebody chooses
        self.conflicts_model = RowTableModel([
            Column(self.tr("Record"), lambda c: f"{c.record} · {c.field}", stretch=True),
            Column(self.tr("Kept"), lambda c: c.kept_value, stretch=True),
            Column(self.tr("By"), lambda c: c.kept_by, width=110), Column(self.tr("Lost"), lambda c: c.lost_value, stretch=True),
            Column(self.tr("By"), lambda c: c.lost_by, width=110)], self)
        self.conflicts_table = RowTable(self.conflicts_model, empty="", name=self.tr("Open conflicts"))
        self.conflicts_table.setMaximumHeight(130)
        resolve = QPushButton(self.tr("Resolve conflicts… (F7)"))
        resolve.clicked.connect(self.conflicts_requested)
        self.conflicts_box = group(self.tr("Open conflicts from sync"), self.conflicts_table, resolve)
        self.conflicts_box.hide()
        layout.addWidget(self.conflicts_box)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)  # its place is remembered (ui.settings.PLAN_SPLITTERS)
        splitter.addWidget(group(self.tr("Changes"), filters, self.table))
        splitter.addWidget(group(self.tr("Uploads"), self.docs_table, buttons))
        splitter.setSizes([420, 170])
        layout.addWidget(splitter)

    def refresh(self) -> None:
        entries = update_log.list_log(self.ctx, self.participant_id)
        self.model.set_rows(entries)
        chosen = self.entity.currentData()
        self.entity.blockSignals(True)
        self.entity.clear()
        self.entity.addItem(self.tr("Everything"), "")
        for name in sorted({e.entity for e in entries}):
            self.entity.addItem(value_label(name), name)
        self.entity.setCurrentIndex(max(0, self.entity.findData(chosen)))
        self.entity.blockSignals(False)
        self._filter()
        self.docs_model.set_rows(documents.list_documents(self.ctx, self.participant_id))
        open_conflicts = conflicts.list_conflicts(self.ctx, self.participant_id)
        self.conflicts_model.set_rows(open_conflicts)
        self.conflicts_box.setVisible(bool(open_conflicts))

    def _filter(self, *_) -> None:
        terms, entity = fold(self.search.text()).split(), self.entity.currentData()

        def accepts(e) -> bool:
            if entity and e.entity != entity:
                return False
            text = fold(f"{e.user_name} {e.action} {e.entity} {e.field} {e.old} {e.new}")
            return all(t in text for t in terms)

        self.table.proxy.set_predicate(accepts)
        self.table.refresh_state()

    def _with_doc(self, signal) -> None:
        row = self.docs_table.view.current_row()
        if row is not None:
            signal.emit(row)
