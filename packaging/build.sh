#!/usr/bin/env bash
# Build the standalone app into dist/: the PyInstaller bundle everywhere, and on Linux
# also the .deb and the .tar.gz. Uses its own clean venv from the platform's locked
# requirements (requirements/build*.txt),
# so the bundle holds exactly the locked packages and one Qt binding.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
# The version from pyproject.toml, refused here if a platform's metadata cannot carry it.
VERSION=$("$PYTHON" packaging/release_version.py | tr -d '\r')   # Windows' Python ends lines with CR LF
# How long one smoke run of the frozen app may take before it counts as hung (seconds).
SMOKE_TIMEOUT=${SMOKE_TIMEOUT:-600}

# Run a command, killing it after $1 seconds: a frozen app that hangs (a dialog nobody
# clicks) must fail the build, not hold a runner for hours. GNU timeout on Linux and in
# Git Bash; macOS has no timeout(1), but perl's alarm kills what it execs.
with_timeout() {
    local seconds=$1
    shift
    if command -v timeout >/dev/null; then
        timeout --kill-after=30 "$seconds" "$@"
    else
        perl -e 'alarm shift; exec @ARGV or die "cannot run $ARGV[0]: $!"' "$seconds" "$@"
    fi
}
VENV=build/venv
STAMP=$VENV/.installed
case "$(uname -s)" in
    Linux) LOCK=requirements/build.txt ;;
    Darwin) LOCK=requirements/build-macos.txt ;;
    *) LOCK=requirements/build-windows.txt ;;   # Git Bash on Windows
esac
PIP=(-m pip install --quiet --disable-pip-version-check)

if [ ! -f "$STAMP" ] || [ "$LOCK" -nt "$STAMP" ]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    BIN=$VENV/bin
    [ -x "$BIN/python" ] || BIN=$VENV/Scripts   # Windows
    "$BIN/python" "${PIP[@]}" --require-hashes -r "$LOCK"
    if [ "$(uname -s)" = Linux ]; then
        # NumPy's wheels carry OpenBLAS and its Fortran runtime (28 MB) for fast linear
        # algebra; the app's arrays hold a few dozen numbers. So on Linux the bundle takes
        # the same locked NumPy built from its source without BLAS and without per-CPU
        # kernel variants (numpy then uses its own lapack_lite): about 29 MB less, for
        # about four minutes of compiling once per build venv. --no-cache-dir: pip's wheel
        # cache does not tell builds with other settings apart.
        # (Build settings on the requirement line: pip applies command-line ones only to
        # command-line requirements, and the hashes must come from the lock file.)
        SETTINGS="--config-settings=setup-args=-Dblas=none --config-settings=setup-args=-Dlapack=none"
        SETTINGS="$SETTINGS --config-settings=setup-args=-Dallow-noblas=true"
        SETTINGS="$SETTINGS --config-settings=setup-args=-Dcpu-dispatch=none"
        sed -n '/^numpy==/,/^[^ ]/p' "$LOCK" | grep -E '^(numpy==| )' \
            | sed "1s/ \\\\\$/ $SETTINGS \\\\/" > build/numpy-source.txt
        PATH="$PWD/$BIN:$PATH" "$BIN/python" "${PIP[@]}" --require-hashes --no-deps --force-reinstall \
            --no-cache-dir --no-binary numpy --no-build-isolation -r build/numpy-source.txt
        "$BIN/python" - <<'PY'
import numpy

config = numpy.show_config("dicts")
assert config["Build Dependencies"]["blas"]["name"] == "none", "NumPy still uses a BLAS"
assert "found" not in config["SIMD Extensions"], "NumPy still has per-CPU kernels"
PY
    fi
    touch "$STAMP"
fi
BIN=$VENV/bin
[ -x "$BIN/python" ] || BIN=$VENV/Scripts   # Windows (Git Bash)
"$BIN/python" "${PIP[@]}" --no-deps --no-build-isolation --force-reinstall .

for ts in resources/translations/*.ts; do
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

rm -rf dist/desktop-app
VERSION=$VERSION "$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/desktop_app.spec

# Linux size trims, each checked by the smoke test below:
# - ICU's data shrunk to Dutch, English and the root locale (packaging/linux/slim_icu.py);
# - debug symbols out of libpython and Python's own extension modules (pyenv builds carry
#   about 25 MB of them). Not elsewhere: stripping numpy's OpenBLAS breaks it.
if [ "$(uname -s)" = Linux ]; then
    "$PYTHON" packaging/linux/slim_icu.py dist/desktop-app/_internal
    strip --strip-debug dist/desktop-app/_internal/libpython3*.so* \
        dist/desktop-app/_internal/python3*/lib-dynload/*.so
fi

# The frozen binary must work before anything is packaged around it. On macOS the .app is
# what ships (and what is signed): its copy of the executable runs too.
smoke() {
    # Output into a file: a windowed Windows build writes to a file handle it inherits
    # (a pipe may be a console it does not have), and the log shows it either way.
    local output=build/smoke-test.txt
    echo "smoke test: $1"
    if ! QT_QPA_PLATFORM=offscreen with_timeout "$SMOKE_TIMEOUT" "$1" --smoke-test > "$output" 2>&1; then
        cat "$output"
        echo "SMOKE TEST FAILED or timed out after $SMOKE_TIMEOUT s: $1" >&2
        exit 1
    fi
    cat "$output"
}
smoke dist/desktop-app/desktop-app
if [ "$(uname -s)" = Darwin ]; then
    smoke "dist/Report Presenter.app/Contents/MacOS/desktop-app"
fi

case "$(uname -s)" in
    Linux) packaging/linux/make_packages.sh "$VERSION" ;;
esac
echo "Built $VERSION into dist/"
