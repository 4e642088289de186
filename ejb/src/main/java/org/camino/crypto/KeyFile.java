package org.camino.crypto;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A properties file of keys, with the same entries as the environment
 * variables (CAMINO_KEYS, CAMINO_CURRENT_KEY, CAMINO_BLIND_INDEX_KEY); the
 * demo key file is written in that form with owner-only permissions.
 */
final class KeyFile {

    private static final Logger LOG = Logger.getLogger(KeyFile.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeyFile() {
    }

    static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KeyConfigurationException("The key file " + file + " does not exist or is not a file");
        }
        warnIfOthersCanRead(file);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new KeyConfigurationException("The key file " + file + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }

    /** Writes a new file with one fresh encryption key and a blind-index key; never overwrites. */
    static void create(Path file, String keyId) {
        SecureRandom random = new SecureRandom();
        String content = "# Camino field-encryption keys, generated in demo mode. Keep this file private and backed up:\n"
                + "# without it the encrypted data cannot be read. Production keys come from the environment.\n"
                + KeyRingLoader.KEYS + "=" + keyId + ":" + randomKey(random) + "\n"
                + KeyRingLoader.CURRENT_KEY + "=" + keyId + "\n"
                + KeyRingLoader.BLIND_INDEX_KEY + "=" + randomKey(random) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (supportsPosix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
                LOG.warning("The file system of " + file + " has no POSIX permissions; restrict access to it by hand");
            }
        } catch (FileAlreadyExistsException e) {
            return; // another start wrote it first; use that one
        } catch (IOException e) {
            throw new KeyConfigurationException("Cannot create the demo key file " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the empty file will be reported when it is read
            }
            throw new KeyConfigurationException("Cannot write the demo key file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a new owner-only file holding one fresh random key under {@code entry} (demo mode), unless the
     * file exists already; {@code what} names the key in the file's comment and the log.
     */
    static void createWithOneKey(Path file, String entry, String what) {
        if (Files.exists(file)) {
            return;
        }
        String content = "# " + what + ", generated in demo mode; keep it private and backed up.\n"
                + entry + "=" + randomKey(new SecureRandom()) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(file, content, StandardCharsets.UTF_8);
            LOG.warning("Demo mode: generated a new " + what + " in " + file + " (owner-only)");
        } catch (FileAlreadyExistsException e) {
            // another start wrote it first
        } catch (IOException | UnsupportedOperationException e) {
            throw new KeyConfigurationException("Cannot create the demo file " + file + " (" + what + "): "
                    + e.getMessage(), e);
        }
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static boolean supportsPosix(Path file) {
        return file.toAbsolutePath().getParent().getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void warnIfOthersCanRead(Path file) {
        try {
            if (supportsPosix(file)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                    LOG.warning("The key file " + file + " can be read by other users (" + PosixFilePermissions.toString(permissions)
                            + "); make it readable by the server's user only (chmod 600)");
                }
            }
        } catch (IOException e) {
            LOG.warning("Cannot check the permissions of " + file + ": " + e.getMessage());
        }
    }
}
