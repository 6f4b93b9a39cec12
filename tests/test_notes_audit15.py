"""Notes audit 15 (German, French, Italian humanities essays), expectations written by hand:
a note glued after the full stop of the note before it ('S. 5.10 Ebd.') is split when the
number is the note due; a full note with a page cited links to its bibliography entry;
Italian 'Titolo, cit., p. X' keeps its page; 'Treber, a. a. O.' with no page repeats the
author's work cited before; French 'FEYEL, Gilles, op. cit.'."""

from __future__ import annotations

from typing import Any

import pytest

from essayconv import tree as T
from essayconv.reader.gluednotes import glued_call
from essayconv.references.notes import parse_note

from validators import enriched


def one(text: str) -> dict[str, Any]:
    (cit,) = parse_note(text)
    return cit


def _notes(essay) -> list[dict[str, Any]]:
    """Each note: its number, text, linked works, locators and rendering."""
    out = []
    for note in T.findall(essay, "notes/note"):
        rendered = T.find(note, "rendered")
        out.append({
            "n": note.get("n"),
            "text": T.find(note, "text").text,
            "works": [c.get("work") for c in T.findall(note, "citation")],
            "locators": [T.find(c, "locator").text if T.find(c, "locator") is not None
                         else None for c in T.findall(note, "citation")],
            "rendered": "".join(rendered.itertext()) if rendered is not None else None,
            "footnote": rendered is not None and rendered.get("as") == "footnote",
        })
    return out


def _diagnostics(essay, rule: str) -> list[str]:
    return [d.text for d in T.findall(essay, "diagnostics/diagnostic") if d.get("rule") == rule]


# --- 1. a note glued to the next one: 'S. 5.2 Ebd.' ------------------------------------------

GERMAN_GLUED = "\n".join([
    "Erinnerung und Gedächtnis",
    "",
    "Lena Hoffmann",
    "",
    "Einleitung",
    "",
    "Die Forschung hat das Thema lange vernachlässigt.1 Erst später kam die Wende.2"
    " Dann folgten neue Studien.3 Heute ist das Feld breit.4",
    "",
    "Anmerkungen",
    "",
    "1 Vgl. Erll, Astrid: Kollektives Gedächtnis und Erinnerungskulturen, Stuttgart 2017, S. 5.2"
    " Ebd., S. 7.",
    "3 Vgl. Treber, Leonie: Mythos Trümmerfrauen, Essen 2014, S. 9.",
    "4 Ebd., S. 14.",
    "",
    "Literaturverzeichnis",
    "",
    "Erll, Astrid (2017): Kollektives Gedächtnis und Erinnerungskulturen. Stuttgart: Metzler.",
    "Treber, Leonie (2014): Mythos Trümmerfrauen. Essen: Klartext.",
    "",
])


def test_a_note_glued_after_a_page_is_split_and_the_next_lines_stay_notes(tmp_path):
    essay = enriched(tmp_path, GERMAN_GLUED)
    notes = _notes(essay)
    assert [n["n"] for n in notes] == ["1", "2", "3", "4"]
    assert notes[0]["text"].endswith("Stuttgart 2017, S. 5.")
    assert notes[1]["text"] == "Ebd., S. 7."
    assert notes[2]["text"] == "Vgl. Treber, Leonie: Mythos Trümmerfrauen, Essen 2014, S. 9."
    assert notes[3]["text"] == "Ebd., S. 14."
    assert [n["works"] for n in notes] == [["erll2017"], ["erll2017"], ["treber2014"],
                                            ["treber2014"]]
    assert [n["locators"] for n in notes] == [["S. 5"], ["S. 7"], ["S. 9"], ["S. 14"]]
    assert sum(1 for _ in T.find(essay, "body").iter(T.q("cite"))) == 4  # every call kept
    assert not _diagnostics(essay, "unresolved-short-form")
    changes = [c for c in T.findall(essay, "changes/change") if c.get("rule") == "join-note-lines"]
    assert not changes


