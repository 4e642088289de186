package org.camino.publishing.boundary;

/** A table downloaded as a file. */
public record PublicationFile(String fileName, String contentType, byte[] content) {
}
