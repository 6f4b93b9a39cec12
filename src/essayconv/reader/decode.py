"""Turn input bytes into text lines: BOMs (UTF-8, UTF-16, UTF-32), CRLF, cp1252 fallback,
binary refusal."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError


def read_input(path: Path) -> tuple[str, list[str]]:
    """Read a file; return (encoding used, list of lines without line ends)."""
    if path.is_dir():
        raise InputError("is a directory, not a text file", str(path))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", str(path)) from None
    return decode_bytes(data, str(path))


# byte-order marks of the wide encodings (Windows Notepad's "Unicode" is UTF-16-LE), longest first
_WIDE_BOMS = [(b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
              (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]


def _decode_wide(data: bytes, name: str) -> tuple[str, str] | None:
    """(encoding, text) of data that starts with a UTF-16 or UTF-32 byte-order mark."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return encoding, data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"starts with a {encoding.upper()} byte-order mark but is not "
                                 f"valid {encoding.upper()}; save it as UTF-8", name) from None
    return None


def decode_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode input bytes into lines; refuse empty and binary data."""
    wide = _decode_wide(data, name)
    if wide:
        encoding, text = wide
    else:
        if b"\x00" in data:
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            raise InputError("binary data (NUL byte), not a text essay", name, line)
        encoding = "utf-8"
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = "cp1252"
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError("binary data (NUL character), not a text essay", name, line)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty file: no text to convert", name)
    return encoding, text.split("\n")
