"""Small charts drawn as inline SVG strings.

Why hand-written SVG: the report must open with no network, so nothing may be
loaded from elsewhere. A JavaScript charting library would have to be inlined
(hundreds of kilobytes, and a page that draws nothing when scripts are off);
matplotlib is a heavy import and makes large, hard-to-style SVG. Bars, tiles
and labels are a few dozen lines of SVG that any browser, e-mail client or
print dialog draws the same, and each mark carries a <title> tooltip.

Every string that came from an article goes through ``esc``.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

CHAR_WIDTH = 6.6  # average width of a 12px sans-serif character, for fitting labels
ROW_HEIGHT = 22
BAR_HEIGHT = 14


def esc(text: object) -> str:
    """Text safe inside an element or a quoted attribute."""
    return html.escape(str(text), quote=True)


def fit(text: str, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` pixels."""
    chars = max(1, int(width / CHAR_WIDTH))
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def _svg(kind: str, width: float, height: float, label: str, body: list[str]) -> str:
    return (
        f'<svg class="chart" data-chart="{esc(kind)}" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="{esc(label)}">'
        + "".join(body)
        + "</svg>"
    )


def _text(x: float, y: float, text: str, anchor: str = "start", cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{klass}>{esc(text)}</text>'


@dataclass(frozen=True)
class Bar:
    """One row of a horizontal bar chart."""

    label: str
    value: float
    colour: str
    value_text: str
    tooltip: str


def bar_chart(kind: str, bars: Sequence[Bar], label: str, width: int = 560, label_width: int = 190) -> str:
    """Horizontal bars from zero, scaled to the largest value (counts)."""
    peak = max((b.value for b in bars), default=0.0) or 1.0
    plot = width - label_width - 50
    body = []
    for i, item in enumerate(bars):
        y = i * ROW_HEIGHT + 4
        length = max(1.0, item.value / peak * plot)
        body.append(_text(label_width - 8, y + BAR_HEIGHT - 3, fit(item.label, label_width - 12), "end"))
        body.append(f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
                    f'fill="{esc(item.colour)}"><title>{esc(item.tooltip)}</title></rect>')
        body.append(_text(label_width + length + 5, y + BAR_HEIGHT - 3, item.value_text, cls="value"))
    return _svg(kind, width, max(1, len(bars)) * ROW_HEIGHT + 8, label, body)


def diverging_chart(kind: str, bars: Sequence[Bar], label: str, left: str, right: str,
                    width: int = 560, label_width: int = 150) -> str:
    """Horizontal bars on a -1..1 scale from a centre line: negative left, positive right."""
    plot = width - label_width - 20
    centre = label_width + plot / 2
    half = plot / 2 - 40  # room for the value text beyond the longest bar
    axis_y = len(bars) * ROW_HEIGHT + 8
    body = [f'<line class="axis" x1="{centre:.1f}" y1="0" x2="{centre:.1f}" y2="{axis_y}"/>']
    for i, item in enumerate(bars):
        y = i * ROW_HEIGHT + 4
        value = max(-1.0, min(1.0, item.value))
        length = max(2.0, abs(value) * half)
        x = centre if value >= 0 else centre - length
        body.append(_text(label_width - 8, y + BAR_HEIGHT - 3, fit(item.label, label_width - 12), "end"))
        body.append(f'<rect x="{x:.1f}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
                    f'fill="{esc(item.colour)}"><title>{esc(item.tooltip)}</title></rect>')
        if value >= 0:
            body.append(_text(x + length + 5, y + BAR_HEIGHT - 3, item.value_text, cls="value"))
        else:
            body.append(_text(x - 5, y + BAR_HEIGHT - 3, item.value_text, "end", cls="value"))
    body.append(_text(centre - 8, axis_y + 16, f"← {left}", "end", cls="axis-label"))
    body.append(_text(centre + 8, axis_y + 16, f"{right} →", cls="axis-label"))
    return _svg(kind, width, axis_y + 24, label, body)


@dataclass(frozen=True)
class Series:
    """One panel of a column chart: a name, a colour and one value per period."""

    name: str
    colour: str
    values: Sequence[int]


def column_panels(kind: str, periods: Sequence[str], series: Sequence[Series], label: str,
                  width: int = 560, panel_height: int = 90) -> str:
    """Stacked panels of vertical columns sharing one time axis, one panel per series.

    Separate panels rather than side-by-side columns: quotes outnumber articles
    many times over, and a shared scale would flatten the articles to nothing.
    """
    left, right = 46, 10
    plot = width - left - right
    step = min(64.0, plot / max(1, len(periods)))  # a few periods make columns, not slabs
    gap = min(4.0, step * 0.2)
    every = max(1, int(len(periods) * 58 / plot) + 1)  # label every n-th period so labels never overlap
    body = []
    top = 0.0
    for one in series:
        peak = max(one.values, default=0) or 1
        body.append(_text(left, top + 12, one.name, cls="panel-title"))
        base = top + 18 + panel_height
        body.append(f'<line class="axis" x1="{left}" y1="{base:.1f}" x2="{width - right}" y2="{base:.1f}"/>')
        body.append(_text(left - 6, top + 24, str(peak), "end", cls="value"))
        body.append(_text(left - 6, base, "0", "end", cls="value"))
        for i, (period, value) in enumerate(zip(periods, one.values, strict=True)):
            height = value / peak * panel_height
            x = left + i * step + gap / 2
            body.append(f'<rect x="{x:.1f}" y="{base - height:.1f}" width="{max(1.0, step - gap):.1f}" '
                        f'height="{height:.1f}" fill="{esc(one.colour)}">'
                        f'<title>{esc(f"{period}: {value} {one.name.lower()}")}</title></rect>')
        top = base + 8
    for i, period in enumerate(periods):
        if i % every == 0:
            body.append(_text(left + (i + 0.5) * step, top + 8, period, "middle", cls="tick"))
    return _svg(kind, width, top + 16, label, body)


@dataclass(frozen=True)
class Stripe:
    """One city inside a state's tile."""

    colour: str
    tooltip: str


def tile_map(kind: str, tiles: Mapping[str, tuple[int, int]], stripes: Mapping[str, Sequence[Stripe]],
             label: str, size: int = 42, gap: int = 4) -> str:
    """A tile-grid map of US states; a state with cities is split into one stripe per city.

    A tile grid needs no geodata and gives every state the same room, so a
    small state with a big city (DC, Massachusetts) stays visible.
    """
    rows = max((r for r, _ in tiles.values()), default=0) + 1
    cols = max((c for _, c in tiles.values()), default=0) + 1
    body = []
    for code, (row, col) in sorted(tiles.items()):
        x, y = col * (size + gap), row * (size + gap)
        cities = stripes.get(code, ())
        if not cities:
            body.append(f'<rect class="tile" x="{x}" y="{y}" width="{size}" height="{size}"/>')
            body.append(_text(x + size / 2, y + size / 2 + 4, code, "middle", cls="tile-code"))
            continue
        width = size / len(cities)
        for i, stripe in enumerate(cities):
            body.append(f'<rect class="city" x="{x + i * width:.1f}" y="{y}" width="{width:.1f}" '
                        f'height="{size}" fill="{esc(stripe.colour)}">'
                        f"<title>{esc(stripe.tooltip)}</title></rect>")
        body.append(_text(x + size / 2, y + size / 2 + 4, code, "middle", cls="tile-code on"))
    return _svg(kind, cols * (size + gap) - gap, rows * (size + gap) - gap, label, body)


def empty(kind: str, message: str, width: int = 560) -> str:
    """A chart with nothing to draw says so, in the chart's place."""
    return _svg(kind, width, 40, message, [_text(width / 2, 24, message, "middle", cls="empty")])
