package org.lexgap.report.control;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of scores from 0 to 100, as data: the PDF draws it with JFreeChart
 * ({@link ChartDrawer}), the HTML shows it as inline SVG ({@link #svg()}).
 */
public record BarChart(String title, List<Bar> bars) {

    /** One bar; a null value means no score (drawn as an empty bar labelled n/a). */
    public record Bar(String label, Double value) {
    }

    static final String OBJECT_TYPE = "lexgap/bar-chart";

    /** The chart's data as one attribute value: label=value pairs separated by '|'. */
    String encode() {
        StringBuilder s = new StringBuilder();
        for (Bar bar : bars) {
            if (s.length() > 0) {
                s.append('|');
            }
            s.append(bar.label().replace('|', '/').replace('=', '-')).append('=')
                    .append(bar.value() == null ? "" : String.format(Locale.ROOT, "%.1f", bar.value()));
        }
        return s.toString();
    }

    static BarChart decode(String title, String data) {
        List<Bar> bars = java.util.Arrays.stream(data.split("\\|")).filter(s -> !s.isEmpty()).map(pair -> {
            int eq = pair.lastIndexOf('=');
            String value = pair.substring(eq + 1);
            return new Bar(pair.substring(0, eq), value.isEmpty() ? null : Double.valueOf(value));
        }).toList();
        return new BarChart(title, bars);
    }

    /** The element the PDF template holds: openhtmltopdf hands it to {@link ChartDrawer}. */
    String pdfObject() {
        int height = 14 + 8 * bars.size();
        return "<object type=\"" + OBJECT_TYPE + "\" data-chart=\"" + Html.escape(encode()) + "\" title=\""
                + Html.escape(title) + "\" alt=\"" + Html.escape(title) + "\" style=\"width: 170mm; height: "
                + height + "mm;\"></object>";
    }

    /** The chart as inline SVG with a title for screen readers (no script). */
    String svg() {
        int rowHeight = 26;
        int labelWidth = 260;
        int barWidth = 360;
        int height = 30 + rowHeight * bars.size();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\" width=\"").append(labelWidth + barWidth + 60).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(labelWidth + barWidth + 60).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">");
        s.append("<title>").append(Html.escape(title)).append("</title>");
        for (int i = 0; i <= 4; i++) {
            int x = labelWidth + barWidth * i / 4;
            s.append("<line x1=\"").append(x).append("\" y1=\"4\" x2=\"").append(x).append("\" y2=\"")
                    .append(height - 22).append("\" stroke=\"#ccc\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(height - 6)
                    .append("\" text-anchor=\"middle\" fill=\"#555\">").append(25 * i).append("</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 6 + i * rowHeight;
            s.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Html.escape(bar.label())).append("</text>");
            double value = bar.value() == null ? 0 : bar.value();
            s.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", barWidth * value / 100)).append("\" height=\"")
                    .append(rowHeight - 8).append("\" fill=\"#12355b\"/>");
            s.append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", labelWidth + barWidth * value / 100 + 4))
                    .append("\" y=\"").append(y + 15).append("\">")
                    .append(bar.value() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", value)).append("</text>");
        }
        return s.append("</svg>").toString();
    }
}
