package org.lexgap.ingest.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A DOM parser that reads no DTD and resolves no entity: a DOCTYPE with an internal subset is refused outright (that
 * stops external entities, XXE, and entity expansion such as "billion laughs"); a DOCTYPE that only names an
 * external DTD (gesetze-im-internet.de names its gii-norm.dtd) is blanked out before parsing, so the DTD is never
 * fetched and no entity of it exists; secure processing caps what remains.
 */
final class SafeXml {

    private SafeXml() {
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(withoutExternalDoctype(xml)));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE") || message.contains("entit")) {
                throw new ImportException(ImportError.UNSAFE_XML, "The XML declares a DOCTYPE or entities, which are "
                        + "refused (no DTDs, no external or expanding entities).", e);
            }
            throw new ImportException(ImportError.CORRUPT, "The XML is not well-formed: " + message, e);
        } catch (IOException e) {
            throw new ImportException(ImportError.CORRUPT, "The XML cannot be read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured", e);
        }
    }

    /**
     * The document with a DOCTYPE that has no internal subset ({@code <!DOCTYPE dokumente SYSTEM "…gii-norm.dtd">})
     * replaced by spaces; any other document unchanged (a DOCTYPE with {@code [} is left for the parser to refuse).
     */
    static byte[] withoutExternalDoctype(byte[] xml) {
        int limit = Math.min(xml.length, 4096);
        String head = new String(xml, 0, limit, java.nio.charset.StandardCharsets.ISO_8859_1);
        int start = head.indexOf("<!DOCTYPE");
        if (start < 0) {
            return xml;
        }
        int end = head.indexOf('>', start);
        int firstElement = firstElement(head);
        if (end < 0 || head.substring(start, end).indexOf('[') >= 0 || firstElement >= 0 && firstElement < start) {
            return xml;
        }
        byte[] copy = xml.clone();
        java.util.Arrays.fill(copy, start, end + 1, (byte) ' ');
        return copy;
    }

    private static int firstElement(String head) {
        for (int i = head.indexOf('<'); i >= 0 && i + 1 < head.length(); i = head.indexOf('<', i + 1)) {
            char c = head.charAt(i + 1);
            if (c != '?' && c != '!') {
                return i;
            }
        }
        return -1;
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        return factory;
    }
}
