"""The repository stands alone: no tracked file reads or links the folder beside it named `shared`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
THIS = Path(__file__).resolve()
# Built from parts so that this file does not match itself.
SHARED = "shared"
NEEDLES = ("../" + SHARED, "..\\" + SHARED, 'parent / "' + SHARED + '"', "parent / '" + SHARED + "'")


def tracked_files() -> list[Path]:
    try:
        run = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / name for name in run.stdout.decode("utf-8").split("\0") if name]


def test_no_tracked_file_refers_to_the_shared_folder_beside_the_repository():
    files = tracked_files()
    assert len(files) > 50
    found = []
    for path in files:
        if path.resolve() == THIS or not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", "replace")
        for number, line in enumerate(text.splitlines(), 1):
            if any(needle in line for needle in NEEDLES):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "files refer to the folder beside the repository (use docs/ instead):\n" + "\n".join(found)


def test_the_project_documents_itself():
    for name in ("design.md", "interface.md"):
        assert (ROOT / "docs" / name).is_file(), name
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/design.md" in readme and "docs/interface.md" in readme
