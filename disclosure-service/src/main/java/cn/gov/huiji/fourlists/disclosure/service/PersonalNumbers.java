package cn.gov.huiji.fourlists.disclosure.service;

import cn.gov.huiji.fourlists.disclosure.config.NumbersConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Certificate numbers of natural persons and legal representatives (Art. 8: personal privacy stays out of the
 * disclosure). They are kept, sealed at rest with AES-256-GCM (a fresh nonce each time, the decision id and version
 * as associated data, the key id beside them so keys rotate), and shown only masked: the first four and the last
 * four characters, the rest as *, e.g. 4101**********1234.
 */
@ApplicationScoped
public class PersonalNumbers {

    public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String activeKeyId;
    private final Map<String, SecretKeySpec> keys = new HashMap<>();

    @jakarta.inject.Inject
    public PersonalNumbers(NumbersConfig config) {
        this(config.activeKeyId(), config.keys());
    }

    public PersonalNumbers(String activeKeyId, Map<String, String> base64Keys) {
        base64Keys.forEach((id, b64) -> {
            byte[] key = Base64.getDecoder().decode(b64.trim());
            if (key.length != 32) {
                throw new IllegalStateException("number key " + id + " must be 256 bits");
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        });
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalStateException("the active number key " + activeKeyId + " is not configured");
        }
        this.activeKeyId = activeKeyId;
    }

    /** The masked form, the only one ever shown: 4101**********1234; short numbers keep only their last character. */
    public static String mask(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String n = number.strip();
        if (n.length() <= 8) {
            return "*".repeat(n.length() - 1) + n.charAt(n.length() - 1);
        }
        return n.substring(0, 4) + "*".repeat(n.length() - 8) + n.substring(n.length() - 4);
    }

    public Sealed seal(UUID decisionId, int version, String plain) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(128, nonce));
            c.updateAAD(aad(decisionId, version));
            return new Sealed(activeKeyId, nonce, c.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    public String open(UUID decisionId, int version, Sealed sealed) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("number key " + sealed.keyId() + " is no longer configured");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed.nonce()));
            c.updateAAD(aad(decisionId, version));
            return new String(c.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening failed (wrong key or tampered data)", e);
        }
    }

    private static byte[] aad(UUID decisionId, int version) {
        return (decisionId + "/" + version).getBytes(StandardCharsets.US_ASCII);
    }
}
