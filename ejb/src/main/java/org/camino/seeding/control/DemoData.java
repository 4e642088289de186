package org.camino.seeding.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.entity.CaseType;
import org.camino.missions.entity.Mission;
import org.camino.platform.control.Settings;
import org.camino.security.control.Passwords;
import org.camino.security.entity.User;
import org.camino.synthetic.control.CasePlanner;
import org.camino.synthetic.control.SyntheticCases;
import org.camino.synthetic.control.SyntheticMissions;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode only (CAMINO_DEMO=true): a few missions and one account per role,
 * created once on an empty database. A production configuration never gets
 * these accounts. The accounts are listed in README.md.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    /** Shared by every demo account; README.md lists it. */
    public static final String DEMO_PASSWORD = "camino-demo-2026";

    /** Synthetic cases seeded with the demo accounts, so that lists and searches have something to show. */
    static final int DEMO_CASES = 300;
    private static final long DEMO_SEED = 2026;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Settings settings;

    @PersistenceContext
    EntityManager em;

    @Inject
    SyntheticMissions syntheticMissions;

    @Inject
    SyntheticCases syntheticCases;

    @PostConstruct
    void seed() {
        if (!settings.demoMode()) {
            return;
        }
        if (em.createQuery("select count(u) from User u", Long.class).getSingleResult() > 0) {
            return;
        }
        Mission kenya = new Mission("KEN", "Kenya country office", "KEN");
        Mission nairobi = new Mission("KEN-NBO", "Nairobi sub-office", "KEN");
        Mission jordan = new Mission("JOR", "Jordan country office", "JOR");
        Mission niger = new Mission("NER", "Niger country office", "NER");
        List.of(kenya, nairobi, jordan, niger).forEach(em::persist);
        em.flush();

        String hash = Passwords.hash(DEMO_PASSWORD);
        User caseworker = account("caseworker", "Demo Caseworker (Kenya)", hash);
        caseworker.grant("CASEWORKER", kenya.getId(), "resettlement");
        caseworker.grant("CASEWORKER", kenya.getId(), "avrr");
        account("health", "Demo Health Practitioner (Kenya)", hash).grant("HEALTH_PRACTITIONER", kenya.getId(), null);
        account("ctofficer", "Demo Counter-trafficking Officer (Kenya)", hash).grant("CT_OFFICER", kenya.getId(), null);
        account("manager", "Demo Mission Manager (Kenya)", hash).grant("MISSION_MANAGER", kenya.getId(), null);
        User jordanCaseworker = account("caseworker.jor", "Demo Caseworker (Jordan)", hash);
        jordanCaseworker.grant("CASEWORKER", jordan.getId(), "resettlement");
        jordanCaseworker.grant("CASEWORKER", jordan.getId(), "avrr");
        account("analyst", "Demo HQ Analyst", hash).grant("HQ_ANALYST", null, null);
        account("publisher", "Demo HQ Publisher", hash).grant("HQ_PUBLISHER", null, null);
        account("admin", "Demo Administrator", hash).grant("ADMINISTRATOR", null, null);
        em.flush();
        var missions = syntheticMissions.active();
        // every other open resettlement or return case of Kenya goes to the demo caseworker, whose dashboard then shows them
        long caseworkerId = caseworker.getId();
        syntheticCases.write(new CasePlanner(DEMO_SEED, LocalDate.now(), missions).plan(0, DEMO_CASES), missions, "system",
                plan -> "KEN".equals(plan.missionCode()) && plan.closedOn() == null && plan.index() % 2 == 0
                        && (plan.type() == CaseType.RST || plan.type() == CaseType.AVR) ? caseworkerId : null);
        LOG.warning("CAMINO DEMO MODE: seeded 4 missions, demo accounts (password in README.md) and " + DEMO_CASES
                + " synthetic cases. Never use demo mode in production.");
    }

    private User account(String username, String displayName, String hash) {
        User user = new User(username, displayName, hash);
        user.setMustChangePassword(false);
        em.persist(user);
        return user;
    }
}
