package cn.gov.huiji.fourlists.audit.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "audit-service — the trace log (痕迹化管理)", version = "1.0.0",
        description = "Every duty action of every service, stored exactly once (全程留痕, Art. 7, 10), for the "
                + "discipline group and auditors (Art. 21, 29). Errors are RFC 9457 problem+json."))
public class AuditServiceApi extends Application {
}
