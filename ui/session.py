"""The signed-in session the window shares: the ctx and ONE "data changed" signal.

Views refresh from `data_changed` only; they never call each other to say "refresh" (STYLE.md).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

#: kinds announced with data_changed
PARTICIPANT, GOAL, SERVICE, CASE_NOTE, AGREEMENT, ASSESSMENT, DOCUMENT, CASELOAD = (
    "participant", "goal", "service", "case_note", "agreement", "assessment", "document", "caseload")


class PlanSession(QObject):
    """Holds the UserContext; `data_changed(kinds, participant_ids)` tells every view what changed."""

    data_changed = Signal(object, object)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx

    @property
    def user(self):
        return self.ctx.user

    @property
    def data_dir(self):
        return self.ctx.workspace.data_dir

    def announce(self, kinds, participant_ids=()) -> None:
        self.data_changed.emit(frozenset(kinds), frozenset(p for p in participant_ids if p))
