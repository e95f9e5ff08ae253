package org.lexgap.report.control;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The DejaVu fonts (from jasperreports-fonts) that every PDF embeds, so that Cyrillic, Greek and Turkish render;
 * read once and kept in memory.
 */
final class Fonts {

    static final String SANS = "DejaVu Sans";
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Fonts() {
    }

    /** Registers regular, bold, oblique and bold oblique, each as its own file (bold is not synthesised). */
    static void register(PdfRendererBuilder builder) {
        add(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        add(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        add(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        add(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
    }

    private static void add(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        byte[] bytes = bytes(file);
        builder.useFont(() -> new ByteArrayInputStream(bytes), SANS, weight, style, true);
    }

    static byte[] bytes(String file) {
        return CACHE.computeIfAbsent(file, f -> {
            try (InputStream in = Fonts.class.getResourceAsStream(FOLDER + f)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FOLDER + f + " is not on the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
