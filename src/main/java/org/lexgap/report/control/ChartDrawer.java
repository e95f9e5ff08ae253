package org.lexgap.report.control;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Element;

/**
 * Draws a {@link BarChart} with JFreeChart into the PDF as vector graphics (through PDFBox Graphics2D); the
 * chart's text uses the embedded DejaVu fonts.
 */
final class ChartDrawer implements FSObjectDrawer {

    private static final Color INK = new Color(0x12, 0x35, 0x5b);

    static {
        // so that AWT measures the chart's text with the same font the PDF embeds
        try {
            java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(
                    Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(Fonts.bytes("DejaVuSans.ttf"))));
        } catch (java.awt.FontFormatException | java.io.IOException e) {
            throw new IllegalStateException("cannot read the DejaVu Sans font", e);
        }
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
        BarChart chart = BarChart.decode(e.getAttribute("title"), e.getAttribute("data-chart"));
        JFreeChart jfree = jfree(chart);
        double w = width / dotsPerPixel;
        double h = height / dotsPerPixel;
        outputDevice.drawWithGraphics((float) x, (float) y, (float) w, (float) h,
                g -> jfree.draw(g, new Rectangle2D.Double(0, 0, w, h)));
        return null;
    }

    static JFreeChart jfree(BarChart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BarChart.Bar bar : chart.bars()) {
            data.addValue(bar.value(), "score", bar.label());
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setCategoryMargin(0.35);
        categories.setTickLabelFont(new Font(Fonts.SANS, Font.PLAIN, 9));
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis scores = new NumberAxis("score (0–100)");
        scores.setRange(0, 100);
        scores.setTickLabelFont(new Font(Fonts.SANS, Font.PLAIN, 8));
        scores.setLabelFont(new Font(Fonts.SANS, Font.PLAIN, 8));
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, INK);
        renderer.setMaximumBarWidth(0.5);
        renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))));
        renderer.setDefaultItemLabelFont(new Font(Fonts.SANS, Font.PLAIN, 8));
        renderer.setDefaultItemLabelsVisible(true);
        CategoryPlot plot = new CategoryPlot(data, categories, scores, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xbb, 0xbb, 0xbb));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        JFreeChart jfree = new JFreeChart(null, new Font(Fonts.SANS, Font.BOLD, 10), plot, false);
        jfree.setBackgroundPaint(Color.WHITE);
        jfree.setAntiAlias(false);
        return jfree;
    }
}
