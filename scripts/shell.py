#!/usr/bin/env python3
"""Trunk post-build hook: the first screen, drawn before the WASM arrives.

Puts the templates of web/shell.html (the app's own first screen in each language, captured
from the running app by `cargo run -p crm-e2e --bin shell`, checked against it by the e2e
suite) and the script web/shell.js that draws the right one at the end of the page's body.
A phone on a slow connection then sees the header, the steps and the welcome within the first
second, where it saw a blank page until 0.5 MB of WASM had arrived; the app takes their place
when it mounts (`crm_planner::start`).

Runs before csp_hash.py, which hashes the script into the Content-Security-Policy. A release
build minifies the script with terser. Fails the build when either file is missing."""
import os
import re
import subprocess
import sys

from trunk_hook import read_index, staging_dir, write_index

staging = staging_dir("shell.py")
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(name):
    path = os.path.join(root, "web", name)
    if not os.path.isfile(path):
        sys.exit(f"shell.py: {path} is missing (cargo run -p crm-e2e --bin shell writes shell.html)")
    with open(path, encoding="utf-8") as f:
        return f.read()


templates = read("shell.html")
# The file's first lines are a comment for its readers; the page needs only the templates.
templates = re.sub(r"<!--.*?-->\s*", "", templates, flags=re.S).strip()
if templates.count("<template") < 3:
    sys.exit("shell.py: web/shell.html holds no templates for the three languages")
script = read("shell.js")
if os.environ.get("TRUNK_PROFILE") == "release":
    terser = os.path.join(root, "tools", "node_modules", ".bin", "terser")
    if not os.access(terser, os.X_OK):
        sys.exit("shell.py: terser is missing from tools/: run scripts/setup.sh")
    script = subprocess.run(
        [terser, "--compress", "--mangle"],
        input=script,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()

html = read_index(staging)
block = templates + "<script>" + script + "</script>"
# A minified page may leave out its closing tags: the end of the document is then the body's.
for tag in ("</body>", "</html>"):
    if tag in html:
        html = html.replace(tag, block + tag, 1)
        break
else:
    html = html.rstrip() + block
write_index(staging, html)
print(f"shell.py: the first screen's {templates.count('<template')} templates and its script added")
