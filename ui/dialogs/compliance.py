"""The compliance view: counts per timeliness rule, who is overdue, and the ISTEP rubric per
participant and for the caseload (seeds 002 and 004). Computed off the GUI thread with Cancel."""
from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.compliance import Compliance, compliance_for_caseload
from app.i18n import _ as gettext
from app.labels import label as value_label
from app.rubric import CATEGORIES
from ui.widgets.reminders_panel import ComputeJob
from ui.widgets.row_table import Column, RowTableModel, item, row_at, table_view
from ui.widgets.rubric_chart import RubricChart


#: a rubric level's colour (the other levels keep the text colour)
LEVEL_COLORS = {"Below": "#b3261e", "Exceeds": "#1e7a3c"}


def _level_color(rubric) -> str | None:
    return LEVEL_COLORS.get(rubric.overall)


class ComplianceDialog(QDialog):
    """Rules tab (counts, then who is overdue for the chosen rule) and Rubric tab (chart + table)."""

    open_requested = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx, parent=None, today=None):
        super().__init__(parent)
        self.ctx, self.today, self.result, self._ticket = ctx, today, None, 0
        self.setWindowTitle(self.tr("Compliance"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Computing compliance"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        progress_row.addWidget(self.status, 1)
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.rules_model = RowTableModel([Column(self.tr("Rule"), lambda r: r.title, show=gettext),
                                          Column(self.tr("Participants overdue"), lambda r: r.participants_overdue, numeric=True),
                                          Column(self.tr("Overdue items"), lambda r: len(r.overdue), numeric=True),
                                          Column(self.tr("Late on the record"), lambda r: len(r.late), numeric=True)], self)
        self.overdue_model = RowTableModel([Column(self.tr("Participant"), lambda r: r.participant_name), Column(self.tr("Reminder"), lambda r: r.title),
                                            Column(self.tr("Due"), lambda r: r.due_date),
                                            Column(self.tr("Days overdue"), lambda r: r.days_overdue, numeric=True),
                                            Column(self.tr("What clears it"), lambda r: r.action)], self)
        self.late_model = RowTableModel([Column(self.tr("Participant"), item(1)), Column(self.tr("What happened late"), item(2))], self)
        self.rules_view = table_view(self.rules_model, self.tr("Rules"))
        self.rules_view.selectionModel().currentRowChanged.connect(self._rule_chosen)
        self.overdue_view = table_view(self.overdue_model, self.tr("Overdue for the chosen rule"))
        self.overdue_view.doubleClicked.connect(self._open_overdue)
        self.late_view = table_view(self.late_model, self.tr("Late on the record for the chosen rule"))
        rules_page = QSplitter(Qt.Orientation.Vertical)
        rules_page.addWidget(self.rules_view)
        rules_page.addWidget(self.overdue_view)
        rules_page.addWidget(self.late_view)
        rules_page.setSizes([280, 220, 140])
        self.rules_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.tabs.addTab(rules_page, self.tr("Timeliness rules"))

        rubric_page = QWidget()
        rubric_layout = QVBoxLayout(rubric_page)
        self.chart = RubricChart()
        rubric_layout.addWidget(self.chart)
        self.rubric_model = RowTableModel([
            Column(self.tr("Participant"), lambda r: r.participant_name), Column(self.tr("Overall"), lambda r: r.overall, color=_level_color, label=True),
            *(Column(title=value_label(c), value=lambda r, c=c: r.levels[c], color=lambda r, c=c: LEVEL_COLORS.get(r.levels[c]), label=True,
                     tip=lambda r, c=c: "\n".join(r.missing[c])) for c in CATEGORIES)], self)
        self.rubric_view = table_view(self.rubric_model, self.tr("Rubric per participant"))
        self.rubric_view.doubleClicked.connect(self._open_rubric)
        rubric_layout.addWidget(self.rubric_view, 1)
        self.tabs.addTab(rubric_page, self.tr("ISTEP rubric"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.refresh_button = buttons.addButton(self.tr("Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.refresh)
        layout.addWidget(buttons)
        refresh = QAction(self.tr("Refresh compliance"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setStatusTip(self.tr("Compute the compliance view again"))
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        self.refresh()

    # -- computing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._ticket += 1
        job = ComputeJob(self._ticket, lambda: compliance_for_caseload(self.ctx, self.today))
        job.signals.done.connect(self._computed)
        job.signals.failed.connect(self._failed)
        self._busy(True, self.tr("Computing compliance for your caseload…"))
        QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        """The computation cannot be interrupted mid-query, but its result is dropped."""
        self._ticket += 1
        self._busy(False, self.tr("Cancelled."))

    def _busy(self, busy: bool, text: str) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.refresh_button.setEnabled(not busy)
        self.status.setText(text)

    def _failed(self, ticket: int, message: str) -> None:
        if ticket == self._ticket:
            self._busy(False, self.tr("Compliance could not be computed: {reason}").format(reason=message))

    def _computed(self, ticket: int, result: Compliance) -> None:
        if ticket != self._ticket:
            return
        self.result = result
        self._busy(False, self.tr("%Ln participants on {date}", "", result.participants).format(date=f"{result.today:%m/%d/%Y}"))
        self.rules_model.set_rows(result.rules)
        self.chart.set_counts(result.rubric_counts)
        rubrics = sorted(result.rubrics.values(), key=lambda r: r.participant_name)
        self.rubric_model.set_rows(rubrics)
        self.rubric_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.rules_view.selectRow(0)
        self._rule_chosen(self.rules_view.model().index(0, 0))
        self.loaded.emit()

    # -- drilling down -----------------------------------------------------------------------
    def _rule_chosen(self, index, _previous=None) -> None:
        if self.result is None or not index.isValid():
            return
        rule = self.result.rule(row_at(index).kind)
        self.overdue_model.set_rows(rule.overdue)
        self.late_model.set_rows(rule.late)

    def _open_overdue(self, index) -> None:
        r = row_at(index)
        self.open_requested.emit(r.participant_id, r.place)

    def _open_rubric(self, index) -> None:
        pid = row_at(index).participant_id
        self.open_requested.emit(pid, ("overview", None))
