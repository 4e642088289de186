package org.camino.publishing.control;

/** A release was drafted: it is built once the draft's transaction has committed (so the builder sees it). */
public record ReleaseDrafted(long id) {
}
