package org.lexgap.assessment.entity;

import java.util.List;

/**
 * A provision (or a treaty status) that supports a level.
 *
 * @param provision the provision id, or the treaty id for treaty-status criteria
 * @param passage the part of the provision's text that matched (plain text)
 * @param concepts the thesaurus concepts that matched
 * @param suggests the level this piece of evidence suggests
 * @param verified whether the fact behind the evidence was verified in a cited source
 */
public record Evidence(String provision, String citation, String passage, List<String> concepts, int suggests,
                       boolean verified, String source) {
}
