"""Spanish and Italian notes and bibliographies (audit 10): 'Ibíd.', 'Ivi', 'op. cit.' after two
surnames, Italian 'Titolo cit.', their signals; 'Apellido Apellido, Nombre, «Título», …',
'Cognome N., Titolo, Editore, Città Anno.', ditto dashes, 'trad. de', 'a cura di'. The
names and works are invented (the two essays in tests/fixtures/languages); expectations
written by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from essayconv import tree as T
from essayconv.citations import plain_text, render
from essayconv.references import parse_reference
from essayconv.references.linking import link_citations
from essayconv.references.names import parse_names
from essayconv.references.notes import parse_note
from essayconv.writers import WriteOptions

from validators import enriched, text

LANGUAGES = Path(__file__).parent / "fixtures" / "languages"


def one(note: str) -> dict[str, Any]:
    (cit,) = parse_note(note)
    return cit


# ---------------------------------------------------------------- notes


@pytest.mark.parametrize(("note", "locator"), [
    ("Ibíd., pág. 295.", "pág. 295"),
    ("Ibíd.", None),
    ("Íd., pág. 12.", "pág. 12"),
    ("Ivi, p. 48.", "p. 48"),
    ("Ibidem.", None),
    ("Id., p. 7.", "p. 7"),
    ("Ivi, fasc. 4, c. 12r.", "fasc. 4, c. 12r"),
])
def test_spanish_and_italian_ibid(note, locator):
    cit = one(note)
    assert (cit["form"], cit.get("ibid"), cit["locator"]) == ("short", True, locator)


def test_ivi_opening_a_sentence_is_no_ibid():
    assert not one("Ivi si trova la lettera del 1861.").get("ibid")


def test_spanish_idem_before_a_title_is_the_author_before_it():
    cit = one("Íd., Las ferias de Medina, Madrid, Editorial Inventada, 1990, pág. 4.")
    assert (cit["form"], cit.get("idem")) == ("full", "Íd.")


@pytest.mark.parametrize(("note", "authors", "locator"), [
    ("Arrieta Goñi, op. cit., pág. 301.", "Arrieta Goñi", "pág. 301"),
    ("Vidal i Roca, op. cit., págs. 12-14.", "Vidal i Roca", "págs. 12-14"),
    ("Arrieta Goñi, op. cit., págs. 301 y ss.", "Arrieta Goñi", "págs. 301 y ss."),
])
def test_op_cit_after_two_surnames(note, authors, locator):
    cit = one(note)
    assert (cit["form"], cit["authors"], cit.get("title"), cit["locator"]) == \
        ("short", authors, "", locator)


@pytest.mark.parametrize(("note", "authors", "title", "locator"), [
    ("Marchetti, Il torchio e la piazza cit., pp. 101-104.", "Marchetti",
     "Il torchio e la piazza", "pp. 101-104"),
    ("Sorrentino, «Tipografi a Torino» cit., p. 90.", "Sorrentino", "Tipografi a Torino",
     "p. 90"),
    ("Marchetti, Lettere cit., p. xv.", "Marchetti", "Lettere", "p. xv"),
    ("Marchetti, Lettere cit., pp. 45 sgg.", "Marchetti", "Lettere", "pp. 45 sgg."),
])
def test_italian_cit_after_a_short_title(note, authors, title, locator):
    cit = one(note)
    assert (cit["form"], cit["authors"], cit["title"], cit["locator"]) == \
        ("short", authors, title, locator)


@pytest.mark.parametrize(("note", "prefix"), [
    ("Vid. Lucía Arrieta Goñi, «Ferias y crédito», Revista de Estudios Imaginarios, 3, 1 "
     "(1990), págs. 5-20.", "Vid."),
    ("Véase también Arrieta Goñi, «Ferias y crédito…», art. cit., pág. 9.", "Véase también"),
    ("Cfr. Marchetti, op. cit., pp. 20-25.", "Cfr."),
    ("Citado en Arrieta Goñi, Las ferias…, pág. 61.", "Citado en"),
    ("Para una primera aproximación, véase Arrieta Goñi, Las ferias…, pág. 3.",
     "Para una primera aproximación, véase"),
    ("Si vedano Marchetti, op. cit., p. 3.", "Si vedano"),
    ("Vedi Marchetti, Lettere cit., p. 4.", "Vedi"),
    ("Vd. G. Marchetti, Il torchio, Torino, Il Torchio, 1992, p. 5.", "Vd."),
    ("v. Marchetti, op. cit., p. 6.", "v."),
])
def test_spanish_and_italian_signals_are_kept_apart(note, prefix):
    cit = one(note)
    assert cit["prefix"] == prefix and cit["form"] != "other"
    assert not (cit["authors"] or "").startswith(prefix)


def test_v_with_a_capital_is_an_initial():
    cit = one("V. Marchetti, Il torchio, p. 3.")
    assert (cit["prefix"], cit["authors"]) == (None, "Marchetti")


@pytest.mark.parametrize(("note", "prefix", "remark", "start"), [
    ("Si veda il censimento in L. Sorrentino, Annali della stampa torinese, Torino, Il "
     "Torchio, 1995, pp. 210-268.", "Si veda", "il censimento", "L. Sorrentino, Annali"),
    ("Cf. la opinión contraria de Arrieta Goñi, op. cit., págs. 120-122.", "Cf.",
     "la opinión contraria", "Arrieta Goñi, op. cit."),
])
def test_the_notes_words_on_the_work_are_a_remark(note, prefix, remark, start):
    cit = one(note)
    assert (cit["prefix"], cit["remark"]) == (prefix, remark)
    assert cit["reference"].startswith(start)


def test_a_volume_after_the_year_and_a_page_are_one_locator():
    cit = one("Pau Vidal i Roca, La lonja de Tortosa, Barcelona, Editorial Inventada, 1981, "
              "vol. II, págs. 212-219.")
    assert (cit["locator"], cit["label"]) == ("vol. II, págs. 212-219", "volume")
    assert cit["reference"].endswith("Editorial Inventada, 1981.")


def test_a_chapter_in_a_book_cited_in_a_note_is_full():
    cit = one("Fermín Otero Sanz, «La aduana», en Lucía Arrieta Goñi (coord.), Las ferias…, "
              "págs. 145-172, esp. pág. 150.")
    assert (cit["form"], cit["locator"]) == ("full", "pág. 150")


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(("written", "names"), [
    ("Vidal i Roca, Pau", [{"family": "Vidal i Roca", "given": "Pau"}]),
    ("Pau Vidal i Roca", [{"family": "Vidal i Roca", "given": "Pau"}]),
    ("Ortiz y Prado, Elena", [{"family": "Ortiz y Prado", "given": "Elena"}]),
    ("Arrieta Goñi, Lucía, y Fermín Otero Sanz",
     [{"family": "Arrieta Goñi", "given": "Lucía"}, {"family": "Otero Sanz", "given": "Fermín"}]),
    ("A. Marchetti e F. Sorrentino",
     [{"family": "Marchetti", "given": "A."}, {"family": "Sorrentino", "given": "F."}]),
    ("Marchetti A., Sorrentino F. (a cura di)",
     [{"family": "Marchetti", "given": "A."}, {"family": "Sorrentino", "given": "F."}]),
    ("Otero, Juan de Dios", [{"family": "Otero", "given": "Juan de Dios"}]),
    ("trad. de Elena Prado", [{"family": "Prado", "given": "Elena"}]),
    ("a cura di C. Sorrentino", [{"family": "Sorrentino", "given": "C."}]),
    ("Arrieta, Montserrat", [{"family": "Arrieta", "given": "Montserrat"}]),
])
def test_spanish_catalan_and_italian_names(written, names):
    assert parse_names(written)[0] == names


# ---------------------------------------------------------------- references


def test_spanish_article_with_two_surnames_and_an_issue():
    item = parse_reference("Arrieta Goñi, Lucía, «Ferias y crédito en la Castilla moderna», "
                           "Revista de Estudios Imaginarios, 14, 2 (1996), págs. 287-311.")
    assert item["author"] == [{"family": "Arrieta Goñi", "given": "Lucía"}]
    assert item["title"] == "Ferias y crédito en la Castilla moderna"
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == \
        ("Revista de Estudios Imaginarios", "14", "2", "287–311")


def test_spanish_article_by_two_people():
    item = parse_reference("Arrieta Goñi, Lucía, y Fermín Otero Sanz, «Los gremios del "
                           "puerto», Pedralbes Imaginaria, 22 (2002), págs. 77-104.")
    assert item["author"] == [{"family": "Arrieta Goñi", "given": "Lucía"},
                              {"family": "Otero Sanz", "given": "Fermín"}]
    assert item["title"] == "Los gremios del puerto"


def test_catalan_surnames_a_translator_and_volumes():
    item = parse_reference("Vidal i Roca, Pau, La lonja de Tortosa y el Mediterráneo, "
                           "1760-1808, trad. de Elena Prado, 3 vols., Barcelona, Editorial "
                           "Inventada, 1981.")
    assert item["author"] == [{"family": "Vidal i Roca", "given": "Pau"}]
    assert item["title"] == "La lonja de Tortosa y el Mediterráneo, 1760-1808"
    assert item["translator"] == [{"family": "Prado", "given": "Elena"}]
    assert (item["number-of-volumes"], item["publisher-place"], item["publisher"]) == \
        ("3", "Barcelona", "Editorial Inventada")


def test_an_original_year_in_brackets():
    item = parse_reference("Otero, Juan de Dios, Memoria sobre las ferias [1788], ed. de Elena "
                           "Prado, Barcelona, Editorial Inventada, 1999.")
    assert item["author"] == [{"family": "Otero", "given": "Juan de Dios"}]
    assert item["original-date"] == {"date-parts": [[1788]]}
    assert item["issued"] == {"date-parts": [[1999]]}
    assert item["editor"] == [{"family": "Prado", "given": "Elena"}]


def test_spanish_chapter_in_a_coordinated_book():
    item = parse_reference("Otero Sanz, Fermín, «La aduana de Tortosa», en Lucía Arrieta Goñi "
                           "(coord.), Las ferias de Castilla, Madrid, Editorial Inventada, "
                           "2004, págs. 145-172.")
    assert item["type"] == "chapter"
    assert item["author"] == [{"family": "Otero Sanz", "given": "Fermín"}]
    assert item["container-title"] == "Las ferias de Castilla"
    assert item["page"] == "145–172"


@pytest.mark.parametrize(("reference", "title", "publisher", "place", "year"), [
    ("Marchetti G., Il torchio e la piazza. Tipografi e lettori dopo l'Unità, Il Torchio, "
     "Torino 1992.", "Il torchio e la piazza. Tipografi e lettori dopo l'Unità", "Il Torchio",
     "Torino", 1992),
    ("Sorrentino L., La stampa popolare, il Pozzo, Bologna 1994.", "La stampa popolare",
     "il Pozzo", "Bologna", 1994),
    ("G. Marchetti, Il torchio e la piazza, Torino, Il Torchio, 1992.", "Il torchio e la piazza",
     "Il Torchio", "Torino", 1992),
])
def test_italian_book_publisher_city_year(reference, title, publisher, place, year):
    item = parse_reference(reference)
    assert (item["type"], item["title"], item["publisher"], item["publisher-place"],
            item["issued"]) == ("book", title, publisher, place, {"date-parts": [[year]]})


def test_italian_editors_and_a_span_of_years_in_the_title():
    item = parse_reference("Sorrentino M. (a cura di), Lettere di tipografi torinesi, "
                           "1850-1870, Il Torchio, Milano 2001.")
    assert item["editor"] == [{"family": "Sorrentino", "given": "M."}]
    assert "author" not in item and "page" not in item
    assert item["title"] == "Lettere di tipografi torinesi, 1850-1870"
    assert (item["publisher"], item["publisher-place"]) == ("Il Torchio", "Milano")


def test_italian_a_cura_di_after_the_title_and_volumes():
    item = parse_reference("Marchetti A., Tutte le lettere, a cura di C. Sorrentino, 3 voll., "
                           "Il Torchio, Milano 1986.")
    assert (item["title"], item["editor"], item["number-of-volumes"]) == \
        ("Tutte le lettere", [{"family": "Sorrentino", "given": "C."}], "3")


def test_italian_chapter_in_a_book_they_edited():
    item = parse_reference("Sorrentino P., Maestri di bottega, in Marchetti A., Conti F. (a cura "
                           "di), La scuola e la stampa, il Pozzo, Bologna 1999, pp. 155-181.")
    assert item["type"] == "chapter"
    assert item["editor"] == [{"family": "Marchetti", "given": "A."},
                              {"family": "Conti", "given": "F."}]
    assert (item["container-title"], item["publisher"], item["publisher-place"],
            item["page"]) == ("La scuola e la stampa", "il Pozzo", "Bologna", "155–181")


def test_an_italian_notes_chapter_with_its_editors_after_the_book():
    item = parse_reference("P. Sorrentino, Maestri di bottega, in La scuola e la stampa, a cura "
                           "di A. Marchetti e F. Conti, Bologna, il Pozzo, 1999, pp. 155-181.")
    assert item["type"] == "chapter"
    assert item["container-title"] == "La scuola e la stampa"
    assert item["editor"] == [{"family": "Marchetti", "given": "A."},
                              {"family": "Conti", "given": "F."}]


@pytest.mark.parametrize("reference", [
    "H. Example, Robot Stuff. MIT Press, Cambridge, MA, 1986.",
    "Example, J., The Design of Things, Addison-Wesley, Reading, MA, 1974.",
])
def test_a_state_is_never_a_publisher(reference):
    item = parse_reference(reference)
    assert item.get("publisher") not in ("MA", "Mass")


# ---------------------------------------------------------------- linking


def _link(notes: list[str], listed: list[str] = ()):
    entries = [(f"b{i}", [{"text": t, "form": "full", "authors": None, "year": None,
                           "locator": None, "label": None, "remark": None, "reference": t,
                           "prefix": None}]) for i, t in enumerate(listed)]
    parsed = [(f"n{i + 1}", parse_note(t)) for i, t in enumerate(notes)]
    return link_citations(entries + parsed, listed=len(entries)), parsed


def test_a_ditto_dash_is_the_authors_of_the_entry_before():
    for dash in ("—,", "———.", "——,"):
        linked, _ = _link([], [
            "Arrieta Goñi, Lucía, «Las ferias de Castilla», Hispania Imaginaria, 3 (1990), "
            "págs. 1-20.",
            f"{dash} Comerciantes de Tortosa, Bilbao, Editorial Inventada, 2001."])
        second = next(w for w in linked.works if w["title"] == "Comerciantes de Tortosa")
        assert second["author"] == [{"family": "Arrieta Goñi", "given": "Lucía"}], dash


def test_forename_first_in_a_note_and_inverted_in_the_list_are_one_work():
    linked, _ = _link(
        ["Lucía Arrieta Goñi, «Ferias y crédito», Revista de Estudios Imaginarios, 14, 2 "
         "(1996), págs. 287-311.", "Ibíd., pág. 295.", "Arrieta Goñi, op. cit., pág. 301."],
        ["Arrieta Goñi, Lucía, «Ferias y crédito», Revista de Estudios Imaginarios, 14, 2 "
         "(1996), págs. 287-311."])
    assert len(linked.works) == 1
    assert linked.works[0]["author"] == [{"family": "Arrieta Goñi", "given": "Lucía"}]
    assert {linked.links[(f"n{i}", 0)] for i in (1, 2, 3)} == {linked.works[0]["id"]}


def test_italian_cit_names_the_work_by_its_title():
    linked, _ = _link(["G. Marchetti, Il torchio e la piazza, Torino, Il Torchio, 1992.",
                       "G. Marchetti, La stampa popolare, Bologna, il Pozzo, 1994.",
                       "Marchetti, Il torchio e la piazza cit., p. 12."])
    first = linked.links[("n1", 0)]
    assert linked.links[("n3", 0)] == first and not linked.diagnostics


@pytest.mark.parametrize("note", ["Marchetti, Il torchio cit., p. 12.",
                                  "Marchetti, op. cit., p. 12."])
def test_an_unresolved_cit_warns(note):
    linked, parsed = _link(["Lucía Arrieta Goñi, Las ferias, Madrid, Editorial Inventada, 1990.",
                            note])
    assert linked.links[("n2", 0)] is None
    assert [d.rule for d in linked.diagnostics if d.note_id == "n2"] == ["unresolved-short-form"]


# ---------------------------------------------------------------- rendering


@pytest.mark.parametrize(("locale", "label", "locator", "expected"), [
    ("es-ES", "volume", "II", "(Vidal i Roca, 1981, vol. II)"),
    ("es-ES", "chapter", "3", "(Vidal i Roca, 1981, cap. 3)"),
    ("it-IT", "page", "xv", "(Vidal i Roca, 1981, p. xv)"),
    ("es-ES", "volume", "II, págs. 212-219", "(Vidal i Roca, 1981, vol. II, págs. 212-219)"),
    ("en-GB", "chapter", "3", "(Vidal i Roca, 1981, ch. 3)"),
])
def test_a_locators_label_in_the_locales_words(locale, label, locator, expected):
    work = {"id": "a", "type": "book", "author": [{"family": "Vidal i Roca", "given": "Pau"}],
            "title": "La lonja", "issued": {"date-parts": [[1981]]}}
    out = render([work], [[{"id": "a", "locator": locator, "label": label}]], locale=locale)
    assert plain_text(out.clusters[0]) == expected


SPANISH = (LANGUAGES / "spanish-notes.txt").read_text(encoding="utf-8")


def test_a_spanish_essay_end_to_end(tmp_path):
    essay = enriched(tmp_path, SPANISH)
    assert essay.get(T.XML_LANG) == "es"
    assert [text(n) for n in T.findall(essay, "notes/note/rendered")] == [
        "(Vidal i Roca, 1981, vol. II, págs. 212-219)",
        "(Vidal i Roca, 1981, p. 220)",
        "(véase también Arrieta Goñi y Otero Sanz, 2002)",
        "(cf. Vidal i Roca, 1981, p. 3)",
        "(Otero, 1999, p. 54)"]
    entries = [text(e) for e in T.findall(essay, "bibliography/entry")]
    assert entries == [
        "Arrieta Goñi, L. y Otero Sanz, F. (2002) «Los gremios del puerto», Pedralbes "
        "Imaginaria, 22, pp. 77-104.",
        "Otero, J. de D. (1999) Memoria sobre las ferias. Editado por E. Prado. Barcelona: "
        "Editorial Inventada. Obra original publicada en 1788.",
        "Vidal i Roca, P. (1981) La lonja de Tortosa, 3 vols. Traducido por E. Prado. "
        "Barcelona: Editorial Inventada.",
        "Vidal i Roca, P. (1990) Los puertos menores. Barcelona: Editorial Inventada."]


ITALIAN = (LANGUAGES / "italian-notes.txt").read_text(encoding="utf-8")


def test_an_italian_essay_end_to_end(tmp_path):
    essay = enriched(tmp_path, ITALIAN, WriteOptions(citations="notes"))
    assert essay.get(T.XML_LANG) == "it"
    assert [text(n) for n in T.findall(essay, "notes/note/rendered")] == [
        "Cfr. Marchetti, G. (1992) Il torchio e la piazza. Torino: Il Torchio, pp. 45–52.",
        "Marchetti (1992), p. 48.",
        "Marchetti (1992), pp. 101–104.",
        "Si veda il censimento in Sorrentino, L. (1994) La stampa popolare. Bologna: il Pozzo, "
        "pp. 210–268."]
