#!/usr/bin/env bash
# Windows (Git Bash on a Windows runner, see .github/workflows/package.yml): freeze the
# onedir folder, self-test it, then build the NSIS installer
#   packaging/windows/build.sh [PYTHON]   -> dist/PartnerPortfolio-<version>-setup.exe
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${1:-.venv-package/Scripts/python.exe}
VERSION=$("$PY" -c 'import portfolio_app; print(portfolio_app.__version__)')
FROZEN=build/frozen/portfolio-app
SECONDS=0

"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath build/frozen \
    --workpath build/pyinstaller packaging/portfolio_app.spec
"$PY" packaging/collect_licenses.py "$FROZEN/LICENSES"
# A GUI executable: the exit code is the verdict (its one line may not reach a pipe).
"$FROZEN/portfolio-app.exe" --self-test

mkdir -p dist
MAKENSIS=$(command -v makensis || echo "/c/Program Files (x86)/NSIS/makensis.exe")
"$MAKENSIS" -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DSOURCE="$(cygpath -w "$PWD/$FROZEN")" \
    -DOUTFILE="$(cygpath -w "$PWD/dist/PartnerPortfolio-$VERSION-setup.exe")" \
    packaging/windows/installer.nsi
echo "built dist/PartnerPortfolio-$VERSION-setup.exe in ${SECONDS} s"
