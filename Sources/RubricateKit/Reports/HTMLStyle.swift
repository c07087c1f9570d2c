/// The style sheet and page frame every Rubricate HTML file shares, so reports and the class
/// report look alike and stay self-contained (no fonts, images or scripts from anywhere).
enum HTMLStyle {
  /// Blocks every script, plugin and network request even if escaping ever failed: the pages
  /// need nothing but their own inline style sheet.
  static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"

  /// Opens a page: doctype, head with the title (escaped here) and the style sheet, `<body>`.
  static func pageStart(title: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="Rubricate">
    <title>\(HTMLEscape.text(title))</title>
    <style>
    \(css)</style>
    </head>
    <body>

    """
  }

  static let pageEnd = "</body>\n</html>\n"

  // Colours: claim support traffic-light (green / amber / red), citations blue or red, entries
  // underlined; chosen to stay readable when printed in grey scale (borders differ too).
  static let css = """
    :root { color-scheme: light; --ink: #1d2330; --muted: #5c6577; --line: #d8dce4; }
    * { box-sizing: border-box; }
    body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
      margin: 0 auto; padding: 1.5rem; max-width: 78rem; background: #fff; }
    h1 { font-size: 1.6rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); }
    h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    .total { font-size: 1.3rem; font-weight: 600; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
    th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top;
      overflow-wrap: break-word; }
    td.txt { overflow-wrap: anywhere; }
    th { background: #f3f5f8; }
    td.feedback p, td.feedback ul { margin: 0 0 .3rem; } td.feedback ul { padding-left: 1.2rem; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    tr.lowest td { background: #fff4f2; }
    .layout { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1.5rem; }
    @media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } }
    .text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1rem; line-height: 1.7;
      border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1rem 1rem 3.6rem;
      background: #fcfcfd; }
    .ln { display: block; position: relative; min-height: 1.7em; }
    .ln::before { content: attr(data-line); position: absolute; left: -3.2rem; width: 2.6rem;
      text-align: right; color: #6b7280; font-size: .8em; user-select: none; }
    aside { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
    aside ol { padding-left: 2.8em; margin: .2rem 0; }
    aside li { margin: .2rem 0; overflow-wrap: anywhere; }
    .note, .muted { color: var(--muted); font-size: .9em; }
    mark { background: none; color: inherit; padding: 0 1px; border-radius: 2px; }
    mark:target { outline: 3px solid #3b6fd8; }
    .claim-supported { background: #dcf3e3; }
    .claim-weak { background: #fdf0c8; }
    .claim-unsupported { background: #fbd9d5; }
    .overclaim { text-decoration: underline wavy #c0392b; }
    .cite-matched { border-bottom: 2px solid #3b6fd8; }
    .cite-unmatched { border-bottom: 2px dashed #c0392b; background: #fbd9d5; }
    .ref-cited { border-left: 3px solid #3b6fd8; }
    .ref-uncited { border-left: 3px solid #e08e0b; background: #fdf0c8; }
    .ref-problem { border-left: 3px solid #c0392b; text-decoration: underline dotted #c0392b; }
    .quote-missing { border-bottom: 2px dashed #c0392b; background: #fbd9d5; }
    .spelling { text-decoration: underline wavy #d35400; text-decoration-skip-ink: none; }
    .mechanics { text-decoration: underline dotted #8e44ad; text-decoration-thickness: 2px; }
    .booster { font-weight: 600; }
    .hedge { font-style: italic; }
    .evidence { border-bottom: 2px dotted #5c6577; }
    .boilerplate, .thread { color: #636b78; }
    .revised { background: #e6f4ea; border-bottom: 2px solid #2e7d32; }
    .quote { color: #37474f; font-style: italic; }
    .heading { font-weight: 600; }
    .legend span { display: inline-block; margin: 0 .6rem .3rem 0; padding: 0 .3rem; }
    nav.views a { margin-right: .8rem; }
    .view { margin-bottom: 1rem; }
    .views:has(.view:target) .view:not(:target) { display: none; }
    .views:not(:has(.view:target)) .view:not(:first-child) { display: none; }
    svg { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
    svg .bar { fill: #3b6fd8; }
    svg .bar.low { fill: #c0392b; }
    svg .axis { stroke: #5c6577; stroke-width: 1; }
    svg .edge { stroke: #8a94a6; stroke-width: 1.2; fill: none; }
    svg .edge-label { font-size: 10px; fill: #1d2330; stroke: #fff; stroke-width: 3px;
      paint-order: stroke; stroke-linejoin: round; }
    svg .node { fill: #fff; stroke: #3b6fd8; stroke-width: 2; }
    .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; }
    figure { margin: 0; }
    figcaption { font-weight: 600; margin-bottom: .2rem; }
    .chart-data { font-size: .85em; color: var(--muted); margin: .1rem 0 0; }
    .attention li { margin: .15rem 0; overflow-wrap: anywhere; }
    @page { margin: 14mm 12mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      nav { display: none; }
      .layout { display: block; }
      aside { position: static; max-height: none; overflow: visible; }
      aside ol { padding-left: 2.8em; }
      .text { border: none; background: none; padding: 0 0 0 3.2rem; font-size: 10.5pt; }
      mark:target { outline: none; }
      a { color: inherit; }
      h2, h3, figcaption { break-after: avoid; }
      tr, li, figure, dl.facts, .ln { break-inside: avoid; }
      .charts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
      #attention { break-after: page; }
      #criteria th:nth-child(5) { width: 42%; }
    }

    """
}
