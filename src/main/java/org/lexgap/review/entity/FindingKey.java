package org.lexgap.review.entity;

/** Which finding: a country (ISO code), a checklist id and one of its criteria. */
public record FindingKey(String country, String checklist, String criterion) {

    @Override
    public String toString() {
        return country + "/" + checklist + "/" + criterion;
    }
}
