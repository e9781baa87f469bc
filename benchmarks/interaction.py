"""Key press to painted frame: every interaction a consultant makes, driven as a user drives it.

Each group runs in a fresh interpreter, so one cannot warm another, and sends real key
events (QTest) to the widgets a user touches, found by objectName. Its clock starts when the
event is sent and stops when the widgets that must show the result have painted it (see
harness.PaintClock): the event's handling, the layouts, the painting and the flush of that
frame are all inside. Start-up and memory are measured beside a bare PySide6 window in the
same run (benchmarks/startup.py).

    QT_QPA_PLATFORM=offscreen python benchmarks/interaction.py [--only switch,answer] [--runs 5]

The last lines are machine-readable ``name=value`` lines: switch_key_median_ms,
switch_key_p95_ms, answer_key_median_ms, answer_key_p95_ms, search_key_median_ms,
slide_advance_median_ms, slide_advance_p95_ms, language_switch_ms, theme_switch_ms,
open_check_ms, first_paint_ratio and memory_ratio, with the bare window's figures; also
show_theme_wall_ms and show_theme_switch_ms (T in the show) and readiness_page_ms (the first Ctrl+2, one sample),
and ``*_settled_*`` lines: the end of the last repaint the event caused (a relayout that
repaints a moment later shows up there and not in the first frame). Single figures are
medians. Key benchmarks use 120 events, the language and theme switches 20. A group that
cannot be measured (the show with one screen, say) is named in a NOT MEASURED line and
the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.harness import (  # noqa: E402 (needs the path above)
    BenchmarkError,
    PaintClock,
    build_window,
    find,
    isolate_user_folders,
    paint_target,
    settle,
    summary,
    top_level,
    visible_chart_plots,
)

ROOT = Path(__file__).resolve().parent.parent
KEY_EVENTS = 120  # per key-to-frame benchmark; at least 100
SWITCHES = 20  # language and theme switches are slow and few: fewer samples
CHECKS_IN_LIST = 1000
make_clock = PaintClock  # benchmarks/profile_interactions.py swaps in a clock that also profiles
# Qt's offscreen platform with two screens: a laptop and, right of it, a 1920x1080 projector
# (as /work/shared/tools/screens/1920x1080.json describes them).
SCREEN_LAYOUT = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": False,
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ],
}  # fmt: skip


# -- what a user sees change -----------------------------------------------------------------
def panel_targets(panel) -> list:
    """Where a change inside ``panel`` is painted: its own surface, its list and plot areas.

    Qt repaints a changed label from its nearest opaque ancestor down, and scroll areas'
    viewports are opaque, so one of these receives a Paint whatever changed inside.
    """
    from PySide6.QtWidgets import QAbstractScrollArea

    targets = [panel, paint_target(panel)]
    for area in panel.findChildren(QAbstractScrollArea):
        if area.isVisible() and not area.visibleRegion().isEmpty():
            targets.append(area.viewport())
    return targets


def key(widget, name: str, modifiers=None):
    """A function that sends a key press and release, as QTest does for a real key."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    code = getattr(Qt.Key, f"Key_{name}")
    modifier = modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier
    return lambda: QTest.keyClick(widget, code, modifier)


def untimed(app, send) -> None:
    """A step that sets up the next measurement: sent, then left to finish and paint."""
    send()
    settle(app)


