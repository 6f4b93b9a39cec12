"""The DOCX writer (--to docx): a Word document built on styles/reference.docx."""

from __future__ import annotations

import io

import docx
from lxml import etree

from ... import tree as T
from .. import WriteOptions, journal, view
from . import styles as S
from .body import BodyBuilder
from .fields import page_number_footer
from .properties import clear_proof_state, set_core_properties, set_language


class DocxWriter:
    """Write an essay as a Word document: named styles, real footnotes, linked citations."""

    name = "docx"
    extension = "docx"
    binary = True

    def write(self, essay: etree._Element, options: WriteOptions) -> bytes:
        document = docx.Document(str(S.TEMPLATE))
        line = journal.citation_line(options.extra)
        if line:  # the journal and issue over the title (--profile)
            document.add_paragraph(line, style=S.FRONT_MATTER)
        BodyBuilder(essay, document).build()
        page_number_footer(document, S.FOOTER)
        meta = view.meta(essay)
        info = {node.get("name"): node.text or "" for node in T.findall(essay, "meta/info")}
        info["keywords"] = ", ".join(view.keywords(essay))  # the words, not their label
        set_core_properties(document, meta, info, options.extra)
        set_language(document, meta["lang"])
        clear_proof_state(document)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()
