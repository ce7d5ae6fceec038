package dev.newsnlp.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders report.html: one static page, inline CSS and SVG, nothing fetched from the network, no script.
 * Sections: headline numbers, the funnel, drop reasons, kept-text share, time per stage, top entities by
 * type, top stories by sites and entities by stories, top speakers, sites, failures.
 */
public final class ReportHtml {
  static final String KEPT = "#2a9d8f";
  static final String DROPPED = "#e9a23b";
  static final String FAILED = "#d1495b";
  static final String NEUTRAL = "#577590";
  static final String[] TYPE_COLORS = {"#3d5a80", "#2a9d8f", "#8d5a97", "#e07a5f", "#6c757d", "#588157"};

  /** What the page shows about the run beyond the table numbers. */
  public record RunInfo(String title, String input, String output, String runner, String state,
      double wallSeconds, long tokens, Map<String, Double> stageSeconds) {}

  private ReportHtml() {}

  @SuppressWarnings("unchecked")
  public static String render(Map<String, Object> data, RunInfo run) {
    Map<String, Object> pages = (Map<String, Object>) data.getOrDefault("pages", Map.of());
    long read = num(pages.get("read"));
    long kept = num(pages.get("kept"));
    long dropped = num(pages.get("dropped"));
    long failed = num(pages.get("failed"));
    long filesFailed = num(pages.get("files_failed"));

    StringBuilder h = new StringBuilder(16_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(run.title())).append("</title><style>").append(CSS).append("</style></head><body>\n");
    h.append("<header><h1>").append(esc(run.title())).append("</h1><p class=\"sub\">")
        .append(esc(run.state())).append(" · ").append(esc(run.runner())).append(" · ")
        .append(String.format(Locale.ROOT, "%.1f s", run.wallSeconds())).append("<br><span class=\"path\">")
        .append(esc(run.input())).append(" → ").append(esc(run.output())).append("</span></p></header>\n");

    // Headline numbers.
    h.append("<section class=\"kpis\">");
    kpi(h, "pages read", read, null);
    kpi(h, "kept", kept, KEPT);
    kpi(h, "dropped", dropped, DROPPED);
    kpi(h, "failed", failed, FAILED);
    kpi(h, "files unreadable", filesFailed, filesFailed > 0 ? FAILED : null);
    if (run.wallSeconds() > 0) {
      kpiText(h, "pages/s", String.format(Locale.ROOT, "%.2f", read / run.wallSeconds()));
      kpiText(h, "tokens/s", String.format(Locale.ROOT, "%,.0f", run.tokens() / run.wallSeconds()));
    }
    h.append("</section>\n");

    // Funnel and drop reasons.
    h.append("<section class=\"row\"><div class=\"card wide\"><h2>Funnel</h2>");
    List<Bar> funnel = List.of(new Bar("pages read", read, NEUTRAL), new Bar("kept", kept, KEPT),
        new Bar("dropped", dropped, DROPPED), new Bar("failed", failed, FAILED));
    h.append(hbars(funnel, read, 560));
    h.append("<p class=\"note\">Every page read ends kept, dropped (with a reason) or failed (with a row in <code>failures</code>)")
        .append(read == kept + dropped + failed ? ": the accounting closes." : ": <b class=\"bad\">the accounting does not close.</b>")
        .append("</p></div>");
    Map<String, Object> reasons = (Map<String, Object>) data.getOrDefault("drop_reasons", Map.of());
    List<Bar> reasonBars = new ArrayList<>();
    reasons.forEach((k, v) -> reasonBars.add(new Bar(k, num(v), DROPPED)));
    reasonBars.sort((a, b) -> Long.compare(b.value(), a.value()));
    h.append("<div class=\"card\"><h2>Why pages were dropped</h2>")
        .append(reasonBars.isEmpty() ? "<p class=\"empty\">No page was dropped.</p>" : hbars(reasonBars, max(reasonBars), 330))
        .append("</div></section>\n");

    // Kept share and time per stage.
    long[] deciles = deciles(data.get("kept_share_deciles"));
    h.append("<section class=\"row\"><div class=\"card\"><h2>Share of each kept page that is article</h2>")
        .append(histogram(deciles))
        .append("<p class=\"note\">Characters kept ÷ characters read, per kept page: the noise removed before NLP.</p></div>");
    List<Bar> stages = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Double> e : run.stageSeconds().entrySet()) {
      stages.add(new Bar(e.getKey(), Math.round(e.getValue() * 10), TYPE_COLORS[i++ % TYPE_COLORS.length]));
    }
    h.append("<div class=\"card\"><h2>Where the time went</h2>")
        .append(stages.isEmpty() ? "<p class=\"empty\">No timing (the launcher did not wait for the job).</p>"
            : stackedBar(stages, 420) + stageTable(run.stageSeconds()))
        .append("</div></section>\n");

