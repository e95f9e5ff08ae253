package org.lexgap.corpus.boundary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.lexgap.corpus.entity.DecisionRef;
import org.lexgap.corpus.entity.Provision;

/** A provision as {@code GET /api/provisions/{id}} shows it: the provision and the court decisions that applied it. */
public record ProvisionView(@JsonUnwrapped Provision provision, List<DecisionRef> decisions) {
}
