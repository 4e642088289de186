package org.camino.cases.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.camino.cases.control.CaseStatistics;
import org.camino.cases.entity.CaseFile;

import java.util.List;

/** Step {@code derive}, writing: each case announces all its statistical records, in the chunk's transaction. */
@Named("cdrLoadWriter")
@Dependent
public class CaseRecordWriter extends AbstractItemWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseStatistics statistics;

    @Override
    public void writeItems(List<Object> ids) {
        for (Object id : ids) {
            CaseFile caseFile = em.find(CaseFile.class, id);
            if (caseFile != null) {
                statistics.announceAll(caseFile);
            }
        }
        em.flush();
        em.clear();
    }
}
