package org.lexgap.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.lexgap.ingest.control.DocumentService;
import org.lexgap.startup.StartupSequence;

/**
 * Ready once start-up has run to its end, which includes bringing this node's corpus and index up to the newest
 * change in the database; then reports how far behind the change log the node is (changes not yet applied). Down
 * while the database cannot be read.
 */
@Readiness
@ApplicationScoped
public class ChangeLogReadiness implements HealthCheck {

    @Inject
    StartupSequence startup;

    @Inject
    DocumentService documents;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("changes")
                .withData("stage", startup.stage().name().toLowerCase(java.util.Locale.ROOT));
        if (startup.stage() != StartupSequence.Stage.READY) {
            return response.down().withData("error", startup.failure().orElse("starting")).build();
        }
        try {
            DocumentService.Lag lag = documents.lag();
            return response.up().withData("applied", lag.applied()).withData("latest", lag.latest())
                    .withData("behind", lag.behind()).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", "the database cannot be read: " + e.getMessage()).build();
        }
    }
}
