"""What `store ingest` reads: files and addresses as given, and the article files inside folders.

A folder is read where it lies: hidden files and folders are passed over, and a link is
followed only to a file inside the folder, so a link to /etc/passwd is never stored.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from extract.documents import SUFFIXES
from extract.fetch import is_url


@dataclass(frozen=True)
class Skipped:
    """A file in a folder that is not read, and why."""

    path: Path
    reason: str


@dataclass
class Inputs:
    """Files and addresses to ingest, in order, with what the folders held that is not read."""

    items: list[Path | str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    hidden: int = 0


def gather(paths: list[str]) -> Inputs:
    """Files and addresses as given; a folder's article files (.txt, .md, .html, .pdf, .docx)."""
    inputs = Inputs()
    seen: set[Path] = set()
    for raw in paths:
        if is_url(raw):
            inputs.items.append(raw)
        elif Path(raw).is_dir():
            _gather_folder(Path(raw), inputs, seen)
        else:
            # A file named on the command line is read as named (a link included): the user chose it.
            inputs.items.append(Path(raw))
    return inputs


def _gather_folder(folder: Path, inputs: Inputs, seen: set[Path]) -> None:
    # A stack, not recursion (as os.walk does before Python 3.12): any depth of folders is fine.
    root = folder.resolve()
    stack = [folder]
    while stack:
        here = stack.pop()
        try:
            entries = sorted(os.scandir(here), key=lambda entry: entry.name)
        except OSError as exc:
            inputs.skipped.append(Skipped(here, f"cannot be read ({exc.strerror or exc})"))
            continue
        subfolders: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                inputs.hidden += 1
            elif entry.is_dir(follow_symlinks=False):
                subfolders.append(path)
            elif entry.is_symlink() and path.is_dir():
                # A link to a folder inside is read where that folder lies, once.
                if not path.resolve().is_relative_to(root):
                    inputs.skipped.append(Skipped(path, "links to a folder outside the folder"))
            elif entry.name.lower().endswith(SUFFIXES):
                reason = _unreadable_reason(path, root)
                if reason:
                    inputs.skipped.append(Skipped(path, reason))
                elif (real := path.resolve()) not in seen:  # a link to a file in the folder: read once
                    seen.add(real)
                    inputs.items.append(path)
        stack.extend(reversed(subfolders))


def _unreadable_reason(path: Path, root: Path) -> str | None:
    """Why a file in a folder is not read: a link out of it, a broken link, not a regular file."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root):
            return "links to a file outside the folder"
        if not target.exists():
            return "is a broken link"
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if not stat.S_ISREG(mode):
        return "is not a regular file"
    return None
