#!/usr/bin/env bash
# Windows installer: compiles packaging/windows/installer.iss around the bundle in
# dist/desktop-app (packaging/build.sh makes it) into dist/ReportPresenter-<v>-setup.exe.
# Runs in Git Bash on Windows, and under Wine on Linux (packaging/verify_release.sh).
#
# Environment:
#   ISCC              the Inno Setup compiler command (default: iscc.exe on PATH, else
#                     Inno Setup 6's own folder); may be several words ("wine /x/ISCC.exe")
#   BUNDLE_DIR        the bundle to pack (a Windows path; default dist\desktop-app)
#   OUTPUT_DIR        where the setup goes (a Windows path; default dist)
#   SIGNTOOL_COMMAND  a sign command ending in $f, e.g. "signtool.exe" sign /sha1 … $f;
#                     when set, Inno signs the setup and its uninstaller with it
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" packaging/release_version.py | tr -d '\r')   # Windows' Python ends lines with CR LF
VERSION_INFO=$("$PYTHON" packaging/release_version.py --windows | tr -d '\r')
# Git Bash rewrites arguments that look like POSIX paths (/DAppVersion=… included).
export MSYS2_ARG_CONV_EXCL='*'

if [ -z "${ISCC:-}" ]; then
    if command -v iscc.exe >/dev/null; then
        ISCC=iscc.exe
    elif [ -x "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" ]; then
        ISCC="/c/Program Files (x86)/Inno Setup 6/ISCC.exe"
    else
        echo "build_installer: no Inno Setup compiler (install Inno Setup 6.4+, or set ISCC)" >&2
        exit 1
    fi
    ISCC_COMMAND=("$ISCC")
else
    read -r -a ISCC_COMMAND <<<"$ISCC"
fi

ARGS=(/Qp "/DAppVersion=$VERSION" "/DVersionInfo=$VERSION_INFO")
[ -n "${BUNDLE_DIR:-}" ] && ARGS+=("/DBundleDir=$BUNDLE_DIR")
[ -n "${OUTPUT_DIR:-}" ] && ARGS+=("/O$OUTPUT_DIR")
if [ -n "${SIGNTOOL_COMMAND:-}" ]; then
    ARGS+=(/DSign "/Ssigntool=$SIGNTOOL_COMMAND")
fi
echo "Inno Setup: $VERSION (version resource $VERSION_INFO)"
"${ISCC_COMMAND[@]}" "${ARGS[@]}" packaging/windows/installer.iss
