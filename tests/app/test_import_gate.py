"""The import gate (app/import_gate.py): one thread imports at a time, but an import of what is
imported already is a lookup that never waits behind another thread's long import."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def test_an_import_of_loaded_modules_skips_the_gate_and_one_of_a_module_still_loading_waits():
    code = textwrap.dedent("""
        import importlib, importlib.machinery, sys, threading, time, types
        from app import import_gate
        import_gate.install()
        import json
        held, release = threading.Event(), threading.Event()

        def hold():  # another thread in the middle of a long import (fpdf2, SQLAlchemy)
            with import_gate._gate:
                held.set()
                release.wait(10)

        holder = threading.Thread(target=hold)
        holder.start()
        held.wait()
        started = time.perf_counter()
        import json
        import os.path
        from os import path
        from json import decoder
        module = importlib.import_module("json.decoder")
        looked_up = time.perf_counter() - started
        same = module is decoder and path is os.path

        halfway = types.ModuleType("halfway")  # in sys.modules, its body still running on the holder's thread
        halfway.__spec__ = importlib.machinery.ModuleSpec("halfway", None)
        halfway.__spec__._initializing = True
        sys.modules["halfway"] = halfway
        got = []
        waiter = threading.Thread(target=lambda: got.append(__import__("halfway")))
        waiter.start()
        waiter.join(0.5)
        waited = not got
        halfway.__spec__._initializing = False
        release.set()
        waiter.join(10)
        holder.join(10)
        print(round(looked_up, 3) < 0.2, same, waited, got == [halfway])
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["True", "True", "True", "True"]


def test_a_submodule_not_yet_imported_or_a_name_made_on_demand_goes_through_the_gate():
    """PySide6 makes its classes on first access through the module's __getattr__: shiboken code, which
    must run inside the gate, so the lookup never asks for a name the module does not hold yet."""
    import types

    from app.import_gate import already_imported

    asked = []
    lazy = types.ModuleType("lazy_like_pyside")
    lazy.__getattr__ = lambda name: asked.append(name) or object()
    sys.modules["lazy_like_pyside"] = lazy
    try:
        assert already_imported("lazy_like_pyside", ("QTableView",)) is None and asked == []
        lazy.QLabel = object()
        assert already_imported("lazy_like_pyside", ("QLabel",)) is lazy and asked == []
    finally:
        del sys.modules["lazy_like_pyside"]
    assert already_imported("json", ("decoder",)) is sys.modules["json"]
    assert already_imported("os.path") is sys.modules["os"]
    assert already_imported("json", ("no_such_submodule_yet",)) is None
    assert already_imported("json", ("*",)) is None
    assert already_imported("not_a_module_anywhere") is None
