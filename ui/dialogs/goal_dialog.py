"""Add or edit a goal (2. Set Goals). The statement counts its characters live: at most 144 (seed 000)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from app import domain
from app.services import goals
from ui import ops
from ui.dialogs.form_dialog import FormDialog
from ui.forms import combo

COUNTER_OK, COUNTER_OVER = "color: #5f6368;", "color: #b3261e; font-weight: 600;"


class GoalDialog(FormDialog):
    def __init__(self, session, participant_id: str, goal=None, parent=None):
        super().__init__(session, self.tr("Edit goal") if goal else self.tr("New goal"), parent)
        self.participant_id, self.goal = participant_id, goal
        self.setMinimumWidth(560)
        form = self.form
        self.statement = form.add("statement", self.tr("Goal statement*"), QLineEdit())
        self.statement.setPlaceholderText(self.tr("What the participant will achieve, in their words"))
        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Characters used"))
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.statement.parentWidget().layout().insertWidget(1, self.counter)
        form.add("category", self.tr("Category*"), combo(domain.GOAL_CATEGORIES))
        form.add("term", self.tr("Term*"), combo(domain.GOAL_TERMS))
        form.add("status", self.tr("Status*"), combo(domain.GOAL_STATUSES))
        justification = form.add("justification", self.tr("Justification"), QPlainTextEdit())
        justification.setPlaceholderText(self.tr("Why this goal fits, from the assessments (IEP policy)"))
        justification.setFixedHeight(90)
        self.statement.textChanged.connect(self.update_counter)
        if goal is not None:
            form.set_values({"statement": goal.statement, "category": goal.category, "term": goal.term,
                             "status": goal.status, "justification": goal.justification})
        self.off_track_note = QLabel(self.tr("A new goal, or a goal set Off Track, needs the participant's agreement again."))
        self.off_track_note.setWordWrap(True)
        self.off_track_note.setStyleSheet("color: #5f6368;")
        self.layout_.addWidget(self.off_track_note)
        self.update_counter()
        self.finish_layout()

    def update_counter(self) -> None:
        used = len(self.statement.text().strip())
        self.counter.setText(f"{used}/{domain.GOAL_STATEMENT_MAX}")
        self.counter.setStyleSheet(COUNTER_OVER if used > domain.GOAL_STATEMENT_MAX else COUNTER_OK)

    def save(self, values: dict):
        if self.goal is None:
            return ops.apply(self.session, goals.add_goal, self.participant_id, **values, on_invalid=self.form.show_errors)
        return ops.apply(self.session, goals.update_goal, self.goal.id, **values, on_invalid=self.form.show_errors)
