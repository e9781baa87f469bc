"""Where the app's bundled files are, from a source tree or a frozen bundle."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


def project_root() -> Path:
    """The folder holding ``data/`` and ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


@cache
def shipped_pack() -> Path:
    """The pack that comes with the app (checked against the schemas when it was built):
    the folder in ``data/`` that holds a ``manifest.toml``. Next year's report is a new
    folder there, not a new name in the code; with several, the last by name (a year in
    the folder's name makes that the newest)."""
    data = project_root() / "data"
    packs = sorted(folder.parent for folder in data.glob("*/manifest.toml"))
    return packs[-1] if packs else data / "no-pack"  # the app then says no pack was found


def bundled_pack() -> Path:
    override = os.environ.get("DESKTOP_APP_PACK")
    if override:
        return Path(override)
    return shipped_pack()


def resources_dir() -> Path:
    return project_root() / "resources"
