"""ABNT (NBR 6023) reference-list entries, by exact rules before the model."""

from __future__ import annotations

from essayconv.references.abnt import parse_abnt
from essayconv.references.parser import parse_reference


def test_a_book_by_two_authors_in_capitals() -> None:
    item = parse_reference("ABERS, Rebecca Neaera; KECK, Margaret E. Practical authority: "
                           "agency and change. 2. ed. New York: Oxford University Press, 2013.")
    assert item["type"] == "book"
    assert item["author"] == [{"family": "Abers", "given": "Rebecca Neaera"},
                              {"family": "Keck", "given": "Margaret E."}]
    assert item["title"] == "Practical authority: agency and change"
    assert (item["edition"], item["publisher-place"], item["publisher"]) == (
        "2", "New York", "Oxford University Press")
    assert item["issued"] == {"date-parts": [[2013]]}


def test_an_article_with_volume_issue_pages() -> None:
    item = parse_reference("SOUZA, M.; LIMA, R. Título do artigo. Revista Brasileira de X, "
                           "v. 12, n. 3, p. 45-67, 2020.")
    assert item["type"] == "article-journal"
    assert [a["family"] for a in item["author"]] == ["Souza", "Lima"]
    assert (item["title"], item["container-title"]) == ("Título do artigo",
                                                        "Revista Brasileira de X")
    assert (item["volume"], item["issue"], item["page"]) == ("12", "3", "45–67")


def test_a_chapter_with_its_organiser_and_a_body_online() -> None:
    item = parse_reference("DOS SANTOS, Pedro. Capítulo. In: RIBEIRO, Wagner Costa (org.). "
                           "Livro: subtítulo. São Paulo: Annablume, 2009. p. 35-59.")
    assert item["type"] == "chapter"
    assert item["author"] == [{"family": "dos Santos", "given": "Pedro"}]
    assert item["editor"] == [{"family": "Ribeiro", "given": "Wagner Costa"}]
    assert (item["container-title"], item["page"]) == ("Livro: subtítulo", "35–59")
    body = parse_reference("AGÊNCIA NACIONAL DE ÁGUAS (ANA). Conjuntura 2021. Brasília, DF: "
                           "ANA, 2021. Disponível em: <https://www.example.org/c>. "
                           "Acesso em: 3 mar. 2021.")
    assert body["author"] == [{"literal": "AGÊNCIA NACIONAL DE ÁGUAS (ANA)"}]
    assert body["URL"] == "https://www.example.org/c"
    assert body["accessed"] == {"date-parts": [[2021, 3, 3]]}


def test_acts() -> None:
    item = parse_reference("BRASIL. [Constituição (1988)]. Constituição da República. "
                           "Brasília, DF: Senado Federal, 1988.")
    assert (item["type"], item["author"], item["title"]) == (
        "legislation", [{"literal": "BRASIL"}], "Constituição da República")
    act = parse_reference("CNRH – CONSELHO NACIONAL. Resolução n. 5, de 10 de abril de 2000. "
                          "Estabelece diretrizes. Brasília, DF: CNRH, 2000.")
    assert (act["type"], act["title"], act["note"]) == (
        "legislation", "Resolução n. 5, de 10 de abril de 2000", "Estabelece diretrizes")
    assert act["issued"] == {"date-parts": [[2000]]}


def test_other_shapes_are_left_to_the_model() -> None:
    assert parse_abnt("Souza, M. (2020) Águas e democracia. Rio de Janeiro: Garamond.") is None
    assert parse_abnt("SMITH, J. (2004) Title. London: Verso.") is None
    assert parse_abnt("DUPONT, Jean, Titre, Paris, Seuil, 2001.") is None


def test_a_brazilian_essay_is_rendered_in_pt_br() -> None:
    from essayconv import tree as T
    from essayconv.pipeline import brazilian

    essay = T.el("essay")
    T.sub(essay, "p", "Segundo a ABNT, Disponível em: <x>. Acesso em: 3 mar. 2021. Brasília, DF:")
    assert brazilian(essay)
    lisbon = T.el("essay")
    T.sub(lisbon, "p", "Lisboa: Edições 70, 2001. Disponível em: <x>. Acedido em 3 mar.")
    assert not brazilian(lisbon)


def test_an_article_number_has_no_english_word_in_portuguese() -> None:
    from essayconv.citations import plain_text, render

    work = {"id": "m", "type": "article-journal", "author": [{"family": "Martins"}],
            "issued": {"date-parts": [[2018]]}, "title": "Protocolo",
            "container-title": "Ambiente & Sociedade", "volume": "21", "number": "e01234"}
    pt = plain_text(render([work], [], locale="pt-BR").bibliography[0][1])
    en = plain_text(render([work], [], locale="en-GB").bibliography[0][1])
    assert pt.endswith("Ambiente & Sociedade, 21, e01234.") and "article" not in pt
    assert en.endswith("21, article e01234.")
