"""Distributed extraction on a local Dask cluster of two worker processes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster
from hypothesis import given, settings
from hypothesis import strategies as st

import eventx
from eventx.dask import ITEM_DTYPES, ITEM_KINDS, ITEMS_SPARK_SCHEMA, extract_bag, extract_frame, extract_items, items_frame
from conftest import load_gold

POISONS = [
    pytest.param(None, {}, "TypeError", id="none-text"),
    pytest.param(b"Le ministre a rencontre son homologue.", {}, "TypeError", id="bytes-text"),
    pytest.param("Le ministre a rencontré son homologue.", {"published": "21/11/2023"}, "ValueError", id="bad-published"),
    pytest.param("The minister met his counterpart.", {"lang": "de"}, "UnknownNameError", id="unknown-lang"),
]
FRAME_POISONS = [poison for poison in POISONS if poison.id != "bytes-text"]
"""Dask stores a text column as Arrow strings, which decodes bytes before any task runs."""


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A client on a local cluster of two single-threaded worker processes, closed before the cluster.

    The scheduler's HTTP server binds any free port: it starts even without a
    dashboard, and the default port may be taken by another cluster on the machine.
    """
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    """The two shortest French and the two shortest English dev articles."""
    return [doc for lang in ("fr", "en") for doc in sorted(load_gold(lang), key=lambda d: len(d["text"]))[:2]]


def _pair(doc: dict) -> tuple[str, dict]:
    """A dev article as a (text, context) pair."""
    return doc["text"], {"id": doc["id"], "lang": doc["lang"], "published": doc["published"]}


def _expected(doc: dict) -> eventx.Extraction:
    """What `eventx.extract` gives for a dev article in this process, with the article's id."""
    result = eventx.extract(doc["text"], lang=doc["lang"], published=doc["published"])
    return result.model_copy(update={"id": doc["id"]})


def _cached_pipelines() -> dict[str, int]:
    """Identity of each pipeline cached in the calling process, by language and backend."""
    from eventx._api import _pipelines

    return {f"{lang}-{backend}": id(pipeline) for (lang, backend), pipeline in _pipelines.items()}


@pytest.mark.model
@pytest.mark.parametrize("npartitions", [1, 3], ids=["one-partition", "three-partitions"])
def test_bag_results_equal_extract_in_input_order(client: Client, documents: list[dict], npartitions: int) -> None:
    bag = db.from_sequence([_pair(doc) for doc in documents], npartitions=npartitions)
    results = extract_bag(bag).compute()
    assert results == [_expected(doc).model_dump(mode="json") for doc in documents]


@pytest.mark.model
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bag_of_bare_texts_takes_call_wide_lang_and_published(client: Client, documents: list[dict], lang: str) -> None:
    chosen = [doc for doc in documents if doc["lang"] == lang]
    published = chosen[0]["published"]
    results = extract_bag(db.from_sequence([doc["text"] for doc in chosen], npartitions=2), lang=lang, published=published).compute()
    expected = [eventx.extract(doc["text"], lang=lang, published=published).model_dump(mode="json") for doc in chosen]
    assert results == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "context", "error_type"), POISONS)
def test_bag_reports_a_poisoned_document_in_its_place_and_loses_nothing(
    client: Client, documents: list[dict], text: object, context: dict, error_type: str
) -> None:
    pairs = [_pair(doc) for doc in documents]
    pairs.insert(2, (text, {"id": "poisoned", **context}))
    results = extract_bag(db.from_sequence(pairs, npartitions=2)).compute()
    assert [r["id"] for r in results] == [pair_context["id"] for _, pair_context in pairs]
    poisoned = results.pop(2)
    assert poisoned["error"]["type"] == error_type
    assert results == [_expected(doc).model_dump(mode="json") for doc in documents]


@pytest.mark.model
def test_each_worker_loads_a_pipeline_once_and_reuses_it(client: Client, documents: list[dict]) -> None:
    bag = db.from_sequence([_pair(doc) for doc in documents], npartitions=4)
    extract_bag(bag).compute()
    loaded = client.run(_cached_pipelines)
    extract_bag(bag).compute()
    assert client.run(_cached_pipelines) == loaded
    assert {key for cached in loaded.values() for key in cached} == {"fr-spacy", "en-spacy"}


