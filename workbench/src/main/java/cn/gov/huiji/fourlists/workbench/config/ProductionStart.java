package cn.gov.huiji.fourlists.workbench.config;

import cn.gov.huiji.fourlists.kernel.config.ProductionSettings;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** In production the workbench, like every service, refuses to start on a missing secret or a local default. */
@ApplicationScoped
class ProductionStart {

    void onStart(@Observes StartupEvent event) {
        ProductionSettings.check();
    }
}
