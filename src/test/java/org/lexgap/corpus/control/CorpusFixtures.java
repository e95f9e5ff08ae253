package org.lexgap.corpus.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The small fixture corpus of the tests, copied to a temporary folder so that a test may break it. */
public final class CorpusFixtures {

    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    public static final Path VALID = FIXTURES.resolve("corpus");
    public static final Path SHIPPED = Path.of(".");

    private CorpusFixtures() {
    }

    public static Path copyOfValid(Path target) {
        copyTree(VALID, target);
        return target;
    }

    /** The valid corpus with one file replaced by the broken variant of a named case. */
    public static Path brokenCorpus(Path target, String brokenCase, String relativeFile) {
        copyOfValid(target);
        try {
            Path broken = FIXTURES.resolve("broken").resolve(brokenCase).resolve(Path.of(relativeFile).getFileName());
            Files.copy(broken, target.resolve(relativeFile), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static void copyTree(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path dest = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