    // Entities and speakers.
    Map<String, Object> entities = (Map<String, Object>) data.getOrDefault("top_entities", Map.of());
    h.append("<section><h2 class=\"section\">Top entities by type <span class=\"hint\">(mentions; numbers, dates and titles left out)</span></h2><div class=\"grid\">");
    int t = 0;
    for (String type : orderedTypes(entities)) {
      List<Bar> bars = namedBars((List<Object>) entities.get(type), TYPE_COLORS[t++ % TYPE_COLORS.length]);
      h.append("<div class=\"card\"><h3>").append(esc(type)).append("</h3>").append(hbars(bars, max(bars), 300)).append("</div>");
    }
    if (entities.isEmpty()) {
      h.append("<p class=\"empty\">No entity mentions.</p>");
    }
    h.append("</div></section>\n");
    corpusSection(h, (List<Map<String, Object>>) data.getOrDefault("top_stories", List.of()),
        (List<Map<String, Object>>) data.getOrDefault("top_entities_by_stories", List.of()));
    List<Bar> speakers = namedBars((List<Object>) data.getOrDefault("top_speakers", List.of()), NEUTRAL);
    h.append("<section class=\"row\"><div class=\"card\"><h2>Top speakers (quotes)</h2>")
        .append(speakers.isEmpty() ? "<p class=\"empty\">No attributed quotes.</p>" : hbars(speakers, max(speakers), 330))
        .append("</div>");

    // Sites.
    List<Map<String, Object>> sites = (List<Map<String, Object>>) data.getOrDefault("sites", List.of());
    h.append("<div class=\"card\"><h2>Sites</h2><table><thead><tr><th>site</th><th>pages</th><th>kept</th><th>dropped</th><th>failed</th></tr></thead><tbody>");
    for (Map<String, Object> s : sites) {
      h.append("<tr><td>").append(esc(String.valueOf(s.get("site")))).append("</td><td>").append(num(s.get("pages")))
          .append("</td><td>").append(num(s.get("kept"))).append("</td><td>").append(num(s.get("dropped")))
          .append("</td><td>").append(num(s.get("failed"))).append("</td></tr>");
    }
    h.append("</tbody></table>");
    long totalSites = num(data.get("sites_total"));
    if (totalSites > sites.size()) {
      h.append("<p class=\"note\">").append(sites.size()).append(" of ").append(totalSites).append(" sites shown.</p>");
    }
    h.append("</div></section>\n");

