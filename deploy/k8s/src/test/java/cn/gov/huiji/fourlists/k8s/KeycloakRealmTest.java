package cn.gov.huiji.fourlists.k8s;

import cn.gov.huiji.fourlists.k8s.check.Deployed;
import cn.gov.huiji.fourlists.k8s.check.Manifests;
import cn.gov.huiji.fourlists.k8s.check.ServiceConfig;
import cn.gov.huiji.fourlists.k8s.check.StrictModel;
import cn.gov.huiji.fourlists.k8s.model.KeycloakOperator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak on its operator: the production realm is the local realm's roles and clients with no demo user, no
 * password and no secret written down (client secrets are placeholders the operator fills from a Secret), brute-force
 * protection on, and every service told the realm's public address.
 */
class KeycloakRealmTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    static KeycloakOperator.KeycloakRealmImport realmImport() {
        List<KeycloakOperator.KeycloakRealmImport> all = Manifests.of(KeycloakOperator.KeycloakRealmImport.class);
        assertEquals(1, all.size(), "expected one KeycloakRealmImport");
        return all.get(0);
    }

    static KeycloakOperator.Keycloak keycloak() {
        List<KeycloakOperator.Keycloak> all = Manifests.of(KeycloakOperator.Keycloak.class);
        assertEquals(1, all.size(), "expected one Keycloak");
        return all.get(0);
    }

    /** The local development realm (deploy/local/keycloak/fourlists-realm.json), read, never changed. */
    static RealmRepresentation localRealm() throws IOException {
        return new ObjectMapper().configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(Manifests.REPO.resolve("deploy/local/keycloak/fourlists-realm.json").toFile(), RealmRepresentation.class);
    }

    @Test
    void theProductionRealmHasTheLocalRealmsRolesAndClients() throws IOException {
        RealmRepresentation prod = realmImport().spec().realm();
        RealmRepresentation local = localRealm();
        assertEquals(local.getRealm(), prod.getRealm(), "the realm's name: the services' tokens are issued by it");
        assertEquals(roles(local), roles(prod), "the realm roles the services check");
        assertEquals(clientIds(local), clientIds(prod), "the clients");
        for (ClientRepresentation c : prod.getClients()) {
            ClientRepresentation l = local.getClients().stream().filter(x -> x.getClientId().equals(c.getClientId())).findFirst().orElseThrow();
            assertEquals(l.isPublicClient(), c.isPublicClient(), c.getClientId() + ": public or confidential as locally");
            assertEquals(l.isServiceAccountsEnabled(), c.isServiceAccountsEnabled(), c.getClientId() + ": service account as locally");
            assertEquals(mappers(l), mappers(c), c.getClientId() + ": the protocol mappers (the services' audience, the section claim)");
        }
    }

    private static Set<String> roles(RealmRepresentation r) {
        return r.getRoles().getRealm().stream().map(RoleRepresentation::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> clientIds(RealmRepresentation r) {
        return r.getClients().stream().map(ClientRepresentation::getClientId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> mappers(ClientRepresentation c) {
        return c.getProtocolMappers() == null ? Set.of() : c.getProtocolMappers().stream()
                .map(m -> m.getProtocolMapper() + ":" + new java.util.TreeMap<>(m.getConfig()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void itHasNoDemoUserNoPasswordAndNoSecretWrittenDown() {
        RealmRepresentation prod = realmImport().spec().realm();
        for (UserRepresentation u : Optional.ofNullable(prod.getUsers()).orElse(List.of())) {
            assertNotNull(u.getServiceAccountClientId(), "the user " + u.getUsername()
                    + " is a person: people are added by the bureau's administrators, never imported");
            assertTrue(u.getCredentials() == null || u.getCredentials().isEmpty(), u.getUsername() + " carries credentials");
        }
        JsonNode tree = Manifests.all().stream().filter(d -> d.model() instanceof KeycloakOperator.KeycloakRealmImport)
                .findFirst().orElseThrow().tree().path("spec").path("realm");
        List<String> written = new ArrayList<>();
        walk(tree, "realm", written);
        assertEquals(List.of(), written, "passwords or secrets written into the realm");
        Map<String, KeycloakOperator.Placeholder> placeholders = Optional.ofNullable(realmImport().spec().placeholders()).orElse(Map.of());
        for (ClientRepresentation c : prod.getClients()) {
            if (Boolean.TRUE.equals(c.isPublicClient())) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(Optional.ofNullable(c.getSecret()).orElse(""));
            assertTrue(m.matches(), c.getClientId() + ": a confidential client's secret must be a ${PLACEHOLDER}");
            KeycloakOperator.Placeholder p = placeholders.get(m.group(1));
            assertNotNull(p, c.getClientId() + ": the placeholder " + m.group(1) + " is not declared in spec.placeholders");
            assertTrue(Deployed.secretKeys(p.secret().name()).orElse(Set.of()).contains(p.secret().key()),
                    m.group(1) + ": secret " + p.secret().name() + " has no key " + p.secret().key());
        }
    }

    private static void walk(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey().toLowerCase();
                String where = path + "." + e.getKey();
                // a password policy is a rule, not a password
                if ((key.contains("password") && !key.equals("passwordpolicy") || key.equals("secret") || key.equals("credentials"))
                        && !(e.getValue().isTextual() && PLACEHOLDER.matcher(e.getValue().asText()).matches())
                        && !e.getValue().isBoolean()) {
                    out.add(where);
                }
                walk(e.getValue(), where, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    @Test
    void bruteForceProtectionIsOnAndNoClientTakesPasswordsOrPlainHttp() {
        RealmRepresentation prod = realmImport().spec().realm();
        assertTrue(Boolean.TRUE.equals(prod.isBruteForceProtected()), "brute-force protection is off");
        assertFalse(Boolean.TRUE.equals(prod.isRegistrationAllowed()), "anyone could register an account");
        assertEquals("all", prod.getSslRequired(), "the realm must refuse plain HTTP from any address");
        for (ClientRepresentation c : prod.getClients()) {
            assertFalse(Boolean.TRUE.equals(c.isDirectAccessGrantsEnabled()),
                    c.getClientId() + ": direct access grants let a client collect passwords (local realm only)");
            assertFalse(Boolean.TRUE.equals(c.isImplicitFlowEnabled()), c.getClientId() + ": implicit flow");
            for (String uri : Optional.ofNullable(c.getRedirectUris()).orElse(List.of())) {
                assertTrue(uri.startsWith("https://") && !uri.contains("127.0.0.1") && !uri.contains("localhost"),
                        c.getClientId() + ": redirect URI " + uri + " is not an https address of the deployment");
            }
        }
    }

    @Test
    void theServicesTrustTheRealmAtItsPublicAddressAndTheWorkbenchSharesItsClientSecret() {
        KeycloakOperator.Keycloak kc = keycloak();
        assertEquals(kc.metadata().getName(), realmImport().spec().keycloakCRName(), "the realm import names another Keycloak");
        assertTrue(kc.spec().instances() >= 2, "one Keycloak instance is a single point of failure for every sign-in");
        String issuer = kc.spec().hostname().hostname() + "/realms/" + realmImport().spec().realm().getRealm();
        assertTrue(issuer.startsWith("https://"), "Keycloak's hostname must be its public https address: " + issuer);
        for (String service : ServiceConfig.SERVICES) {
            if (service.equals("portal")) {
                continue; // the portal signs nobody in
            }
            Deployed d = Deployed.of(service);
            assertEquals(issuer, d.setting("quarkus.oidc.auth-server-url").map(Deployed.Setting::value).orElse(null),
                    service + ": quarkus.oidc.auth-server-url must be the realm's public address (the tokens' issuer)");
        }
        Map<String, KeycloakOperator.Placeholder> placeholders = realmImport().spec().placeholders();
        ClientRepresentation workbench = realmImport().spec().realm().getClients().stream()
                .filter(c -> c.getClientId().equals("fourlists-workbench")).findFirst().orElseThrow();
        Matcher m = PLACEHOLDER.matcher(workbench.getSecret());
        assertTrue(m.matches(), "the workbench client's secret is not a placeholder");
        KeycloakOperator.SecretKey realmSide = placeholders.get(m.group(1)).secret();
        Deployed d = Deployed.of("workbench");
        for (String property : List.of("quarkus.oidc.credentials.secret", "quarkus.oidc-client.credentials.secret")) {
            assertEquals("secret " + realmSide.name() + "/" + realmSide.key(),
                    d.setting(property).map(Deployed.Setting::source).orElse(null),
                    "workbench: " + property + " must be the same secret the realm's client is given");
        }
        for (KeycloakOperator.SecretKey s : List.of(kc.spec().db().usernameSecret(), kc.spec().db().passwordSecret())) {
            assertTrue(Deployed.secretKeys(s.name()).orElse(Set.of()).contains(s.key()),
                    "Keycloak's database login: secret " + s.name() + " has no key " + s.key());
        }
    }

    @Test
    void theRealmParsesAsKeycloaksOwnRepresentationWithoutUnknownFields() {
        JsonNode realm = Manifests.all().stream().filter(d -> d.model() instanceof KeycloakOperator.KeycloakRealmImport)
                .findFirst().orElseThrow().tree().path("spec").path("realm");
        RealmRepresentation parsed = StrictModel.read(realm, RealmRepresentation.class);
        assertNotNull(parsed.getRealm(), "the realm has no name");
    }
}
