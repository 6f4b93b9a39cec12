"""Many documents at once: a process pool, progress on stderr, skipping up-to-date outputs."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from .errors import EssayconvError, internal_error
from .pipeline import Options, convert_reporting, output_path, write_atomic
from .stamps import fingerprint, read_stamp, stamp_path, stamp_text


@dataclass
class Outcome:
    """What happened to one input: the files written, or the one-line error."""

    path: Path
    written: list[Path]
    error: str | None = None
    exit_code: int = 0
    skipped: bool = False
    input_errors: list[str] = field(default_factory=list)


def up_to_date(path: Path, options: Options, digest: str | None = None) -> bool:
    """True when every output exists, is newer than the input and was written with the same
    options, style file and profile (the fingerprint in the input's sidecar)."""
    digest = digest or fingerprint(options.write)
    stamp = read_stamp(path, options.outdir)
    try:
        source = path.stat().st_mtime
        return all(stamp.get(name) == digest and
                   output_path(path, options.outdir, name).stat().st_mtime >= source
                   for name in options.formats)
    except OSError:
        return False


def convert_one(path: Path, options: Options, digest: str | None = None) -> Outcome:
    """Convert one input, turning a user-facing error into an Outcome (runs in a worker);
    record the options' fingerprint in the input's sidecar once the outputs are written."""
    try:
        written, input_errors = convert_reporting(path, options)
        write_atomic(stamp_path(path, options.outdir),
                     stamp_text(path, options.outdir, options.formats,
                                digest or fingerprint(options.write)).encode("utf-8"))
        return Outcome(path, written, input_errors=input_errors)
    except EssayconvError as error:
        return Outcome(path, [], str(error), error.exit_code)
    except Exception as error:  # noqa: BLE001 - one input's bug never stops the batch
        failure = internal_error(error, str(path))
        return Outcome(path, [], str(failure), failure.exit_code)


def run_batch(paths: list[Path], options: Options, jobs: int | None = None,
              incremental: bool = False) -> Iterator[Outcome]:
    """Convert every input, in parallel when there are several; yield outcomes as they end."""
    digest = fingerprint(options.write)
    todo = []
    for path in paths:
        if incremental and up_to_date(path, options, digest):
            yield Outcome(path, [], skipped=True)
        else:
            todo.append(path)
    jobs = min(jobs or os.cpu_count() or 1, len(todo))
    if jobs <= 1:
        for path in todo:
            yield convert_one(path, options, digest)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(convert_one, path, options, digest) for path in todo]
        for future in as_completed(futures):
            yield future.result()


def progress(total: int):
    """A rich progress bar on stderr when it is a terminal, else None."""
    if total < 2 or not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    return Progress(transient=True)
