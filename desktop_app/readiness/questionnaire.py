"""Reading and validating ``readiness.toml``: the questionnaire is data in the pack.

It is read after the report, because its survey questions are the report's figures and
its insights point at the report's chapters; problems go to the same :class:`PackReader`
as the report's, so ``--check`` lists both in one pass.
"""

from __future__ import annotations

from ..core.model import Reference, ReportPack
from ..core.pack_schema import READINESS_SCHEMA
from ..core.problems import closest
from ..core.tomlfile import TomlFile
from ..core.validation import (
    PackReader,
    ProblemCounter,
    Shapes,
    TableEntry,
    local_text,
    read_reference,
    table_entries,
)
from .model import (
    FINDING,
    Dimension,
    Insight,
    ProfileQuestion,
    Question,
    Questionnaire,
    Recommendation,
    Stage,
)

READINESS = "readiness.toml"
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
    """Checks what the schema cannot: ids that must exist, in this file and in the report."""

    def __init__(self, reader: PackReader, toml: TomlFile, pack: ReportPack) -> None:
        self.reader, self.toml, self.pack = reader, toml, pack
        self.shown = toml.shown
        self.languages = pack.languages
        self.shapes = Shapes(())
        # Dimensions with a question or recommendation left out for its own problem: what
        # they then lack ("has no questions") only follows from it and is not reported.
        self.incomplete: set[str] = set()
        # Ids of blocks left out for a problem of shape: naming them is no further problem.
        self.left_out: set[str] = set()

    # -- helpers -----------------------------------------------------------------------
    def problem(self, line: int, message: str) -> None:
        self.reader.problem(self.shown, line, message)

    def text(self, value: dict[str, str], what: str, line: int) -> dict[str, str]:
        return local_text(self.reader, self.toml, value, what, line, self.languages)

    def entries(self, name: str) -> list[TableEntry]:
        """Each ``[[name]]`` the schema accepted; the ids of the others are remembered."""
        found = []
        for index, entry in enumerate(table_entries(self.toml, name)):
            if not self.shapes.broken(name, index):
                found.append(entry)
                continue
            for key in ("id", "dimension"):
                if isinstance(entry.data.get(key), str):
                    (self.left_out if key == "id" else self.incomplete).add(entry.data[key])
        return found

    def unique(self, kind: str, seen: set[str], entry: TableEntry) -> str | None:
        """The entry's id, or None after reporting it repeated."""
        ident = entry.data["id"]
        if ident in seen:
            self.problem(entry.start, f"duplicate {kind} id '{ident}'")
            return None
        seen.add(ident)
        return ident

    def top_text(self, key: str) -> dict[str, str]:
        """A text per language among the plain keys (dont_know), if its shape is right."""
        data = self.toml.data
        if key not in data or self.shapes.broken(key):
            return {}
        return self.text(data[key], key, self.toml.line_of(key))

    # -- the file ----------------------------------------------------------------------
    def read(self) -> Questionnaire | None:
        counter = ProblemCounter(self.reader)
        data = self.toml.data
        self.shapes = self.reader.shapes(self.toml, READINESS_SCHEMA, self.languages)
        stages = self.stages()
        dimensions, obstacle_lines = self.dimensions()
        profile = self.profile()
        obstacles_id = self.obstacles_question(dimensions, profile, obstacle_lines)
        questions = self.questions(dimensions, {p.id for p in profile})
        recommendations = self.recommendations(dimensions)
        insights = self.insights(profile)
        if counter.count:
            # a dont_know or knowledge_gap lacking a language is as likely a key that
            # belongs higher up the file: told once the rest is clean
            return None
        dont_know = self.top_text("dont_know")
        knowledge_gap = self.top_text("knowledge_gap")
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
            disagreement_threshold=float(data.get("disagreement_threshold", DEFAULT_THRESHOLD)),
            dont_know=dont_know,
            knowledge_gap=knowledge_gap,
            name=data.get("name", {}),
        )

    def stages(self) -> list[Stage]:
        stages: list[Stage] = []
        seen: set[str] = set()
        for entry in self.entries("stage"):
            ident = self.unique("stage", seen, entry)
            if ident is None:
                continue
            stages.append(
                Stage(
                    ident,
                    float(entry.data["min_score"]),
                    self.text(entry.data["title"], f"stage '{ident}': title", entry.start),
                    self.text(
                        entry.data["description"], f"stage '{ident}': description", entry.start
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
            dimensions.append(
                Dimension(
                    ident,
                    float(entry.data.get("weight", 1.0)),
                    entry.data.get("obstacle"),
                    self.text(entry.data["title"], f"dimension '{ident}': title", entry.start),
                    self.text(entry.data["lever"], f"dimension '{ident}': lever", entry.start),
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
            figure = self.pack.figures.get(data["figure"])
            if figure is None:
                self.problem(
                    entry.line_of(self.toml, "figure"), f"unknown figure {data['figure']!r}"
                )
                self.left_out.add(ident)
                continue
            options = tuple(i.item_id for i in figure.items)
            choice = data.get("choice", "single")
            ladder = data.get("ladder")
            per_participant = data.get("per_participant", False)
            if per_participant and (choice == "multiple" or ladder is not None):
                self.problem(
                    entry.line_of(self.toml, "per_participant"),
                    "a per_participant question must be single choice without a ladder",
                )
            if ladder is not None and sorted(ladder) != sorted(options):
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
                    quick=data.get("quick", True),
                    ladder=tuple(ladder) if ladder else None,
                    text=self.text(data["text"], f"profile '{ident}': text", entry.start),
                    options=options,
                    ladder_note=data.get("ladder_note", {}),
                    help=data.get("help", {}),
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
        if wanted in self.left_out or self.shapes.broken("obstacles_question"):
            return None  # that question's own problem is reported
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

    def known_dimension(self, entry: TableEntry, what: str, dimension_ids: set[str]) -> bool:
        """Whether the entry's dimension exists; if not, says which one was likely meant."""
        named = entry.data["dimension"]
        if named in dimension_ids:
            return True
        if named in self.left_out:
            return False  # that dimension's own problem is reported
        meant = closest(named, sorted(dimension_ids))
        hint = f"; did you mean '{meant}'?" if meant else ""
        self.problem(
            entry.line_of(self.toml, "dimension"), f"{what}: unknown dimension {named!r}{hint}"
        )
        if meant:
            self.incomplete.add(meant)
        return False

    def questions(self, dimensions: list[Dimension], profile_ids: set[str]) -> list[Question]:
        questions: list[Question] = []
        dimension_ids = {d.id for d in dimensions}
        seen = profile_ids | self.left_out  # question ids may not repeat profile ids either
        option_lines = self.toml.table_lines("question.option")
        for entry in self.entries("question"):
            ident = self.unique("question", seen, entry)
            if ident is None or not self.known_dimension(
                entry, f"question '{ident}'", dimension_ids
            ):
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
                for number, option in enumerate(entry.data["option"], start=1)
            )
            questions.append(
                Question(
                    id=ident,
                    dimension=entry.data["dimension"],
                    quick=entry.data.get("quick", False),
                    weight=float(entry.data.get("weight", 1.0)),
                    text=self.text(entry.data["text"], f"question '{ident}': text", entry.start),
                    options=options,
                    help=entry.data.get("help", {}),
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
            if ident is None or not self.known_dimension(
                entry, f"recommendation '{ident}'", dimension_ids
            ):
                continue
            actions = entry.data["actions"]
            line = entry.line_of(self.toml, "actions")
            for lang in self.languages:
                if lang not in actions:  # a language gap; summarised when the file has many
                    self.problem(line, f"recommendation '{ident}': actions has no '{lang}' text")
            recommendations.append(
                Recommendation(
                    id=ident,
                    dimension=entry.data["dimension"],
                    below=float(entry.data["below"]),
                    title=self.text(
                        entry.data["title"], f"recommendation '{ident}': title", entry.start
                    ),
                    actions={lang: tuple(v) for lang, v in actions.items()},
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
        by_id = {p.id: p for p in profile}
        insights: list[Insight] = []
        for entry in self.entries("insight"):
            named = entry.data["question"]
            question = by_id.get(named)
            if question is None:
                if named not in self.left_out:
                    self.problem(
                        entry.line_of(self.toml, "question"),
                        f"insight names unknown question {named!r}",
                    )
                continue
            options = entry.data["options"]
            unknown = [o for o in options if o not in question.options]
            if unknown:
                self.problem(
                    entry.line_of(self.toml, "options"),
                    f"insight: '{question.id}' has no option(s) {', '.join(unknown)}",
                )
                continue
            kind = entry.data.get("kind", FINDING)
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
                    self.text(entry.data["text"], "insight: text", entry.start),
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
