#!/usr/bin/env python3
"""Trunk post-build hook: hashes the page's inline scripts (Trunk's loader, and the script that
draws the first screen, added by shell.py) and puts the hashes into the Content-Security-Policy
meta tag, so the policy needs no 'unsafe-inline'.

Fails the build when the placeholder or the loader is missing."""
import base64
import hashlib
import re
import sys

from trunk_hook import read_index, staging_dir, write_index

staging = staging_dir("csp_hash.py")
html = read_index(staging)

inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
if not inline:
    sys.exit("csp_hash.py: no inline loader script found in index.html")
hashes = []
for body in inline:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    hashes.append("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
if "__LOADER_HASH__" not in html:
    sys.exit("csp_hash.py: the CSP placeholder __LOADER_HASH__ is missing from index.html")
html = html.replace("__LOADER_HASH__", " ".join(hashes))
write_index(staging, html)
print(f"csp_hash.py: {len(hashes)} inline script(s) hashed into the CSP")
