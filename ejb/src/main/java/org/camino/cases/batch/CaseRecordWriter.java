package org.camino.cases.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.cases.control.CaseStatistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Step {@code derive}, writing: all the statistical records of the chunk's
 * cases, read set-based and announced at once, in the chunk's transaction
 * (the repository writes them with one statement per table).
 */
@Named("cdrLoadWriter")
@Dependent
public class CaseRecordWriter extends AbstractItemWriter {

    @Inject
    CaseStatistics statistics;

    @Override
    public void writeItems(List<Object> ids) {
        List<Long> caseIds = new ArrayList<>(ids.size());
        for (Object id : ids) {
            caseIds.add((Long) id);
        }
        statistics.announceAll(caseIds);
    }
}
