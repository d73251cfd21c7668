"""The signed-in session the window shares: the ctx and ONE "data changed" signal.

Views refresh from `data_changed` only; they never call each other to say "refresh" (STYLE.md).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

#: kinds announced with data_changed
PARTICIPANT, GOAL, SERVICE, CASE_NOTE, AGREEMENT, ASSESSMENT, DOCUMENT, CASELOAD = (
    "participant", "goal", "service", "case_note", "agreement", "assessment", "document", "caseload")
#: skill gains, success stories, the exit and employment after exit (the Outcomes tab)
OUTCOME = "outcome"


class PlanSession(QObject):
    """Holds the UserContext; `data_changed(kinds, participant_ids)` tells every view what changed.

    At start-up the window shows before the full workspace exists (app/startup.py): the session then
    knows only the signed-in user and the folder, `ctx` is None, and `ready` fires once `attach(ctx)`
    gives it the workspace. Services are only called through `ctx`, so nothing can run early.
    """

    data_changed = Signal(object, object)
    ready = Signal()

    def __init__(self, ctx=None, parent=None, *, user=None, data_dir=None):
        super().__init__(parent)
        self.ctx = ctx
        self._user = user if ctx is None else ctx.user
        self._data_dir = data_dir if ctx is None else ctx.workspace.data_dir

    @property
    def user(self):
        return self._user

    @property
    def data_dir(self):
        return self._data_dir

    @property
    def is_ready(self) -> bool:
        return self.ctx is not None

    def attach(self, ctx) -> None:
        self.ctx = ctx
        self.ready.emit()

    def when_ready(self, fn) -> None:
        """Run `fn()` now if the workspace is attached, else once it is."""
        if self.ctx is not None:
            fn()
        else:
            self.ready.connect(fn, Qt.ConnectionType.SingleShotConnection)

    def announce(self, kinds, participant_ids=()) -> None:
        self.data_changed.emit(frozenset(kinds), frozenset(p for p in participant_ids if p))