def test_glued_notes_at_two_digits_and_a_name_after_them(tmp_path):
    body = " ".join(f"Satz Nummer{chr(96 + i)}.{i}" for i in range(1, 13))
    notes = "\n".join(f"{i} Vgl. Erll, Kollektives Gedächtnis, S. {i}." for i in range(1, 9))
    text = (f"Titel der Arbeit\n\nLena Hoffmann\n\nEinleitung\n\n{body}\n\nAnmerkungen\n\n"
            f"{notes}\n9 Vgl. Erll, Kollektives Gedächtnis, S. 5.10 Ebd., S. 7.\n"
            "11 M. Belpoliti, op. cit., p. 130.12 C. Milanini, L'utopia discontinua, p. 127.\n")
    found = _notes(enriched(tmp_path, text))
    assert [n["n"] for n in found] == [str(i) for i in range(1, 13)]
    assert found[8]["text"].endswith("S. 5.")
    assert found[9]["text"] == "Ebd., S. 7."
    assert found[10]["text"] == "M. Belpoliti, op. cit., p. 130."
    assert found[11]["text"] == "C. Milanini, L’utopia discontinua, p. 127."  # (quotes curled)


def test_a_decimal_or_a_page_is_never_split_when_its_number_is_not_the_note_due(tmp_path):
    text = ("Titel der Arbeit\n\nLena Hoffmann\n\nEinleitung\n\nEin Satz.1 Noch einer.2\n\n"
            "Anmerkungen\n\n1 Vgl. Erll, Kollektives Gedächtnis, S. 5.10 Ebd., S. 7.\n"
            "2 Siehe Tabelle 4.3 Ergebnisse der Umfrage.\n")
    found = _notes(enriched(tmp_path, text))
    assert [n["n"] for n in found] == ["1", "2"]
    assert found[0]["text"] == "Vgl. Erll, Kollektives Gedächtnis, S. 5.10 Ebd., S. 7."
    assert found[1]["text"] == "Siehe Tabelle 4.3 Ergebnisse der Umfrage."


def test_the_last_note_is_split_only_when_the_body_calls_the_number(tmp_path):
    base = "An Essay\n\nAnne Test\n\nIntroduction\n\n{body}\n\nNotes\n\n1 See Table 5.2 Results.\n"
    called = _notes(enriched(tmp_path, base.format(body="One.1 Two.2")))
    assert [n["text"] for n in called] == ["See Table 5.", "Results."]
    alone = _notes(enriched(tmp_path, base.format(body="One.1 Two.")))
    assert [n["text"] for n in alone] == ["See Table 5.2 Results."]


@pytest.mark.parametrize(("text", "number", "tail"), [
    ("Vgl. Erll, Stuttgart 2017, S. 5.10 Ebd., S. 7.", 10, "Ebd., S. 7."),
    ("FEYEL, Gilles, op. cit., p. 104.11 Ibid., p. 106.", 11, "Ibid., p. 106."),
    ("M. Belpoliti, op. cit., p. 130.11 C. Milanini, L'utopia.", 11, "C. Milanini, L'utopia."),
    ("Smith, The Title (London, 1990).4 “Quoted” words.", 4, "“Quoted” words."),
])
def test_glued_call_finds_the_note_due(text, number, tail):
    match = glued_call(text, number)
    assert match is not None and text[match.end():] == tail


@pytest.mark.parametrize(("text", "number"), [
    ("Vgl. Erll, S. 5.10 ebd.", 10),  # no note opens lower-case
    ("p. 104.11 Ibid.", 12),  # another number
    ("in 2010 Ibid.", 10),  # no full stop before it
    ("vol. 1.2.3 Notes", 3),  # a section's number
])
def test_glued_call_finds_nothing_else(text, number):
    assert glued_call(text, number) is None


# --- 6. a full note with a page cited links to its entry -------------------------------------

