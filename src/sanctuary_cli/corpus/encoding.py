"""Bytes to text: UTF-8, else the encoding a detector names, else cp1252 or Latin-1.

Pages saved from older sites and exports from Windows tools are often cp1252
(curly quotes as bytes 0x91-0x94) or Latin-1. charset-normalizer names the
encoding that reads the bytes with the least noise, chosen among the legacy
encodings browsers support (the WHATWG Encoding Standard): left free, it
reads a short French sentence in Latin-1 as the DOS Baltic code page. On short
texts it often finds several that read them equally well (cp1250, cp1252 and
cp1257 all give "café" for the same bytes); then cp1252, by far the most
common of them on English pages, is taken. Latin-1 reads any bytes at all, so nothing is
replaced unless a declared encoding is wrong and nothing else fits.
"""

from __future__ import annotations

import codecs
import re

_FALLBACK = "cp1252"
# The legacy encodings of the WHATWG Encoding Standard, by Python's names ("windows-1252" is cp1252).
_WEB_ENCODINGS = [
    "cp866", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8",
    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "mac_roman",
    "mac_cyrillic", "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "cp1258", "gbk", "gb18030", "big5", "euc_jp", "iso2022_jp", "shift_jis", "euc_kr", "latin_1",
]
_LAST_RESORT = "latin-1"
# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first kilobytes, if Python knows it."""
    found = _META_CHARSET.search(data[:4096])
    return known_codec(found.group(1).decode("ascii")) if found else None


def known_codec(name: str | None) -> str | None:
    """Python's name for an encoding label, or None if it has none."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """The text, and a warning naming the encoding used when it was neither UTF-8 nor declared.

    Bytes that are valid UTF-8 are read as UTF-8 whatever the source declares:
    text in another encoding is almost never valid UTF-8 by chance, while pages
    that declare Latin-1 and are UTF-8 are common. Otherwise an encoding the
    source declares (an HTTP header, a <meta charset>) is tried first.
    """
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        where = f"invalid UTF-8 at byte {exc.start}"
    codec = known_codec(declared)
    if codec is not None:
        try:
            return data.decode(codec), None
        except UnicodeDecodeError:
            pass
    for candidate in (_detected(data), _FALLBACK):
        if candidate is None:
            continue
        try:
            return data.decode(candidate), f"{where}; read as {candidate}"
        except UnicodeDecodeError:
            continue
    return data.decode(_LAST_RESORT), f"{where}; read as {_LAST_RESORT}"  # any bytes are Latin-1


def _detected(data: bytes) -> str | None:
    """charset-normalizer's choice; cp1252 when it reads the bytes as well as the first choice."""
    from charset_normalizer import from_bytes  # imported only for text that is not UTF-8

    matches = list(from_bytes(data[:65536], cp_isolation=_WEB_ENCODINGS))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if (match.chaos, match.coherence) != (best.chaos, best.coherence):
            break
        if _FALLBACK in match.could_be_from_charset:
            return _FALLBACK
    return known_codec(best.encoding)
