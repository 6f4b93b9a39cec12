"""Render citation clusters and the reference list with pandoc's citeproc, in one call."""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from essayconv.cslstyles import (
    CitationError,
    load_style,
    notes_style,
    resolve_style,
)

NS = "urn:essayconv:essay:1"
PANDOC_API_VERSION = [1, 23, 1, 1]
DEFAULT_LANG = "en-GB"

# CSL 1.0.2 locator terms (the values of "label" a cite may carry).
LOCATOR_TERMS = frozenset(
    "act appendix article-locator book canon chapter column elocation equation figure folio "
    "issue line note opus page paragraph part rule scene section sub-verbo supplement table "
    "timestamp title-locator verse version volume".split()
)
# Locator labels pandoc's citeproc cannot read out of a citation's suffix: the locator would
# reach the style as a bare word, so it goes in as text with the label's English short term:
# 'art. 8', 'r. 3', 'tbl. 2'.
_SHORT_TERMS = {"act": "act", "appendix": "app.", "article-locator": "art.", "canon": "can.",
                "elocation": "loc.", "equation": "eq.", "rule": "r.", "scene": "sc.",
                "supplement": "suppl.", "table": "tbl.", "title-locator": "tit."}
# A locator value pandoc's citeproc can read: numbers ('45', '45a', a decimal paragraph or
# section '9.11', a subdivision '6(1)'), roman numerals, ranges and lists.
_NUMBER = r"[0-9ivxlcdmIVXLCDM]+[a-zA-Z]?(?:\.[0-9]+[a-z]?)*(?:\([0-9a-zA-Z]{1,4}\))*"
_LOCATOR_VALUE = re.compile(rf"^{_NUMBER}(\s*[-–—,&]\s*{_NUMBER})*(\s+ff?\.?)?$")
# A locus, numbers joined by full stops ('3.221', 'I.1–3'): no page, printed as written.
_LOCUS = re.compile(r"^(?:[0-9]+|[IVXLCivxlc]+)\.[0-9]")
# A locator citeproc cannot read ('2, p. 45' under 'volume') is printed as text after the
# label's short term (singular, plural): 'vol. 2, p. 45'.
_TEXT_TERMS = {
    "book": ("bk.", "bks."), "chapter": ("chap.", "chaps."), "column": ("col.", "cols."),
    "figure": ("fig.", "figs."), "folio": ("fol.", "fols."), "issue": ("no.", "nos."),
    "line": ("l.", "ll."), "note": ("n.", "nn."), "opus": ("op.", "opp."),
    "page": ("p.", "pp."), "paragraph": ("para.", "paras."), "part": ("pt.", "pts."),
    "section": ("sec.", "secs."), "sub-verbo": ("s.v.", "s.vv."), "verse": ("v.", "vv."),
    "volume": ("vol.", "vols."),
}
# Primary and secondary quotation marks by language (the part before "-" as fallback).
QUOTES: dict[str, tuple[str, str, str, str]] = {
    "en-US": ("“", "”", "‘", "’"),
    "en-GB": ("‘", "’", "“", "”"),
    "en-AU": ("‘", "’", "“", "”"),
    "en-NZ": ("‘", "’", "“", "”"),
    "en-IE": ("‘", "’", "“", "”"),
    "en-ZA": ("‘", "’", "“", "”"),
    "en": ("“", "”", "‘", "’"),
    "fr": ("«\u202f", "\u202f»", "“", "”"),
    "de": ("„", "“", "‚", "‘"),
    "es": ("«", "»", "“", "”"),
    "it": ("«", "»", "“", "”"),
    "pt": ("“", "”", "‘", "’"),
    "nl": ("‘", "’", "“", "”"),
}


@dataclass
class Rendered:
    """Rendered clusters (one inline element each) and the reference list in style order."""

    clusters: list[etree._Element]
    bibliography: list[tuple[str, etree._Element]]
    notes_mode: bool
    warnings: list[str] = field(default_factory=list)


# one page, no range or list: '1', 'e123', '45a'
_ONE_PAGE = re.compile(r"^\s*[A-Za-z]?\d+[A-Za-z]?\s*$")


