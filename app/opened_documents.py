"""Documents decrypted for the desktop's viewer, and their removal.

Opening an upload writes its plaintext into a private folder `$TMPDIR/fieldplan-<pid>-<random>/`
(mode 0700, the file 0600) because an outside viewer needs a file. Those folders are removed when the
viewer has had its time (`forget_after`), when Fieldplan exits (atexit), and at the next start for any
left by a process that no longer runs (a crash, a power cut), so no plaintext copy outlives its use.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
import threading
import time
from pathlib import Path

PREFIX = "fieldplan-"
_NAME = re.compile(rf"^{PREFIX}(\d+)-")
_lock = threading.Lock()
_opened: dict[Path, float] = {}


def write_for_viewer(name: str, data: bytes) -> Path:
    """The decrypted bytes in a new private folder; removed later by `remove_opened` / at exit."""
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    target = folder / (Path(name).name or "document")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    with _lock:
        _opened[folder] = time.monotonic()
    return target


def remove_opened(older_than: float = 0.0) -> int:
    """Remove this process's folders opened more than `older_than` seconds ago; returns how many."""
    now = time.monotonic()
    with _lock:
        due = [f for f, at in _opened.items() if now - at >= older_than]
        for folder in due:
            del _opened[folder]
    for folder in due:
        shutil.rmtree(folder, ignore_errors=True)
    return len(due)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale(tmp: Path | None = None) -> int:
    """At start: remove folders left by Fieldplan processes that no longer run. Returns how many."""
    removed = 0
    base = Path(tmp or tempfile.gettempdir())
    try:
        entries = list(base.iterdir())
    except OSError:
        return 0
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or not entry.is_dir() or entry.is_symlink():
            continue
        try:
            if entry.stat().st_uid != os.getuid():
                continue
        except (OSError, AttributeError):  # AttributeError: os.getuid does not exist on Windows
            pass
        pid = int(match.group(1))
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    return removed


atexit.register(remove_opened)
