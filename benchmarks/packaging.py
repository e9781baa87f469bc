"""Size of the standalone build, and the frozen app's start-up beside the source start-up.

    bash packaging/build.sh && QT_QPA_PLATFORM=offscreen python benchmarks/packaging.py

Targets: the installed bundle at most 150 MB; the frozen app's first paint at most 1.2x
the source app's, both measured here, alternately, in fresh processes. The last lines are
bundle_mb, deb_mb and frozen_startup_ratio.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "desktop-app"


def tree_mb(path: Path) -> float:
    """Megabytes on disk as installed: every file once, links not followed."""
    return (
        sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def first_paint(command: list[str]) -> float:
    """Seconds from starting ``command`` to its first paint of the reader (probe mode)."""
    home = tempfile.mkdtemp(prefix="desktop-app-probe-")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "DESKTOP_APP_STARTUP_PROBE": "1",
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/c",
        "XDG_DATA_HOME": f"{home}/d",
        "XDG_STATE_HOME": f"{home}/s",
    }
    started = time.time()
    output = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("first_paint_at="))
    return float(line.split("=", 1)[1]) - started


def main() -> int:
    frozen = BUNDLE / ("desktop-app.exe" if sys.platform == "win32" else "desktop-app")
    if not frozen.exists():
        print("No bundle in dist/: run packaging/build.sh first.", file=sys.stderr)
        return 1
    debs = sorted((ROOT / "dist").glob("desktop-app_*.deb"))
    deb_mb = debs[-1].stat().st_size / 1e6 if debs else float("nan")
    bundle_mb = tree_mb(BUNDLE)
    source, built = [], []
    for _ in range(5):
        source.append(first_paint([sys.executable, "-m", "desktop_app"]))
        built.append(first_paint([str(frozen)]))
    source_ms, frozen_ms = statistics.median(source) * 1000, statistics.median(built) * 1000
    print(f"{'measure':<36} {'value':>10}  target")
    print(f"{'installed bundle':<36} {bundle_mb:>7.1f} MB  <= 150 MB")
    print(f"{'.deb package':<36} {deb_mb:>7.1f} MB")
    print(f"{'first paint, from source (median)':<36} {source_ms:>7.0f} ms")
    print(f"{'first paint, frozen (median)':<36} {frozen_ms:>7.0f} ms  <= 1.2x source")
    print(f"bundle_mb={bundle_mb:.1f}")
    print(f"deb_mb={deb_mb:.1f}")
    print(f"frozen_startup_ratio={frozen_ms / source_ms:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
