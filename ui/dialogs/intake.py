"""Participant ▸ New… (Ctrl+Shift+N): intake of a new participant (issue 12).

Every profile field, up to three additional contacts, then Save. The service checks every rule at
once (problems beside their fields, nothing written) and looks for the same person already in the
caseload: then the dialog says "This may be Ana Ruiz, 100012: open Ana Ruiz instead?" with a button
that opens that record, and one that enters the person anyway.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout)

from app.errors import ValidationError
from app.services import intake
from ui import ops
from ui.dialogs.profile_form import ProfileFields
from ui.forms import MessageLabel, error_style

CONTACT_ROWS = 3
CONTACT_FIELDS = ("name", "relationship", "phone", "email")


class IntakeDialog(QDialog):
    #: the new participant's id once saved, or the existing one chosen instead
    open_requested = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.result_value = None
        self.matches = []
        tr = self.tr
        self.setWindowTitle(tr("New participant — intake"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.fields = ProfileFields(session, self)
        self.fields.widgets["application_date"].set_value(dt.date.today())
        layout.addWidget(self.fields)

        contacts = QGroupBox(tr("Additional contacts (at least one: someone who can reach the participant)"))
        grid = QGridLayout(contacts)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for column, title in enumerate((tr("Name"), tr("Relationship"), tr("Phone"), tr("Email"))):
            grid.addWidget(QLabel(title), 0, column)
        self.contact_edits: list[dict[str, QLineEdit]] = []
        for row in range(CONTACT_ROWS):
            edits = {}
            for column, field in enumerate(CONTACT_FIELDS):
                edit = QLineEdit()
                edit.setAccessibleName(tr("Additional contact {number}: {field}").format(number=row + 1, field=field))
                grid.addWidget(edit, row + 1, column)
                edits[field] = edit
            self.contact_edits.append(edits)
        self.contact_error = MessageLabel()
        self.contact_error.setStyleSheet(error_style())
        self.contact_error.setWordWrap(True)
        self.contact_error.setAccessibleName(tr("Additional contacts error"))
        self.contact_error.hide()
        grid.addWidget(self.contact_error, CONTACT_ROWS + 1, 0, 1, len(CONTACT_FIELDS))
        layout.addWidget(contacts)

        self.duplicate = QFrame()
        self.duplicate.setObjectName("possibleDuplicate")
        self.duplicate.setStyleSheet("#possibleDuplicate { background: #fff4e5; border: 1px solid #f0b35a; border-radius: 4px; }"
                                     " #possibleDuplicate, #possibleDuplicate QLabel { color: #3d2a00; }")
        box = QHBoxLayout(self.duplicate)
        self.duplicate_text = QLabel()
        self.duplicate_text.setWordWrap(True)
        self.duplicate_text.setAccessibleName(tr("Possible duplicate"))
        self.open_existing = QPushButton()
        self.open_existing.clicked.connect(self._open_existing)
        self.enter_anyway = QPushButton(tr("Someone else: enter as new"))
        self.enter_anyway.clicked.connect(lambda: self.submit(confirmed_new=True))
        box.addWidget(self.duplicate_text, 1)
        box.addWidget(self.open_existing)
        box.addWidget(self.enter_anyway)
        self.duplicate.hide()
        layout.addWidget(self.duplicate)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save participant"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields.widgets["first_name"].setFocus()

    def contacts(self) -> list[dict]:
        """The contact rows with anything typed (an empty row is not a contact)."""
        typed = [{f: e.text().strip() for f, e in row.items()} for row in self.contact_edits]
        return [c for c in typed if any(c.values())]

    def show_errors(self, error: ValidationError) -> None:
        if isinstance(error, intake.PossibleDuplicate):
            self._show_duplicate(error)
            return
        self.fields.show_errors(ValidationError([p for p in error.problems if not p.field.startswith("contacts[")]))
        contact_problems = [p.message for p in error.problems if p.field.startswith("contacts[")]
        self.contact_error.setText("\n".join(contact_problems))
        self.contact_error.setVisible(bool(contact_problems))

    def _show_duplicate(self, error) -> None:
        self.matches = error.matches
        self.duplicate_text.setText(error.problems[0].message)
        self.open_existing.setText(self.tr("Open {name}").format(name=error.matches[0].name))
        self.duplicate.show()
        self.open_existing.setFocus()

    def submit(self, confirmed_new: bool = False) -> None:
        self.fields.clear_errors()
        self.contact_error.hide()
        self.duplicate.hide()
        try:
            values = self.fields.values()
        except ValidationError as error:
            self.show_errors(error)
            return
        ops.apply(self.session, intake.intake_participant, contacts=self.contacts(), confirmed_new=confirmed_new, **values,
                  on_invalid=self.show_errors, on_result=self._saved)

    def _saved(self, participant) -> None:
        self.result_value = participant
        self.open_requested.emit(participant.id)
        self.accept()

    def _open_existing(self) -> None:
        if self.matches:
            self.open_requested.emit(self.matches[0].id)
            self.reject()
