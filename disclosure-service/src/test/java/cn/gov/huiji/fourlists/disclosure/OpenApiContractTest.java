package cn.gov.huiji.fourlists.disclosure;

import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import cn.gov.huiji.fourlists.kernel.testing.OpenApiContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * disclosure-service's OpenAPI document is a contract: the stored copy under deploy/contracts/openapi is what the code
 * publishes, every operation has a stable id, declares its errors as RFC 9457 problems and its success body, and every
 * request body has an example.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OpenApiContractTest {

    @Test
    void thePublishedDocumentIsTheStoredContractAndDeclaresEveryAnswer() {
        OpenApiContract.selfCheck();
        OpenApiContract.verify("disclosure-service");
    }
}
