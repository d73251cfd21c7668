"""Help ▸ About: the version, the profile folder, and the licences of what ships in the bundle."""
from __future__ import annotations

from pathlib import Path


def about_text(widget, data_dir: Path) -> str:
    from PySide6 import __version__ as pyside_version

    from app import __version__

    tr = widget.tr
    return tr("<b>Fieldplan {version}</b><br>Career plans (IEP/ISS) for workforce career planners, offline first.<br><br>"
              "Profile folder: {folder}<br><br>"
              "Fieldplan is MIT-licensed. It uses Qt for Python (PySide6 {pyside}) under the GNU LGPL v3 "
              "(Help ▸ About Qt), SQLCipher (BSD), SQLAlchemy and Alembic (MIT), openpyxl (MIT), fpdf2 (LGPL v3) "
              "and the DejaVu fonts (Bitstream Vera licence). The licence texts are in the licenses folder "
              "of the installation.").format(version=__version__, folder=data_dir, pyside=pyside_version)
