"""`python -m extract FILE [FILE ...]`: one JSON line per file, in input order."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from .extractor import extract_file, failure_reason
from .printable import printable, utf8_safe

log = logging.getLogger("extract")


def error_line(name: str, error: str) -> dict[str, object]:
    """The line of a file that could not be read: empty records and the reason."""
    return {
        "source": utf8_safe(name),
        "title": None,
        "date": None,
        "countries": [],
        "facts": [],
        "agreements": [],
        "error": error,
    }


def file_line(name: str) -> tuple[str, list[str], str | None]:
    """One file's JSON line (strict JSON: no NaN or Infinity), its notes, and its error if any."""
    result = extract_file(name)
    if result.error:
        return json.dumps(error_line(name, result.error), ensure_ascii=False), [], result.error
    line = result.to_line()
    line["source"] = utf8_safe(name)
    return json.dumps(line, ensure_ascii=False, allow_nan=False), result.warnings, None


def main(argv: list[str] | None = None) -> int:
    """Print one JSON object per input file; exit 2 if any file could not be read."""
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description="Extract sourced trade and investment figures from news articles.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help=".txt, .md, .html, .pdf or .docx")
    parser.add_argument("--debug", action="store_true", help="log the traceback of any internal error")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(name)s: %(message)s")
    if args.debug:  # only our own loggers: the database driver's debug output is not wanted
        for name in ("extract",):
            logging.getLogger(name).setLevel(logging.DEBUG)
    status = 0
    for name in args.files:
        shown = printable(name)
        try:
            line, notes, error = file_line(name)
        except Exception as exc:  # the contract promises a line per file, never a traceback
            log.debug("%s: writing its line failed", shown, exc_info=exc)
            error = failure_reason(exc)
            line, notes = json.dumps(error_line(name, error), ensure_ascii=False), []
        if error:
            status = 2
            print(f"extract: {shown}: {error}", file=sys.stderr)
        for note in notes:
            # Not a failure (the exit status stays 0), but worth a person's attention.
            print(f"extract: {shown}: note: {printable(note)}", file=sys.stderr)
        print(line, flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
