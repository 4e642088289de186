package org.camino.crypto;

import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.CipherSpi;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.SecretKeyFactorySpi;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code PBEWITHHMACSHA512ANDAES_256} (PBES2, RFC 8018: PBKDF2 with
 * HMAC-SHA512, then AES-256-CBC with PKCS#5 padding) for Jasypt, byte for byte
 * the JDK's algorithm, but each cipher derives its AES key once per password,
 * salt and iteration count instead of on every {@code init}.
 * <p>
 * Why: Jasypt calls {@code Cipher.init} with a new random IV for every value,
 * and the JDK's PBES2 cipher then runs PBKDF2 again, although Camino's salt is
 * fixed per key (see {@link FieldKey}), so the derived key never changes. That
 * repeated derivation was most of the cost of a field (docs/benchmarks.md).
 * Nothing else changes: same derivation (the JDK's {@code PBKDF2WithHmacSHA512}),
 * same AES-CBC from the JDK, a caller-supplied random IV for every value, and
 * ciphertexts that the JDK's own cipher decrypts (tested both ways in
 * {@code Pbes2ProviderTest}).
 * <p>
 * Only Jasypt's encryptors get this provider ({@code setProvider}); it is never
 * installed JVM-wide. JDKs that only accept signed JCE providers (Oracle's)
 * refuse it, and {@link FieldKey} then falls back to the JDK's cipher.
 */
final class Pbes2Provider extends Provider {

    static final String ALGORITHM = "PBEWITHHMACSHA512ANDAES_256";
    private static final int KEY_BITS = 256;
    private static final int BLOCK_SIZE = 16;

    Pbes2Provider() {
        super("CaminoPBES2", "1.0", "PBEWITHHMACSHA512ANDAES_256 with the derived key kept per cipher");
        putService(new Service(this, "Cipher", ALGORITHM, Pbes2Cipher.class.getName(), null, Map.of()) {
            @Override
            public Object newInstance(Object parameter) {
                return new Pbes2Cipher();
            }
        });
        putService(new Service(this, "SecretKeyFactory", ALGORITHM, PasswordKeyFactory.class.getName(), null, Map.of()) {
            @Override
            public Object newInstance(Object parameter) {
                return new PasswordKeyFactory();
            }
        });
    }

    /** A password as a key, the way {@code PBEKeySpec} hands it over (like the JDK's own PBE key). */
    static final class PasswordKey implements SecretKey {
        private final char[] password;

        PasswordKey(char[] password) {
            this.password = password.clone();
        }

        char[] password() {
            return password.clone();
        }

        @Override
        public String getAlgorithm() {
            return ALGORITHM;
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            byte[] encoded = new byte[password.length];
            for (int i = 0; i < password.length; i++) {
                encoded[i] = (byte) password[i];
            }
            return encoded;
        }
    }

    /** Turns a {@link PBEKeySpec} into a {@link PasswordKey}. */
    static final class PasswordKeyFactory extends SecretKeyFactorySpi {
        @Override
        protected SecretKey engineGenerateSecret(KeySpec keySpec) throws InvalidKeySpecException {
            if (!(keySpec instanceof PBEKeySpec pbe) || pbe.getPassword() == null) {
                throw new InvalidKeySpecException("A PBEKeySpec with a password is needed");
            }
            char[] password = pbe.getPassword();
            try {
                for (char c : password) {
                    if (c < 0x20 || c > 0x7e) {
                        // as the JDK's PBE keys: the password is passed on as bytes, one per character
                        throw new InvalidKeySpecException("The password must be printable ASCII");
                    }
                }
                return new PasswordKey(password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        @Override
        protected KeySpec engineGetKeySpec(SecretKey key, Class<?> keySpec) throws InvalidKeySpecException {
            throw new InvalidKeySpecException("Not exported");
        }

        @Override
        protected SecretKey engineTranslateKey(SecretKey key) throws InvalidKeyException {
            if (key instanceof PasswordKey) {
                return key;
            }
            throw new InvalidKeyException("Not a password key of this provider");
        }
    }

    /**
     * The cipher. Not thread-safe (no {@code Cipher} is); Jasypt synchronises
     * on it. It remembers the inputs and result of its last derivation.
     */
    static final class Pbes2Cipher extends CipherSpi {
        private final Cipher aes;
        private PasswordKey derivedFor;
        private byte[] derivedSalt;
        private int derivedIterations;
        private SecretKeySpec derivedKey;
        private byte[] iv;

        Pbes2Cipher() {
            try {
                aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES/CBC/PKCS5Padding is missing from this JDK", e);
            }
        }

        @Override
        protected void engineInit(int opmode, Key key, AlgorithmParameterSpec params, SecureRandom random)
                throws InvalidKeyException, InvalidAlgorithmParameterException {
            if (!(key instanceof PasswordKey password)) {
                throw new InvalidKeyException("Needs a key from this provider's SecretKeyFactory");
            }
            if (!(params instanceof PBEParameterSpec pbe) || pbe.getSalt() == null
                    || !(pbe.getParameterSpec() instanceof IvParameterSpec ivSpec)) {
                // Jasypt always passes salt, iterations and IV; generating them here is not needed
                throw new InvalidAlgorithmParameterException("Salt, iteration count and IV are required");
            }
            if (pbe.getIterationCount() < 1) {
                throw new InvalidAlgorithmParameterException("Iteration count must be positive");
            }
            SecretKeySpec aesKey = derive(password, pbe.getSalt(), pbe.getIterationCount());
            iv = ivSpec.getIV();
            aes.init(opmode, aesKey, new IvParameterSpec(iv), random);
        }

        private SecretKeySpec derive(PasswordKey password, byte[] salt, int iterations) throws InvalidKeyException {
            if (password == derivedFor && iterations == derivedIterations && MessageDigest.isEqual(salt, derivedSalt)) {
                return derivedKey;
            }
            char[] chars = password.password();
            PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, KEY_BITS);
            try {
                byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
                derivedKey = new SecretKeySpec(derived, "AES");
                Arrays.fill(derived, (byte) 0);
            } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
                throw new InvalidKeyException("PBKDF2WithHmacSHA512 failed: " + e.getMessage(), e);
            } finally {
                spec.clearPassword();
                Arrays.fill(chars, '\0');
            }
            derivedFor = password;
            derivedSalt = salt.clone();
            derivedIterations = iterations;
            return derivedKey;
        }

        @Override
        protected void engineInit(int opmode, Key key, SecureRandom random) throws InvalidKeyException {
            throw new InvalidKeyException("Salt, iteration count and IV are required");
        }

        @Override
        protected void engineInit(int opmode, Key key, AlgorithmParameters params, SecureRandom random)
                throws InvalidKeyException, InvalidAlgorithmParameterException {
            try {
                engineInit(opmode, key, params == null ? null : params.getParameterSpec(PBEParameterSpec.class), random);
            } catch (java.security.spec.InvalidParameterSpecException e) {
                throw new InvalidAlgorithmParameterException(e);
            }
        }

        @Override
        protected void engineSetMode(String mode) throws NoSuchAlgorithmException {
            if (!"CBC".equalsIgnoreCase(mode)) {
                throw new NoSuchAlgorithmException("Only CBC");
            }
        }

        @Override
        protected void engineSetPadding(String padding) throws NoSuchPaddingException {
            if (!"PKCS5Padding".equalsIgnoreCase(padding)) {
                throw new NoSuchPaddingException("Only PKCS5Padding");
            }
        }

        @Override
        protected int engineGetBlockSize() {
            return BLOCK_SIZE;
        }

        @Override
        protected int engineGetOutputSize(int inputLen) {
            return aes.getOutputSize(inputLen);
        }

        @Override
        protected byte[] engineGetIV() {
            return iv == null ? null : iv.clone();
        }

        @Override
        protected AlgorithmParameters engineGetParameters() {
            return null;
        }

        @Override
        protected byte[] engineUpdate(byte[] input, int inputOffset, int inputLen) {
            return aes.update(input, inputOffset, inputLen);
        }

        @Override
        protected int engineUpdate(byte[] input, int inputOffset, int inputLen, byte[] output, int outputOffset)
                throws ShortBufferException {
            return aes.update(input, inputOffset, inputLen, output, outputOffset);
        }

        @Override
        protected byte[] engineDoFinal(byte[] input, int inputOffset, int inputLen)
                throws IllegalBlockSizeException, BadPaddingException {
            return aes.doFinal(input, inputOffset, inputLen);
        }

        @Override
        protected int engineDoFinal(byte[] input, int inputOffset, int inputLen, byte[] output, int outputOffset)
                throws ShortBufferException, IllegalBlockSizeException, BadPaddingException {
            return aes.doFinal(input, inputOffset, inputLen, output, outputOffset);
        }
    }
}
