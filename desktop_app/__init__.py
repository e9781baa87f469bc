"""Presenter for survey report packs: chapters beside live charts, offline."""

# The app presents any report pack; the report itself is named by its pack.
APP_NAME = "Report Presenter"
ORGANISATION = "InSpark"


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata only when asked for: importlib.metadata
    # costs tens of milliseconds, and start-up does not need it.
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("desktop-app")
        except metadata.PackageNotFoundError:  # a source tree without an install
            return "0.0.0+source"
    raise AttributeError(name)
