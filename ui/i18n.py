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


class AnyContext(QTranslator):
    """The catalog's entries by source text alone, asked after the exact-context .qm: lupdate files
    `tr = self.tr; tr("…")` under no class, and a helper's `window.tr(…)` runs in the window's context."""

    def __init__(self, entries: dict[str, str | tuple[str, ...]], parent=None):
        super().__init__(parent)
        self.entries = entries

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        """A plural entry's form for `n` (one / other, as English and Spanish count); Qt puts the %n in."""
        found = self.entries.get(source)
        if isinstance(found, tuple):
            return found[0] if n == 1 or len(found) == 1 else found[1]
        return found

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return not self.entries


def ts_entries(language: str) -> dict[str, str | tuple[str, ...]]:
    """source → translation of fieldplan_<language>.ts (finished entries only; a plural's forms as a tuple)."""
    import xml.etree.ElementTree as ET

    ts = TRANSLATIONS / f"fieldplan_{language}.ts"
    if not ts.exists():
        return {}
    entries = {}
    for message in ET.parse(ts).getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        if message.get("numerus") == "yes":
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            if forms and all(forms):
                entries.setdefault(source.text or "", forms)
        elif translation.text:
            entries.setdefault(source.text or "", translation.text)
    return entries


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
    # Spanish as written in the US (es_US); English keeps the system's own locale, as before
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates) if code == "es" else QLocale.system())
    # asked last (Qt asks the newest translator first): the exact-context catalog, then qtbase, then this.
    # English has a catalog of its plurals only ("%n days" → "1 day"); the source text is the rest.
    fallback = AnyContext(ts_entries(code), app)
    app.installTranslator(fallback)
    _installed.append(fallback)
    qtbase = QTranslator(app)
    if code != i18n.DEFAULT and qtbase.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    _install_own(app, code)
    return code


def _install_own(app, code: str) -> None:
    own = QTranslator(app)
    qm = qm_file(code)
    if qm is not None and own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
    else:
        log.warning("no compiled catalog for the UI language %s", code)


def switch(language: str) -> str:
    """Another language for a while (signing mode reads in the participant's); returns the one to switch back to."""
    previous = i18n.current_language()
    if i18n.normalize(language) != previous:
        install(language)
    return previous
