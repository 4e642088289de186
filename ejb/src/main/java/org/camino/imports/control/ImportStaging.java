package org.camino.imports.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.camino.cases.entity.CaseType;
import org.camino.imports.entity.ImportContent;
import org.camino.imports.entity.ImportFile;
import org.camino.missions.entity.Mission;
import org.camino.platform.errors.RefusedException;

import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Accepted imports: kept (committed before their run starts), found, listed. */
@Stateless
public class ImportStaging {

    @PersistenceContext
    EntityManager em;

    /**
     * Keeps a checked file for its run, committed at once so that the run (another thread) sees it. The same
     * file twice in a mission, even at the same moment, is kept once (unique mission and SHA-256).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long stage(String missionCode, CaseType type, String fileName, String sha256, byte[] content,
                      Set<Integer> skippedRows, int rows, String username) {
        Mission mission = em.createQuery("select m from Mission m where m.code = :c", Mission.class)
                .setParameter("c", missionCode).getSingleResult();
        ImportFile file = new ImportFile(mission, type, fileName, sha256,
                skippedRows.stream().map(String::valueOf).collect(Collectors.joining(",")), rows, username);
        try {
            em.persist(file);
            em.flush();
            em.persist(new ImportContent(file.getId(), Base64.getEncoder().encodeToString(content)));
            em.flush();
        } catch (PersistenceException e) {
            throw new RefusedException("import.alreadyImported", "This file was already imported into " + missionCode);
        }
        return file.getId();
    }

    /** With its mission, for a view made outside any transaction. */
    public ImportFile find(long id) {
        return em.createQuery("select f from ImportFile f join fetch f.mission where f.id = :id", ImportFile.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
    }

    public List<ImportFile> recent(String missionCode, int limit) {
        return em.createQuery("select f from ImportFile f join fetch f.mission m where m.code = :c order by f.id desc", ImportFile.class)
                .setParameter("c", missionCode).setMaxResults(limit).getResultList();
    }

    /** The import of the same file into the mission, if there is one. */
    public Long importedAlready(String missionCode, String sha256) {
        return em.createQuery("select f.id from ImportFile f where f.mission.code = :c and f.sha256 = :h", Long.class)
                .setParameter("c", missionCode).setParameter("h", sha256).getResultStream().findFirst().orElse(null);
    }
}
