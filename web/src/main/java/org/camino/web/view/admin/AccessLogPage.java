package org.camino.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camino.security.boundary.AccessLogReview;
import org.camino.web.view.Messages;

import java.util.List;

/** Backs /admin/access-log.xhtml: the latest entries and the chain check. */
@Named
@RequestScoped
public class AccessLogPage {

    @Inject
    AccessLogReview review;

    private List<AccessLogReview.Entry> entries;
    private AccessLogReview.ChainCheck verification;

    @PostConstruct
    void load() {
        entries = review.recent(200);
    }

    public void verify() {
        verification = review.verifyChain();
        if (verification.intact()) {
            Messages.info("accessLog.intact", verification.entriesChecked());
        } else {
            Messages.error(null, "accessLog.broken", verification.firstBrokenSeq(), verification.problem());
        }
        entries = review.recent(200);
    }

    public List<AccessLogReview.Entry> getEntries() { return entries; }
    public AccessLogReview.ChainCheck getVerification() { return verification; }
}
