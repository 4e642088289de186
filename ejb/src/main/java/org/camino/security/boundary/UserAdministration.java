package org.camino.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camino.platform.errors.ConflictException;
import org.camino.platform.errors.InvalidInputException.FieldProblem;
import org.camino.platform.errors.InvalidInputException;
import org.camino.platform.errors.NotFoundException;
import org.camino.security.control.AccessControl;
import org.camino.security.control.AccessLog;
import org.camino.security.control.Guarded;
import org.camino.security.control.PasswordPolicy;
import org.camino.security.control.Passwords;
import org.camino.security.control.Requires;
import org.camino.security.entity.User;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Administrators manage accounts and their roles per mission. They never see case content. */
@Stateless
@Guarded
public class UserAdministration {

    static final Set<String> MISSION_ROLES = Set.of("CASEWORKER", "HEALTH_PRACTITIONER", "CT_OFFICER", "MISSION_MANAGER");
    static final Set<String> GLOBAL_ROLES = Set.of("HQ_ANALYST", "HQ_PUBLISHER", "ADMINISTRATOR");
    static final Set<String> AREAS = Set.of("resettlement", "avrr", "health", "trafficking");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl accessControl;

    @Inject
    AccessLog accessLog;

    @Requires("admin:users")
    public List<UserSummary> list() {
        Map<Long, String> missionCodes = invert(missionIds());
        return em.createQuery("select distinct u from User u left join fetch u.roles order by u.username", User.class)
                .getResultStream().map(u -> UserSummary.of(u, missionCodes)).toList();
    }

    @Requires("admin:users")
    public UserSummary create(@NotNull @Valid NewUser form) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = form.username().trim().toLowerCase();
        if (em.createQuery("select count(u) from User u where u.username = :u", Long.class)
                .setParameter("u", username).getSingleResult() > 0) {
            problems.add(new FieldProblem("username", "user.username.taken"));
        }
        PasswordPolicy.problems(form.initialPassword(), username)
                .forEach(key -> problems.add(new FieldProblem("initialPassword", key)));
        Map<String, Long> missionIds = missionIds();
        problems.addAll(checkAssignments(form.assignments(), missionIds));
        InvalidInputException.throwIfAny(problems);
        User user = new User(username, form.displayName().trim(), Passwords.hash(form.initialPassword()));
        user.setMustChangePassword(true);
        grant(user, form.assignments(), missionIds);
        em.persist(user);
        em.flush();
        audit(user, "created with roles " + form.assignments());
        return UserSummary.of(user, invert(missionIds));
    }

    @Requires("admin:users")
    public UserSummary setAssignments(long userId, long expectedVersion, @NotNull List<@Valid Assignment> assignments) {
        User user = find(userId, expectedVersion);
        Map<String, Long> missionIds = missionIds();
        List<FieldProblem> problems = checkAssignments(assignments, missionIds);
        InvalidInputException.throwIfAny(problems);
        user.getRoles().clear();
        em.flush();
        grant(user, assignments, missionIds);
        user.bumpSessionEpoch(); // permissions changed: open sessions must sign in again
        flush(user);
        audit(user, "roles set to " + assignments);
        return UserSummary.of(user, invert(missionIds));
    }

    /** Disabling a user ends their open sessions (their session epoch moves on). */
    @Requires("admin:users")
    public void setEnabled(long userId, long expectedVersion, boolean enabled) {
        User user = find(userId, expectedVersion);
        user.setEnabled(enabled);
        user.bumpSessionEpoch();
        flush(user);
        audit(user, enabled ? "enabled" : "disabled");
    }

    @Requires("admin:users")
    public void resetPassword(long userId, long expectedVersion, String newInitialPassword) {
        User user = find(userId, expectedVersion);
        List<String> problems = PasswordPolicy.problems(newInitialPassword, user.getUsername());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().map(k -> new FieldProblem("initialPassword", k)).toList());
        }
        user.setPasswordHash(Passwords.hash(newInitialPassword));
        user.setMustChangePassword(true);
        user.setLockedUntil(null);
        user.setFailedLogins(0);
        user.bumpSessionEpoch();
        flush(user);
        audit(user, "password reset");
    }

    private User find(long userId, long expectedVersion) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new NotFoundException("User");
        }
        if (user.getVersion() != expectedVersion) {
            throw new ConflictException("User " + user.getUsername(), null);
        }
        return user;
    }

    private void flush(User user) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("User " + user.getUsername(), null);
        }
    }

    private List<FieldProblem> checkAssignments(List<Assignment> assignments, Map<String, Long> missionIds) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Assignment a : assignments) {
            if (MISSION_ROLES.contains(a.roleCode())) {
                if (a.missionCode() == null || !missionIds.containsKey(a.missionCode())) {
                    problems.add(new FieldProblem("assignments", "user.assignment.missionRequired"));
                }
                if ("CASEWORKER".equals(a.roleCode()) && (a.programmeArea() == null || !AREAS.contains(a.programmeArea()))) {
                    problems.add(new FieldProblem("assignments", "user.assignment.areaRequired"));
                }
            } else if (GLOBAL_ROLES.contains(a.roleCode())) {
                if (a.missionCode() != null) {
                    problems.add(new FieldProblem("assignments", "user.assignment.globalRole"));
                }
            } else {
                problems.add(new FieldProblem("assignments", "user.assignment.unknownRole"));
            }
        }
        return problems;
    }

    private static void grant(User user, List<Assignment> assignments, Map<String, Long> missionIds) {
        for (Assignment a : assignments) {
            String area = "CASEWORKER".equals(a.roleCode()) ? a.programmeArea() : null;
            user.grant(a.roleCode(), a.missionCode() == null ? null : missionIds.get(a.missionCode()), area);
        }
    }

    /** Mission codes to ids. Read with SQL, as UserDirectory does: roles name missions by id, not by entity. */
    private Map<String, Long> missionIds() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, id from mission").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }

    private static Map<Long, String> invert(Map<String, Long> missionIds) {
        return missionIds.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    }

    private void audit(User user, String what) {
        accessLog.record(AccessLog.Event.USER_CHANGED, accessControl.caller().username(), "user:" + user.getUsername(), what);
    }

    static Comparator<Assignment> order() {
        return Comparator.comparing(Assignment::roleCode);
    }
}