def _works_for(works: list[dict]) -> list[dict]:
    """The works as citeproc is handed them: a journal article known by its first page
    alone ('73 Harv. L. Rev. 1': one page, no range) also has that page as ``page-first``,
    which citeproc otherwise derives from ``page`` unseen, so a style can tell it from an
    article whose pages are given (``variable="page-first"`` holds for it alone). An
    undated work ('n.d.') goes without ``issued``: the style prints its locale's term."""
    out = []
    for work in works:
        if work.get("issued") == {"literal": "n.d."}:
            work = {key: value for key, value in work.items() if key != "issued"}
        page = work.get("page")
        if work.get("type") == "article-journal" and isinstance(page, str | int) and \
                _ONE_PAGE.match(str(page)) and not work.get("page-first"):
            work = {**work, "page-first": str(page).strip()}
        out.append(work)
    return out


# ---------------------------------------------------------------- pandoc input


def _words(text: str) -> list[dict[str, Any]]:
    """Pandoc inlines for plain text: Str and Space nodes."""
    out: list[dict[str, Any]] = []
    for i, word in enumerate(re.split(r"\s+", text.strip())):
        if i:
            out.append({"t": "Space"})
        if word:
            out.append({"t": "Str", "c": word})
    return out


def _shield(text: str) -> list[dict[str, Any]]:
    """Text wrapped in a Span so that pandoc does not read a locator out of it."""
    return [{"t": "Span", "c": [["", [], []], _words(text)]}] if text.strip() else []


def _suffix(cite: dict[str, Any]) -> list[dict[str, Any]]:
    """The citationSuffix pandoc parses: ", <label term> <locator>" then the free suffix.

    Pandoc reads the locator out of the suffix with the terms of the document's locale.
    A page locator starting with a digit goes in bare (a page in every locale); other
    labels go in with their English CSL term (read in English locales; elsewhere they stay
    literal text). A locator that is not a number or range (a description such as "chapter
    on the Great Lakes crisis") goes in as plain suffix text after a comma.
    """
    locator = str(cite.get("locator") or "").strip()
    label = str(cite.get("label") or "page").strip().lower()
    free = str(cite.get("suffix") or "")
    comma = [{"t": "Str", "c": ","}, {"t": "Space"}]
    out: list[dict[str, Any]] = []
    if locator and label in LOCATOR_TERMS and _LOCATOR_VALUE.match(locator):
        out = list(comma)
        if label != "page" or not locator[0].isdigit():
            term = cite.get("term") or label.replace("-locator", "").replace("-", " ")
            out += [{"t": "Str", "c": term}, {"t": "Space"}]
        out += _words(locator)
    elif locator:
        out = comma + _shield(locator)
    if free.strip():
        lead = [{"t": "Space"}] if free[0].isspace() else []
        out += lead + _shield(free)
    return out


def _cite_node(cites: list[dict[str, Any]], mode: str = "NormalCitation") -> dict[str, Any]:
    citations = []
    for cite in cites:
        prefix = str(cite.get("prefix") or "")
        citations.append({
            "citationId": str(cite["id"]),
            "citationPrefix": _shield(prefix),
            "citationSuffix": _suffix(cite),
            "citationMode": {"t": str(cite.get("mode") or mode)},
            "citationNoteNum": 0,
            "citationHash": 0,
        })
    return {"t": "Cite", "c": [citations, [{"t": "Str", "c": "[cite]"}]]}


def _document(clusters: list[list[dict[str, Any]]]) -> dict[str, Any]:
    nocite = _cite_node([{"id": "*"}])
    blocks = [{"t": "Para", "c": [_cite_node(cluster)]} for cluster in clusters]
    return {
        "pandoc-api-version": PANDOC_API_VERSION,
        "meta": {"nocite": {"t": "MetaInlines", "c": [nocite]}},
        "blocks": blocks,
    }


# ---------------------------------------------------------------- pandoc call

_PANDOC: str | None = None


def _pandoc() -> str:
    global _PANDOC
    if _PANDOC is None:
        try:
            import pypandoc

            _PANDOC = pypandoc.get_pandoc_path()
        except (ImportError, OSError) as exc:
            raise CitationError(f"pandoc is not available: {exc}") from None
    return _PANDOC


