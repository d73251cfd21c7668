"""openpyxl's sheet files beside the workbook they become, never in the system temp folder.

openpyxl writes each worksheet's XML to `tempfile.NamedTemporaryFile(dir=None)` before zipping it into the
workbook: plaintext participant rows in /tmp, left behind if the process is killed mid-export. Inside
`beside(path)` those files go into a private folder (0700) next to the workbook being written — the place
the person chose for the plaintext workbook itself — and the folder is removed when the write ends, on
success, error or cancel. One writer at a time per process (a lock): the redirect is openpyxl's module
attribute, so two exports on two threads could otherwise mix folders.

    with sheet_files.beside(out):
        book.save(partial)
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from pathlib import Path

_lock = threading.RLock()


@contextlib.contextmanager
def beside(path: Path | str):
    from openpyxl.worksheet import _writer

    path = Path(path)
    with _lock:
        folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".sheets", dir=path.parent))  # mode 0700
        original = _writer.create_temporary_file

        def create_temporary_file(suffix: str = "") -> str:
            fd, name = tempfile.mkstemp(suffix=suffix, prefix="sheet.", dir=folder)
            os.close(fd)
            _writer.ALL_TEMP_FILES.append(name)  # openpyxl's cleanup() removes it from that list
            return name

        _writer.create_temporary_file = create_temporary_file
        try:
            yield folder
        finally:
            _writer.create_temporary_file = original
            for name in [n for n in _writer.ALL_TEMP_FILES if Path(n).parent == folder]:
                _writer.ALL_TEMP_FILES.remove(name)
            shutil.rmtree(folder, ignore_errors=True)
