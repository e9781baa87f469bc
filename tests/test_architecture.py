"""The core stays free of Qt, and heavy modules stay off the start-up path."""

import subprocess
import sys

from .conftest import ROOT


def imported_modules(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_core_imports_no_qt_and_nothing_above_it():
    modules = imported_modules(
        "from desktop_app.core import loader, chart_data, search, stats\n"
        "loader.load_pack('data/ai-op-de-werkvloer')"
    )
    assert not {m for m in modules if m.startswith(("PySide6", "pyqtgraph", "shiboken6"))}
    above = ("desktop_app.readiness", "desktop_app.presentation", "desktop_app.ui")
    assert not {m for m in modules if m.startswith(above)}


def test_the_whole_pack_loads_without_qt():
    modules = imported_modules(
        "from desktop_app.content import load_content\nload_content('data/ai-op-de-werkvloer')"
    )
    assert not {m for m in modules if m.startswith(("PySide6", "pyqtgraph", "desktop_app.ui"))}


def test_main_window_module_does_not_import_pandas_or_pyqtgraph():
    modules = imported_modules("import desktop_app.ui.main_window")
    assert "pandas" not in modules
    assert "pyqtgraph" not in modules, "pyqtgraph must load after the first paint"