def _run(args: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    """Run one pandoc process (tests count calls by replacing this function)."""
    return subprocess.run(args, input=data, capture_output=True, check=False, timeout=300)


def _condense(stderr: str) -> str:
    """Pandoc's error text as one line, without the Haskell backtrace."""
    lines = []
    for line in stderr.splitlines():
        line = line.strip()
        if not line or line.startswith("[WARNING]"):
            continue
        if line.startswith(("HasCallStack", "CallStack", "collectBacktraces", "error, called")):
            break
        lines.append(line)
    text = " ".join(lines) or "unknown error"
    text = re.sub(r"Name \{nameLocalName = \"([^\"]*)\"[^}]*\}", r"<\1>", text)
    text = re.sub(r"^(pandoc: )?", "", text)
    return text[:300]


# ---------------------------------------------------------------- pandoc output


class _Builder:
    """Append pandoc inlines to an essay ``inline`` element."""

    def __init__(self, quotes: tuple[str, str, str, str]):
        self.quotes = quotes
        self.depth = 0
        self.emph = False

    def text(self, parent: etree._Element, text: str) -> None:
        if not text:
            return
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + text
        else:
            parent.text = (parent.text or "") + text

    def inlines(self, parent: etree._Element, nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            self.inline(parent, node)

    def inline(self, parent: etree._Element, node: dict[str, Any]) -> None:
        kind, c = node["t"], node.get("c")
        if kind == "Str":
            self.text(parent, c)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            self.text(parent, " ")
        elif kind == "Emph" and self.emph:
            # CSL flip-flop: italics inside an italic title (a title within a title) are roman.
            self.emph = False
            self.inlines(parent, c)
            self.emph = True
        elif kind in ("Emph", "Strong", "SmallCaps", "Superscript", "Subscript"):
            tag = {"Emph": "em", "Strong": "strong", "SmallCaps": "sc",
                   "Superscript": "sup", "Subscript": "sub"}[kind]
            outer = self.emph
            self.emph = outer or kind == "Emph"
            self.inlines(etree.SubElement(parent, f"{{{NS}}}{tag}"), c)
            self.emph = outer
        elif kind == "Link":
            link = etree.SubElement(parent, f"{{{NS}}}link", href=c[2][0])
            self.inlines(link, c[1])
        elif kind == "Quoted":
            open_, close = self._quote_marks()
            self.depth += 1
            self.text(parent, open_)
            self.inlines(parent, c[1])
            self.text(parent, close)
            self.depth -= 1
        elif kind in ("Span", "Underline", "Strikeout"):
            self.inlines(parent, c[1] if kind == "Span" else c)
        elif kind == "Cite":
            self.inlines(parent, c[1])
        elif kind in ("Code", "Math"):
            self.text(parent, c[1])
        elif kind == "Image":
            self.inlines(parent, c[1])
        elif kind == "Note":
            for block in c:
                self.block(parent, block)
        # RawInline and unknown nodes are dropped.

    def block(self, parent: etree._Element, block: dict[str, Any]) -> None:
        kind, c = block["t"], block.get("c")
        if kind in ("Para", "Plain"):
            if len(parent) or parent.text:
                self.text(parent, " ")
            self.inlines(parent, c)
        elif kind == "Div":
            for child in c[1]:
                self.block(parent, child)

    def _quote_marks(self) -> tuple[str, str]:
        # Outermost quotes are primary, nested ones alternate: the nesting decides, not the
        # kind pandoc gives (pandoc's citeproc mostly localises quotes into Str itself).
        q = self.quotes
        return (q[0], q[1]) if self.depth % 2 == 0 else (q[2], q[3])


def _quotes_for(lang: str) -> tuple[str, str, str, str]:
    return QUOTES.get(lang) or QUOTES.get(lang.split("-")[0]) or QUOTES["en"]


def _new_inline() -> etree._Element:
    return etree.Element(f"{{{NS}}}inline", nsmap={None: NS})


def _cluster_content(para: dict[str, Any]) -> list[dict[str, Any]]:
    """The inlines of a rendered cluster paragraph (a Note's blocks in notes mode)."""
    return para.get("c") or []


def _bibliography(blocks: list[dict[str, Any]], builder: _Builder) -> list[tuple[str, Any]]:
    for block in blocks:
        if block["t"] == "Div" and block["c"][0][0] == "refs":
            entries = []
            for child in block["c"][1]:
                if child["t"] != "Div" or not child["c"][0][0].startswith("ref-"):
                    continue
                el = _new_inline()
                for inner in child["c"][1]:
                    builder.block(el, inner)
                entries.append((child["c"][0][0][4:], el))
            return entries
    return []


# ---------------------------------------------------------------- API


def _placeholder(n: int) -> str:
    """A word of letters only, 'ecsuffixba': pandoc reads no locator out of it."""
    letters = ""
    while True:
        n, r = divmod(n, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[r] + letters
        if not n:
            return "ecsuffix" + letters


def _labelled_as_text(cite: dict) -> dict:
    """A locator pandoc's citeproc cannot read, as the suffix's text before any suffix of
    its own (pandoc would read a number out of it anyway, and print 'pp. art. 8'): under a
    label it has no term for ('article-locator' 8: 'art. 8'); a locus ('3.221', 'I.1–3': no
    page) as written; a value no citeproc locator is ('2, p. 45' under 'volume') after the
    label's short term, 'vol. 2, p. 45' (as written when it starts with a word itself)."""
    label = str(cite.get("label") or "page").strip().lower()
    locator = str(cite.get("locator") or "").strip()
    if not locator:
        return cite
    if label in _SHORT_TERMS:
        locator = re.sub(r"(?<=\d)\s*-\s*(?=\d)", "\u2013", locator)  # a range: '8–9'
        text = f"{_SHORT_TERMS[label]} {locator}"
    elif label == "page" and _LOCUS.match(locator):
        text = locator
    elif label in LOCATOR_TERMS and _LOCATOR_VALUE.match(locator):
        return cite  # citeproc reads it
    elif label in _TEXT_TERMS and re.match(r"[0-9ivxlcdmIVXLCDM]+\b", locator):
        first = re.split(r",\s*(?=[^\W\d])", locator)[0]  # '2' of '2, p. 45'
        term = _TEXT_TERMS[label][bool(re.search(r"[-–—,&]", first))]
        text = f"{term} {locator}"
    else:
        text = locator
    rest = str(cite.get("suffix") or "")
    text += rest if rest[:1] in ("", " ", ",", ";") else f", {rest}"
    return {**{k: v for k, v in cite.items() if k not in ("locator", "label")}, "suffix": text}


# A locator's label in the words pandoc reads in the locale (an English term stays literal
# text there: 'volume II' in a Spanish essay); checked with pandoc's own locales.
_LOCALE_TERMS = {
    "es": {"page": "página", "volume": "volumen", "chapter": "capítulo", "section": "sección",
           "paragraph": "párrafo", "figure": "figura", "note": "nota", "line": "línea",
           "column": "columna", "part": "parte", "book": "libro", "folio": "folio",
           "issue": "número"},
    "it": {"page": "pagina", "volume": "volume", "chapter": "capitolo", "section": "sezione",
           "paragraph": "paragrafo", "figure": "figura", "note": "nota", "line": "riga",
           "column": "colonna", "part": "parte", "book": "libro", "folio": "foglio"},
    "fr": {"page": "page", "volume": "volume", "chapter": "chapitre", "section": "section",
           "paragraph": "paragraphe", "figure": "figure", "note": "note", "line": "ligne",
           "column": "colonne", "part": "partie", "book": "livre", "folio": "folio",
           "issue": "numéro"},
    "de": {"page": "Seite", "volume": "Band", "chapter": "Kapitel", "section": "Abschnitt",
           "paragraph": "Absatz", "figure": "Abbildung", "line": "Zeile", "column": "Spalte",
           "book": "Buch", "folio": "Blatt", "issue": "Nummer"},
    "pt": {"page": "página", "volume": "volume", "chapter": "capítulo", "section": "secção",
           "paragraph": "parágrafo", "figure": "figura", "note": "nota", "line": "linha",
           "column": "coluna", "part": "parte", "book": "livro", "issue": "número"},
    "nl": {"page": "pagina", "chapter": "hoofdstuk", "section": "paragraaf", "figure": "figuur",
           "line": "regel", "book": "boek", "folio": "folio", "issue": "nummer"},
}


def _hold_suffixes(clusters: list[list[dict]], lang: str = DEFAULT_LANG
                   ) -> tuple[list[list[dict]], dict[str, str]]:
    """Each free suffix replaced by a placeholder word; pandoc would read any number in it
    ('; Welch (2003) agrees') as a locator, even inside a Span. A locator's label gets the
    word of the locale pandoc reads (``_LOCALE_TERMS``)."""
    free: dict[str, str] = {}
    held = []
    terms = _LOCALE_TERMS.get(lang.split("-")[0].lower(), {})
    for cluster in clusters:
        held.append([])
        for cite in cluster:
            cite = _labelled_as_text(cite)
            term = terms.get(str(cite.get("label") or "")) if cite.get("locator") else None
            if term:
                cite = {**cite, "term": term}
            if str(cite.get("suffix") or "").strip():
                word = _placeholder(len(free))
                free[word] = str(cite["suffix"])
                lead = " " if free[word][0].isspace() else ""
                cite = {**cite, "suffix": lead + word}
            held[-1].append(cite)
    return held, free


def _put_back_suffixes(el: etree._Element, free: dict[str, str]) -> None:
    """The suffixes' own words again; one that opens with ';' takes the place of the ', '
    that citeproc puts before a suffix."""
    if not free:
        return
    pattern = re.compile(r"(,\s)?(ecsuffix[a-z]+)(\.(?!\w))?", re.I)

    def back(m: re.Match[str]) -> str:
        text = free.get(m.group(2).lower())
        if text is None:
            return m.group(0)
        text = " ".join(text.split())
        if m.group(3) and not text.endswith((".", "?", "!")):
            text += "."  # the layout's full stop, once: 'see also the preface.'
        if text[:1] in ";,":
            return text
        glued = not m.group(1) and m.string[m.start() - 1:m.start()].isalnum()
        return (", " if glued else m.group(1) or "") + text

    for node in el.iter():
        if node.text:
            node.text = pattern.sub(back, node.text)
        if node is not el and node.tail:
            node.tail = pattern.sub(back, node.tail)


def render(
    works: list[dict],
    clusters: list[list[dict]],
    style: str | Path = "harvard",
    mode: str = "author-date",
    locale: str | None = None,
) -> Rendered:
    """Render every cluster and the reference list of ``works`` with one pandoc call.

    ``mode`` is "author-date" (the style's own form) or "notes": a note style is used as
    it is; an in-text style renders, per cluster, the note text: the full reference for
    the first cite of a work and the short form (Author (Year), p. x) afterwards. All
    works appear in the reference list, cited or not.
    """
    if mode not in ("author-date", "notes"):
        raise CitationError(f"unknown citation mode {mode!r} (author-date or notes)")
    path = resolve_style(style)
    tree = load_style(path)
    note_class = tree.getroot().get("class") == "note"
    notes_mode = note_class or mode == "notes"
    ids = set()
    for work in works:
        if not isinstance(work, dict) or not work.get("id"):
            raise CitationError("every work needs an 'id'")
        ids.add(str(work["id"]))
    for n, cluster in enumerate(clusters, 1):
        if not cluster:
            raise CitationError(f"citation cluster {n} is empty")
        for cite in cluster:
            if str(cite.get("id")) not in ids:
                raise CitationError(f"citation cluster {n} cites unknown work {cite.get('id')!r}")
    lang = locale or DEFAULT_LANG
    clusters, free = _hold_suffixes(clusters, lang)

    with tempfile.TemporaryDirectory(prefix="essayconv-csl-") as tmp:
        refs = Path(tmp) / "works.json"
        refs.write_text(json.dumps(_works_for(works), ensure_ascii=False),
                        encoding="utf-8")
        csl = path
        if notes_mode and not note_class:
            csl = Path(tmp) / "notes.csl"
            csl.write_bytes(notes_style(tree))
        args = [
            _pandoc(), "-f", "json", "-t", "json", "--citeproc",
            f"--csl={csl}", f"--bibliography={refs}",
            "-M", f"lang={lang}", "-M", "link-citations=false",
        ]
        data = json.dumps(_document(clusters), ensure_ascii=False).encode("utf-8")
        proc = _run(args, data)
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        raise CitationError(f"citeproc failed with style {path.name}: {_condense(stderr)}")
    try:
        out = json.loads(proc.stdout)
    except ValueError:
        raise CitationError("citeproc returned no readable output") from None

    builder = _Builder(_quotes_for(lang))
    blocks = out.get("blocks", [])
    rendered: list[etree._Element] = []
    for block in blocks[: len(clusters)]:
        el = _new_inline()
        builder.inlines(el, _cluster_content(block))
        _put_back_suffixes(el, free)
        rendered.append(el)
    if len(rendered) != len(clusters):
        raise CitationError("citeproc returned fewer citations than were asked for")
    warnings = [ln[10:].strip() for ln in stderr.splitlines() if ln.startswith("[WARNING]")]
    return Rendered(rendered, _bibliography(blocks, builder), notes_mode, warnings)


def plain_text(el: etree._Element) -> str:
    """The text of a rendered inline element, formatting dropped."""
    return "".join(el.itertext())
