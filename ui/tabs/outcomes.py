"""Outcomes (seed 003): the summary checklist computed from the plan, measurable skill gains, success
stories, the exit and employment after exit. Everything here is written through app/services/outcomes.py."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton

from app.labels import label as value_label
from app.services import outcomes
from ui.forms import MessageLabel
from ui.session import DOCUMENT, GOAL, OUTCOME, PARTICIPANT, SERVICE
from ui.tabs.base import PlanTab, group, hint, scrolled_body
from ui.widgets.row_table import Column, RowTable, RowTableModel

DONE, NOT_DONE = "#1e7b34", "#b3261e"


class OutcomesTab(PlanTab):
    kinds = frozenset({OUTCOME, SERVICE, GOAL, PARTICIPANT, DOCUMENT, "placement"})
    add_skill_gain_requested = Signal()
    remove_skill_gain_requested = Signal(object)
    add_story_requested = Signal()
    remove_story_requested = Signal(object)
    edit_story_requested = Signal(object)
    undo_exit_requested = Signal()
    record_exit_requested = Signal()
    add_employment_requested = Signal()
    edit_employment_requested = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.summary: outcomes.OutcomeSummary | None = None
        layout = scrolled_body(self)

        self.checklist = QGridLayout()
        self.checklist.setHorizontalSpacing(14)
        self.checklist.setVerticalSpacing(6)
        for column, title in enumerate((self.tr("Status"), self.tr("Action item"), self.tr("Result"))):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: 600;")
            self.checklist.addWidget(heading, 0, column)
        self.checklist.setColumnStretch(1, 3)
        self.checklist.setColumnStretch(2, 2)
        self.checklist_rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        layout.addWidget(group(self.tr("Summary"), self.checklist, name="outcomeSummary"))

        grid = QGridLayout()
        grid.setSpacing(12)
        layout.addLayout(grid)
        self.gain_model = RowTableModel([Column(self.tr("Date attained"), lambda g: g.attained_on, width=95),
                                         Column(self.tr("Type"), lambda g: g.kind, label=True, width=260),
                                         Column(self.tr("Document"), lambda g: g.document_name, width=170),
                                         Column(self.tr("Comment"), lambda g: g.comment, stretch=True, tip=lambda g: g.comment)], self)
        self.gain_table = RowTable(self.gain_model, empty=self.tr("No measurable skill gains yet — Add… records one with its proof."),
                                   name=self.tr("Measurable skill gains"))
        self.gain_table.setMinimumHeight(110)
        add_gain, remove_gain = QPushButton(self.tr("Add skill gain…")), QPushButton(self.tr("Remove"))
        add_gain.clicked.connect(self.add_skill_gain_requested)
        remove_gain.clicked.connect(lambda: self._with_current(self.gain_table, self.remove_skill_gain_requested))
        grid.addWidget(group(self.tr("Measurable Skill Gains"), self.gain_table, _buttons(remove_gain, add_gain), name="skillGains"), 0, 0, 1, 2)

        self.story_model = RowTableModel([Column(self.tr("Title"), lambda s: s.title, stretch=True, tip=lambda s: s.text),
                                          Column(self.tr("Program type"), lambda s: s.program_type, label=True, width=110),
                                          Column(self.tr("Service provider"), lambda s: s.provider, width=130),
                                          Column(self.tr("Career pathway"), lambda s: s.career_pathway, width=120),
                                          Column(self.tr("Date created"), lambda s: s.written_on, width=90),
                                          Column(self.tr("Status"), lambda s: s.status, label=True, width=80)], self)
        self.story_table = RowTable(self.story_model, empty=self.tr("No success stories yet."), name=self.tr("Success stories"))
        self.story_table.setMinimumHeight(120)
        add_story, remove_story, edit_story = QPushButton(self.tr("Add story…")), QPushButton(self.tr("Remove")), QPushButton(self.tr("Edit…"))
        add_story.clicked.connect(self.add_story_requested)
        edit_story.clicked.connect(lambda: self._with_current(self.story_table, self.edit_story_requested))
        self.story_table.view.activated_row.connect(self.edit_story_requested)
        remove_story.clicked.connect(lambda: self._with_current(self.story_table, self.remove_story_requested))
        grid.addWidget(group(self.tr("Success Stories"), self.story_table, _buttons(remove_story, edit_story, add_story), name="successStories"), 1, 0, 1, 2)

        self.exit_status = MessageLabel()
        self.exit_status.setStyleSheet("font-weight: 600;")
        self.exit_status.setAccessibleName(self.tr("Exit status"))
        self.exit_reason = hint("")
        self.exit_reason.setAccessibleName(self.tr("Why the exit is not available"))
        self.exit_button = QPushButton(self.tr("Record exit…"))
        self.exit_button.clicked.connect(self.record_exit_requested)
        self.undo_exit_button = QPushButton(self.tr("Undo exit…"))
        self.undo_exit_button.setToolTip(self.tr("An administrator or program manager undoes a wrong exit, with the reason"))
        self.undo_exit_button.clicked.connect(self.undo_exit_requested)
        exit_box = group(self.tr("Exit"), self.exit_status, self.exit_reason, _buttons(self.undo_exit_button, self.exit_button), name="exit")
        exit_box.layout().addStretch(1)
        # below the stories, not beside them: at 1366×768 the stories' six titles need the whole width (issue 16)
        grid.addWidget(exit_box, 2, 0, 1, 2)

        self.job_model = RowTableModel([Column(self.tr("Employer"), lambda j: j.employer, stretch=True),
                                        Column(self.tr("Job title"), lambda j: j.job_title, width=150),
                                        Column(self.tr("Start date"), lambda j: j.start_date, width=90),
                                        Column(self.tr("End date"), lambda j: j.end_date or self.tr("Present"), width=90),
                                        Column(self.tr("Current"), lambda j: j.current, width=60),
                                        Column(self.tr("City"), lambda j: f"{j.city}, {j.state}", width=130),
                                        Column(self.tr("Hours/week"), lambda j: j.hours_per_week, width=80, numeric=True),
                                        Column(self.tr("Meets needs"), lambda j: j.meets_needs, width=85)], self)
        self.job_table = RowTable(self.job_model, empty="", name=self.tr("Employment after exit"))
        self.job_table.setMinimumHeight(110)
        self.job_table.view.activated_row.connect(self.edit_employment_requested)
        self.add_job, edit_job = QPushButton(self.tr("Add employment…")), QPushButton(self.tr("Edit…"))
        self.add_job.clicked.connect(self.add_employment_requested)
        edit_job.clicked.connect(lambda: self._with_current(self.job_table, self.edit_employment_requested))
        grid.addWidget(group(self.tr("Employment After Exit"), self.job_table, _buttons(edit_job, self.add_job), name="employment"), 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addStretch(1)

    def refresh(self) -> None:
        ctx, pid = self.ctx, self.participant_id
        self.summary = summary = outcomes.outcome_summary(ctx, pid)
        for row, item in enumerate(summary.checklist, 1):
            self._show_item(row, item)
        self.gain_model.set_rows(outcomes.list_skill_gains(ctx, pid))
        self.story_model.set_rows(outcomes.list_success_stories(ctx, pid))
        self._show_exit(summary)
        self.job_model.set_rows(outcomes.list_employment(ctx, pid))

    def _show_item(self, row: int, item: outcomes.ChecklistItem) -> None:
        if item.key not in self.checklist_rows:
            labels = (QLabel(), QLabel(), QLabel())
            labels[1].setWordWrap(True)
            labels[2].setWordWrap(True)
            for column, label in enumerate(labels):
                self.checklist.addWidget(label, row, column)
            self.checklist_rows[item.key] = labels
        mark, action, result = self.checklist_rows[item.key]
        mark.setText("✓ " + self.tr("Complete") if item.done else "✗ " + self.tr("Not complete"))
        mark.setStyleSheet(f"color: {DONE if item.done else NOT_DONE}; font-weight: 600;")
        action.setText(f"{row}. {item.action}")
        result.setText(item.detail)
        mark.setAccessibleName(f"{item.action} {mark.text()}")

    def _show_exit(self, summary: outcomes.OutcomeSummary) -> None:
        exit_row = summary.exit
        self.exit_button.setVisible(exit_row is None)
        self.undo_exit_button.setVisible(exit_row is not None and self.session.user.role in ("administrator", "program_manager"))
        self.add_job.setEnabled(exit_row is not None)
        if exit_row is not None:
            exited_on = f"{exit_row.exit_date:%m/%d/%Y}"
            self.exit_status.setText(self.tr("Exited on {date} — left early: {reason}").format(date=exited_on, reason=value_label(exit_row.reason))
                                     if exit_row.early else self.tr("Exited on {date}").format(date=exited_on))
            self.exit_reason.setText(self.tr("The early exit's case note is on the Overview.") if exit_row.early else "")
            self.job_table.set_empty_text(self.tr("No employment after exit yet — Add employment… records a job."))
        elif summary.can_exit:
            self.exit_status.setText(self.tr("Not exited — the exit checklist is complete."))
            self.exit_reason.setText(self.tr("Record exit… exits the participant and sets the enrollment status to Exited."))
            self.job_table.set_empty_text(self.tr("Employment is recorded after the exit."))
        else:
            missing = "".join(f"<li>{words[0].upper()}{words[1:]}</li>" for words in summary.missing_for_exit)
            self.exit_status.setText(self.tr("Not exited."))
            self.exit_reason.setText(self.tr("The normal exit needs the exit checklist complete; still missing:") + f"<ul style='margin: 2px 0'>{missing}</ul>"
                                     + self.tr("Until then only an early exit can be recorded: the participant left the program before completion "
                                          "(date, reason and a case note)."))
            self.job_table.set_empty_text(self.tr("Employment is recorded after the exit."))

    def _with_current(self, table: RowTable, signal) -> None:
        row = table.view.current_row()
        if row is not None:
            signal.emit(row)


def _buttons(*buttons) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
