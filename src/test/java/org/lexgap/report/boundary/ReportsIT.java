package org.lexgap.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lexgap.it.ApiClient.header;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lexgap.it.DeployedServiceIT;
import org.lexgap.api.Problem;

/** Report downloads from the built WAR on Payara Micro, as a trainer's browser would fetch them. */
class ReportsIT extends DeployedServiceIT {


    @Test
    void downloadsTheGapReportOfAShippedCountryAsPdf() throws Exception {
        HttpResponse<byte[]> response = get("api/countries/de/report?format=pdf");

        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", header(response, "Content-Type"));
        assertEquals("attachment; filename=\"lexgap-DE-thbor-1.0.pdf\"", header(response, "Content-Disposition"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Germany") && text.contains("JUR-EXTRATERRITORIAL"), "report text");
            assertTrue(text.contains("Deutschland"), "the native name");
        }
    }

    @Test
    void downloadsTheCsvWithOneRowPerCriterion() throws Exception {
        HttpResponse<byte[]> response = get("api/countries/DE/report?format=csv");

        assertEquals(200, response.statusCode());
        assertTrue(header(response, "Content-Type").startsWith("text/csv"), header(response, "Content-Type"));
        assertEquals("attachment; filename=\"lexgap-DE-thbor-1.0.csv\"", header(response, "Content-Disposition"));
        String[] lines = new String(response.body(), StandardCharsets.UTF_8).split("\n");
        assertTrue(lines[0].startsWith("country,checklist,version,area,criterion"), lines[0]);
        assertTrue(lines.length > 30, "a row per criterion: " + lines.length);
    }

    @Test
    void answersAnUnknownFormatOrCountryWithAProblem() throws Exception {
        for (String path : new String[] {"api/countries/DE/report?format=docx", "api/countries/germany/report",
            "api/reports/comparison?countries=DE&format=json", "api/reports/bulk?countries=DE,Q1"}) {
            HttpResponse<byte[]> response = get(path);

            assertEquals(400, response.statusCode(), path);
            assertEquals(Problem.MEDIA_TYPE, header(response, "Content-Type"), path);
            assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("\"status\":400"), path);
        }
        assertEquals(404, get("api/countries/BR/report").statusCode());
    }

    @Test
    void streamsAZipOfPdfsAndServesTheComparison() throws Exception {
        HttpResponse<byte[]> zip = get("api/reports/bulk?countries=DE,es");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", header(zip, "Content-Type"));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("lexgap-DE-thbor-1.0.pdf", "lexgap-ES-thbor-1.0.pdf"), names);

        HttpResponse<byte[]> html = get("api/reports/comparison?countries=DE,ES,GB&format=html");
        assertEquals(200, html.statusCode());
        assertTrue(header(html, "Content-Type").startsWith("text/html"));
        assertTrue(new String(html.body(), StandardCharsets.UTF_8).contains("Countries by criteria"));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return api().getBytes(path);
    }
}
