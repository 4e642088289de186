package org.camino.repository.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import org.camino.security.control.ApiTokenSecrets;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Node credentials, HQ side: HQ issues one to each mission node, scoped to
 * the missions that node serves; it is shown once and stored as its SHA-256
 * (256 random bits, like API tokens). It authenticates a node, never a user:
 * it opens nothing but the batch endpoint.
 */
@Stateless
public class NodeCredentials {

    /** The scope of the loopback node of a {@code both} server: the missions of that same server, all of them. */
    public static final String ALL_MISSIONS_OF_THIS_SERVER = "*";

    /** A node; {@code signingKey}: the Ed25519 public key (base64) that verifies its batch files, if registered. */
    public record Node(long id, String name, List<String> missions, Instant createdAt, String createdBy,
                       Instant revokedAt, String signingKey) {
        public boolean serves(String mission) {
            return missions.contains(ALL_MISSIONS_OF_THIS_SERVER) || missions.contains(mission);
        }
    }

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    /** Issues (or re-issues, replacing the old credential) the credential of a node; returns the secret. */
    public String issue(String name, List<String> missions, String by) {
        String secret = ApiTokenSecrets.newSecret();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into cdr_node (id, name, missions, credential_hash, created_by)"
                     + " values (nextval('cdr_node_seq'), ?, ?, ?, ?) on conflict (name) do update set"
                     + " missions = excluded.missions, credential_hash = excluded.credential_hash,"
                     + " created_at = now(), created_by = excluded.created_by, revoked_at = null")) {
            s.setString(1, name);
            s.setArray(2, c.createArrayOf("varchar", missions.toArray()));
            s.setString(3, ApiTokenSecrets.hash(secret));
            s.setString(4, by);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return secret;
    }

    /** The node holding this credential, unless unknown or revoked. */
    public Optional<Node> verify(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return query("where credential_hash = ? and revoked_at is null", ApiTokenSecrets.hash(secret.trim()))
                .stream().findFirst();
    }

    /** The node whose batch files this public key verifies, unless unknown or revoked. */
    public Optional<Node> bySigningKey(String publicKey) {
        return query("where signing_key = ? and revoked_at is null", publicKey).stream().findFirst();
    }

    public Optional<Node> byName(String name) {
        return query("where name = ?", name).stream().findFirst();
    }

    /** What became of a signing key to register. */
    public enum Registration { REGISTERED, NO_SUCH_NODE, KEY_OF_ANOTHER_NODE }

    /** Registers the public key that verifies the node's batch files (replacing its previous one). */
    public Registration registerSigningKey(String name, String publicKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update cdr_node set signing_key = ? where name = ?"
                     + " and not exists (select 1 from cdr_node o where o.signing_key = ? and o.name <> ?)")) {
            s.setString(1, publicKey);
            s.setString(2, name);
            s.setString(3, publicKey);
            s.setString(4, name);
            if (s.executeUpdate() == 1) {
                return Registration.REGISTERED;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return byName(name).isEmpty() ? Registration.NO_SUCH_NODE : Registration.KEY_OF_ANOTHER_NODE;
    }

    public boolean revoke(String name) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "update cdr_node set revoked_at = now() where name = ? and revoked_at is null")) {
            s.setString(1, name);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Node> list() {
        return query("order by name", null);
    }

    private List<Node> query(String where, String parameter) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, name, missions, created_at, created_by, revoked_at, signing_key"
                     + " from cdr_node " + where)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            List<Node> nodes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Array missions = rs.getArray(3);
                    nodes.add(new Node(rs.getLong(1), rs.getString(2), Arrays.asList((String[]) missions.getArray()),
                            instant(rs.getTimestamp(4)), rs.getString(5), instant(rs.getTimestamp(6)), rs.getString(7)));
                }
            }
            return nodes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
