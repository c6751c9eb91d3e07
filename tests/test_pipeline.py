"""The flow: loading models never counts against a document's time limit, nor is it cut off by it."""

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