ITALIAN_FULL = "\n".join([
    "Il paesaggio urbano nella narrativa di Italo Calvino",
    "",
    "Marco Bianchi",
    "",
    "Introduzione",
    "",
    "La città è il luogo del rapporto con il mondo.1 Marcovaldo vive la città industriale.2"
    " L'ironia colpisce la società dei consumi.3 Ma colpisce anche il protagonista.4"
    " E poi ancora.5",
    "",
    "Note",
    "",
    "1 Cfr. M. Belpoliti, L'occhio di Calvino, Einaudi, Torino 1996, pp. 45-47.",
    "2 Cfr. M. Belpoliti, L'occhio di Calvino, Einaudi, Torino 1996.",
    "3 A. Asor Rosa, Stile Calvino, Einaudi, Torino 2001, p. 23.",
    "4 Ivi, p. 25.",
    "5 Cfr. ibidem.",
    "",
    "Bibliografia",
    "",
    "Asor Rosa A., Stile Calvino, Einaudi, Torino 2001.",
    "Belpoliti M., L'occhio di Calvino, Einaudi, Torino 1996.",
    "",
])


def test_an_italian_full_note_with_pages_links_and_ivi_follows_it(tmp_path):
    essay = enriched(tmp_path, ITALIAN_FULL)
    notes = _notes(essay)
    assert [n["works"] for n in notes] == [["belpoliti1996"], ["belpoliti1996"],
                                            ["asorrosa2001"], ["asorrosa2001"],
                                            ["asorrosa2001"]]
    assert notes[0]["locators"] == ["pp. 45-47"]
    assert notes[2]["locators"] == ["p. 23"]
    assert notes[3]["locators"] == ["p. 25"]
    assert notes[0]["rendered"] == "(cfr. Belpoliti, 1996, pp. 45–47)"
    assert notes[3]["rendered"] == "(Asor Rosa, 2001, p. 25)"
    assert not any(n["footnote"] for n in notes)
    assert not _diagnostics(essay, "unresolved-short-form")


@pytest.mark.parametrize(("text", "reference", "locator"), [
    ("Cfr. M. Belpoliti, L'occhio di Calvino, Einaudi, Torino 1996, pp. 45-47.",
     "M. Belpoliti, L'occhio di Calvino, Einaudi, Torino 1996.", "pp. 45-47"),
    ("Vgl. Treber, Leonie: Mythos Trümmerfrauen, Essen 2014, S. 9.",
     "Treber, Leonie: Mythos Trümmerfrauen, Essen 2014.", "S. 9"),
])
def test_a_note_ending_in_its_year_then_a_page_is_a_full_reference(text, reference, locator):
    cit = one(text)
    assert (cit["form"], cit["reference"], cit["locator"]) == ("full", reference, locator)


@pytest.mark.parametrize(("text", "title", "locator"), [
    ("Kennan, Memoirs, 1925–1950, 361.", "Memoirs, 1925–1950", "361"),  # the title's span
    ("Tilly, Coercion, Capital, and European States, 70.",
     "Coercion, Capital, and European States", "70"),
])
def test_short_titles_with_commas_stay_short(text, title, locator):
    cit = one(text)
    assert (cit["form"], cit["title"], cit["locator"]) == ("short", title, locator)


# --- 7. Italian 'Autore, Titolo, cit., p. X' ------------------------------------------------

ITALIAN_CIT = "\n".join([
    "Il paesaggio urbano nella narrativa di Italo Calvino",
    "",
    "Marco Bianchi",
    "",
    "Introduzione",
    "",
    "Marcovaldo vive la città industriale.1 Marco Polo descrive cinquantacinque città.2"
    " Barenghi ricorda che il modello è la favola.3",
    "",
    "Note",
    "",
    "1 Cfr. I. Calvino, Marcovaldo ovvero Le stagioni in città, Einaudi, Torino 1963.",
    "2 I. Calvino, Le città invisibili, cit., pp. 5-8.",
    "3 M. Barenghi, Italo Calvino, le linee e i margini, cit., p. 112.",
    "",
    "Bibliografia",
    "",
    "Barenghi M., Italo Calvino, le linee e i margini, il Mulino, Bologna 2007.",
    "Calvino I., Marcovaldo ovvero Le stagioni in città, Einaudi, Torino 1963.",
    "Calvino I., Le città invisibili, Einaudi, Torino 1972.",
    "",
])


