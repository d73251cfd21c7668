"""The UI language (issue 15): Fieldplan's own Qt Linguist catalog (resources/translations/fieldplan_<lang>.ts,
compiled to .qm by make or here when missing), Qt's own qtbase catalog (the standard buttons: Cancel, Save…),
QLocale's formats and the gettext catalog of app/ (app/i18n.py), all switched together at start-up.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n

log = logging.getLogger("fieldplan.ui")

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language when Fieldplan has a catalog for it, else English."""
    return i18n.normalize(QLocale.system().name())


def resolve(choice: str) -> str:
    """The Preferences choice ("" = as the system) → a language code with a catalog."""
    return i18n.normalize(choice) if choice else system_language()


def _lrelease() -> str | None:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name, path=str(here)) or shutil.which(name)
        if found:
            return found
    return None


def qm_file(language: str) -> Path | None:
    """fieldplan_<language>.qm, built from the .ts when it is missing or older (a run from a fresh clone)."""
    ts = TRANSLATIONS / f"fieldplan_{language}.ts"
    qm = ts.with_suffix(".qm")
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        tool = _lrelease()
        if tool:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=False, capture_output=True)
    return qm if qm.exists() else None


def install(language: str, app=None) -> str:
    """Switch the process to `language` ("en", "es"); returns the code used. Call before any window is built."""
    app = app or QCoreApplication.instance()
    code = i18n.set_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates) if code == "es"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if code == i18n.DEFAULT:
        return code
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    own = QTranslator(app)
    qm = qm_file(code)
    if qm is not None and own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("no compiled catalog for the UI language %s", code)
    return code
