package org.lexgap.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lexgap.config.ConfigKeys;
import org.lexgap.security.entity.Role;
import org.lexgap.store.StoreException;
import org.lexgap.store.StoreService;

/** Users, tokens and the sign-in limit of the running application; creates the first admin at start-up. */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @Inject
    StoreService store;

    @Inject
    @ConfigProperty(name = ConfigKeys.TOKEN_LIFETIME, defaultValue = "PT8H")
    Duration tokenLifetime;

    @Inject
    @ConfigProperty(name = ConfigKeys.SIGN_IN_MAX_FAILURES, defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = ConfigKeys.SIGN_IN_MAX_FAILURES_ADDRESS, defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = ConfigKeys.SIGN_IN_MAX_FAILURES_ACCOUNT, defaultValue = "50")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = ConfigKeys.SIGN_IN_FAILURE_WINDOW, defaultValue = "PT15M")
    Duration failureWindow;

    @Inject
    @ConfigProperty(name = ConfigKeys.SIGN_IN_BACKOFF, defaultValue = "PT1S")
    Duration backoff;

    @Inject
    @ConfigProperty(name = ConfigKeys.ADMIN_USER)
    Optional<String> adminUser;

    @Inject
    @ConfigProperty(name = ConfigKeys.ADMIN_PASSWORD)
    Optional<String> adminPassword;

    private volatile Instant lastPrune = Instant.EPOCH;

    /** Start-up, once the store is open: the first admin when the store has none. */
    public void start() {
        try {
            bootstrapAdmin();
        } catch (StoreException | AccountException e) {
            LOG.log(Level.SEVERE, "lexgap: the first admin could not be created: " + e.getMessage());
        }
    }

    /** When the store has no user and lexgap.admin.user and lexgap.admin.password are set: creates that admin. */
    void bootstrapAdmin() {
        if (adminUser.isEmpty() || adminPassword.isEmpty() || users().count() > 0) {
            return;
        }
        users().create(adminUser.get(), adminPassword.get().toCharArray(), Role.ADMIN, "bootstrap");
        LOG.info(() -> "lexgap: created the first admin '" + adminUser.get() + "' from " + ConfigKeys.ADMIN_USER);
    }

    public UserStore users() {
        return new UserStore(store.database());
    }

    public TokenStore tokens() {
        return new TokenStore(store.database(), Clock.systemUTC(), tokenLifetime);
    }

    /** The sign-in limit, in the database; stale rows are pruned at most once an hour. */
    public SignInThrottle throttle() {
        SignInThrottle throttle = new SignInThrottle(store.database(), Clock.systemUTC(), new SignInThrottle.Limits(
                maxFailures, maxFailuresPerAddress, maxFailuresPerAccount, failureWindow, backoff));
        Instant now = Instant.now();
        if (lastPrune.plus(Duration.ofHours(1)).isBefore(now)) {
            lastPrune = now;
            throttle.prune();
        }
        return throttle;
    }
}
