package cn.gov.huiji.fourlists.complaint.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "complaint-service — complaints, reports and suggestions (投诉举报)", version = "1.0.0",
        description = "Published channels and the handling of complaints from the public (Art. 9, 28, 30). "
                + "Errors are RFC 9457 problem+json."))
public class ComplaintServiceApi extends Application {
}
