package org.camino.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.camino.platform.errors.DatabaseUnavailable;
import org.camino.security.boundary.Account;
import org.camino.security.boundary.SignedInUser;
import org.camino.web.security.SessionPolicyFilter;

import java.time.Instant;

/** Backs /login.xhtml and the sign-out button. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    Account account;

    @Inject
    DisplayZone displayZone;

    private String username;
    private String password;
    private boolean ended;
    private String timeZone;

    public String signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Subject subject = SecurityUtils.getSubject();
        try {
            subject.login(new UsernamePasswordToken(username, password));
        } catch (AuthenticationException e) {
            password = null;
            Messages.error(null, DatabaseUnavailable.isCause(e) ? DatabaseUnavailable.MESSAGE_KEY : "login.failed");
            return null;
        }
        // A new session id at sign-in: a session id planted before login is worth nothing after it.
        ((HttpServletRequest) external.getRequest()).changeSessionId();
        external.getSessionMap().put(SessionPolicyFilter.SIGNED_IN_AT, Instant.now());
        displayZone.useBrowserZone(timeZone);
        if (account.mustChangePassword()) {
            external.getSessionMap().put(SessionPolicyFilter.MUST_CHANGE_PASSWORD, Boolean.TRUE);
            return "/account/password?faces-redirect=true";
        }
        return "/index?faces-redirect=true";
    }

    public String signOut() {
        Subject subject = SecurityUtils.getSubject();
        if (SignedInUser.current().isPresent()) {
            account.recordSignOut();
        }
        subject.logout();
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
        return "/login?faces-redirect=true";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public boolean isEnded() { return ended; }
    public void setEnded(boolean ended) { this.ended = ended; }
}
