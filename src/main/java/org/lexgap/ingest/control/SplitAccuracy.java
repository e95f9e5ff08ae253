package org.lexgap.ingest.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lexgap.ingest.entity.SplitProvision;

/**
 * How often the splitter finds the provision number of a one-provision file, over a folder of files that say what
 * they hold in a small header ({@code provision: § 232 Menschenhandel}, {@code language: de}, then a blank line and
 * the text; the format of {@code ../shared/law-dev/}). Only files whose text shows a numbered heading count (the
 * number from the header is the first or second word of one of the first five lines: a subsection copied without
 * its section number does not count), and the expected number is read from the header independently of the
 * splitter's own grammar: two numbers agree when their letters and digits agree ({@code 22.2} = {@code 22-2}).
 */
public final class SplitAccuracy {

    private static final Pattern HEADER = Pattern.compile("^([a-z][a-z-]*):\\s?(.*)$");
    private static final Map<String, String> ORDINALS = Map.of("primero", "1", "segundo", "2", "tercero", "3",
            "cuarto", "4", "quinto", "5", "sexto", "6", "séptimo", "7", "octavo", "8", "noveno", "9", "décimo", "10");

    /** One file: what its header says, whether its text shows a numbered heading, what the splitter found. */
    public record FileResult(Path file, String language, String expected, boolean headed, String found) {

        public boolean correct() {
            return headed && compact(expected).equals(compact(found));
        }
    }

    /** A file of the folder: its header fields and its text. */
    public record HeaderedText(Map<String, String> header, String text) {

        public static HeaderedText read(Path file) {
            String all;
            try {
                all = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> header = new LinkedHashMap<>();
            String[] lines = all.split("\\R", -1);
            int i = 0;
            while (i < lines.length && HEADER.matcher(lines[i]).matches()) {
                var m = HEADER.matcher(lines[i]);
                m.matches();
                header.put(m.group(1), m.group(2).strip());
                i++;
            }
            if (header.isEmpty()) {
                return new HeaderedText(header, all);
            }
            int offset = 0;
            for (int k = 0; k < i && k < lines.length; k++) {
                offset = all.indexOf('\n', offset) + 1;
            }
            return new HeaderedText(header, all.substring(Math.min(offset, all.length())).stripLeading());
        }
    }

    /** Files, and per language: files, files with a numbered heading, numbers found. */
    public record Report(List<FileResult> files) {

        public Map<String, int[]> perLanguage() {
            Map<String, int[]> out = new TreeMap<>();
            for (FileResult f : files) {
                int[] t = out.computeIfAbsent(f.language(), k -> new int[3]);
                t[0]++;
                t[1] += f.headed() ? 1 : 0;
                t[2] += f.correct() ? 1 : 0;
            }
            return out;
        }

        /** The table and the misses, as {@code bench-split} prints them. */
        public String format() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-8s %6s %9s %6s %9s%n", "language",
                    "files", "numbered", "found", "accuracy"));
            int[] all = new int[3];
            perLanguage().forEach((language, t) -> {
                out.append(row(language, t));
                for (int k = 0; k < 3; k++) {
                    all[k] += t[k];
                }
            });
            out.append(row("all", all));
            for (FileResult f : files) {
                if (!f.correct()) {
                    out.append(String.format(Locale.ROOT, "  %s %s: expected %s, found %s%s%n",
                            f.headed() ? "miss" : "skip", f.file(), f.expected(),
                            f.found().isEmpty() ? "nothing" : f.found(), f.headed() ? "" : " (no numbered heading)"));
                }
            }
            return out.toString();
        }

        private static String row(String language, int[] t) {
            return String.format(Locale.ROOT, "%-8s %6d %9d %6d %8.1f%%%n", language, t[0], t[1], t[2],
                    t[1] == 0 ? 0.0 : 100.0 * t[2] / t[1]);
        }
    }

    private SplitAccuracy() {
    }

    /** Every {@code .txt} file under the folder with a {@code provision:} header. */
    public static Report measure(Path folder) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<FileResult> out = new ArrayList<>();
        for (Path p : paths) {
            HeaderedText file = HeaderedText.read(p);
            if (file.header().containsKey("provision")) {
                out.add(measure(folder.relativize(p), file));
            }
        }
        return new Report(out);
    }

    static FileResult measure(Path name, HeaderedText file) {
        String language = file.header().getOrDefault("language", "?");
        String expected = expected(file.header().get("provision"));
        List<SplitProvision> found = ProvisionSplitter.split(file.text(), language);
        String number = found.stream().filter(SplitProvision::numbered).map(SplitProvision::number).findFirst()
                .orElse("");
        return new FileResult(name, language, expected, headed(file.text(), expected), number);
    }

    /** The number in a header line: its first token with a digit ("§ 72b …" → 72b), else the word after the label. */
    static String expected(String provision) {
        String[] tokens = provision.strip().split("\\s+");
        for (String t : tokens) {
            if (t.matches(".*\\d.*")) {
                return t.replaceAll("[.,:;]+$", "");
            }
        }
        return tokens.length > 1 ? tokens[1].replaceAll("[.,:;]+$", "") : tokens[0];
    }

    /** Whether the expected number is the first or second word of one of the first five non-blank lines. */
    static boolean headed(String text, String expected) {
        String main = expected.replaceAll("\\(.*$", "");
        String word = ORDINALS.getOrDefault(main.toLowerCase(Locale.ROOT), main);
        int seen = 0;
        for (String line : text.split("\\R")) {
            String l = line.replaceAll("<[^>]{1,40}>", "").replaceAll("[#*_]|^[„“\"«]", " ")
                    .replaceAll("\\p{Zs}", " ").strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] w = l.split("\\s+");
            for (int k = 0; k < Math.min(2, w.length); k++) {
                String t = w[k].replaceAll("^\\(|[.,:;]+$", "");
                if (compact(t).equals(compact(main)) || compact(t).equals(compact(word))) {
                    return true;
                }
            }
            if (++seen >= 5) {
                return false;
            }
        }
        return false;
    }

    /** Letters and digits only, lower case; ordinal words as digits ("segundo" → 2). */
    static String compact(String number) {
        String n = number.strip().toLowerCase(Locale.ROOT).replaceAll("^1(?:er|re)$", "1");
        n = ORDINALS.getOrDefault(n, n);
        return java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
