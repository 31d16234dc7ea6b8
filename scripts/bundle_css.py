#!/usr/bin/env python3
"""Trunk post-build hook: joins the stylesheets Trunk wrote (main.css and one per step) into one
file, in the order index.html lists them, and links that one file instead.

One file is one request on a phone's slow first load instead of seven, and gzip compresses the
shared vocabulary of the rules once: the seven minified files come to about 14 KB gzip apart and
about 10 KB together. The sources stay one stylesheet per step.

Fails the build when index.html links no stylesheet, or when a linked file is missing."""
import base64
import hashlib
import os
import re
import sys

from trunk_hook import read_index, staging_dir, write_index

staging = staging_dir("bundle_css.py")
html = read_index(staging)

# Trunk writes each stylesheet as <link href=... integrity=... rel=stylesheet>, its attributes
# quoted or not (minified): match any <link> whose rel is stylesheet.
LINK = re.compile(r"<link\b[^>]*\brel=[\"']?stylesheet[\"']?[^>]*>")
HREF = re.compile(r"\bhref=(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))")
links = LINK.findall(html)
if not links:
    sys.exit("bundle_css.py: index.html links no stylesheet")

parts = []
prefix = None
for link in links:
    m = HREF.search(link)
    if not m:
        sys.exit(f"bundle_css.py: a stylesheet link without href: {link}")
    href = next(g for g in m.groups() if g is not None)
    name = os.path.basename(href)
    if prefix is None:
        prefix = href[: len(href) - len(name)]
    css_path = os.path.join(staging, name)
    if not os.path.isfile(css_path):
        sys.exit(f"bundle_css.py: {name} is linked but was not built")
    with open(css_path, encoding="utf-8") as f:
        parts.append(f.read())
    os.remove(css_path)

bundle = "\n".join(parts).encode("utf-8")
digest = hashlib.sha384(bundle).digest()
name = f"app-{hashlib.sha256(bundle).hexdigest()[:16]}.css"
with open(os.path.join(staging, name), "wb") as f:
    f.write(bundle)
integrity = "sha384-" + base64.b64encode(digest).decode("ascii")
tag = f'<link rel="stylesheet" href="{prefix}{name}" integrity="{integrity}">'

# The first link becomes the bundle's; the others go.
first = html.index(links[0])
html = html[:first] + tag + html[first + len(links[0]):]
for link in links[1:]:
    html = html.replace(link, "", 1)
write_index(staging, html)
print(f"bundle_css.py: {len(links)} stylesheets joined into {name} ({len(bundle)} B)")
