package org.camino.repository.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;

/**
 * Where this mission node sends its records and with which credential:
 * CAMINO_HQ_URL (the HQ's Camino, e.g. {@code https://hq.example.org/camino})
 * and CAMINO_NODE_CREDENTIAL (issued by HQ's administrators for this node).
 * A {@code both} server without them sends to itself over loopback, with a
 * credential it issues itself at start-up ({@link NodeCredentials#issueLoopback}).
 */
@ApplicationScoped
public class NodeLink {

    public static final String HQ_URL = "CAMINO_HQ_URL";
    public static final String NODE_CREDENTIAL = "CAMINO_NODE_CREDENTIAL";

    public record Target(String hqUrl, String credential) {
        /** Never the credential: it is a secret. */
        @Override
        public String toString() {
            return "Target[hqUrl=" + hqUrl + "]";
        }
    }

    @Inject
    Settings settings;

    private volatile String loopbackCredential;

    void useLoopbackCredential(String credential) {
        this.loopbackCredential = credential;
    }

    /** True if this node should send to itself: role both, and no HQ configured. */
    public boolean loopback() {
        return settings.nodeRole() == Settings.NodeRole.BOTH && settings.get(HQ_URL).isEmpty();
    }

    public Target target() {
        if (loopback()) {
            if (loopbackCredential == null) {
                throw new IllegalStateException("The loopback node credential is not issued yet");
            }
            int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
            int port = Integer.getInteger("jboss.http.port", 8080) + offset;
            return new Target("http://127.0.0.1:" + port + "/camino", loopbackCredential);
        }
        String url = settings.get(HQ_URL).orElseThrow(() -> new IllegalStateException(
                HQ_URL + " is not set: this mission node does not know where HQ is"));
        String credential = settings.get(NODE_CREDENTIAL).orElseThrow(() -> new IllegalStateException(
                NODE_CREDENTIAL + " is not set: ask HQ's administrators to issue one for this node"));
        return new Target(url.endsWith("/") ? url.substring(0, url.length() - 1) : url, credential.trim());
    }
}
