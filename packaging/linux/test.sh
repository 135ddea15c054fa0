#!/usr/bin/env bash
# Self-test the built Linux artefacts (`make package-test`, after `make package`):
#  1. the .deb unpacked into a scratch root (dpkg -x): /usr/bin/portfolio-app --self-test;
#  2. the .deb installed for real with apt-get (root only; PACKAGE_TEST_APT=0 skips it),
#     desktop entry and icon in place, /usr/bin/portfolio-app --self-test, then removed;
#  3. the tarball unpacked: --self-test, and a real start (offscreen, 4 s) with a scratch
#     HOME proving the data goes to the platform data dir, never beside the executable;
#  4. cold start: the frozen app against `python -m portfolio_app` (same machine, same run).
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=partner-portfolio
DEV_PY=${DEV_PY:-.venv-package/bin/python}  # the same wheel and dependencies, not frozen
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/portfolio_app/__init__.py)
DEB=dist/${APP}_${VERSION}_amd64.deb
TARBALL=dist/$APP-$VERSION-linux-x86_64.tar.gz
SCRATCH=$(mktemp -d /tmp/portfolio-package-test.XXXXXX)
trap 'rm -rf "$SCRATCH"' EXIT
# No display: the self-test and the timed start run offscreen.
export -n DISPLAY WAYLAND_DISPLAY 2>/dev/null || true
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
failed=0
check() {  # check NAME COMMAND...: run, print PASS/FAIL with the command's one-line report
    local name=$1; shift
    local out
    if out=$("$@" 2>&1); then
        echo "PASS $name: $(echo "$out" | grep -v propagateSizeHints | tail -1)"
    else
        echo "FAIL $name: $(echo "$out" | tail -3)"; failed=1
    fi
}

echo "== .deb: $(du -h "$DEB" | cut -f1), $(dpkg-deb -f "$DEB" Installed-Size) kB installed =="
dpkg-deb -x "$DEB" "$SCRATCH/root"
check "deb in a scratch root" "$SCRATCH/root/usr/bin/portfolio-app" --self-test
test -f "$SCRATCH/root/usr/share/applications/$APP.desktop" || { echo "FAIL no desktop entry"; failed=1; }
if command -v desktop-file-validate >/dev/null; then
    check "desktop entry valid" desktop-file-validate "$SCRATCH/root/usr/share/applications/$APP.desktop"
fi

if command -v appstreamcli >/dev/null; then
    check "metainfo valid" appstreamcli validate --no-net "$SCRATCH"/root/usr/share/metainfo/*.xml
fi

if [ "$(id -u)" = 0 ] && [ "${PACKAGE_TEST_APT:-1}" != 0 ] && command -v apt-get >/dev/null; then
    if dpkg-query -W -f='${Status}' "$APP" 2>/dev/null | grep -q "ok installed"; then
        was_installed=1
    else
        was_installed=0
    fi
    check "apt-get install ./$(basename "$DEB")" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq "./$DEB"
    check "installed /usr/bin/portfolio-app" /usr/bin/portfolio-app --self-test
    check "installed --version" /usr/bin/portfolio-app --version
    test -f "/usr/share/applications/$APP.desktop" && test -f "/usr/share/icons/hicolor/256x256/apps/$APP.png" \
        && echo "PASS desktop menu entry and icon installed" || { echo "FAIL desktop entry/icon"; failed=1; }
    if [ "$was_installed" = 0 ]; then
        check "apt-get purge" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$APP"
    fi
else
    echo "SKIP apt-get install (needs root; PACKAGE_TEST_APT=0 given or no apt)"
fi

echo "== tarball: $(du -h "$TARBALL" | cut -f1) =="
mkdir -p "$SCRATCH/tar" "$SCRATCH/home"
tar -C "$SCRATCH/tar" -xzf "$TARBALL"
FROZEN="$SCRATCH/tar/$APP-$VERSION/portfolio-app"
echo "unpacked: $(du -sh "$SCRATCH/tar/$APP-$VERSION" | cut -f1)"
check "tarball" "$FROZEN" --self-test
if command -v xvfb-run >/dev/null; then  # the real X11 platform plugin and its libraries
    check "tarball on X11 (Xvfb)" env QT_QPA_PLATFORM=xcb xvfb-run -a "$FROZEN" --self-test
fi
# A real start as a user would: the window opens (offscreen), the user's database is created.
before=$(cd "$SCRATCH/tar" && find . | sort | md5sum)
HOME="$SCRATCH/home" XDG_DATA_HOME="" XDG_CONFIG_HOME="" QT_QPA_PLATFORM=offscreen \
    timeout -k 2 4 "$FROZEN" >/dev/null 2>&1 || true
after=$(cd "$SCRATCH/tar" && find . | sort | md5sum)
if [ "$before" = "$after" ] && [ -f "$SCRATCH/home/.local/share/PartnerPortfolio/portfolio.sqlite3" ]; then
    echo "PASS data in ~/.local/share/PartnerPortfolio; nothing written beside the executable"
else
    echo "FAIL data location: $(cd "$SCRATCH/home" && find . -type f | head -5)"; failed=1
fi

echo "== cold start (median of 5; --version = imports only, --self-test = database + window) =="
median() {  # median COMMAND...: median wall time of 5 runs, in seconds
    local times=()
    for _ in 1 2 3 4 5; do
        local t0; t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        times+=($(( ($(date +%s%N) - t0) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 3p | awk '{printf "%.2f s", $1/1000}'
}
if [ -x "$DEV_PY" ]; then
    echo "frozen:    --version $(median "$FROZEN" --version), --self-test $(median "$FROZEN" --self-test)"
    echo "python -m: --version $(median "$DEV_PY" -m portfolio_app --version), --self-test $(median "$DEV_PY" -m portfolio_app --self-test)"
fi
[ "$failed" = 0 ] && echo "== package-test: all passed ==" || { echo "== package-test: FAILED =="; exit 1; }
