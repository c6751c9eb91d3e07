"""Inputs named by URL (http, https): a crawl's WARC files read straight from where they are published.

The body is streamed, never saved: a 1 GB CC-NEWS archive goes through the WARC reader in constant memory,
as a local file does. The kind comes from the URL's path (`.warc.gz`, `.jsonl`, `.html`) or from the first
bytes, as for files. A URL that cannot be fetched becomes an `unreadable` error record like a missing file.
"""

from __future__ import annotations

import io
import urllib.request
from urllib.parse import urlsplit

SCHEMES = ("http://", "https://")
TIMEOUT = 60.0
"""Seconds without a byte from the server before a read gives up (a stalled download is an error)."""


def is_url(path: str) -> bool:
    return path.lower().startswith(SCHEMES)


def url_name(url: str) -> str:
    """The path part of a URL, for telling its kind by name (query and fragment left out)."""
    return urlsplit(url).path


class _Download(io.RawIOBase):
    """An HTTP response body as a raw stream that knows its position (the WARC reader asks for it) and can
    seek forward by reading; a backward seek is refused, as the body is never kept."""

    def __init__(self, response):
        self._response, self._position = response, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = self._response.readinto(buffer)
        self._position += count
        return count

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = offset if whence == io.SEEK_SET else self._position + offset if whence == io.SEEK_CUR else -1
        if target < self._position:
            raise io.UnsupportedOperation("a download can only be read forward")
        while self._position < target and self.read(min(target - self._position, 1 << 20)):
            pass
        return self._position

    def close(self) -> None:
        self._response.close()
        super().close()


def open_url(url: str, timeout: float = TIMEOUT) -> io.BufferedReader:
    """A buffered, peekable stream of the body at `url` (raises OSError when it cannot be fetched)."""
    request = urllib.request.Request(url, headers={"User-Agent": "dateline"})
    return io.BufferedReader(_Download(urllib.request.urlopen(request, timeout=timeout)), buffer_size=1 << 20)
