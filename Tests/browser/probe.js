// Measures a Rubricate report as laid out by the browser, for layout_check.py.
//
// check-html.sh injects this script into a COPY of a report (the report itself has no script
// and a policy that forbids one) and dumps the DOM; the script writes one JSON array of
// problems into <pre id="rubricate-probe">. Each problem is a short sentence naming the element.
//
// Layout:
//   - every list marker of an <ol> (its number, "10.", "11.") lies inside the box that clips
//     the list (an overflow:auto/hidden ancestor, else the page);
//   - every <text> of every <svg> lies inside the SVG's viewBox, no two <text>s overlap, no
//     label of a bar chart is cut short with "…";
//   - no arrow (path.edge or line.edge) of the comment network passes through a node
//     (circle.node) other than the two at its ends.
// Accessibility (our own rules; axe-core cannot be fetched here):
//   - <html lang="…"> is set;
//   - headings start at h1 and never skip a level going down (h2 → h4);
//   - every text has a contrast ratio of at least 4.5:1 with the background behind it
//     (3:1 for large text: 24 px, or 18.66 px bold), SVG text against the page;
//   - every <th> has a scope;
//   - every input, select, textarea and button has a label (a <label for>, a wrapping label,
//     aria-label or aria-labelledby);
//   - every <svg> has role="img" and a <title> or aria-label, and its figure or section holds
//     a text equivalent: a <table> or a .chart-data summary.
(function () {
  const problems = [];
  const describe = (element) => {
    let text = (element.textContent || "").trim().replace(/\s+/g, " ");
    if (text.length > 40) text = text.slice(0, 39) + "…";
    const id = element.id ? "#" + element.id : "";
    return `<${element.tagName.toLowerCase()}${id}> “${text}”`;
  };

  // ---- list markers -------------------------------------------------------------------------
  const clipOf = (element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (/(auto|hidden|scroll|clip)/.test(style.overflowX)) {
        const box = node.getBoundingClientRect();
        return box.left + parseFloat(style.borderLeftWidth || "0");
      }
    }
    return 0;
  };
  const measure = document.createElement("span");
  measure.style.cssText = "position:absolute;visibility:hidden;white-space:pre;left:0;top:0";
  document.body.appendChild(measure);
  for (const list of document.querySelectorAll("ol")) {
    const style = getComputedStyle(list);
    if (style.listStylePosition !== "outside" || style.display === "none") continue;
    const start = list.start || 1;
    let number = start;
    for (const item of list.children) {
      if (item.tagName !== "LI") continue;
      const itemStyle = getComputedStyle(item);
      measure.style.font = itemStyle.font;
      measure.textContent = `${number}. `;
      const markerWidth = measure.getBoundingClientRect().width;
      const left = item.getBoundingClientRect().left - markerWidth;
      const clip = clipOf(item);
      if (left < clip - 0.5) {
        problems.push(
          `list number ${number}. of ${describe(item)} is cut off: it starts ${(clip - left).toFixed(1)} px left of its box`
        );
      }
      number += 1;
    }
  }
  measure.remove();

  // ---- SVG ----------------------------------------------------------------------------------
  const overlap = (a, b) =>
    a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 &&
    a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
  document.querySelectorAll("svg").forEach((svg, svgIndex) => {
    const name = svg.getAttribute("aria-label") || `svg ${svgIndex + 1}`;
    const view = svg.viewBox.baseVal;
    const texts = [];
    for (const text of svg.querySelectorAll("text")) {
      const box = text.getBBox();
      if (box.width === 0 && box.height === 0) continue;
      texts.push({ text, box });
      if (box.x < view.x - 0.5 || box.y < view.y - 0.5 ||
          box.x + box.width > view.x + view.width + 0.5 ||
          box.y + box.height > view.y + view.height + 0.5) {
        problems.push(`${name}: text “${text.textContent}” is cut at the edge of the drawing`);
      }
      if (!svg.querySelector("path.edge") && text.textContent.includes("…")) {
        problems.push(`${name}: label “${text.textContent}” is cut short`);
      }
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (overlap(texts[i].box, texts[j].box)) {
          problems.push(
            `${name}: “${texts[i].text.textContent}” and “${texts[j].text.textContent}” overlap`
          );
        }
      }
    }
    // An arrow's own nodes are the ones nearest its two ends (it starts and stops at their rim).
    const nodes = [...svg.querySelectorAll("circle.node")].map((circle) => ({
      x: circle.cx.baseVal.value, y: circle.cy.baseVal.value, r: circle.r.baseVal.value,
      name: circle.textContent.trim(),
    }));
    const nearest = (p) => nodes.reduce((best, node) =>
      !best || Math.hypot(p.x - node.x, p.y - node.y) < Math.hypot(p.x - best.x, p.y - best.y) ? node : best, null);
    for (const edge of svg.querySelectorAll("path.edge, line.edge")) {
      const length = edge.getTotalLength();
      const ends = [nearest(edge.getPointAtLength(0)), nearest(edge.getPointAtLength(length))];
      for (const node of nodes) {
        if (ends.includes(node)) continue;
        for (let s = 0; s <= 100; s++) {
          const p = edge.getPointAtLength((length * s) / 100);
          if (Math.hypot(p.x - node.x, p.y - node.y) <= node.r + 1) {
            const title = edge.querySelector("title");
            problems.push(
              `${name}: the arrow “${title ? title.textContent : "?"}” passes through ${node.name}`
            );
            break;
          }
        }
      }
    }
    // A drawing must say what it shows.
    const labelled = svg.getAttribute("role") === "img" &&
      (svg.querySelector(":scope > title") || svg.getAttribute("aria-label"));
    if (!labelled) problems.push(`${name}: an <svg> without role="img" and a title`);
    const holder = svg.closest("figure") || svg.closest("section");
    if (!holder || !holder.querySelector("table, .chart-data")) {
      const scope = svg.closest("section");
      if (!scope || !scope.querySelector("table, .chart-data")) {
        problems.push(`${name}: a chart with no table or text summary of its numbers`);
      }
    }
  });

  // ---- accessibility --------------------------------------------------------------------------
  if (!document.documentElement.getAttribute("lang")) problems.push("<html> has no lang");
  let previous = 0;
  for (const heading of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    const level = Number(heading.tagName[1]);
    if (level > previous + 1) {
      problems.push(`heading ${describe(heading)} is h${level} after h${previous} (a level skipped)`);
    }
    previous = level;
  }
  for (const th of document.querySelectorAll("th")) {
    if (!th.getAttribute("scope")) problems.push(`table header ${describe(th)} has no scope`);
  }
  for (const control of document.querySelectorAll("input, select, textarea, button")) {
    if (control.type === "hidden") continue;
    const labelled = control.getAttribute("aria-label") || control.getAttribute("aria-labelledby") ||
      control.closest("label") || (control.id && document.querySelector(`label[for="${control.id}"]`)) ||
      (control.tagName === "BUTTON" && control.textContent.trim());
    if (!labelled) problems.push(`form control ${describe(control)} has no label`);
  }

  const parse = (colour) => {
    const m = colour.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const parts = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
  };
  const luminance = (c) => {
    const channel = (v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  };
  const blend = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const background = (element) => {
    const layers = [];
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      if (node instanceof SVGElement && node.tagName !== "svg") continue;
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour && colour.a > 0) {
        layers.push(colour);
        if (colour.a >= 1) break;
      }
    }
    let result = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) result = blend(layer, result);
    return result;
  };
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const element = node.parentElement;
    if (!element || seen.has(element)) continue;
    seen.add(element);
    if (element.closest("title, style, script, pre#rubricate-probe")) continue;
    const style = getComputedStyle(element);
    if (style.visibility === "hidden" || element.getClientRects().length === 0) continue;
    const isSVG = element instanceof SVGElement;
    const fill = parse(isSVG ? style.fill : style.color);
    if (!fill) continue;
    const back = background(element);
    const front = blend(fill, back);
    const a = luminance(front);
    const b = luminance(back);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize);
    const bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) {
      problems.push(
        `contrast ${ratio.toFixed(2)}:1 (needs ${needed}:1) for ${describe(element)}`
      );
    }
  }
  // Pseudo-element text (line numbers) is text a reader sees too.
  const numbered = document.querySelector(".ln[data-line]");
  if (numbered) {
    const style = getComputedStyle(numbered, "::before");
    const fill = parse(style.color);
    const back = background(numbered);
    if (fill) {
      const a = luminance(blend(fill, back));
      const b = luminance(back);
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < 4.5) problems.push(`contrast ${ratio.toFixed(2)}:1 (needs 4.5:1) for the line numbers`);
    }
  }

  const out = document.createElement("pre");
  out.id = "rubricate-probe";
  out.textContent = JSON.stringify(problems);
  document.body.appendChild(out);
})();
