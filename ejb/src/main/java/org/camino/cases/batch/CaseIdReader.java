package org.camino.cases.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Step {@code derive} of the initial load, reading: the ids of the mission's
 * cases in ascending order, a page at a time, after the last id of the last
 * checkpoint.
 */
@Named("cdrLoadReader")
@Dependent
public class CaseIdReader extends AbstractItemReader {

    static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    @BatchProperty
    String mission;

    private final Deque<Long> buffer = new ArrayDeque<>();
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint instanceof Long id ? id : 0L;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(em.createQuery("select c.id from CaseFile c where c.mission.code = :m and c.id > :after"
                            + " order by c.id", Long.class)
                    .setParameter("m", mission).setParameter("after", lastId).setMaxResults(PAGE).getResultList());
        }
        Long next = buffer.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
