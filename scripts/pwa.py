#!/usr/bin/env python3
"""Trunk post-build hook: what makes the app open with no network and install like an app.
Two stages, around csp_hash.py:

`pwa.py texts` (before the CSP hash, since it changes the loader):
  - puts a hash of the language catalogs into the loader (`__TEXTS__`), which asks for
    `i18n/<lang>.json?v=<hash>`: each version's texts have their own address, so a tab still
    open on an older version is never handed a newer version's texts;
  - writes a web app manifest per interface language, `manifest.<lang>.webmanifest`, its name
    and description taken from that language's catalog (the app links the interface's).

`pwa.py worker` (last, once index.html is final):
  - writes `sw.js` from web/sw.js with the list of every file of this build (the examples
    aside: they are kept when first opened) and a version that is a hash of all their bytes,
    so any change to any file is a new version, and an unchanged build is not.

Fails the build when a catalog, the app's name in it, or the loader's placeholder is missing."""
import glob
import hashlib
import json
import os
import sys

from trunk_hook import read_index, staging_dir, write_index

staging = staging_dir("pwa.py")
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
stage = sys.argv[1] if len(sys.argv) > 1 else ""
LANGS = ["en", "ru", "uz"]
# The home-screen label: the catalog's app name is too long under an icon.
SHORT_NAMES = {"en": "CRM Planner", "ru": "CRM-план", "uz": "CRM reja"}
THEME = "#1f5fbf"  # --c-accent
BACKGROUND = "#f6f7f9"  # --c-bg


def catalog(lang):
    path = os.path.join(staging, "i18n", f"{lang}.json")
    if not os.path.isfile(path):
        sys.exit(f"pwa.py: the catalog {path} is missing")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def texts_version():
    """A hash of the catalogs, the same in both stages."""
    digest = hashlib.sha256()
    for lang in LANGS:
        with open(os.path.join(staging, "i18n", f"{lang}.json"), "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()[:16]


def texts():
    html = read_index(staging)
    if "__TEXTS__" not in html:
        sys.exit("pwa.py: the loader's placeholder __TEXTS__ is missing (Trunk.toml)")
    version = texts_version()
    write_index(staging, html.replace("__TEXTS__", version))

    # The app's name and description are the first two texts of the catalog's Shell group
    # in English; the same places hold them in every language.
    english = catalog("en").get("Shell", [])
    try:
        name_at = english.index("CRM Implementation Planner")
    except ValueError:
        sys.exit("pwa.py: the app's name is not in the English catalog's Shell texts")
    for lang in LANGS:
        shell = catalog(lang)["Shell"]
        manifest = {
            "name": shell[name_at],
            "short_name": SHORT_NAMES[lang],
            "description": shell[name_at + 1],
            "lang": lang,
            "dir": "ltr",
            "id": "./",
            "start_url": "./",
            "scope": "./",
            "display": "standalone",
            "theme_color": THEME,
            "background_color": BACKGROUND,
            "icons": [
                {"src": "icons/icon.svg", "sizes": "any", "type": "image/svg+xml"},
                {"src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
                {"src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png"},
                {
                    "src": "icons/icon-maskable-512.png",
                    "sizes": "512x512",
                    "type": "image/png",
                    "purpose": "maskable",
                },
            ],
        }
        with open(os.path.join(staging, f"manifest.{lang}.webmanifest"), "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, separators=(",", ":"))
    print(f"pwa.py: texts version {version}, {len(LANGS)} manifests")


def worker():
    files = []
    for path in sorted(glob.glob(os.path.join(staging, "**", "*"), recursive=True)):
        if not os.path.isfile(path):
            continue
        rel = os.path.relpath(path, staging).replace(os.sep, "/")
        if rel == "sw.js" or rel.startswith("examples/"):
            continue
        files.append(rel)
    # The catalogs are asked for with their version in the address: cache them under it.
    texts = texts_version()
    if texts not in read_index(staging):
        sys.exit("pwa.py: the loader asks for no versioned catalog (run `pwa.py texts` first)")
    digest = hashlib.sha256()
    for rel in files:
        digest.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(staging, rel), "rb") as f:
            digest.update(f.read())
    version = digest.hexdigest()[:16]
    keys = [f"{rel}?v={texts}" if rel.startswith("i18n/") else rel for rel in files]
    with open(os.path.join(root, "web", "sw.js"), encoding="utf-8") as f:
        template = f.read()
    if "__VERSION__" not in template or "__FILES__" not in template:
        sys.exit("pwa.py: web/sw.js lacks __VERSION__ or __FILES__")
    body = template.replace("__VERSION__", version).replace("__FILES__", json.dumps(keys))
    with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
        f.write(body)
    print(f"pwa.py: sw.js version {version}, {len(keys)} files precached")


if stage == "texts":
    texts()
elif stage == "worker":
    worker()
else:
    sys.exit("pwa.py: say `texts` or `worker`")
