#!/usr/bin/env bash
# Build the Linux artefacts from the packaging venv: the PyInstaller onedir folder, then
#   dist/partner-portfolio_<version>_amd64.deb        (dpkg-deb; payload in /opt)
#   dist/partner-portfolio-<version>-linux-x86_64.tar.gz  (the onedir folder, any distribution)
# Usage: packaging/linux/build.sh [PYTHON]   (default .venv-package/bin/python; `make package`)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${1:-.venv-package/bin/python}
APP=partner-portfolio
FROZEN=build/frozen/portfolio-app
VERSION=$("$PY" -c 'import portfolio_app; print(portfolio_app.__version__)')
SECONDS=0

echo "== PyInstaller (onedir) =="
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath build/frozen \
    --workpath build/pyinstaller packaging/portfolio_app.spec
"$PY" packaging/collect_licenses.py "$FROZEN/LICENSES"
frozen_done=$SECONDS

mkdir -p dist
echo "== tarball =="
TARBALL=dist/$APP-$VERSION-linux-x86_64.tar.gz
rm -rf build/tar && mkdir -p build/tar
cp -a "$FROZEN" "build/tar/$APP-$VERSION"
cp packaging/linux/partner-portfolio.desktop packaging/icons/portfolio-app-256.png \
    "build/tar/$APP-$VERSION/"
tar -C build/tar -czf "$TARBALL" "$APP-$VERSION"

echo "== .deb =="
ROOT=build/deb/root
rm -rf build/deb && mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" \
    "$ROOT/usr/share/applications" "$ROOT/usr/share/metainfo" "$ROOT/usr/share/doc/$APP" \
    "$ROOT/usr/share/icons/hicolor/scalable/apps"
cp -a "$FROZEN" "$ROOT/opt/$APP"
ln -s "../../opt/$APP/portfolio-app" "$ROOT/usr/bin/portfolio-app"  # relative: works in a scratch root
install -m 644 packaging/linux/partner-portfolio.desktop "$ROOT/usr/share/applications/"
for png in packaging/icons/portfolio-app-*.png; do
    size=${png##*-}; size=${size%.png}
    install -D -m 644 "$png" "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP.png"
done
install -m 644 src/portfolio_app/icons/app.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/$APP.svg"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%F)/" \
    packaging/linux/de.partnerportfolio.PartnerPortfolio.metainfo.xml \
    > "$ROOT/usr/share/metainfo/de.partnerportfolio.PartnerPortfolio.metainfo.xml"
cat > "$ROOT/usr/share/doc/$APP/copyright" <<COPYRIGHT
Partner Portfolio $VERSION. The licences of every bundled component (Qt and PySide6 under
the GNU LGPL 3.0, Python, SQLAlchemy, Alembic, ...) are in /opt/$APP/LICENSES;
THIRD-PARTY.md there lists them.
COPYRIGHT
installed_kb=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    packaging/linux/control.in > "$ROOT/DEBIAN/control"
install -m 755 packaging/linux/postinst "$ROOT/DEBIAN/postinst"
install -m 755 packaging/linux/postinst "$ROOT/DEBIAN/postrm"
find "$ROOT" -type d -exec chmod 755 {} +
DEB=dist/${APP}_${VERSION}_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$DEB" >/dev/null

echo "== built: frozen in ${frozen_done} s, all in ${SECONDS} s =="
printf 'onedir unpacked: %s\n' "$(du -sh "$FROZEN" | cut -f1)"
ls -l --block-size=K "$DEB" "$TARBALL" | awk '{print $5, $9}'
