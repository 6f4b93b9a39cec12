"""The command line: inputs in any encoding, clear one-line errors, exit codes, atomic outputs."""

from __future__ import annotations

import shutil

import pytest

from essayconv import tree as T
from essayconv.cli import main
from essayconv.pipeline import read, write_atomic

from conftest import SEED


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_converts_to_xml(tmp_path, capsys):
    code, out, err = run(capsys, str(SEED), "--to", "xml", "-o", str(tmp_path))
    assert code == 0, err
    written = tmp_path / "never-again-yet-again.xml"
    assert written.exists() and f"wrote {written}" in out
    # no temporary leftovers: only the sidecar that records the options (for --incremental)
    assert [p.name for p in tmp_path.glob(".*")] == [".never-again-yet-again.essayconv"]


@pytest.mark.parametrize("variant", ["bom", "crlf", "bom+crlf"])
def test_utf8_variants_read_the_same(tmp_path, variant):
    data = SEED.read_bytes()
    if "crlf" in variant:
        data = data.replace(b"\n", b"\r\n")
    if "bom" in variant:
        data = b"\xef\xbb\xbf" + data
    path = tmp_path / "essay.txt"
    path.write_bytes(data)
    essay, reference = read(path), read(SEED)
    assert T.inline_text(T.find(essay, "meta/title")) == T.inline_text(
        T.find(reference, "meta/title"))
    assert len(T.findall(essay, "notes/note")) == 67
    assert not [d for d in T.findall(essay, "diagnostics/diagnostic") if d.get("rule") ==
                "encoding"]


def test_cp1252_input_is_decoded_with_a_warning(tmp_path, capsys):
    path = tmp_path / "legacy.txt"
    text = "Caf\u00e9 politics\n\nA \u201cquoted\u201d paragraph that is long enough to be one.\n"
    path.write_bytes(text.encode("cp1252"))
    essay = read(path)
    assert T.find(essay, "meta/title").text == "Café politics"
    warnings = [d.text for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("rule") == "encoding"]
    assert warnings == ["not valid UTF-8, decoded as cp1252"]
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0 and "warning: encoding: not valid UTF-8, decoded as cp1252" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty file"), (b" \n\n \n", "empty file"), (b"Title\n\x00\x01binary", "binary data")],
    ids=["empty", "blank", "binary"],
)
def test_bad_inputs_fail_with_one_line_and_write_nothing(tmp_path, capsys, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, str(path), "--to", "xml", "-o", str(out_dir))
    assert code == 3
    assert err.count("\n") == 1 and str(path) in err and message in err
    assert not out_dir.exists()


def test_binary_error_names_the_line(tmp_path, capsys):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"line one\nline two\x00")
    _, _, err = run(capsys, str(path), "--to", "xml", "-o", str(tmp_path))
    assert f"{path}:2:" in err


def test_directory_and_missing_inputs(tmp_path, capsys):
    code, _, err = run(capsys, str(tmp_path), str(tmp_path / "nope.txt"), "--to", "xml")
    assert code == 3
    assert "is a directory" in err and "no such file" in err


def test_unknown_format_lists_the_available_ones(capsys):
    code, _, err = run(capsys, str(SEED), "--to", "xml,nope")
    assert code == 2
    assert "unknown format 'nope'" in err and "xml" in err.split("available:")[1]


def test_input_is_never_overwritten(tmp_path, capsys):
    essay = tmp_path / "essay.xml"
    shutil.copy(SEED, essay)
    before = essay.read_bytes()
    code, _, err = run(capsys, str(essay), "--to", "xml", "-o", str(tmp_path))
    assert code == 4 and "would overwrite the input" in err
    assert essay.read_bytes() == before


def test_check_prints_changes_then_diagnostics(capsys):
    code, out, _ = run(capsys, "check", str(SEED))
    assert code == 0
    assert f"{SEED}:16: glued-words: \"forUNAMIR'sR\" → \"for UNAMIR's\"" in out
    assert f"{SEED}:3: drop-web-junk: '- 1 day ago' → ''" in out


