package cn.gov.huiji.fourlists.logverifier;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A signed tree head binds size, root and time: changing any of them breaks the signature. */
class TreeHeadTest {

    @Test
    void aHeadVerifiesWithItsKeyAndFailsWhenAnythingChanges() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] root = Rfc6962.leafHash(new byte[]{1});
        TreeHead head = TreeHead.sign(1_764_000_000_000L, 7, root, keys.getPrivate());
        var key = TreeHead.publicKeyFromPem(TreeHead.toPem(keys.getPublic()));
        assertTrue(head.verify(key), "a head verifies with the published key");
        assertFalse(new TreeHead(8, head.rootHash(), head.timestamp(), head.signature()).verify(key), "another size");
        assertFalse(new TreeHead(7, Rfc6962.hex(Rfc6962.emptyRoot()), head.timestamp(), head.signature()).verify(key), "another root");
        assertFalse(new TreeHead(7, head.rootHash(), head.timestamp() + 1, head.signature()).verify(key), "another time");
        assertFalse(head.verify(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()), "another key");
        assertEquals(50, TreeHead.signedBytes(1, 2, root).length);
        assertEquals(0, TreeHead.signedBytes(1, 2, root)[0], "version byte");
        assertEquals(1, TreeHead.signedBytes(1, 2, root)[1], "signature type tree_hash");
    }
}
