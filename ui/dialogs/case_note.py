"""Add a case note (Overview): contact date*, subject, message, task, how it is sent, two-way contact.

Two-way contact matters: regular contact means a two-way contact at least every 30 days (seed 002).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit

from app import domain
from app.services import records
from ui import ops
from ui.dialogs.form_dialog import FormDialog
from ui.forms import DateField, combo


class CaseNoteDialog(FormDialog):
    def __init__(self, session, participant_id: str, subject: str = "", message: str = "", parent=None):
        super().__init__(session, self.tr("New case note"), parent)
        self.participant_id = participant_id
        self.setMinimumWidth(520)
        form = self.form
        form.table = "case_note"  # the line edits carry the columns' maximum lengths
        date = form.add("contact_date", self.tr("Contact date*"), DateField())
        date.set_value(dt.date.today())
        form.add("subject", self.tr("Subject*"), QLineEdit(subject))
        text = form.add("message", self.tr("Message"), QPlainTextEdit(message))
        text.setFixedHeight(110)
        form.add("task", self.tr("Task"), QLineEdit())
        form.add("delivery", self.tr("How sent"), combo(domain.NOTE_DELIVERIES))
        form.add("two_way_contact", self.tr("Contact"), QCheckBox(self.tr("Two-way contact with the participant")))
        self.finish_layout()

    def save(self, values: dict):
        return ops.apply(self.session, records.add_case_note, self.participant_id, **values, on_invalid=self.form.show_errors)
