"""The reminders panel: Overdue / Today / This week, computed off the GUI thread.

The main window shows it in a dock, binds `count_changed` to a badge and `open_requested` to
"open this participant at this place" (a tab and a record, see app.reminders.Reminder.place).
Call `refresh()` whenever data changed (the session's "data changed" signal).
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QRunnable,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.reminders import Reminder, compute_reminders
from ui import ops

#: (marked for the catalog; self.tr(group) translates them on screen)
GROUPS = (QT_TRANSLATE_NOOP("RemindersPanel", "Overdue"), QT_TRANSLATE_NOOP("RemindersPanel", "Today"),
          QT_TRANSLATE_NOOP("RemindersPanel", "This week"))
OVERDUE_COLOR = QColor("#b3261e")


class _JobSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class ComputeJob(QRunnable):
    """Runs `work()` on the thread pool; `done(ticket, result)` arrives on the GUI thread.

    A ticket lets the caller drop results it no longer wants (a newer refresh, or Cancel).
    """

    def __init__(self, ticket: int, work: Callable[[], object]):
        super().__init__()
        self.ticket, self.work, self.signals = ticket, work, _JobSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - reported to the widget, which shows a calm line
            ops.emit(self.signals.failed, self.ticket, str(exc))
            return
        ops.emit(self.signals.done, self.ticket, result)


COLUMN_WIDTHS = (90, 190, 260, 80)  # Due, Participant, Reminder, Overdue; "What clears it" stretches


class RemindersModel(QAbstractTableModel):
    #: marked for lupdate in this class's context; headerData translates them
    COLUMNS = (QT_TRANSLATE_NOOP("RemindersModel", "Due"), QT_TRANSLATE_NOOP("RemindersModel", "Participant"),
               QT_TRANSLATE_NOOP("RemindersModel", "Reminder"), QT_TRANSLATE_NOOP("RemindersModel", "Overdue"),
               QT_TRANSLATE_NOOP("RemindersModel", "What clears it"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[Reminder] = []
        self.today = dt.date.today()

    def set_reminders(self, items: list[Reminder], today: dt.date) -> None:
        """Kept in due-date order here, so the views need no sort of their own until a header is clicked."""
        self.beginResetModel()
        self.items, self.today = sorted(items, key=lambda r: (r.due_date, r.participant_name)), today
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{r.due_date:%m/%d/%Y}", r.participant_name, r.title,
                    _days(self, r.days_overdue), r.action)[column]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return (r.due_date.toordinal(), r.participant_name, r.title, r.days_overdue, r.action)[column]
        if role == Qt.ItemDataRole.ForegroundRole and r.days_overdue and column in (0, 3):
            return OVERDUE_COLOR
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.action
        return None

    def reminder(self, row: int) -> Reminder:
        return self.items[row]


def _days(model, n: int) -> str:
    if not n:
        return ""
    return model.tr("1 day") if n == 1 else model.tr("%1 days").replace("%1", str(n))


class GroupProxy(QSortFilterProxyModel):
    """The rows of one group (Overdue / Today / This week)."""

    def __init__(self, group: str, parent=None):
        super().__init__(parent)
        self.group = group
        self.setSortRole(Qt.ItemDataRole.UserRole)
        # sorting 10,000 rows through Python data() takes seconds: sort only when a header is clicked
        self.setDynamicSortFilter(False)

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt API
        model: RemindersModel = self.sourceModel()
        return model.reminder(row).group(model.today) == self.group


class RemindersPanel(QWidget):
    """Reminders in three groups, one tab each; double-click or Enter on one asks to open it."""

    count_changed = Signal(int)
    open_requested = Signal(str, object)
    refreshed = Signal()

    def __init__(self, ctx, parent=None, *, due_within: int = 7, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx, self.due_within, self.fixed_today = ctx, due_within, today
        self.setAccessibleName(self.tr("Reminders"))
        self.model = RemindersModel(self)
        self._ticket = 0
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Loading reminders…"))
        self.status.setAccessibleName(self.tr("Reminders status"))
        layout.addWidget(self.status)
        # one tab per group: a bottom dock shows one group's rows in full instead of three squeezed tables
        self.group_tabs = QTabWidget()
        self.group_tabs.setDocumentMode(True)
        self.group_tabs.setAccessibleName(self.tr("Reminder groups"))
        self.views: dict[str, QTableView] = {}
        for group in GROUPS:
            view = QTableView()
            proxy = GroupProxy(group, self)
            proxy.setSourceModel(self.model)
            view.setModel(proxy)
            view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            view.setSortingEnabled(True)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            # fixed widths: ResizeToContents measures every row, seconds for a supervisor's 10,000 reminders
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate(COLUMN_WIDTHS):
                view.setColumnWidth(column, width)
            view.horizontalHeader().setStretchLastSection(True)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().setDefaultSectionSize(22)
            view.setWordWrap(False)
            view.setAccessibleName(self.tr("%1 reminders").replace("%1", self.tr(group)))
            view.activated.connect(lambda index, v=view: self._activate(v, index))
            view.doubleClicked.connect(lambda index, v=view: self._activate(v, index))
            self.group_tabs.addTab(view, self.tr(group))
            self.views[group] = view
        self.group_tabs.tabBar().setTabTextColor(0, QColor("#b3261e"))
        layout.addWidget(self.group_tabs, 1)
        self.open_action = QAction(self.tr("Open reminder"), self)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_action.setStatusTip(self.tr("Open the participant where this reminder is cleared"))
        self.open_action.triggered.connect(self.open_current)
        self.addAction(self.open_action)
        self.refresh_action = QAction(self.tr("Refresh reminders"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.setStatusTip(self.tr("Compute the reminders again"))
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self._update_headers()

    # -- computing ---------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()

    def refresh(self) -> None:
        """Compute on the thread pool; an older result arriving late is dropped."""
        self._ticket += 1
        today = self.today()
        job = ComputeJob(self._ticket, lambda: compute_reminders(self.ctx, today=today, due_within=self.due_within))
        job.signals.done.connect(self._computed)
        job.signals.failed.connect(self._failed)
        self.status.setText(self.tr("Computing reminders…"))
        QThreadPool.globalInstance().start(job)

    def set_reminders(self, items: list[Reminder]) -> None:
        """Show `items` (also what tests and the window use to show precomputed reminders)."""
        self.model.set_reminders(items, self.today())  # the group proxies re-filter on the reset
        self._update_headers()
        self.status.setText(self.tr("No reminders: everything is up to date.") if not items else "")
        self.status.setVisible(not items)
        self.count_changed.emit(self.badge_count())
        self.refreshed.emit()

    def _computed(self, ticket: int, items) -> None:
        if ticket == self._ticket:
            self.set_reminders(items)

    def _failed(self, ticket: int, message: str) -> None:
        if ticket == self._ticket:
            self.status.setText(self.tr("Reminders could not be computed: %1").replace("%1", message))
            self.status.show()

    def badge_count(self) -> int:
        """What the badge shows: reminders overdue or due today."""
        today = self.today()
        return sum(1 for r in self.model.items if r.due_date <= today)

    def group_title(self, group: str) -> str:
        return self.group_tabs.tabText(GROUPS.index(group))

    def _update_headers(self) -> None:
        """Each tab names its group and count; the first group with reminders comes to the front."""
        counts = [self.views[group].model().rowCount() for group in GROUPS]
        for index, (group, n) in enumerate(zip(GROUPS, counts)):
            self.group_tabs.setTabText(index, f"{self.tr(group)} ({n})")
        if counts[self.group_tabs.currentIndex()] == 0:
            self.group_tabs.setCurrentIndex(next((i for i, n in enumerate(counts) if n), 0))

    # -- opening -----------------------------------------------------------------------------
    def _activate(self, view: QTableView, index) -> None:
        source = view.model().mapToSource(index)
        r = self.model.reminder(source.row())
        self.open_requested.emit(r.participant_id, r.place)

    def open_current(self) -> None:
        for view in self.views.values():
            if view.hasFocus() and view.currentIndex().isValid():
                self._activate(view, view.currentIndex())
                return
