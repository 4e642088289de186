/**
 * Synthetic data for demo mode, tests and benchmarks: realistic cases,
 * households and movements, deterministic by seed, written through the same
 * entities, encryption, blind indexes, case numbers and Envers auditing as
 * real registrations. Never in production: the boundary refuses unless demo
 * mode is on.
 */
package org.camino.synthetic;
