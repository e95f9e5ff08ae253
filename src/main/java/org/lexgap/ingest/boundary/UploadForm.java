package org.lexgap.ingest.boundary;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.lexgap.ingest.control.DocumentForm;
import org.lexgap.ingest.control.ImportLimits;
import org.lexgap.ingest.entity.DocumentMetadata;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;

/** The multipart form of an upload: the file part (read up to the size limit) and the metadata fields. */
record UploadForm(String fileName, String mediaType, byte[] content, DocumentMetadata metadata) {

    static UploadForm read(List<EntityPart> parts, ImportLimits limits) {
        if (parts == null || parts.isEmpty()) {
            throw invalid("Send a multipart/form-data body with the fields file, jurisdiction, title, citation, "
                    + "language, status, validFrom and source.");
        }
        EntityPart file = part(parts, "file").orElseThrow(() -> invalid("The form field 'file' is required."));
        DocumentMetadata metadata = DocumentForm.metadata(field(parts, "jurisdiction"), field(parts, "title"),
                field(parts, "citation"), field(parts, "language"), field(parts, "status"), field(parts, "validFrom"),
                field(parts, "source"));
        String type = file.getMediaType() == null ? null : file.getMediaType().toString();
        return new UploadForm(file.getFileName().orElse(null), type, readAtMost(file, limits.maxBytes()), metadata);
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private static String field(List<EntityPart> parts, String name) {
        Optional<EntityPart> part = part(parts, name);
        if (part.isEmpty()) {
            return null;
        }
        try {
            return part.get().getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAtMost(EntityPart part, long max) {
        try (InputStream in = part.getContent()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw new ImportException(ImportError.TOO_LARGE, "The file is larger than " + max + " bytes.");
            }
            return content;
        } catch (IOException e) {
            throw invalid("The file could not be received: " + e.getMessage());
        }
    }

    private static ImportException invalid(String message) {
        return new ImportException(ImportError.INVALID_FORM, message);
    }
}
