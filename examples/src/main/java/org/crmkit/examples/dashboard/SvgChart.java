package org.crmkit.examples.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, needing nothing from the network. Each bar is a {@code <g class="bar">}
 * carrying {@code data-label} and {@code data-value}, so that a test (or a script) can read the chart's data
 * back from the page.
 */
final class SvgChart {
    private static final int ROW = 24;
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_WIDTH = 420;

    private SvgChart() {
    }

    static String bars(String id, String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(ROW, bars.size() * ROW) + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<section id=\"").append(id).append("\"><h2>").append(Html.escape(title)).append("</h2>\n");
        if (bars.isEmpty()) {
            svg.append("<p class=\"empty\">no data</p></section>\n");
            return svg.toString();
        }
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " role=\"img\" aria-label=\"%s\">%n", LABEL_WIDTH + BAR_WIDTH + 140, height, Html.escape(title)));
        int y = 5;
        for (Bar bar : bars) {
            double width = max <= 0 ? 0 : bar.value() / max * BAR_WIDTH;
            svg.append(String.format(Locale.ROOT,
                    "<g class=\"bar\" data-label=\"%s\" data-value=\"%s\">"
                            + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#3b73b9\"/>"
                            + "<text x=\"%.1f\" y=\"%d\">%s</text></g>%n",
                    Html.escape(bar.label()), Html.escape(bar.shown()), LABEL_WIDTH - 6, y + 16,
                    Html.escape(bar.label()), LABEL_WIDTH, y + 3, width, ROW - 6, LABEL_WIDTH + width + 6, y + 16,
                    Html.escape(bar.shown())));
            y += ROW;
        }
        svg.append("</svg></section>\n");
        return svg.toString();
    }
}
