package cn.gov.huiji.fourlists.list.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "list-service — the four lists (四单)", version = "1.0.0",
        description = "The bureau's four lists (行政权责清单, 行政审批事项清单, 行政事业性收费清单, 政府性基金清单): "
                + "public reading for the portal and other bureaus, the legal section's first load, "
                + "and changes only through published adjustments (Art. 1, 3, 4, 22). Errors are RFC 9457 problem+json."))
public class ListServiceApi extends Application {
}
