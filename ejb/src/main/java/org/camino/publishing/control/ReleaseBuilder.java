package org.camino.publishing.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds a release in the background: counts its tables in HQ's store,
 * protects them (suppression, rounding) together with every table published
 * before, audits the result, makes the counter-trafficking microdata extract
 * if asked, and saves tables, extract and audit in one transaction. Progress
 * is written as it goes, so the page shows it. A build is a pure function of
 * the store and the earlier releases: after a crash it simply starts again
 * ({@link ReleaseBuilds}), and nothing is counted twice because nothing was
 * saved.
 */
@Stateless
public class ReleaseBuilder {

    private static final Logger LOG = Logger.getLogger(ReleaseBuilder.class.getName());

    public static final String COUNTING = "COUNTING";
    public static final String PROTECTING = "PROTECTING";
    public static final String EXTRACTING = "EXTRACTING";
    public static final String SAVING = "SAVING";
    /** The longest a release's protection may take: past it the build fails and says why (nothing is saved). */
    static final Duration BUDGET = Duration.ofMinutes(15);
    private static final Duration HEARTBEAT = Duration.ofSeconds(30);

    @Inject
    ReleaseStore store;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void build(long id) {
        if (!store.claim(id)) {
            return; // not building any more, or another builder holds it
        }
        ReleaseRecord release = store.find(id).orElseThrow();
        // the lease is renewed every 30 s for as long as this build works, whatever step it is in (a count over
        // ten million records can take minutes): otherwise the timer would take it for interrupted and start it again
        ScheduledFuture<?> lease = scheduler.scheduleAtFixedRate(() -> store.heartbeat(id), HEARTBEAT.toSeconds(),
                HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
        try {
            List<TableRequest> requests = ReleaseJson.tables(release.request());
            store.progress(id, COUNTING, 0, requests.size());
            TableCounts.Counted counted;
            try (Connection connection = store.connection()) {
                counted = TableCounts.count(connection, requests,
                        new TableCounts.Scope(release.from(), release.to(), release.missions()));
            }
            List<ProtectedTable> earlier = store.publishedTables(
                    requests.stream().map(t -> t.population().id()).distinct().toList());
            store.progress(id, PROTECTING, 0, 1);
            long deadline = System.nanoTime() + BUDGET.toNanos();
            Protection protection = DisclosureControl.protect(counted.tables(), earlier, new AuditProgress() {
                @Override
                public void cellsAudited(int audited, int total) {
                    store.progress(id, PROTECTING, audited, total);
                }

                @Override
                public boolean stopped() {
                    return System.nanoTime() > deadline;
                }
            });
            ReleaseStore.StoredExtract extract = ReleaseJson.ctExtract(release.request()) ? extract(release) : null;
            store.progress(id, SAVING, 0, 1);
            List<ReleaseStore.StoredTable> tables = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                tables.add(new ReleaseStore.StoredTable(requests.get(i).title(), protection.tables().get(i)));
            }
            store.built(id, tables, extract, protection.audit(), counted.records());
        } catch (AuditStoppedException e) {
            LOG.warning("Release " + id + ": " + e.getMessage() + " within " + BUDGET.toMinutes() + " minutes");
            store.failed(id, "The audit could not prove every suppressed cell safe within " + BUDGET.toMinutes()
                    + " minutes: tables this large (many dimensions, many small counts) are beyond it today."
                    + " Draft again with fewer dimensions, fewer categories or a longer period.");
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Release " + id + " could not be built", e);
            store.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            lease.cancel(false);
        }
    }

    /** The counter-trafficking microdata extract of the release's period and missions (k = 11, l = 2). */
    private ReleaseStore.StoredExtract extract(ReleaseRecord release) throws SQLException {
        store.progress(release.id(), EXTRACTING, 0, 1);
        List<CtVictim> victims;
        try (Connection connection = store.connection()) {
            victims = new CtExtractRecords(connection).victims(release.from(), release.to(), release.missions());
        }
        CtMicrodata extract = CtMicrodataExtract.ctdc().extract(victims.stream().map(CtVictim::values).toList());
        StringWriter csv = new StringWriter();
        CtMicrodataWriter.csv(extract, csv);
        return new ReleaseStore.StoredExtract(csv.toString(), CtMicrodataWriter.json(extract).toString(),
                extract.loss().releasedRecords(), extract.loss().suppressedRecords());
    }
}
