#!/usr/bin/env bash
# Build the standalone app into dist/: the PyInstaller bundle everywhere, and on Linux
# also the .deb and the .tar.gz. Uses its own clean venv from requirements/build.txt,
# so the bundle holds exactly the locked packages and one Qt binding.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
VENV=build/venv
STAMP=$VENV/.installed

if [ ! -f "$STAMP" ] || [ requirements/build.txt -nt "$STAMP" ]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/build.txt
    touch "$STAMP"
fi
BIN=$VENV/bin
[ -x "$BIN/python" ] || BIN=$VENV/Scripts   # Windows (Git Bash)
"$BIN/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --force-reinstall .

for ts in resources/translations/*.ts; do
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

rm -rf dist/desktop-app
VERSION=$VERSION "$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/desktop_app.spec

# The frozen binary must work before anything is packaged around it.
# Debug symbols: pyenv's libpython carries about 20 MB of them (not stripped elsewhere:
# stripping numpy's OpenBLAS breaks it).
if [ "$(uname -s)" = Linux ] && command -v strip >/dev/null; then
    strip --strip-debug dist/desktop-app/_internal/libpython3*.so* 2>/dev/null || true
fi

QT_QPA_PLATFORM=offscreen dist/desktop-app/desktop-app --smoke-test

case "$(uname -s)" in
    Linux) packaging/linux/make_packages.sh "$VERSION" ;;
esac
echo "Built $VERSION into dist/"