@pytest.mark.model
def test_frame_items_equal_extract_with_one_document_row_each(client: Client, documents: list[dict]) -> None:
    frame = pd.DataFrame(
        {
            "doc": [doc["id"] for doc in documents],
            "body": [doc["text"] for doc in documents],
            "language": [doc["lang"] for doc in documents],
            "date": pd.to_datetime([doc["published"] for doc in documents]),
        }
    )
    items = extract_frame(
        dd.from_pandas(frame, npartitions=2),
        text_column="body",
        id_column="doc",
        lang_column="language",
        published_column="date",
    ).compute()
    pd.testing.assert_frame_equal(items.reset_index(drop=True), items_frame([_expected(doc) for doc in documents]))
    assert items.loc[items["kind"] == "document", "id"].tolist() == frame["doc"].tolist()


@pytest.mark.model
@pytest.mark.parametrize(("text", "context", "error_type"), FRAME_POISONS)
def test_frame_keeps_a_poisoned_document_row_with_its_error(
    client: Client, documents: list[dict], text: object, context: dict, error_type: str
) -> None:
    rows = [{"text": doc["text"], "lang": doc["lang"], "published": doc["published"]} for doc in documents]
    rows.insert(1, {"text": text, "lang": context.get("lang", "fr"), "published": context.get("published")})
    frame = pd.DataFrame(rows, index=[f"doc-{k}" for k in range(len(rows))])
    items = extract_frame(dd.from_pandas(frame, npartitions=2), lang_column="lang", published_column="published").compute()
    heads = items[items["kind"] == "document"]
    assert heads["id"].tolist() == frame.index.tolist()
    assert heads["error"].notna().tolist() == [k == 1 for k in range(len(rows))]
    assert heads["error"].iat[1].startswith(f"{error_type}: ")
    assert (items["id"] == "doc-1").sum() == 1


@settings(max_examples=25, deadline=None)
@given(texts=st.lists(st.text(max_size=200) | st.none(), max_size=5))
@pytest.mark.model
def test_items_partition_never_raises_and_its_spans_point_into_the_text(texts: list[str | None]) -> None:
    frame = pd.DataFrame({"text": pd.Series(texts, dtype=object)})
    items = extract_items(frame, lang="fr", published="2024-01-15")
    heads = items[items["kind"] == "document"]
    assert heads["id"].tolist() == [str(k) for k in range(len(texts))]
    assert set(items["kind"]) <= set(ITEM_KINDS)
    for row in items[items["start"].notna()].itertuples():
        assert texts[int(row.id)][row.start : row.end] == row.text


@pytest.mark.parametrize(
    ("options", "error"),
    [
        pytest.param({"lang": "de"}, eventx.UnknownNameError, id="unknown-lang"),
        pytest.param({"published": "yesterday"}, ValueError, id="bad-published"),
        pytest.param({"batch_size": 0}, ValueError, id="zero-batch"),
    ],
)
def test_bad_call_options_fail_before_any_task_runs(options: dict, error: type[Exception]) -> None:
    with pytest.raises(error):
        extract_bag(db.from_sequence(["x"]), **options)
    with pytest.raises(error):
        extract_frame(dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1), **options)


@pytest.mark.parametrize("option", ["text_column", "id_column", "lang_column", "published_column"])
def test_frame_names_a_missing_column_before_any_task_runs(option: str) -> None:
    with pytest.raises(KeyError, match="absent"):
        extract_frame(dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1), **{option: "absent"})


def test_spark_schema_names_the_items_columns_in_order_with_matching_types() -> None:
    spark_types = {"string": "string", "int64": "long", "Int64": "long", "float64": "double"}
    fields = [field.split() for field in ITEMS_SPARK_SCHEMA.split(", ")]
    assert fields == [[column, spark_types[dtype]] for column, dtype in ITEM_DTYPES.items()]


def test_import_eventx_imports_neither_dask_nor_pandas() -> None:
    code = "import sys, eventx; print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'pandas'}))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
