"""Record the Customer Goal/Plan Agreement status; a collected signature clears "needs agreement"."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app import domain
from app.services import records
from ui import ops
from ui.dialogs.form_dialog import FormDialog
from ui.forms import combo
from ui.session import AGREEMENT, PARTICIPANT


class AgreementDialog(FormDialog):
    def __init__(self, session, participant_id: str, parent=None):
        super().__init__(session, self.tr("Record plan agreement"), parent, ok_text=self.tr("Record"))
        self.participant_id = participant_id
        self.setMinimumWidth(520)
        self.form.add("status", self.tr("Status*"), combo(domain.AGREEMENT_STATUSES, current=domain.SIGNED_STATUSES[0]))
        self.form.add("note", self.tr("Note"), QLineEdit())
        self.finish_layout()

    def save(self, values: dict):
        return ops.apply(self.session, records.record_agreement, self.participant_id, values["status"], values["note"],
                         kinds=(AGREEMENT, PARTICIPANT), participant_ids=[self.participant_id], on_invalid=self.form.show_errors)
