package org.lexgap.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lexgap.search.control.SearchService;

/** Ready only when the search index is open and in line with the corpus. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    SearchService search;

    @Override
    public HealthCheckResponse call() {
        if (!search.isReady()) {
            return HealthCheckResponse.named("search").down()
                    .withData("error", search.failure().orElse("not open yet")).build();
        }
        return HealthCheckResponse.named("search").up().withData("fingerprint", search.fingerprint()).build();
    }
}
