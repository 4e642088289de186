package org.camino.repository.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * HQ's copy of each mission node's access-log anchors (seq and hash of the
 * node's log head, sent with its pushes). With a new anchor the node shows
 * the hash its log now has at the last seq HQ holds an anchor of; a different
 * hash means the node's log was rewritten after HQ received that anchor, and
 * HQ records a conflict (and says so in its log). HQ never holds the node's
 * access-log key: it compares hashes, nothing more.
 */
@Stateless
public class NodeAnchors {

    public record Anchor(long seq, String head, Instant receivedAt) {
    }

    /** {@code shownHead} null: the node no longer has the entry. */
    public record Conflict(long seq, String heldHead, String shownHead, Instant detectedAt) {
    }

    private static final Logger LOG = Logger.getLogger(NodeAnchors.class.getName());

    @Resource(lookup = "java:jboss/datasources/CaminoDS")
    DataSource dataSource;

    /** The latest anchor HQ holds of the node (the one the node must confirm next). */
    public Optional<Anchor> last(long nodeId) {
        List<Anchor> anchors = anchors(nodeId, 1);
        return anchors.isEmpty() ? Optional.empty() : Optional.of(anchors.get(0));
    }

    /**
     * Stores a new anchor after checking what the node shows of an older one.
     *
     * @param confirmsSeq  seq of the anchor the node confirms (the one {@link #last} gave it), or null
     * @param confirmsHead the hash the node's log has now at {@code confirmsSeq}
     * @return the conflict found, if any (the new anchor is then not stored)
     */
    public Optional<Conflict> receive(long nodeId, String nodeName, long seq, String head, Long confirmsSeq,
                                      String confirmsHead) {
        try (Connection c = dataSource.getConnection()) {
            Optional<Conflict> conflict = confirmsSeq == null ? Optional.empty()
                    : differs(c, nodeId, confirmsSeq, confirmsHead);
            if (conflict.isEmpty()) {
                conflict = differs(c, nodeId, seq, head);
            }
            if (conflict.isPresent()) {
                Conflict found = conflict.get();
                try (PreparedStatement s = c.prepareStatement("insert into cdr_anchor_conflict (node_id, seq, held_head,"
                        + " shown_head) values (?, ?, ?, ?)")) {
                    s.setLong(1, nodeId);
                    s.setLong(2, found.seq());
                    s.setString(3, found.heldHead());
                    s.setString(4, found.shownHead());
                    s.executeUpdate();
                }
                LOG.severe("ACCESS LOG OF NODE '" + nodeName + "' REWRITTEN: its entry " + found.seq() + " now has hash "
                        + found.shownHead() + ", but HQ received the anchor " + found.heldHead() + " for it");
                return conflict;
            }
            try (PreparedStatement s = c.prepareStatement("insert into cdr_node_anchor (node_id, seq, head) values (?, ?, ?)"
                    + " on conflict (node_id, seq) do nothing")) {
                s.setLong(1, nodeId);
                s.setLong(2, seq);
                s.setString(3, head);
                s.executeUpdate();
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node's anchors, latest first. */
    public List<Anchor> anchors(long nodeId, int limit) {
        List<Anchor> anchors = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select seq, head, received_at from cdr_node_anchor where node_id = ?"
                     + " order by seq desc limit ?")) {
            s.setLong(1, nodeId);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    anchors.add(new Anchor(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return anchors;
    }

    /** The conflicts found in the node's anchors, latest first. */
    public List<Conflict> conflicts(long nodeId, int limit) {
        List<Conflict> conflicts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select seq, held_head, shown_head, detected_at from cdr_anchor_conflict"
                     + " where node_id = ? order by detected_at desc, id desc limit ?")) {
            s.setLong(1, nodeId);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    conflicts.add(new Conflict(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return conflicts;
    }

    private static Optional<Conflict> differs(Connection c, long nodeId, long seq, String shown) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select head from cdr_node_anchor where node_id = ? and seq = ?")) {
            s.setLong(1, nodeId);
            s.setLong(2, seq);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && !rs.getString(1).equals(shown)) {
                    return Optional.of(new Conflict(seq, rs.getString(1), shown, Instant.now()));
                }
            }
        }
        return Optional.empty();
    }
}
