"""A reference list cut at the line width or by a page break is put back together: rules
join-reference-lines (and drop-page-furniture inside the list). Expectations hand-written."""

from __future__ import annotations

from essayconv import tree as T
from essayconv.reader import read_text
from essayconv.reader.wrapped import join_reference_lines

from validators import enriched

HEAD = ["A Title", "Ana Silva", "", "Some text (Smith, 2019).", "", "References"]


def _read(lines: list[str]):
    return read_text(HEAD + lines, "essay.txt")


def _items(essay) -> list[str]:
    return [i.text for i in T.findall(essay, "sources/item")]


def _changes(essay, rule: str) -> list[tuple[str, str]]:
    return [(c.get("line"), c[0].text) for c in T.findall(essay, "changes/change")
            if c.get("rule") == rule]


def _joined(lines: list[str] | list[tuple[int, str]]) -> list[str]:
    essay = T.el("essay")
    T.sub(essay, "changes")
    numbered = [x if isinstance(x, tuple) else (n, x) for n, x in enumerate(lines, 1)]
    return [text for _, text in join_reference_lines(essay, numbered)]


def test_an_author_list_goes_on_with_et_al_or_the_year():
    essay = _read([
        "Robine, J.-M., Cheung, S.L.K., Le Roy, S.",
        "et al. (2008) 'Death toll exceeded 70,000",
        "in Europe during the summer of 2003',",
        "Comptes Rendus Biologies, 331(2),",
        "pp. 171–178.",
        "Wolch, J.R., Byrne, J. and Newell, J.P.",
        "(2014) 'Urban green space, public health,",
        "and environmental justice', Landscape and Urban Planning, 125,",
        "pp. 234–244."])
    assert _items(essay) == [
        "Robine, J.-M., Cheung, S.L.K., Le Roy, S. et al. (2008) 'Death toll exceeded 70,000 "
        "in Europe during the summer of 2003', Comptes Rendus Biologies, 331(2), pp. 171–178.",
        "Wolch, J.R., Byrne, J. and Newell, J.P. (2014) 'Urban green space, public health, "
        "and environmental justice', Landscape and Urban Planning, 125, pp. 234–244."]
    joined = [line for line, _ in _changes(essay, "join-reference-lines")]
    assert joined == ["8", "9", "10", "11", "13", "14", "15"]
    # after a reference that has its year, a year line is no author's
    lines = ["Smith, J. (2019) Floods. London: Verso.", "(2020) Tides. London: Verso."]
    assert _joined(lines) == lines


def test_a_publication_statement_goes_on_and_a_page_number_is_no_reference():
    essay = _read([
        "Jessee, E. (2017) Negotiating Genocide in Rwanda: The Politics of History.",
        "Cham: Palgrave Macmillan.",
        "Smith, J. (2019) Coasts.",
        "New York and London: Routledge.",
        "Doe, J. (2020) Data.",
        "Available at: https://example.org/data",
        "[Accessed 3 May 2021].",
        "Roe, K. (2021) 'Tides', Journal of Seas, 2(1),",
        "pp. 1–20.",
        "Poe, E. (2018) Archive.",
        "https://doi.org/10.1000/xyz",
        "Moe, L. (2016) Shores.",
        "revised edition, London: Verso.",
        "",
        "14"])
    assert _items(essay) == [
        "Jessee, E. (2017) Negotiating Genocide in Rwanda: The Politics of History. "
        "Cham: Palgrave Macmillan.",
        "Smith, J. (2019) Coasts. New York and London: Routledge.",
        "Doe, J. (2020) Data. Available at: https://example.org/data [Accessed 3 May 2021].",
        "Roe, K. (2021) 'Tides', Journal of Seas, 2(1), pp. 1–20.",
        "Poe, E. (2018) Archive. https://doi.org/10.1000/xyz",
        "Moe, L. (2016) Shores. revised edition, London: Verso."]
    assert _changes(essay, "drop-page-furniture") == [("21", "14")]
    assert [line for line, _ in _changes(essay, "join-reference-lines")] == [
        "8", "10", "12", "13", "15", "17", "19"]
    # a title with a colon, a name in lower case: references of their own
    lines = ["Smith, J. (2019) Floods. London: Verso.",
             "Human Rights Watch: World Report 2019.",
             "Jones, K. (2001) Shores. London: Verso.",
             "bell hooks (1994) Teaching to Transgress. New York: Routledge."]
    assert _joined(lines) == lines


