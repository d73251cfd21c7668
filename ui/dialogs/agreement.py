"""Record the Customer Goal/Plan Agreement status; a collected signature clears "needs agreement"."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app import domain
from app.services import documents, records
from ui import ops
from ui.dialogs.form_dialog import FormDialog
from ui.forms import combo
from ui.tabs.base import hint


class AgreementDialog(FormDialog):
    def __init__(self, session, participant_id: str, parent=None):
        super().__init__(session, self.tr("Record plan agreement"), parent, ok_text=self.tr("Record"))
        self.participant_id = participant_id
        self.setMinimumWidth(520)
        self.form.add("status", self.tr("Status*"), combo(domain.AGREEMENT_STATUSES, current=domain.SIGNED_STATUSES[0]))
        signed = [d for d in documents.list_documents(session.ctx, participant_id) if d.kind == domain.DOCUMENT_KINDS[0]]
        self.form.add("document_id", self.tr("Signed copy"), combo([(self.tr("The newest signed copy uploaded"), "")] + [
            (f"{d.name} ({d.uploaded_on:%m/%d/%Y})", d.id) for d in signed]))
        self.form.add("note", self.tr("Note"), QLineEdit())
        self.layout_.addWidget(hint(self.tr("A physical signature on file needs the scan of the signed plan among the uploads "
                                            "(Upload file…, kind “Signed agreement”).")))
        self.finish_layout()

    def save(self, values: dict):
        return ops.apply(self.session, records.record_agreement, self.participant_id, values["status"], values["note"],
                         values["document_id"] or None, on_invalid=self.form.show_errors)
