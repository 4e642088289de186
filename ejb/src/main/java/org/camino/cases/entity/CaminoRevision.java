package org.camino.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** An Envers revision: when, and who (the signed-in user, or "system" for start-up and batch work). */
@Entity
@Table(name = "revinfo")
@RevisionEntity(CaminoRevisionListener.class)
public class CaminoRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(nullable = false, length = 64)
    private String username;

    public long getId() { return id; }
    public long getTimestamp() { return timestamp; }
    public String getUsername() { return username; }
    void setUsername(String username) { this.username = username; }
}
