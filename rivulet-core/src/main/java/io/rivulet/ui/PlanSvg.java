package io.rivulet.ui;

import io.rivulet.PlanGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the physical plan of a DataFrame job as a standalone SVG picture: one box per operator (its name, its
 * detail, its rows and time), an arrow from each operator to the one that reads it. Data flows down, as in the
 * RDD DAG beside it: scans on top, the operator whose output is the query's at the bottom. The web UI serves it
 * ({@code /api/jobs/<id>/plan.svg}) and a report inlines it; both draw with this one class, so the picture is
 * the same in both and a test can read it without a browser.
 *
 * <p>Layout: an operator's row is its longest distance from the root (so every arrow points down, even into an
 * operator that two others read); leaves take columns from left to right in the order {@code explain()} lists
 * them, and each other operator sits over the middle of its children. Boxes have one size: names and details
 * longer than a box are cut short with an ellipsis, and each box's tooltip has them whole.
 *
 * <p>Styles are attributes, not classes of the page's style sheet, so that the file looks the same opened alone.
 * Every text is escaped for XML: names may hold any character.
 */
final class PlanSvg {
    static final int BOX_WIDTH = 250;
    static final int BOX_HEIGHT = 58;
    private static final int GAP_X = 22;
    private static final int GAP_Y = 34;
    private static final int MARGIN = 8;
    private static final int NAME_CHARS = 30;
    private static final int DETAIL_CHARS = 40;
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

    private PlanSvg() {}

