"""Record a plan review (seed 002: at least every 90 days; the ISTEP rubric asks for every 30 days).

It moves the participant's last review date and adds a "Plan review" case note, which clears the
plan review reminders.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from app.services import reviews
from ui import ops
from ui.dialogs.form_dialog import FormDialog
from ui.forms import DateField


class PlanReviewDialog(FormDialog):
    def __init__(self, session, participant_id: str, parent=None):
        super().__init__(session, self.tr("Record plan review"), parent, ok_text=self.tr("Record review"))
        self.participant_id = participant_id
        date = self.form.add("reviewed_on", self.tr("Review date*"), DateField())
        date.set_value(dt.date.today())
        note = self.form.add("note", self.tr("What was reviewed"), QPlainTextEdit())
        note.setFixedHeight(90)
        two_way = self.form.add("two_way_contact", self.tr("Contact"), QCheckBox(self.tr("Reviewed together with the participant")))
        two_way.setChecked(True)
        self.finish_layout()

    def save(self, values: dict):
        return ops.apply(self.session, reviews.record_plan_review, self.participant_id, **values, on_invalid=self.form.show_errors)
