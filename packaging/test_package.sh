#!/usr/bin/env bash
# Build the Linux bundle and .deb, install the .deb into a scratch root, run the installed
# app's smoke test offline, and check the package's metadata. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
bash packaging/build.sh
DEB=$(ls dist/desktop-app_"$VERSION"_*.deb)
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
dpkg-deb -x "$DEB" "$ROOT"

fail() { echo "PACKAGE CHECK FAILED: $*" >&2; exit 1; }
[ "$(dpkg-deb -f "$DEB" Package)" = desktop-app ] || fail "package name"
[ "$(dpkg-deb -f "$DEB" Version)" = "$VERSION" ] || fail "version is not $VERSION from pyproject.toml"
# The desktop libraries come from the system: the .deb must depend on their packages,
# and on a C library at least as new as the bundle's binaries need.
for package in libfontconfig1 libstdc++6 libglib2.0-0 libegl1 libx11-6; do
    dpkg-deb -f "$DEB" Depends | tr ',' '\n' | grep -qx " *$package" || fail "Depends lacks $package"
done
dpkg-deb -f "$DEB" Depends | grep -Eq 'libc6 \(>= 2\.[0-9]+\)' || fail "Depends lacks a versioned libc6"
# Qt's xcb helpers that many desktops lack travel inside the bundle (the .tar.gz has no Depends).
for library in libxcb-cursor.so.0 libxcb-icccm.so.4 libxkbcommon-x11.so.0; do
    [ -n "$(find "$ROOT/opt/desktop-app" -name "$library")" ] || fail "bundle lacks $library"
done
[ "$(readlink "$ROOT/usr/bin/desktop-app")" = /opt/desktop-app/desktop-app ] || fail "desktop-app command"
ENTRY=$ROOT/usr/share/applications/desktop-app.desktop
for key in "Type=Application" "Exec=desktop-app" "Icon=desktop-app" "Name=Report Presenter"; do
    grep -q "^$key" "$ENTRY" || fail "desktop entry lacks $key"
done
[ -f "$ROOT/usr/share/icons/hicolor/scalable/apps/desktop-app.svg" ] || fail "icon"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$ENTRY" || fail "desktop entry invalid"; fi

# The installed copy, with no network at all where the sandbox allows it.
RUN=("$ROOT/opt/desktop-app/desktop-app" --smoke-test)
if unshare -n true 2>/dev/null; then RUN=(unshare -n "${RUN[@]}"); fi
HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen "${RUN[@]}" || fail "smoke test of the installed copy"
"$ROOT/opt/desktop-app/desktop-app" --version | grep -q "$VERSION" || fail "--version"
echo "package checks passed: $DEB"
