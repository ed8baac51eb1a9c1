package cn.gov.huiji.fourlists.list.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One item of a list (权责事项), identified by its code. */
@Entity
@Table(name = "list_item")
public class ListItem extends PanacheEntityBase {

    @Id
    public String code;

    @Embedded
    public ItemFields fields = new ItemFields();

    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;

    @Column(name = "loaded_by", nullable = false)
    public String loadedBy;
}
