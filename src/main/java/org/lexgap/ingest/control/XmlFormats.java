package org.lexgap.ingest.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lexgap.ingest.entity.DocumentFormat;
import org.lexgap.ingest.entity.ImportError;
import org.lexgap.ingest.entity.ImportException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The official XML vocabularies lexgap reads, told apart by their root element and its namespace, and what the
 * readers share: the hardened parse ({@link SafeXml}), the check of the root, the whole text as one provision when
 * the markup holds none.
 */
final class XmlFormats {

    private static final Pattern PROLOG = Pattern.compile("(?s)\\A\\s*(?:<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*"
            + "(?:\\[.*?\\])?\\s*>|\\s+)*");
    private static final Pattern ROOT = Pattern.compile("(?s)\\A<([A-Za-z_][\\w.\\-]*(?::[A-Za-z_][\\w.\\-]*)?)"
            + "((?:\\s+[^>]*?)?)/?>");
    private static final Pattern XMLNS = Pattern.compile("xmlns(?::([\\w.\\-]+))?\\s*=\\s*[\"']([^\"']*)[\"']");

    /** The root element's local name, its namespace ("" for none) and its attributes as written. */
    record Root(String name, String namespace, String attributes) {
    }

    private XmlFormats() {
    }

    /** The root element of an XML document, from its first bytes (no parsing). */
    static Optional<Root> sniff(String head) {
        String h = head.replace("\uFEFF", "");
        Matcher prolog = PROLOG.matcher(h);
        int start = prolog.lookingAt() ? prolog.end() : 0;
        Matcher root = ROOT.matcher(h.substring(start));
        if (!root.lookingAt()) {
            return Optional.empty();
        }
        String qname = root.group(1);
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? null : qname.substring(0, colon);
        String namespace = "";
        Matcher ns = XMLNS.matcher(root.group(2));
        while (ns.find()) {
            if (prefix == null ? ns.group(1) == null : prefix.equals(ns.group(1))) {
                namespace = ns.group(2);
            }
        }
        return Optional.of(new Root(colon < 0 ? qname : qname.substring(colon + 1), namespace, root.group(2)));
    }

    /** The format of an XML document by its root element; empty for a vocabulary lexgap does not read. */
    static Optional<DocumentFormat> format(Root root) {
        String name = root.name();
        if (name.equals("akomaNtoso")) {
            return Optional.of(DocumentFormat.AKOMA_NTOSO);
        }
        if (name.equalsIgnoreCase("html")) {
            return Optional.of(DocumentFormat.HTML);
        }
        if (name.equals("Legislation") && root.namespace().equals(ClmlReader.NAMESPACE)) {
            return Optional.of(DocumentFormat.CLML);
        }
        if (UslmReader.NAMESPACES.contains(root.namespace())) {
            return Optional.of(DocumentFormat.USLM);
        }
        if (name.equals("dokumente") && root.namespace().isEmpty()) {
            return Optional.of(DocumentFormat.GII);
        }
        if ((name.equals("Statute") || name.equals("Regulation")) && root.attributes().contains(CanadaXmlReader.LIMS)) {
            return Optional.of(DocumentFormat.JUSTICE_CANADA);
        }
        if (FormexReader.ROOTS.contains(name)) {
            return Optional.of(DocumentFormat.FORMEX);
        }
        return Optional.empty();
    }

    /** Parses and checks the root: its local name (null: any) and its namespace ("" for none). */
    static Element root(byte[] xml, String name, Set<String> namespaces) {
        Element root = SafeXml.parse(xml).getDocumentElement();
        String namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        if (name != null && !name.equals(root.getLocalName()) || !namespaces.contains(namespace)) {
            throw unexpectedRoot(root, "<" + (name == null ? "…" : name) + "> in " + String.join(" or ",
                    namespaces.stream().map(n -> n.isEmpty() ? "no namespace" : n).toList()));
        }
        return root;
    }

    static Element root(byte[] xml, String name, String namespace) {
        return root(xml, name, Set.of(namespace));
    }

    static ImportException unexpectedRoot(Element root, String expected) {
        return new ImportException(ImportError.UNSUPPORTED_TYPE, "The XML root element is <" + root.getLocalName()
                + ">" + (root.getNamespaceURI() == null ? "" : " in " + root.getNamespaceURI()) + ", not " + expected
                + ".");
    }

    /** The provisions found, or the whole text as one provision when the markup holds none. */
    static ProvisionSplitter.Result result(List<ProvisionSplitter.Split> found, Element root) {
        if (found.stream().anyMatch(s -> s.style() != null)) {
            return new ProvisionSplitter.Result(true, found);
        }
        List<String> lines = new ArrayList<>();
        collectText(root, lines);
        return new ProvisionSplitter.Result(false, List.of(new ProvisionSplitter.Split(null, "", "", null,
                lines, null)));
    }

    private static void collectText(Node node, List<String> lines) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                String t = XmlLines.text(n.getNodeValue());
                if (!t.isEmpty()) {
                    lines.add(t);
                }
            } else if (n instanceof Element e && !e.getLocalName().toLowerCase(Locale.ROOT).contains("meta")) {
                collectText(e, lines);
            }
        }
    }

    /** Replaces the empty elements of this name by a text (Formex writes quotation marks as elements). */
    static void replaceByText(Element root, String name, String text) {
        for (Element e : XmlLines.outermost(root, name, Set.of())) {
            e.getParentNode().replaceChild(root.getOwnerDocument().createTextNode(text), e);
        }
    }
}
