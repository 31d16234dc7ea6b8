#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema with Python's jsonschema package: an independent
check (not the Rust code that wrote them) that exports and fixtures match the committed schema.

    validate_json.py SCHEMA FILE...
Exits 1 and names the file, the JSON path and the reason of every fault."""
import json
import sys

import jsonschema

if len(sys.argv) < 3:
    sys.exit("usage: validate_json.py SCHEMA FILE...")
with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)
bad = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
        bad += 1
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.path)
        print(f"{path}: {where or '.'}: {error.message}")
sys.exit(1 if bad else 0)
