package org.camino.web.view.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.platform.errors.InvalidInputException;
import org.camino.security.boundary.Account;
import org.camino.web.security.SessionPolicyFilter;
import org.camino.web.view.Messages;

/** Backs /account/password.xhtml: the caller changes their own password (forced after an initial one). */
@Named
@RequestScoped
public class ChangePasswordPage {

    @Inject
    Account account;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public String change() {
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            Messages.error("password:repeatPassword", "password.repeatDiffers");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        try {
            account.changePassword(currentPassword, newPassword);
        } catch (InvalidInputException e) {
            Messages.show("password", e);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .remove(SessionPolicyFilter.MUST_CHANGE_PASSWORD);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("password.changed");
        return "/index?faces-redirect=true";
    }

    public boolean isForced() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(SessionPolicyFilter.MUST_CHANGE_PASSWORD));
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeatPassword() { return repeatPassword; }
    public void setRepeatPassword(String repeatPassword) { this.repeatPassword = repeatPassword; }
}
