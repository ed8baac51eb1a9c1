package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.Recipient;
import cn.gov.huiji.fourlists.workbench.service.StaffDirectory;
import io.quarkus.test.Mock;

import java.util.List;

/** The realm's demo users as Keycloak would list them, for tests that run without Keycloak. */
@Mock
public class DemoDirectory extends StaffDirectory {

    public DemoDirectory() {
        super(null);
    }

    @Override
    public List<Addressee> addressees(Recipient to) {
        return switch (to.kind()) {
            case USER -> List.of(new Addressee(to.name(), to.name() + "@fourlists.example"));
            case ROLE -> to.name().equals("legal") ? List.of(new Addressee("legal", "legal@fourlists.example")) : List.of();
            case SECTION -> to.name().equals("hazchem") ? List.of(new Addressee("clerk", "clerk@fourlists.example"),
                    new Addressee("head", "head@fourlists.example")) : List.of();
        };
    }
}
