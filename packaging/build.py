"""Build the desktop bundle for this platform (`make package`), copy the desktop entry, icon and licences
beside it, and print its size on disk and compressed.

    python packaging/build.py [--if-stale]     (not a package: `packaging` is also a PyPI library pip uses)

--if-stale rebuilds only when a source file (app/, ui/, db/, resources/, packaging/, pyproject.toml) is
newer than the last build (tests/packaging reuses a fresh bundle).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "build" / "dist"
BUNDLE = DIST / "fieldplan"
STAMP = DIST / "fieldplan.built"
SOURCES = ("app", "ui", "db", "resources", "packaging", "pyproject.toml")


def executable(bundle: Path = BUNDLE) -> Path:
    return bundle / ("fieldplan.exe" if sys.platform == "win32" else "fieldplan")


def newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        newest = max([newest, *(p.stat().st_mtime for p in files)])
    return newest


def stale() -> bool:
    return not (STAMP.exists() and executable().exists()) or STAMP.stat().st_mtime < newest_source()


def build() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(DIST),
                    "--workpath", str(ROOT / "build" / "work"), str(ROOT / "packaging" / "fieldplan.spec")],
                   check=True, cwd=ROOT)
    if sys.platform.startswith("linux"):
        from icu_trim import trim_library  # packaging/ is this script's folder: sys.path[0]

        for library in (BUNDLE / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"):
            print(f"packaging: {trim_library(library)}")
        shutil.copy(ROOT / "packaging" / "fieldplan.desktop", BUNDLE / "fieldplan.desktop")
        shutil.copy(ROOT / "packaging" / "icons" / "fieldplan.png", BUNDLE / "fieldplan.png")
    STAMP.write_text(time.strftime("%Y-%m-%dT%H:%M:%S"))
    return time.perf_counter() - started


def size_on_disk(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def compressed_size(folder: Path) -> int:
    archive = folder.parent / f"{folder.name}-{sys.platform}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    return archive.stat().st_size


def main(argv: list[str]) -> int:
    if "--if-stale" in argv and not stale():
        print(f"packaging: {BUNDLE} is up to date")
        return 0
    seconds = build()
    mib = 1024 * 1024
    print(f"packaging: built {BUNDLE} in {seconds:.0f} s; {size_on_disk(BUNDLE) / mib:.1f} MiB on disk, "
          f"{compressed_size(BUNDLE) / mib:.1f} MiB as .tar.gz")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main(sys.argv[1:]))
