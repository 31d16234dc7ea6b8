"""What Trunk's post-build hooks (bundle_css.py, minify_release.py, csp_hash.py) share: the
staging directory Trunk hands them, and its index.html."""
import os
import sys


def staging_dir(script):
    """The directory Trunk stages the build in; ends `script` with a message outside Trunk."""
    staging = os.environ.get("TRUNK_STAGING_DIR")
    if not staging:
        sys.exit(f"{script}: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)")
    return staging


def read_index(staging):
    """The staged index.html."""
    with open(os.path.join(staging, "index.html"), encoding="utf-8") as f:
        return f.read()


def write_index(staging, html):
    """Replaces the staged index.html."""
    with open(os.path.join(staging, "index.html"), "w", encoding="utf-8") as f:
        f.write(html)
