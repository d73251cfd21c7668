"""Edit profile… from the side bar (issue 12): every profile field, the enrollment status with its
rules, a transfer to another career planner or organization, and the additional contacts.

Save writes only what changed (logged old → new) through `participants.edit_profile`; a contact is
added, edited or removed at once, each its own write, from the list below the fields.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QVBoxLayout

from app import domain
from app.errors import ValidationError
from app.services import participants
from ui import ops
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.profile_form import IDENTITY, CONTACT, PROGRAM, ProfileFields
from ui.tabs.base import hint
from ui.widgets.row_table import Column, RowTable, RowTableModel


class ContactDialog(FormDialog):
    """One additional contact person: name*, relationship, phone or email."""

    def __init__(self, session, participant_id: str, contact=None, parent=None):
        super().__init__(session, self.tr("Edit contact") if contact else self.tr("Add contact"), parent)
        self.participant_id, self.contact = participant_id, contact
        self.form.add("name", self.tr("Name*"), QLineEdit())
        self.form.add("relationship", self.tr("Relationship"), QLineEdit()).setPlaceholderText(self.tr("Mother, case manager, friend…"))
        self.form.add("phone", self.tr("Phone"), QLineEdit())
        self.form.add("email", self.tr("Email"), QLineEdit())
        if contact is not None:
            self.form.set_values({f: getattr(contact, f) for f in participants.CONTACT_FIELDS})
        self.finish_layout()

    def save(self, values: dict):
        common = dict(on_invalid=self.form.show_errors)
        if self.contact is None:
            return ops.apply(self.session, participants.add_contact_person, self.participant_id, **values, **common)
        return ops.apply(self.session, participants.update_contact_person, self.contact.id, **values, **common)


class ProfileEditDialog(QDialog):
    def __init__(self, session, participant_id: str, parent=None):
        super().__init__(parent)
        self.session, self.participant_id = session, participant_id
        self.contact_dialog = None
        tr = self.tr
        self.setWindowTitle(tr("Edit profile"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.fields = ProfileFields(session, self, statuses=domain.ENROLLMENT_STATUSES)
        layout.addWidget(self.fields)
        layout.addWidget(hint(tr("Exited comes with the exit (Outcomes tab). Moving the participant to another organization takes a "
                                 "program manager or an administrator; the old career planner then no longer sees the plan.")))
        self.contacts_model = RowTableModel([Column(tr("Name"), lambda c: c.name, stretch=True),
                                             Column(tr("Relationship"), lambda c: c.relationship, width=130),
                                             Column(tr("Phone"), lambda c: c.phone, width=130), Column(tr("Email"), lambda c: c.email, width=200)],
                                            self)
        self.contacts_table = RowTable(self.contacts_model, empty=tr("No additional contact yet — Add contact… records one."),
                                       name=tr("Additional contacts"))
        self.contacts_table.setMaximumHeight(120)
        self.contacts_table.view.activated_row.connect(self.edit_contact)
        add, edit, remove = QPushButton(tr("Add contact…")), QPushButton(tr("Edit contact…")), QPushButton(tr("Remove contact"))
        add.clicked.connect(lambda: self.edit_contact(None))
        edit.clicked.connect(lambda: self._with_contact(self.edit_contact))
        remove.clicked.connect(lambda: self._with_contact(self.remove_contact))
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (remove, edit, add):
            row.addWidget(button)
        box = QGroupBox(tr("Additional contacts"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.contacts_table)
        inner.addLayout(row)
        layout.addWidget(box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.participant = participants.get_participant(session.ctx, participant_id)
        self.loaded = {f: getattr(self.participant, f) for f in (*IDENTITY, *CONTACT, *PROGRAM)}
        self.fields.set_values(self.loaded)
        self.reload_contacts()

    def reload_contacts(self) -> None:
        self.contacts_model.set_rows(participants.list_contact_people(self.session.ctx, self.participant_id))

    def changes(self) -> dict:
        values = self.fields.values()
        return {f: v for f, v in values.items() if v != (self.loaded.get(f) if self.loaded.get(f) is not None else ("" if isinstance(v, str) else None))}

    def submit(self) -> None:
        self.fields.clear_errors()
        try:
            changes = self.changes()
        except ValidationError as error:
            self.fields.show_errors(error)
            return
        if not changes:
            self.accept()
            return
        ops.apply(self.session, participants.edit_profile, self.participant_id, **changes, on_invalid=self.fields.show_errors,
                  on_result=lambda _: self.accept(), initiator=self)

    def _with_contact(self, action) -> None:
        contact = self.contacts_table.view.current_row()
        if contact is not None:
            action(contact)

    def edit_contact(self, contact) -> None:
        self.contact_dialog = ContactDialog(self.session, self.participant_id, contact, self)
        self.contact_dialog.accepted.connect(self.reload_contacts)
        self.contact_dialog.open()

    def remove_contact(self, contact) -> None:
        answer = QMessageBox.question(self, self.tr("Remove contact"), self.tr("Remove {name} from the additional contacts?").format(name=contact.name))
        if answer == QMessageBox.StandardButton.Yes:
            ops.apply(self.session, participants.remove_contact_person, contact.id, on_result=lambda _: self.reload_contacts())
