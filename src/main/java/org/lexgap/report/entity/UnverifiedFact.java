package org.lexgap.report.entity;

/**
 * A fact behind a report that is marked {@code verified: false} in the corpus.
 *
 * @param kind what sort of fact: membership, treaty status, statute, provision, amendment, court decision,
 *             observation or legal basis
 * @param id the id of the fact (a treaty, statute, provision, decision or observation id, or a criterion for a
 *           legal basis)
 * @param description what the fact says, in one line
 * @param source where it was read (a URL), when known
 */
public record UnverifiedFact(String kind, String id, String description, String source) {

    public static final String MEMBERSHIP = "membership";
    public static final String TREATY_STATUS = "treaty status";
    public static final String STATUTE = "statute";
    public static final String PROVISION = "provision";
    public static final String AMENDMENT = "amendment";
    public static final String DECISION = "court decision";
    public static final String OBSERVATION = "observation";
    public static final String LEGAL_BASIS = "legal basis";
}
