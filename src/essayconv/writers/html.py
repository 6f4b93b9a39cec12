"""The essay as polyglot XHTML5 (--to html), also the source of the PDF and EPUB writers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

import essayconv

from .. import tree as T
from ..errors import EssayconvError
from . import WriteOptions, headings, journal
from .lists import ORDERED, list_type, ordered, same_list, start
from .view import (
    cite_view,
    fact_text,
    is_abstract,
    keywords,
    keywords_under_abstract,
    level,
    notes_by_id,
    numbered_byline,
    reference_list,
    run_in_label,
    sections,
    table_parts,
    uncited_notes,
    with_table_notes,
    work_anchor,
)
from .xmlkit import add_text, dashed, make

XHTML = "http://www.w3.org/1999/xhtml"
EPUB = "http://www.idpf.org/2007/ops"
EPUB_TYPE = f"{{{EPUB}}}type"
STYLES = Path(essayconv.__file__).parent / "styles"
TARGETS = ("web", "pdf", "epub")
VOID = {"meta", "link", "br", "hr", "img", "col", "wbr", "source", "input", "area", "base"}
KNOWN = {"meta", "body", "notes", "sources", "endmatter", "appendices", "works", "bibliography",
         "changes", "diagnostics"}
URL = re.compile(r"""(?:https?://|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]]""")
INLINE_TAGS = {"em": "em", "strong": "strong", "sup": "sup", "sub": "sub"}


@dataclass
class _Context:
    """What inline rendering needs while walking the body."""

    essay: etree._Element
    target: str
    notes: dict[str, etree._Element]
    footnotes: list[etree._Element] = field(default_factory=list)


def h(tag: str, text: str | None = None, /, **attrs: str | None) -> etree._Element:
    """Make an XHTML element; attribute names use '_' for '-' and a trailing '_' is dropped."""
    return make(f"{{{XHTML}}}{tag}", text, attrs, dashed)


def hsub(parent: etree._Element, tag: str, text: str | None = None, /, **attrs: str | None):
    """Append a new XHTML element to parent and return it."""
    node = h(tag, text, **attrs)
    parent.append(node)
    return node


def _ends_with_space(parent: etree._Element) -> bool:
    text = (parent[-1].tail if len(parent) else parent.text) or ""
    if not text and len(parent):
        return False
    return not text or text[-1].isspace() or text[-1] in "([“‘"


def short_title(title: str, limit: int = 60) -> str:
    """The part of a title before its colon, cut at a word under limit characters."""
    short = title.split(":", 1)[0].strip() or title.strip()
    if len(short) <= limit:
        return short
    return short[:limit].rsplit(" ", 1)[0].rstrip(",;—–- ") + "…"


def description(essay: etree._Element, limit: int = 300) -> str | None:
    """The essay's opening sentences (markers dropped), under limit characters."""
    first = next(iter(T.findall(essay, "body/section/p")), None)
    if first is None:
        return None
    text = re.sub(r"\s+", " ", T.inline_text(first, markers=False)).strip()
    text = re.sub(r"\s+([.,;:])", r"\1", text)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    sentence = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    return cut[:sentence + 1] if sentence > limit // 3 else cut.rsplit(" ", 1)[0] + "…"


def _add_linked_text(parent: etree._Element, text: str | None, in_link: bool) -> None:
    """Add text, turning bare web addresses into links (unless already inside one)."""
    if not text or in_link:
        add_text(parent, text)
        return
    position = 0
    for match in URL.finditer(text):
        add_text(parent, text[position:match.start()])
        address = match.group()
        href = address if "://" in address else f"https://{address}"
        hsub(parent, "a", address, href=href, class_="url")
        position = match.end()
    add_text(parent, text[position:])


def inline(parent: etree._Element, node: etree._Element, ctx: _Context, in_link=False) -> None:
    """Append the XHTML form of the essay inline content of node to parent."""
    _add_linked_text(parent, node.text, in_link)
    for child in node:
        if not isinstance(child.tag, str):
            _add_linked_text(parent, child.tail, in_link)
            continue
        name = etree.QName(child).localname
        tail = child.tail
        if child.tag == T.q("cite"):
            tail = _cite(parent, child, ctx)
        elif child.tag == T.q("lb"):  # a verse quotation's next line
            hsub(parent, "br")
        elif name in INLINE_TAGS and child.tag == T.q(name):
            inline(hsub(parent, INLINE_TAGS[name]), child, ctx, in_link)
        elif child.tag == T.q("sc"):
            inline(hsub(parent, "span", class_="smallcaps"), child, ctx, in_link)
        elif child.tag == T.q("link"):
            target = hsub(parent, "span") if in_link else hsub(parent, "a", href=child.get("href"))
            inline(target, child, ctx, True)
        elif child.tag == T.q("xref"):  # the author's own 'Watrall 2002, 169'
            anchor = work_anchor(ctx.essay, child.get("work"))
            if anchor and not in_link:
                inline(hsub(parent, "a", href=f"#{anchor}", class_="citation"), child, ctx, True)
            else:
                inline(parent, child, ctx, in_link)
        else:
            raise EssayconvError(f"html writer: unknown inline element {child.tag}")
        _add_linked_text(parent, tail, in_link)


def _cite(parent: etree._Element, cite: etree._Element, ctx: _Context) -> str:
    """Print a marker as view.cite_view says; return the text to print after it."""
    view = cite_view(ctx.essay, cite, ctx.notes)
    if view.mode == "raw":
        hsub(parent, "a", f"[{view.n}]", href=f"#note-{view.n}", class_="noteref")
        return cite.tail or ""
    if view.mode == "author-date":
        if not view.glued and not _ends_with_space(parent):
            add_text(parent, " ")
        wrapper = hsub(parent, "cite")
        for work, content in view.parts:  # each work's part links to its own entry
            if work:
                inline(hsub(wrapper, "a", href=f"#ref-{work}", class_="citation"), content, ctx,
                       in_link=True)
            else:
                inline(wrapper, content, ctx)
    if view.footnote is not None:
        if view.mode == "notes" and view.glued:
            hsub(parent, "sup", ",")  # two marks glued: '¹,²', never '¹²'
        add_text(parent, view.stop)
        footnote(parent, view.footnote, ctx)
    return view.tail(cite)


def footnote(parent: etree._Element, content: etree._Element, ctx: _Context,
             kind: str = "note") -> None:
    """Attach a footnote at this point: inline for the PDF, a noteref plus an aside otherwise."""
    number = str(len(ctx.footnotes) + 1)
    ident = f"fn-{number}" if kind == "note" else f"fn-{kind}-{number}"
    if ctx.target == "pdf":
        span = hsub(parent, "span", id=ident, class_=f"footnote {kind}", role="doc-footnote")
        inline(span, content, ctx)
        ctx.footnotes.append(span)
        return
    mark = number if kind == "note" else "*"
    sup = hsub(parent, "sup")
    ref = hsub(sup, "a", mark, href=f"#{ident}", id=f"{ident}-ref", class_="noteref",
               role="doc-noteref")
    aside = h("aside", id=ident, class_=f"footnote {kind}", role="doc-footnote")
    if ctx.target == "epub":
        ref.set(EPUB_TYPE, "noteref")
        aside.set(EPUB_TYPE, "footnote")
    para = hsub(aside, "p")
    hsub(para, "a", mark, href=f"#{ident}-ref", class_="backlink", role="doc-backlink")
    add_text(para, " ")
    inline(para, content, ctx)
    ctx.footnotes.append(aside)


def header_element(essay: etree._Element, ctx: _Context) -> etree._Element:
    """The title block: title, authors (with their bios) and the header facts."""
    header = h("header", class_="title-block")
    title = T.find(essay, "meta/title")
    plain = T.inline_text(title, markers=False)
    h1 = hsub(header, "h1", data_short_title=short_title(plain) if ctx.target == "pdf" else None)
    inline(h1, title, ctx)
    subtitles = [i for i in T.findall(essay, "meta/info") if i.get("name") == "subtitle"]
    for info in subtitles:  # the standfirst right under the title
        _add_linked_text(hsub(header, "p", class_="subtitle"), info.text, False)
    marks, numbered = numbered_byline(essay)
    for index, author in enumerate(T.findall(essay, "meta/author")):
        line = hsub(header, "p", class_="author")
        hsub(line, "span", T.find(author, "name").text, class_="name")
        if marks and marks[index]:
            hsub(line, "sup", ",".join(marks[index]), class_="aff-mark")
        email, bio = T.find(author, "email"), T.find(author, "bio")
        if email is not None and (bio is None or email.text not in T.inline_text(bio)):
            add_text(line, " ")
            hsub(line, "a", email.text, href=f"mailto:{email.text}", class_="email")
        if bio is None:
            continue
        if ctx.target == "pdf":
            footnote(line, bio, ctx, kind="bio")
        else:
            aside = hsub(header, "aside", class_="bio", role="note")
            inline(hsub(aside, "p"), bio, ctx)
    for mark, info in numbered:  # the numbered affiliations under the byline
        line = hsub(header, "p", class_="info affiliation")
        hsub(line, "sup", mark, class_="aff-mark")
        add_text(line, " " + (info.text or ""))
    under_abstract = keywords_under_abstract(essay)
    printed = [*under_abstract, *subtitles, *(info for _, info in numbered)]
    for info in T.findall(essay, "meta/info"):
        shown = fact_text(essay, info)  # 'Volume 3, Issue 2', never a bare '3'
        if not any(info is other for other in printed) and shown != "":
            _add_linked_text(hsub(header, "p", class_=f"info {info.get('name')}"),
                             info.text if shown is None else shown, False)
    return header


def blocks(parent: etree._Element, paragraphs: Sequence[etree._Element], ctx: _Context) -> None:
    """Append paragraphs as XHTML blocks: captions, grouped list items, quotes (verse in
    blockquote.verse, a br between its lines), paragraphs."""
    items: etree._Element | None = None
    last: etree._Element | None = None
    for p, notes in with_table_notes(paragraphs):  # a table's notes go with it
        if p.tag == T.q("table"):
            items = last = None
            table_element(parent, p, ctx, notes)
            continue
        if p.tag != T.q("p"):
            raise EssayconvError(f"html writer: unknown block element {p.tag}")
        kind = p.get("kind")
        if kind == "item":
            if items is None or not same_list(last, p):
                items = list_element(parent, p, ctx.target == "pdf")
            inline(hsub(items, "li"), p, ctx)
            last = p
            continue
        items = last = None
        if kind == "caption":
            inline(hsub(parent, "p", class_="caption"), p, ctx)
        elif kind == "quote":
            inline(quote_holder(parent, p), p, ctx)
        elif kind == "equation":  # a display equation, as written
            inline(hsub(parent, "p", class_="equation"), p, ctx)
        elif kind == "verse":  # its lines apart: a br before each but the first
            inline(hsub(hsub(parent, "blockquote", class_="verse"), "p"), p, ctx)
        elif kind is None and run_in_label(p):  # a structured abstract's part: no indent
            inline(hsub(parent, "p", class_="labelled"), p, ctx)
        elif kind is None:
            inline(hsub(parent, "p"), p, ctx)
        else:
            raise EssayconvError(f"html writer: unknown paragraph kind {kind!r}")


def quote_holder(parent: etree._Element, p: etree._Element) -> etree._Element:
    """Where a quote paragraph goes: a blockquote's p; an epigraph's line into the epigraph's
    blockquote (class epigraph), its attribution a footer there."""
    role = p.get("role")
    last = parent[-1] if len(parent) else None
    open_epigraph = last is not None and last.tag == f"{{{XHTML}}}blockquote" and \
        last.get("class") == "epigraph"
    if role == "attribution" and open_epigraph:
        return hsub(hsub(last, "footer"), "p", class_="attribution")
    if role == "epigraph":
        holder = last if open_epigraph else hsub(parent, "blockquote", class_="epigraph")
        return hsub(holder, "p")
    return hsub(hsub(parent, "blockquote"), "p")


def list_element(parent: etree._Element, first: etree._Element,
                 counter: bool = False) -> etree._Element:
    """A list opened by its first item: ul, or ol with its type and (unless 1) its start;
    the class names the marker style for the stylesheets; with counter (the PDF: WeasyPrint
    reads no start attribute) the start is also the counter's reset."""
    kind = list_type(first)
    if not ordered(first):
        return hsub(parent, "ul", class_="items")
    out = hsub(parent, "ol", class_=f"items {kind}", type=ORDERED[kind])
    if start(first) != 1:
        out.set("start", str(start(first)))
        if counter:
            out.set("style", f"counter-reset: list-item {start(first) - 1}")
    return out


def table_element(parent: etree._Element, table: etree._Element, ctx: _Context,
                  notes: Sequence[etree._Element] = ()) -> None:
    """A table: its caption, the first row as column headings, the other rows; with a caption
    or notes under it ('Note. …'), the table and its notes in one div.table-wrap (which pages
    never split: a caption never ends a page without its table), the notes named as the
    table's description."""
    caption, heads, rows = table_parts(table)
    if notes or caption is not None:
        parent = hsub(parent, "div", class_="table-wrap")
    out = hsub(parent, "table", class_="data")
    ids = [f"table-{table.get('line')}-note-{k}" for k in range(1, len(notes) + 1)]
    for note, ident in zip(notes, ids, strict=True):
        inline(hsub(parent, "p", class_="table-note", id=ident), note, ctx)
    if ids:
        out.set("aria-describedby", " ".join(ids))
    if caption is not None:
        inline(hsub(out, "caption"), caption, ctx)
    head = hsub(hsub(out, "thead"), "tr")
    for cell in heads:
        inline(hsub(head, "th", scope="col"), cell, ctx)
    body = hsub(out, "tbody")
    for row in rows:
        tr = hsub(body, "tr")
        for cell in row:
            inline(hsub(tr, "td"), cell, ctx)


def section_element(section: etree._Element, ctx: _Context) -> etree._Element:
    """One body section: its heading (h2, or h3… by its level) and its paragraphs; the
    abstract is marked as such for assistive technology and the stylesheet."""
    out = h("section", id=section.get("id"))
    if is_abstract(section):
        out.set("class", "abstract")
        out.set("role", "doc-abstract")
    children = list(section)
    if children and children[0].tag == T.q("heading"):
        inline(hsub(out, f"h{min(level(section) + 1, 6)}"), children.pop(0), ctx)
    blocks(out, children, ctx)
    if is_abstract(section):  # the keywords close it, where the author put them
        for info in keywords_under_abstract(ctx.essay):
            _add_linked_text(hsub(out, "p", class_="keywords"), info.text, False)
    return out


def bibliography_element(essay: etree._Element, ctx: _Context) -> etree._Element | None:
    """The reference list (or the verbatim notes list) as a doc-bibliography section."""
    heading, entries = reference_list(essay)
    if not entries:
        return None
    out = h("section", id="references", class_="references", role="doc-bibliography")
    if ctx.target == "epub":
        out.set(EPUB_TYPE, "bibliography")
    hsub(out, "h2", heading)
    items = hsub(out, "ul")
    for anchor, content in entries:
        li = hsub(items, "li", id=anchor)
        if ctx.target == "epub":
            li.set(EPUB_TYPE, "biblioentry")
        inline(li, content, ctx)
    return out


def article_element(essay: etree._Element, options: WriteOptions,
                    target: str = "web") -> etree._Element:
    """The whole essay as an <article>: title block, sections, notes, references, credits."""
    if target not in TARGETS:
        raise ValueError(f"unknown html target {target!r}; one of {', '.join(TARGETS)}")
    for child in essay:
        if isinstance(child.tag, str) and etree.QName(child).localname not in KNOWN:
            raise EssayconvError(f"html writer: unknown element {child.tag}")
    ctx = _Context(essay, target, notes_by_id(essay))
    article = h("article")
    header = header_element(essay, ctx)
    line = journal.citation_line(options.extra)
    if line:  # the journal and issue over the title, and the PDF's running foot
        foot = journal.running(options.extra) if target == "pdf" else None
        header.insert(0, h("p", line, class_="journal", data_running=foot))
    article.append(header)
    for section in sections(essay):
        article.append(section_element(section, ctx))
    notes = [n for n in ctx.footnotes if n.tag == f"{{{XHTML}}}aside"]
    if notes:
        box = hsub(article, "section", class_="footnotes")
        if target == "web":
            hsub(box, "h2", headings.heading("notes", essay))
        box.extend(notes)
    uncited = uncited_notes(essay) if target != "epub" else []  # EPUB makes them endnotes
    if uncited:
        box = hsub(article, "section", id="notes-list", class_="references notes-list")
        hsub(box, "h2", headings.heading("uncited", essay))
        items = hsub(box, "ul")
        for anchor, content in uncited:
            inline(hsub(items, "li", id=anchor), content, ctx)
    references = bibliography_element(essay, ctx)
    if references is not None:
        article.append(references)
    endmatter = T.find(essay, "endmatter")
    if endmatter is not None:
        blocks(hsub(article, "section", class_="endmatter", aria_label="End matter"),
               list(endmatter), ctx)
    appendices = T.find(essay, "appendices")
    if appendices is not None:
        article.extend(appendix_elements(appendices, ctx))
    return article


def appendix_elements(appendices: etree._Element, ctx: _Context) -> list[etree._Element]:
    """The appendices after the references: a doc-appendix section each, its heading an h2
    (an h3 under a group heading 'Appendices', which is then their section's h2)."""
    group = appendices.get("heading")
    rank = 3 if group else 2
    out: list[etree._Element] = []
    for appendix in T.findall(appendices, "section"):
        if appendix.get("role") == "back":  # 'Further reading': a section, no appendix
            node = h("section", id=appendix.get("id"), class_="back")
        else:
            node = h("section", id=appendix.get("id"), class_="appendix", role="doc-appendix")
            if ctx.target == "epub":
                node.set(EPUB_TYPE, "appendix")
        children = list(appendix)
        inline(hsub(node, f"h{rank}"), children.pop(0), ctx)
        blocks(node, children, ctx)
        out.append(node)
    if not group:
        return out
    box = h("section", id="appendices", class_="appendices")
    hsub(box, "h2", group)
    box.extend(out)
    return [box]


def journal_tags(extra: dict[str, str]) -> list[tuple[str, str]]:
    """The Highwire citation_* tags (Google Scholar's) of the profile's journal facts."""
    names = {"citation_journal_title": journal.title(extra), "citation_issn": extra.get("issn"),
             "citation_publisher": extra.get("publisher-name"),
             "citation_volume": extra.get("volume"), "citation_issue": extra.get("issue")}
    return [(name, value) for name, value in names.items() if value]


def head_element(essay: etree._Element, target: str = "web",
                 stylesheets: Sequence[str] = (),
                 extra: dict[str, str] | None = None) -> etree._Element:
    """The <head>: charset, title, author/description/keywords/generator, the journal's
    citation_* tags from the profile (web and PDF), stylesheets."""
    head = h("head")
    hsub(head, "meta", charset="utf-8")
    hsub(head, "title", T.inline_text(T.find(essay, "meta/title"), markers=False))
    if target == "web":
        hsub(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    authors = [T.find(a, "name").text for a in T.findall(essay, "meta/author")]
    if authors:
        hsub(head, "meta", name="author", content=", ".join(authors))
    if summary := description(essay):
        hsub(head, "meta", name="description", content=summary)
    if words := keywords(essay):
        hsub(head, "meta", name="keywords", content=", ".join(words))
    hsub(head, "meta", name="generator", content=f"essayconv {essayconv.__version__}")
    if target != "epub":
        for name, value in journal_tags(extra or {}):
            hsub(head, "meta", name=name, content=value)
    for href in stylesheets:
        hsub(head, "link", rel="stylesheet", href=href)
    if target == "web" and not stylesheets:
        css = (STYLES / "html.css").read_text(encoding="utf-8")
        if any(c in css for c in "<&"):
            raise EssayconvError("html.css must not contain '<' or '&' (polyglot <style>)")
        hsub(head, "style", "\n" + css)
    return head


def html_element(essay: etree._Element, options: WriteOptions, target: str = "web",
                 stylesheets: Sequence[str] | None = None) -> etree._Element:
    """The <html> element; stylesheets default to pdf.css for the PDF, html.css inline for web."""
    nsmap = {None: XHTML, "epub": EPUB} if target == "epub" else {None: XHTML}
    root = etree.Element(f"{{{XHTML}}}html", nsmap=nsmap)
    lang = essay.get(T.XML_LANG)
    if lang:
        root.set("lang", lang)
        root.set(T.XML_LANG, lang)
    if stylesheets is None:
        stylesheets = ["pdf.css"] if target == "pdf" else []
    root.append(head_element(essay, target, stylesheets, options.extra))
    body = hsub(root, "body")
    body.append(article_element(essay, options, target))
    _close_empty(root)
    return root


def _close_empty(root: etree._Element) -> None:
    for node in root.iter():
        if isinstance(node.tag, str) and len(node) == 0 and node.text is None:
            if etree.QName(node).localname not in VOID:
                node.text = ""


def serialise(root: etree._Element) -> str:
    """Polyglot serialisation: the HTML5 doctype and well-formed XML without a declaration."""
    return "<!DOCTYPE html>\n" + etree.tostring(root, encoding="unicode", method="xml") + "\n"


def html_document(essay: etree._Element, options: WriteOptions, *, target: str = "web",
                  stylesheets: Sequence[str] | None = None) -> str:
    """The essay as a polyglot XHTML5 document for target 'web', 'pdf' or 'epub'."""
    return serialise(html_element(essay, options, target, stylesheets))


class HtmlWriter:
    """Write a standalone semantic HTML5 page with its stylesheet inline."""

    name = "html"
    extension = "html"
    binary = False

    def write(self, essay: etree._Element, options: WriteOptions) -> str:
        return html_document(essay, options, target="web")