    /** The picture of {@code plan}, the plan of job {@code jobId}. */
    static String draw(PlanGraph plan, int jobId) {
        List<PlanGraph.Node> nodes = plan.nodes();
        Map<Integer, PlanGraph.Node> byId = new HashMap<>();
        for (PlanGraph.Node node : nodes) {
            byId.put(node.id(), node);
        }
        Map<Integer, Integer> rows = rows(plan, byId);
        Map<Integer, Double> columns = columns(plan, byId);
        int maxRow = rows.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double maxColumn =
                columns.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int width = (int) Math.ceil(2 * MARGIN + (maxColumn + 1) * (BOX_WIDTH + GAP_X) - GAP_X);
        int height = 2 * MARGIN + (maxRow + 1) * (BOX_HEIGHT + GAP_Y) - GAP_Y;

        StringBuilder svg = new StringBuilder(1024 + nodes.size() * 900);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plan\" data-job-id=\"")
                .append(jobId)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" font-family=\"")
                .append(FONT)
                .append("\">\n<title>Physical plan of job ")
                .append(jobId)
                .append("</title>\n<defs><marker id=\"plan-arrow-")
                .append(jobId)
                .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                        + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#56626e\"/></marker>"
                        + "</defs>\n<g class=\"plan-edges\">\n");
        for (PlanGraph.Node parent : nodes) {
            for (int childId : parent.childIds()) {
                edge(
                        svg,
                        jobId,
                        x(columns.get(childId)),
                        y(rows.get(childId)),
                        x(columns.get(parent.id())),
                        y(rows.get(parent.id())));
            }
        }
        svg.append("</g>\n<g class=\"plan-nodes\">\n");
        for (PlanGraph.Node node : nodes) {
            box(svg, node, x(columns.get(node.id())), y(rows.get(node.id())));
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    private static double x(double column) {
        return MARGIN + column * (BOX_WIDTH + GAP_X);
    }

    private static double y(int row) {
        return MARGIN + row * (BOX_HEIGHT + GAP_Y);
    }

    /**
     * Each operator's row, counted from the top: the deepest operators' row is 0, the root's the largest. An
     * operator's depth is its longest distance from the root, relaxed in passes (at most one per operator, so
     * that a hand-made graph with a cycle still ends).
     */
    private static Map<Integer, Integer> rows(PlanGraph plan, Map<Integer, PlanGraph.Node> byId) {
        Map<Integer, Integer> depth = new HashMap<>();
        for (PlanGraph.Node node : plan.nodes()) {
            depth.put(node.id(), 0);
        }
        boolean changed = true;
        for (int pass = 0; changed && pass < plan.nodes().size(); pass++) {
            changed = false;
            for (PlanGraph.Node node : plan.nodes()) {
                for (int child : node.childIds()) {
                    int deeper = depth.get(node.id()) + 1;
                    if (byId.containsKey(child) && depth.get(child) < deeper) {
                        depth.put(child, deeper);
                        changed = true;
                    }
                }
            }
        }
        int max = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<Integer, Integer> rows = new HashMap<>();
        depth.forEach((id, d) -> rows.put(id, max - d));
        return rows;
    }

    /**
     * Each operator's column: leaves (and operators reached a second time) take the next free column in
     * depth-first order, every other operator the middle of its children's. Without recursion: a plan may be deep.
     */
    private static Map<Integer, Double> columns(PlanGraph plan, Map<Integer, PlanGraph.Node> byId) {
        Map<Integer, Double> columns = new HashMap<>();
        double[] next = {0};
        for (PlanGraph.Node start : plan.nodes()) {
            if (columns.containsKey(start.id())) {
                continue; // drawn already, as a descendant of an earlier one
            }
            Deque<PlanGraph.Node> stack = new ArrayDeque<>();
            Deque<Boolean> expanded = new ArrayDeque<>();
            stack.push(start);
            expanded.push(false);
            columns.put(start.id(), -1.0); // visiting
            while (!stack.isEmpty()) {
                PlanGraph.Node node = stack.pop();
                boolean done = expanded.pop();
                if (done) {
                    columns.put(node.id(), place(node, columns, next));
                    continue;
                }
                stack.push(node);
                expanded.push(true);
                List<PlanGraph.Node> children = new ArrayList<>();
                for (int childId : node.childIds()) {
                    PlanGraph.Node child = byId.get(childId);
                    if (child != null && !columns.containsKey(childId)) {
                        columns.put(childId, -1.0);
                        children.add(child);
                    }
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                    expanded.push(false);
                }
            }
        }
        return columns;
    }

    /** The column of {@code node}, whose children have theirs (or are still being placed, in a cycle). */
    private static double place(PlanGraph.Node node, Map<Integer, Double> columns, double[] next) {
        double sum = 0;
        int placed = 0;
        for (int childId : node.childIds()) {
            Double column = columns.get(childId);
            if (column != null && column >= 0) {
                sum += column;
                placed++;
            }
        }
        if (placed == 0) {
            return next[0]++;
        }
        return Math.max(0, sum / placed);
    }

    private static void edge(
            StringBuilder svg, int jobId, double childX, double childY, double parentX, double parentY) {
        double x1 = childX + BOX_WIDTH / 2.0;
        double y1 = childY + BOX_HEIGHT;
        double x2 = parentX + BOX_WIDTH / 2.0;
        double y2 = parentY;
        double middle = (y1 + y2) / 2;
        svg.append("<path class=\"plan-edge\" fill=\"none\" stroke=\"#56626e\" stroke-width=\"1.4\" d=\"M")
                .append(number(x1))
                .append(',')
                .append(number(y1))
                .append(" C")
                .append(number(x1))
                .append(',')
                .append(number(middle))
                .append(' ')
                .append(number(x2))
                .append(',')
                .append(number(middle))
                .append(' ')
                .append(number(x2))
                .append(',')
                .append(number(y2 - 1))
                .append("\" marker-end=\"url(#plan-arrow-")
                .append(jobId)
                .append(")\"/>\n");
    }

    private static void box(StringBuilder svg, PlanGraph.Node node, double x, double y) {
        boolean exchange = node.name().contains("Exchange");
        boolean leaf = node.childIds().isEmpty();
        String fill = leaf ? "#eaf2fc" : exchange ? "#fff4ea" : "#ffffff";
        String stroke = leaf ? "#5b8fd6" : exchange ? "#d35400" : "#4a5866";
        double center = x + BOX_WIDTH / 2.0;
        String metrics = metrics(node);
        svg.append("<g class=\"plan-node\" data-node-id=\"")
                .append(node.id())
                .append("\" data-operator=\"")
                .append(xml(node.name()))
                .append("\">")
                .append("<title>")
                .append(xml(tooltip(node)))
                .append("</title>")
                .append("<rect x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" width=\"")
                .append(BOX_WIDTH)
                .append("\" height=\"")
                .append(BOX_HEIGHT)
                .append("\" rx=\"4\" fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"1.3\"")
                .append(exchange ? " stroke-dasharray=\"6 3\"" : "")
                .append("/>");
        text(svg, "plan-name", center, y + 17, "600", "12.5", "#1f2a36", cut(node.name(), NAME_CHARS));
        text(svg, "plan-detail", center, y + 33, "400", "11", "#5f6b77", cut(node.detail(), DETAIL_CHARS));
        text(svg, "plan-metrics", center, y + 49, "600", "11", "#2c4f80", metrics);
        svg.append("</g>\n");
    }

    private static void text(
            StringBuilder svg,
            String cssClass,
            double x,
            double y,
            String weight,
            String size,
            String fill,
            String text) {
        svg.append("<text class=\"")
                .append(cssClass)
                .append("\" x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(y))
                .append("\" text-anchor=\"middle\" font-weight=\"")
                .append(weight)
                .append("\" font-size=\"")
                .append(size)
                .append("\" fill=\"")
                .append(fill)
                .append("\">")
                .append(xml(text))
                .append("</text>");
    }

    /** {@code 1,234 rows · 12 ms}; before any partition reported, what that means. */
    static String metrics(PlanGraph.Node node) {
        if (node.partitions() == 0) {
            return "no partition done yet";
        }
        return String.format(Locale.ROOT, "%,d rows", node.outputRows()) + " \u00b7 " + duration(node.elapsedNanos());
    }

    private static String tooltip(PlanGraph.Node node) {
        String line = node.name() + (node.detail().isEmpty() ? "" : " " + node.detail());
        return line + "\n" + String.format(Locale.ROOT, "%,d rows out", node.outputRows()) + " from "
                + node.partitions() + " partition" + (node.partitions() == 1 ? "" : "s") + "\n"
                + duration(node.elapsedNanos()) + " in it (with the operators above it in the same stage)";
    }

    /** A time: {@code 0.4 ms}, {@code 12 ms}, {@code 3.2 s}, {@code 4.0 min}. */
    static String duration(long nanos) {
        double millis = nanos / 1e6;
        if (millis < 10) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        if (millis < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000);
        }
        return String.format(Locale.ROOT, "%.1f min", millis / 60_000);
    }

    private static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max
                ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code text} as XML character data or attribute value; characters XML cannot hold become U+FFFD. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = c == '\t'
                            || c == '\n'
                            || c == '\r'
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000;
                    out.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
