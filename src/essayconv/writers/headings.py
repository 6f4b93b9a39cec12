"""The headings the writers add themselves, in the essay's language (English otherwise)."""

from __future__ import annotations

import re

from lxml import etree

from .. import tree as T

_HEADINGS = {
    "notes": {"en": "Notes", "fr": "Notes", "de": "Anmerkungen", "es": "Notas", "it": "Note",
              "pt": "Notas", "nl": "Noten"},
    "uncited": {"en": "Notes not cited in the text", "fr": "Notes non appelées dans le texte",
                "de": "Im Text nicht zitierte Anmerkungen", "es": "Notas no citadas en el texto",
                "it": "Note non citate nel testo", "pt": "Notas não citadas no texto",
                "nl": "Niet in de tekst geciteerde noten"},
    "references": {"en": "References", "fr": "Références", "de": "Literatur",
                   "es": "Referencias", "it": "Riferimenti bibliografici", "pt": "Referências",
                   "nl": "Referenties"},
    # a journal issue's facts in the header: 'Volume 3, Issue 2', 'Jahrgang 3, Heft 2'
    "volume": {"en": "Volume", "fr": "Volume", "de": "Jahrgang", "es": "Volumen",
               "it": "Volume", "pt": "Volume", "nl": "Jaargang"},
    "issue": {"en": "Issue", "fr": "Numéro", "de": "Heft", "es": "Número", "it": "Numero",
              "pt": "Número", "nl": "Nummer"},
}


def heading(kind: str, essay: etree._Element) -> str:
    """The heading of ``kind`` (notes, uncited, references; volume, issue) in the essay's
    language."""
    language = (essay.get(T.XML_LANG) or "en").split("-")[0].lower()
    words = _HEADINGS[kind]
    return words.get(language, words["en"])


def section_type(section: etree._Element) -> str:
    """The type of a section after the references: 'appendix', or a back section's named
    after its heading ('Further reading' → 'further-reading', 'See also' → 'see-also')."""
    if section.get("role") != "back":
        return "appendix"
    name = re.sub(r"\W+", "-", T.inline_text(T.find(section, "heading")).lower()).strip("-")
    return name or "back"
