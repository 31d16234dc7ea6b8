#!/usr/bin/env python3
"""Draws the app's icons into web/icons/: the scalable icon (icon.svg, also the favicon) and the
PNGs a web app manifest needs (192 and 512 px, and a maskable 512 px whose drawing keeps to the
safe circle in its middle 80 %). The PNGs are committed; run this again (it needs Pillow) only
when the drawing changes.

The drawing: four rising steps, the method's four steps, white on the app's accent blue."""
import os

from PIL import Image, ImageDraw

ACCENT = (31, 95, 191)  # --c-accent, #1f5fbf
WHITE = (255, 255, 255)
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "web", "icons")

# The steps in a 100 × 100 box: x, width, height of each bar, standing on one baseline.
BARS = [(22, 12, 18), (38, 12, 30), (54, 12, 42), (70, 12, 54)]
BASE = 76


def svg():
    bars = "".join(
        f'<rect x="{x}" y="{BASE - h}" width="{w}" height="{h}" rx="2"/>' for x, w, h in BARS
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<rect width="100" height="100" rx="20" fill="#1f5fbf"/>'
        f'<g fill="#fff">{bars}</g></svg>\n'
    )


def png(size, maskable):
    # Drawn four times larger, then scaled down: smooth edges without an antialiasing drawer.
    big = size * 4
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    unit = big / 100
    if maskable:
        # Full bleed; the steps shrink to 70 % around the centre, inside the safe circle.
        d.rectangle([0, 0, big, big], fill=ACCENT)
        scale, shift = 0.7, 15
    else:
        d.rounded_rectangle([0, 0, big - 1, big - 1], radius=20 * unit, fill=ACCENT)
        scale, shift = 1.0, 0
    for x, w, h in BARS:
        x0 = (shift + x * scale) * unit
        y0 = (shift + (BASE - h) * scale) * unit
        x1 = (shift + (x + w) * scale) * unit
        y1 = (shift + BASE * scale) * unit
        d.rounded_rectangle([x0, y0, x1, y1], radius=2 * scale * unit, fill=WHITE)
    return img.resize((size, size), Image.LANCZOS)


os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "icon.svg"), "w", encoding="ascii") as f:
    f.write(svg())
png(192, False).save(os.path.join(OUT, "icon-192.png"), optimize=True)
png(512, False).save(os.path.join(OUT, "icon-512.png"), optimize=True)
png(512, True).save(os.path.join(OUT, "icon-maskable-512.png"), optimize=True)
print("icons written to", OUT)
