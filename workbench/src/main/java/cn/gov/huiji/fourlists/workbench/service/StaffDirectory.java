package cn.gov.huiji.fourlists.workbench.service;

import cn.gov.huiji.fourlists.workbench.client.KeycloakUsersApi;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The e-mail addresses a notification goes to, from the users' Keycloak profiles. */
@ApplicationScoped
public class StaffDirectory {

    /** A staff member with an address. */
    public record Addressee(String username, String email) {
    }

    private final KeycloakUsersApi users;

    public StaffDirectory(@RestClient KeycloakUsersApi users) {
        this.users = users;
    }

    /** Everyone a recipient names who has an e-mail address and is enabled; fails when Keycloak does not answer. */
    public List<Addressee> addressees(Recipient to) {
        List<JsonNode> found = new ArrayList<>();
        switch (to.kind()) {
            case USER -> users.byUsername(to.name(), true, false).forEach(found::add);
            case ROLE -> users.withRole(to.name(), false, 0, 500).forEach(found::add);
            case SECTION -> {
                for (String role : List.of("clerk", "section-head")) {
                    users.withRole(role, false, 0, 500).forEach(u -> {
                        if (u.path("attributes").path("section").path(0).asText("").equals(to.name())) {
                            found.add(u);
                        }
                    });
                }
            }
        }
        Map<String, Addressee> unique = new LinkedHashMap<>();
        for (JsonNode u : found) {
            String email = u.path("email").asText("");
            if (u.path("enabled").asBoolean(true) && !email.isBlank()) {
                unique.putIfAbsent(u.path("username").asText(), new Addressee(u.path("username").asText(), email));
            }
        }
        return List.copyOf(unique.values());
    }
}
