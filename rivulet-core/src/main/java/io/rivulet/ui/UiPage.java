package io.rivulet.ui;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page of the web UI and of reports, assembled from the template {@code page.html} and the assets beside
 * it in this package's resources. A live page links its assets and fetches its data; a report inlines
 * everything, its data as a JSON script element.
 */
final class UiPage {
    /** The assets the web UI serves under {@code /static/}, with their content types. */
    static final Map<String, String> ASSETS = Map.of(
            "rivulet-ui.js", "text/javascript; charset=utf-8",
            "rivulet-draw.js", "text/javascript; charset=utf-8",
            "rivulet-ui.css", "text/css; charset=utf-8",
            "dagre.min.js", "text/javascript; charset=utf-8",
            "dagre-LICENSE.txt", "text/plain; charset=utf-8");

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private UiPage() {}

    /** A resource of this package as text. */
    static String resource(String name) {
        return CACHE.computeIfAbsent(name, UiPage::load);
    }

    private static String load(String name) {
        try (InputStream in = UiPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource io/rivulet/ui/" + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource io/rivulet/ui/" + name, e);
        }
    }

    /** The web UI's page: it loads its assets from {@code static/} and polls {@code api/status}. */
    static String live(String appName) {
        return page(
                appName,
                "<link rel=\"stylesheet\" href=\"static/rivulet-ui.css\">",
                "<script src=\"static/dagre.min.js\"></script>\n<script src=\"static/rivulet-draw.js\"></script>\n"
                        + "<script src=\"static/rivulet-ui.js\"></script>");
    }

    /**
     * A self-contained page: styles, scripts and the status JSON inline, and {@code plans}: the pictures of the
     * jobs' plans, as {@code <template>} elements whose text is escaped for XML (no name can close them early).
     */
    static String report(String appName, String statusJson, String plans) {
        String data = "<script type=\"application/json\" id=\"rivulet-data\">"
                // '<' occurs in JSON only inside strings, where \u003c means the same: no "</script>" can end early.
                + statusJson.replace("<", "\\u003c") + "</script>" + plans;
        return page(
                appName,
                "<style>\n" + inline(resource("rivulet-ui.css"), "style") + "\n</style>",
                data + inlineScript("dagre.min.js") + inlineScript("rivulet-draw.js") + inlineScript("rivulet-ui.js"));
    }

    private static String inlineScript(String name) {
        return "\n<script>\n" + inline(resource(name), "script") + "\n</script>";
    }

    private static String page(String appName, String head, String scripts) {
        return resource("page.html")
                .replace("{{TITLE}}", escapeHtml(appName) + " · Rivulet")
                .replace("{{HEAD}}", head)
                .replace("{{SCRIPTS}}", scripts);
    }

    /** Text inlined in a {@code <script>} or {@code <style>} element must not close it early. */
    private static String inline(String text, String element) {
        String closing = "</" + element;
        if (!text.toLowerCase(Locale.ROOT).contains(closing)) {
            return text;
        }
        // In scripts "<\/" means "</" inside strings and regular expressions, where such text can occur.
        return text.replaceAll("(?i)</(" + element + ")", "<\\\\/$1");
    }

    static String escapeHtml(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
