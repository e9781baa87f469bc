"""Reading and validating ``readiness.toml``: the questionnaire is data in the pack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core.model import Figure
from ..core.tomlfile import TomlFile
from .model import (
    Dimension,
    Insight,
    ProfileQuestion,
    Question,
    Questionnaire,
    Recommendation,
    Stage,
)

READINESS = "readiness.toml"
Report = Callable[[str, int, str], None]  # path, line, message
TextReader = Callable[[TomlFile, Any, str, int, list[str]], dict[str, str]]


def parse_questionnaire(
    toml: TomlFile,
    figures: dict[str, Figure],
    languages: list[str],
    report: Report,
    local_text: TextReader,
) -> Questionnaire | None:
    """The questionnaire, or None after reporting every problem found."""
    data, shown = toml.data, toml.shown
    before = _Counter(report)
    problem = before.report

    def entries(name: str) -> list[tuple[int, int | None, dict[str, Any]]]:
        """Each ``[[name]]`` with the lines it spans."""
        values = data.get(name, [])
        starts = toml.table_lines(name)
        out = []
        for index, value in enumerate(values if isinstance(values, list) else []):
            start = starts[index] if index < len(starts) else 1
            end = starts[index + 1] - 1 if index + 1 < len(starts) else None
            out.append((start, end, value if isinstance(value, dict) else {}))
        if not out:
            problem(shown, 1, f"no [[{name}]] entries")
        return out

    def text(value: Any, what: str, line: int) -> dict[str, str]:
        return local_text(toml, value, what, line, languages)

    def unique(kind: str, seen: set[str], ident: Any, line: int) -> bool:
        if not isinstance(ident, str) or not ident:
            problem(shown, line, f"a [[{kind}]] needs an 'id'")
            return False
        if ident in seen:
            problem(shown, line, f"duplicate {kind} id '{ident}'")
            return False
        seen.add(ident)
        return True

    if data.get("format", 1) != 1:
        problem(
            shown,
            toml.line_of("format"),
            f"readiness format {data.get('format')!r} is not supported; this app reads 1",
        )
    threshold = data.get("disagreement_threshold", 34)
    if (
        isinstance(threshold, bool)
        or not isinstance(threshold, int | float)
        or not 0 < threshold <= 100
    ):
        problem(
            shown,
            toml.line_of("disagreement_threshold"),
            "disagreement_threshold must be a number from 1 to 100",
        )
        threshold = 34

    stages: list[Stage] = []
    seen: set[str] = set()
    for start, _end, entry in entries("stage"):
        if unique("stage", seen, entry.get("id"), start):
            score = entry.get("min_score")
            if not isinstance(score, int | float) or not 0 <= score <= 100:
                problem(
                    shown,
                    toml.line_of("min_score", start),
                    "min_score must be a number from 0 to 100",
                )
                continue
            stages.append(
                Stage(
                    entry["id"],
                    float(score),
                    text(entry.get("title"), f"stage '{entry['id']}': title", start),
                    text(entry.get("description"), f"stage '{entry['id']}': description", start),
                )
            )
    if stages:
        scores = [s.min_score for s in stages]
        if scores != sorted(scores) or scores[0] != 0:
            problem(shown, toml.table_lines("stage")[0], "stages must rise from min_score = 0")

    dimensions: list[Dimension] = []
    obstacle_lines: dict[str, int] = {}
    seen = set()
    for start, end, entry in entries("dimension"):
        if not unique("dimension", seen, entry.get("id"), start):
            continue
        obstacle = entry.get("obstacle")
        obstacle_lines[entry["id"]] = toml.line_of("obstacle", start, end)
        weight = entry.get("weight", 1.0)
        if not isinstance(weight, int | float) or weight <= 0:
            problem(shown, toml.line_of("weight", start, end), "weight must be a positive number")
            weight = 1.0
        dimensions.append(
            Dimension(
                entry["id"],
                float(weight),
                obstacle,
                text(entry.get("title"), f"dimension '{entry['id']}': title", start),
                text(entry.get("lever"), f"dimension '{entry['id']}': lever", start),
            )
        )
    dimension_ids = {d.id for d in dimensions}

    profile: list[ProfileQuestion] = []
    seen = set()
    for start, end, entry in entries("profile"):
        if not unique("profile", seen, entry.get("id"), start):
            continue
        figure = figures.get(entry.get("figure", ""))
        if figure is None:
            problem(
                shown, toml.line_of("figure", start, end), f"unknown figure {entry.get('figure')!r}"
            )
            continue
        options = tuple(i.item_id for i in figure.items)
        choice = entry.get("choice", "single")
        if choice not in ("single", "multiple"):
            problem(
                shown, toml.line_of("choice", start, end), "choice must be 'single' or 'multiple'"
            )
        ladder = entry.get("ladder")
        per_participant = bool(entry.get("per_participant", False))
        if per_participant and (choice == "multiple" or ladder is not None):
            problem(
                shown,
                toml.line_of("per_participant", start, end),
                "a per_participant question must be single choice without a ladder",
            )
        if ladder is not None and (
            not isinstance(ladder, list) or sorted(map(str, ladder)) != sorted(options)
        ):
            problem(
                shown,
                toml.line_of("ladder", start, end),
                "ladder must list every item of the figure once",
            )
            ladder = None
        profile.append(
            ProfileQuestion(
                id=entry["id"],
                figure_id=figure.id,
                choice=choice,
                per_participant=per_participant,
                quick=bool(entry.get("quick", True)),
                ladder=tuple(ladder) if ladder else None,
                text=text(entry.get("text"), f"profile '{entry['id']}': text", start),
                options=options,
            )
        )

    # A dimension's 'obstacle' is an option of the profile question named by obstacles_question.
    obstacles_id = data.get("obstacles_question")
    obstacles = next((p for p in profile if p.id == obstacles_id), None)
    for dimension in dimensions:
        if dimension.obstacle is None:
            continue
        if obstacles is None:
            problem(
                shown,
                toml.line_of("obstacles_question"),
                "obstacles_question must name a [[profile]] id",
            )
            break
        if dimension.obstacle not in obstacles.options:
            problem(shown, obstacle_lines[dimension.id], f"unknown obstacle '{dimension.obstacle}'")

    questions: list[Question] = []
    seen = set(seen)  # question ids may not repeat profile ids either
    for start, end, entry in entries("question"):
        if not unique("question", seen, entry.get("id"), start):
            continue
        qid = entry["id"]
        if entry.get("dimension") not in dimension_ids:
            problem(
                shown, toml.line_of("dimension", start, end), f"question '{qid}': unknown dimension"
            )
            continue
        raw_options = entry.get("option", [])
        if not isinstance(raw_options, list) or len(raw_options) < 2:
            problem(
                shown, start, f"question '{qid}' needs at least two [[question.option]] anchors"
            )
            continue
        option_lines = [
            n
            for n in toml.table_lines("question.option")
            if n > start and (end is None or n <= end)
        ]
        options = tuple(
            text(
                o,
                f"question '{qid}': option {i + 1}",
                option_lines[i] if i < len(option_lines) else start,
            )
            for i, o in enumerate(raw_options)
        )
        weight = entry.get("weight", 1.0)
        if not isinstance(weight, int | float) or weight <= 0:
            problem(
                shown,
                toml.line_of("weight", start, end),
                f"question '{qid}': weight must be positive",
            )
            weight = 1.0
        questions.append(
            Question(
                id=qid,
                dimension=entry["dimension"],
                quick=bool(entry.get("quick", False)),
                weight=float(weight),
                text=text(entry.get("text"), f"question '{qid}': text", start),
                options=options,
            )
        )
    for dimension in dimensions:
        asked = [q for q in questions if q.dimension == dimension.id]
        if not asked:
            problem(shown, 1, f"dimension '{dimension.id}' has no questions")
        elif not any(q.quick for q in asked):
            problem(
                shown,
                1,
                f"dimension '{dimension.id}' has no quick = true question for the quick check",
            )

    recommendations: list[Recommendation] = []
    seen = set()
    for start, end, entry in entries("recommendation"):
        if not unique("recommendation", seen, entry.get("id"), start):
            continue
        if entry.get("dimension") not in dimension_ids:
            problem(
                shown,
                toml.line_of("dimension", start, end),
                f"recommendation '{entry['id']}': unknown dimension",
            )
            continue
        below = entry.get("below")
        if not isinstance(below, int | float) or not 0 < below <= 101:
            problem(
                shown, toml.line_of("below", start, end), "below must be a number from 1 to 101"
            )
            continue
        actions = entry.get("actions", {})
        if not isinstance(actions, dict) or any(
            not (
                isinstance(actions.get(lang), list)
                and actions[lang]
                and all(isinstance(a, str) for a in actions[lang])
            )
            for lang in languages
        ):
            problem(
                shown,
                toml.line_of("actions", start, end),
                f"recommendation '{entry['id']}' needs a list of actions per language",
            )
            continue
        recommendations.append(
            Recommendation(
                id=entry["id"],
                dimension=entry["dimension"],
                below=float(below),
                title=text(entry.get("title"), f"recommendation '{entry['id']}': title", start),
                actions={lang: tuple(v) for lang, v in actions.items()},
            )
        )
    for dimension in dimensions:
        bands = [r.below for r in recommendations if r.dimension == dimension.id]
        if not bands or max(bands) <= 100:
            problem(shown, 1, f"dimension '{dimension.id}' needs a recommendation with below = 101")

    profile_ids = {p.id: p for p in profile}
    insights: list[Insight] = []
    for start, end, entry in data.get("insight") and entries("insight") or []:
        question = profile_ids.get(entry.get("question", ""))
        if question is None:
            problem(
                shown,
                toml.line_of("question", start, end),
                f"insight names unknown question {entry.get('question')!r}",
            )
            continue
        unknown = [o for o in entry.get("options", []) if o not in question.options]
        if unknown:
            problem(
                shown,
                toml.line_of("options", start, end),
                f"insight: '{question.id}' has no option(s) {', '.join(unknown)}",
            )
            continue
        insights.append(
            Insight(
                question.id,
                tuple(entry.get("options", [])),
                text(entry.get("text"), "insight: text", start),
            )
        )

    if before.count or not (stages and dimensions and questions):
        return None
    return Questionnaire(
        obstacles_question=obstacles_id if obstacles else None,
        stages=stages,
        dimensions=dimensions,
        profile=profile,
        questions=questions,
        recommendations=recommendations,
        insights=insights,
        disagreement_threshold=float(threshold),
        dont_know=text(data.get("dont_know"), "dont_know", toml.line_of("dont_know")),
        knowledge_gap=text(
            data.get("knowledge_gap"), "knowledge_gap", toml.line_of("knowledge_gap")
        ),
    )


class _Counter:
    """Passes problems on and counts them, to know whether this file added any."""

    def __init__(self, report: Report) -> None:
        self.inner = report
        self.count = 0

    def report(self, path: str, line: int, message: str) -> None:
        self.count += 1
        self.inner(path, line, message)
