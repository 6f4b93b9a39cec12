"""Command line: 'essayconv [INPUT ...] --to FORMATS', 'essayconv check INPUT ...'."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import tree as T
from .errors import EXIT_CHECK_ERRORS, EXIT_OK, EssayconvError, UsageError, internal_error
from .tree import SchemaError

EXIT_CODES = """exit codes: 0 success; 1 errors in the input (outputs still written; see 'check');
2 usage error (unknown format, style; two inputs with one name; -o naming a file);
3 unreadable input (missing, empty, binary, directory);
4 conversion failed or an internal error (ESSAYCONV_DEBUG=1 for its traceback)"""


def _convert_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="essayconv",
        description="Convert pasted essays to DOCX, PDF, EPUB, TEI, JATS… "
        "Subcommands: 'essayconv check INPUT…' prints diagnostics; "
        "'essayconv validate FILE…' checks outputs.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("inputs", nargs="*", type=Path, help="essays (default: input/*.txt)")
    parser.add_argument("--to", default="all", help="formats, comma-separated, or 'all'")
    parser.add_argument("-o", "--outdir", type=Path, default=Path("output"))
    parser.add_argument("--style", default="harvard", help="CSL style name or path to a .csl")
    parser.add_argument("--citations", choices=["author-date", "notes"], default=None,
                        help="default: notes for a note style, else author-date")
    parser.add_argument("--pdf-variant", default="pdf/ua-1", help="WeasyPrint PDF variant")
    parser.add_argument("--profile", default=None,
                        help="journal profile: a name in styles/profiles or a .toml path")
    parser.add_argument("--restyle-citations", action="store_true",
                        help="rewrite the citations the author wrote in the text ('(Morrison "
                             "44)') in the chosen style, author-date mode (each one is logged)")
    parser.add_argument("--validate", action="store_true",
                        help="check every output with its validator after converting")
    parser.add_argument("-j", "--jobs", type=int, default=None,
                        help="parallel workers for several inputs (default: number of cores)")
    parser.add_argument("--incremental", action="store_true",
                        help="skip inputs whose outputs are newer than the input and were written "
                             "with the same options, style and profile")
    return parser


def _known_style(style: str) -> str:
    """The style as given, once it names a style file (else a usage error, exit 2)."""
    from .cslstyles import CitationError, resolve_style

    try:
        resolve_style(style)
    except CitationError as error:
        raise UsageError(str(error)) from None
    return style


def _check_outdir(outdir: Path) -> None:
    """A usage error (exit 2) when the output folder, or a folder above it, is a file."""
    for folder in (outdir, *outdir.parents):
        if folder.is_dir():
            return
        if folder.exists():
            raise UsageError(f"output directory '{outdir}' is a file" if folder == outdir else
                             f"output directory '{outdir}' cannot be made: '{folder}' is a file")


def _distinct_inputs(inputs: list[Path], outdir: Path) -> list[Path]:
    """The inputs, a file named twice kept once; a usage error (exit 2) when two different
    files would write the same outputs (one file name in two folders)."""
    kept: dict[str, Path] = {}
    for path in inputs:
        other = kept.setdefault(path.stem, path)
        if other is not path and other.resolve() != path.resolve():
            raise UsageError(f"inputs {other} and {path} would write the same outputs "
                             f"({outdir / path.stem}.*): convert them to different -o folders")
    return list(kept.values())


def _mode(args: argparse.Namespace) -> str:
    """The citation mode: as asked, else notes for a note style (said on stderr)."""
    from .cslstyles import CitationError, citation_mode

    try:
        mode, line = citation_mode(args.style, args.citations)
    except CitationError:  # a broken style: each conversion reports it
        return args.citations or "author-date"
    if line:
        print(f"essayconv: {line}", file=sys.stderr)
    return mode


def _default_inputs() -> list[Path]:
    return sorted(Path("input").glob("*.txt"))


def run_convert(argv: list[str]) -> int:
    """Convert each input to the requested formats."""
    from .batch import progress, run_batch
    from .pipeline import Options
    from .profiles import load_profile
    from .writers import WriteOptions, resolve_formats

    args = _convert_parser().parse_args(argv)
    formats = resolve_formats(args.to)
    write = WriteOptions(style=_known_style(args.style), citations=_mode(args),
                         pdf_variant=args.pdf_variant, extra=load_profile(args.profile),
                         restyle_citations=args.restyle_citations)
    options = Options(formats=formats, outdir=args.outdir, write=write)
    inputs = _distinct_inputs(args.inputs or _default_inputs(), args.outdir)
    if not inputs:
        raise EssayconvError("no inputs given and no input/*.txt found")
    _check_outdir(args.outdir)
    status = EXIT_OK
    written_files: list[Path] = []
    bar = progress(len(inputs))
    task = bar.add_task("converting", total=len(inputs)) if bar else None
    if bar:
        bar.start()
    try:
        for outcome in run_batch(inputs, options, args.jobs, args.incremental):
            if bar:
                bar.advance(task)
            if outcome.error:
                print(f"essayconv: {outcome.error}", file=sys.stderr)
                status = max(status, outcome.exit_code)
            elif outcome.skipped:
                print(f"up to date {outcome.path}")
            for line in outcome.input_errors:
                print(line, file=sys.stderr)
            if outcome.input_errors:
                status = max(status, EXIT_CHECK_ERRORS)
            for written in outcome.written:
                print(f"wrote {written}")
            written_files.extend(outcome.written)
    finally:
        if bar:
            bar.stop()
    if args.validate and written_files:
        from .validate import validate_file

        status = max(status, _report_validation(written_files, validate_file))
    return status


def run_check(argv: list[str]) -> int:
    """Print every change and diagnostic for each input; exit 1 if any has errors."""
    from .pipeline import enrich, read
    from .writers import WriteOptions

    parser = argparse.ArgumentParser(prog="essayconv check", epilog=EXIT_CODES)
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--style", default="harvard", help="CSL style name or path to a .csl")
    parser.add_argument("--citations", choices=["author-date", "notes"], default=None,
                        help="check as that conversion would run (notes mode moves no "
                             "citation before a full stop)")
    parser.add_argument("--restyle-citations", action="store_true",
                        help="also list the author's own citations the conversion would "
                             "rewrite in the style")
    args = parser.parse_args(argv)
    options = WriteOptions(style=_known_style(args.style), citations=_mode(args),
                           restyle_citations=args.restyle_citations)
    status = EXIT_OK
    for path in args.inputs:
        try:
            essay = enrich(read(path), options)
        except EssayconvError as error:
            print(f"essayconv: {error}", file=sys.stderr)
            status = max(status, error.exit_code)
            continue
        except Exception as error:  # noqa: BLE001 - the other inputs are still checked
            failure = internal_error(error, str(path))
            print(f"essayconv: {failure}", file=sys.stderr)
            status = max(status, failure.exit_code)
            continue
        for change in T.findall(essay, "changes/change"):
            before, after = (T.inline_text(part) for part in change)
            print(f"{path}:{change.get('line')}: {change.get('rule')}: {before!r} → {after!r}")
        for diagnostic in T.findall(essay, "diagnostics/diagnostic"):
            line = diagnostic.get("line") or "0"
            print(f"{path}:{line}: {diagnostic.get('level')}: {diagnostic.get('rule')}: "
                  f"{diagnostic.text}")
            if diagnostic.get("level") == "error":
                status = max(status, EXIT_CHECK_ERRORS)
    return status


def run_validate(argv: list[str]) -> int:
    """Check output files with their ecosystem's validator; exit 1 if any is invalid."""
    from .validate import validate_file

    parser = argparse.ArgumentParser(prog="essayconv validate", epilog=EXIT_CODES)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    return _report_validation(args.files, validate_file)


def _report_validation(files: list[Path], validate_file) -> int:
    status = EXIT_OK
    for path in files:
        problems = validate_file(path)
        if problems:
            status = EXIT_CHECK_ERRORS
            for problem in problems:
                print(f"{path}: invalid: {problem}")
        else:
            print(f"{path}: valid")
    return status


def main(argv: list[str] | None = None) -> int:
    """Entry point of the essayconv command."""
    argv = sys.argv[1:] if argv is None else argv
    commands = {"check": run_check, "validate": run_validate}
    try:
        if argv and argv[0] in commands:
            return commands[argv[0]](argv[1:])
        return run_convert(argv)
    except SchemaError as error:
        print(f"essayconv: internal error: {error}", file=sys.stderr)
        return 4
    except EssayconvError as error:
        print(f"essayconv: {error}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:  # noqa: BLE001 - never a traceback for the user
        failure = internal_error(error)
        print(f"essayconv: {failure}", file=sys.stderr)
        return failure.exit_code


if __name__ == "__main__":
    sys.exit(main())
