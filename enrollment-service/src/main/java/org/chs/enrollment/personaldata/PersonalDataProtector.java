package org.chs.enrollment.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 个人信息保护 — encrypts resident ID numbers at rest (AES-256-GCM, random 96-bit IV per value) and derives the blind
 * index (HMAC-SHA256 under a second key) that lets the service find a person by number without being able to read numbers
 * from the index.
 */
@Component
public class PersonalDataProtector {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataProtector.class);
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Binds cipher texts to their purpose, so a cipher text of another field cannot be swapped in. */
    private static final byte[] AAD = "chs:enrollment:id-number".getBytes(StandardCharsets.UTF_8);

    /** Published in the repository, so they protect nothing: for development and tests only. */
    static final String DEV_ENCRYPTION_KEY = "ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=";
    static final String DEV_BLIND_INDEX_KEY = "ZGV2LW9ubHktYmxpbmQtaW5kZXgta2V5LTMyLWJ5dGU=";

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec blindIndexKey;
    private final SecureRandom random = new SecureRandom();
    private final boolean developmentKeys;

    public PersonalDataProtector(PersonalDataProperties properties) {
        String encryption = properties.encryptionKey();
        String blindIndex = properties.blindIndexKey();
        this.developmentKeys = isBlank(encryption) || isBlank(blindIndex);
        if (developmentKeys) {
            log.warn("""

                    ************************************************************************************************
                    *  PERSONAL DATA IS PROTECTED WITH PUBLIC DEVELOPMENT KEYS.                                    *
                    *  Set CHS_PERSONAL_DATA_ENCRYPTION_KEY and CHS_PERSONAL_DATA_BLIND_INDEX_KEY (base64 of 32    *
                    *  random bytes each, e.g. `openssl rand -base64 32`) from a secret before real data arrives.  *
                    ************************************************************************************************""");
            encryption = isBlank(encryption) ? DEV_ENCRYPTION_KEY : encryption;
            blindIndex = isBlank(blindIndex) ? DEV_BLIND_INDEX_KEY : blindIndex;
        }
        this.encryptionKey = new SecretKeySpec(decodeKey(encryption, "chs.personal-data.encryption-key"), "AES");
        this.blindIndexKey = new SecretKeySpec(decodeKey(blindIndex, "chs.personal-data.blind-index-key"), "HmacSHA256");
    }

    /** Whether the service runs on the published development keys. */
    public boolean usesDevelopmentKeys() {
        return developmentKeys;
    }

    public ProtectedIdNumber protect(IdNumber idNumber) {
        return new ProtectedIdNumber(encrypt(idNumber.value()), blindIndex(idNumber), idNumber.masked());
    }

    /** The lookup key of a number; the same number always gives the same index under the same key. */
    public String blindIndex(IdNumber idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(blindIndexKey);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Decrypts a stored number. Callers disclose it only to roles allowed to see it, and audit the disclosure. */
    public IdNumber reveal(String cipherText) {
        if (cipherText == null || !cipherText.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown cipher-text version");
        }
        byte[] bytes = Base64.getDecoder().decode(cipherText.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(AAD);
            String plain = new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.US_ASCII);
            // Stored numbers were valid when stored; do not reject a person whose birth date lies in the future of a skewed clock.
            return IdNumber.parse(plain, LocalDate.MAX);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt a resident ID number: wrong key or tampered data", e);
        }
    }

    private String encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(AAD);
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.US_ASCII));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + encrypted.length).put(iv).put(encrypted).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] decodeKey(String base64, String property) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes (base64 of 32 random bytes), it is " + key.length);
        }
        return key;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