def test_a_reference_cut_by_a_page_break_is_joined_across_it():
    essay = _read([
        "Hamber, B. and Wilson, R.A. (2002) 'Symbolic closure through memory, reparation",
        "and revenge in post-conflict societies', Journal of Human",
        "",
        "Journal of Memory and Conflict Studies 15",
        "",
        "Rights, 1(1), pp. 35–53.",
        "Jelin, E. (2003) State Repression and the Labors of Memory. Minneapolis:",
        "University of Minnesota Press."])
    assert _items(essay) == [
        "Hamber, B. and Wilson, R.A. (2002) 'Symbolic closure through memory, reparation and "
        "revenge in post-conflict societies', Journal of Human Rights, 1(1), pp. 35–53.",
        "Jelin, E. (2003) State Repression and the Labors of Memory. Minneapolis: University "
        "of Minnesota Press."]
    assert _changes(essay, "drop-page-furniture") == [("10", "Journal of Memory and Conflict "
                                                              "Studies 15")]
    assert ("12", "Rights, 1(1), pp. 35–53.") in _changes(essay, "join-reference-lines")


def test_across_a_blank_line_only_an_unfinished_reference_and_a_continuation_join():
    assert _joined([(1, "Smith, J. (2019) Floods, in Brown, K. (ed.) Coasts. Oxford"),
                    (3, "University Press, 2015."),
                    (4, "Jones, K. (2001) Shores. London: Verso"),
                    (6, "Beowulf. Trans. S. Heaney. London: Faber."),
                    (7, "Poe, E. (2018) 'Archive', Journal of"),
                    (9, "memory studies, 4, pp. 1–9."),
                    (11, "Roe, K. (2021) Tides."),
                    (13, "London: Verso.")]) == [
        "Smith, J. (2019) Floods, in Brown, K. (ed.) Coasts. Oxford University Press, 2015.",
        "Jones, K. (2001) Shores. London: Verso",
        "Beowulf. Trans. S. Heaney. London: Faber.",
        "Poe, E. (2018) 'Archive', Journal of memory studies, 4, pp. 1–9.",
        "Roe, K. (2021) Tides.",
        "London: Verso."]


def test_a_word_cut_at_a_line_end_hyphen_is_whole_again():
    essay = _read([
        "Hamber, B. and Wilson, R.A. (2002) 'Symbolic closure through memory, repara-",
        "tion and revenge in post-conflict societies', Journal of Human Rights, 1(1),",
        "pp. 35–53.",
        "Smith, J. (2019) Self-",
        "determination and non-",
        "violence in well-",
        "known places. London: Verso.",
        "Jones, K. (2001) Socio-Legal Shores. London: Verso.",
        "Roe, K. (2003) More socio-",
        "legal shores. London: Verso.",
        "Brown, A. (2005) The Anglo-",
        "Saxon Shore. London: Verso."])
    assert _items(essay) == [
        "Hamber, B. and Wilson, R.A. (2002) 'Symbolic closure through memory, reparation and "
        "revenge in post-conflict societies', Journal of Human Rights, 1(1), pp. 35–53.",
        "Smith, J. (2019) Self-determination and non-violence in well-known places. "
        "London: Verso.",
        "Jones, K. (2001) Socio-Legal Shores. London: Verso.",
        "Roe, K. (2003) More socio-legal shores. London: Verso.",
        "Brown, A. (2005) The Anglo-Saxon Shore. London: Verso."]
    assert ("8", "tion and revenge in post-conflict societies', Journal of Human Rights, 1(1),"
            ) in _changes(essay, "join-reference-lines")


def test_the_body_says_how_a_compound_is_written():
    essay = read_text(["A Title", "Ana Silva", "", "Some text on the counter-insurgency "
                       "(Smith, 2019).", "", "References",
                       "Smith, J. (2019) A Study of Counter-", "insurgency. London: Verso."],
                      "essay.txt")
    assert _items(essay) == ["Smith, J. (2019) A Study of Counter-insurgency. London: Verso."]