# -- the groups, one per fresh process -------------------------------------------------------
def bench_switch(scratch: Path) -> dict:
    """Next/previous item in the chapter tree: Down (then Up, back from the end), 120 times.

    Clock starts: QTest sends Down (or Up) to the chapter tree ``navigator``, which has the
    focus (given by its shortcut, Alt+1). Clock stops: at the end of the paint pass in which
    all of these have painted: the tree's viewport (the selection moved); the reader's
    viewport, when the chapter changed or the reader scrolled to the section; and, when the
    chapter changed, the plot area of every chart card (``chart:<id>``) on screen in the
    ``chartPanel`` (or the panel itself for a chapter without charts).
    Every item of the tree is visited going down and again going up; the chart pages are
    all built (after start-up, in idle moments) before the first key.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTreeView

    app, window = build_window(scratch)
    tree = find(window, "navigator", QTreeView)
    reader = find(window, "reader")
    panel = find(window, "chartPanel")
    untimed(app, key(window, "1", Qt.KeyboardModifier.AltModifier))
    if not tree.hasFocus():
        raise BenchmarkError("Alt+1 did not give the chapter tree the focus")
    clock = make_clock()
    samples, direction = [], "Down"

    def chapter_of(index) -> int:
        while index.parent().isValid():
            index = index.parent()
        return index.row()

    while len(samples) < KEY_EVENTS:
        current = tree.currentIndex()
        if direction == "Down" and not tree.indexBelow(current).isValid():
            direction = "Up"
        elif direction == "Up" and not tree.indexAbove(current).isValid():
            direction = "Down"
        before = (chapter_of(current), reader.verticalScrollBar().value())

        def expect(before=before):
            now = tree.currentIndex()
            chapter_changed = chapter_of(now) != before[0]
            groups = [("chapter tree", [tree.viewport()])]
            if chapter_changed or reader.verticalScrollBar().value() != before[1]:
                groups.append(("reader", [reader.viewport()]))
            if chapter_changed:
                plots = visible_chart_plots(panel)
                groups += [(f"chart plot {n}", [p]) for n, p in enumerate(plots)]
                if not plots:
                    groups.append(("chart panel", panel_targets(panel)))
            return groups

        samples.append(clock.measure(key(tree, direction), expect, f"{direction} in the tree"))
        if tree.currentIndex() == current:
            raise BenchmarkError(f"{direction} did not move in the chapter tree")
        settle(app, 10)
    return {"switch_key": summary(samples)}


def bench_answer(scratch: Path) -> dict:
    """An answer by digit key in a new quick check, 120 times over its readiness questions.

    Set-up (untimed): Ctrl+2 opens the readiness check, Ctrl+N starts a new check, the
    option list ``answerOptions`` gets the focus. Only readiness questions are answered
    (those with a "0. don't know" option): their answers always change the score.
    Clock starts: QTest sends the digit 1 or 2 (alternating, so every press changes the
    answer) to the option list. Clock stops: at the end of the paint pass in which the
    option list's viewport (the check mark moved) and the results panel
    ``readinessResults`` (its viewport or a chart's plot in it) have both painted.
    Page Down (untimed) moves on after every four answers; Page Up back from the end.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListView

    app, window = build_window(scratch)
    untimed(app, key(window, "2", Qt.KeyboardModifier.ControlModifier))
    untimed(app, key(window, "N", Qt.KeyboardModifier.ControlModifier))
    editor = find(window, "readinessCheck")
    options = find(editor, "answerOptions", QListView)
    steps = find(editor, "questionList", QListView)
    results = find(window, "readinessResults")
    options.setFocus()
    settle(app)
    clock = make_clock()
    samples, digit, presses, direction = [], "1", 0, "PageDown"

    def readiness_question() -> bool:
        model = options.model()
        last = model.index(model.rowCount() - 1, 0).data() or ""
        return last.startswith("0.")

    def move() -> None:
        nonlocal direction
        row = steps.currentIndex().row()
        if direction == "PageDown" and row >= steps.model().rowCount() - 1:
            direction = "PageUp"
        elif direction == "PageUp" and row <= 0:
            direction = "PageDown"
        untimed(app, key(options, direction))

    while len(samples) < KEY_EVENTS:
        if not readiness_question() or presses == 4:
            move()
            presses = 0
            continue
        digit = "2" if digit == "1" else "1"

        def expect():
            return [("answer options", [options.viewport()]), ("results", panel_targets(results))]

        samples.append(clock.measure(key(options, digit), expect, f"answer {digit}"))
        chosen = options.model().index(int(digit) - 1, 0).data(Qt.ItemDataRole.CheckStateRole)
        if Qt.CheckState(chosen) != Qt.CheckState.Checked:
            raise BenchmarkError(f"the digit {digit} did not check option {digit}")
        presses += 1
        settle(app, 10)
    return {"answer_key": summary(samples)}


def bench_search(scratch: Path) -> dict:
    """One keystroke in the search box, 120 or more, typing whole words one letter at a time.

    Set-up (untimed): Ctrl+F puts the focus in ``searchBox``; after each word Escape clears
    the search. Clock starts: QTest sends one letter to the search box. Clock stops: at the
    end of the paint pass in which the results list ``searchResults`` (its viewport) or its
    count label ``searchResultCount`` has painted.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    words = ["medewerkers", "privacy", "efficient", "training", "beleid", "productiviteit"]
    app, window = build_window(scratch)
    box = find(window, "searchBox")
    results = find(window, "searchResults")
    count = find(window, "searchResultCount")
    clock = make_clock()
    samples = []
    while len(samples) < KEY_EVENTS:
        for word in words:
            untimed(app, key(window, "F", Qt.KeyboardModifier.ControlModifier))
            if not box.hasFocus():
                raise BenchmarkError("Ctrl+F did not put the focus in the search box")
            for letter in word:

                def send(letter=letter):
                    QTest.keyClicks(box, letter)

                def expect():
                    return [("search results", [results.viewport(), count])]

                typed = box.text()
                samples.append(clock.measure(send, expect, f"typing {letter!r}"))
                if box.text() != typed + letter:
                    raise BenchmarkError(f"typing {letter!r} did not reach the search box")
                settle(app, 10)
            untimed(app, key(box, "Escape"))
    return {"search_key": summary(samples)}


def bench_show(scratch: Path) -> dict:
    """Slide advance in the full-screen show on a 1920x1080 projector, 120 times.

    Set-up (untimed): two screens (a 1366x768 laptop, a 1920x1080 projector; Qt's offscreen
    platform with a screen layout file); F5 on the main window starts the show, full screen
    on the projector, with the presenter view on the laptop.
    Clock starts: QTest sends Right to the show's window ``presentation``. Clock stops: at
    the end of the paint pass in which the show's slide surface ``slideCanvas`` has painted
    the next step (a new slide, or the next bar of a slide that builds). At the last step,
    Home (untimed) goes back to the first.
    Also T in the show, 20 times each way: ``show_theme_wall`` until the slide surface
    ``slideCanvas`` (what the audience sees) has painted in the new theme, and
    ``show_theme_switch`` until the slide and the main window's reader and chapter tree
    (behind the show, restyled once the wall has painted) have.
    """
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    app, window = build_window(scratch)
    if len(QGuiApplication.screens()) < 2:
        raise BenchmarkError("one screen only: start with the two-screen layout (see --help)")
    untimed(app, key(window, "F5"))
    show = top_level("presentation")
    if show.screen().size().width() != 1920 or not show.isFullScreen():
        raise BenchmarkError(
            f"the show is not full screen on the projector: {show.geometry()} on {show.screen().name()}"
        )
    canvas = find(show, "slideCanvas", QWidget)
    clock = make_clock()
    samples = []
    while len(samples) < KEY_EVENTS:
        state = show.controller.state
        if state.index >= len(state.steps) - 1 and state.step >= state.steps[-1]:
            untimed(app, key(show, "Home"))

        def expect():
            return [("slide", [canvas])]

        shown = (state.index, state.step)
        samples.append(clock.measure(key(show, "Right"), expect, "Right in the show"))
        state = show.controller.state
        if (state.index, state.step) <= shown:
            raise BenchmarkError(
                f"Right did not move on from slide {shown[0] + 1}, step {shown[1]}"
            )
        settle(app, 10)
    walls = []
    for _ in range(SWITCHES):
        walls.append(clock.measure(key(show, "T"), lambda: [("slide", [canvas])], "T, wall"))
        settle(app, 50)
    reader, tree = find(window, "reader"), find(window, "navigator")
    themes = []
    for _ in range(SWITCHES):

        def expect():
            return [
                ("slide", [canvas]),
                ("reader", [reader.viewport()]),
                ("chapter tree", [tree.viewport()]),
            ]

        themes.append(clock.measure(key(show, "T"), expect, "T in the show"))
        settle(app, 50)
    return {
        "slide_advance": summary(samples),
        "show_theme_wall": summary(walls),
        "show_theme_switch": summary(themes),
    }


def report_page_targets(window) -> list:
    """Everything on screen in the report view, each a group of its own."""
    from PySide6.QtWidgets import QToolBar

    groups = [
        ("menu bar", [window.menuBar()]),
        ("tool bar", [window.findChild(QToolBar)]),
        ("chapter tree", [find(window, "navigator").viewport()]),
        ("reader", [find(window, "reader").viewport()]),
    ]
    plots = visible_chart_plots(find(window, "chartPanel"))
    return groups + [(f"chart plot {n}", [p]) for n, p in enumerate(plots)]


def bench_language(scratch: Path) -> dict:
    """Switching the language (Ctrl+Shift+L) in the report view, 20 times, nl and en in turn.

    Clock starts: QTest sends Ctrl+Shift+L to the main window (the Switch language action's
    shortcut). Clock stops: at the end of the paint pass in which all of these have painted:
    the menu bar, the tool bar, the chapter tree's viewport, the reader's viewport and the
    plot area of every chart card on screen.
    """
    from PySide6.QtCore import Qt

    app, window = build_window(scratch)
    clock = make_clock()
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    samples = []
    menu = window.menuBar().actions()[0]
    for _ in range(SWITCHES):
        title = menu.text()
        samples.append(
            clock.measure(
                key(window, "L", shortcut), lambda: report_page_targets(window), "Ctrl+Shift+L"
            )
        )
        if menu.text() == title:
            raise BenchmarkError(f"Ctrl+Shift+L left the menu bar as it was ({title!r})")
        settle(app, 50)
    return {"language_switch": summary(samples)}


def theme_actions(window) -> list:
    """The View › Theme menu's actions: the menu called themeMenu, else the one submenu."""
    from PySide6.QtWidgets import QMenu

    menu = window.findChild(QMenu, "themeMenu")
    if menu is None:
        nested = [
            action.menu()
            for top in window.menuBar().actions()
            if top.menu() is not None
            for action in top.menu().actions()
            if action.menu() is not None
        ]
        if len(nested) != 1:
            raise BenchmarkError(f"expected one submenu (View › Theme), found {len(nested)}")
        menu = nested[0]
    actions = [a for a in menu.actions() if a.isCheckable()]
    if len(actions) < 2:
        raise BenchmarkError("the theme menu has fewer than two themes")
    return actions


def bench_theme(scratch: Path) -> dict:
    """Switching the theme from View › Theme in the report view, 20 times, each theme in turn.

    Clock starts: the next theme's action in the View › Theme menu is triggered (what a click
    on the menu item does). Clock stops: at the end of the paint pass in which all of these
    have painted: the menu bar, the tool bar, the chapter tree's viewport, the reader's
    viewport and the plot area of every chart card on screen.
    """
    app, window = build_window(scratch)
    actions = theme_actions(window)
    clock = make_clock()
    samples = []
    for number in range(SWITCHES):
        action = actions[(number + 1) % len(actions)]
        background = window.palette().color(window.backgroundRole()).name()
        samples.append(
            clock.measure(action.trigger, lambda: report_page_targets(window), action.text())
        )
        if window.palette().color(window.backgroundRole()).name() == background:
            raise BenchmarkError(f"{action.text()!r} left the window's colours as they were")
        settle(app, 50)
    return {"theme_switch": summary(samples)}


def fill_checks(path: Path, count: int) -> None:
    """``count`` saved quick checks, answered, as a consultant's year of visits leaves them."""
    from desktop_app.content import load_content
    from desktop_app.readiness.store import CheckStore
    from desktop_app.resources import bundled_pack

    content = load_content(bundled_pack())
    pack = content.report
    store = CheckStore(path)
    store.db.execute("PRAGMA synchronous = OFF")  # filling fast; the timed part only reads
    questions = content.readiness.questions_for("quick")
    for number in range(count):
        check_id = store.create_check(
            f"Client {number:04d}", "quick", "nl", pack.id, ["CEO", "CIO"]
        )
        for participant in store.load_check(check_id).answers.participants:
            for question in questions:
                store.save_answer(check_id, participant.id, question.id, number % 4)
        store.save_summary(check_id, float(number % 100), "experiment", "small_pilots")
    store.close()


def bench_open_check(scratch: Path) -> dict:
    """Opening a saved check from a list of 1,000, by keyboard, 120 times.

    Set-up (untimed): 1,000 answered checks in the checks database. ``readiness_page``:
    Ctrl+2 on the main window until the list ``checksList`` has painted (once: the page
    and its list are made on first use). Then the list gets the focus; Down (untimed)
    moves to the next check.
    Clock starts: QTest sends Return to the list. Clock stops: at the end of the paint pass
    in which the check editor ``readinessCheck`` (its surface or a list in it) and the
    results panel ``readinessResults`` have both painted.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    checks = scratch / "checks.sqlite"
    fill_checks(checks, CHECKS_IN_LIST)
    app, window = build_window(scratch, checks_path=checks)
    clock = make_clock()

    def list_shown():
        return [("checks list", [find(window, "checksList", QTableView).viewport()])]

    page = clock.measure(
        key(window, "2", Qt.KeyboardModifier.ControlModifier), list_shown, "Ctrl+2"
    )
    table = find(window, "checksList", QTableView)
    rows = table.model().rowCount()
    if rows != CHECKS_IN_LIST:
        raise BenchmarkError(f"the list shows {rows} checks, not {CHECKS_IN_LIST}")
    table.setFocus()
    settle(app)
    samples = []
    while len(samples) < KEY_EVENTS:
        untimed(app, key(table, "Down"))

        def expect():
            return [
                ("check editor", panel_targets(find(window, "readinessCheck"))),
                ("results", panel_targets(find(window, "readinessResults"))),
            ]

        client = table.currentIndex().siblingAtColumn(0).data()
        samples.append(clock.measure(key(table, "Return"), expect, "Return in the checks list"))
        if find(window, "clientName").text() != client:
            raise BenchmarkError(f"Return on {client!r} did not open that check")
        settle(app, 10)
    return {"readiness_page": summary([page]), "open_check": summary(samples)}


GROUPS = {
    "switch": bench_switch,
    "answer": bench_answer,
    "search": bench_search,
    "show": bench_show,
    "language": bench_language,
    "theme": bench_theme,
    "open_check": bench_open_check,
}


# -- the parent: a fresh process per group, then the report ---------------------------------
def group_env(name: str) -> dict:
    """The child's environment: offscreen, and for the show two screens."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if name == "show" and env["QT_QPA_PLATFORM"].startswith("offscreen"):
        layout = Path(tempfile.mkdtemp(prefix="desktop-app-screens-")) / "1920x1080.json"
        layout.write_text(json.dumps(SCREEN_LAYOUT))
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={layout}"
    return env


def run_group(name: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--group", name],
        env=group_env(name),
        capture_output=True,
        text=True,
        timeout=900,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": reason}
    return json.loads(lines[-1])


def fmt(value: float) -> str:
    return f"{value:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--group", choices=list(GROUPS), help=argparse.SUPPRESS)
    parser.add_argument("--only", help="comma-separated groups: " + ", ".join([*GROUPS, "startup"]))
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (fresh processes)")
    parser.add_argument("--no-startup", action="store_true", help="skip start-up and memory")
    args = parser.parse_args()
    if args.group:
        scratch = isolate_user_folders()
        try:
            result = GROUPS[args.group](scratch)
        except BenchmarkError as error:
            print(f"{args.group}: {error}", file=sys.stderr)
            return 1
        except Exception:
            traceback.print_exc()
            return 1
        print(json.dumps(result))
        return 0

    chosen = args.only.split(",") if args.only else [*GROUPS, "startup"]
    unknown = [g for g in chosen if g not in GROUPS and g != "startup"]
    if unknown:
        parser.error(f"unknown group(s): {', '.join(unknown)}")
    measures: dict[str, dict] = {}
    failures = []
    for group in (g for g in chosen if g in GROUPS):
        result = run_group(group)
        if "error" in result:
            failures.append(f"{group}: {result['error']}")
        else:
            measures.update(result)

    lines: list[str] = []
    print(
        "median, p95, max: key to the first frame with every expected widget painted;"
        " settled: to the last repaint it caused;\nhandled: the key event's own handling;"
        " cpu: the UI thread's CPU time to the frame; >1 pass: events painted in more than one pass"
    )
    print(f"platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}; milliseconds, key to frame")
    print(f"{'interaction':<22} {'n':>4} {'median':>8} {'p95':>8} {'max':>8}"
          f" {'settled':>8} {'s. p95':>8} {'handled':>8} {'cpu':>8} {'>1 pass':>8}")  # fmt: skip
    for name, s in measures.items():
        print(
            f"{name:<22} {s['count']:>4} {fmt(s['median_ms']):>8} {fmt(s['p95_ms']):>8}"
            f" {fmt(s['max_ms']):>8} {fmt(s['settled_median_ms']):>8}"
            f" {fmt(s['settled_p95_ms']):>8} {fmt(s['handled_median_ms']):>8}"
            f" {fmt(s['cpu_median_ms']):>8}"
            f" {s['extra_passes']:>8}"
        )
    names = {  # the names; single figures are medians
        "switch_key": ["median", "p95"],
        "answer_key": ["median", "p95"],
        "search_key": ["median"],
        "slide_advance": ["median", "p95"],
        "language_switch": [""],
        "theme_switch": [""],
        "open_check": [""],
        "show_theme_wall": [""],
        "show_theme_switch": [""],
        "readiness_page": [""],
    }
    for name, kinds in names.items():
        if name not in measures:
            continue
        s = measures[name]
        for kind in kinds:
            value = s["p95_ms"] if kind == "p95" else s["median_ms"]
            lines.append(f"{name}_{kind + '_' if kind else ''}ms={value:.1f}")
        settled = s["settled_p95_ms"] if kinds == ["median", "p95"] else None
        lines.append(f"{name}_settled_median_ms={s['settled_median_ms']:.1f}")
        if settled is not None:
            lines.append(f"{name}_settled_p95_ms={settled:.1f}")

    if "startup" in chosen and not args.no_startup:
        from benchmarks.startup import startup_lines

        lines += startup_lines(args.runs)
    for failure in failures:
        print(f"NOT MEASURED {failure}")
    for line in lines:
        print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
