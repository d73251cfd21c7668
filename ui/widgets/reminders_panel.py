"""The reminders panel: Overdue / Today / This week, computed off the GUI thread.

The main window shows it in a dock, binds `count_changed` to a badge and `open_requested` to
"open this participant at this place" (a tab and a record, see app.reminders.Reminder.place).
Call `refresh()` whenever data changed (the session's "data changed" signal).
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.reminders import Reminder, compute_reminders
from ui import ops
from ui.widgets.row_table import Column, RowTableModel, TableView, row_at, table_view

#: (marked for the catalog; self.tr(group) translates them on screen)
GROUPS = (QT_TRANSLATE_NOOP("RemindersPanel", "Overdue"), QT_TRANSLATE_NOOP("RemindersPanel", "Today"),
          QT_TRANSLATE_NOOP("RemindersPanel", "This week"))
OVERDUE_COLOR = "#b3261e"


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


class _Words(QObject):
    """Plurals need a class's tr() for lupdate to file them as numerus entries (translate() is not)."""

    def days(self, n: int) -> str:
        return self.tr("%n days", "", n)


_WORDS = _Words()


def _days(n: int) -> str:
    if not n:
        return ""
    return _WORDS.days(n)


def _overdue_color(r: Reminder) -> str | None:
    return OVERDUE_COLOR if r.days_overdue else None


def _action(r: Reminder) -> str:
    return r.action


def reminder_columns() -> list[Column]:
    """Due, Participant, Reminder, Overdue at fixed widths (ResizeToContents would measure every row, seconds
    for a supervisor's 10,000 reminders); "What clears it" fills the rest. Every cell's tooltip says what clears it."""
    translate = QCoreApplication.translate
    widths = dict(zip(("due", "participant", "reminder", "overdue"), COLUMN_WIDTHS))
    return [Column(translate("RemindersModel", "Due"), lambda r: r.due_date, width=widths["due"], color=_overdue_color, tip=_action),
            Column(translate("RemindersModel", "Participant"), lambda r: r.participant_name, width=widths["participant"], tip=_action),
            Column(translate("RemindersModel", "Reminder"), lambda r: r.title, width=widths["reminder"], tip=_action),
            Column(translate("RemindersModel", "Overdue"), lambda r: r.days_overdue, width=widths["overdue"], show=_days,
                   color=_overdue_color, tip=_action),
            Column(translate("RemindersModel", "What clears it"), lambda r: r.action, tip=_action)]


class RemindersPanel(QWidget):
    """Reminders in three groups, one tab each; double-click or Enter on one asks to open it."""

    count_changed = Signal(int)
    open_requested = Signal(str, object)
    refreshed = Signal()

    def __init__(self, ctx, parent=None, *, due_within: int = 7, today: dt.date | None = None):
        super().__init__(parent)
        self.ctx, self.due_within, self.fixed_today = ctx, due_within, today
        self.setAccessibleName(self.tr("Reminders"))
        self.items: list[Reminder] = []
        self.models: dict[str, RowTableModel] = {}
        self._ticket = 0
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Loading reminders…"))
        self.status.setAccessibleName(self.tr("Reminders status"))
        layout.addWidget(self.status)
        # one tab per group: a bottom dock shows one group's rows in full instead of three squeezed tables
        self.group_tabs = QTabWidget()
        self.group_tabs.setDocumentMode(True)
        self.group_tabs.setAccessibleName(self.tr("Reminder groups"))
        self.views: dict[str, TableView] = {}
        for group in GROUPS:  # one model per group: no proxy filtering row by row through Python
            model = self.models[group] = RowTableModel(reminder_columns(), self)
            view = table_view(model, "", filtered=False, fit=False)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().setDefaultSectionSize(22)
            view.setAccessibleName(self.tr("{group} reminders").format(group=self.tr(group)))
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
        today = self.today()
        self.items = sorted(items, key=lambda r: (r.due_date, r.participant_name))  # due-date order until a header is clicked
        groups: dict[str, list[Reminder]] = {group: [] for group in GROUPS}
        for r in self.items:
            groups.get(r.group(today), []).append(r)
        for group, rows in groups.items():
            self.models[group].set_rows(rows)
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
            self.status.setText(self.tr("Reminders could not be computed: {reason}").format(reason=message))
            self.status.show()

    def badge_count(self) -> int:
        """What the badge shows: reminders overdue or due today."""
        today = self.today()
        return sum(1 for r in self.items if r.due_date <= today)

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
    def _activate(self, view: TableView, index) -> None:
        r = row_at(index)
        if r is not None:
            self.open_requested.emit(r.participant_id, r.place)

    def open_current(self) -> None:
        for view in self.views.values():
            if view.hasFocus() and view.currentIndex().isValid():
                self._activate(view, view.currentIndex())
                return
