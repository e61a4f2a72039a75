"""JSON Schema of the result models, generated from the pydantic models themselves.

`schemas/` at the top of the repository holds one file per public result model;
regenerate them after changing `eventx/models.py`, from the repository root, with

    python -m eventx.schema --write

and check that they are current with `python -m eventx.schema --check`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from eventx.models import Extraction, Figure, Meeting, Participant, Span, Statement
from eventx.plover import PloverRecord

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The JSON Schema dialect pydantic generates."""

MODELS: dict[str, type[BaseModel]] = {
    "extraction": Extraction,
    "figure": Figure,
    "meeting": Meeting,
    "participant": Participant,
    "plover-record": PloverRecord,
    "span": Span,
    "statement": Statement,
}
"""Public result models by schema name; `extraction` is what `eventx.extract` returns."""

SCHEMA_DIR = Path("schemas")
"""Where the generated schemas live, relative to the repository root."""


def json_schema(name: str = "extraction") -> dict[str, Any]:
    """The JSON Schema of one result model, as a dict, with its dialect and title."""
    try:
        model = MODELS[name]
    except KeyError:
        raise ValueError(f"Unknown schema {name!r}. Available: {', '.join(sorted(MODELS))}") from None
    return {"$schema": SCHEMA_DIALECT, **model.model_json_schema(mode="serialization")}


def render(name: str = "extraction") -> str:
    """The JSON Schema of one model as the text stored in `schemas/<name>.schema.json`."""
    return json.dumps(json_schema(name), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def schema_files(directory: Path = SCHEMA_DIR) -> dict[Path, str]:
    """Every schema file that belongs in `directory`, with the content it should have."""
    return {directory / f"{name}.schema.json": render(name) for name in MODELS}


def write(directory: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema into `directory`, removing stale ones; the paths that changed."""
    directory.mkdir(parents=True, exist_ok=True)
    expected = schema_files(directory)
    changed = [path for path in directory.glob("*.schema.json") if path not in expected]
    for path in changed:
        path.unlink()
    for path, content in expected.items():
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
            changed.append(path)
    return changed


def stale(directory: Path = SCHEMA_DIR) -> list[Path]:
    """Schema files in `directory` that are missing, outdated or no longer generated."""
    expected = schema_files(directory)
    extra = [path for path in directory.glob("*.schema.json") if path not in expected]
    outdated = [
        path
        for path, content in expected.items()
        if not path.exists() or path.read_text(encoding="utf-8") != content
    ]
    return sorted(extra + outdated)


def main(argv: Sequence[str] | None = None) -> int:
    """Print a schema, or write or check the files of `schemas/`."""
    parser = argparse.ArgumentParser(prog="python -m eventx.schema", description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", action="store_true", help="regenerate the schema files")
    action.add_argument("--check", action="store_true", help="exit 1 when a schema file is out of date")
    parser.add_argument("--dir", type=Path, default=SCHEMA_DIR, help="schema folder (default: %(default)s)")
    parser.add_argument("--model", choices=sorted(MODELS), default="extraction", help="schema to print")
    args = parser.parse_args(argv)
    if args.write:
        for path in write(args.dir):
            print(f"wrote {path}")
        return 0
    if args.check:
        outdated = stale(args.dir)
        for path in outdated:
            print(f"out of date: {path} (run: python -m eventx.schema --write)", file=sys.stderr)
        return 1 if outdated else 0
    sys.stdout.write(render(args.model))
    return 0


if __name__ == "__main__":
    sys.exit(main())
