package org.camino.bench;

import org.camino.crypto.BlindIndex;
import org.camino.crypto.FieldCipher;
import org.camino.crypto.FieldContext;
import org.camino.crypto.KeyRing;
import org.jasypt.encryption.pbe.StandardPBEStringEncryptor;
import org.jasypt.iv.RandomIvGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One field value (about 30 characters) encrypted and decrypted again, per
 * operation, by each approach; plus one blind index. See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FieldEncryptionBenchmark {

    /** 30 characters, two of them outside ASCII, like a full name. */
    static final String VALUE = "Amina Yusuf Abdi Núñez-García";
    static final String PBE = "PBEWITHHMACSHA512ANDAES_256";

    /** JCA AES-256-GCM, the baseline. Cipher objects are not thread-safe, so each thread keeps its own. */
    @State(Scope.Thread)
    public static class Gcm {
        final SecureRandom random = new SecureRandom();
        SecretKey key;
        Cipher cipher;

        @Setup
        public void setUp() throws GeneralSecurityException {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            key = new SecretKeySpec(bytes, "AES");
            cipher = Cipher.getInstance("AES/GCM/NoPadding");
        }
    }

    @State(Scope.Benchmark)
    public static class Camino {
        FieldCipher cipher;
        BlindIndex blindIndex;
        final FieldContext context = FieldContext.of("person.given_name", UUID.randomUUID());
        StandardPBEStringEncryptor jasyptDefaults;
        StandardPBEStringEncryptor jasyptOneIteration;

        @Setup
        public void setUp() {
            SecureRandom random = new SecureRandom();
            KeyRing ring = new KeyRing("k1", Map.of("k1", randomKey(random)), randomKey(random));
            cipher = new FieldCipher(ring);
            blindIndex = new BlindIndex(ring);
            String password = Base64.getEncoder().encodeToString(randomKey(random));
            jasyptDefaults = jasypt(password, 1000);
            jasyptOneIteration = jasypt(password, 1);
        }

        /** Jasypt as its documentation sets it up: random salt per message, its default 1000 iterations unless told. */
        private static StandardPBEStringEncryptor jasypt(String password, int iterations) {
            StandardPBEStringEncryptor encryptor = new StandardPBEStringEncryptor();
            encryptor.setAlgorithm(PBE);
            encryptor.setIvGenerator(new RandomIvGenerator());
            encryptor.setKeyObtentionIterations(iterations);
            encryptor.setPassword(password);
            encryptor.initialize();
            return encryptor;
        }
    }

    /** The JDK's PBE cipher alone, as Jasypt drives it (1 iteration, fixed salt, new IV per message), without Jasypt or a MAC. */
    @State(Scope.Thread)
    public static class JdkPbe {
        final SecureRandom random = new SecureRandom();
        final byte[] salt = new byte[16];
        SecretKey key;
        Cipher encrypt;
        Cipher decrypt;

        @Setup
        public void setUp() throws GeneralSecurityException {
            random.nextBytes(salt);
            key = SecretKeyFactory.getInstance(PBE).generateSecret(new PBEKeySpec(
                    Base64.getEncoder().encodeToString(randomKey(random)).toCharArray()));
            encrypt = Cipher.getInstance(PBE);
            decrypt = Cipher.getInstance(PBE);
        }
    }

    @Benchmark
    public String gcmReusedCipher(Gcm gcm) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        gcm.random.nextBytes(iv);
        gcm.cipher.init(Cipher.ENCRYPT_MODE, gcm.key, new GCMParameterSpec(128, iv));
        byte[] sealed = gcm.cipher.doFinal(VALUE.getBytes(StandardCharsets.UTF_8));
        gcm.cipher.init(Cipher.DECRYPT_MODE, gcm.key, new GCMParameterSpec(128, iv));
        return new String(gcm.cipher.doFinal(sealed), StandardCharsets.UTF_8);
    }

    @Benchmark
    public String gcmCipherPerCall(Gcm gcm) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        gcm.random.nextBytes(iv);
        Cipher encrypt = Cipher.getInstance("AES/GCM/NoPadding");
        encrypt.init(Cipher.ENCRYPT_MODE, gcm.key, new GCMParameterSpec(128, iv));
        byte[] sealed = encrypt.doFinal(VALUE.getBytes(StandardCharsets.UTF_8));
        Cipher decrypt = Cipher.getInstance("AES/GCM/NoPadding");
        decrypt.init(Cipher.DECRYPT_MODE, gcm.key, new GCMParameterSpec(128, iv));
        return new String(decrypt.doFinal(sealed), StandardCharsets.UTF_8);
    }

    @Benchmark
    public String caminoFieldCipher(Camino camino) {
        return camino.cipher.decrypt(camino.cipher.encrypt(VALUE, camino.context), camino.context);
    }

    @Benchmark
    public String jdkPbeCipherAlone(JdkPbe pbe) throws GeneralSecurityException {
        byte[] iv = new byte[16];
        pbe.random.nextBytes(iv);
        pbe.encrypt.init(Cipher.ENCRYPT_MODE, pbe.key, new PBEParameterSpec(pbe.salt, 1, new IvParameterSpec(iv)));
        byte[] sealed = pbe.encrypt.doFinal(VALUE.getBytes(StandardCharsets.UTF_8));
        pbe.decrypt.init(Cipher.DECRYPT_MODE, pbe.key, new PBEParameterSpec(pbe.salt, 1, new IvParameterSpec(iv)));
        return new String(pbe.decrypt.doFinal(sealed), StandardCharsets.UTF_8);
    }

    @Benchmark
    public String jasyptDefaults1000Iterations(Camino camino) {
        return camino.jasyptDefaults.decrypt(camino.jasyptDefaults.encrypt(VALUE));
    }

    @Benchmark
    public String jasyptOneIterationRandomSalt(Camino camino) {
        return camino.jasyptOneIteration.decrypt(camino.jasyptOneIteration.encrypt(VALUE));
    }

    @Benchmark
    public String blindIndexOfName(Camino camino) {
        return camino.blindIndex.ofName(VALUE);
    }

    static byte[] randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }
}
