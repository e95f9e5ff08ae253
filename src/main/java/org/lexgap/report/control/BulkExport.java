package org.lexgap.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.ReportFormat;

/**
 * Writes the PDF reports of a list of countries into a zip, one country at a time (so the zip streams), and
 * tells a listener after each one.
 */
public final class BulkExport {

    /** Told after each report: its position (from 1), the total, the country, the PDF size and time taken. */
    @FunctionalInterface
    public interface Progress {
        void done(int position, int total, String country, int bytes, long millis);

        Progress NONE = (position, total, country, bytes, millis) -> { };
    }

    private BulkExport() {
    }

    /** Writes the zip to {@code out} (not closed); entries are dated with each report's date. */
    public static void write(List<String> countries, Function<String, CountryReport> reports, OutputStream out,
                             Progress progress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        int position = 0;
        for (String code : countries) {
            long start = System.nanoTime();
            CountryReport report = reports.apply(code);
            byte[] pdf = ReportRenderer.render(report, ReportFormat.PDF);
            ZipEntry entry = new ZipEntry(report.baseName() + ".pdf");
            entry.setTime(report.generated().toEpochMilli());
            zip.putNextEntry(entry);
            zip.write(pdf);
            zip.closeEntry();
            zip.flush();
            progress.done(++position, countries.size(), code, pdf.length, (System.nanoTime() - start) / 1_000_000);
        }
        zip.finish();
    }
}
