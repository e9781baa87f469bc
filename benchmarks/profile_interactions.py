"""Where each interaction's time goes: cProfile, and paint time and counts per widget.

Runs the groups of benchmarks/interaction.py, each in a fresh process, through the same
code and the same key events, with fewer events and a clock that also

- runs cProfile around each event's delivery and the wait for its paint (saved per group
  as a .prof file for pstats or snakeview);
- counts, with an application-wide event filter, the Paint, LayoutRequest, Resize, Polish
  and StyleChange events per widget, so needless repaints and relayouts show;
- times each widget's own paint (its Paint event delivered from inside the filter, children
  excluded: Qt paints them with events of their own);
- splits every sample into handling (the key event returning), waiting (until the first
  Paint of any widget: posted events, layouts) and painting (to the end of the frame).

    QT_QPA_PLATFORM=offscreen python benchmarks/profile_interactions.py [--only switch] [--events 30]

The profiler and the filter slow Python down: rank causes here, take figures from
interaction.py.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import interaction  # noqa: E402 (needs the path above)
from benchmarks.harness import PaintClock, Sample, address, isolate_user_folders  # noqa: E402

COUNTED = ("Paint", "LayoutRequest", "Resize", "Polish", "StyleChange")


def describe(widget) -> str:
    """A widget as a reader of the profile finds it: class, objectName, named ancestor."""
    from PySide6.QtWidgets import QWidget

    if not isinstance(widget, QWidget):
        return type(widget).__name__
    name = f"{type(widget).__name__}#{widget.objectName()}" if widget.objectName() else ""
    label = name or type(widget).__name__
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    if parent is not None and not name:
        label += f" in {parent.objectName()}"
    return label


class ProfilingClock(PaintClock):
    """The benchmark's clock, with cProfile and an application-wide event counter around it."""

    def __init__(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, QObject

        super().__init__()
        self.records: list[dict] = []
        clock = self
        types = {getattr(QEvent.Type, name): name for name in COUNTED}
        paint = QEvent.Type.Paint

        class Counter(QObject):
            """Counts events per widget; delivers Paint itself to time it."""

            active = False
            inside: set[int] = set()

            def eventFilter(self, watched, event):  # noqa: N802
                if not self.active:
                    return False
                kind = types.get(event.type())
                if kind is None:
                    return False
                record = clock.records[-1]
                label = describe(watched)
                record["counts"][(kind, label)] += 1
                if event.type() != paint:
                    return False
                key = address(watched)
                if key in self.inside:
                    return False  # the delivery below: let it through
                if record["first_paint"] is None:
                    record["first_paint"] = time.perf_counter()
                self.inside.add(key)
                started = time.perf_counter()
                try:
                    QCoreApplication.sendEvent(watched, event)
                finally:
                    self.inside.discard(key)
                record["paint_ms"][label] += (time.perf_counter() - started) * 1000
                return True

        self.counter = Counter()
        QCoreApplication.instance().installEventFilter(self.counter)

    def measure(self, send, expect, what) -> Sample:
        record = {
            "what": what,
            "counts": Counter(),
            "paint_ms": defaultdict(float),
            "first_paint": None,
            "profile": cProfile.Profile(),
        }
        self.records.append(record)
        started = [0.0]

        def timed_send():
            started[0] = time.perf_counter()
            send()

        self.counter.active = True
        record["profile"].enable()
        try:
            sample = super().measure(timed_send, expect, what)
        finally:
            record["profile"].disable()
            self.counter.active = False
        first = record["first_paint"]
        record["sample"] = sample
        record["wait_ms"] = ((first - started[0]) * 1000 - sample.handled_ms) if first else 0.0
        return sample


def kind_of(sample: Sample, what: str, whats: set[str]) -> str:
    """Samples that waited for charts (a chapter change, say) apart from the rest, and, when
    there are only a few kinds of event (Down and Up), each kind apart."""
    charts = any("chart" in name for name in sample.watched)
    kind = "with charts" if charts else "without charts"
    return f"{kind}, {what}" if len(whats) <= 3 else kind


def report(group: str, clock: ProfilingClock, out: Path) -> str:
    lines = [f"=== {group}: {len(clock.records)} events (profiled: times inflated)"]
    by_kind: dict[str, list[dict]] = defaultdict(list)
    whats = {record["what"] for record in clock.records}
    for record in clock.records:
        by_kind[kind_of(record["sample"], record["what"], whats)].append(record)
    for kind, records in by_kind.items():
        samples = [r["sample"] for r in records]

        def median(values) -> float:
            return statistics.median(list(values))

        lines.append(
            f"-- {kind}: {len(records)} events; medians: handled {median(s.handled_ms for s in samples):.1f} ms,"
            f" wait to first paint {median(r['wait_ms'] for r in records):.1f} ms,"
            f" frame {median(s.frame_ms for s in samples):.1f} ms,"
            f" settled {median(s.settled_ms for s in samples):.1f} ms,"
            f" paint passes {median(s.passes for s in samples):.0f}"
        )
        paint_ms: dict[str, float] = defaultdict(float)
        counts: Counter = Counter()
        for record in records:
            for label, ms in record["paint_ms"].items():
                paint_ms[label] += ms
            counts.update(record["counts"])
        n = len(records)
        total_paint = sum(paint_ms.values()) / n
        lines.append(f"   paint time per event, all widgets: {total_paint:.1f} ms; top widgets:")
        for label, ms in sorted(paint_ms.items(), key=lambda item: -item[1])[:10]:
            lines.append(
                f"     {ms / n:7.2f} ms  {counts[('Paint', label)] / n:5.1f} paints  {label}"
            )
        for kind_name in COUNTED:
            per = {label: c / n for (k, label), c in counts.items() if k == kind_name}
            if not per:
                continue
            top = sorted(per.items(), key=lambda item: -item[1])[:6]
            lines.append(
                f"   {kind_name} per event: {sum(per.values()):.1f} on {len(per)} widgets; most: "
                + "; ".join(f"{label} {c:.1f}" for label, c in top)
            )
        stats = pstats.Stats(records[0]["profile"])
        for record in records[1:]:
            stats.add(record["profile"])
        path = out / f"{group}-{re.sub(r'[^a-z0-9]+', '-', kind.lower()).strip('-')}.prof"
        stats.dump_stats(str(path))
        lines.append(f"   cProfile per event (full profile: {path}):")
        lines += top_functions(stats, n)
    return "\n".join(lines)


def top_functions(stats: pstats.Stats, events: int, count: int = 22) -> list[str]:
    """The app's and pyqtgraph's functions by cumulative time, then Qt's calls by own time."""
    ours, qt = [], []
    for (file, line, function), (_cc, calls, own, cumulative, _callers) in stats.stats.items():
        if "/desktop_app/" in file or "/pyqtgraph/" in file:
            short = file.split("/desktop_app/")[-1].split("/site-packages/")[-1]
            ours.append((cumulative, own, calls, f"{short}:{line}({function})"))
        elif file == "~" and "exec" not in function and "PySide6" in function:
            qt.append((own, own, calls, function))
    rows = ["   cumulative ms  own ms  calls  (per event)  function"]
    for cumulative, own, calls, name in sorted(ours, reverse=True)[:count]:
        rows.append(
            f"   {cumulative * 1000 / events:9.2f} {own * 1000 / events:9.2f}"
            f" {calls / events:7.1f}  {name}"
        )
    rows.append("   Qt calls from Python by own time (per event):")
    for own, _own, calls, name in sorted(qt, reverse=True)[:10]:
        rows.append(f"   {own * 1000 / events:9.2f} ms {calls / events:7.1f} calls  {name}")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--group", choices=list(interaction.GROUPS), help=argparse.SUPPRESS)
    parser.add_argument("--only", help="comma-separated groups: " + ", ".join(interaction.GROUPS))
    parser.add_argument("--events", type=int, default=30, help="events per key benchmark")
    parser.add_argument("--switches", type=int, default=8, help="language or theme switches")
    parser.add_argument("--out", type=Path, help="folder for the .prof files")
    args = parser.parse_args()
    if args.group:
        scratch = isolate_user_folders()
        interaction.KEY_EVENTS, interaction.SWITCHES = args.events, args.switches
        clocks: list[ProfilingClock] = []

        def make_clock() -> ProfilingClock:
            clocks.append(ProfilingClock())
            return clocks[-1]

        interaction.make_clock = make_clock
        interaction.GROUPS[args.group](scratch)
        for number, clock in enumerate(clocks):
            print(report(f"{args.group}{'-' + str(number) if number else ''}", clock, args.out))
        return 0

    out = args.out or Path(tempfile.mkdtemp(prefix="desktop-app-profiles-"))
    out.mkdir(parents=True, exist_ok=True)
    failed = False
    for group in args.only.split(",") if args.only else interaction.GROUPS:
        done = subprocess.run(
            [sys.executable, __file__, "--group", group, "--events", str(args.events),
             "--switches", str(args.switches), "--out", str(out)],
            env=interaction.group_env(group),
            capture_output=True,
            text=True,
            timeout=1800,
        )  # fmt: skip
        print(done.stdout)
        if done.returncode != 0:
            failed = True
            print(f"{group}: failed\n{done.stderr[-2000:]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
