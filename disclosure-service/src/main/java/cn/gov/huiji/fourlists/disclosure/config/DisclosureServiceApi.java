package cn.gov.huiji.fourlists.disclosure.config;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "disclosure-service — licensing and penalty decisions disclosed (双公示)", version = "1.0.0",
        description = "The bureau's 行政许可 and 行政处罚 decisions, received from its case-handling systems, published "
                + "within 7 working days of the decision date and withdrawn at their 公示截止期 (Art. 8, R-LIST-11); the "
                + "public search, the change feed and the credit platform's export. A natural person's certificate number "
                + "is never shown in full. Errors are RFC 9457 problem+json."))
public class DisclosureServiceApi extends Application {
}
