package org.camino.cases.entity;

/**
 * A record that belongs to one case and is changed on the version the user
 * read: programme details, movements, documents, assistance items, events.
 */
public interface CasePart {

    CaseFile getCaseFile();

    long getVersion();
}
