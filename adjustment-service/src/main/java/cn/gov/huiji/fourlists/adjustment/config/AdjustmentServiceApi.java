package cn.gov.huiji.fourlists.adjustment.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "adjustment-service — the adjustment workflow (清单动态调整)", version = "1.0.0",
        description = "The only way a published list item may change (Art. 6, 22, 25, 26): a section applies, the legal "
                + "section reviews, the leaders study, the district office confirms, the legal section publishes. "
                + "Errors are RFC 9457 problem+json."))
public class AdjustmentServiceApi extends Application {
}
