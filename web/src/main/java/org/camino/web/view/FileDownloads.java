package org.camino.web.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** A file a page's action answers with, instead of the page (exports, stored reports). */
public final class FileDownloads {

    private FileDownloads() {
    }

    /** Sends the file as an attachment and ends the Faces response. */
    public static void send(String filename, String contentType, byte[] content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(contentType);
        response.setResponseContentLength(content.length);
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.getResponseOutputStream().write(content);
        faces.responseComplete();
    }
}
