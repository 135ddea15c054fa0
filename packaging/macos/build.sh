#!/usr/bin/env bash
# macOS: freeze "Partner Portfolio.app" (the spec's BUNDLE settings), self-test it, wrap it
# in a DMG with an Applications link. Runs on a macOS runner (see .github/workflows/package.yml):
#   packaging/macos/build.sh [PYTHON]     -> dist/PartnerPortfolio-<version>-macos-<arch>.dmg
# Signing and notarisation need the team's Developer ID: set CODESIGN_IDENTITY (and run
# `xcrun notarytool submit --wait` on the DMG); without it the bundle is signed ad hoc.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${1:-.venv-package/bin/python}
VERSION=$("$PY" -c 'import portfolio_app; print(portfolio_app.__version__)')
APP="build/frozen/Partner Portfolio.app"
SECONDS=0

"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath build/frozen \
    --workpath build/pyinstaller packaging/portfolio_app.spec
"$PY" packaging/collect_licenses.py "$APP/Contents/Resources/LICENSES"
# The licences were added after PyInstaller signed the bundle: seal it again.
if [ -n "${CODESIGN_IDENTITY:-}" ]; then  # notarisation needs the hardened runtime
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
else
    codesign --force --deep --sign - "$APP"
fi
"$APP/Contents/MacOS/portfolio-app" --self-test

mkdir -p dist build/dmg
rm -rf build/dmg/* && cp -R "$APP" build/dmg/ && ln -s /Applications build/dmg/Applications
DMG="dist/PartnerPortfolio-$VERSION-macos-$(uname -m).dmg"
hdiutil create -volname "Partner Portfolio $VERSION" -srcfolder build/dmg -ov -format UDZO "$DMG"
echo "built $DMG ($(du -h "$DMG" | cut -f1)) in ${SECONDS} s"
