package org.lexgap.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.lexgap.report.entity.CountryReport;
import org.lexgap.report.entity.ReportFormat;

/**
 * The PDF reports of a list of countries as a zip, one country at a time (so the zip streams and one PDF at a
 * time is in memory). Each entry is produced in full before a byte of it is written; the first one is produced by
 * {@link #prepare()}, before the zip starts, so that a report that cannot be made fails the request instead of
 * leaving a truncated zip. A later country that fails gets a text entry saying so and the zip stays complete.
 */
public final class BulkExport {

    private static final Logger LOG = Logger.getLogger(BulkExport.class.getName());

    /** Told after each report: its position (from 1), the total, the country, the PDF size and time taken. */
    @FunctionalInterface
    public interface Progress {
        void done(int position, int total, String country, int bytes, long millis);

        Progress NONE = (position, total, country, bytes, millis) -> { };
    }

    /** One zip entry, complete. */
    private record Entry(String name, byte[] content, long time) {
    }

    private final List<String> countries;
    private final Function<String, CountryReport> reports;
    private final Progress progress;
    private Entry first;

    public BulkExport(List<String> countries, Function<String, CountryReport> reports, Progress progress) {
        this.countries = List.copyOf(countries);
        this.reports = reports;
        this.progress = progress;
    }

    /** Writes the zip of every country to {@code out} (not closed); the countries whose report failed. */
    public static List<String> write(List<String> countries, Function<String, CountryReport> reports,
                                     OutputStream out, Progress progress) throws IOException {
        return new BulkExport(countries, reports, progress).prepare().write(out);
    }

    /** Produces the first entry now; whatever it throws comes before the zip's first byte. */
    public BulkExport prepare() {
        if (first == null && !countries.isEmpty()) {
            first = pdf(0);
        }
        return this;
    }

    /** Writes the zip to {@code out} (not closed); returns the countries whose report could not be made. */
    public List<String> write(OutputStream out) throws IOException {
        prepare();
        List<String> failed = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (int i = 0; i < countries.size(); i++) {
            Entry entry;
            if (i == 0) {
                entry = first;
            } else {
                try {
                    entry = pdf(i);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "bulk export: the report of " + countries.get(i) + " failed", e);
                    failed.add(countries.get(i));
                    entry = new Entry("lexgap-" + countries.get(i) + "-error.txt", ("The report of "
                            + countries.get(i) + " could not be produced; the server log says why.\n")
                            .getBytes(StandardCharsets.UTF_8), System.currentTimeMillis());
                }
            }
            ZipEntry zipEntry = new ZipEntry(entry.name());
            zipEntry.setTime(entry.time());
            zip.putNextEntry(zipEntry);
            zip.write(entry.content());
            zip.closeEntry();
            zip.flush();
        }
        zip.finish();
        first = null;
        return failed;
    }

    private Entry pdf(int index) {
        long start = System.nanoTime();
        String code = countries.get(index);
        CountryReport report = reports.apply(code);
        byte[] pdf = ReportRenderer.render(report, ReportFormat.PDF);
        progress.done(index + 1, countries.size(), code, pdf.length, (System.nanoTime() - start) / 1_000_000);
        return new Entry(report.baseName() + ".pdf", pdf, report.generated().toEpochMilli());
    }
}
