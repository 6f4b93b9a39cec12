"""The pipeline: read, repair, enrich and write documents; the only module that writes files."""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from . import tree as T
from .errors import EssayconvError
from .reader import read_text
from .reader.decode import read_input
from .repairs import repair
from .transforms.completeness import check_dropped_words
from .transforms.intext import link_intext_citations
from .transforms.placement import hug_footnote_marks, place_citations
from .transforms.references import add_references
from .transforms.rendering import render_citations
from .writers import WriteOptions, get


@dataclass
class Options:
    """What to produce and how: formats, output folder and writer options."""

    formats: list[str]
    outdir: Path = Path("output")
    write: WriteOptions = field(default_factory=WriteOptions)


def read(path: Path) -> etree._Element:
    """Read an input file into a repaired, schema-checked essay tree."""
    encoding, lines = read_input(path)
    essay = read_text(lines, path.name, encoding)
    T.validate(essay, "reading")
    repair(essay)
    T.validate(essay, "repairs")
    return essay


# what a Brazilian essay writes (ABNT's own words, Brazil's states and cities): pt-BR, not pt-PT
_BRAZILIAN = re.compile(r"\bABNT\b|\bNBR\s*\d|Acesso\s+em:|\bREFERÊNCIAS\b|\bBRASIL\b|"
                        r"\bBrasil\b|Bras[íi]lia|São Paulo|Rio de Janeiro|Belo Horizonte|"
                        r"Porto Alegre|Salvador|Recife|Curitiba|Campinas|Florianópolis|"
                        r"\b(?:DF|SP|RJ|MG|RS|PR|SC|BA|PE)\b(?=:)")


def brazilian(essay: etree._Element) -> bool:
    """Does a Portuguese essay show Brazil twice at least (ABNT, 'Acesso em:', 'Brasília, DF:')?"""
    words = " ".join(essay.itertext())
    return len(set(m.group() for m in _BRAZILIAN.finditer(words))) >= 2


def enrich(essay: etree._Element, options: WriteOptions) -> etree._Element:
    """Add references (citations, works) and rendered citations to a repaired tree."""
    add_references(essay)
    T.validate(essay, "references")
    if T.find(essay, "works") is None:
        return essay
    link_intext_citations(essay)
    if options.citations == "author-date":
        place_citations(essay)
    lang = essay.get(T.XML_LANG) or "en"
    locale = options.extra.get("locale") or ("en-GB" if lang == "en" else
                                             "pt-BR" if lang == "pt" and brazilian(essay)
                                             else lang)
    render_citations(essay, options.style, options.citations, locale,
                     options.extra.get("reference-heading"),
                     restyle=options.restyle_citations and options.citations == "author-date")
    hug_footnote_marks(essay)
    check_dropped_words(essay)
    T.validate(essay, "citations")
    return essay


def output_path(path: Path, outdir: Path, name: str) -> Path:
    """Where the writer called name puts the output for input path."""
    return outdir / f"{path.stem}.{get(name).extension}"


def _file_mode() -> int:
    """The mode a new file gets from open(): 0666 less the umask (mkstemp gives 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(target: Path, data: bytes) -> None:
    """Write data to target through a temporary file and a rename: never half-written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), _file_mode())
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def convert(path: Path, options: Options) -> list[Path]:
    """Convert one input to every requested format; return the files written."""
    return convert_reporting(path, options)[0]


def errors_of(essay: etree._Element, path: Path) -> list[str]:
    """The tree's error diagnostics as 'file:line: error: rule: message' lines."""
    return [f"{path}:{d.get('line') or 0}: error: {d.get('rule')}: {d.text}"
            for d in T.findall(essay, "diagnostics/diagnostic") if d.get("level") == "error"]


def convert_reporting(path: Path, options: Options) -> tuple[list[Path], list[str]]:
    """Convert like convert(); also return the input's errors (the outputs are still written)."""
    essay = enrich(read(path), options.write)
    write = replace(options.write, source_mtime=path.stat().st_mtime)  # EPUB's modified
    outputs: list[tuple[Path, bytes]] = []
    for name in options.formats:
        target = output_path(path, options.outdir, name)
        if target.resolve() == path.resolve():
            raise EssayconvError(f"output {target} would overwrite the input", str(path))
        data = get(name).write(essay, write)
        outputs.append((target, data.encode("utf-8") if isinstance(data, str) else data))
    for target, data in outputs:
        write_atomic(target, data)
    return [target for target, _ in outputs], errors_of(essay, path)
