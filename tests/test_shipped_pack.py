"""The pack the app ships is found in data/, not named in the code."""

from __future__ import annotations

from desktop_app import resources


def shipped_in(monkeypatch, root):
    monkeypatch.setattr(resources, "project_root", lambda: root)
    return resources.shipped_pack.__wrapped__()


def test_next_years_pack_is_found_without_a_code_change(tmp_path, monkeypatch):
    for name in ("survey-2026", "survey-2027"):
        (tmp_path / "data" / name).mkdir(parents=True)
        (tmp_path / "data" / name / "manifest.toml").write_text("", encoding="utf-8")
    (tmp_path / "data" / "zz-templates").mkdir()  # last by name, but not a pack: no manifest
    assert shipped_in(monkeypatch, tmp_path) == tmp_path / "data" / "survey-2027"


def test_the_repository_ships_exactly_one_pack():
    """More than one would leave which one the app opens to the folders' names."""
    from .conftest import ROOT

    assert len(list((ROOT / "data").glob("*/manifest.toml"))) == 1
