"""Bytes to text: UTF-8 (BOM or not), UTF-16/32, cp1251 or cp1252/latin-1, chosen by the shape
of the high bytes; stray invalid bytes in a UTF-8 file counted, binary content refused."""

from __future__ import annotations

import codecs
import re
import threading

#: A text that is not valid UTF-8 is still read as UTF-8 (each invalid byte replaced by U+FFFD,
#: and counted in the manifest) when it has at least this many valid multi-byte characters
#: per invalid byte: a stray byte in a UTF-8 file, not a file in another encoding (where
#: almost every high byte is invalid UTF-8).
UTF8_VALID_PER_INVALID = 10
#: Share of control characters above which decoded "text" is taken as binary.
#: Real text copies have none besides tab/newline; 1% tolerates a stray byte.
MAX_CONTROL_SHARE = 0.01


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16/32 (BOM or not), cp1251 or cp1252/latin-1.

    Returns ``(text, encoding)``. Raises :class:`DecodeError` for binary content.
    """
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc)), enc
            except UnicodeDecodeError as err:
                raise DecodeError(
                    f"starts with a {enc} byte-order mark but is not {enc}: {err.reason}"
                ) from None
    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return _check_text(data.decode(utf16)), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise DecodeError("binary content (NUL bytes), not text")
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if invalid_utf8(data) is not None:
        return _check_text(data.decode("utf-8", "replace")), "utf-8"
    enc = _cyrillic_or_western(data)
    return _check_text(data.decode(enc)), enc


_INVALID = threading.local()


def _record_invalid(err: UnicodeError) -> tuple[str, int]:
    """A codec error handler: "replace", remembering what was replaced."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    _INVALID.seen.append(err.object[err.start : err.end])
    return "\ufffd", err.end


codecs.register_error("workbench-replace", _record_invalid)


def invalid_sequences(data: bytes) -> tuple[str, ...]:
    """The byte sequences of ``data`` that are not UTF-8, in order, as ``\\x..`` escapes (one
    for each U+FFFD that ``data.decode("utf-8", "replace")`` gives)."""
    _INVALID.seen = []
    data.decode("utf-8", "workbench-replace")
    seen, _INVALID.seen = _INVALID.seen, []
    return tuple("".join(f"\\x{b:02x}" for b in seq) for seq in seen)


def invalid_utf8(data: bytes) -> int | None:
    """How many bytes of ``data`` are not UTF-8 when it is UTF-8 with a few stray bytes;
    None when it is not UTF-8 (or is valid UTF-8: 0)."""
    text = data.decode("utf-8", "surrogateescape")
    invalid = len(SURROGATE.findall(text))
    valid = len(NON_ASCII.findall(text)) - invalid
    return invalid if valid >= UTF8_VALID_PER_INVALID * invalid else None


SURROGATE = re.compile("[\udc80-\udcff]")
NON_ASCII = re.compile("[^\x00-\x7f]")


HIGH_BYTE = re.compile(rb"[\xc0-\xff]")
HIGH_RUN = re.compile(rb"[\xc0-\xff]{2,}")
#: Control characters other than tab, newline, vertical tab, form feed and carriage return.
CONTROL_CHAR = re.compile(r"[\x00-\x08\x0e-\x1f]")


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _cyrillic_or_western(data: bytes) -> str:
    """Choose between cp1251 and a Western 8-bit code page for non-UTF-8 bytes.

    In cp1251 text, bytes >= 0xC0 are Cyrillic letters and come in runs (whole
    words); in Western text they are accented letters scattered among ASCII.
    """
    n_high = len(HIGH_BYTE.findall(data))
    if n_high == 0:
        return _western(data)
    in_runs = sum(map(len, HIGH_RUN.findall(data)))  # high bytes next to another high byte
    if in_runs / n_high > 0.5:
        try:
            data.decode("cp1251")
            return "cp1251"
        except UnicodeDecodeError:  # 0x98 is undefined in cp1251
            pass
    return _western(data)


def _western(data: bytes) -> str:
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8D, ... are undefined in cp1252
        return "latin-1"


def _check_text(text: str) -> str:
    if text:
        control = len(CONTROL_CHAR.findall(text))
        if control > MAX_CONTROL_SHARE * len(text):
            raise DecodeError(f"binary content ({control} control characters), not text")
    return text
