package org.lexgap.ingest.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The file formats lexgap imports, recognised by their content (magic bytes, the XML root element and namespace), not
 * their declared type.
 */
@Schema(type = SchemaType.STRING, enumeration = {"pdf", "html", "text", "akoma-ntoso", "clml", "uslm", "gesetze-im-internet", "justice-canada", "formex"})
public enum DocumentFormat {
    @JsonProperty("pdf") PDF,
    @JsonProperty("html") HTML,
    @JsonProperty("text") TEXT,
    @JsonProperty("akoma-ntoso") AKOMA_NTOSO,
    /** legislation.gov.uk: Crown Legislation Markup Language. */
    @JsonProperty("clml") CLML,
    /** United States Legislative Markup: the US Code (uscode.house.gov, govinfo) and public laws. */
    @JsonProperty("uslm") USLM,
    /** gesetze-im-internet.de: the XML of the federal law of Germany (gii-norm). */
    @JsonProperty("gesetze-im-internet") GII,
    /** Justice Canada's consolidated acts and regulations (laws-lois-xml). */
    @JsonProperty("justice-canada") JUSTICE_CANADA,
    /** EUR-Lex and the Official Journal of the European Union: Formex 4. */
    @JsonProperty("formex") FORMEX;

    /** Whether the format is an XML vocabulary (all are read by the same hardened parser). */
    public boolean xml() {
        return this != PDF && this != HTML && this != TEXT;
    }
}
