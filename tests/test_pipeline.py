"""The flow: loading models never counts against a document's time limit, nor is it cut off by it; records read
back gain only the stages they lack."""

from __future__ import annotations

import subprocess
import sys

FIRST_DOCUMENTS_OF_A_FRESH_PROCESS = """
from dateline.config import Settings
from dateline.ingest import read_text
from dateline.pipeline import process
from dateline.record import InputKind

settings = Settings(time_limit=0.5)  # far less than loading spaCy and the gazetteer takes
for text in ("The ferry to Harbour sailed on Friday, the port said.", "Rain fell on the quay in Lagos."):
    doc = process(read_text(text, InputKind.article_text), settings)
    print([e.code for e in doc.errors], doc.stages)
"""


def test_the_first_documents_of_a_process_are_not_charged_for_loading_the_models():
    result = subprocess.run([sys.executable, "-c", FIRST_DOCUMENTS_OF_A_FRESH_PROCESS], capture_output=True,
                            text=True, timeout=600, check=True)
    assert result.stdout.splitlines() == ["[] ['clean', 'language', 'quotes', 'time', 'events']"] * 2


CLEAN_ONLY = """
import sys
from dateline.config import Settings
from dateline.ingest import read_text
from dateline.pipeline import process
from dateline.record import InputKind

doc = process(read_text("<html><body><p>The ferry sailed.</p></body></html>", InputKind.html),
              Settings(stages=("clean",)))
print(doc.stages, sorted(m for m in ("spacy", "numpy") if m in sys.modules))
"""


def test_the_clean_stage_alone_loads_neither_spacy_nor_what_only_page_text_needs():
    result = subprocess.run([sys.executable, "-c", CLEAN_ONLY], capture_output=True, text=True, timeout=600,
                            check=True)
    assert result.stdout.strip() == "['clean'] []"


def test_documents_processed_together_get_the_records_they_get_alone():
    from collections import Counter

    from dateline.config import Settings
    from dateline.ingest import read_text
    from dateline.pipeline import process, process_many
    from dateline.record import InputKind

    texts = ["Rebels retake port of Varnaya\n\nGovernment forces captured the port of Varnaya on June 3, the army "
             "said. \"We hold the bridge,\" Amina Okafor told reporters in Lagos on Monday.",
             "",
             "The Harbour League said on Friday it would reopen the ferry.\n\nDara Voss, its chair, said the storm "
             "had passed."]
    pages = [read_text(text, InputKind.article_text) for text in texts]
    settings = Settings(batch_chars=10_000)
    timings: Counter = Counter()
    together = list(process_many(pages, settings, timings))
    assert [doc.model_dump() for doc in together] == [process(page, settings).model_dump() for page in pages]
    assert together[0].quotes and together[2].entities
    assert set(timings) == {"clean", "language", "quotes", "time", "events"}


def test_a_batch_whose_joint_parse_fails_is_parsed_a_document_at_a_time(monkeypatch):
    from dateline.config import Settings
    from dateline.ingest import read_text
    from dateline.language import nlp
    from dateline.pipeline import process_many
    from dateline.record import InputKind

    parse_many = nlp.parse_many

    def fails_together(texts, model):
        if len(texts) > 1:
            raise MemoryError("the batch is too large")
        return parse_many(texts, model)

    monkeypatch.setattr(nlp, "parse_many", fails_together)
    pages = [read_text(text, InputKind.article_text) for text in
             ("The ferry to Harbour sailed on Friday, Amina Okafor said.", "Rain fell on the quay in Lagos.")]
    docs = list(process_many(pages, Settings(batch_chars=10_000)))
    assert [doc.errors for doc in docs] == [[], []]
    assert all("language" in doc.stages and doc.entities for doc in docs)


def test_a_record_made_with_fewer_stages_is_completed_and_a_full_one_left_as_it_is():
    from dateline.config import Settings
    from dateline.ingest import read_text
    from dateline.pipeline import complete, process
    from dateline.record import InputKind

    page = read_text("The Lunde Bay pier collapsed on March 3, 2020.", InputKind.article_text)
    cleaned = process(page, Settings(stages=("clean",)))
    completed = complete(cleaned, Settings(stages=("clean", "time")))
    assert completed.stages == ["clean", "time"] and [t.value for t in completed.timexes] == ["2020-03-03"]
    assert complete(completed, Settings(stages=("clean", "time"))) is completed
