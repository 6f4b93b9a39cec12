"""Audit 15 (b): a numbered reference list wrapped over several lines an entry, a numbered
'Sources' list in an author-date essay, and ACL's 'arXiv preprint arXiv:…' numbers.

Every expectation is written by hand from the input, never copied from the program's output."""

from __future__ import annotations

import json

from essayconv import tree as T
from essayconv.reader.numbered_entries import wrapped_numbered
from essayconv.writers import WriteOptions, get

from validators import changes, enriched, essay_of, text

HEAD = "Scaling Laws for Translation\n\nAnna Kowalska\n\n1 Introduction\n\n"
WRAPPED = """References

[1] Jared Kaplan, Sam McCandlish, Tom Henighan,
Tom B. Brown, Benjamin Chess, Rewon Child, Scott
Gray, Alec Radford, Jeffrey Wu, and Dario Amodei.
2020. Scaling laws for neural language models.
arXiv preprint arXiv:2001.08361.
[2] Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob
Uszkoreit, Llion Jones, Aidan N. Gomez, Łukasz
Kaiser, and Illia Polosukhin. 2017. Attention is all
you need. In Advances in Neural Information Pro-
cessing Systems 30, pages 5998–6008.
"""
CALLS = "Kaplan et al. [1] fitted power laws for language models. Transformers [2] made this.\n\n"


def diagnostics(essay, level: str) -> list[str]:
    return [d.text for d in T.findall(essay, "diagnostics/diagnostic") if d.get("level") == level]


# ---------------------------------------------------------------- b1. wrapped [n] entries

def test_a_wrapped_numbered_list_keeps_one_note_an_entry(tmp_path):
    essay = essay_of(tmp_path, HEAD + CALLS + WRAPPED)
    notes = T.findall(essay, "notes/note")
    assert [note.get("n") for note in notes] == ["1", "2"]
    assert [note.get("line") for note in notes] == ["11", "16"]
    assert T.find(notes[0], "text").text == (
        "Jared Kaplan, Sam McCandlish, Tom Henighan, Tom B. Brown, Benjamin Chess, Rewon Child, "
        "Scott Gray, Alec Radford, Jeffrey Wu, and Dario Amodei. 2020. Scaling laws for neural "
        "language models. arXiv preprint arXiv:2001.08361.")
    # the line-end hyphen of 'Pro-' / 'cessing' goes: references write 'Processing' whole
    assert T.find(notes[1], "text").text.endswith(
        "Attention is all you need. In Advances in Neural Information Processing Systems 30, "
        "pages 5998–6008.")
    assert T.find(essay, "sources") is None
    assert diagnostics(essay, "error") == []
    assert len(changes(essay, "join-note-lines")) == 8


def test_a_wrapped_numbered_list_gives_two_works_both_cited(tmp_path):
    essay = enriched(tmp_path, HEAD + CALLS + WRAPPED)
    assert [w.get("id") for w in T.findall(essay, "works/work")] == ["kaplan2020", "vaswani2017"]
    assert not any("never cited" in d for d in diagnostics(essay, "warning"))
    assert diagnostics(essay, "error") == []


def test_a_wrapped_plain_numbered_list_of_notes():
    lines = [(10, "1. Smith, John. The Long Road Home: A History of"),
             (11, "Migration. London: Verso, 2019."),
             (12, "2. Jones, Mary. Another Book. Oxford: Oxford"),
             (13, "University Press, 2020."),
             (14, "3. Brown, Alan. A Third. Paris: Seuil, 2001.")]
    assert wrapped_numbered(lines)


def test_lists_that_are_not_wrapped_numbered_entries():
    # an author-date list: its first line opens with no number
    assert not wrapped_numbered([(1, "Smith, J. (2019) A book. London:"), (2, "Verso."),
                                 (3, "2. Jones, K. (2020) Another.")])
    # numbers that do not count up from 1 in one form
    assert not wrapped_numbered([(1, "[1] Smith, J. 2019. A book."), (2, "Verso."),
                                 (3, "3. Jones, K. 2020. Another.")])
    # one entry only
    assert not wrapped_numbered([(1, "[1] Smith, J. 2019. A book."), (2, "London: Verso.")])
    # a bibliography numbered by category, its works unnumbered under each
    assert not wrapped_numbered([(1, "1. Primary sources"), (2, "Smith, J. (2019) A book."),
                                 (3, "2. Secondary sources"), (4, "Jones, K. (2020) Another.")])
    # entries far longer than a wrapped one
    long = [(1, "1. Smith, J. (2019) A book.")] + [(n, f"Entry {n}, K. (2020) Title.")
                                                   for n in range(2, 16)]
    assert not wrapped_numbered(long + [(16, "2. Jones, K. (2020) Another.")])


def test_an_author_date_list_wrapped_over_lines_stays_a_reference_list(tmp_path):
    essay = essay_of(tmp_path, "A Title\n\nThe essay begins here (Smith, 2019; Jones, 2020).\n\n"
                               "References\n\nSmith, J. (2019) The Long Road Home: A History of\n"
                               "Migration. London: Verso.\nJones, K. (2020) Another Book. Oxford:\n"
                               "Oxford University Press.\n")
    assert T.find(essay, "notes") is None
    assert [item.text for item in T.findall(essay, "sources/item")] == [
        "Smith, J. (2019) The Long Road Home: A History of Migration. London: Verso.",
        "Jones, K. (2020) Another Book. Oxford: Oxford University Press."]


