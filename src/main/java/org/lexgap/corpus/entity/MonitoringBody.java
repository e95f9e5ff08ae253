package org.lexgap.corpus.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies whose findings on a State's law are recorded as observations. */
@Schema(type = SchemaType.STRING, enumeration = {"GRETA", "US-TIP", "CEDAW", "CRC", "HRC", "CAT", "CESCR", "CERD", "CETS216-COP", "GRECO", "OSCE", "UNODC", "other"})
public enum MonitoringBody {
    @JsonProperty("GRETA") GRETA("GRETA, Council of Europe Group of Experts on Action against Trafficking"),
    @JsonProperty("US-TIP") US_TIP("US Department of State, Trafficking in Persons Report"),
    @JsonProperty("CEDAW") CEDAW("UN Committee on the Elimination of Discrimination against Women"),
    @JsonProperty("CRC") CRC("UN Committee on the Rights of the Child"),
    @JsonProperty("HRC") HRC("UN Human Rights Committee"),
    @JsonProperty("CAT") CAT("UN Committee against Torture"),
    @JsonProperty("CESCR") CESCR("UN Committee on Economic, Social and Cultural Rights"),
    @JsonProperty("CERD") CERD("UN Committee on the Elimination of Racial Discrimination"),
    @JsonProperty("CETS216-COP")
    CETS216_COP("Committee of the Parties to the Convention against Trafficking in Human Organs"),
    @JsonProperty("GRECO") GRECO("GRECO, Council of Europe Group of States against Corruption"),
    @JsonProperty("OSCE") OSCE("OSCE"),
    @JsonProperty("UNODC") UNODC("UN Office on Drugs and Crime"),
    @JsonProperty("other") OTHER("another body");

    private final String title;

    MonitoringBody(String title) {
        this.title = title;
    }

    /** The body's name in words, for reports. */
    public String title() {
        return title;
    }
}
