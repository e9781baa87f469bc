"""Reading and validating ``readiness.toml``: the questionnaire is data in the pack.

It is read after the report, because its survey questions are the report's figures and
its insights point at the report's chapters; problems go to the same :class:`PackReader`
as the report's, so ``--check`` lists both in one pass.
"""

from __future__ import annotations

import difflib
from typing import Any

from ..core.model import Reference, ReportPack
from ..core.tomlfile import TomlFile
from ..core.validation import (
    PackReader,
    ProblemCounter,
    TableEntry,
    local_text,
    one_of,
    optional_text,
    read_reference,
    strings,
    table_entries,
)
from .model import (
    FINDING,
    INSIGHT_KINDS,
    Dimension,
    Insight,
    ProfileQuestion,
    Question,
    Questionnaire,
    Recommendation,
    Stage,
)

READINESS = "readiness.toml"
FORMAT_VERSION = 1
DEFAULT_THRESHOLD = 34


def read_questionnaire(reader: PackReader, pack: ReportPack) -> Questionnaire | None:
    """The pack's questionnaire, or None when it has none or it has problems (all reported)."""
    if not reader.exists(READINESS):
        return None
    toml = reader.read_toml(READINESS)
    if toml is None:
        return None
    return _QuestionnaireReader(reader, toml, pack).read()


