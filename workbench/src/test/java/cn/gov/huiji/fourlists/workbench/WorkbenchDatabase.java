package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.kernel.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every Quarkus test of the workbench runs on a real PostgreSQL (its notifications' database). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class WorkbenchDatabase {
}