def test_italian_cit_keeps_the_page_and_prints_no_stray_note(tmp_path):
    essay = enriched(tmp_path, ITALIAN_CIT)
    notes = _notes(essay)
    assert [n["works"] for n in notes] == [["calvino1963"], ["calvino1972"], ["barenghi2007"]]
    assert notes[1]["rendered"] == "(Calvino, 1972, pp. 5–8)"
    assert notes[2]["rendered"] == "(Barenghi, 2007, p. 112)"
    assert not any(n["footnote"] for n in notes)
    assert all("Cit." not in "".join(e.itertext()) for e in T.find(essay, "body").iter())


@pytest.mark.parametrize(("text", "authors", "title", "locator"), [
    ("I. Calvino, Le città invisibili, cit., pp. 5-8.", "Calvino", "Le città invisibili",
     "pp. 5-8"),
    ("M. Barenghi, Italo Calvino, le linee e i margini, cit., p. 112.", "Barenghi",
     "Italo Calvino, le linee e i margini", "p. 112"),
])
def test_italian_cit_after_a_short_title(text, authors, title, locator):
    cit = one(text)
    assert (cit["form"], cit["authors"], cit["title"], cit["locator"], cit["remark"]) == (
        "short", authors, title, locator, None)


def test_a_lower_case_remark_after_a_short_title_stays_a_remark():
    cit = one("Gaddis, The Long Peace, on the origins of the term.")
    assert (cit["title"], cit["remark"]) == ("The Long Peace", "on the origins of the term")


# --- 8. 'Treber, a. a. O.' with no page ------------------------------------------------------

GERMAN_AAO = "\n".join([
    "Die Trümmerfrauen im kollektiven Gedächtnis",
    "",
    "Lena Hoffmann",
    "",
    "1. Einleitung",
    "",
    "Erst die Frauengeschichte hat nach der Arbeit der Frauen gefragt.1"
    " Einen Anstoß gab Leonie Treber.2 Treber zeigt, dass Baufirmen die Arbeit leisteten.3"
    " Sie zeigt es genau.4 Und noch einmal.5",
    "",
    "Anmerkungen",
    "",
    "1 Vgl. Meyer, Sibylle/Schulze, Eva: Wie wir das alles geschafft haben, München 1984, S. 112"
    " ff.",
    "2 Vgl. Treber, Leonie: Mythos Trümmerfrauen, Essen 2014, S. 9.",
    "3 Treber, a. a. O.",
    "4 Ebd., S. 213–220.",
    "5 Vgl. ebd., S. 301.",
    "",
    "Literaturverzeichnis",
    "",
    "Meyer, Sibylle/Schulze, Eva (1984): Wie wir das alles geschafft haben. München: C. H. Beck.",
    "Treber, Leonie (2014): Mythos Trümmerfrauen. Essen: Klartext.",
    "",
])


def test_aao_with_no_page_repeats_the_work_and_ebd_follows(tmp_path):
    essay = enriched(tmp_path, GERMAN_AAO)
    notes = _notes(essay)
    assert [n["works"] for n in notes][1:] == [["treber2014"]] * 4
    assert notes[2]["rendered"] == "(Treber, 2014)"
    assert notes[3]["locators"] == ["S. 213–220"]
    assert notes[4]["locators"] == ["S. 301"]
    assert not _diagnostics(essay, "unresolved-short-form")


@pytest.mark.parametrize(("text", "authors", "locator"), [
    ("Treber, a. a. O.", "Treber", None),
    ("Feyel, op. cit.", "Feyel", None),
    ("FEYEL, Gilles, op. cit., p. 104.", "FEYEL", "p. 104"),  # a French given name after NOM
    ("Voir KALIFA, Dominique et al., op. cit., p. 430-432.", "KALIFA et al.", "p. 430-432"),
])
def test_the_work_cited_before_with_no_page_or_a_given_name(text, authors, locator):
    cit = one(text)
    assert (cit["form"], cit["authors"], cit["locator"], cit["title"], cit["remark"]) == (
        "short", authors, locator, "", None)


def test_a_one_word_short_title_before_op_cit_is_no_given_name():
    cit = one("Hamon, Introduction, op. cit., p. 40.")
    assert (cit["authors"], cit["title"], cit["locator"]) == ("Hamon", "Introduction", "p. 40")
