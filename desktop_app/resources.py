"""Where the app's bundled files are, from a source tree or a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

BUNDLED_PACK_NAME = "ai-op-de-werkvloer"


def project_root() -> Path:
    """The folder holding ``data/`` and ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def shipped_pack() -> Path:
    """The pack that comes with the app (checked against the schemas when it was built)."""
    return project_root() / "data" / BUNDLED_PACK_NAME


def bundled_pack() -> Path:
    override = os.environ.get("DESKTOP_APP_PACK")
    if override:
        return Path(override)
    return shipped_pack()


def resources_dir() -> Path:
    return project_root() / "resources"
