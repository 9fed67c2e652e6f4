package io.rivulet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.PlanGraph;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The plan picture: well-formed SVG whatever the names, one box per operator, data flowing down to the root. */
class PlanSvgTest {
    private static final String HOSTILE = "</template></svg><script>alert('x')</script> & \u0001 \ud800";

    /** A join's shape: two scans, a filter on one side, an exchange, the join, a project on top. */
    private static PlanGraph join() {
        return new PlanGraph(List.of(
                new PlanGraph.Node(0, "Project", "[a#1, b#2]", List.of(1), 12, 9_000_000, 2),
                new PlanGraph.Node(1, "SortMergeJoin", "[a#1], [b#2], Inner", List.of(2, 4), 12, 8_000_000, 2),
                new PlanGraph.Node(2, "Exchange", "hashpartitioning(a#1, 2)", List.of(3), 40, 1_000_000, 2),
                new PlanGraph.Node(3, "Scan json", HOSTILE, List.of(), 40, 500_000, 1),
                new PlanGraph.Node(4, "Filter", "(b#2 > 3)", List.of(5), 30, 2_000_000, 2),
                new PlanGraph.Node(5, "Range", "(0, 100, step=1, splits=2)", List.of(), 100, 0, 0)));
    }

    @Test
    void everyOperatorIsOneBoxWithItsNameDetailRowsAndTime() throws Exception {
        String svg = PlanSvg.draw(join(), 7);

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getAttribute("data-job-id")).isEqualTo("7");
        assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(6);
        assertThat(document.getElementsByTagName("path").getLength())
                .as("5 edges and the arrow head")
                .isEqualTo(6);
        assertThat(svg)
                .contains("data-operator=\"SortMergeJoin\"", "data-operator=\"Scan json\"")
                .contains(">hashpartitioning(a#1, 2)<")
                .contains(">12 rows \u00b7 9.0 ms<", ">40 rows \u00b7 0.5 ms<")
                // the range reported no partition (yet)
                .contains(">no partition done yet<")
                .doesNotContain("<script", "</template>");
    }

    @Test
    void dataFlowsDownTheLeavesOnTopTheRootAtTheBottomOverItsChildren() {
        String svg = PlanSvg.draw(join(), 1);

        double[] root = boxAt(svg, 0);
        double[] join = boxAt(svg, 1);
        double[] scan = boxAt(svg, 3);
        double[] range = boxAt(svg, 5);
        assertThat(root[1]).isGreaterThan(join[1]);
        assertThat(join[1]).isGreaterThan(boxAt(svg, 2)[1]);
        assertThat(range[1]).as("the deepest operators on top").isEqualTo(0 + 8);
        assertThat(scan[1]).isEqualTo(range[1]);
        assertThat(scan[0]).isLessThan(range[0]);
        assertThat(join[0]).as("over the middle of its children").isEqualTo((boxAt(svg, 2)[0] + boxAt(svg, 4)[0]) / 2);
        assertThat(root[0]).isEqualTo(join[0]);
    }

    @Test
    void anOperatorReadByTwoIsDrawnOnceBelowNeitherParent() throws Exception {
        PlanGraph shared = new PlanGraph(List.of(
                new PlanGraph.Node(0, "Union", "", List.of(1, 2), 4, 1, 1),
                new PlanGraph.Node(1, "Filter", "a", List.of(2), 2, 1, 1),
                new PlanGraph.Node(2, "LocalTableScan", "[a#1]", List.of(), 2, 1, 1)));

        String svg = PlanSvg.draw(shared, 2);

        assertThat(parse(svg).getElementsByTagName("rect").getLength()).isEqualTo(3);
        assertThat(boxAt(svg, 2)[1]).isLessThan(boxAt(svg, 1)[1]);
        assertThat(boxAt(svg, 1)[1]).isLessThan(boxAt(svg, 0)[1]);
    }

    @Test
    void durationsAndEscaping() {
        assertThat(PlanSvg.duration(0)).isEqualTo("0.0 ms");
        assertThat(PlanSvg.duration(12_400_000)).isEqualTo("12 ms");
        assertThat(PlanSvg.duration(3_250_000_000L)).isEqualTo("3.3 s");
        assertThat(PlanSvg.duration(240_000_000_000L)).isEqualTo("4.0 min");
        assertThat(PlanSvg.xml("<a href=\"x\">&'\u0001")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;\ufffd");
    }

    /** The x and y of the box of operator {@code id}. */
    private static double[] boxAt(String svg, int id) {
        Matcher matcher = Pattern.compile(
                        "(?s)data-node-id=\"" + id + "\"[^>]*>.*?<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\"")
                .matcher(svg);
        assertThat(matcher.find()).as("a box for operator " + id).isTrue();
        return new double[] {Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2))};
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
