package org.camino.seeding.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.platform.control.Settings;
import org.camino.security.control.PasswordPolicy;
import org.camino.security.control.Passwords;
import org.camino.security.entity.User;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Outside demo mode, a new installation gets one account, {@code admin}, so
 * that someone can create the others. Its password comes from
 * CAMINO_INITIAL_ADMIN_PASSWORD or, when that is not set, is generated and
 * written to the log once; either way it must be changed at first sign-in.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    Settings settings;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void createIfNoAccounts() {
        if (settings.demoMode() || em.createQuery("select count(u) from User u", Long.class).getSingleResult() > 0) {
            return;
        }
        String password = settings.get("CAMINO_INITIAL_ADMIN_PASSWORD").orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        } else if (!PasswordPolicy.problems(password, "admin").isEmpty()) {
            throw new IllegalStateException("CAMINO_INITIAL_ADMIN_PASSWORD does not meet the password policy "
                    + PasswordPolicy.problems(password, "admin"));
        }
        User admin = new User("admin", "Administrator", Passwords.hash(password));
        admin.setMustChangePassword(true);
        admin.grant("ADMINISTRATOR", null, null);
        em.persist(admin);
        LOG.warning(generated
                ? "CAMINO created the account 'admin' with the one-time password " + password + " (change it at first sign-in)"
                : "CAMINO created the account 'admin' with the password from CAMINO_INITIAL_ADMIN_PASSWORD (change it at first sign-in)");
    }
}
