"""Throughput of the stanza backend beside the spaCy backend's, on the same texts.

    python bench/stanza_backend.py --lang fr --docs 20 [--model-dir DIR]

The models are those of `--model-dir`, else of `EVENTX_STANZA_DIR`, else the tiny
test models that fixtures/stanza/build_models.py trains (tokenizer, tagger,
lemmatizer and NER, no parser). With those models the figures are not what real
stanza models cost: what they measure is the overhead eventx adds around stanza,
the difference between bare stanza on whole texts, bare stanza on the lines eventx
parses one by one, and the backend, which also converts stanza's output into the
neutral document.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from shared import STANZA_MODELS, Article, Row, corpus, table
from throughput import best_times, eventx_runner

PART = "stanza"


def model_dir(given: str | None) -> Path:
    """The stanza model directory: the one given, else `EVENTX_STANZA_DIR`, else the tiny test models."""
    from eventx.backends.stanza import MODEL_DIR_VARIABLE

    return Path(given or os.environ.get(MODEL_DIR_VARIABLE) or STANZA_MODELS)


def measure(lang: str, docs: int, batch_size: int, repeat: int, models: Path, chars: int | None = None) -> list[Row]:
    """Rows: bare stanza, stanza with conversion, and extract_many on both backends, same texts.

    `chars`, if given, cuts every text to that length (for smoke runs).
    """
    from eventx._api import get_pipeline
    from eventx.backends.stanza import MODEL_DIR_VARIABLE

    os.environ[MODEL_DIR_VARIABLE] = str(models)
    backend = get_pipeline(lang, "stanza").backend
    nlp = backend.nlp
    texts = corpus(lang, docs, chars)
    total = sum(len(a.text) for a in texts)

    def bare(batch: list[Article]) -> int:
        return len(nlp.bulk_process([a.text for a in batch]))

    def lines(batch: list[Article]) -> int:
        nlp.bulk_process([line for a in batch for line in a.text.splitlines() if line.strip()])
        return len(batch)

    def parse(batch: list[Article]) -> int:
        return sum(1 for _ in backend.parse_many((a.text for a in batch), batch_size=batch_size))

    runners = {"bare": bare, "lines": lines, "parse": parse, "stanza": eventx_runner(lang, batch_size, backend="stanza"),
               "spacy": eventx_runner(lang, batch_size)}
    warm = texts[: len({a.text for a in texts})]
    for run in runners.values():
        run(warm)
    best = best_times(runners, texts, repeat)

    def speed(name: str) -> str:
        return f"{len(texts) / best[name]:.1f} docs/s, {total / best[name]:,.0f} chars/s"

    tiny = " (tiny test models)" if models == STANZA_MODELS else ""
    return [
        Row(PART, f"bare stanza bulk_process{tiny}: {'+'.join(backend.processors)}", speed("bare")),
        Row(PART, "bare stanza bulk_process, line by line", speed("lines")),
        Row(PART, "stanza backend parse_many (lines + conversion)", speed("parse")),
        Row(PART, "  eventx overhead over bare stanza: lines", f"{best['lines'] / best['bare'] - 1:+.0%}"),
        Row(PART, "  eventx overhead over bare stanza: conversion", f"{(best['parse'] - best['lines']) / best['bare']:+.0%}"),
        Row(PART, "extract_many, stanza backend", speed("stanza")),
        Row(PART, "extract_many, spaCy backend, same texts", speed("spacy")),
        Row(PART, "stanza / spaCy extract_many", f"{best['spacy'] / best['stanza']:.2f}x"),
    ]


def main() -> None:
    """Command-line entry point: print the stanza rows."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--docs", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--model-dir", help="stanza models (default: EVENTX_STANZA_DIR, else the tiny test models)")
    args = parser.parse_args()
    print(table(measure(args.lang, args.docs, args.batch_size, args.repeat, model_dir(args.model_dir))))


if __name__ == "__main__":
    main()
