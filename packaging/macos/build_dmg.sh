#!/usr/bin/env bash
# macOS: packaging/build.sh makes "dist/Report Presenter.app" (signed there by PyInstaller
# when MACOS_SIGNING_IDENTITY is set); this checks its signature, packs it into a .dmg,
# signs the .dmg, and notarises and staples it when notary credentials are given.
#
# Environment (packaging/SIGNING.md):
#   MACOS_SIGNING_IDENTITY   "Developer ID Application: … (TEAMID)"; unset: unsigned .dmg
#   MACOS_KEYCHAIN           the keychain holding it (default: the user's search list)
#   notarisation, either an App Store Connect API key (the release workflow):
#   MACOS_NOTARY_KEY (path to the .p8), MACOS_NOTARY_KEY_ID, MACOS_NOTARY_ISSUER
#   or a stored notarytool profile (a developer's Mac): MACOS_NOTARY_PROFILE
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(python3 packaging/release_version.py)
APP="dist/Report Presenter.app"
DMG="dist/ReportPresenter-$VERSION.dmg"
fail() { echo "build_dmg: $*" >&2; exit 1; }
[ -d "$APP" ] || fail "no $APP: run packaging/build.sh first"

NOTARY=()
if [ -n "${MACOS_NOTARY_KEY:-}" ]; then
    NOTARY=(--key "$MACOS_NOTARY_KEY" --key-id "${MACOS_NOTARY_KEY_ID:?}" --issuer "${MACOS_NOTARY_ISSUER:?}")
elif [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    NOTARY=(--keychain-profile "$MACOS_NOTARY_PROFILE")
    [ -n "${MACOS_KEYCHAIN:-}" ] && NOTARY+=(--keychain "$MACOS_KEYCHAIN")
fi
# Apple notarises only Developer ID-signed code: say so now, not after an upload.
if [ "${#NOTARY[@]}" -gt 0 ] && [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
    fail "notary credentials are set but MACOS_SIGNING_IDENTITY is not: an unsigned app cannot be notarised"
fi

KEYCHAIN_ARGS=()
[ -n "${MACOS_KEYCHAIN:-}" ] && KEYCHAIN_ARGS=(--keychain "$MACOS_KEYCHAIN")

if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
    # Everything PyInstaller signed, checked as Gatekeeper will: the whole bundle with
    # its nested code, strictly, and every Mach-O file signed by the Developer ID (not
    # ad hoc) with the hardened runtime and a secure timestamp, which notarisation needs.
    codesign --verify --deep --strict --verbose=2 "$APP"
    unsigned=0
    while IFS= read -r -d '' file; do
        file -b "$file" | grep -q '^Mach-O' || continue
        details=$(codesign --display --verbose=4 "$file" 2>&1) || { echo "not signed: $file" >&2; unsigned=1; continue; }
        grep -q '^Authority=Developer ID Application' <<<"$details" || { echo "not Developer ID signed: $file" >&2; unsigned=1; }
        grep -q 'flags=.*runtime' <<<"$details" || { echo "no hardened runtime: $file" >&2; unsigned=1; }
        grep -q '^Timestamp=' <<<"$details" || { echo "no secure timestamp: $file" >&2; unsigned=1; }
    done < <(find "$APP" -type f -print0)
    [ "$unsigned" = 0 ] || fail "some code in $APP would make notarisation fail (above)"
fi

# hdiutil fails now and then with "Resource busy" on CI runners (a disk-arbitration or
# XProtect scan race): try a few times, with a pause, before giving up.
hdiutil_retry() {
    local attempt
    for attempt in 1 2 3 4 5; do
        if hdiutil "$@"; then return 0; fi
        echo "hdiutil $1 failed (attempt $attempt of 5); retrying in $((attempt * 10)) s" >&2
        sleep $((attempt * 10))
    done
    return 1
}
# The image shows the app beside a link to /Applications, to drag it across. ditto keeps
# the signatures, symlinks and extended attributes that cp may not.
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/Report Presenter.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil_retry create -volname "Report Presenter" -srcfolder "$STAGE" -ov -format UDZO "$DMG" \
    || fail "hdiutil create failed five times"

if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
    codesign --sign "$MACOS_SIGNING_IDENTITY" --timestamp ${KEYCHAIN_ARGS[@]+"${KEYCHAIN_ARGS[@]}"} "$DMG"
    codesign --verify --strict --verbose=2 "$DMG"
fi

if [ "${#NOTARY[@]}" -gt 0 ]; then
    # `notarytool submit --wait` exits 0 for an "Invalid" result too: read the status,
    # and print Apple's log (which names each offending file) when it is not accepted.
    RESULT=dist/notarisation.json
    xcrun notarytool submit "$DMG" "${NOTARY[@]}" --wait --timeout 45m --output-format json \
        > "$RESULT" || { cat "$RESULT" >&2; fail "notarytool submit failed"; }
    read -r ID STATUS < <(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print(r.get("id", "?"), r.get("status", "?"))' "$RESULT")
    echo "notarisation $ID: $STATUS"
    if [ "$STATUS" != Accepted ]; then
        xcrun notarytool log "$ID" "${NOTARY[@]}" >&2 || true
        fail "notarisation $STATUS (Apple's log above)"
    fi
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    # What a consultant's Mac will decide for the downloaded image.
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
fi
echo "$DMG"
