#!/usr/bin/env bash
# Prove installer.nsi compiles (`make package-windows-check`): makensis on a dummy onedir
# folder (the real one is built by PyInstaller on a Windows runner, see package.yml).
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v makensis >/dev/null || { echo "makensis missing: apt-get install nsis"; exit 1; }
DUMMY=$(mktemp -d /tmp/portfolio-nsis.XXXXXX)
trap 'rm -rf "$DUMMY"' EXIT
mkdir -p "$DUMMY/app/LICENSES" "$DUMMY/app/_internal"
printf 'MZ dummy\n' > "$DUMMY/app/portfolio-app.exe"
printf 'dummy payload\n' > "$DUMMY/app/_internal/python311.dll"
cp LICENSES/*.txt "$DUMMY/app/LICENSES/"
printf '# Third-party components (dummy)\n' > "$DUMMY/app/LICENSES/THIRD-PARTY.md"
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/portfolio_app/__init__.py)
makensis -V2 -WX -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DSOURCE="$DUMMY/app" \
    -DOUTFILE="$DUMMY/PartnerPortfolio-$VERSION-dummy.exe" packaging/windows/installer.nsi
file "$DUMMY/PartnerPortfolio-$VERSION-dummy.exe"
echo "installer.nsi compiles: $(du -h "$DUMMY/PartnerPortfolio-$VERSION-dummy.exe" | cut -f1) dummy installer"
