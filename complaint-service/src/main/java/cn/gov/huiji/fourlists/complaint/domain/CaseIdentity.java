package cn.gov.huiji.fourlists.complaint.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * The submitter's identity (Art. 30): name, phone, ID number, address and e-mail, encrypted together (AES-GCM) with
 * the key named by {@code keyId}, in a table apart from the case. Readable only through a traced reveal.
 */
@Entity
@Table(name = "case_identity")
public class CaseIdentity extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(nullable = false)
    public byte[] nonce;

    @Column(nullable = false)
    public byte[] ciphertext;
}
