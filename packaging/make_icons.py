"""Render the app icon (``src/portfolio_app/icons/app.svg``) in every size the installers use.

``python packaging/make_icons.py`` (with PySide6; offscreen) writes into ``packaging/icons``:
``portfolio-app-<N>.png`` for the Linux icon theme, ``portfolio-app.ico`` (Windows, PNG
entries) and ``portfolio-app.icns`` (macOS). The outputs are committed; rerun after the SVG
changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "portfolio_app" / "icons" / "app.svg"
OUT = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as PNG bytes, ``size`` pixels square, transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows icon with PNG-compressed entries (Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + directory + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS icon family with PNG entries."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in images.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write every file; exit 1 if the SVG does not load."""
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    pngs = {size: render(renderer, size) for size in PNG_SIZES}
    for size, png in pngs.items():
        (OUT / f"portfolio-app-{size}.png").write_bytes(png)
    (OUT / "portfolio-app.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (OUT / "portfolio-app.icns").write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    print(f"make_icons: {len(pngs)} PNG sizes, .ico and .icns in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
