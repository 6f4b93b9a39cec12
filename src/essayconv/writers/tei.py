"""TEI P5 (--to tei): header with every repair, body, notes and a biblStruct bibliography."""

from __future__ import annotations

from lxml import etree

from .. import __version__
from .. import tree as T
from . import WriteOptions, headings, journal
from . import biblio as B
from .lists import list_type, ordered, same_list
from .view import (
    author_affiliations,
    citation_mode,
    cite_view,
    is_abstract,
    keywords,
    nest,
    notes_by_id,
    sections,
    table_parts,
    verse_lines,
    with_table_notes,
)
from .xmlkit import add_text, copy_inline, dashed, make

NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SCHEMA_PI = ('href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" '
             'type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"')
HI = {"em": "italic", "strong": "bold", "sc": "small-caps", "sup": "superscript",
      "sub": "subscript"}
LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
             "pt": "Portuguese", "nl": "Dutch", "la": "Latin", "el": "Greek"}
# Element-only containers, indented in the output (mixed content never is).
STRUCTURAL = {
    "TEI", "teiHeader", "fileDesc", "titleStmt", "author", "persName", "publicationStmt",
    "notesStmt", "sourceDesc", "encodingDesc", "appInfo", "application", "profileDesc",
    "langUsage", "revisionDesc", "text", "front", "docTitle", "byline", "body", "div", "list",
    "figure", "quote", "lg", "back", "listBibl", "biblStruct", "analytic", "monogr", "imprint",
    "series", "editor", "respStmt", "textClass", "keywords", "table", "row", "seriesStmt",
}
# Work fields printed in their own elements; any other field becomes a note.
PLACED = {"title", "container-title", "publisher", "publisher-place", "page", "volume", "issue",
          "URL", "DOI", "ISBN", "ISSN", "collection-title", "collection-number", "edition"}


def tei(name: str, text: str | None = None, /, **attrs: str | None) -> etree._Element:
    """Make a TEI element; attribute names use "_" for "-" and xml_id / xml_lang for xml:*."""
    return make(f"{{{NS}}}{name}", text, attrs, _attr, {None: NS})


def sub(parent: etree._Element, name: str, text: str | None = None, /, **attrs: str | None):
    """Append a new TEI element to parent and return it."""
    node = tei(name, text, **attrs)
    parent.append(node)
    return node


def _attr(key: str) -> str:
    return {"xml_id": XML_ID, "xml_lang": XML_LANG}.get(key) or dashed(key)


class TeiWriter:
    """Write a TEI P5 document valid against tei_all."""

    name = "tei"
    extension = "tei.xml"
    binary = True

    def write(self, essay: etree._Element, options: WriteOptions) -> bytes:
        root = _Builder(essay, options).document()
        pi = etree.ProcessingInstruction("xml-model", SCHEMA_PI)
        B.indent(root, STRUCTURAL)
        head = b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(pi) + b"\n"
        return head + etree.tostring(root, encoding="UTF-8") + b"\n"