def test_check_exits_1_on_an_unresolved_marker(tmp_path, capsys):
    path = tmp_path / "essay.txt"
    path.write_text("A Title\n- Jane Doe\nText that cites a note that is not there. [2]\n"
                    "References\n[1] Doe, J. (2001) A book. London: Press.\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path))
    assert code == 1
    assert f"{path}:3: error: check-markers: marker [2] has no note 2" in out


def test_atomic_write_leaves_the_old_file_on_failure(tmp_path):
    target = tmp_path / "out.xml"
    target.write_bytes(b"old")

    with pytest.raises(TypeError):
        write_atomic(target, object())  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xml"]


def test_batch_converts_several_inputs_in_parallel_then_skips_up_to_date(tmp_path, capsys):
    from conftest import CORPUS

    inputs = [str(SEED), *map(str, CORPUS)]
    code, out, err = run(capsys, *inputs, "--to", "xml", "-o", str(tmp_path), "-j", "2")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.glob("*.xml")) == sorted(
        p.rsplit("/", 1)[1].replace(".txt", ".xml") for p in inputs)
    code, out, _ = run(capsys, *inputs, "--to", "xml", "-o", str(tmp_path), "--incremental")
    assert code == 0 and out.count("up to date") == len(inputs)


def test_one_bad_input_does_not_stop_the_others(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = run(capsys, str(empty), str(SEED), "--to", "xml", "-o", str(tmp_path / "o"))
    assert code == 3 and "empty file" in err
    assert (tmp_path / "o" / "never-again-yet-again.xml").exists()


def test_unknown_profile_and_broken_style_are_one_line_errors(tmp_path, capsys):
    code, _, err = run(capsys, str(SEED), "--to", "xml", "--profile", "nope", "-o", str(tmp_path))
    assert code == 2 and "no profile 'nope'" in err and err.count("\n") == 1
    broken = tmp_path / "broken.csl"
    broken.write_text("<style xmlns='http://purl.org/net/xbiblio/csl'><citation>")
    code, _, err = run(capsys, str(SEED), "--to", "xml", "--style", str(broken),
                       "-o", str(tmp_path))
    assert code == 4 and err.count("\n") == 1 and "broken.csl" in err
    assert not (tmp_path / "never-again-yet-again.xml").exists()


def test_a_user_supplied_style_changes_the_rendering(tmp_path, capsys):
    from conftest import ROOT

    style = ROOT / "tests" / "data" / "csl" / "chicago-ad-mini.csl"
    code, _, err = run(capsys, str(SEED), "--to", "xml", "--style", str(style),
                       "-o", str(tmp_path))
    assert code == 0, err
    xml = (tmp_path / "never-again-yet-again.xml").read_text(encoding="utf-8")
    assert "<rendered>(Prunier 1997, 23–40)</rendered>" in xml


def test_validate_command_reports_each_file(tmp_path, capsys):
    code, _, err = run(capsys, str(SEED), "--to", "xml,jats", "-o", str(tmp_path), "--validate")
    assert code == 0, err
    good = tmp_path / "never-again-yet-again.jats.xml"
    bad = tmp_path / "broken.jats.xml"
    bad.write_text(good.read_text(encoding="utf-8").replace("<body>", "<body><bogus/>", 1))
    code, out, _ = run(capsys, "validate", str(good), str(bad))
    assert code == 1
    assert f"{good}: valid" in out and f"{bad}: invalid:" in out


def test_convert_reports_input_errors_and_exits_1_but_writes(tmp_path, capsys):
    path = tmp_path / "essay.txt"
    path.write_text("A Title\n- Jane Doe\nText that cites a note that is not there. [2]\n"
                    "References\n[1] Doe, J. (2001) A book. London: Press.\n", encoding="utf-8")
    code, out, err = run(capsys, str(path), "--to", "xml", "-o", str(tmp_path))
    assert code == 1
    assert err == f"{path}:3: error: check-markers: marker [2] has no note 2 in the notes list\n"
    assert (tmp_path / "essay.xml").exists()


def test_restyle_citations_option(tmp_path, capsys):
    from pathlib import Path

    mla = Path(__file__).parent / "fixtures" / "shapes" / "mla-works-cited.txt"
    code, _, err = run(capsys, str(mla), "--to", "html", "-o", str(tmp_path),
                       "--restyle-citations", "-j", "1")
    assert code == 0, err
    html = (tmp_path / "mla-works-cited.html").read_text(encoding="utf-8")
    assert "Morrison, 1987, p. 44" in html and "Morrison 44" not in html


def test_a_bug_is_one_line_naming_the_input_never_a_traceback(tmp_path, capsys, monkeypatch):
    """An unexpected exception (a bug) gives exit 4 and one line; the other inputs go on."""
    import essayconv.pipeline as pipeline

    real = pipeline.read
    boom = tmp_path / "boom.txt"
    boom.write_text("Title\n\nText.\n")

    def read(path):
        if path.name == "boom.txt":
            raise ValueError("something nobody expected")
        return real(path)

    monkeypatch.delenv("ESSAYCONV_DEBUG", raising=False)
    monkeypatch.setattr(pipeline, "read", read)
    code, out, err = run(capsys, str(boom), str(SEED), "--to", "xml", "-o", str(tmp_path / "o"),
                         "-j", "1")
    assert code == 4
    assert "boom.txt" in err and "internal error" in err and "Traceback" not in err
    assert (tmp_path / "o" / "never-again-yet-again.xml").exists()
    code, out, err = run(capsys, "check", str(boom))
    assert code == 4 and "internal error" in err and "boom.txt" in err


def test_check_runs_as_the_conversion_would_with_its_citation_mode(tmp_path, capsys):
    essay = tmp_path / "wars.txt"
    essay.write_text("Wars\n\nJo Bloggs\n\nIntroduction\n\nThe wars were long and bloody.[1] "
                     "They ended in 1945.[2]\n\nNotes\n[1] Keegan, J. (1993) A history of "
                     "warfare. London: Hutchinson.\n[2] Keegan (1993), p. 4.\n", encoding="utf-8")
    _, author_date, _ = run(capsys, "check", str(essay))
    _, notes, _ = run(capsys, "check", "--citations", "notes", str(essay))
    assert author_date.count("place-citations") == 2  # '(Keegan, 1993).' before the stop
    assert "place-citations" not in notes  # a footnote's call stays after the stop


def test_unknown_style_is_a_usage_error_in_convert_and_check(tmp_path, capsys):
    code, _, err = run(capsys, str(SEED), "--to", "xml", "--style", "nosuch", "-o",
                       str(tmp_path))
    assert code == 2 and "unknown citation style 'nosuch'" in err and err.count("\n") == 1
    assert not (tmp_path / "never-again-yet-again.xml").exists()
    code, _, err = run(capsys, "check", str(SEED), "--style", "missing.csl")
    assert code == 2 and "missing.csl" in err and err.count("\n") == 1


def test_check_lists_the_citations_restyling_would_rewrite(capsys):
    from pathlib import Path

    mla = Path(__file__).parent / "fixtures" / "shapes" / "mla-works-cited.txt"
    code, out, _ = run(capsys, "check", str(mla))
    assert "restyle-citations" not in out
    code, out, _ = run(capsys, "check", str(mla), "--restyle-citations")
    assert any("restyle-citations" in line and "Morrison 44" in line
               for line in out.splitlines())


def test_the_default_profile_leaves_heading_and_locale_to_the_essays_language(tmp_path, capsys):
    """A French essay converted with no --profile gets a French list: its heading and
    citeproc's French terms ('et' between two authors, 's. d.' for no date)."""
    essay = tmp_path / "essai.txt"
    essay.write_text(
        "Le détail et le réel\nJeanne Martin\n\nIntroduction\n\n"
        "Le détail réaliste a été beaucoup discuté par la critique.[1] Il reste un objet"
        " de débat, même aujourd'hui.[2]\n\nNotes\n\n"
        "[1] Dupont, J. and Moreau, P. (2004) La Critique et le réel. Paris: Seuil.\n"
        "[2] Lefèvre, A. (n.d.) Le Réalisme. Paris: Gallimard.\n", encoding="utf-8")
    code, _, _ = run(capsys, str(essay), "--to", "xml", "-o", str(tmp_path))
    assert code == 0
    text = " ".join((tmp_path / "essai.xml").read_text(encoding="utf-8").split())  # and nbsp
    assert 'heading="Bibliographie"' in text
    assert "Dupont, J. et Moreau, P. (2004)" in text and "Lefèvre, A. (s. d.)" in text
