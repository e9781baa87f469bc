#!/usr/bin/env bash
# Runs a Windows program under Wine inside a small Debian 12 chroot, made with debootstrap
# on first use and kept for later runs: the Inno Setup compiler (a 32-bit program) and the
# installer it makes (which installs in 64-bit mode only).
#
# Why a chroot: Debian's wine64 alone cannot run 32-bit programs; wine32 needs the i386
# architecture, with every shared library at the same version for amd64 and i386. On the
# host that breaks whenever the mirror's i386 security index lags the amd64 one (it did
# while this was written), and it would change a machine that other work shares. Inside
# a chroot of Debian's main suite alone both architectures always match.
#
# Usage: wine_chroot.sh PROGRAM ARGS...   (from the repository root, which the program
#        sees as Z:\work; PROGRAM is a path relative to it)
# Environment: RELEASE_CHECKS_CHROOT, where the chroot lives (default
#        /var/cache/report-presenter/wine-chroot: outside the clone, so CI's fresh clones
#        share it; about 1.5 GB, a few minutes to make). Needs root (debootstrap, chroot,
#        mount namespaces).
set -euo pipefail
ROOT=${RELEASE_CHECKS_CHROOT:-/var/cache/report-presenter/wine-chroot}
PROGRAM=$1
shift

# Run a command inside the chroot, in a mount namespace of its own: /proc, /dev and the
# repository are mounted for this command only and vanish with it.
in_chroot() {
    # shellcheck disable=SC2016 # the inner bash expands them
    unshare --mount --fork -- "$BASH" -c '
        set -euo pipefail
        root=$1 repository=$2
        shift 2
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --bind "$repository" "$root/work"
        exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
            DEBIAN_FRONTEND=noninteractive WINEPREFIX=/root/wine-prefix WINEDEBUG=-all \
            WINEDLLOVERRIDES="mscoree,mshtml=" "$@"
    ' in-chroot "$ROOT" "$PWD" "$@"
}

# Wine for 32- and 64-bit programs, and a virtual screen: the installer's wizard window
# exists even in a silent install, and Wine cannot make one without an X server.
PACKAGES="wine wine64 wine32:i386 xvfb xauth"
if [ ! -f "$ROOT/.complete" ]; then
    rm -rf "$ROOT"
    mkdir -p "$ROOT"
    echo "making a Debian chroot with 32- and 64-bit Wine in $ROOT (once per machine)" >&2
    {
        debootstrap --variant=minbase bookworm "$ROOT"
        mkdir -p "$ROOT/work"
        cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
        in_chroot dpkg --add-architecture i386
        touch "$ROOT/.complete"
    } > "$ROOT.log" 2>&1 || { tail -30 "$ROOT.log" >&2; exit 1; }
fi
if [ "$(cat "$ROOT/.complete")" != "$PACKAGES" ]; then
    {
        in_chroot apt-get update -qq
        # shellcheck disable=SC2086 # one package per word
        in_chroot apt-get install -y -qq --no-install-recommends $PACKAGES
        in_chroot apt-get clean
    } >> "$ROOT.log" 2>&1 || { tail -30 "$ROOT.log" >&2; exit 1; }
    echo "$PACKAGES" > "$ROOT/.complete"
fi

# Wine's new prefixes say they are Windows 7; the installer requires Windows 10 (1809).
if [ ! -f "$ROOT/root/wine-prefix/.windows-10" ]; then
    in_chroot xvfb-run -a wine winecfg -v win10 > /dev/null 2>&1
    touch "$ROOT/root/wine-prefix/.windows-10"
fi

in_chroot /bin/sh -c 'cd /work && exec xvfb-run -a wine "$@"' wine "/work/$PROGRAM" "$@"
