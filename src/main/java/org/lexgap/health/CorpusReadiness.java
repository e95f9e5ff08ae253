package org.lexgap.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lexgap.corpus.control.CorpusService;

/** Ready only when the corpus has loaded. */
@Readiness
@ApplicationScoped
public class CorpusReadiness implements HealthCheck {

    @Inject
    CorpusService corpus;

    @Override
    public HealthCheckResponse call() {
        if (!corpus.loaded()) {
            return HealthCheckResponse.named("corpus").down()
                    .withData("error", corpus.failure().orElse("not loaded yet")).build();
        }
        return HealthCheckResponse.named("corpus").up()
                .withData("provisions", corpus.corpus().provisions().size())
                .withData("countries", corpus.corpus().countries().size()).build();
    }
}
