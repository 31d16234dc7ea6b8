#!/usr/bin/env python3
"""Trunk post-build hook, release builds only: minifies what Trunk leaves as written.

- wasm-bindgen's JS glue, with terser (tools/node_modules): 58 KB to 27 KB, 9.7 KB gzip to 7.5.
- the language catalogs in i18n/, whose committed form is indented for review: whitespace out.
- the inline module script of index.html (it starts the app and registers the service worker),
  which Trunk's HTML minifier leaves as written: with terser, 1 KB to 0.6 KB.

A debug build (`trunk serve` without --release) keeps them readable. Fails the build when terser
is missing or fails, so a release never ships half-done."""
import glob
import json
import os
import re
import subprocess
import sys

from trunk_hook import read_index, staging_dir, write_index

staging = staging_dir("minify_release.py")
if os.environ.get("TRUNK_PROFILE") != "release":
    sys.exit(0)

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
terser = os.path.join(root, "tools", "node_modules", ".bin", "terser")
if not os.access(terser, os.X_OK):
    sys.exit("minify_release.py: terser is missing from tools/: run scripts/setup.sh")

glue = [p for p in glob.glob(os.path.join(staging, "*.js"))]
if len(glue) != 1:
    sys.exit(f"minify_release.py: expected one JS glue file, found {len(glue)}")
before = os.path.getsize(glue[0])
subprocess.run(
    [terser, glue[0], "--module", "--compress", "--mangle", "--output", glue[0]],
    check=True,
)
print(f"minify_release.py: {os.path.basename(glue[0])} {before} B -> {os.path.getsize(glue[0])} B")

for path in glob.glob(os.path.join(staging, "i18n", "*.json")):
    with open(path, encoding="utf-8") as f:
        texts = json.load(f)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(texts, f, ensure_ascii=False, separators=(",", ":"))

html = read_index(staging)
MODULE = re.compile(r"(<script type=\"?module\"?>)(.*?)(</script>)", flags=re.S)


def minify_module(match):
    out = subprocess.run(
        [terser, "--module", "--compress", "--mangle"],
        input=match.group(2),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return match.group(1) + out + match.group(3)


html, count = MODULE.subn(minify_module, html)
if count != 1:
    sys.exit(f"minify_release.py: expected one inline module script in index.html, found {count}")
write_index(staging, html)
