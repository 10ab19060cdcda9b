"""`python -m extract FILE [FILE ...]`: one JSON line per file, in input order."""

from __future__ import annotations

import argparse
import json
import sys

from .extractor import extract_file


def main(argv: list[str] | None = None) -> int:
    """Print one JSON object per input file; exit 2 if any file could not be read."""
    parser = argparse.ArgumentParser(
        prog="python -m extract",
        description="Extract sourced trade and investment figures from news articles.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help=".txt, .md, .html, .pdf or .docx")
    args = parser.parse_args(argv)
    status = 0
    for name in args.files:
        try:
            result = extract_file(name)
        except Exception as exc:  # the contract promises a line per file, never a traceback
            result = None
            error = f"internal error while extracting ({type(exc).__name__}: {exc})"
        else:
            error = result.error
        if result is None or error:
            status = 2
            print(f"extract: {name}: {error}", file=sys.stderr)
            line = {
                "source": name,
                "title": None,
                "date": None,
                "countries": [],
                "facts": [],
                "agreements": [],
                "error": error,
            }
        else:
            line = result.to_line()
            for warning in result.warnings:
                # Not a failure (the exit status stays 0), but worth a person's attention.
                print(f"extract: {name}: note: {warning}", file=sys.stderr)
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
