"""Trim the ICU data Qt carries (libicudata.so.73, 30.6 MiB, the bundle's biggest file) to what the
window can use: ~4 MiB (issue 13: the bundle ≤ 150 MB on disk).

Qt uses ICU for collation (QCollator), time-zone names, IDNA (QUrl) and non-UTF codecs; its own tables
do locales, case and text boundaries. The UI speaks English, Spanish and French, so the data keeps
`root` and those locales of every tree, and every non-locale item (likely subtags, plurals, zones,
normalisation, properties), and drops the other ~700 locales, the break-iteration dictionaries and
rules (Qt does not use ICU's break iterators), the transliterators, the legacy codecs (.cnv: the app
reads and writes UTF-8 only), character names and confusables. A dropped locale falls back to root,
as ICU does for any locale it lacks.

The data is ICU's "common data" package (CmnD, as `icupkg` reads it): a header, a table of contents
sorted by name, items aligned to 16 bytes. The trimmed package is linked back into a
libicudata.so.73 exporting the same `icudt73_dat` symbol (needs a C compiler; without one the bundle
keeps the full data and the build says so).

    python packaging/icu_trim.py LIBICUDATA      (in place; build.py calls `trim_library`)
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = ("root", "en", "es", "fr")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
_DROP_NAMES = ("unames.icu", "confusables.cfu")


def unused(item: str) -> bool:
    """`item` is a name inside the package without its prefix, e.g. "coll/zh.res"."""
    tree, _, base = item.rpartition("/")
    if tree in ("brkitr", "translit") or base.endswith((".cnv", ".dict")) or base in _DROP_NAMES:
        return True
    if _LOCALE.match(base) and base != "res_index.res":  # each tree's index of its locales: not a locale
        return base.split(".")[0].split("_")[0] not in KEEP_LOCALES
    return False


def read_package(blob: bytes) -> tuple[bytes, str, list[tuple[str, bytes]]]:
    """(header bytes, name prefix such as "icudt73l/", [(item name, item bytes)]) of a CmnD package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    toc = blob[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    prefix = items[0][0].split("/", 1)[0] + "/"
    return blob[:header_size], prefix, [(name[len(prefix):], data) for name, data in items]


def write_package(header: bytes, prefix: str, items: list[tuple[str, bytes]]) -> bytes:
    items = sorted(items)  # ICU finds items by binary search on the name
    names = b"".join((prefix + name).encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = _align(toc_size + len(names))
    entries, data, offset, name_offset = [], bytearray(), data_start, toc_size
    for name, item in items:
        entries.append(struct.pack("<II", name_offset, offset))
        name_offset += len(prefix) + len(name) + 1
        padded = item + b"\0" * (_align(len(item)) - len(item))
        data += padded
        offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + b"\0" * (data_start - len(toc)) + bytes(data)


def _align(n: int) -> int:
    return (n + 15) & ~15


def trim(blob: bytes) -> tuple[bytes, list[str]]:
    """(the trimmed package, the names dropped)."""
    header, prefix, items = read_package(blob)
    dropped = [name for name, _ in items if unused(name)]
    return write_package(header, prefix, [(n, d) for n, d in items if not unused(n)]), dropped


def extract(library: Path) -> tuple[str, bytes]:
    """(symbol name, package bytes) of the one data symbol a libicudata exports (read with `readelf`)."""
    symbols = subprocess.run(["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+_dat)\b", symbols)
    if not match:
        raise ValueError(f"{library}: no icudt*_dat symbol")
    address, size, name = int(match[1], 16), int(match[2], 0), match[3]
    sections = subprocess.run(["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=True).stdout
    for line in sections.splitlines():
        fields = line.split("]", 1)[-1].split()
        if len(fields) >= 5 and fields[0] == ".rodata":
            section_address, section_offset = int(fields[2], 16), int(fields[3], 16)
            start = section_offset + address - section_address
            return name, library.read_bytes()[start:start + size]
    raise ValueError(f"{library}: no .rodata section")


def link(symbol: str, package: bytes, soname: str, out: Path, compiler: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data, source = Path(tmp) / "icudata.dat", Path(tmp) / "icudata.S"
        data.write_bytes(package)
        source.write_text(f"""\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16
{symbol}:\n\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n""")
        subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), str(source)], check=True)


def trim_library(library: Path) -> str:
    """Replace `library` by its trimmed twin; one line saying what happened."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not compiler or not shutil.which("readelf"):
        return f"icu: no C compiler or readelf: {library.name} keeps ICU's full data"
    before = library.stat().st_size
    symbol, package = extract(library)
    trimmed, dropped = trim(package)
    out = library.with_name(library.name + ".trimmed")
    link(symbol, trimmed, library.name, out, compiler)
    out.replace(library)
    return (f"icu: {library.name} {before / 2**20:.1f} → {library.stat().st_size / 2**20:.1f} MiB "
            f"({len(dropped)} unused items dropped; kept {', '.join(KEEP_LOCALES)})")


if __name__ == "__main__":
    print(trim_library(Path(sys.argv[1])))
