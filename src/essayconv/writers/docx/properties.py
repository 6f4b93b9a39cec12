"""Core properties (title, author, language, keywords) and the document's default language."""

from __future__ import annotations

import datetime as dt

import docx.document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .. import journal


def set_core_properties(document: docx.document.Document, meta: dict[str, str | None],
                        info: dict[str, str], extra: dict[str, str] | None = None) -> None:
    """Fill docProps/core.xml from the essay's metadata; with a journal profile, the category
    is the journal and the subject (if the essay gives none) its issue line."""
    extra = extra or {}
    core = document.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    core.title = meta["title"] or ""
    core.author = meta["authors"] or ""
    core.last_modified_by = meta["authors"] or ""
    core.language = meta["lang"] or ""
    core.subject = info.get("subject") or journal.citation_line(extra) or ""
    core.category = journal.title(extra) or ""
    core.keywords = info.get("keywords", "")
    core.comments = ""
    core.revision = 1
    core.created = now
    core.modified = now


def set_language(document: docx.document.Document, lang: str) -> None:
    """Set w:lang of the document defaults (styles.xml) to the essay's xml:lang."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        document.styles.element.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    language.set(qn("w:val"), proofing_language(lang, language.get(qn("w:val"))))


def proofing_language(lang: str, template: str | None) -> str:
    """The essay's language for Word's spell-checker: a bare "en" keeps the template's
    regional variant ("en-GB"), since Word and LibreOffice would read it as US English."""
    if template and "-" not in lang and template.split("-")[0].lower() == lang.lower():
        return template
    return lang


def clear_proof_state(document: docx.document.Document) -> None:
    """Drop w:proofState from settings: a template saved "clean" would tell Word this new
    text was already spell-checked, and Word would then underline no misspelling in it."""
    settings = document.settings.element
    for state in settings.findall(qn("w:proofState")):
        settings.remove(state)
