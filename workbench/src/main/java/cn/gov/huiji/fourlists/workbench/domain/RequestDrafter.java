package cn.gov.huiji.fourlists.workbench.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who drafted a request, as its drafted event said: a returned request goes back to that person. */
@Entity
@Table(name = "request_drafter")
public class RequestDrafter extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public String requestId;
    public String username;
}