    // Failures.
    List<Map<String, Object>> failures = (List<Map<String, Object>>) data.getOrDefault("failures", List.of());
    h.append("<section class=\"card\"><h2>Failures</h2>");
    if (failures.isEmpty()) {
      h.append("<p class=\"empty\">None.</p>");
    } else {
      h.append("<table><thead><tr><th>stage</th><th>error</th><th>rows</th></tr></thead><tbody>");
      for (Map<String, Object> f : failures) {
        h.append("<tr><td>").append(esc(String.valueOf(f.get("stage")))).append("</td><td><code>")
            .append(esc(String.valueOf(f.get("error")))).append("</code></td><td>").append(num(f.get("count"))).append("</td></tr>");
      }
      h.append("</tbody></table><p class=\"note\">Details per record: the <code>failures</code> table.</p>");
    }
    h.append("</section>\n<footer>newsnlp · tables: documents, entity_mentions, entities, speaker_quotes, failures, corpus_entities, speakers</footer></body></html>\n");
    return h.toString();
  }

  /** Stories on most sites and entities in most stories: syndicated copies of one article count once. */
  private static void corpusSection(StringBuilder h, List<Map<String, Object>> stories, List<Map<String, Object>> entities) {
    h.append("<section class=\"row\"><div class=\"card\"><h2>Top stories by sites <span class=\"hint\">(articles copied across sites)</span></h2>");
    if (stories.isEmpty()) {
      h.append("<p class=\"empty\">No story was found on more than one page.</p>");
    } else {
      h.append("<table><thead><tr><th>story</th><th>sites</th><th>documents</th></tr></thead><tbody>");
      for (Map<String, Object> s : stories) {
        Object title = s.get("title");
        String label = title == null ? String.valueOf(s.get("story_id")) : String.valueOf(title);
        h.append("<tr><td title=\"").append(esc(String.valueOf(s.get("story_id")))).append("\">").append(esc(shorten(label, 70)))
            .append("</td><td>").append(num(s.get("sites"))).append("</td><td>").append(num(s.get("documents"))).append("</td></tr>");
      }
      h.append("</tbody></table>");
    }
    h.append("<p class=\"note\">A story: the near-duplicate copies of one article (<code>documents.story_id</code>).</p></div>");
    h.append("<div class=\"card\"><h2>Top entities by stories <span class=\"hint\">(not documents)</span></h2>");
    if (entities.isEmpty()) {
      h.append("<p class=\"empty\">No corpus entities.</p>");
    } else {
      h.append("<table><thead><tr><th>entity</th><th>type</th><th>stories</th><th>sites</th><th>documents</th></tr></thead><tbody>");
      for (Map<String, Object> e : entities) {
        h.append("<tr><td title=\"").append(esc(String.valueOf(e.get("entity_key")))).append("\">")
            .append(esc(shorten(String.valueOf(e.get("name")), 40))).append("</td><td>").append(esc(String.valueOf(e.get("type"))))
            .append("</td><td>").append(num(e.get("stories"))).append("</td><td>").append(num(e.get("sites")))
            .append("</td><td>").append(num(e.get("documents"))).append("</td></tr>");
      }
      h.append("</tbody></table>");
    }
    h.append("<p class=\"note\">From <code>corpus_entities</code>: copies of one story count once.</p></div></section>\n");
  }

  record Bar(String label, long value, String color) {}

  static String hbars(List<Bar> bars, long max, int width) {
    int labelW = 160;
    int valueW = 60;
    int rowH = 22;
    int barW = width - labelW - valueW;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">",
        width, bars.size() * rowH + 4, width, bars.size() * rowH + 4));
    int y = 2;
    for (Bar b : bars) {
      double w = max <= 0 ? 0 : Math.max(b.value() > 0 ? 2 : 0, (double) b.value() / max * barW);
      s.append(String.format(Locale.ROOT,
          "<g><title>%s: %,d</title><text x=\"%d\" y=\"%d\" class=\"lbl\" text-anchor=\"end\">%s</text>"
              + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"3\" fill=\"%s\"/>"
              + "<text x=\"%.1f\" y=\"%d\" class=\"val\">%,d</text></g>",
          esc(b.label()), b.value(), labelW - 8, y + 15, esc(shorten(b.label(), 20)), labelW, y + 3, w, rowH - 6,
          b.color(), labelW + w + 6, y + 15, b.value()));
      y += rowH;
    }
    return s.append("</svg>").toString();
  }

  static String histogram(long[] deciles) {
    int width = 360;
    int height = 170;
    int base = 140;
    long max = 1;
    for (long d : deciles) {
      max = Math.max(max, d);
    }
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">",
        width, height, width, height));
    int slot = 32;
    for (int i = 0; i < 10; i++) {
      double h = (double) deciles[i] / max * 115;
      int x = 20 + i * slot;
      s.append(String.format(Locale.ROOT,
          "<g><title>%d–%d%%: %,d pages</title><rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" rx=\"2\" fill=\"%s\"/>"
              + "<text x=\"%d\" y=\"%.1f\" class=\"val\" text-anchor=\"middle\">%s</text>"
              + "<text x=\"%d\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%d%%</text></g>",
          i * 10, i * 10 + 10, deciles[i], x, base - h, slot - 6, h, KEPT, x + (slot - 6) / 2, base - h - 4,
          deciles[i] > 0 ? String.valueOf(deciles[i]) : "", x + (slot - 6) / 2, base + 16, i * 10));
    }
    s.append(String.format(Locale.ROOT, "<line x1=\"16\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#adb5bd\"/>", base, width - 10, base));
    return s.append("</svg>").toString();
  }

  static String stackedBar(List<Bar> parts, int width) {
    long total = parts.stream().mapToLong(Bar::value).sum();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "<svg class=\"chart\" role=\"img\" width=\"%d\" height=\"34\" viewBox=\"0 0 %d 34\" xmlns=\"http://www.w3.org/2000/svg\">", width, width));
    double x = 0;
    for (Bar p : parts) {
      double w = total == 0 ? 0 : (double) p.value() / total * width;
      s.append(String.format(Locale.ROOT, "<g><title>%s: %.0f%%</title><rect x=\"%.1f\" y=\"4\" width=\"%.1f\" height=\"26\" fill=\"%s\"/></g>",
          esc(p.label()), total == 0 ? 0 : 100.0 * p.value() / total, x, w, p.color()));
      x += w;
    }
    return s.append("</svg>").toString();
  }

  private static String stageTable(Map<String, Double> stageSeconds) {
    double total = stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    StringBuilder s = new StringBuilder("<table class=\"compact\"><tbody>");
    int i = 0;
    for (Map.Entry<String, Double> e : stageSeconds.entrySet()) {
      s.append(String.format(Locale.ROOT,
          "<tr><td><span class=\"dot\" style=\"background:%s\"></span>%s</td><td>%.1f s</td><td>%.0f%%</td></tr>",
          TYPE_COLORS[i++ % TYPE_COLORS.length], esc(e.getKey()), e.getValue(), total > 0 ? 100 * e.getValue() / total : 0));
    }
    return s.append("</tbody></table><p class=\"note\">Time spent inside each stage, summed over worker threads.</p>").toString();
  }

  private static void kpi(StringBuilder h, String label, long value, String color) {
    kpiText(h, label, String.format(Locale.ROOT, "%,d", value), color);
  }

  private static void kpiText(StringBuilder h, String label, String value) {
    kpiText(h, label, value, null);
  }

  private static void kpiText(StringBuilder h, String label, String value, String color) {
    h.append("<div class=\"kpi\"").append(color == null ? "" : " style=\"border-top-color:" + color + "\"")
        .append("><div class=\"v\">").append(esc(value)).append("</div><div class=\"l\">").append(esc(label)).append("</div></div>");
  }

  @SuppressWarnings("unchecked")
  private static List<Bar> namedBars(List<Object> list, String color) {
    List<Bar> bars = new ArrayList<>();
    if (list != null) {
      for (Object o : list) {
        Map<String, Object> m = (Map<String, Object>) o;
        bars.add(new Bar(String.valueOf(m.get("name")), num(m.get("count")), color));
      }
    }
    return bars;
  }

  /** Numbers, dates and job titles are mentions too, but not who or what a run is about. */
  static final java.util.Set<String> NOT_NAMES = java.util.Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER",
      "ORDINAL", "PERCENT", "MONEY", "TITLE", "URL", "EMAIL");

  /** Person, organisation and place first, then the other name types alphabetically. */
  private static List<String> orderedTypes(Map<String, Object> entities) {
    List<String> first = List.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "MISC");
    List<String> types = new ArrayList<>();
    for (String t : first) {
      if (entities.containsKey(t)) {
        types.add(t);
      }
    }
    entities.keySet().stream().filter(t -> !first.contains(t) && !NOT_NAMES.contains(t)).sorted().forEach(types::add);
    return types;
  }

  private static long[] deciles(Object o) {
    long[] out = new long[10];
    if (o instanceof long[] a) {
      return a;
    }
    if (o instanceof List<?> l) {
      for (int i = 0; i < Math.min(10, l.size()); i++) {
        out[i] = num(l.get(i));
      }
    }
    return out;
  }

  private static long max(List<Bar> bars) {
    return bars.stream().mapToLong(Bar::value).max().orElse(0);
  }

  static long num(Object o) {
    return o instanceof Number n ? n.longValue() : 0;
  }

  private static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS = """
      :root{--ink:#212529;--muted:#6c757d;--line:#e9ecef;--bg:#f6f7f9}
      *{box-sizing:border-box}
      body{margin:0;padding:28px 32px 40px;background:var(--bg);color:var(--ink);
        font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;max-width:1180px;margin:auto}
      header h1{margin:0;font-size:24px;font-weight:650;letter-spacing:-.01em}
      .sub{margin:4px 0 18px;color:var(--muted)} .path{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
      h2{font-size:15px;margin:0 0 12px;font-weight:620} h3{font-size:13px;margin:0 0 8px;color:var(--muted);font-weight:600;letter-spacing:.04em}
      h2.section{margin:22px 0 10px}
      .kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:12px;margin-bottom:14px}
      .kpi{background:#fff;border-radius:10px;padding:12px 14px;border-top:4px solid #ced4da;box-shadow:0 1px 2px rgba(0,0,0,.05)}
      .kpi .v{font-size:22px;font-weight:650;font-variant-numeric:tabular-nums} .kpi .l{color:var(--muted);font-size:12px}
      .row{display:flex;gap:14px;flex-wrap:wrap;margin-top:14px}
      .card{background:#fff;border-radius:10px;padding:16px 18px;box-shadow:0 1px 2px rgba(0,0,0,.05);flex:1 1 340px;min-width:0;overflow-x:auto}
      section.card{margin-top:14px} .card.wide{flex:2 1 560px}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:14px}
      svg.chart{display:block;max-width:100%;height:auto}
      svg .lbl{font-size:12px;fill:#343a40} svg .val{font-size:11px;fill:#495057;font-variant-numeric:tabular-nums} svg .axis{font-size:10px;fill:#868e96}
      table{border-collapse:collapse;width:100%;font-size:13px} th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line)}
      th{color:var(--muted);font-weight:600;font-size:12px} td:not(:first-child),th:not(:first-child){text-align:right;font-variant-numeric:tabular-nums}
      table.compact{margin-top:10px;width:auto} table.compact td{border:0;padding:2px 10px 2px 0}
      .dot{display:inline-block;width:9px;height:9px;border-radius:2px;margin-right:6px;vertical-align:baseline}
      .note{color:var(--muted);font-size:12px;margin:8px 0 0} .hint{color:var(--muted);font-weight:400;font-size:12px} .empty{color:var(--muted);font-style:italic}
      .bad{color:#d1495b} code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
      footer{margin-top:26px;color:var(--muted);font-size:12px}
      """;
}
