package org.lexgap.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the corpus folder: the configured one, or the copy bundled under {@code corpus/} on the class path
 * (a folder in an exploded WAR; inside a jar, it is copied to the data folder first).
 */
public final class CorpusLocation {

    static final String BUNDLED = "corpus";

    private CorpusLocation() {
    }

    public static Path resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured).toAbsolutePath();
            if (!Files.isDirectory(path)) {
                throw new IllegalStateException(ConfigKeys.CORPUS_DIR + " is not a folder: " + path);
            }
            return path;
        }
        URL marker = CorpusLocation.class.getClassLoader().getResource(BUNDLED + "/checklists/thesaurus.yaml");
        if (marker == null) {
            throw new IllegalStateException("no bundled corpus on the class path; set " + ConfigKeys.CORPUS_DIR);
        }
        try {
            if ("file".equals(marker.getProtocol())) {
                return Path.of(marker.toURI()).getParent().getParent();
            }
            return copyOut(marker, dataDir.resolve("bundled-corpus"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled corpus: " + marker, e);
        }
    }

    private static Path copyOut(URL marker, Path target) throws URISyntaxException {
        String uri = marker.toURI().toString();
        String jar = uri.substring(0, uri.indexOf("!/"));
        try (FileSystem fs = FileSystems.newFileSystem(java.net.URI.create(jar), Map.of());
             Stream<Path> files = Files.walk(fs.getPath("/" + BUNDLED))) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path dest = target.resolve(fs.getPath("/" + BUNDLED).relativize(source).toString());
                Files.createDirectories(dest.getParent());
                try (InputStream in = Files.newInputStream(source)) {
                    Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the bundled corpus to " + target, e);
        }
    }
}
