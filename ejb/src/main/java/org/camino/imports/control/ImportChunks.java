package org.camino.imports.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.boundary.Registrations;
import org.camino.cases.control.CaseNumbers;
import org.camino.cases.entity.CaseFile;
import org.camino.cases.entity.CaseType;
import org.camino.imports.entity.ImportContent;
import org.camino.imports.entity.ImportFile;
import org.camino.imports.entity.ImportedRow;
import org.camino.missions.entity.Mission;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The transactions of an import run: reading what was staged, writing one
 * chunk of rows as cases, marking the file done. A chunk's cases and its
 * {@link ImportedRow} entries commit together, and rows already entered are
 * skipped, so a chunk written twice (a resumed run, two servers) makes each
 * case once: the second writer finds the rows done, or fails on their primary
 * key and rolls back.
 */
@Stateless
public class ImportChunks {

    /** What a run needs of a staged import. */
    public record Staged(long id, long missionId, String missionCode, CaseType type, String fileName, byte[] content,
                         Set<Integer> skippedRows, String username) {
        @Override
        public String toString() {
            return "Staged[" + id + ", " + missionCode + ", " + type + "]"; // the file holds personal data
        }
    }

    private static final int JDBC_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Registrations registrations;

    @Inject
    CaseNumbers caseNumbers;

    /** The import if it still has rows to write. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Staged> unfinished(long fileId) {
        ImportFile file = em.find(ImportFile.class, fileId);
        if (file == null || file.getStatus() != ImportFile.Status.IMPORTING) {
            return Optional.empty();
        }
        Set<Integer> skipped = new HashSet<>();
        for (String row : file.getSkippedRows().split(",")) {
            if (!row.isBlank()) {
                skipped.add(Integer.valueOf(row.trim()));
            }
        }
        String content = em.find(ImportContent.class, fileId).getContent();
        return Optional.of(new Staged(file.getId(), file.getMission().getId(), file.getMission().getCode(),
                file.getCaseType(), file.getFileName(), Base64.getDecoder().decode(content), skipped, file.getCreatedBy()));
    }

    /** Writes the rows not written yet as cases, with the history line "Imported from <file>, row n". */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int write(Staged staged, List<RowForms.RowForm> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Session session = em.unwrap(Session.class);
        session.setJdbcBatchSize(JDBC_BATCH);
        // flushed once at the end, as the synthetic generator does (Envers then checks only its own rows)
        session.setHibernateFlushMode(FlushMode.MANUAL);
        Set<Integer> done = new HashSet<>(em.createQuery("select r.key.rowNo from ImportedRow r where r.key.fileId = :f"
                        + " and r.key.rowNo between :first and :last", Integer.class)
                .setParameter("f", staged.id()).setParameter("first", rows.get(0).row())
                .setParameter("last", rows.get(rows.size() - 1).row()).getResultList());
        List<RowForms.RowForm> todo = rows.stream().filter(r -> !done.contains(r.row())).toList();
        if (todo.isEmpty()) {
            return 0;
        }
        // a reference, as the synthetic generator takes it: the import_file row (and the file) is not read per chunk
        Mission mission = em.getReference(Mission.class, staged.missionId());
        LocalDate today = LocalDate.now();
        long seq = caseNumbers.reserveApart(staged.missionId(), staged.type(), today.getYear(), todo.size());
        for (RowForms.RowForm row : todo) {
            CaseFile caseFile = registrations.store(mission, staged.type(),
                    CaseNumbers.format(staged.missionCode(), staged.type(), today.getYear(), seq++), today, row.form(),
                    staged.username(), "Imported from " + staged.fileName() + ", row " + row.row(), c -> { });
            em.persist(new ImportedRow(staged.id(), row.row(), caseFile.getId()));
        }
        session.flush();
        em.createNativeQuery("update import_file set rows_done = rows_done + ?1, heartbeat_at = now() where id = ?2")
                .setParameter(1, todo.size()).setParameter(2, staged.id()).executeUpdate();
        return todo.size();
    }

    /** Marks the import done (and drops the kept file) once every row it should write is a case. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean finish(long fileId, int expectedRows) {
        ImportFile file = em.find(ImportFile.class, fileId);
        long written = em.createQuery("select count(r) from ImportedRow r where r.key.fileId = :f", Long.class)
                .setParameter("f", fileId).getSingleResult();
        if (file.getStatus() == ImportFile.Status.IMPORTING && written == expectedRows) {
            file.done();
            ImportContent content = em.find(ImportContent.class, fileId);
            if (content != null) {
                em.remove(content);
            }
            return true;
        }
        return false;
    }
}
