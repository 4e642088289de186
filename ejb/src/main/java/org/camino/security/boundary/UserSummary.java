package org.camino.security.boundary;

import org.camino.security.entity.User;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An account as administrators see it: no password hash. */
public record UserSummary(long id, long version, String username, String displayName, boolean enabled,
                          boolean mustChangePassword, Instant lockedUntil, Instant lastLoginAt,
                          List<Assignment> assignments) implements Serializable {

    static UserSummary of(User user, Map<Long, String> missionCodes) {
        List<Assignment> assignments = user.getRoles().stream()
                .map(r -> new Assignment(r.getRoleCode(), r.getMissionId() == null ? null : missionCodes.get(r.getMissionId()),
                        r.getProgrammeArea()))
                .sorted(UserAdministration.order()).toList();
        return new UserSummary(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(), user.isEnabled(),
                user.isMustChangePassword(), user.getLockedUntil(), user.getLastLoginAt(), assignments);
    }
}
