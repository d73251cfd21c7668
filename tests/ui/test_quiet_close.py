"""Closing the window during a sync is quiet: a sync job that finishes after its receiver is gone does not
raise "Signal source has been deleted" on the pool thread (issue 13, item 5)."""
from __future__ import annotations

import threading

import shiboken6


def test_a_sync_job_finishing_after_the_window_closed_raises_nothing(qtbot):
    from ui.sync_controller import _SyncJob

    job = _SyncJob(None, "http://127.0.0.1:9", None, None, threading.Event())
    shiboken6.delete(job.signals)  # what closing the window did to the job's signals object
    job.run()  # the sync fails (no workspace, no server) and reports it to no one, quietly
    job._progress("push", 10, 10)
