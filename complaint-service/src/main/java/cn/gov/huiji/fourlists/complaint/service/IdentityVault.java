package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.config.ComplaintConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Seals personal data at rest (Art. 30, R-CMP-3): AES-256-GCM, a fresh 96-bit nonce each time, the case id as
 * associated data (a sealed identity cannot be moved to another case), and the key id stored beside it so keys
 * can rotate: new data uses the active key, old data opens with the key it names.
 */
@ApplicationScoped
public class IdentityVault {

    public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String activeKeyId;
    private final Map<String, SecretKeySpec> keys = new HashMap<>();

    @jakarta.inject.Inject
    public IdentityVault(ComplaintConfig config) {
        this(config.identity().activeKeyId(), config.identity().keys());
    }

    public IdentityVault(String activeKeyId, Map<String, String> base64Keys) {
        base64Keys.forEach((id, b64) -> {
            byte[] key = Base64.getDecoder().decode(b64.trim());
            if (key.length != 32) {
                throw new IllegalStateException("identity key " + id + " must be 256 bits");
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        });
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalStateException("the active identity key " + activeKeyId + " is not configured");
        }
        this.activeKeyId = activeKeyId;
    }

    public Sealed seal(UUID caseId, byte[] plain) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(128, nonce));
            c.updateAAD(caseId.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new Sealed(activeKeyId, nonce, c.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    public byte[] open(UUID caseId, Sealed sealed) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("identity key " + sealed.keyId() + " is no longer configured");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed.nonce()));
            c.updateAAD(caseId.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return c.doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("opening failed (wrong key or tampered data)", e);
        }
    }
}
