package cn.gov.huiji.fourlists.complaint;

import cn.gov.huiji.fourlists.complaint.service.IdentityVault;
import cn.gov.huiji.fourlists.complaint.service.SubmittedText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * R-CMP-3 key rotation and the submitted files, without a container. The abuse limits are shared by the service's
 * instances through its database: {@link SharedClientLimitsTest}.
 */
class IdentityVaultAndLimitsTest {

    static String key() {
        byte[] k = new byte[32];
        new java.security.SecureRandom().nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    void keysRotateOldCasesStillOpenAndASealedIdentityCannotMoveToAnotherCase() {
        String k1 = key(), k2 = key();
        UUID caseId = UUID.randomUUID();
        byte[] identity = "{\"name\":\"张三\",\"phone\":\"13912345678\"}".getBytes(StandardCharsets.UTF_8);
        IdentityVault.Sealed old = new IdentityVault("k1", Map.of("k1", k1)).seal(caseId, identity);
        IdentityVault rotated = new IdentityVault("k2", Map.of("k1", k1, "k2", k2));
        assertArrayEquals(identity, rotated.open(caseId, old), "an identity sealed with the old key still opens");
        assertEquals("k2", rotated.seal(caseId, identity).keyId(), "new identities use the active key");
        assertThrows(IllegalStateException.class, () -> rotated.open(UUID.randomUUID(), old), "bound to its case");
        assertThrows(IllegalStateException.class, () -> new IdentityVault("k2", Map.of("k2", k2)).open(caseId, old),
                "a retired key no longer opens");
    }

    @Test
    void filesAreRecognisedByTheirBytesNotTheirNames() {
        assertEquals("application/pdf", SubmittedText.mediaTypeOf("%PDF-1.7\n".getBytes()));
        assertEquals("image/jpeg", SubmittedText.mediaTypeOf(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}));
        assertEquals(null, SubmittedText.mediaTypeOf("<html>".getBytes()));
        assertEquals("执法人员态度恶劣", SubmittedText.neutralise("<script>alert(1)</script>执法人员<b>态度恶劣</b>"));
        assertEquals("javascript :void", SubmittedText.neutralise("javascript:void"));
    }
}
