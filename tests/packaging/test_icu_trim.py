"""packaging/icu_trim.py: the ICU data the bundle ships is cut to root + English/Spanish/French, and Qt's
collation, time-zone names and IDNA still give the same answers through the trimmed library. Runs on the
venv's own PySide6 libicudata (not the bundle), so it is part of `make test`."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import icu_trim  # noqa: E402 - packaging/ is a folder of scripts, not a package

PROBE = """
from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone, QUrl
words = ["Zorro", "ñu", "nube", "Ángel", "abeja", "oso", "Öl", "llave", "luz", "ça", "cote", "côte"]
for name in ("es_ES", "en_US", "fr_FR", "de_DE"):
    print(name, sorted(words, key=QCollator(QLocale(name)).sortKey))
zone = QTimeZone(b"America/Chicago")
print(zone.isValid(), zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("es_ES")))
print(QUrl.fromUserInput("http://münchen.de").toEncoded())
"""


def _library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found or not sys.platform.startswith("linux"):
        pytest.fail("the Linux PySide6 wheel carries libicudata.so.*")
    return found[0]


def test_the_package_round_trips_and_keeps_only_what_qt_can_use():
    _, package = icu_trim.extract(_library())
    header, prefix, items = icu_trim.read_package(package)
    assert prefix.startswith("icudt") and len(items) > 3000
    # rewriting every item reproduces a readable package with the same items, in name order
    again = icu_trim.read_package(icu_trim.write_package(header, prefix, items))[2]
    assert [name for name, _ in again] == sorted(name for name, _ in items)
    assert {name: data.rstrip(b"\0") for name, data in again} == {name: data.rstrip(b"\0") for name, data in items}

    trimmed, dropped = icu_trim.trim(package)
    kept = {name for name, _ in icu_trim.read_package(trimmed)[2]}
    assert {"coll/root.res", "coll/es.res", "coll/ucadata.icu", "zoneinfo64.res", "likelySubtags.res", "uts46.nrm",
            "pool.res", "curr/pool.res", "res_index.res", "en_US.res", "fr.res"} <= kept
    assert {"coll/zh.res", "coll/de__PHONEBOOK.res", "brkitr/cjdict.dict", "translit/root.res", "unames.icu"} <= set(dropped)
    assert not kept & set(dropped)
    assert len(trimmed) < len(package) / 5


def test_qt_answers_the_same_through_the_trimmed_library(tmp_path):
    library = _library()
    trimmed = tmp_path / library.name
    shutil.copy(library, trimmed)
    assert "unused items dropped" in icu_trim.trim_library(trimmed)
    assert trimmed.stat().st_size < library.stat().st_size / 5

    def probe(library_dir: Path | None) -> str:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if library_dir is not None:  # searched before the Qt libraries' $ORIGIN runpath
            env["LD_LIBRARY_PATH"] = str(library_dir)
        return subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True).stdout

    full, cut = probe(None), probe(tmp_path)
    assert "es_ES ['abeja', 'Ángel', 'ça', 'cote', 'côte', 'llave', 'luz', 'nube', 'ñu', 'Öl'" in full
    assert "True hora estándar central" in full and "xn--mnchen-3ya.de" in full
    assert cut == full
