"""Checks each cause named in FINDINGS.md by measurement: the benchmark with and without it.

Every experiment monkeypatches one internal of the app (as it is at the commit that added
this file) with a stand-in for the fix, then runs the interaction group it concerns in a
fresh process; the unpatched group runs in alternation with it, so drifting machine load
hits both alike. A stand-in shows what the fix is worth; it is not the fix.

    QT_QPA_PLATFORM=offscreen python benchmarks/verify_causes.py [--only answer-fsync] [--pairs 2]

This file reaches into desktop_app's internals on purpose and will stop working as the
code it patches changes: delete it (or the experiment) once the cause is fixed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import interaction  # noqa: E402 (needs the path above)
from benchmarks.harness import isolate_user_folders  # noqa: E402

EVENTS = 60


# -- stand-ins for fixes --------------------------------------------------------------------
def store_synchronous_normal() -> None:
    """WAL with synchronous=NORMAL: a commit survives the app being killed, not a power cut."""
    from desktop_app.readiness import store

    original = store.CheckStore._open

    def _open(self):
        db = original(self)
        db.execute("PRAGMA synchronous = NORMAL")
        return db

    store.CheckStore._open = _open


def no_summary_write() -> None:
    """The list's score and stage not written on every answer and every open."""
    from desktop_app.readiness import store

    store.CheckStore.save_summary = lambda self, *args: None


def ticks_only_when_changed() -> None:
    """The bottom axis given its ticks once, not on every set_data (which redraws the axis)."""
    from desktop_app.ui import chart_widget

    original = chart_widget.pg.AxisItem.setTicks

    def set_ticks(self, ticks):
        if getattr(self, "_bench_ticks", None) == ticks:
            return
        self._bench_ticks = ticks
        original(self, ticks)

    chart_widget.pg.AxisItem.setTicks = set_ticks


def no_list_refresh() -> None:
    """The checks list not re-read and reset after an answer or an open."""
    from desktop_app.ui.readiness import workspace

    original = workspace.ReadinessWorkspace.refresh_list
    workspace.ReadinessWorkspace.refresh_list = lambda self: None
    original_open = workspace.ReadinessWorkspace.open_store

    def open_store(self):  # the first filling of the list still happens
        first = self.store is None
        ok = original_open(self)
        if first and ok:
            original(self)
        return ok

    workspace.ReadinessWorkspace.open_store = open_store


def editor_updates_in_place() -> None:
    """The editor's two lists updated item by item (dataChanged), not cleared and refilled."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.readiness import editor

    refresh, show_step = editor.CheckEditor._refresh, editor.CheckEditor._show_step

    def _refresh(self):
        if not self.steps or self.step_model.rowCount() != len(self.steps):
            return refresh(self)
        blocked = self.step_list.selectionModel().blockSignals(True)
        for number, step in enumerate(self.steps, start=1):
            value = self.value_of(step)
            mark = "○" if value is None else "?" if value == editor.DONT_KNOW else "✓"
            text = f"{mark}  {number}. {self._short(step)}"
            item = self.step_model.item(number - 1)
            if item.text() != text:
                item.setText(text)
        self.step_list.setCurrentIndex(self.step_model.index(self.index, 0))
        self.step_list.selectionModel().blockSignals(blocked)
        self._show_step()

    def _show_step(self):
        step = self.steps[self.index]
        if (
            getattr(self, "_bench_shown", None) != (step, self.lang)
            or not self.option_model.rowCount()
        ):
            self._bench_shown = (step, self.lang)
            return show_step(self)
        value = self.value_of(step)
        chosen = set(value) if isinstance(value, tuple) else {value}
        for row in range(self.option_model.rowCount()):
            item = self.option_model.item(row)
            state = (
                Qt.CheckState.Checked
                if item.data(editor.VALUE_ROLE) in chosen
                else Qt.CheckState.Unchecked
            )
            if item.checkState() != state:
                item.setCheckState(state)
        answered = sum(1 for s in self.steps if self.value_of(s) is not None)
        self.progress.setText(
            self.tr("Question {n} of {total} · {answered} answered").format(
                n=self.index + 1, total=len(self.steps), answered=answered
            )
        )

    editor.CheckEditor._refresh = _refresh
    editor.CheckEditor._show_step = _show_step


def pages_laid_out_when_built() -> None:
    """Each chart page laid out at the panel's size when it is built, not when first shown."""
    from desktop_app.ui import chart_panel

    original = chart_panel.ChartPanel._build_page

    def build(self, chapter_id):
        page = original(self, chapter_id)
        page.resize(self.size())
        page.widget().resize(page.viewport().size().width(), page.widget().sizeHint().height())
        page.widget().layout().activate()
        return page

    chart_panel.ChartPanel._build_page = build


