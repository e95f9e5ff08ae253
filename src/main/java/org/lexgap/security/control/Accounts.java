package org.lexgap.security.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
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
    @ConfigProperty(name = ConfigKeys.SIGN_IN_FAILURE_WINDOW, defaultValue = "PT15M")
    Duration failureWindow;

    @Inject
    @ConfigProperty(name = ConfigKeys.ADMIN_USER)
    Optional<String> adminUser;

    @Inject
    @ConfigProperty(name = ConfigKeys.ADMIN_PASSWORD)
    Optional<String> adminPassword;

    /** A client address may fail this many times more than one user name (several people behind one proxy). */
    static final int ADDRESS_FACTOR = 4;

    private volatile SignInLimiter byUser;
    private volatile SignInLimiter byAddress;

    void onStart(@Observes @Initialized(ApplicationScoped.class) @Priority(2000) Object event) {
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

    /** Failed sign-ins per user name. */
    public synchronized SignInLimiter limiterByUser() {
        if (byUser == null) {
            byUser = new SignInLimiter(Clock.systemUTC(), maxFailures, failureWindow);
        }
        return byUser;
    }

    /** Failed sign-ins per client address. */
    public synchronized SignInLimiter limiterByAddress() {
        if (byAddress == null) {
            byAddress = new SignInLimiter(Clock.systemUTC(), maxFailures * ADDRESS_FACTOR, failureWindow);
        }
        return byAddress;
    }
}
