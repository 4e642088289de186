package org.camino.crypto;

import org.apache.poi.poifs.crypt.ChainingMode;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;

/**
 * An Office Open XML file (XLSX) encrypted with a password the user chose,
 * as Excel does it: ECMA-376 Agile encryption, AES-256 in CBC mode, the key
 * derived from the password by SHA-512 iterated 100,000 times with a random
 * salt (Apache POI's implementation). Excel and LibreOffice open it after
 * asking for the password. The package is encrypted as it is written, in
 * 4 KB chunks, so its clear bytes are never kept whole.
 * <p>
 * The password is used, never kept: not in a field, not in a log.
 */
public final class PasswordProtectedFile {

    /** Writes the clear package into the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PasswordProtectedFile() {
    }

    /** The encrypted file (an OLE2 container holding EncryptionInfo and EncryptedPackage). */
    public static byte[] xlsx(String password, Content content) {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512,
                256, 16, ChainingMode.cbc);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword(password);
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                content.writeTo(encrypted);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            container.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is missing from this JDK", e);
        }
    }
}
