"""JATS 1.1 Journal Publishing (--to jats): front matter, sections, footnotes, element-citations."""

from __future__ import annotations

import copy
import re

from lxml import etree

from .. import __version__
from .. import tree as T
from . import WriteOptions, headings
from . import biblio as B
from . import journal as J
from .lists import JATS_TYPES, first_item, list_type, ordered, same_list, start
from .view import (
    affiliations,
    citation_mode,
    cite_view,
    heading_number,
    is_abstract,
    keywords,
    nest,
    notes_by_id,
    run_in_label,
    sections,
    table_parts,
    verse_lines,
    with_table_notes,
)
from .xmlkit import add_text, copy_inline, dashed, make

XLINK = "http://www.w3.org/1999/xlink"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DOCTYPE = ('<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.1 '
           '20151215//EN" "JATS-journalpublishing1.dtd">')
STYLE = {"em": "italic", "strong": "bold", "sc": "sc", "sup": "sup", "sub": "sub"}
# CSL type → JATS publication-type (JATS4R recommended values).
PUBLICATION_TYPES = {
    "book": "book", "chapter": "book", "entry-encyclopedia": "book", "entry-dictionary": "book",
    "article-journal": "journal", "article-magazine": "journal", "article-newspaper": "newspaper",
    "article": "journal", "report": "report", "thesis": "thesis", "webpage": "webpage",
    "post": "webpage", "post-weblog": "webpage", "paper-conference": "confproc",
    "dataset": "data", "software": "software", "patent": "patent", "legislation": "legal-doc",
    "treaty": "legal-doc",
}
# CSL types whose part title is a chapter title (the others' is an article title).
CHAPTER_TYPES = {"chapter", "entry", "entry-dictionary", "entry-encyclopedia", "paper-conference"}
# Work fields printed in their own elements; any other field becomes a comment.
PLACED = {"title", "container-title", "publisher", "publisher-place", "page", "volume", "issue",
          "URL", "DOI", "ISBN", "ISSN", "edition", "collection-title", "number-of-pages"}
# Element-only containers, indented in the output (mixed content never is).
STRUCTURAL = {
    "article", "front", "journal-meta", "journal-title-group", "publisher", "article-meta",
    "title-group", "contrib-group", "contrib", "name", "bio", "pub-date", "history", "date",
    "notes", "abstract", "kwd-group", "body", "sec", "fig", "caption", "list", "list-item",
    "disp-quote", "verse-group", "table-wrap", "table-wrap-foot", "table", "thead", "tbody", "tr",
    "back", "fn-group", "fn", "ref-list", "ref", "element-citation", "person-group",
    "app-group", "app",
}
PLACEHOLDERS = {"journal-id": "[journal id]", "journal-title": "[journal title]",
                "issn": "[ISSN]", "publisher-name": "[publisher name]"}


def el(name: str, text: str | None = None, /, **attrs: str | None) -> etree._Element:
    """Make a JATS element; "_" in attribute names stands for "-", xlink_href for xlink:href."""
    return make(name, text, attrs, _attr)


def sub(parent: etree._Element, name: str, text: str | None = None, /, **attrs: str | None):
    """Append a new JATS element to parent and return it."""
    node = el(name, text, **attrs)
    parent.append(node)
    return node


def _attr(key: str) -> str:
    if key == "xlink_href":
        return f"{{{XLINK}}}href"
    if key == "xml_lang":
        return XML_LANG
    return dashed(key)


def series_text(fields: dict[str, str]) -> str:
    """A series' title with its number, as JATS's <series> holds them ('Norfolk Record
    Society Publications, no. 62'; 'Studies, vol. 3' as written)."""
    title, number = fields["collection-title"], str(fields.get("collection-number") or "")
    if not number:
        return title
    return f"{title}, no. {number}" if number[:1].isdigit() else f"{title}, {number}"


class JatsWriter:
    """Write a JATS 1.1 Journal Publishing article valid against its DTD."""

    name = "jats"
    extension = "jats.xml"
    binary = True

    def write(self, essay: etree._Element, options: WriteOptions) -> bytes:
        root = _Builder(essay, options).article()
        B.indent(root, STRUCTURAL)
        body = etree.tostring(root, encoding="UTF-8", doctype=DOCTYPE)
        return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