def plots_without_menus() -> None:
    """pyqtgraph's plot widgets made without their (disabled, never shown) context menus."""
    import pyqtgraph

    original = pyqtgraph.PlotWidget.__init__

    def init(self, parent=None, background="default", plotItem=None, **kargs):
        kargs.setdefault("enableMenu", False)
        original(self, parent, background, plotItem, **kargs)

    pyqtgraph.PlotWidget.__init__ = init


def slides_reuse_chart_card() -> None:
    """A slide's chart card kept and given the next slide's chart, not made anew."""
    from desktop_app.core.slides import READINESS

    from desktop_app.core.chart_data import chart_data
    from desktop_app.ui.presentation import slide_view

    original = slide_view.SlideView.show_slide

    def show_slide(self, pack, slide, lang):
        card = self.card
        if card is not None and slide.chart_id in pack.charts and slide.kind != READINESS:
            self.card = None
            card.hide()
            original(self, pack, dataclasses.replace(slide, chart_id=None), lang)
            card.set_data(chart_data(pack, pack.charts[slide.chart_id], lang))
            card.show()
            self.card = card
            self.body.setStretch(0, 2)
            self.body.setStretch(1, 3 if self.text.isVisible() else 1)
            return
        original(self, pack, slide, lang)

    slide_view.SlideView.show_slide = show_slide


def show_filter_on_own_window() -> None:
    """The show's mouse watch on its own window, not an application-wide Python filter."""
    from PySide6.QtGui import QGuiApplication

    from desktop_app.ui.presentation import show

    original = show.PresentationWindow.__init__

    def init(self, controller, parent=None):
        original(self, controller, parent)
        QGuiApplication.instance().removeEventFilter(self)
        self.view.installEventFilter(self)

    show.PresentationWindow.__init__ = init


def language_current_page_only() -> None:
    """A language switch relabels the shown chapter's charts; the others when next shown."""
    from desktop_app.ui import chart_panel

    set_language = chart_panel.ChartPanel.set_language
    show_chapter = chart_panel.ChartPanel.show_chapter

    def relabel(self, lang):
        self.lang = lang
        everything = self.cards
        self.cards = {self.current_chapter: everything.get(self.current_chapter, {})}
        try:
            set_language(self, lang)
        finally:
            self.cards = everything
        self._bench_stale = {c for c in everything if c != self.current_chapter}

    def show(self, chapter_id):
        if chapter_id in getattr(self, "_bench_stale", set()):
            self._bench_stale.discard(chapter_id)
            everything = self.cards
            self.cards = {chapter_id: everything.get(chapter_id, {})}
            try:
                set_language(self, self.lang)
            finally:
                self.cards = everything
        show_chapter(self, chapter_id)

    chart_panel.ChartPanel.set_language = relabel
    chart_panel.ChartPanel.show_chapter = show


def theme_recolours_charts() -> None:
    """A theme switch recolours the chart items there are instead of rebuilding every chart."""
    from desktop_app.ui import chart_widget, palette

    def apply_theme(self):
        self._style_axes()
        for item in self.labels + self.value_labels:
            item.setColor(palette.TEXT)
        if self.errors is not None:
            self.errors.setData(pen=chart_widget.pg.mkPen(palette.TEXT, width=1.5))

    chart_widget.BarPlot.apply_theme = apply_theme


def no_app_style_sheet() -> None:
    """No application style sheet at all (colours by palette only): what the sheet costs."""
    from desktop_app.ui import theme

    original = theme.style_sheet
    theme.style_sheet = lambda t: ""
    theme._bench_original = original