def test_statutes_treaties_and_cases_are_each_an_entry():
    essay = read_text(["A Title", "Ana Silva", "", "Rights are protected.", "", "Bibliography",
                       "", "Legislation", "", "Human Rights Act 1998", "Treaty on European Union",
                       "European Convention on Human Rights",
                       "Treaty on the Functioning of the European Union",
                       "Regulation (EU) 2016/679 (General Data Protection Regulation)",
                       "Universal Declaration of Human Rights",
                       "", "Cases", "", "Donoghue v Stevenson [1932] AC 562",
                       "", "Secondary Sources", "",
                       "Craig P, Administrative Law (8th edn, Sweet & Maxwell 2016)"], "essay.txt")
    assert _items(essay) == [
        "Human Rights Act 1998", "Treaty on European Union",
        "European Convention on Human Rights", "Treaty on the Functioning of the European Union",
        "Regulation (EU) 2016/679 (General Data Protection Regulation)",
        "Universal Declaration of Human Rights", "Donoghue v Stevenson [1932] AC 562",
        "Craig P, Administrative Law (8th edn, Sweet & Maxwell 2016)"]
    assert _changes(essay, "join-reference-lines") == []


def test_a_case_then_a_treaty_or_a_directive_are_two_entries():
    lines = ["Donoghue v Stevenson [1932] AC 562",
             "Charter of Fundamental Rights of the European Union",
             "Council Directive (EC) 2000/43 on equal treatment"]
    assert _joined(lines) == lines
    # a title cut before a treaty's name is still one reference
    assert _joined(["Smith, J. (2005) A Commentary on the Lisbon",
                    "Treaty on European Union. Oxford: OUP."]) == [
        "Smith, J. (2005) A Commentary on the Lisbon Treaty on European Union. Oxford: OUP."]


def test_a_list_of_web_addresses_stays_a_list():
    lines = ["Smith, J. (2019) Floods.", "https://example.org/floods",
             "https://example.org/reports/", "https://example.org/tides",
             "Convention for the Protection of Human Rights and Fundamental Freedoms (European",
             "Convention on Human Rights, as amended)"]
    assert _joined(lines) == [
        "Smith, J. (2019) Floods. https://example.org/floods", "https://example.org/reports/",
        "https://example.org/tides",
        "Convention for the Protection of Human Rights and Fundamental Freedoms (European "
        "Convention on Human Rights, as amended)"]


def test_an_entry_without_its_full_stop_keeps_the_next_author_apart(tmp_path):
    """'… Cambridge University Press' (no full stop) over 'bell hooks (1994) …' or 'Office
    for National Statistics (ONS) (2011) …': four works, never two."""
    essay = enriched(tmp_path, """Music Halls
Ann Lee

Collectors assumed single authors (Bailey 1998; hooks 1994; Maloney 2003).

Bibliography

Bailey, P. (1998) Popular Culture and Performance in the Victorian City. Cambridge: Cambridge \
University Press
bell hooks (1994) Teaching to Transgress. New York: Routledge.
Maloney, P. (2003) Scotland and the Music Hall, 1850–1914. Manchester: Manchester University \
Press
Office for National Statistics (ONS) (2011) Census of England and Wales. London: ONS.
""")
    items = [T.inline_text(i) for i in T.findall(essay, "sources/item")]
    assert len(items) == 4
    assert items[1].startswith("bell hooks (1994)") and items[3].startswith("Office for")


def test_a_two_column_reference_list_is_read_column_by_column():
    from pathlib import Path

    from essayconv.pipeline import read

    essay = read(Path(__file__).parent / "fixtures" / "shapes" / "two-column-references.txt")
    items = [T.inline_text(i) for i in T.findall(essay, "sources/item")]
    assert items == [
        "Bowler, D.E., Buyung-Ali, L., Knight, T.M. and Pullin, A.S. (2010) ‘Urban greening to "
        "cool towns and cities: a systematic review’, Landscape and Urban Planning, 97(3), "
        "pp. 147–155.",
        "Hoffman, J.S., Shandas, V. and Pendleton, N. (2020) ‘The effects of historical housing "
        "policies on resident exposure to intra-urban heat’, Climate, 8(1), p. 12."]


def test_a_tab_after_each_number_is_no_second_column():
    lines = [(n, f"{n}.\t{text}") for n, text in enumerate(
        ["Smith, J. (2001) One. London: Verso.", "Jones, K. (2002) Two. London: Verso.",
         "Brown, L. (2003) Three. London: Verso."], start=1)]
    from essayconv.reader.wrapped import split_columns

    assert split_columns(T.el("essay"), lines) == lines
