package org.camino.web.view;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.camino.platform.errors.AccessDeniedException;
import org.camino.platform.errors.NotFoundException;
import org.camino.platform.errors.NotSignedInException;
import org.primefaces.csp.CspException;
import org.camino.platform.errors.RefusedException;

import java.io.IOException;
import java.util.Iterator;

/**
 * A page that the service layer refuses shows the 403 page, a record that is
 * missing (or invisible to the caller) the 404 page, a lost sign-in the login
 * page, a form posted without its page's CSP nonce (a forged or replayed
 * request) the 400 page; an action refused in the state the record is in
 * (a closed case) says why in the page's messages. Everything else goes on
 * to the 500 page. Never a stack trace.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable error = events.next().getContext().getException();
            RefusedException refused = refusal(error);
            if (refused != null && faces.getPartialViewContext().isAjaxRequest() && !faces.getExternalContext().isResponseCommitted()) {
                events.remove(); // an action that does not fit the state (a closed case): say why on the page, keep it
                Messages.error(null, refused.messageKey());
                faces.validationFailed();
                continue;
            }
            int status = statusFor(error);
            if (status == 0 || faces.getExternalContext().isResponseCommitted()) {
                continue;
            }
            events.remove();
            try {
                if (status == 401) {
                    faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/login.xhtml");
                } else {
                    faces.getExternalContext().responseSendError(status, null);
                }
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
            return;
        }
        getWrapped().handle();
    }

    private static RefusedException refusal(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof RefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    private static int statusFor(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof AccessDeniedException) {
                return 403;
            }
            if (e instanceof NotFoundException) {
                return 404;
            }
            if (e instanceof NotSignedInException) {
                return 401;
            }
            if (e instanceof CspException) {
                return 400;
            }
        }
        return 0;
    }
}
