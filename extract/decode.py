"""Bytes of a corpus file → Unicode text, with the encoding detected, or a clear refusal.

Reports of this genre arrive as UTF-8 (with or without a byte-order mark),
GB18030/GBK (Windows tools in China) or UTF-16 (Word exports). The order of
tries matters: UTF-8 is strict and almost never decodes GBK by accident, so it
goes first; UTF-16 is recognised by its BOM or by its NUL-byte pattern; GB18030,
a superset of GBK and GB2312, is the last resort. A file that holds NUL bytes
or control characters in quantity is binary and refused.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from hardtech_kg.errors import BinaryInput, EmptyInput, UndecodableInput

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)
# Share of control characters (other than tab, newline, carriage return, form
# feed) above which decoded "text" is taken for binary data.
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class Decoded:
    """A decoded file: its text (BOM removed, line ends as in the file) and how it was read."""

    text: str
    encoding: str
    bom: bool


def decode_bytes(data: bytes, path: Path | str = "<bytes>") -> Decoded:
    """Decode `data`, raising `EmptyInput`, `BinaryInput` or `UndecodableInput` with `path` named."""
    if not data.strip():
        raise EmptyInput(path, f"{len(data)} bytes" if data else "0 bytes")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(path, f"invalid {name} after its byte-order mark at byte {exc.start}") from exc
            return _checked(Decoded(text.lstrip("\ufeff"), name, True), path)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return _checked(Decoded(data.decode(utf16), utf16, False), path)
        except UnicodeDecodeError:
            pass
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(path, f"NUL byte at offset {nul}")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", False), path)
    except UnicodeDecodeError as utf8_error:
        try:
            return _checked(Decoded(data.decode("gb18030"), "gb18030", False), path)
        except UnicodeDecodeError:
            raise UndecodableInput(
                path, f"invalid UTF-8 at byte {utf8_error.start} and invalid GB18030"
            ) from utf8_error


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM: NUL bytes on one side only, each paired with an ASCII byte.

    CJK text in UTF-16 has few NULs (only its ASCII characters have them), but
    they all fall on one side of the code unit and the other side is printable
    ASCII; binary data has NULs on both sides or next to arbitrary bytes.
    """
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    for codec, zero_side in (("utf-16-le", 1), ("utf-16-be", 0)):
        units = [(sample[i], sample[i + 1]) for i in range(0, len(sample) - 1, 2)]
        zero = [u for u in units if u[zero_side] == 0]
        other_side_zero = sum(1 for u in units if u[1 - zero_side] == 0)
        if len(zero) < max(2, 0.02 * len(units)) or other_side_zero > 0.1 * len(zero):
            continue
        ascii_pairs = sum(1 for u in zero if u[1 - zero_side] in _ASCII_TEXT)
        if ascii_pairs >= 0.95 * len(zero):
            return codec
    return None


_ASCII_TEXT = frozenset([9, 10, 13, *range(32, 127)])


def _checked(decoded: Decoded, path: Path | str) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise EmptyInput(path, "only whitespace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if "\x00" in text or controls > _MAX_CONTROL_SHARE * len(text):
        raise BinaryInput(path, f"{controls} control characters in {len(text)} decoded characters")
    return decoded
