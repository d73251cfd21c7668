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
PLACEMENT, EMPLOYER, USER, UPDATE_LOG = "placement", "employer", "user", "update_log"
#: every kind: "refresh everything" (after a sync, F5)
EVERYTHING = frozenset({PARTICIPANT, GOAL, SERVICE, CASE_NOTE, AGREEMENT, ASSESSMENT, DOCUMENT, CASELOAD, OUTCOME,
                        PLACEMENT, EMPLOYER, USER, UPDATE_LOG})

#: what a view must reload when a table was written: the kinds come from the ChangeRecorder's tables,
#: never from the caller (a caseload row shows the participant, the goals' Off Track and the last note)
KINDS_OF_TABLE: dict[str, frozenset[str]] = {
    "participant": frozenset({PARTICIPANT, CASELOAD}),
    "contact_person": frozenset({PARTICIPANT}),
    "goal": frozenset({GOAL, CASELOAD}),
    "plan_service": frozenset({SERVICE}),
    "support_payment": frozenset({SERVICE}),
    "attendance_week": frozenset({SERVICE}),
    "attendance_day": frozenset({SERVICE}),
    "credential": frozenset({SERVICE}),
    "case_note": frozenset({CASE_NOTE, CASELOAD}),
    "plan_agreement": frozenset({AGREEMENT}),
    "signature": frozenset({AGREEMENT}),
    "document": frozenset({DOCUMENT}),
    "blob": frozenset({DOCUMENT}),
    "skill_gain": frozenset({OUTCOME}),
    "exit_record": frozenset({OUTCOME, CASELOAD}),
    "employment_outcome": frozenset({OUTCOME}),
    "success_story": frozenset({OUTCOME}),
    "assessment": frozenset({ASSESSMENT}),
    "assessment_section": frozenset({ASSESSMENT}),
    "assessment_summary": frozenset({ASSESSMENT}),
    "assessment_result": frozenset({ASSESSMENT}),
    "post_assessment_score": frozenset({ASSESSMENT}),
    "employer": frozenset({EMPLOYER}),
    "worksite": frozenset({EMPLOYER}),
    "job": frozenset({EMPLOYER}),
    "placement": frozenset({PLACEMENT, SERVICE}),
    "placement_status_change": frozenset({PLACEMENT, SERVICE}),
    "follow_up": frozenset({PLACEMENT}),
    "app_user": frozenset({USER}),
    "update_log": frozenset({UPDATE_LOG}),
}


def kinds_of(tables) -> frozenset[str]:
    """The kinds a set of written tables means to the views (an unknown table: the table's own name)."""
    kinds: set[str] = set()
    for table in tables:
        kinds |= KINDS_OF_TABLE.get(table, {table})
    return frozenset(kinds)


class PlanSession(QObject):
    """Holds the UserContext; `data_changed(kinds, participant_ids, initiator)` tells every view what changed
    (the initiator is whoever started the job, so a view can skip reloading its own change).

    At start-up the window shows before the full workspace exists (app/startup.py): the session then
    knows only the signed-in user and the folder, `ctx` is None, and `ready` fires once `attach(ctx)`
    gives it the workspace. Services are only called through `ctx`, so nothing can run early.
    """

    data_changed = Signal(object, object, object)
    ready = Signal()

    def __init__(self, ctx=None, parent=None, *, user=None, data_dir=None):
        super().__init__(parent)
        self.ctx = ctx
        self._user = user if ctx is None else ctx.user
        self._data_dir = data_dir if ctx is None else ctx.workspace.data_dir

    @classmethod
    def of(cls, session_or_ctx) -> "PlanSession":
        """The session itself, or a new one around a bare UserContext (a dialog opened by a test or the CLI)."""
        return session_or_ctx if isinstance(session_or_ctx, PlanSession) else cls(session_or_ctx)

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

    def announce(self, kinds, participant_ids=(), initiator=None) -> None:
        """For changes no recorder saw (a sync, "refresh everything"); jobs use `announce_changes`."""
        self.data_changed.emit(frozenset(kinds), frozenset(p for p in participant_ids if p), initiator)

    def announce_changes(self, changes, initiator=None) -> None:
        """What a job committed, as the ChangeRecorder computed it: tables → kinds, and the participants."""
        self.announce(kinds_of(changes.tables), changes.participant_ids, initiator)
