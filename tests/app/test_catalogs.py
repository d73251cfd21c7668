"""The Spanish catalogs are complete (issue 15): every tr() string of ui/ and every gettext string of app/
has a finished Spanish entry with the same placeholders. Extracted afresh from the code, so a new string
without a translation, or a translation that lost its %1 or {name}, fails here."""
from __future__ import annotations

import collections
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.pofile import read_po

from app import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "fieldplan_es.ts"
#: English needs a catalog of its plurals only ("%n days" → "1 day"): the source text is the rest
TS_EN = ROOT / "resources" / "translations" / "fieldplan_en.ts"
PO = ROOT / "resources" / "locale" / "es" / "LC_MESSAGES" / "fieldplan.po"
KEYWORDS = {"_": None, "N_": None, "t": None, "tx": None, "gettext": None, "ngettext": (1, 2)}
#: %1 and the plural count %n/%Ln (Qt), %s/%d (printf), {name}/{0}/{due:%m/%d/%Y} (str.format); {{ }} are literal braces
PLACEHOLDER = re.compile(r"%\d+|%L?n|%[sd]|\{[^{}]*\}")


def placeholders(text: str) -> collections.Counter:
    return collections.Counter(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def test_placeholders_are_compared_by_kind_and_name():
    assert placeholders("Row {number}: {message}") == placeholders("Fila {number}: {message}")
    assert placeholders("Remove %1 of %2?") != placeholders("¿Quitar %1?")
    assert placeholders("{label} must be {x:.2f}") != placeholders("{etiqueta} debe ser {x:.2f}")
    assert placeholders("%Ln changes to send") != placeholders("cambios por enviar")


def _fresh_ts(tmp_path) -> dict[str, set[str]]:
    """source → the contexts lupdate finds it in, over every ui/ file as it is now."""
    out = tmp_path / "fresh.ts"
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(tool), *files, "-ts", str(out)], check=True, capture_output=True)
    found = collections.defaultdict(set)
    for context in ET.parse(out).getroot().iter("context"):
        for message in context.iter("message"):
            found[message.find("source").text or ""].add(context.findtext("name") or "")
    return found


def _committed_ts(ts: Path = TS) -> dict[str, list[str]]:
    """source → its finished translation, or each of its plural forms (a numerus entry, `tr("%n days", "", n)`)."""
    entries = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text or ""]
        if forms and all(forms):
            entries[message.find("source").text or ""] = forms
    return entries


def test_every_tr_string_of_ui_has_a_spanish_entry_with_its_placeholders(tmp_path):
    fresh, committed = _fresh_ts(tmp_path), _committed_ts()
    assert len(fresh) > 900  # lupdate really read the window
    missing = sorted(s for s in fresh if s not in committed)
    assert not missing, f"no Spanish for {missing[:10]} — run `make translations` and translate them"
    wrong = [(s, form) for s in fresh for form in committed[s] if placeholders(s) != placeholders(form)]
    assert not wrong, f"placeholders differ: {wrong[:5]}"


def _fresh_plurals(tmp_path) -> set[str]:
    out = tmp_path / "plurals.ts"
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(tool), *files, "-ts", str(out), "-pluralonly"], check=True, capture_output=True)
    return {m.find("source").text or "" for m in ET.parse(out).getroot().iter("message") if m.get("numerus") == "yes"}


def test_every_plural_of_ui_has_its_english_and_spanish_forms(tmp_path):
    """Without fieldplan_en.qm an English window would read "1 days"; each form keeps the count."""
    plurals = _fresh_plurals(tmp_path)
    assert len(plurals) >= 10
    for ts, forms in ((TS_EN, 2), (TS, 2)):
        committed = _committed_ts(ts)
        missing = sorted(s for s in plurals if len(committed.get(s, [])) < forms)
        assert not missing, f"{ts.name}: no plural forms for {missing[:5]} — run `make translations` and fill them"
        assert all(re.search(r"%L?n", form) for s in plurals for form in committed[s]), ts.name


def test_no_ui_string_is_filled_in_with_replace():
    """`tr("Remove %1?").replace("%1", name)` pieces text together after translation (issue 15): a whole
    tr() sentence takes named fields (`tr("Remove {name}?").format(name=...)`) or a plural count (%n)."""
    pieced = re.compile(r"""\.replace\(\s*['"]%(?:\d|L?n)""")
    offenders = [f"{path.relative_to(ROOT)}:{n}" for path in (ROOT / "ui").rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if pieced.search(line)]
    assert not offenders, offenders


def _fresh_gettext() -> list:
    method_map = [("**.py", "python"), ("server/participant/templates/**.html", "jinja2")]
    found = [item[2] for item in extract_from_dir(str(ROOT / "app"), method_map, keywords=KEYWORDS)]
    found += [item[1] for item in extract_from_file("python", str(ROOT / "ui" / "signing.py"), keywords=KEYWORDS)]
    return [m for m in found if m]


def test_every_gettext_string_has_a_spanish_entry_with_its_placeholders():
    with PO.open("rb") as f:
        catalog = read_po(f, locale="es")
    messages = _fresh_gettext()
    assert len(messages) > 300
    problems = []
    for message in messages:
        entry = catalog.get(message)
        strings = [] if entry is None else ([entry.string] if isinstance(entry.string, str) else list(entry.string))
        if not strings or not all(strings) or entry.fuzzy:
            problems.append(("missing", message))
            continue
        sources = [message] if isinstance(message, str) else list(message)
        for text in strings:
            if placeholders(text) != placeholders(sources[-1]):
                problems.append(("placeholders", message, text))
    assert not problems, problems[:10]


def test_the_compiled_catalog_translates_a_validation_message_and_its_plurals():
    es = i18n.translation("es")
    assert es.gettext("Legal first name is required.") == "El nombre legal es obligatorio."
    one = es.ngettext("Goals and steps ({n} goal)", "Goals and steps ({n} goals)", 1).format(n=1)
    three = es.ngettext("Goals and steps ({n} goal)", "Goals and steps ({n} goals)", 3).format(n=3)
    assert (one, three) == ("Metas y pasos (1 meta)", "Metas y pasos (3 metas)")
    assert i18n.translation("en").gettext("Legal first name is required.") == "Legal first name is required."
    assert i18n.normalize("es_MX") == "es" and i18n.normalize("fr_FR") == "en"


def test_no_translated_string_hides_inside_an_f_string():
    """Babel's extractor does not look into f-string braces: f"{t('Agreement')}" never reaches the catalog."""
    hidden = re.compile(r"""\{[^{}]*\b(?:_|t|tx|N_|ngettext|gettext)\(\s*['"]""")
    offenders = [f"{path.relative_to(ROOT)}:{n}" for path in [*(ROOT / "app").rglob("*.py"), ROOT / "ui" / "signing.py"]
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"""\bf['"]""", line) and hidden.search(line)]
    assert not offenders, offenders


def test_no_tr_string_hides_inside_an_f_string():
    """lupdate does not look into f-string braces either: f"<b>{self.tr('Week total')}</b>" stayed English."""
    hidden = re.compile(r"""\{[^{}]*\btr\(\s*['"]""")
    offenders = [f"{path.relative_to(ROOT)}:{n}" for path in (ROOT / "ui").rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"""\bf['"]""", line) and hidden.search(line)]
    assert not offenders, offenders
