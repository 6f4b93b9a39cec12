"""Turn input bytes into text lines: BOM, CRLF, cp1252 fallback, binary refusal."""

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


def decode_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode input bytes into lines; refuse empty and binary data."""
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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty file: no text to convert", name)
    return encoding, text.split("\n")