class _Builder:
    """One conversion: the essay, its notes and the footnotes collected so far."""

    def __init__(self, essay: etree._Element, options: WriteOptions):
        self.essay = essay
        self.options = options
        self.notes = notes_by_id(essay)
        self.mode = citation_mode(essay)
        self.footnotes: list[etree._Element] = []
        self.works = B.works(essay)
        self.anchors = {}
        for note_id, note in self.notes.items():
            anchor = f"note-{note.get('n')}"
            self.anchors[note_id] = anchor if anchor not in self.anchors.values() else note_id

    def article(self) -> etree._Element:
        """The article element: front, body, back."""
        lang = self.essay.get(T.XML_LANG) or "en"
        root = etree.Element("article", nsmap={"xlink": XLINK})
        root.set("article-type", "research-article")
        root.set("dtd-version", "1.1")
        root.set(XML_LANG, lang)
        root.append(self.front())
        root.append(self.body())
        back = self.back()
        if len(back):
            root.append(back)
        return root

    # ---------------------------------------------------------------- front
    def front(self) -> etree._Element:
        """front: journal-meta (from the profile, else placeholders), article-meta, notes."""
        front = el("front")
        extra = self.options.extra
        value = {k: extra.get(k) or placeholder for k, placeholder in PLACEHOLDERS.items()}
        value["journal-id"] = J.journal_id(extra) or value["journal-id"]
        journal = sub(front, "journal-meta")
        sub(journal, "journal-id", value["journal-id"], journal_id_type="publisher-id")
        sub(sub(journal, "journal-title-group"), "journal-title", value["journal-title"])
        sub(journal, "issn", value["issn"], publication_format="electronic")
        sub(sub(journal, "publisher"), "publisher-name", value["publisher-name"])
        front.append(self.article_meta())
        notes = sub(front, "notes")
        for info in T.findall(self.essay, "meta/info"):
            # kwd-group, title-group, aff
            if info.get("name") not in ("keywords", "subtitle", "article-type") \
                    and not info.get("id"):
                sub(notes, "p", info.text, content_type=info.get("name"))
        changes = len(T.findall(self.essay, "changes/change"))
        source = self.essay.get("source") or "plain text"
        plural = "s" if changes != 1 else ""
        text = (f"Converted from {source} by essayconv {__version__} with {changes} automatic "
                f"repair{plural} (each listed in the TEI output's revision description).")
        sub(notes, "p", text, content_type="conversion")
        return front

    def article_meta(self) -> etree._Element:
        """article-meta: title, authors, publication date, history."""
        meta = el("article-meta")
        kinds = [i.text for i in T.findall(self.essay, "meta/info")
                 if i.get("name") == "article-type" and i.text]
        if kinds:  # a journal's kicker over the title: 'Original Investigation'
            subjects = sub(sub(meta, "article-categories"), "subj-group",
                           subj_group_type="heading")
            for kind in kinds:
                sub(subjects, "subject", kind)
        group = sub(meta, "title-group")
        self.inline(sub(group, "article-title"), T.find(self.essay, "meta/title"))
        for info in T.findall(self.essay, "meta/info"):
            if info.get("name") == "subtitle":  # the standfirst under the title
                sub(group, "subtitle", info.text)
        authors = T.findall(self.essay, "meta/author")
        if authors:
            group = sub(meta, "contrib-group")
            for author in authors:
                group.append(self.contrib(author))
        for ident, info in affiliations(self.essay).items():
            aff = sub(meta, "aff", id=ident)
            if info.get("label"):
                sub(aff, "label", info.get("label"))
            sub(aff, "institution", info.text)
        dated = B.document_date(self.essay, self.options)
        pub = sub(meta, "pub-date", publication_format="electronic", date_type="pub")
        if dated is None:
            sub(pub, "year", "[year]")
        else:
            self.date_parts(pub, dated[0])
        extra = self.options.extra
        if extra.get("year"):  # the journal issue's year (--profile)
            sub(sub(meta, "pub-date", publication_format="electronic", date_type="collection"),
                "year", extra["year"])
        for unit in ("volume", "issue"):
            if extra.get(unit):
                sub(meta, unit, extra[unit])
        history = None
        for which in ("received", "accepted"):  # the journal's history, each date its own
            when = B.received(self.essay, which)
            if when is not None:
                history = history if history is not None else sub(meta, "history")
                self.date_parts(sub(history, "date", date_type=which), when)
        for section in sections(self.essay):
            if is_abstract(section):
                abstract = sub(meta, "abstract")
                if any(run_in_label(p) for p in T.findall(section, "p")):
                    self.structured_abstract(abstract, section)
                else:
                    self.section_content(abstract, section)
        words = keywords(self.essay)
        if words:
            group = sub(meta, "kwd-group", kwd_group_type="author")
            for word in words:
                sub(group, "kwd", word)
        return meta

    def structured_abstract(self, abstract: etree._Element, section: etree._Element) -> None:
        """A structured abstract: its title, then a sec for each labelled part ('Importance
        …': title Importance), an unlabelled paragraph in the part above it."""
        heading = T.find(section, "heading")
        if heading is not None:
            self.inline(sub(abstract, "title"), heading)
        part = abstract
        for p in T.findall(section, "p"):
            label = run_in_label(p)
            if label is not None:
                part = sub(abstract, "sec")
                sub(part, "title", label)
                p = copy.deepcopy(p)
                strong = p[0]
                p.text = (strong.tail or "").lstrip()
                p.remove(strong)
            self.block(part, p)

    @staticmethod
    def date_parts(parent: etree._Element, date: B.Date) -> None:
        """day, month and year children, and the iso-8601-date attribute."""
        parent.set("iso-8601-date", date.iso())
        if date.day:
            sub(parent, "day", f"{date.day:02d}")
        if date.month:
            sub(parent, "month", f"{date.month:02d}")
        sub(parent, "year", str(date.year))

    def contrib(self, author: etree._Element) -> etree._Element:
        """contrib: ORCID, name (surname, given names), e-mail, biography."""
        contrib = el("contrib", contrib_type="author")
        orcid = B.orcid(self.essay, author)
        if orcid:
            sub(contrib, "contrib-id", f"https://orcid.org/{orcid}", contrib_id_type="orcid")
        prefix, display = B.name_prefix(T.find(author, "name").text or "")
        given, family = B.split_person(display, B.info(self.essay, "citation"))
        name = sub(contrib, "name")
        sub(name, "surname", family)
        if given:
            sub(name, "given-names", given)
        if prefix:
            sub(name, "prefix", prefix)  # 'Professor', 'Dr.'
        for ident in (author.get("aff") or "").split():  # its aff in article-meta
            label = affiliations(self.essay)[ident].get("label")
            sub(contrib, "xref", label, ref_type="aff", rid=ident)
        email = T.find(author, "email")
        if email is not None:
            sub(contrib, "email", email.text)
        bio = T.find(author, "bio")
        if bio is not None:
            self.inline(sub(sub(contrib, "bio"), "p"), bio)
        return contrib

    # ---------------------------------------------------------------- body
    def body(self) -> etree._Element:
        """body: leading untitled sections as paragraphs, then one sec per section, nested
        by level (the abstract is in the front)."""
        body = el("body")

        def make(section: etree._Element, parent: etree._Element) -> etree._Element:
            """The section's sec in parent (its blocks straight in body, when leading and
            untitled), returned as the parent of its subsections."""
            if T.find(section, "heading") is None and parent is body and \
                    not any(c.tag == "sec" for c in body):
                self.section_content(body, section)
                return body
            sec = sub(parent, "sec", id=section.get("id"))
            self.section_content(sec, section)
            return sec

        nest([s for s in sections(self.essay) if not is_abstract(s)], body, make)
        return body

    def section_content(self, parent: etree._Element, section: etree._Element) -> None:
        """A section's title (when it has a heading, or parent is a sec) and its blocks."""
        heading = T.find(section, "heading")
        numbered = heading_number(heading) if heading is not None else None
        if numbered and parent.tag == "sec":  # '2.1 Participants': label 2.1, title Participants
            sub(parent, "label", numbered[0])
            sub(parent, "title", numbered[1])
        elif heading is not None or parent.tag == "sec":
            title = sub(parent, "title")
            if heading is not None:
                self.inline(title, heading)
        for child, notes in with_table_notes(section):  # notes into table-wrap-foot
            if child.tag == T.q("p"):
                self.block(parent, child)
            elif child.tag == T.q("table"):
                self.table(parent, child, notes)
            elif child.tag != T.q("heading"):
                raise ValueError(f"JATS writer: unknown element in section: {child.tag}")

    def table(self, parent: etree._Element, table: etree._Element,
              notes: list[etree._Element] = ()) -> None:
        """table-wrap: the caption, an XHTML-model table (thead from the first row), the
        notes under it ('Note. …', 'Source: …') in table-wrap-foot."""
        caption, heads, rows = table_parts(table)
        wrap = sub(parent, "table-wrap", id=f"table-{table.get('line')}")
        if caption is not None:
            self.inline(sub(sub(wrap, "caption"), "p"), caption)
        grid = sub(wrap, "table")
        head = sub(sub(grid, "thead"), "tr")
        for cell in heads:
            self.inline(sub(head, "th"), cell)
        body = sub(grid, "tbody")
        for row in rows:
            tr = sub(body, "tr")
            for cell in row:
                self.inline(sub(tr, "td"), cell)
        if notes:
            foot = sub(wrap, "table-wrap-foot")
            for note in notes:
                self.inline(sub(foot, "p"), note)

    def block(self, parent: etree._Element, p: etree._Element) -> None:
        """A paragraph: p, a figure caption, a list item (grouped into a list), a quote or a
        verse quotation (disp-quote/verse-group/verse-line)."""
        kind = p.get("kind")
        if kind is None:
            self.inline(sub(parent, "p"), p)
        elif kind == "caption":
            self.inline(sub(sub(sub(parent, "fig"), "caption"), "p"), p)
        elif kind == "item":
            self.item(parent, p)
        elif kind == "quote":
            self.quote(parent, p)
        elif kind == "equation":  # a display formula, as written; one calling a note a p
            self.inline(sub(parent, "p" if len(p) else "disp-formula"), p)
        elif kind == "verse":  # a verse group, one verse-line a line
            group = sub(sub(parent, "disp-quote"), "verse-group")
            for line in verse_lines(p):
                self.inline(sub(group, "verse-line"), line, links=False)
        else:
            raise ValueError(f"JATS writer: unknown paragraph kind {kind!r}")

    def quote(self, parent: etree._Element, p: etree._Element) -> None:
        """disp-quote; an epigraph's lines one disp-quote (content-type epigraph), its
        attribution the attrib closing it."""
        last = parent[-1] if len(parent) else None
        epigraph = last is not None and last.tag == "disp-quote" and \
            last.get("content-type") == "epigraph" and last.find("attrib") is None
        if p.get("role") == "attribution" and epigraph:
            self.inline(sub(last, "attrib"), p)
        elif p.get("role") == "epigraph":
            holder = last if epigraph else sub(parent, "disp-quote", content_type="epigraph")
            self.inline(sub(holder, "p"), p)
        else:
            self.inline(sub(sub(parent, "disp-quote"), "p"), p)

    def item(self, parent: etree._Element, p: etree._Element) -> None:
        """A list item, in the list of the item before it or a new list (list-type bullet,
        order, alpha-lower …); a numbered list that does not start at 1 labels its items with
        their numbers as written ('3)'), JATS having no start attribute."""
        last = parent[-1] if len(parent) else None
        if last is None or last.tag != "list" or not same_list(p.getprevious(), p):
            last = sub(parent, "list", list_type=JATS_TYPES[list_type(p)])
        item = sub(last, "list-item")
        if ordered(p) and start(first_item(p)) != 1 and p.get("marker"):
            sub(item, "label", p.get("marker"))
        self.inline(sub(item, "p"), p)

    def inline(self, parent: etree._Element, node: etree._Element, links: bool = True) -> None:
        """Copy inline content (text, formatting, links, citation markers) into parent; with
        links false (a verse-line holds no ext-link) a link's text only."""
        copy_inline(parent, node, "JATS", self.cite,
                    lambda holder, name: sub(holder, STYLE[name]),
                    lambda holder, href: sub(holder, "ext-link", ext_link_type="uri",
                                             xlink_href=href) if links else holder,
                    lambda holder, work: sub(holder, "xref", ref_type="bibr", rid=work))

    def cite(self, parent: etree._Element, cite: etree._Element) -> str:
        """A citation marker, printed as its citation mode says (see view.CiteView); return
        the text to print after it."""
        view = cite_view(self.essay, cite, self.notes)
        rids = " ".join(B.note_works(self.notes.get(view.note_id)))
        if view.mode == "raw":
            anchor = self.anchors.get(view.note_id)
            if anchor:
                sub(parent, "xref", f"[{view.n}]", ref_type="fn", rid=anchor)
            else:
                add_text(parent, f"[{view.n}]")
        elif view.mode == "author-date":
            holder = sub(parent, "xref", ref_type="bibr", rid=rids) if rids else parent
            for _, content in view.parts:  # the whole citation, its brackets opened toward a
                # glued neighbour: '(A, 2019; B, 2020)'; an xref holds no ext-link: a link's text
                self.inline(holder, content, links=not rids)
            if view.footnote is not None:
                add_text(parent, view.stop)
                self.inline(self.footnote(parent), view.footnote)
        else:
            p = self.footnote(parent)
            holder = sub(p, "xref", ref_type="bibr", rid=rids) if rids else p
            self.inline(holder, view.footnote, links=not rids)  # an xref holds no ext-link
        return view.tail(cite)

    def footnote(self, parent: etree._Element) -> etree._Element:
        """Put a footnote mark in parent; return the paragraph of the new fn to fill."""
        number = str(len(self.footnotes) + 1)
        sub(sub(parent, "xref", ref_type="fn", rid=f"fn{number}"), "sup", number)
        fn = el("fn", id=f"fn{number}")
        sub(fn, "label", number)
        self.footnotes.append(fn)
        return sub(fn, "p")

    # ---------------------------------------------------------------- back
    def back(self) -> etree._Element:
        """back: footnotes, the verbatim notes list (see biblio.notes_to_list), references,
        the appendices (app-group), the credits."""
        back = el("back")
        appendices = self.appendices()  # first: a citation in them makes a footnote
        if self.footnotes:
            group = sub(back, "fn-group")
            sub(group, "title", headings.heading("notes", self.essay))
            group.extend(self.footnotes)
        listed = B.notes_to_list(self.essay, self.mode)
        if listed:
            group = sub(back, "fn-group")
            sub(group, "title", T.find(self.essay, "notes").get("heading"))
            for note in listed:
                fn = sub(group, "fn", id=self.anchors[note.get("id")])
                sub(fn, "label", note.get("n"))
                sub(fn, "p", T.find(note, "text").text)
        refs = [self.ref(work) for work in self.works]
        numbers = B.entry_numbers(self.essay)  # a numeric style: '[1]' in the text
        for ref in refs:
            if ref.get("id") in numbers:
                ref.insert(0, el("label", numbers[ref.get("id")]))
        for item in B.unlinked_sources(self.essay, bool(self.works)):
            ref = el("ref", id=f"source-{item.get('id')}")
            sub(ref, "mixed-citation", item.text)
            refs.append(ref)
        if refs:
            ref_list = sub(back, "ref-list")
            sub(ref_list, "title", B.bibliography_heading(self.essay))
            ref_list.extend(refs)
        back.extend(appendices)
        endmatter = T.find(self.essay, "endmatter")
        if endmatter is not None:
            credits = sub(back, "notes", notes_type="credits")
            for p in endmatter:
                self.block(credits, p)
        return back

    def appendices(self) -> list[etree._Element]:
        """app-group: one app per appendix, its heading the title, its blocks under it; a back
        section ('Further reading') a sec of its own, its sec-type named after its heading."""
        appendices = T.find(self.essay, "appendices")
        if appendices is None:
            return []
        out: list[etree._Element] = []
        group = None
        for section in T.findall(appendices, "section"):
            if section.get("role") == "back":
                sec = el("sec", id=section.get("id"), sec_type=headings.section_type(section))
                self.section_content(sec, section)
                out.append(sec)
                continue
            if group is None:
                group = el("app-group")
                if appendices.get("heading"):
                    sub(group, "title", appendices.get("heading"))
                out.append(group)
            app = sub(group, "app", id=section.get("id"))
            self.section_content(app, section)
        return out

    def ref(self, work: B.Work) -> etree._Element:
        """A work as ref/element-citation."""
        ref = el("ref", id=work.id)
        cite = sub(ref, "element-citation",
                   publication_type=PUBLICATION_TYPES.get(work.type, "other"))
        fields = work.fields
        self.person_group(cite, work, "author")
        if work.analytic:
            part = "chapter-title" if work.type in CHAPTER_TYPES else "article-title"
            sub(cite, part, fields.get("title"))
            self.person_group(cite, work, "editor")
            sub(cite, "source", fields.get("container-title"))
        else:
            self.person_group(cite, work, "editor")
            if fields.get("title"):
                sub(cite, "source", fields["title"])
        for role, group in (("translator", "translator"), ("container-author", "author")):
            self.person_group(cite, work, role, group)
        if fields.get("collection-title"):
            sub(cite, "series", series_text(fields))
        if fields.get("edition"):
            sub(cite, "edition", fields["edition"])
        issued = work.issued
        if issued is not None and issued.year is not None:
            sub(cite, "year", issued.text(), iso_8601_date=issued.iso())
        elif issued is not None and issued.literal:
            sub(cite, "comment", issued.literal)
        for name in ("volume", "issue"):
            if fields.get(name):
                sub(cite, name, fields[name])
        self.pages(cite, work)
        if fields.get("number-of-pages"):  # a book's extent, Vancouver's '116 p.'
            sub(cite, "size", fields["number-of-pages"], units="pages")
        elocation = work.type == "article-journal" and not fields.get("page")
        if elocation and fields.get("number"):
            sub(cite, "elocation-id", fields["number"])
        if fields.get("publisher-place"):
            sub(cite, "publisher-loc", fields["publisher-place"])
        if fields.get("publisher"):
            sub(cite, "publisher-name", fields["publisher"])
        for name in ("ISBN", "ISSN"):
            if fields.get(name):
                sub(cite, name.lower(), fields[name])
        if fields.get("DOI"):
            doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", fields["DOI"], flags=re.I)
            sub(cite, "pub-id", doi, pub_id_type="doi")
        if fields.get("URL"):
            sub(cite, "ext-link", fields["URL"], ext_link_type="uri", xlink_href=fields["URL"])
        for role, date in work.dates.items():
            if role != "issued":
                kind = "access-date" if role == "accessed" else role
                sub(cite, "date-in-citation", date.iso() or date.text(), content_type=kind,
                    iso_8601_date=date.iso())
        for name, value in fields.items():
            if name not in PLACED and not (elocation and name == "number") and not (
                    name == "collection-number" and fields.get("collection-title")):
                sub(cite, "comment", value if name == "note" else f"{name}: {value}")
        if len(cite) == 0:  # nothing read: an empty element-citation is invalid JATS
            ref.remove(cite)
            sub(ref, "mixed-citation", B.written_reference(self.essay, work.id))
        return ref

    def person_group(self, cite: etree._Element, work: B.Work, role: str,
                     group_type: str | None = None) -> None:
        """person-group of the names with a role: name (surname, given-names) or collab."""
        names = work.by_role(role)
        if not names:
            return
        group = sub(cite, "person-group", person_group_type=group_type or role)
        for person in names:
            if person.et_al:
                sub(group, "etal")
                continue
            if person.literal is not None:
                sub(group, "collab", person.literal)
                continue
            name = sub(group, "name")
            sub(name, "surname", person.family)
            if person.given:
                sub(name, "given-names", person.given)
            if person.suffix:
                sub(name, "suffix", person.suffix)

    @staticmethod
    def pages(cite: etree._Element, work: B.Work) -> None:
        """fpage and lpage for a plain range, else page-range as written."""
        first, last = work.pages()
        if not first:
            return
        if " " in first or (last and " " in last):
            sub(cite, "page-range", work.fields["page"])
            return
        sub(cite, "fpage", first)
        if last:
            sub(cite, "lpage", last)
