"""Speed: milliseconds per document per stage, spaCy alone on the same texts, and whole processes against
trafilatura, side by side in one run.

    .venv/bin/python -m bench.speed [--limit 100] [--repeat 3] [--parts in-process,processes,components]

Sets: the first `--limit` pages of ../shared/bench/extraction/wcxb-dev-article (HTML, never copied: the whole
process runs read a temporary decompressed copy that is deleted afterwards) and the 30 articles of
../shared/bench/realnews (article text, with their publication dates).

1. In one process, models loaded: every stage of `pipeline.process_many` on each set, milliseconds per
   document per stage, and spaCy's pipeline alone (`nlp.pipe` of the same clean texts, every component, each
   text whole): the floor a design that parses every article with this model can reach. Wall clock and CPU
   seconds of this process; CPU time is less disturbed by other work on a shared machine.
2. Whole processes, start-up included, on the wcxb pages: `dateline extract --stages clean`, `dateline
   extract` (all stages) and `trafilatura --input-dir` (one thread), and the start-up alone (each on one
   small page). Wall clock and CPU seconds of the child processes.
3. `components` (only when asked): spaCy alone on the wcxb clean texts with each component that no other
   needs left out in turn, so what each costs (every one is read by a later stage, so none is left out in
   the pipeline).

Runs alternate (each repetition runs every system once, in turn) and the tables give medians, so load on a
shared machine hits every system alike.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import realnews_set
from bench.extraction import SHARED
from dateline.config import ALL_STAGES, Settings
from dateline.ingest import RawPage, read_inputs, read_text
from dateline.record import InputKind

BIN = Path(sys.executable).parent
SMALL_PAGE = ("<html><head><title>Ferry back</title></head><body><article><h1>Ferry back</h1><p>The ferry to "
              "Harbour sailed again on Friday, the port said.</p></article></body></html>")
"""A made-up one-paragraph page for timing start-up."""


def wcxb_paths(limit: int) -> list[Path]:
    return sorted((SHARED / "wcxb-dev-article").glob("*.html.gz"))[:limit]


def wcxb_pages(paths: list[Path]) -> list[RawPage]:
    return list(read_inputs([str(p) for p in paths]))


def realnews_pages() -> list[RawPage]:
    return [read_text(a.text, InputKind.article_text, url=a.url, published=a.published)
            for a in realnews_set.load()]


def run_pipeline(pages: list[RawPage], settings: Settings) -> tuple[Counter, float, float, list[str]]:
    """Seconds per stage, wall and CPU seconds in all, and the clean texts."""
    timings: Counter = Counter()
    from dateline.pipeline import process_many

    wall, cpu = time.perf_counter(), time.process_time()
    texts = [doc.text for doc in process_many(pages, settings, timings)]
    return timings, time.perf_counter() - wall, time.process_time() - cpu, texts


def run_spacy(texts: list[str], model: str) -> tuple[float, float]:
    """Wall and CPU seconds of spaCy's whole pipeline on `texts`, each text whole."""
    from dateline.language import load

    nlp = load(model)
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=8):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


def in_process(sets: dict[str, list[RawPage]], repeat: int) -> str:
    settings = Settings.from_env()
    from dateline.pipeline import warm_up

    warm_up(settings)
    rows = []
    for name, pages in sets.items():
        stage_runs: list[Counter] = []
        pipe_wall, pipe_cpu, spacy_wall, spacy_cpu = [], [], [], []
        for _ in range(repeat):
            timings, wall, cpu, texts = run_pipeline(pages, settings)
            stage_runs.append(timings)
            pipe_wall.append(wall)
            pipe_cpu.append(cpu)
            wall, cpu = run_spacy([t for t in texts if t], settings.spacy_model)
            spacy_wall.append(wall)
            spacy_cpu.append(cpu)
        n = len(pages)
        stages = {s: 1000 * statistics.median(r[s] for r in stage_runs) / n for s in ALL_STAGES}
        chars = sum(len(t) for t in texts) / n
        pw, pc = statistics.median(pipe_wall), statistics.median(pipe_cpu)
        sw, sc = statistics.median(spacy_wall), statistics.median(spacy_cpu)
        rows.append(f"| {name} ({n}, {chars:,.0f} chars) | " + " | ".join(f"{stages[s]:.0f}" for s in ALL_STAGES)
                    + f" | {n / pw:.1f} | {n / pc:.1f} | {n / sw:.1f} | {n / sc:.1f} | {pc / sc:.2f}x |")
    head = ("| set | " + " | ".join(f"{s} ms" for s in ALL_STAGES)
            + " | pipeline docs/s | pipeline docs/CPU-s | spaCy alone docs/s | spaCy alone docs/CPU-s "
              "| pipeline / spaCy (CPU) |")
    return "\n".join([head, "|---" * (len(ALL_STAGES) + 6) + "|", *rows])


