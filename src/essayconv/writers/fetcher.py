"""A WeasyPrint URL fetcher that serves our own styles directory and refuses everything else."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import URLFetcher, URLFetcherResponse

from .html import STYLES

MEDIA_TYPES = {".css": "text/css", ".ttf": "font/ttf", ".otf": "font/otf",
               ".woff": "font/woff", ".woff2": "font/woff2", ".svg": "image/svg+xml",
               ".png": "image/png"}


class ResourceRefused(ValueError):
    """A document asked for a resource outside essayconv's styles directory."""


class StylesFetcher(URLFetcher):
    """Fetch file: URLs inside the styles directory; raise ResourceRefused for any other URL."""

    def __init__(self, root: Path = STYLES):
        super().__init__(allowed_protocols=("file",), fail_on_errors=True)
        self.root = root.resolve()

    def resolve(self, url: str) -> Path:
        """The local file a URL names, if it is a file: URL inside the root; else refuse."""
        parts = urlsplit(url)
        if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
            raise ResourceRefused(f"refusing to load {url}: only essayconv's own styles")
        path = Path(unquote(parts.path)).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            raise ResourceRefused(f"refusing to load {url}: not in {self.root}")
        return path

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        path = self.resolve(url)
        media = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")
        response = URLFetcherResponse(path.as_uri(), path.read_bytes(),
                                      {"Content-Type": media})
        if media == "text/css":
            response.headers.set_param("charset", "utf-8")
        return response
