"""The Qt-free core: report packs, their validation, statistics and search."""
