#!/usr/bin/env bash
# Package dist/desktop-app (the PyInstaller bundle) as a .deb and a .tar.gz.
# The .deb installs the bundle under /opt/desktop-app, a desktop-app command, a menu
# entry with the icon, and depends on the packages of the system libraries the bundle
# takes from the desktop (read off this machine by debian_depends.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$1
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
STAGE=build/deb/desktop-app_${VERSION}_${ARCH}
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a dist/desktop-app "$STAGE/opt/desktop-app"
ln -s /opt/desktop-app/desktop-app "$STAGE/usr/bin/desktop-app"
install -m 644 packaging/linux/desktop-app.desktop "$STAGE/usr/share/applications/desktop-app.desktop"
install -m 644 resources/icons/app.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/desktop-app.svg"
SIZE_KB=$(du -sk "$STAGE/opt" | cut -f1)
DEPENDS=$(python3 packaging/linux/debian_depends.py "$STAGE/opt/desktop-app")
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: desktop-app
Version: $VERSION
Section: office
Priority: optional
Architecture: $ARCH
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Maintainer: InSpark consultancy tools <tools@inspark.invalid>
Description: Survey report presenter with live charts and an AI readiness check
 Presents the survey report "AI op de werkvloer" beside live, interactive charts,
 runs an offline readiness check that places a client among the surveyed
 organisations, and presents full screen with a presenter view. Works offline.
CONTROL
dpkg-deb --build --root-owner-group "$STAGE" "dist/desktop-app_${VERSION}_${ARCH}.deb" >/dev/null
tar -C dist -czf "dist/desktop-app-${VERSION}-linux-$(uname -m).tar.gz" desktop-app
echo "dist/desktop-app_${VERSION}_${ARCH}.deb"
echo "dist/desktop-app-${VERSION}-linux-$(uname -m).tar.gz"