LEFT_OUT = ([], ["ner"], ["parser"], ["lemmatizer"], ["attribute_ruler", "lemmatizer"], ["parser", "ner"])
"""Components left out of spaCy's pipeline in turn (the tok2vec and tagger feed the others)."""


def components(pages: list[RawPage], repeat: int) -> str:
    """spaCy alone on the clean texts of `pages`, whole and with each of LEFT_OUT left out: CPU seconds."""
    from dateline.language import load

    settings = Settings.from_env()
    texts = [t for t in run_pipeline(pages, dataclasses.replace(settings, stages=("clean",)))[3] if t]
    nlp = load(settings.spacy_model)
    runs: dict[str, list[float]] = {", ".join(left) or "nothing": [] for left in LEFT_OUT}
    for _ in range(repeat):
        for left in LEFT_OUT:
            with nlp.select_pipes(disable=left):
                runs[", ".join(left) or "nothing"].append(run_spacy(texts, settings.spacy_model)[1])
    whole = statistics.median(runs["nothing"])
    lines = [f"spaCy alone on {len(texts)} wcxb clean texts, CPU seconds (median of {repeat})", "",
             "| left out | docs/CPU-s | CPU s | share of the whole pipeline's CPU |", "|---|---:|---:|---:|"]
    for name, cpu in runs.items():
        median = statistics.median(cpu)
        lines.append(f"| {name} | {len(texts) / median:.1f} | {median:.2f} | {1 - median / whole:.0%} |")
    return "\n".join(lines)


def timed_process(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def processes(paths: list[Path], repeat: int) -> str:
    """Whole processes on the decompressed pages, and start-up on one small page, alternating."""
    work = Path(tempfile.mkdtemp(prefix="dateline-speed-"))
    try:
        pages, one, out = work / "pages", work / "one", work / "out"
        pages.mkdir()
        one.mkdir()
        for path in paths:
            (pages / path.name.removesuffix(".gz")).write_bytes(gzip.decompress(path.read_bytes()))
        (one / "page.html").write_text(SMALL_PAGE, encoding="utf-8")
        dateline, trafilatura = str(BIN / "dateline"), str(BIN / "trafilatura")

        def traf(folder: Path) -> list[str]:
            shutil.rmtree(out, ignore_errors=True)
            return [trafilatura, "--input-dir", str(folder), "--output-dir", str(out), "--parallel", "1"]

        systems = {
            "start-up: dateline extract --stages clean (1 small page)":
                lambda: [dateline, "extract", "--stages", "clean", str(one), "-o", "/dev/null"],
            "start-up: trafilatura (1 small page)": lambda: traf(one),
            f"dateline extract --stages clean ({len(paths)} pages)":
                lambda: [dateline, "extract", "--stages", "clean", str(pages), "-o", "/dev/null"],
            f"trafilatura ({len(paths)} pages)": lambda: traf(pages),
            f"dateline extract, all stages ({len(paths)} pages)":
                lambda: [dateline, "extract", str(pages), "-o", "/dev/null"],
        }
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in systems}
        for _ in range(repeat):
            for name, command in systems.items():
                runs[name].append(timed_process(command()))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = ["| process | wall s (median) | CPU s (median) | docs/s | docs/CPU-s | runs (wall s) |",
             "|---|---:|---:|---:|---:|---|"]
    for name, measured in runs.items():
        wall = statistics.median(w for w, _ in measured)
        cpu = statistics.median(c for _, c in measured)
        count = 1 if name.startswith("start-up") else len(paths)
        lines.append(f"| {name} | {wall:.2f} | {cpu:.2f} | {count / wall:.1f} | {count / cpu:.1f} | "
                     + ", ".join(f"{w:.2f}" for w, _ in measured) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=100, help="wcxb-dev article pages (default 100)")
    parser.add_argument("--repeat", type=int, default=3, help="alternating repetitions (default 3)")
    parser.add_argument("--parts", default="in-process,processes",
                        help="in-process (per stage, spaCy alone), processes (whole processes), components "
                             "(spaCy alone with each component left out); comma-separated")
    args = parser.parse_args()
    paths = wcxb_paths(args.limit)
    if "in-process" in args.parts:
        print(in_process({"wcxb-dev-article": wcxb_pages(paths), "realnews": realnews_pages()}, args.repeat))
        print()
    if "processes" in args.parts:
        print(processes(paths, args.repeat))
    if "components" in args.parts:
        print()
        print(components(wcxb_pages(paths), args.repeat))


if __name__ == "__main__":
    main()
