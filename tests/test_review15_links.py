# ruff: noqa: E501
"""Review 15: a note never corrupts the listed entry it cites, a note that reads a collection's
title as author and title cites the listed collection, a page cited inside a range ('hier S.
370', '(cit. a p. 54)') is the locator, and 'X, zit. n. Y' cites Y.

Every expectation is written by hand from the input, never copied from the program's output."""

from __future__ import annotations

import json

from essayconv.references.merging import merge_copy
from essayconv.references.notes import parse_note
from essayconv.references.sameness import name_opens_title
from essayconv.references.secondhand import split_read_in
from essayconv.writers import WriteOptions, get

from validators import enriched

ERLL_LISTED = {"type": "book", "author": [{"family": "Erll", "given": "Astrid"}],
               "title": "Kollektives Gedächtnis und Erinnerungskulturen. Eine Einführung",
               "publisher": "Metzler", "publisher-place": "Stuttgart",
               "issued": {"date-parts": [[2017]]}}


def works_of(tmp_path, text: str) -> dict[str, dict]:
    essay = enriched(tmp_path, text)
    items = json.loads(get("csl.json").write(essay, WriteOptions()))
    return {item["id"]: item for item in items}


def html_of(tmp_path, text: str) -> str:
    return get("html").write(enriched(tmp_path, text), WriteOptions())


# ------------------------------------------------------------------ 1. the list's entry wins
def test_a_note_read_as_an_article_never_retypes_a_listed_book() -> None:
    entry = json.loads(json.dumps(ERLL_LISTED))
    merge_copy(entry, {"type": "article-journal", "title": "Kollektives Gedächtnis",
                       "container-title": "Eine Einführung", "edition": "3"},
               entry=True, from_note=True)
    assert entry == ERLL_LISTED  # the note contradicts the entry: it adds nothing


def test_a_note_agreeing_with_a_listed_entry_fills_what_it_lacks() -> None:
    entry = json.loads(json.dumps(ERLL_LISTED))
    merge_copy(entry, {"type": "book", "publisher-place": "Stuttgart", "edition": "3",
                       "title": "Kollektives Gedächtnis"}, entry=True, from_note=True)
    assert entry["edition"] == "3"
    assert entry["title"] == ERLL_LISTED["title"] and entry["type"] == "book"


def test_two_notes_still_merge_as_before() -> None:
    first = {"type": "book", "title": "Rising", "container-title": "Times"}
    merge_copy(first, {"type": "article-newspaper", "title": "Rising", "page": "9"})
    assert first["type"] == "article-newspaper" and first["page"] == "9"


FULLNOTES = """Erinnerung und Gedächtnis

Die Forschung hat diese Befunde aufgegriffen.1 Assmann spricht von Verkleinerung.2 Die Frauen standen ihren Mann.3

Anmerkungen

1 Vgl. Erll, Astrid: Kollektives Gedächtnis und Erinnerungskulturen. Eine Einführung, 3. Aufl., Stuttgart 2017, S. 5.
2 Assmann, Aleida: Der lange Schatten der Vergangenheit. Erinnerungskultur und Geschichtspolitik, München 2006, S. 33.
3 Vgl. Müller, Hans (Hrsg.): Frauen im Wiederaufbau. Quellen und Dokumente, 2. Aufl., Berlin 2005, S. 12 f.

Literaturverzeichnis

Assmann, Aleida (2006): Der lange Schatten der Vergangenheit. Erinnerungskultur und Geschichtspolitik. München: C. H. Beck.
Erll, Astrid (2017): Kollektives Gedächtnis und Erinnerungskulturen. Eine Einführung. 3. Aufl. Stuttgart: Metzler.
Müller, Hans (Hrsg.) (2005): Frauen im Wiederaufbau. Quellen und Dokumente. 2. Aufl. Berlin: Suhrkamp.
"""


def test_full_notes_leave_the_listed_books_books(tmp_path) -> None:
    works = works_of(tmp_path, FULLNOTES)
    assert set(works) == {"assmann2006", "erll2017", "muller2005"}
    for wid, publisher, place in (("assmann2006", "C. H. Beck", "München"),
                                  ("erll2017", "Metzler", "Stuttgart"),
                                  ("muller2005", "Suhrkamp", "Berlin")):
        assert works[wid]["type"] == "book"
        assert "container-title" not in works[wid]
        assert (works[wid]["publisher"], works[wid]["publisher-place"]) == (publisher, place)


# --------------------------------------------- 6. a title opening with a person's name
def test_a_name_opening_a_collections_title_is_no_author() -> None:
    entry = {"type": "book", "editor": [{"family": "Falaschi", "given": "G."}],
             "title": "Italo Calvino. Atti del convegno internazionale",
             "issued": {"date-parts": [[1988]]}}
    note = {"type": "book", "author": [{"family": "Calvino", "given": "Italo"}],
            "editor": [{"family": "Falaschi", "given": "G."}],
            "title": "Atti del convegno internazionale", "issued": {"date-parts": [[1988]]}}
    assert name_opens_title(entry, note)
    assert not name_opens_title({**entry, "issued": {"date-parts": [[1989]]}}, note)
    assert not name_opens_title({**entry, "editor": [{"family": "Rossi", "given": "M."}]}, note)
    assert not name_opens_title({**entry, "title": "Atti del convegno internazionale"}, note)


