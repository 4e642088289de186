package org.camino.security.boundary;

import jakarta.validation.constraints.NotBlank;

import java.io.Serializable;

/** A role held in a mission (and, for caseworkers, a programme area), or globally for HQ roles. */
public record Assignment(@NotBlank(message = "{user.assignment.role.required}") String roleCode,
                         String missionCode, String programmeArea) implements Serializable {
    @Override
    public String toString() {
        return roleCode + (missionCode == null ? "" : "@" + missionCode) + (programmeArea == null ? "" : "/" + programmeArea);
    }
}
