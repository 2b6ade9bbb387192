#!/usr/bin/env python3
"""One name per type across the program (issue 20).

Two different structs named prith::TableColumn (one in the site, one in the
workbooks) were an ODR violation: the linker kept one inline constructor for
both layouts, and a sanitized build crashed. This check lists every type a
file under generator/ defines at namespace scope outside an anonymous
namespace (clang-format puts them at column 0; nested types are indented)
and fails, naming both files, when two files define the same qualified name.

Usage: odr_names_check.py SOURCE_DIR
"""
import os
import re
import sys

TYPE = re.compile(r"^(?:struct|class|union|enum(?:\s+class)?)\s+([A-Za-z_]\w*)\b(?!\s*;)")
NAMESPACE = re.compile(r"^namespace(?:\s+([\w:]+))?\s*\{")
CLOSE = re.compile(r"^\}")


def types_of(path):
    """(qualified name, line) of each type the file defines at namespace scope."""
    stack = []  # the namespaces open at column 0; None for an anonymous one
    found = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            opened = NAMESPACE.match(line)
            if opened:
                stack.append(opened.group(1))
                if line.rstrip().endswith("}"):  # namespace x {} on one line
                    stack.pop()
                continue
            if CLOSE.match(line) and stack and "namespace" in line:
                stack.pop()
                continue
            match = TYPE.match(line)
            if match and None not in stack:
                found.append(("::".join(n for n in stack if n) + "::" + match.group(1), number))
    return found


def main():
    root = os.path.join(sys.argv[1], "generator")
    seen = {}
    clashes = []
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(folder, name)
            for qualified, line in types_of(path):
                where = f"{os.path.relpath(path, sys.argv[1])}:{line}"
                if qualified in seen and not seen[qualified].startswith(os.path.relpath(path, sys.argv[1]) + ":"):
                    clashes.append(f"{qualified}: {seen[qualified]} and {where}")
                seen.setdefault(qualified, where)
    for clash in clashes:
        print("two types share one name (ODR violation): " + clash)
    print(f"{len(seen)} types, {len(clashes)} names defined twice")
    return 1 if clashes else 0


if __name__ == "__main__":
    sys.exit(main())
