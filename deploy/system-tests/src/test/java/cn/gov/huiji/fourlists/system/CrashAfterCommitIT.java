package cn.gov.huiji.fourlists.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static cn.gov.huiji.fourlists.system.Suite.LIST;
import static cn.gov.huiji.fourlists.system.Suite.as;
import static cn.gov.huiji.fourlists.system.Suite.awaitTraces;
import static cn.gov.huiji.fourlists.system.Suite.svc;
import static cn.gov.huiji.fourlists.system.Suite.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transactional outbox: a service killed with SIGKILL right after a committed write still delivers that
 * write's trace, exactly once, after it restarts. To make "right after" certain, the service first runs with
 * its relay switched off, so the trace is provably still unsent in its outbox when the process dies.
 */
class CrashAfterCommitIT {

    @AfterEach
    void listServiceRunsNormallyAgain() {
        svc("restart", "list-service");
    }

    @Test
    void aTraceCommittedBeforeSigkillIsDeliveredOnceAfterRestart() throws SQLException {
        svc("kill", "list-service");
        svc("start", "list-service", "-Dfourlists.trace.outbox.relay-enabled=false");

        String section = unique("crash-");
        as("admin").contentType("application/json").body(Map.of("name", "崩溃测试科"))
                .put(LIST + "/api/v1/sections/" + section).then().statusCode(201);
        assertEquals("unsent", outboxState("section/" + section),
                "the committed write's trace must wait in the outbox, unsent, when the service dies");

        svc("kill", "list-service"); // SIGKILL: no shutdown hook, no flush
        assertTrue(Suite.traces("section/" + section).isEmpty(), "nothing may reach the audit log before the restart");

        svc("start", "list-service");
        awaitTraces("section/" + section, 1);
        assertEquals("sent", outboxState("section/" + section), "after delivery the outbox entry is marked sent");
    }

    static String outboxState(String subject) throws SQLException {
        try (Connection db = Suite.database("list_service");
             PreparedStatement q = db.prepareStatement("select sent_at from outbox_entry where subject = ?")) {
            q.setString(1, subject);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return "missing";
                }
                String state = rs.getTimestamp(1) == null ? "unsent" : "sent";
                return rs.next() ? "more than one entry" : state;
            }
        }
    }
}
