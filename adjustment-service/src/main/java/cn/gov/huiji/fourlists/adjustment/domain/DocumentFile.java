package cn.gov.huiji.fourlists.adjustment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The file of a document behind an adjustment's trigger (依据文件原件), kept as received. */
@Entity
@Table(name = "request_document_file")
public class DocumentFile extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "request_id", nullable = false)
    public UUID requestId;
    @Column(name = "file_name", nullable = false)
    public String fileName;
    @Column(name = "media_type", nullable = false)
    public String mediaType;
    @Column(name = "size_bytes", nullable = false)
    public long size;
    @Column(nullable = false)
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
    @Column(name = "attached_by", nullable = false)
    public String attachedBy;
    @Column(name = "attached_at", nullable = false)
    public OffsetDateTime attachedAt;
}
