#!/usr/bin/env bash
# macOS: packaging/build.sh makes "dist/Report Presenter.app"; this packs it into a .dmg.
# Signing and notarisation plug in through environment variables (packaging/SIGNING.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
APP="dist/Report Presenter.app"
[ -d "$APP" ] || { echo "No $APP: run packaging/build.sh first" >&2; exit 1; }
if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$APP"
fi
DMG="dist/ReportPresenter-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "Report Presenter" -srcfolder "$APP" -ov -format UDZO "$DMG"
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
echo "$DMG"
