"""The named styles of styles/reference.docx that the DOCX writer applies."""

from __future__ import annotations

from pathlib import Path

import docx.document
from docx.enum.style import WD_STYLE_TYPE

import essayconv

TEMPLATE = Path(essayconv.__file__).parent / "styles" / "reference.docx"

TITLE = "Title"
SUBTITLE = "Subtitle"
AUTHOR = "Author"
FRONT_MATTER = "Front Matter"
HEADING = "Heading 1"
SUBHEADINGS = ("Heading 2", "Heading 3", "Heading 4")  # a section's level 2, 3, 4
FIRST_PARAGRAPH = "First Paragraph"
BODY_TEXT = "Body Text"
QUOTE = "Quote"
ITEM = "List Paragraph"
CAPTION = "Caption"
TABLE_NOTE = "Table Note"
KEYWORDS = "Keywords"
BIBLIOGRAPHY = "Bibliography"
END_MATTER = "End Matter"
FOOTER = "Footer"
# Word's internal names of its built-in footnote styles (shown as "Footnote Text", …).
FOOTNOTE_TEXT = "footnote text"
FOOTNOTE_REFERENCE = "footnote reference"
HYPERLINK = "Hyperlink"
TABLE = "Table Grid"

KIND_STYLES = {"caption": CAPTION, "item": ITEM, "quote": QUOTE, "verse": QUOTE,
               "equation": QUOTE}
PARAGRAPH_STYLES = (TITLE, SUBTITLE, AUTHOR, FRONT_MATTER, HEADING, *SUBHEADINGS, FIRST_PARAGRAPH,
                    BODY_TEXT, QUOTE, ITEM, CAPTION, TABLE_NOTE, KEYWORDS, BIBLIOGRAPHY,
                    END_MATTER, FOOTER, FOOTNOTE_TEXT)
CHARACTER_STYLES = (FOOTNOTE_REFERENCE, HYPERLINK)
TABLE_STYLES = (TABLE,)


def heading(level: int) -> str:
    """The heading style of a section at ``level`` (1 is Heading 1)."""
    return HEADING if level <= 1 else SUBHEADINGS[min(level, 4) - 2]


def style_ids(document: docx.document.Document) -> dict[str, str]:
    """The styleId of every style the writer uses, by name; KeyError names a missing one."""
    ids = {}
    for names, kind in ((PARAGRAPH_STYLES, WD_STYLE_TYPE.PARAGRAPH),
                        (CHARACTER_STYLES, WD_STYLE_TYPE.CHARACTER),
                        (TABLE_STYLES, WD_STYLE_TYPE.TABLE)):
        for name in names:
            try:
                style = document.styles[name]
            except KeyError:
                raise KeyError(f"style '{name}' missing from the DOCX template") from None
            if style.type != kind:
                raise KeyError(f"style '{name}' of the DOCX template has the wrong type")
            ids[name] = style.style_id
    return ids
