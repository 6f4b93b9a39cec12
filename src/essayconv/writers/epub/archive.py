"""The OCF container: a reproducible ZIP whose first entry is the uncompressed mimetype."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

MIMETYPE = b"application/epub+zip"
CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="{opf}" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""


def container_xml(opf_path: str) -> bytes:
    """META-INF/container.xml pointing at the package document."""
    return CONTAINER.format(opf=opf_path).encode("utf-8")


def zip_parts(parts: dict[str, bytes], moment: datetime) -> bytes:
    """Zip the parts in the given order after mimetype, every entry stamped with moment.

    mimetype is stored (not deflated), first, without extra fields, as OCF requires;
    fixed timestamps and permissions make the bytes depend on the parts only.
    """
    stamp = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_info("mimetype", stamp, zipfile.ZIP_STORED), MIMETYPE)
        for name, data in parts.items():
            if name == "mimetype":
                raise ValueError("mimetype is written by zip_parts itself")
            archive.writestr(_info(name, stamp, zipfile.ZIP_DEFLATED), data)
    return buffer.getvalue()


def _info(name: str, stamp: tuple[int, ...], compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = compression
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    return info


def read_parts(data: bytes) -> dict[str, bytes]:
    """Every entry of an EPUB by name, in archive order (for tests and comparisons)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}