# ---------------------------------------------------------------- b8. numbered sources, author-date

SOURCES = """Why Remote Work Is Reshaping Our Cities
Priya Nair

Barrero, Bloom and Davis (2021) estimate that a fifth of workdays will be supplied from home. \
Ramani and Bloom (2021) call the result the donut effect. As Florida (2017) warned, only \
affluent neighbourhoods may benefit.

Sources

1. Barrero, J. M., Bloom, N., & Davis, S. J. (2021). Why Working from Home Will Stick. NBER \
Working Paper 28731.
2. Ramani, A., & Bloom, N. (2021). The Donut Effect of COVID-19 on Cities. NBER Working Paper \
28876. https://www.nber.org/papers/w28876
3. Florida, R. (2017). The New Urban Crisis. Basic Books.
4. https://www.calgary.ca/development/downtown/office-conversion.html
"""


def test_numbered_sources_of_an_author_date_essay_are_the_reference_list(tmp_path):
    essay = essay_of(tmp_path, SOURCES)
    assert T.find(essay, "notes") is None
    sources = T.find(essay, "sources")
    assert sources.get("heading") == "Sources"
    assert [(item.get("id"), item.get("line")) for item in sources] == [
        ("r1", "8"), ("r2", "9"), ("r3", "10"), ("r4", "11")]
    assert sources[2].text == "Florida, R. (2017). The New Urban Crisis. Basic Books."
    assert sources[3].text == "https://www.calgary.ca/development/downtown/office-conversion.html"
    assert [(line, before[:3], after[:8]) for line, before, after
            in changes(essay, "numbered-sources")] == [
        (8, "1. ", "Barrero,"), (9, "2. ", "Ramani, "), (10, "3. ", "Florida,"), (11, "4. ", "https://")]
    assert not any("never cited in the text" in d and "note" in d
                   for d in diagnostics(essay, "warning"))


def test_numbered_sources_are_printed_once(tmp_path):
    essay = enriched(tmp_path, SOURCES)
    html = get("html").write(essay, WriteOptions())
    assert "Notes not cited in the text" not in html
    assert html.count("The New Urban Crisis") == 1
    works = {w.get("id") for w in T.findall(essay, "works/work")}
    assert {"barrero2021", "ramani2021", "florida2017"} <= works


def test_numbered_notes_called_by_markers_stay_notes(tmp_path):
    essay = essay_of(tmp_path, "A Title\n\nFlorida (2017) warned of this [1].\n\nSources\n\n"
                               "1. Florida, R. (2017). The New Urban Crisis. Basic Books.\n"
                               "2. Ramani, A. (2021). The Donut Effect. NBER.\n")
    assert [note.get("n") for note in T.findall(essay, "notes/note")] == ["1", "2"]
    assert T.find(essay, "sources") is None


def test_numbered_notes_the_text_never_names_stay_notes(tmp_path):
    # footnotes whose calls were lost: the text cites nobody by name and year
    essay = essay_of(tmp_path, "A Title\n\nThe crisis of the cities is older than we think.\n\n"
                               "Notes\n\n"
                               "1. Florida, R. (2017). The New Urban Crisis. Basic Books.\n"
                               "2. Ramani, A. (2021). The Donut Effect. NBER.\n")
    assert len(T.findall(essay, "notes/note")) == 2
    assert changes(essay, "numbered-sources") == []


# ---------------------------------------------------------------- b7. ACL arXiv preprints

ACL = HEAD + CALLS + """References

[1] Jared Kaplan, Sam McCandlish, Tom Henighan, Tom B. Brown, Benjamin Chess, Rewon Child, \
Scott Gray, Alec Radford, Jeffrey Wu, and Dario Amodei. 2020. Scaling laws for neural \
language models. arXiv preprint arXiv:2001.08361.
[2] Ashish Vaswani and Noam Shazeer. 2017. Attention is all you need. In Advances in Neural \
Information Processing Systems 30, pages 5998–6008.
"""


def test_an_acl_arxiv_preprint_keeps_its_number(tmp_path):
    essay = enriched(tmp_path, ACL)
    items = {item["id"]: item for item in json.loads(get("csl.json").write(essay, WriteOptions()))}
    kaplan = items["kaplan2020"]
    assert (kaplan["type"], kaplan["number"], kaplan["genre"]) == (
        "article", "arXiv:2001.08361", "Preprint")
    assert kaplan["title"] == "Scaling laws for neural language models"
    assert "note" not in kaplan
    warnings = diagnostics(essay, "warning")
    assert not any("kaplan2020" in w and ("publisher" in w or "leaves out" in w) for w in warnings)


def test_an_acl_arxiv_preprint_is_printed_and_exported_with_its_number(tmp_path):
    essay = enriched(tmp_path, ACL)
    entries = [text(entry) for entry in T.findall(essay, "bibliography/entry")]
    assert any("Scaling laws for neural language models [Preprint]. arXiv:2001.08361" in e
               for e in entries)
    bib = get("bib").write(essay, WriteOptions())
    assert "eprinttype = {arxiv}" in bib and "eprint = {2001.08361}" in bib
    ris = get("ris").write(essay, WriteOptions())
    assert "M1  - arXiv:2001.08361" in ris
