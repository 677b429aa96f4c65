"""extract.decode: encodings detected, bad files refused with the file named."""

from __future__ import annotations

import codecs

import pytest

from hardtech_kg.errors import BinaryInput, EmptyInput, UndecodableInput
from hardtech_kg.extract.decode import decode_bytes

SAMPLE = "第一部分 综述篇\n\n硬科技是指基于科学发现和技术发明之上的核心技术。5G、CAR-T 与 3D 打印。\n"


@pytest.mark.parametrize(
    "data, encoding, bom",
    [
        (SAMPLE.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8", True),
        (SAMPLE.encode("gbk"), "gb18030", False),
        (SAMPLE.encode("gb18030"), "gb18030", False),
        (SAMPLE.encode("utf-16"), "utf-16", True),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16", True),
        (SAMPLE.encode("utf-16-le"), "utf-16-le", False),
        (SAMPLE.encode("utf-16-be"), "utf-16-be", False),
    ],
)
def test_encodings_decode_to_the_same_text(data, encoding, bom):
    decoded = decode_bytes(data, "paper.txt")
    assert decoded.text == SAMPLE
    assert decoded.encoding == encoding
    assert decoded.bom is bom


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", "\u3000\n".encode("utf-8")])
def test_empty_file_is_refused(data):
    with pytest.raises(EmptyInput, match="paper.txt: empty file"):
        decode_bytes(data, "paper.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        bytes(range(256)) * 16,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00\xff" * 300,
    ],
)
def test_binary_file_is_refused(data):
    with pytest.raises(BinaryInput, match="figure.txt: binary file"):
        decode_bytes(data, "figure.txt")


def test_text_full_of_control_characters_is_binary():
    with pytest.raises(BinaryInput):
        decode_bytes(("\x01\x02\x03abc" * 100).encode("utf-8"), "x.txt")


def test_undecodable_bytes_are_refused():
    # Latin-1 "café …": invalid UTF-8, and 0xE9 followed by a space is invalid GB18030.
    data = "café au lait, naïve résumé ".encode("latin-1") * 10
    with pytest.raises(UndecodableInput, match="latin.txt: undecodable text"):
        decode_bytes(data, "latin.txt")
