package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.domain.ComplaintCase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A case's content sealed at rest like the identity (Art. 30: what a citizen writes often identifies them): AES-GCM
 * under the active identity key, the case id as associated data. Only {@link CaseDisclosure} opens it for people,
 * and traces each reading.
 */
@ApplicationScoped
public class CaseContent {

    private static final Logger LOG = Logger.getLogger(CaseContent.class);

    private final IdentityVault vault;

    public CaseContent(IdentityVault vault) {
        this.vault = vault;
    }

    void seal(ComplaintCase c, String content) {
        IdentityVault.Sealed sealed = vault.seal(c.id, content.getBytes(StandardCharsets.UTF_8));
        c.contentKeyId = sealed.keyId();
        c.contentNonce = sealed.nonce();
        c.contentSealed = sealed.ciphertext();
        c.content = null;
    }

    /** The plain content; package-private so that every reading by a person goes through a traced path. */
    String open(ComplaintCase c) {
        if (c.contentSealed == null) {
            return c.content; // a row from before sealing, until start-up has sealed it
        }
        return new String(vault.open(c.id, new IdentityVault.Sealed(c.contentKeyId, c.contentNonce, c.contentSealed)),
                StandardCharsets.UTF_8);
    }

    void onStart(@Observes StartupEvent start) {
        sealEarlierRows();
    }

    /** Rows stored before content was sealed are sealed (at start-up), in batches, each batch in one transaction. */
    public int sealEarlierRows() {
        int sealed = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(() -> {
                List<ComplaintCase> rows = ComplaintCase.find("content is not null and contentSealed is null").page(0, 200).list();
                rows.forEach(c -> seal(c, c.content));
                return rows.size();
            });
            sealed += batch;
            if (batch == 0) {
                break;
            }
        }
        if (sealed > 0) {
            LOG.infof("sealed the content of %d earlier cases", sealed);
        }
        return sealed;
    }
}
