package org.camino.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camino.platform.control.Settings;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the key ring once, when the application starts (so that missing keys
 * stop the deployment with {@link KeyConfigurationException}), and makes
 * {@link FieldCipher}, {@link BlindIndex}, {@link Pseudonyms}, {@link LogSeal}, {@link KeyRing} and
 * the node's {@link BatchSigningKey} (if it has one) injectable.
 * The only class of this package that knows Camino's {@link Settings}.
 */
@ApplicationScoped
public class CryptoProducer {

    @Inject
    Settings settings;

    private KeyRing keyRing;
    private FieldCipher fieldCipher;
    private BlindIndex blindIndex;
    private Pseudonyms pseudonyms;
    private LogSeal logSeal;
    private Optional<BatchSigningKey> batchSigningKey;

    @PostConstruct
    void load() {
        Map<String, String> values = new HashMap<>();
        KeyRingLoader.SETTINGS.forEach(name -> settings.get(name).ifPresent(value -> values.put(name, value)));
        keyRing = new KeyRingLoader(values, settings.demoMode(), settings.home()).load();
        fieldCipher = new FieldCipher(keyRing);
        blindIndex = new BlindIndex(keyRing);
        EncryptedField.install(fieldCipher);
        Map<String, String> pseudonymSettings = new HashMap<>();
        for (String name : new String[] {PseudonymKeyLoader.PSEUDONYM_KEY, KeyRingLoader.KEYS_FILE}) {
            settings.get(name).ifPresent(value -> pseudonymSettings.put(name, value));
        }
        boolean holdsCases = settings.nodeRole() != Settings.NodeRole.HQ;
        pseudonyms = PseudonymKeyLoader.load(pseudonymSettings, settings.demoMode(), settings.home(), holdsCases);
        Map<String, String> logSettings = new HashMap<>();
        for (String name : new String[] {LogSeal.ACCESS_LOG_KEY, KeyRingLoader.KEYS_FILE}) {
            settings.get(name).ifPresent(value -> logSettings.put(name, value));
        }
        logSeal = LogSeal.load(logSettings, settings.demoMode(), settings.home());
        Map<String, String> signingSettings = new HashMap<>();
        for (String name : new String[] {BatchSigningKey.SIGNING_KEY, KeyRingLoader.KEYS_FILE}) {
            settings.get(name).ifPresent(value -> signingSettings.put(name, value));
        }
        batchSigningKey = holdsCases ? BatchSigningKey.load(signingSettings, settings.demoMode(), settings.home())
                : Optional.empty();
    }

    /** Being observed at start-up is what creates this bean, and so loads the keys, before any request. */
    void loadAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // nothing else to do: @PostConstruct has run
    }

    @Produces
    public FieldCipher fieldCipher() {
        return fieldCipher;
    }

    @Produces
    public BlindIndex blindIndex() {
        return blindIndex;
    }

    /** The pseudonyms of statistical records; only a node that holds cases has them (else an error on use). */
    @Produces
    public Pseudonyms pseudonyms() {
        if (pseudonyms == null) {
            throw new KeyConfigurationException("This node (CAMINO_NODE_ROLE=hq) holds no cases and has no pseudonymisation key");
        }
        return pseudonyms;
    }

    @Produces
    public LogSeal logSeal() {
        return logSeal;
    }

    /** Empty on a node without one: it cannot export batch files (HQ only verifies, with public keys). */
    @Produces
    public Optional<BatchSigningKey> batchSigningKey() {
        return batchSigningKey;
    }

    @Produces
    public KeyRing keyRing() {
        return keyRing;
    }
}
