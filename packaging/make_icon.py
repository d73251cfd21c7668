"""Draws the application icon (a plan sheet with a tick) into packaging/icons: PNG sizes for Linux and the
macOS iconset, and the Windows .ico. Run once when the design changes: `python packaging/make_icon.py`."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

OUT = Path(__file__).parent / "icons"
sys.path.insert(0, str(Path(__file__).parent.parent))  # ui/ from the source tree


def draw(size: int) -> QImage:
    """The same shapes as the window's icon (ui/app_icon.py)."""
    from ui.app_icon import icon_image

    return icon_image(size)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    OUT.mkdir(exist_ok=True)
    draw(256).save(str(OUT / "fieldplan.png"))
    draw(256).save(str(OUT / "fieldplan.ico"))
    for size in (16, 32, 128, 256, 512):  # macOS: `iconutil -c icns fieldplan.iconset` (packaging/macos.md)
        (OUT / "fieldplan.iconset").mkdir(exist_ok=True)
        draw(size).save(str(OUT / "fieldplan.iconset" / f"icon_{size}x{size}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