class _Builder:
    """One conversion: the essay, its notes and the running footnote number."""

    def __init__(self, essay: etree._Element, options: WriteOptions):
        self.essay = essay
        self.options = options
        self.notes = notes_by_id(essay)
        self.mode = citation_mode(essay)
        self.footnotes = 0
        self.works = B.works(essay)
        self.anchors = self._note_anchors()

    def _note_anchors(self) -> dict[str, str]:
        anchors: dict[str, str] = {}
        for note_id, note in self.notes.items():
            anchor = f"note-{note.get('n')}"
            anchors[note_id] = anchor if anchor not in anchors.values() else f"note-{note_id}"
        return anchors

    def document(self) -> etree._Element:
        """The TEI element: header and text."""
        lang = self.essay.get(T.XML_LANG) or "en"
        root = tei("TEI", xml_lang=lang)
        root.append(self.header(lang))
        text = sub(root, "text")
        text.append(self.front())
        body = sub(text, "body")
        nest([s for s in sections(self.essay) if not is_abstract(s)], body,
             lambda section, parent: self.section(section, parent))
        if not len(body):
            sub(body, "p")
        back = self.back()
        if len(back):
            text.append(back)
        return root

    # ---------------------------------------------------------------- header
    def publication(self, file_desc: etree._Element) -> None:
        """publicationStmt (the profile's publisher and ISSN, else 'Unpublished') and the
        journal's seriesStmt: its title, ISSN, volume and issue."""
        extra = self.options.extra
        publication = sub(file_desc, "publicationStmt")
        dated = B.document_date(self.essay, self.options)
        publisher = journal.publisher(extra)
        if publisher:
            sub(publication, "publisher", publisher)
            if extra.get("issn"):
                sub(publication, "idno", extra["issn"], type="ISSN")
            if dated is not None:
                sub(publication, "date", dated[0].iso(), when=dated[0].iso())
            elif extra.get("year"):
                sub(publication, "date", extra["year"])
        else:
            sub(publication, "p", "Unpublished; converted by essayconv.")
            if dated is not None:
                date, origin = dated
                p = sub(publication, "p", "Dated ")
                sub(p, "date", date.iso(), when=date.iso())
                add_text(p, f", from {origin}.")
        name = journal.title(extra)
        if name:
            series = sub(file_desc, "seriesStmt")
            sub(series, "title", name, level="j")
            if extra.get("issn"):
                sub(series, "idno", extra["issn"], type="ISSN")
            for unit in ("volume", "issue"):
                if extra.get(unit):
                    sub(series, "biblScope", extra[unit], unit=unit)

    def header(self, lang: str) -> etree._Element:
        """teiHeader: file, encoding and profile descriptions, and the list of repairs."""
        header = tei("teiHeader")
        file_desc = sub(header, "fileDesc")
        title_stmt = sub(file_desc, "titleStmt")
        sub(title_stmt, "title", T.inline_text(T.find(self.essay, "meta/title"), False),
            type="main")
        for info in T.findall(self.essay, "meta/info"):
            if info.get("name") == "subtitle":
                sub(title_stmt, "title", info.text, type="sub")
        for author in T.findall(self.essay, "meta/author"):
            title_stmt.append(self.author(author))
        self.publication(file_desc)
        linked = {ident for author in T.findall(self.essay, "meta/author")
                  for ident in (author.get("aff") or "").split()}
        infos = [info for info in T.findall(self.essay, "meta/info")
                 if info.get("id") not in linked]  # an author's affiliation is in the author
        if infos:
            notes_stmt = sub(file_desc, "notesStmt")
            for node in infos:
                sub(notes_stmt, "note", node.text, type=node.get("name"))
        source = sub(sub(file_desc, "sourceDesc"), "p", "Plain text pasted into ")
        sub(source, "name", self.essay.get("source") or "an unnamed file", type="file")
        add_text(source, " and read by essayconv, which repaired it automatically; the "
                         "repairs are listed in the revision description.")
        header.append(self.encoding_desc())
        profile = sub(header, "profileDesc")
        sub(sub(profile, "langUsage"), "language", LANGUAGES.get(lang.split("-")[0]), ident=lang)
        words = keywords(self.essay)
        if words:
            terms = sub(sub(profile, "textClass"), "keywords")
            for word in words:
                sub(terms, "term", word)
        changes = T.findall(self.essay, "changes/change")
        if changes:
            revisions = sub(header, "revisionDesc")
            for change in changes:
                revisions.append(self.change(change))
        return header

    def author(self, author: etree._Element) -> etree._Element:
        """titleStmt/author: the name split into forename and surname, the affiliations,
        e-mail, ORCID."""
        node = tei("author")
        prefix, display = B.name_prefix(T.find(author, "name").text or "")
        given, family = B.split_person(display, B.info(self.essay, "citation"))
        pers = sub(node, "persName")
        if prefix:
            sub(pers, "roleName", prefix, type="honorific")  # 'Professor', 'Dr.'
        if given:
            sub(pers, "forename", given)
        sub(pers, "surname", family)
        for affiliation in author_affiliations(self.essay, author):
            sub(node, "affiliation", affiliation.text)
        email = T.find(author, "email")
        if email is not None:
            sub(node, "email", email.text)
        orcid = B.orcid(self.essay, author)
        if orcid:
            sub(node, "idno", orcid, type="ORCID")
        return node

    def encoding_desc(self) -> etree._Element:
        """encodingDesc: essayconv as the application, and how repairs are recorded."""
        encoding = tei("encodingDesc")
        app = sub(sub(encoding, "appInfo"), "application", ident="essayconv",
                  version=__version__, xml_id="essayconv")
        sub(app, "label", "essayconv")
        sub(encoding, "p", "Converted from plain text by essayconv. The text was repaired "
                           "automatically (glued words, quotes, note markers, web page debris); "
                           "each repair is a change in the revision description naming the "
                           "rule, the source line, the text before and the text after. "
                           "Citations link to the bibliography's biblStruct entries.")
        return encoding

    def change(self, change: etree._Element) -> etree._Element:
        """One repair: rule, source line, deleted and added text."""
        rule = change.get("rule")
        node = tei("change", who="#essayconv", n=rule)
        sub(node, "label", rule)
        add_text(node, ", line ")
        sub(node, "num", change.get("line"), type="line", value=change.get("line"))
        add_text(node, ": ")
        before = T.find(change, "before").text or ""
        after = T.find(change, "after").text or ""
        if after:
            subst = sub(node, "subst")
            sub(subst, "del", before)
            sub(subst, "add", after)
        else:
            sub(node, "del", before)
        return node

    # ---------------------------------------------------------------- text
    def front(self) -> etree._Element:
        """front: the title page (title and authors), the authors' biographies, the abstract."""
        front = tei("front")
        title_part = sub(sub(front, "docTitle"), "titlePart", type="main")
        self.inline(title_part, T.find(self.essay, "meta/title"))
        authors = T.findall(self.essay, "meta/author")
        if authors:
            byline = sub(front, "byline")
            for author in authors:
                sub(byline, "docAuthor", T.find(author, "name").text)
            bios = [T.find(a, "bio") for a in authors if T.find(a, "bio") is not None]
            if bios:
                div = sub(front, "div", type="bio")
                for bio in bios:
                    self.inline(sub(div, "p"), bio)
        for section in sections(self.essay):
            if is_abstract(section):
                self.section(section, front, "abstract")
        return front

    def section(self, section: etree._Element, parent: etree._Element,
                kind: str | None = None) -> etree._Element:
        """A body section as a div (in parent) with its head and blocks."""
        div = sub(parent, "div", xml_id=section.get("id"), type=kind)
        for child, notes in with_table_notes(section):  # a table's notes are inside it
            if child.tag == T.q("heading"):
                self.inline(sub(div, "head"), child)
            elif child.tag == T.q("p"):
                self.block(div, child)
            elif child.tag == T.q("table"):
                self.table(div, child, notes)
            else:
                raise ValueError(f"TEI writer: unknown element in section: {child.tag}")
        if not len(div):
            sub(div, "p")
        return div

    def table(self, parent: etree._Element, table: etree._Element,
              notes: list[etree._Element] = ()) -> None:
        """A table: its caption as head, the first row as labels, the data rows, then its
        notes ('Note. …', 'Source: …') as notes of type 'table'."""
        caption, heads, rows = table_parts(table)
        node = sub(parent, "table", rows=str(len(rows) + 1), cols=str(len(heads)))
        if caption is not None:
            self.inline(sub(node, "head"), caption)
        for role, row in (("label", heads), *((None, r) for r in rows)):
            tr = sub(node, "row", role=role)
            for cell in row:
                self.inline(sub(tr, "cell"), cell)
        for note in notes:
            self.inline(sub(node, "note", type="table"), note)

    def block(self, parent: etree._Element, p: etree._Element) -> None:
        """A paragraph: p, a figure caption, a list item (grouped into a list), a quote or a
        verse quotation (quote/lg/l)."""
        kind = p.get("kind")
        if kind is None:
            self.inline(sub(parent, "p"), p)
        elif kind == "caption":
            self.inline(sub(sub(parent, "figure"), "head"), p)
        elif kind == "item":
            self.item(parent, p)
        elif kind == "quote" and p.get("role"):
            self.epigraph(parent, p)
        elif kind == "quote":
            self.inline(sub(sub(parent, "quote"), "p"), p)
        elif kind == "equation":  # a display equation, as written
            self.inline(sub(parent, "p", rend="equation"), p)
        elif kind == "verse":  # a line group, one l a line
            group = sub(sub(parent, "quote"), "lg")
            for line in verse_lines(p):
                self.inline(sub(group, "l"), line)
        else:
            raise ValueError(f"TEI writer: unknown paragraph kind {kind!r}")

    def epigraph(self, parent: etree._Element, p: etree._Element) -> None:
        """An epigraph at the top: epigraph/cit, its lines quote/p, its attribution bibl."""
        last = parent[-1] if len(parent) else None
        cit = last.find(f"{{{NS}}}cit") if last is not None and \
            last.tag == f"{{{NS}}}epigraph" else None
        if cit is None:
            cit = sub(sub(parent, "epigraph"), "cit")
        if p.get("role") == "attribution":
            self.inline(sub(cit, "bibl"), p)
            return
        quote = cit.find(f"{{{NS}}}quote")
        self.inline(sub(quote if quote is not None else sub(cit, "quote"), "p"), p)

    def item(self, parent: etree._Element, p: etree._Element) -> None:
        """A list item, in the list of the item before it or a new list (rend bulleted or
        numbered, a numbering other than decimal as its style); @n keeps the marker typed."""
        last = parent[-1] if len(parent) else None
        if last is None or last.tag != f"{{{NS}}}list" or last.tail or \
                not same_list(p.getprevious(), p):
            last = sub(parent, "list", rend="numbered" if ordered(p) else "bulleted")
            if ordered(p) and list_type(p) != "decimal":
                last.set("style", f"list-style-type: {list_type(p)}")
        item = sub(last, "item")
        if p.get("marker"):
            item.set("n", p.get("marker"))
        self.inline(item, p)

    def inline(self, parent: etree._Element, node: etree._Element) -> None:
        """Copy inline content (text, formatting, links, citation markers) into parent."""
        copy_inline(parent, node, "TEI", self.cite,
                    lambda holder, name: sub(holder, "hi", rend=HI[name]),
                    lambda holder, href: sub(holder, "ref", target=href),
                    lambda holder, work: sub(holder, "ref", target=f"#{work}", type="citation"))

    def cite(self, parent: etree._Element, cite: etree._Element) -> str:
        """A citation marker, printed as its citation mode says (see view.CiteView); return
        the text to print after it."""
        view = cite_view(self.essay, cite, self.notes)
        targets = " ".join(f"#{w}" for w in B.note_works(self.notes.get(view.note_id)))
        if view.mode == "raw":
            anchor = self.anchors.get(view.note_id)
            if anchor:
                sub(parent, "ref", f"[{view.n}]", target=f"#{anchor}", type="note")
            else:
                add_text(parent, f"[{view.n}]")
        elif view.mode == "author-date":
            holder = sub(parent, "ref", target=targets, type="citation") if targets else parent
            for _, content in view.parts:  # the whole citation, its brackets opened toward a
                self.inline(holder, content)  # glued neighbour: '(A, 2019; B, 2020)'
            if view.footnote is not None:
                add_text(parent, view.stop)
                self.inline(self.footnote(parent), view.footnote)
        else:
            note = self.footnote(parent)
            holder = sub(note, "ref", target=targets, type="citation") if targets else note
            self.inline(holder, view.footnote)
        return view.tail(cite)

    def footnote(self, parent: etree._Element) -> etree._Element:
        """A new numbered footnote at the end of parent."""
        self.footnotes += 1
        return sub(parent, "note", place="foot", n=str(self.footnotes))

    # ---------------------------------------------------------------- back
    def back(self) -> etree._Element:
        """back: the verbatim notes list (see biblio.notes_to_list), bibliography, the
        appendices, credits."""
        back = tei("back")
        listed = B.notes_to_list(self.essay, self.mode)
        if listed:
            div = sub(back, "div", type="notes")
            sub(div, "head", T.find(self.essay, "notes").get("heading"))
            for note in listed:
                sub(div, "note", T.find(note, "text").text, place="end", n=note.get("n"),
                    xml_id=self.anchors[note.get("id")])
        entries = [self.bibl_struct(work) for work in self.works]
        numbers = B.entry_numbers(self.essay)  # a numeric style: '[1]' in the text
        for entry in entries:
            number = numbers.get(entry.get(XML_ID))
            if number:
                entry.set("n", number)
        for item in B.unlinked_sources(self.essay, bool(self.works)):
            entries.append(tei("bibl", item.text, xml_id=f"source-{item.get('id')}"))
        if entries:
            div = sub(back, "div", type="bibliography")
            sub(div, "head", B.bibliography_heading(self.essay))
            listbibl = sub(div, "listBibl")
            listbibl.extend(entries)
        self.appendices(back)
        endmatter = T.find(self.essay, "endmatter")
        if endmatter is not None:
            div = sub(back, "div", type="credits")
            for p in endmatter:
                self.block(div, p)
        return back

    def appendices(self, back: etree._Element) -> None:
        """One div type="appendix" an appendix in back (in a div type="appendices" under
        their group heading, when they have one)."""
        appendices = T.find(self.essay, "appendices")
        if appendices is None:
            return
        parent = back
        if appendices.get("heading"):
            parent = sub(back, "div", type="appendices")
            sub(parent, "head", appendices.get("heading"))
        for appendix in T.findall(appendices, "section"):  # or 'further-reading', 'see-also'
            self.section(appendix, parent, kind=headings.section_type(appendix))

    def bibl_struct(self, work: B.Work) -> etree._Element:
        """A work as biblStruct: analytic (part), monogr (book, journal…), series, notes."""
        node = tei("biblStruct", xml_id=work.id, type=work.type)
        fields = work.fields
        ids = sub(node, "analytic") if work.analytic else None
        if ids is not None:
            self.creators(ids, work, ("author",))
            sub(ids, "title", fields.get("title"), level="a")
        monogr = sub(node, "monogr")
        if ids is None:
            self.creators(monogr, work, ("author", "editor"))
            level = "u" if work.type in ("thesis", "manuscript") else "m"
            sub(monogr, "title", fields.get("title"), level=level)
        else:
            self.creators(monogr, work, ("container-author", "editor"))
            sub(monogr, "title", fields.get("container-title"), level="j" if work.serial else "m")
        self.idnos(ids if ids is not None else monogr, fields)
        for name in work.names:
            if name.role not in ("author", "editor", "container-author", "collection-editor"):
                resp = sub(monogr, "respStmt")
                sub(resp, "resp", name.role)
                resp.append(self.person(name))
        if fields.get("edition"):
            sub(monogr, "edition", fields["edition"])
        self.imprint(monogr, work)
        if fields.get("collection-title"):
            series = sub(node, "series")
            sub(series, "title", fields["collection-title"], level="s")
            self.creators(series, work, ("collection-editor",))
            if fields.get("collection-number"):
                sub(series, "biblScope", fields["collection-number"], unit="volume")
        for name, value in fields.items():
            if name not in PLACED:
                sub(node, "note", value, type=name)
        for role, date in work.dates.items():
            if role != "issued":
                note = sub(node, "note", type=role)
                sub(note, "date", date.iso() or date.text(), when=date.iso())
        return node

    def creators(self, parent: etree._Element, work: B.Work, roles: tuple[str, ...]) -> None:
        """author and editor elements for the names with the roles given."""
        for role in roles:
            for name in work.by_role(role):
                tag = "author" if role in ("author", "container-author") else "editor"
                if name.et_al:
                    sub(parent, tag, "et al.")
                else:
                    sub(parent, tag).append(self.person(name))

    @staticmethod
    def person(name: B.Name) -> etree._Element:
        """persName (surname, forename) for a person, orgName for a literal name."""
        if name.literal is not None:
            return tei("orgName", name.literal)
        pers = tei("persName")
        sub(pers, "surname", name.family)
        if name.given:
            sub(pers, "forename", name.given)
        if name.suffix:
            sub(pers, "addName", name.suffix, type="suffix")
        return pers

    @staticmethod
    def idnos(parent: etree._Element, fields: dict[str, str]) -> None:
        """DOI, URL, ISBN and ISSN as idno elements."""
        for field, kind in (("DOI", "DOI"), ("URL", "URI"), ("ISBN", "ISBN"), ("ISSN", "ISSN")):
            if fields.get(field):
                sub(parent, "idno", fields[field], type=kind)

    @staticmethod
    def imprint(monogr: etree._Element, work: B.Work) -> None:
        """imprint (place, publisher, date) followed by volume, issue and pages."""
        imprint = sub(monogr, "imprint")
        if work.fields.get("publisher-place"):
            sub(imprint, "pubPlace", work.fields["publisher-place"])
        if work.fields.get("publisher"):
            sub(imprint, "publisher", work.fields["publisher"])
        issued = work.issued
        if issued is not None:
            if issued.end_year:
                sub(imprint, "date", issued.text(), **{"from": str(issued.year),
                                                       "to": str(issued.end_year)})
            else:
                sub(imprint, "date", issued.text(), when=issued.iso())
        elif not len(imprint):
            sub(imprint, "date")
        for unit in ("volume", "issue"):
            if work.fields.get(unit):
                sub(monogr, "biblScope", work.fields[unit], unit=unit)
        first, last = work.pages()
        if first:
            words = [p for p in (first, last or first) if " " not in p]
            bounds = dict(zip(("from_", "to"), words, strict=False)) if len(words) == 2 else {}
            sub(monogr, "biblScope", work.fields["page"], unit="page", **bounds)
