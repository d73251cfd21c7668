"""1. Review Assessment: the intake sections (editable text), assessment summaries (history via the
Update Log), results of assessments done elsewhere, and post-assessment scores (seed 000)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import domain
from app.labels import label as value_label
from app.services import assessments
from ui import ops
from ui.forms import multi_line
from ui.session import ASSESSMENT
from ui.tabs.base import PairedRows, PlanTab, group, hint, scrolled_body
from ui.widgets.row_table import Column, RowTable, RowTableModel


class ReviewAssessmentTab(PlanTab):
    kinds = frozenset({ASSESSMENT})
    add_summary_requested = Signal()
    edit_summary_requested = Signal(object)
    add_result_requested = Signal()
    add_score_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.sections: dict[str, str] = {}
        layout = scrolled_body(self)

        self.section_list = QListWidget()
        for section in domain.ASSESSMENT_SECTIONS:  # shown in the UI language; the item's data is the stored name
            entry = QListWidgetItem(value_label(section))
            entry.setData(Qt.ItemDataRole.UserRole, section)
            entry.setToolTip(entry.text())
            self.section_list.addItem(entry)
        # as wide as its longest section's name in the UI language (Spanish runs ~25 % longer), in this font, at
        # this scale; narrower when the tab is: then a name elides and shows whole in its tooltip, instead of
        # the tab scrolling sideways at 1024×700 (issue 16)
        widest = max(self.section_list.fontMetrics().horizontalAdvance(value_label(s)) for s in domain.ASSESSMENT_SECTIONS)
        widest += 2 * self.section_list.frameWidth() + 36
        self.section_list.setMinimumWidth(min(widest, 160))
        self.section_list.setMaximumWidth(widest)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setAccessibleName(self.tr("Assessment sections"))
        self.section_text = multi_line(QPlainTextEdit())
        self.section_text.setAccessibleName(self.tr("Section text"))
        self.section_text.setPlaceholderText(self.tr("Nothing recorded for this section yet."))
        self.save_section = QPushButton(self.tr("Save section"))
        self.save_section.clicked.connect(self.save_current_section)
        editor = QVBoxLayout()
        self.section_title = QLabel()
        self.section_title.setStyleSheet("font-weight: 600;")
        editor.addWidget(self.section_title)
        editor.addWidget(self.section_text, 1)
        editor.addLayout(_right(self.save_section))
        row = QHBoxLayout()
        row.addWidget(self.section_list, 1)  # up to its widest name; the rest of the room goes to the editor
        row.addLayout(editor, 1)
        holder = QWidget()
        holder.setLayout(row)
        holder.setMinimumHeight(250)
        layout.addWidget(group(self.tr("Assessment Sections"), hint(self.tr(
            "Populated from intake: basic skills are TABE 11&12 or CASAS GOALS (ELL: BEST Literacy, BEST Plus 2.0, CASAS Life and Work Reading).")),
            holder))
        self.section_list.currentItemChanged.connect(lambda item, _before: item is not None and self._show_section(item.data(Qt.ItemDataRole.UserRole)))

        grid = QGridLayout()
        grid.setSpacing(12)
        layout.addLayout(grid)
        self.summary_model = RowTableModel([Column(self.tr("Date"), lambda s: s.written_on, width=90),
                                            Column(self.tr("Summary"), lambda s: s.text.replace("\n", " "), stretch=True)], self)
        self.summary_table = RowTable(self.summary_model, empty=self.tr("No assessment summary yet."), name=self.tr("Assessment summaries"))
        self.summary_table.setMinimumHeight(140)
        self.summary_table.view.activated_row.connect(self.edit_summary_requested)
        add_summary, edit_summary = QPushButton(self.tr("Add summary…")), QPushButton(self.tr("Edit summary…"))
        add_summary.clicked.connect(self.add_summary_requested)
        edit_summary.clicked.connect(self._edit_current_summary)
        summaries_box = group(self.tr("Assessment Summaries"), self.summary_table, _right(edit_summary, add_summary),
                              hint(self.tr("Earlier versions of a summary are kept in the Update Log.")))
        self.result_model = RowTableModel([
            Column(self.tr("Name/description"), lambda r: r.name, stretch=True), Column(self.tr("Date"), lambda r: r.taken_on, width=90),
            Column(self.tr("Type"), lambda r: r.kind, label=True, width=140), Column(self.tr("Category"), lambda r: r.category, label=True, width=140),
            Column(self.tr("Result/score"), lambda r: r.score, width=100)], self)
        self.result_table = RowTable(self.result_model, empty=self.tr("No outside assessment results."), name=self.tr("Outside assessment results"))
        self.result_table.setMinimumHeight(140)
        add_result = QPushButton(self.tr("Add result…"))
        add_result.clicked.connect(self.add_result_requested)
        grid.addWidget(group(self.tr("Results of Assessments Done Elsewhere"), self.result_table, _right(add_result)), 2, 0, 1, 2)  # rows 0-1: the pair above
        self.score_model = RowTableModel([Column(self.tr("Training module"), lambda s: s.module, stretch=True),
                                          Column(self.tr("Score"), lambda s: f"{s.score_pct:g} %", width=80, numeric=True)], self)
        self.score_table = RowTable(self.score_model, empty=self.tr("No post-assessment scores."), name=self.tr("Post-assessment scores"))
        self.score_table.setMinimumHeight(120)
        add_score = QPushButton(self.tr("Add score…"))
        add_score.clicked.connect(self.add_score_requested)
        self.paired = PairedRows(self, grid, 0, [(summaries_box, group(self.tr("Post-Assessment Scores"), self.score_table, _right(add_score)))])
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addStretch(1)
        self.section_list.setCurrentRow(0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.paired.fit()

    def refresh(self) -> None:
        ctx, pid = self.ctx, self.participant_id
        self.sections = assessments.list_sections(ctx, pid)
        self._show_section(self.section_list.currentItem().data(Qt.ItemDataRole.UserRole) if self.section_list.currentItem()
                           else domain.ASSESSMENT_SECTIONS[0])
        self.summary_model.set_rows(assessments.list_summaries(ctx, pid))
        self.result_model.set_rows(assessments.list_results(ctx, pid))
        self.score_model.set_rows(assessments.list_post_scores(ctx, pid))

    def _show_section(self, name: str) -> None:
        self.section_title.setText(value_label(name))
        self.section_text.setPlainText(self.sections.get(name, ""))

    def save_current_section(self) -> None:
        name = self.section_list.currentItem().data(Qt.ItemDataRole.UserRole)
        ops.apply(self.session, assessments.set_section, self.participant_id, name, self.section_text.toPlainText())

    def _edit_current_summary(self) -> None:
        row = self.summary_table.view.current_row()
        if row is not None:
            self.edit_summary_requested.emit(row)


def _right(*buttons) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