class _QuestionnaireReader:
    def __init__(self, reader: PackReader, toml: TomlFile, pack: ReportPack) -> None:
        self.reader, self.toml, self.pack = reader, toml, pack
        self.shown = toml.shown
        self.languages = pack.languages
        # Dimensions with a question or recommendation left out for its own problem: what
        # they then lack ("has no questions") only follows from it and is not reported.
        self.incomplete: set[str] = set()

    # -- helpers -----------------------------------------------------------------------
    def problem(self, line: int, message: str) -> None:
        self.reader.problem(self.shown, line, message)

    def text(self, value: Any, what: str, line: int) -> dict[str, str]:
        return local_text(self.reader, self.toml, value, what, line, self.languages)

    def entries(self, name: str) -> list[TableEntry]:
        """Each ``[[name]]``; a file without any is a problem (the check needs them all)."""
        found = [e for e in table_entries(self.toml, name) if e.is_table]
        if not found:
            self.problem(1, f"no [[{name}]] entries")
        return found

    def unique(self, kind: str, seen: set[str], entry: TableEntry) -> str | None:
        """The entry's id, or None after reporting it missing or repeated."""
        ident = entry.data.get("id")
        if not isinstance(ident, str) or not ident:
            self.problem(entry.start, f"a [[{kind}]] needs an 'id'")
            return None
        if ident in seen:
            self.problem(entry.start, f"duplicate {kind} id '{ident}'")
            return None
        seen.add(ident)
        return ident

    def number(self, entry: TableEntry, key: str, default: float | None, low: float, high: float):
        """A number within ``low``..``high`` (booleans are not numbers), or None if it is not."""
        value = entry.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value) if low <= value <= high else None

    # -- the file ----------------------------------------------------------------------
    def read(self) -> Questionnaire | None:
        counter = ProblemCounter(self.reader)
        data, toml = self.toml.data, self.toml
        if data.get("format", FORMAT_VERSION) != FORMAT_VERSION:
            self.problem(
                toml.line_of("format"),
                f"readiness format {data.get('format')!r} is not supported; this app reads "
                f"{FORMAT_VERSION}",
            )
        threshold = data.get("disagreement_threshold", DEFAULT_THRESHOLD)
        if (
            isinstance(threshold, bool)
            or not isinstance(threshold, int | float)
            or not 0 < threshold <= 100
        ):
            self.problem(
                toml.line_of("disagreement_threshold"),
                "disagreement_threshold must be a number from 1 to 100",
            )
            threshold = DEFAULT_THRESHOLD
        stages = self.stages()
        dimensions, obstacle_lines = self.dimensions()
        profile = self.profile()
        obstacles_id = self.obstacles_question(dimensions, profile, obstacle_lines)
        questions = self.questions(dimensions, {p.id for p in profile})
        recommendations = self.recommendations(dimensions)
        insights = self.insights(profile)
        dont_know = self.text(data.get("dont_know"), "dont_know", toml.line_of("dont_know"))
        knowledge_gap = self.text(
            data.get("knowledge_gap"), "knowledge_gap", toml.line_of("knowledge_gap")
        )
        if counter.count or not (stages and dimensions and questions):
            return None
        return Questionnaire(
            obstacles_question=obstacles_id,
            stages=stages,
            dimensions=dimensions,
            profile=profile,
            questions=questions,
            recommendations=recommendations,
            insights=insights,
            disagreement_threshold=float(threshold),
            dont_know=dont_know,
            knowledge_gap=knowledge_gap,
            name=optional_text(data.get("name")),
        )

    def stages(self) -> list[Stage]:
        stages: list[Stage] = []
        seen: set[str] = set()
        for entry in self.entries("stage"):
            ident = self.unique("stage", seen, entry)
            if ident is None:
                continue
            score = self.number(entry, "min_score", None, 0, 100)
            if score is None:
                self.problem(
                    entry.line_of(self.toml, "min_score"),
                    "min_score must be a number from 0 to 100",
                )
                continue
            stages.append(
                Stage(
                    ident,
                    score,
                    self.text(entry.data.get("title"), f"stage '{ident}': title", entry.start),
                    self.text(
                        entry.data.get("description"),
                        f"stage '{ident}': description",
                        entry.start,
                    ),
                    self.reference(entry, "source", f"stage '{ident}'"),
                )
            )
        scores = [s.min_score for s in stages]
        if stages and (scores != sorted(scores) or scores[0] != 0):
            self.problem(self.toml.table_lines("stage")[0], "stages must rise from min_score = 0")
        return stages

    def dimensions(self) -> tuple[list[Dimension], dict[str, int]]:
        dimensions: list[Dimension] = []
        obstacle_lines: dict[str, int] = {}
        seen: set[str] = set()
        for entry in self.entries("dimension"):
            ident = self.unique("dimension", seen, entry)
            if ident is None:
                continue
            obstacle_lines[ident] = entry.line_of(self.toml, "obstacle")
            weight = self.number(entry, "weight", 1.0, 1e-9, float("inf"))
            if weight is None:
                self.problem(entry.line_of(self.toml, "weight"), "weight must be a positive number")
                weight = 1.0
            obstacle = entry.data.get("obstacle")
            dimensions.append(
                Dimension(
                    ident,
                    weight,
                    obstacle if isinstance(obstacle, str) else None,
                    self.text(entry.data.get("title"), f"dimension '{ident}': title", entry.start),
                    self.text(entry.data.get("lever"), f"dimension '{ident}': lever", entry.start),
                )
            )
        return dimensions, obstacle_lines

    def profile(self) -> list[ProfileQuestion]:
        """The survey's own questions: each one's options are the items of a figure."""
        profile: list[ProfileQuestion] = []
        seen: set[str] = set()
        for entry in self.entries("profile"):
            ident = self.unique("profile", seen, entry)
            if ident is None:
                continue
            data = entry.data
            figure = self.pack.figures.get(data.get("figure", ""))
            if figure is None:
                self.problem(
                    entry.line_of(self.toml, "figure"), f"unknown figure {data.get('figure')!r}"
                )
                continue
            options = tuple(i.item_id for i in figure.items)
            choice = data.get("choice", "single")
            one_of(
                self.reader,
                self.toml,
                choice,
                ("single", "multiple"),
                f"profile '{ident}': choice",
                entry.line_of(self.toml, "choice"),
            )
            ladder = data.get("ladder")
            per_participant = bool(data.get("per_participant", False))
            if per_participant and (choice == "multiple" or ladder is not None):
                self.problem(
                    entry.line_of(self.toml, "per_participant"),
                    "a per_participant question must be single choice without a ladder",
                )
            if ladder is not None and (not strings(ladder) or sorted(ladder) != sorted(options)):
                self.problem(
                    entry.line_of(self.toml, "ladder"),
                    "ladder must list every item of the figure once",
                )
                ladder = None
            profile.append(
                ProfileQuestion(
                    id=ident,
                    figure_id=figure.id,
                    choice=choice,
                    per_participant=per_participant,
                    quick=bool(data.get("quick", True)),
                    ladder=tuple(ladder) if ladder else None,
                    text=self.text(data.get("text"), f"profile '{ident}': text", entry.start),
                    options=options,
                    ladder_note=optional_text(data.get("ladder_note")),
                    help=optional_text(data.get("help")),
                )
            )
        return profile

    def obstacles_question(
        self,
        dimensions: list[Dimension],
        profile: list[ProfileQuestion],
        obstacle_lines: dict[str, int],
    ) -> str | None:
        """The profile question whose options the dimensions' ``obstacle`` keys name."""
        wanted = self.toml.data.get("obstacles_question")
        obstacles = next((p for p in profile if p.id == wanted), None)
        for dimension in dimensions:
            if dimension.obstacle is None:
                continue
            if obstacles is None:
                self.problem(
                    self.toml.line_of("obstacles_question"),
                    "obstacles_question must name a [[profile]] id",
                )
                break
            if dimension.obstacle not in obstacles.options:
                self.problem(
                    obstacle_lines[dimension.id], f"unknown obstacle '{dimension.obstacle}'"
                )
        return obstacles.id if obstacles else None

    def questions(self, dimensions: list[Dimension], profile_ids: set[str]) -> list[Question]:
        questions: list[Question] = []
        dimension_ids = {d.id for d in dimensions}
        seen = set(profile_ids)  # question ids may not repeat profile ids either
        option_lines = self.toml.table_lines("question.option")
        for entry in self.entries("question"):
            ident = self.unique("question", seen, entry)
            if ident is None:
                continue
            named = entry.data.get("dimension")
            if named not in dimension_ids:
                meant = difflib.get_close_matches(str(named), sorted(dimension_ids), n=1)
                hint = f"; did you mean '{meant[0]}'?" if meant else ""
                self.problem(
                    entry.line_of(self.toml, "dimension"),
                    f"question '{ident}': unknown dimension {named!r}{hint}",
                )
                self.incomplete.update(meant)
                continue
            raw_options = entry.data.get("option", [])
            if not isinstance(raw_options, list) or len(raw_options) < 2:
                self.problem(
                    entry.start,
                    f"question '{ident}' needs at least two [[question.option]] anchors",
                )
                self.incomplete.add(named)
                continue
            lines = [
                n for n in option_lines if n > entry.start and (entry.end is None or n <= entry.end)
            ]
            options = tuple(
                self.text(
                    option,
                    f"question '{ident}': option {number}",
                    lines[number - 1] if number - 1 < len(lines) else entry.start,
                )
                for number, option in enumerate(raw_options, start=1)
            )
            weight = self.number(entry, "weight", 1.0, 1e-9, float("inf"))
            if weight is None:
                self.problem(
                    entry.line_of(self.toml, "weight"),
                    f"question '{ident}': weight must be positive",
                )
                weight = 1.0
            questions.append(
                Question(
                    id=ident,
                    dimension=entry.data["dimension"],
                    quick=bool(entry.data.get("quick", False)),
                    weight=weight,
                    text=self.text(
                        entry.data.get("text"), f"question '{ident}': text", entry.start
                    ),
                    options=options,
                    help=optional_text(entry.data.get("help")),
                )
            )
        for dimension in dimensions:
            asked = [q for q in questions if q.dimension == dimension.id]
            if dimension.id in self.incomplete:
                continue  # a question of it was left out for its own, reported, problem
            if not asked:
                self.problem(1, f"dimension '{dimension.id}' has no questions")
            elif not any(q.quick for q in asked):
                self.problem(
                    1,
                    f"dimension '{dimension.id}' has no quick = true question for the quick check",
                )
        return questions

    def recommendations(self, dimensions: list[Dimension]) -> list[Recommendation]:
        recommendations: list[Recommendation] = []
        dimension_ids = {d.id for d in dimensions}
        seen: set[str] = set()
        for entry in self.entries("recommendation"):
            ident = self.unique("recommendation", seen, entry)
            if ident is None:
                continue
            named = entry.data.get("dimension")
            if named not in dimension_ids:
                meant = difflib.get_close_matches(str(named), sorted(dimension_ids), n=1)
                hint = f"; did you mean '{meant[0]}'?" if meant else ""
                self.problem(
                    entry.line_of(self.toml, "dimension"),
                    f"recommendation '{ident}': unknown dimension {named!r}{hint}",
                )
                self.incomplete.update(meant)
                continue
            below = self.number(entry, "below", None, 1e-9, 101)
            if below is None:
                self.problem(
                    entry.line_of(self.toml, "below"), "below must be a number from 1 to 101"
                )
                self.incomplete.add(entry.data["dimension"])
                continue
            actions = entry.data.get("actions", {})
            line = entry.line_of(self.toml, "actions")
            if not isinstance(actions, dict) or not all(
                strings(actions[lang]) and actions[lang]
                for lang in actions
                if lang in self.languages
            ):
                self.problem(line, f"recommendation '{ident}' needs a list of actions per language")
                self.incomplete.add(entry.data["dimension"])
                continue
            for lang in self.languages:
                if lang not in actions:  # a language gap; summarised when the file has many
                    self.problem(line, f"recommendation '{ident}': actions has no '{lang}' text")
            recommendations.append(
                Recommendation(
                    id=ident,
                    dimension=entry.data["dimension"],
                    below=below,
                    title=self.text(
                        entry.data.get("title"), f"recommendation '{ident}': title", entry.start
                    ),
                    actions={lang: tuple(v) for lang, v in actions.items() if strings(v)},
                )
            )
        for dimension in dimensions:
            if dimension.id in self.incomplete:
                continue  # its broken recommendation is reported; the band may be that one
            bands = [r.below for r in recommendations if r.dimension == dimension.id]
            if not bands or max(bands) <= 100:
                self.problem(
                    1, f"dimension '{dimension.id}' needs a recommendation with below = 101"
                )
        return recommendations

    def insights(self, profile: list[ProfileQuestion]) -> list[Insight]:
        """What the report says about organisations like the client (optional)."""
        if "insight" not in self.toml.data:
            return []
        by_id = {p.id: p for p in profile}
        insights: list[Insight] = []
        for entry in self.entries("insight"):
            question = by_id.get(entry.data.get("question", ""))
            if question is None:
                self.problem(
                    entry.line_of(self.toml, "question"),
                    f"insight names unknown question {entry.data.get('question')!r}",
                )
                continue
            options = entry.data.get("options", [])
            unknown = [o for o in options if o not in question.options] if strings(options) else []
            if unknown or not strings(options):
                self.problem(
                    entry.line_of(self.toml, "options"),
                    f"insight: '{question.id}' has no option(s) {', '.join(map(str, unknown or [options]))}",
                )
                continue
            kind = entry.data.get("kind", FINDING)
            if not one_of(
                self.reader,
                self.toml,
                kind,
                INSIGHT_KINDS,
                "insight: kind",
                entry.line_of(self.toml, "kind"),
            ):
                continue
            source = self.reference(entry, "source", "insight")
            if kind == FINDING and "source" not in entry.data:
                self.problem(
                    entry.start,
                    "insight: a finding needs a source: where the report says it "
                    "(source.chapter and source.section, or source.figure); "
                    'or mark it kind = "advice" if it is advice, not a finding of the survey',
                )
                continue
            insights.append(
                Insight(
                    question.id,
                    tuple(options),
                    self.text(entry.data.get("text"), "insight: text", entry.start),
                    kind,
                    source,
                )
            )
        return insights

    def reference(self, entry: TableEntry, key: str, what: str) -> Reference | None:
        """Where the report says it, when the entry names a place (``source``)."""
        if key not in entry.data:
            return None
        return read_reference(
            self.reader,
            self.shown,
            entry.data[key],
            f"{what}: {key}",
            entry.line_of(self.toml, key),
            self.pack.figures,
            self.pack.chapters,
        )
