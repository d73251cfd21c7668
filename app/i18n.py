"""Translations of the Qt-free messages: validation messages, reminders, the customer copy, the participant's
page and emails (gettext catalogs made with Babel: resources/locale/<lang>/LC_MESSAGES/fieldplan.po).

Two languages are in play at once (issue 15): the caseworker's UI language, which `_()` and `ngettext()`
use (set once at start-up by ui/i18n.py, or by the server per request), and a participant's preferred
language, which whatever a participant reads asks for explicitly: `translation(participant.language)`.

Messages are whole sentences with named placeholders, `_("{label} is required.").format(label=...)`,
never pieced together, so a translator can move the words; plurals go through `ngettext`.
"""
from __future__ import annotations

import gettext
import threading
from pathlib import Path

DOMAIN = "fieldplan"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "resources" / "locale"
#: the languages a catalog exists for, in the order a chooser lists them (code → the language's own name)
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT = "en"

_lock = threading.Lock()
_cache: dict[str, gettext.NullTranslations] = {}
_current = DEFAULT


def normalize(code: str | None) -> str:
    """"es_MX", "es-419", "ES" → "es"; anything without a catalog → English."""
    short = (code or "").replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else DEFAULT


def compile_catalogs(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Build every .mo older than its .po (make does this; a run from a fresh clone does it here)."""
    built = []
    for po in sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        with po.open("rb") as source:
            catalog = read_po(source)
        with mo.open("wb") as target:
            write_mo(target, catalog)
        built.append(mo)
    return built


def translation(language: str | None) -> gettext.NullTranslations:
    """The catalog of `language` (English: the source text itself)."""
    code = normalize(language)
    with _lock:
        if code not in _cache:
            if code == DEFAULT:
                _cache[code] = gettext.NullTranslations()
            else:
                po = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
                mo = po.with_suffix(".mo")
                if po.exists() and (not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime):
                    try:
                        compile_catalogs()
                    except (ImportError, OSError):
                        pass
                _cache[code] = gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[code], fallback=True)
        return _cache[code]


def set_language(language: str | None) -> str:
    """The UI language for `_()` from now on; returns the code used."""
    global _current
    _current = normalize(language)
    return _current


def current_language() -> str:
    return _current


def _(message: str) -> str:
    """`message` in the UI language."""
    return translation(_current).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for `n`, in the UI language (Spanish has two forms, some languages more)."""
    return translation(_current).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks `message` for the catalog without translating it yet (a label in a table, translated on use)."""
    return message


def format_date(value, language: str | None, fmt: str = "medium") -> str:
    """A date as a participant reads it: "Dec 3, 2026" / "3 dic 2026" (Babel's CLDR data)."""
    if value is None:
        return ""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format=fmt, locale=_babel_locale(language))


def format_short_date(value, language: str | None) -> str:
    """A date a participant reads: 12/03/2026 in English (the forms' US format); "3 dic 2026" in Spanish,
    where 03/12 would be read as the 3rd of December either way round."""
    if value is None:
        return ""
    return value.strftime("%m/%d/%Y") if normalize(language) == DEFAULT else format_date(value, language)


def format_decimal(value, language: str | None, fmt: str = "#,##0.##") -> str:
    from babel.numbers import format_decimal as babel_format_decimal

    return babel_format_decimal(value, format=fmt, locale=_babel_locale(language))


def _babel_locale(language: str | None) -> str:
    return {"en": "en_US", "es": "es_US"}[normalize(language)]
