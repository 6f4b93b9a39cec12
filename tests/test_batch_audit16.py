"""Audit 16b: incremental runs honour the options, name clashes, file modes, -o a file, UTF-16."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from essayconv import tree as T
from essayconv.cli import main
from essayconv.pipeline import read

from conftest import ROOT

ESSAY = ROOT / "tests" / "corpus" / "04_epoiesen-victoria-mapping-response-saa.txt"
HARVARD = ROOT / "src" / "essayconv" / "styles" / "csl" / "harvard.csl"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def essay(tmp_path):
    path = tmp_path / "in" / "essay.txt"
    path.parent.mkdir()
    shutil.copy(ESSAY, path)
    return path


def convert(capsys, essay, out, *options: str) -> tuple[int, str, str]:
    return run(capsys, str(essay), "--to", "html,xml", "-o", str(out), "--incremental", *options)


def test_incremental_skips_only_when_the_options_are_the_same(tmp_path, capsys, essay):
    out = tmp_path / "out"
    code, stdout, _ = convert(capsys, essay, out)
    assert code == 0 and stdout.count("wrote") == 2
    assert (out / ".essay.essayconv").is_file()
    code, stdout, _ = convert(capsys, essay, out)
    assert code == 0 and stdout == f"up to date {essay}\n"
    # another citation mode, then back: each change rebuilds, a repeat skips
    code, stdout, _ = convert(capsys, essay, out, "--citations", "notes")
    assert code == 0 and stdout.count("wrote") == 2 and "up to date" not in stdout
    code, stdout, _ = convert(capsys, essay, out, "--citations", "notes")
    assert stdout == f"up to date {essay}\n"
    code, stdout, _ = convert(capsys, essay, out)
    assert stdout.count("wrote") == 2
    code, stdout, _ = convert(capsys, essay, out, "--restyle-citations")
    assert stdout.count("wrote") == 2


def test_a_plain_run_with_other_options_makes_the_next_incremental_run_rebuild(
        tmp_path, capsys, essay):
    out = tmp_path / "out"
    convert(capsys, essay, out)
    run(capsys, str(essay), "--to", "html,xml", "-o", str(out), "--citations", "notes")
    code, stdout, _ = convert(capsys, essay, out)
    assert code == 0 and stdout.count("wrote") == 2


def test_editing_the_style_file_rebuilds(tmp_path, capsys, essay):
    out, style = tmp_path / "out", tmp_path / "mine.csl"
    shutil.copy(HARVARD, style)
    convert(capsys, essay, out)
    code, stdout, _ = convert(capsys, essay, out, "--style", str(style))
    assert code == 0 and stdout.count("wrote") == 2  # another style than harvard
    code, stdout, _ = convert(capsys, essay, out, "--style", str(style))
    assert stdout == f"up to date {essay}\n"
    style.write_text(style.read_text(encoding="utf-8") + "<!-- edited -->\n", encoding="utf-8")
    code, stdout, _ = convert(capsys, essay, out, "--style", str(style))
    assert code == 0 and stdout.count("wrote") == 2


def test_a_profile_and_its_edits_rebuild(tmp_path, capsys, essay):
    out, profile = tmp_path / "out", tmp_path / "journal.toml"
    profile.write_text('reference-heading = "Works cited"\n', encoding="utf-8")
    convert(capsys, essay, out)
    code, stdout, _ = convert(capsys, essay, out, "--profile", str(profile))
    assert code == 0 and stdout.count("wrote") == 2
    assert "Works cited" in (out / "essay.html").read_text(encoding="utf-8")
    code, stdout, _ = convert(capsys, essay, out, "--profile", str(profile))
    assert stdout == f"up to date {essay}\n"
    profile.write_text('reference-heading = "Sources"\n', encoding="utf-8")
    code, stdout, _ = convert(capsys, essay, out, "--profile", str(profile))
    assert code == 0 and stdout.count("wrote") == 2
    assert "Sources" in (out / "essay.html").read_text(encoding="utf-8")


def test_a_format_written_with_other_options_is_rebuilt(tmp_path, capsys, essay):
    out = tmp_path / "out"
    run(capsys, str(essay), "--to", "xml", "-o", str(out))
    run(capsys, str(essay), "--to", "html", "-o", str(out), "--citations", "notes")
    code, stdout, _ = run(capsys, str(essay), "--to", "html", "-o", str(out), "--incremental",
                          "--citations", "notes")
    assert stdout == f"up to date {essay}\n"
    # the xml was written in author-date mode: asking for both in notes mode rebuilds
    code, stdout, _ = run(capsys, str(essay), "--to", "xml,html", "-o", str(out),
                          "--incremental", "--citations", "notes")
    assert stdout.count("wrote") == 2


def test_a_touched_input_is_rebuilt(tmp_path, capsys, essay):
    out = tmp_path / "out"
    convert(capsys, essay, out)
    later = (out / "essay.html").stat().st_mtime + 10
    os.utime(essay, (later, later))
    code, stdout, _ = convert(capsys, essay, out)
    assert code == 0 and stdout.count("wrote") == 2


def test_two_inputs_with_one_name_are_a_usage_error_and_write_nothing(tmp_path, capsys, essay):
    other = tmp_path / "d2" / "essay.txt"
    other.parent.mkdir()
    shutil.copy(ESSAY, other)
    out = tmp_path / "out"
    code, stdout, err = run(capsys, str(essay), str(other), "--to", "html", "-o", str(out))
    assert code == 2 and stdout == ""
    assert err.count("\n") == 1 and str(essay) in err and str(other) in err
    assert not out.exists()
    # another extension with the same stem writes the same outputs: refused too
    markdown = essay.with_suffix(".md")
    shutil.copy(ESSAY, markdown)
    code, _, err = run(capsys, str(essay), str(markdown), "--to", "html", "-o", str(out))
    assert code == 2 and str(markdown) in err and not out.exists()


def test_the_same_file_named_twice_is_converted_once(tmp_path, capsys, essay):
    out = tmp_path / "out"
    again = essay.parent / ".." / "in" / "essay.txt"
    code, stdout, _ = run(capsys, str(essay), str(again), "--to", "html", "-o", str(out))
    assert code == 0 and stdout == f"wrote {out / 'essay.html'}\n"


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o077])
def test_outputs_get_the_mode_of_the_umask(tmp_path, capsys, essay, mask):
    out = tmp_path / "out"
    old = os.umask(mask)
    try:
        code, _, err = run(capsys, str(essay), "--to", "html,xml", "-o", str(out))
    finally:
        os.umask(old)
    assert code == 0, err
    expected = {0o022: 0o644, 0o027: 0o640, 0o077: 0o600}[mask]
    for name in ("essay.html", "essay.xml", ".essay.essayconv"):
        assert stat.S_IMODE((out / name).stat().st_mode) == expected, name


def test_an_old_0600_output_gets_the_umask_mode_when_rewritten(tmp_path, capsys, essay):
    out = tmp_path / "out"
    out.mkdir()
    (out / "essay.html").write_text("old")
    (out / "essay.html").chmod(0o600)
    old = os.umask(0o022)
    try:
        run(capsys, str(essay), "--to", "html", "-o", str(out))
    finally:
        os.umask(old)
    assert stat.S_IMODE((out / "essay.html").stat().st_mode) == 0o644


def test_an_outdir_that_is_a_file_is_one_usage_error(tmp_path, capsys, essay):
    afile = tmp_path / "afile"
    afile.write_text("keep")
    second = tmp_path / "other.txt"
    shutil.copy(ESSAY, second)
    code, stdout, err = run(capsys, str(essay), str(second), "--to", "html", "-o", str(afile))
    assert code == 2 and stdout == ""
    assert err == f"essayconv: output directory '{afile}' is a file\n"
    assert afile.read_text() == "keep"
    code, _, err = run(capsys, str(essay), "--to", "html", "-o", str(afile / "sub"))
    assert code == 2 and err.count("\n") == 1 and f"'{afile}' is a file" in err


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_unicode_with_a_byte_order_mark_is_read_with_a_warning(tmp_path, capsys, encoding):
    text = ESSAY.read_text(encoding="utf-8").replace("\n", "\r\n")  # as Notepad saves it
    path = tmp_path / "notepad.txt"
    path.write_bytes("\ufeff".encode(encoding) + text.encode(encoding))
    essay, reference = read(path), read(ESSAY)
    assert T.inline_text(T.find(essay, "meta/title")) == T.inline_text(
        T.find(reference, "meta/title"))
    assert len(T.findall(essay, "body//p")) == len(T.findall(reference, "body//p"))
    warnings = [d.text for d in T.findall(essay, "diagnostics/diagnostic")
                if d.get("rule") == "encoding"]
    assert warnings == [f"not UTF-8: decoded as {encoding.upper()} (its byte-order mark)"]
    code, _, err = run(capsys, str(path), "--to", "html", "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert (tmp_path / "out" / "notepad.html").is_file()


def test_broken_utf16_and_nul_characters_are_still_refused(tmp_path, capsys):
    odd = tmp_path / "odd.txt"
    odd.write_bytes(b"\xff\xfeT\x00i\x00t\x00\x00\xd8")  # an unpaired surrogate
    code, _, err = run(capsys, str(odd), "--to", "html", "-o", str(tmp_path / "out"))
    assert code == 3 and "UTF-16-LE" in err and "save it as UTF-8" in err
    nul = tmp_path / "nul.txt"
    nul.write_bytes("\ufeffTitle\nline two\x00".encode("utf-16-le"))
    code, _, err = run(capsys, str(nul), "--to", "html", "-o", str(tmp_path / "out"))
    assert code == 3 and f"{nul}:2:" in err and "binary data" in err
    assert not (tmp_path / "out").exists()
