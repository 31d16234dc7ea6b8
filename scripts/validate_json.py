#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema with Python's jsonschema package: an independent
check (not the Rust code that wrote them) that exports and fixtures match the committed schema.

    validate_json.py SCHEMA FILE...
Exits 1 and prints one line per fault: the file, the JSON path and the reason. Formats are
asserted (a "format": "date" must be a real date), as the app's importer checks them. A file
that is not strict JSON (NaN, Infinity, or an object naming the same key twice, which Python's
json module would otherwise let through silently) is a fault too. Many files are checked in one
run, with the schema read once."""
import json
import sys

import jsonschema


class NotStrictJson(ValueError):
    pass


def no_duplicate_keys(pairs):
    """An object's key/value pairs, as json.load gives them, to a dict; refuses a repeated key."""
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise NotStrictJson(f"duplicate key {key!r}")
        obj[key] = value
    return obj


def no_constant(name):
    raise NotStrictJson(f"{name} is not JSON")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=no_duplicate_keys, parse_constant=no_constant)


def main(argv):
    if len(argv) < 3:
        sys.exit("usage: validate_json.py SCHEMA FILE...")
    schema = load(argv[1])
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    bad = 0
    for path in argv[2:]:
        try:
            document = load(path)
        except (OSError, ValueError) as e:
            # ValueError covers json.JSONDecodeError, bad UTF-8 and NotStrictJson.
            bad += 1
            print(f"{path}: .: not a valid JSON file: {e}")
            continue
        for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path))):
            bad += 1
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.path)
            message = error.message
            if len(message) > 300:
                # jsonschema quotes the whole value: keep a line readable for a 20 000-character text.
                message = f"{message[:150]} … {message[-150:]}"
            print(f"{path}: {where or '.'}: {message}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