TESINA = """La città di Calvino

Marco Bianchi

Introduzione

Per Barthes la città è un discorso.1 Il convegno del 1985 ha fissato i temi della critica.2

Note

1 R. Barthes, Semiologia e urbanistica, in Id., L'avventura semiologica, trad. it. di C. Milanese, Einaudi, Torino 1991, pp. 50-60 (cit. a p. 54).
2 Cfr. Italo Calvino. Atti del convegno internazionale, a cura di G. Falaschi, Garzanti, Milano 1988, pp. 3-12.

Bibliografia

Barthes R., L'avventura semiologica, trad. it. di C. Milanese, Einaudi, Torino 1991.
Falaschi G. (a cura di), Italo Calvino. Atti del convegno internazionale, Garzanti, Milano 1988.
"""


def test_the_note_cites_the_listed_collection(tmp_path) -> None:
    works = works_of(tmp_path, TESINA)
    assert set(works) == {"barthes1991", "falaschi1988"}  # no 'Calvino, Italo (1988)'
    html = html_of(tmp_path, TESINA)
    assert "(cfr. Falaschi, 1988, pp. 3–12)" in html


# ------------------------------------------------- 7. the page cited inside a range
def test_hier_names_the_page_cited() -> None:
    (cit,) = parse_note("Vgl. Heinemann, Elizabeth: The Hour of the Woman, in: American "
                        "Historical Review 101 (1996), S. 354–395, hier S. 370.")
    assert (cit["locator"], cit["label"], cit["remark"]) == ("S. 370", "page", None)


def test_cit_a_names_the_page_cited() -> None:
    (cit,) = parse_note("R. Barthes, Semiologia e urbanistica, in Id., L'avventura semiologica, "
                        "Einaudi, Torino 1991, pp. 50-60 (cit. a p. 54).")
    assert (cit["locator"], cit["remark"]) == ("p. 54", None)
    assert cit["reference"].endswith("pp. 50-60.")  # the chapter's own range stays


def test_a_remark_after_one_page_is_left_alone() -> None:
    (cit,) = parse_note("Smith (2010), p. 45 (hier S. 50).")
    assert (cit["locator"], cit["remark"]) == ("p. 45", "(hier S. 50)")


def test_no_stray_footnote_for_the_page_cited(tmp_path) -> None:
    html = html_of(tmp_path, TESINA)
    assert "(Barthes, 1991, p. 54)" in html
    assert "Cit. a p. 54" not in html


# ------------------------------------------------------------------ 8. 'zit. n.'
def test_zit_n_splits_the_original_from_the_work_read() -> None:
    assert split_read_in("Assmann, A.: Titel, München 2006, S. 33, zit. n. Erll, A.: Gedächtnis, "
                         "Stuttgart 2017, S. 112") == (
        "Assmann, A.: Titel, München 2006, S. 33", "zit. n.",
        "Erll, A.: Gedächtnis, Stuttgart 2017, S. 112")
    assert split_read_in("Bellanger, Claude: Histoire, cité dans Kalifa, Dominique") is not None
    assert split_read_in("Erll, Astrid: Kollektives Gedächtnis, Stuttgart 2017, S. 5") is None


ZITN = """Erinnerung

Lena Hoffmann

Einleitung

Assmann spricht von einer Verkleinerung der Geschichte.1

Anmerkungen

1 Assmann, Aleida: Der lange Schatten der Vergangenheit, München 2006, S. 33, zit. n. Erll, Astrid: Kollektives Gedächtnis, Stuttgart 2017, S. 112.

Literaturverzeichnis

Assmann, Aleida (2006): Der lange Schatten der Vergangenheit. München: C. H. Beck.
Erll, Astrid (2017): Kollektives Gedächtnis. Stuttgart: Metzler.
"""


def test_zit_n_makes_no_bogus_work(tmp_path) -> None:
    works = works_of(tmp_path, ZITN)
    assert set(works) == {"assmann2006", "erll2017"}  # never 'Assmann (2017)'
    assert works["assmann2006"]["publisher"] == "C. H. Beck"
    html = html_of(tmp_path, ZITN)
    assert "zit. n. Erll, 2017, " in html and "112<" in html  # the work read, its page


def test_an_unlisted_original_makes_no_work(tmp_path) -> None:
    works = works_of(tmp_path, ZITN.replace(
        "Assmann, Aleida (2006): Der lange Schatten der Vergangenheit. München: C. H. Beck.\n", ""))
    assert set(works) == {"erll2017"}