def last_chapter_in_memory() -> None:
    """The last chapter kept in memory (written when the window closes), not on every switch."""
    from desktop_app.ui import settings

    settings.AppSettings.set_last_chapter = lambda self, pack_id, chapter_id: None


def fold_once() -> None:
    """Each chapter's text folded once (remembered), not again for every keystroke."""
    import functools

    from desktop_app.core import search

    search.fold = functools.lru_cache(maxsize=4096)(search.fold)


def answer_stand_ins() -> None:
    store_synchronous_normal()
    no_summary_write()
    ticks_only_when_changed()
    no_list_refresh()
    editor_updates_in_place()


EXPERIMENTS = {  # name: (group, stand-in, what it tests)
    "answer-fsync": ("answer", store_synchronous_normal, "FULL sync on every write"),
    "answer-summary": ("answer", no_summary_write, "a second write (summary) per answer"),
    "answer-ticks": ("answer", ticks_only_when_changed, "axis ticks reset on every update"),
    "answer-list": ("answer", no_list_refresh, "checks list re-read after every answer"),
    "answer-editor": ("answer", editor_updates_in_place, "editor's two lists rebuilt per answer"),
    "answer-all": ("answer", answer_stand_ins, "the five answer causes together"),
    "switch-layout": ("switch", pages_laid_out_when_built, "chart page laid out on first show"),
    "switch-settings": ("switch", last_chapter_in_memory, "settings file written per chapter"),
    "slide-menus": ("show", plots_without_menus, "pyqtgraph menus made for every chart"),
    "slide-reuse": ("show", slides_reuse_chart_card, "a new chart card per slide"),
    "slide-filter": ("show", show_filter_on_own_window, "app-wide Python event filter"),
    "language-page": ("language", language_current_page_only, "every chapter's charts relabelled"),
    "search-fold": ("search", fold_once, "every chapter folded again per keystroke"),
    "theme-recolour": ("theme", theme_recolours_charts, "every chart rebuilt on a theme switch"),
    "theme-sheet": ("theme", no_app_style_sheet, "the application style sheet"),
    "open-summary": ("open_check", no_summary_write, "a summary write on every open"),
    "open-list": ("open_check", no_list_refresh, "the list of 1,000 re-read on every open"),
}


def run(experiment: str, patched: bool) -> dict:
    group = EXPERIMENTS[experiment][0]
    done = subprocess.run(
        [sys.executable, __file__, "--child", experiment, *(["--patched"] if patched else [])],
        env=interaction.group_env(group),
        capture_output=True,
        text=True,
        timeout=1800,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{experiment}: {done.stderr.strip()[-1500:]}")
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="comma-separated experiments: " + ", ".join(EXPERIMENTS))
    parser.add_argument("--pairs", type=int, default=2, help="runs with and without, each")
    parser.add_argument("--child", choices=list(EXPERIMENTS), help=argparse.SUPPRESS)
    parser.add_argument("--patched", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        scratch = isolate_user_folders()
        group, patch, _what = EXPERIMENTS[args.child]
        interaction.KEY_EVENTS = EVENTS
        interaction.SWITCHES = 10
        if args.patched:
            patch()
        print(json.dumps(interaction.GROUPS[group](scratch)))
        return 0

    print("wall-clock median / p95, and the UI thread's CPU median, of the medians of the runs")
    print(f"{'experiment':<16} {'measure':<16} {'without fix':>30} {'with stand-in':>30}  cause")
    for experiment in args.only.split(",") if args.only else EXPERIMENTS:
        results: dict[bool, list[dict]] = {False: [], True: []}
        for _ in range(args.pairs):
            for patched in (False, True):
                results[patched].append(run(experiment, patched))
        for measure in results[False][0]:

            def cell(patched: bool, measure=measure, results=results) -> str:
                runs = [r[measure] for r in results[patched]]
                median = statistics.median(r["median_ms"] for r in runs)
                p95 = statistics.median(r["p95_ms"] for r in runs)
                cpu = statistics.median(r["cpu_median_ms"] for r in runs)
                return f"{median:6.1f} / {p95:6.1f} ms, cpu {cpu:6.1f}"

            print(
                f"{experiment:<16} {measure:<16} {cell(False):>30} {cell(True):>30}"
                f"  {EXPERIMENTS[experiment][2]}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
