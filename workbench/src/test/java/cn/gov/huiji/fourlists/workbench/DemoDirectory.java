package cn.gov.huiji.fourlists.workbench;

import cn.gov.huiji.fourlists.workbench.service.Recipient;
import cn.gov.huiji.fourlists.workbench.service.StaffDirectory;
import io.quarkus.test.Mock;

import java.util.List;

/** The realm's demo users as Keycloak would list them, for tests that run without Keycloak. */
@Mock
public class DemoDirectory extends StaffDirectory {

    /** A user whose address cannot be read: the directory answers as when Keycloak is down. */
    public static final String UNREACHABLE = "directory-down";

    public DemoDirectory() {
        super(null);
    }

    @Override
    public List<Addressee> addressees(Recipient to) {
        if (to.name().equals(UNREACHABLE)) {
            throw new IllegalStateException("OIDC server is not available (as while Keycloak starts)");
        }
        return switch (to.kind()) {
            case USER -> List.of(new Addressee(to.name(), to.name() + "@fourlists.example"));
            case ROLE -> to.name().equals("legal") ? List.of(new Addressee("legal", "legal@fourlists.example")) : List.of();
            case SECTION -> to.name().equals("hazchem") ? List.of(new Addressee("clerk", "clerk@fourlists.example"),
                    new Addressee("head", "head@fourlists.example")) : List.of();
        };
    }
}
