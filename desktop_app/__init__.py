"""Presenter for survey report packs: chapters beside live charts, offline."""

from importlib import metadata

try:
    __version__ = metadata.version("desktop-app")
except metadata.PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+source"

APP_NAME = "AI op de werkvloer"
ORGANISATION = "InSpark"
