"""Page labels in the essay's language: read in any of them ('S. 12', 'pág. 23', 'págs.
23-25', 'pagg. 44-46', 'blz. 12'), printed in the locale's own term by citeproc ('S.' in
German, 'p.'/'pp.' in French, Spanish, Italian and Dutch). Expectations written by hand."""

from __future__ import annotations

import pytest

from essayconv import tree as T
from essayconv.references.notes import parse_note
from essayconv.transforms.rendering import locator_value
from essayconv.writers import WriteOptions

from validators import enriched, text


@pytest.mark.parametrize("note, locator", [
    ("Ramírez (2004), pág. 23.", "pág. 23"),
    ("Ramírez (2004), págs. 23-25.", "págs. 23-25"),
    ("Rossetti (2004), pag. 40.", "pag. 40"),
    ("Ibid., pagg. 44-46.", "pagg. 44-46"),
    ("Verhoeven (2004), blz. 12.", "blz. 12"),
    ("Ramírez, T. (2004) La ciudad escrita. Madrid: Editorial Ficticia, pág. 23.", "pág. 23"),
])
def test_page_labels_of_other_languages_are_page_locators(note, locator):
    (cit,) = parse_note(note)
    assert (cit["locator"], cit["label"], cit["remark"]) == (locator, "page", None)


@pytest.mark.parametrize("locator, value", [
    ("pág. 23", "23"), ("págs. 23-25", "23-25"), ("pag. 40", "40"), ("pagg. 44-46", "44-46"),
    ("blz. 12", "12"), ("S. 12", "12"),
])
def test_the_label_goes_and_the_locale_prints_its_own(locator, value):
    assert locator_value(locator) == value


ESSAYS = {
    "es": ("La memoria de la ciudad", "Introducción",
           "La ciudad es un texto que se lee de muchas maneras y que los historiadores han "
           "estudiado con atención", "Notas",
           ["Ramírez, T. (2004) La ciudad escrita. Madrid: Editorial Ficticia, pág. 23.",
            "Ramírez (2004), págs. 24-25."]),
    "it": ("La memoria della città", "Introduzione",
           "La città è un testo che si legge in molti modi e che gli storici hanno studiato "
           "con attenzione per la prima volta", "Note",
           ["Rossetti, L. (2004) La città scritta. Milano: Editrice Immaginaria, pag. 23.",
            "Rossetti (2004), pagg. 24-25."]),
    "nl": ("Het geheugen van de stad", "Inleiding",
           "De stad is een tekst die op veel manieren wordt gelezen en die door de historici "
           "met aandacht is bestudeerd voor het eerst", "Noten",
           ["Verhoeven, J. (2004) De geschreven stad. Amsterdam: Uitgeverij Verzonnen, blz. 23.",
            "Verhoeven (2004), blz. 24-25."]),
    "fr": ("La mémoire de la ville", "Introduction",
           "La ville est un texte que l'on lit de bien des manières et que les historiens ont "
           "étudié avec attention pour la première fois", "Notes",
           ["Roux, D. (2004) La ville écrite. Paris: Éditions du Quai, p. 23.",
            "Roux (2004), pp. 24-25."]),
    "de": ("Das Gedächtnis der Stadt", "Einleitung",
           "Die Stadt ist ein Text, der auf viele Arten gelesen wird und den die Historiker mit "
           "der größten Aufmerksamkeit untersucht haben", "Anmerkungen",
           ["Weber, L. (2004) Die geschriebene Stadt. München: Verlag am Fluss, S. 23.",
            "Weber (2004), S. 24-25."]),
}


# (the locale's own range mark too: a hyphen in Spanish and Dutch, an en dash in Italian and
# German, a non-breaking hyphen in French)
@pytest.mark.parametrize(("lang", "expected"), [
    ("es", ("Ramírez, T. (2004) La ciudad escrita. Madrid: Editorial Ficticia, p. 23.",
            "Ramírez (2004), pp. 24-25.")),
    ("it", ("Rossetti, L. (2004) La città scritta. Milano: Editrice Immaginaria, p. 23.",
            "Rossetti (2004), pp. 24–25.")),
    ("nl", ("Verhoeven, J. (2004) De geschreven stad. Amsterdam: Uitgeverij Verzonnen, p. 23.",
            "Verhoeven (2004), pp. 24-25.")),
    ("fr", ("Roux, D. (2004) La ville écrite. Paris: Éditions du Quai, p. 23.",
            "Roux (2004), p. 24\u201125.")),
    ("de", ("Weber, L. (2004) Die geschriebene Stadt. München: Verlag am Fluss, S. 23.",
            "Weber (2004), S. 24–25.")),
])
def test_notes_print_the_locales_page_label(tmp_path, lang, expected):
    title, heading, sentence, notes, lines = ESSAYS[lang]
    listed = "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))
    essay = enriched(tmp_path, f"{title}\nAnne Test\n\n{heading}\n{sentence}. [1] {sentence}. "
                               f"[2]\n\n{notes}\n{listed}\n", WriteOptions(citations="notes"))
    assert essay.get(T.XML_LANG) == lang
    assert tuple(text(n) for n in T.findall(essay, "notes/note/rendered")) == expected


def test_a_spanish_entry_opens_its_address_with_a_capital(tmp_path):
    essay = enriched(tmp_path, (
        "Resultados educativos en Chile\n\n"
        "El Ministerio de Educación reconoce que la brecha persiste en las escuelas del país "
        "(Ministerio de Educación, 2020). La brecha es mayor en las zonas rurales del sur.\n\n"
        "Referencias\n\n"
        "Ministerio de Educación. (2020). Informe de resultados educativos 2019. Recuperado de "
        "https://www.mineduc.cl/informe-resultados-2019\n"))
    assert essay.get(T.XML_LANG) == "es"
    entry = text(T.find(essay, "bibliography/entry"))
    # after the title's full stop the locale's 'disponible en' opens a sentence
    assert "2019. Disponible en: https://www.mineduc.cl/informe-resultados-2019" in entry
