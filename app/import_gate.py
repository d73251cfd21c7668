"""One thread imports at a time, once Qt is loaded.

PySide6 replaces `builtins.__import__` with its feature hook (shibokensupport/feature.py), which is not
thread-safe: typing the passphrase while `app.startup.preload()` imported on its thread crashed 15 of 24
starts with a segmentation fault (issue 13). Start-up still wants those imports off the GUI thread (the
first paint stays fast), so instead of moving them, every import goes through one re-entrant lock:

- `builtins.__import__` (every `import` statement, and PySide6's hook inside it) and
  `importlib.import_module` are wrapped by `install()`, called right after PySide6 is imported and
  before any thread starts;
- a thread that imports while another is importing waits for that one top-level import to finish
  (the preload imports module by module, so the GUI thread waits at most one module's time);
- an import of modules that are all imported already (every function-level `import` after the first)
  is a lookup that runs no module code and no hook: it never waits (`already_imported`).

Pure Python, no Qt import: app/ stays usable without a display.
"""
from __future__ import annotations

import builtins
import importlib
import sys
import threading

_gate = threading.RLock()
_installed = False


def install() -> None:
    """Wrap the current `__import__` (PySide6's hook once PySide6 is loaded) and `import_module`."""
    global _installed
    if _installed:
        return
    inner_import = builtins.__import__
    inner_import_module = importlib.import_module

    def gated_import(name, globals=None, locals=None, fromlist=(), level=0):  # noqa: A002 - builtins' names
        if level == 0:
            found = already_imported(name, fromlist)
            if found is not None:
                return found
        with _gate:
            return inner_import(name, globals, locals, fromlist, level)

    def gated_import_module(name, package=None):
        if not name.startswith("."):
            module = sys.modules.get(name)
            if module is not None and _complete(module):
                return module
        with _gate:
            return inner_import_module(name, package)

    gated_import.__wrapped__ = inner_import
    gated_import_module.__wrapped__ = inner_import_module
    builtins.__import__ = gated_import
    importlib.import_module = gated_import_module
    _installed = True


def _names(module) -> dict | None:
    """The module's namespace, read without running anything: `hasattr` would call a module-level
    `__getattr__`, and PySide6 makes its classes on first access that way (`QTableView` is not in
    `vars(PySide6.QtWidgets)` until someone asks for it) — shiboken code the gate must serialise."""
    names = getattr(module, "__dict__", None)
    return names if type(names) is dict else None


def _complete(module) -> bool:
    """Not still running its body on some thread (importlib's own test: `__spec__._initializing`)."""
    names = _names(module)
    return names is not None and not getattr(names.get("__spec__"), "_initializing", False)


def already_imported(name: str, fromlist=()):
    """What `import name` / `from name import …` returns when every module and name it asks for is
    already there (else None). Such an import runs no module code and nothing of PySide6's hook but a
    dictionary lookup, so it skips the gate: a function-level `import` on the GUI thread never waits for
    the second it takes another thread to import SQLAlchemy (issue 17: the window's stalls)."""
    module = sys.modules.get(name)
    if module is None or not _complete(module):
        return None
    if fromlist:
        names = _names(module)
        for attribute in fromlist:
            if attribute == "*" or attribute not in names:
                return None  # `*`, a submodule not imported yet, a class PySide6 makes on demand: the real import
        return module
    top = sys.modules.get(name.partition(".")[0])
    return top if top is not None and _complete(top) else None


def installed() -> bool:
    return _installed
