"""Copy the licence texts of every bundled component into a ``LICENSES`` folder.

Run with the packaging venv's Python (the one PyInstaller froze from):
``python packaging/collect_licenses.py DEST``. The texts are copied from the installed
``*.dist-info`` folders and from Python itself, never retyped; ``THIRD-PARTY.md`` lists
each component with its version, licence and files.
"""

from __future__ import annotations

import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from portfolio_app.ui.about_dialog import COMPONENTS  # noqa: E402

UNDER_LGPL = ("PySide6-Essentials", "shiboken6")
"""Their wheels carry no licence file: the LGPL/GPL texts of the repository's LICENSES apply."""
EXTRA = ("pyinstaller",)  # its bootloader runs the frozen app (GPL-2.0 with an exception)
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]es?/|(licen[cs]e|copying|notice|authors)[^/]*$)", re.I)


def licence_files(distribution: metadata.Distribution) -> list[Path]:
    """The licence files a distribution installed (in its dist-info folder)."""
    found = []
    for file in distribution.files or []:
        posix = file.as_posix()
        if ".dist-info/" in posix and LICENCE_FILE.search(posix.split(".dist-info/", 1)[1]):
            found.append(Path(str(distribution.locate_file(file))))
    return sorted(found)


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The SPDX expression, or the short licence field, or the classifiers."""
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    short = str(meta.get("License") or "").strip()
    if short and "\n" not in short and len(short) <= 80:
        return short
    classifiers = [
        str(c).rsplit(" :: ", 1)[-1]
        for c in meta.get_all("Classifier") or []
        if str(c).startswith("License ::")
    ]
    return ", ".join(classifiers) or "see the files"


def main(destination: Path) -> int:
    """Fill ``destination``; exit 1 if a component has no licence text."""
    destination.mkdir(parents=True, exist_ok=True)
    for text in (ROOT / "LICENSES").iterdir():
        shutil.copy2(text, destination / text.name)
    rows = ["# Third-party components of this bundle", ""]
    missing = []
    for name in (*COMPONENTS, *EXTRA):
        distribution = metadata.distribution(name)
        folder = destination / distribution.metadata["Name"]
        files = licence_files(distribution)
        for file in files:
            folder.mkdir(exist_ok=True)
            shutil.copy2(file, folder / file.name)
        listed = ", ".join(f"`{folder.name}/{file.name}`" for file in files)
        if not files and name in UNDER_LGPL:
            listed = "`LGPL-3.0.txt`, `GPL-3.0.txt`"
        elif not files:
            missing.append(name)
        rows.append(
            f"- **{distribution.metadata['Name']}** {distribution.version}: "
            f"{licence_of(distribution.metadata)} — {listed}"
        )
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    python_licence = Path(sys.base_prefix) / "lib" / f"python{version}" / "LICENSE.txt"
    if not python_licence.is_file():  # Windows and macOS framework layouts
        python_licence = next(Path(sys.base_prefix).glob("**/LICENSE.txt"), python_licence)
    if python_licence.is_file():
        (destination / "Python").mkdir(exist_ok=True)
        shutil.copy2(python_licence, destination / "Python" / "LICENSE.txt")
        rows.append(f"- **Python** {sys.version.split()[0]}: PSF-2.0 — `Python/LICENSE.txt`")
    else:
        missing.append("Python")
    rows += [
        "",
        "Qt and PySide6/shiboken6 are used under the GNU LGPL 3.0 (`LGPL-3.0.txt`, which builds",
        "on `GPL-3.0.txt`); their libraries are the separate, replaceable files in this folder.",
        "The system libraries bundled from the build machine keep their own licences",
        "(see /usr/share/doc/<package>/copyright on Debian).",
    ]
    (destination / "THIRD-PARTY.md").write_text("\n".join(rows) + "\n", encoding="utf-8")
    if missing:
        print(f"collect_licenses: no licence text for {', '.join(missing)}", file=sys.stderr)
        return 1
    print(f"collect_licenses: {len(COMPONENTS) + len(EXTRA) + 1} components -> {destination}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
