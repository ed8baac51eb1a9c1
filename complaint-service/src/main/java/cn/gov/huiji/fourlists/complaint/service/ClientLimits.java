package cn.gov.huiji.fourlists.complaint.service;

import cn.gov.huiji.fourlists.complaint.config.ComplaintConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Abuse limits per client (R-CMP-5): submissions per minute, and wrong query codes per client and case (repeated wrong
 * codes are throttled). The answer is how long to wait (Retry-After).
 * <p>
 * Shared by every instance of the service: the counts live in this service's database (table client_limit), one row
 * per bucket holding at most the limit's number of hits, each check one atomic statement, so a client a load balancer
 * spreads over several instances meets one limit, and two instances counting at once cannot both let the last one
 * through. The times are the database's, one clock for all instances. Nothing per client is kept in memory; the table
 * stays bounded because every counting statement is followed by a purge of a few rows whose window has passed, and a
 * lookup never creates a row, so a stream of random case numbers or addresses cannot grow it.
 */
@ApplicationScoped
public class ClientLimits {

    /** Rows whose window has passed removed after each counted hit: more than one, so the table shrinks under load. */
    static final int PURGE_BATCH = 32;

    static final String INTAKE = "INTAKE";
    static final String WRONG_CODE = "WRONG_CODE";

    /**
     * Counts a submission if fewer than the limit fall within the window. The row is locked by the upsert, so concurrent
     * submissions of one client, on any instance, are counted one after another.
     */
    private static final String ADMIT = """
            with p as (select ?::bytea as bucket, ?::bigint * interval '1 microsecond' as win, ?::int as lim,
                              statement_timestamp() as now)
            insert into client_limit as l (bucket, kind, hits, admitted, expires_at)
            select p.bucket, 'INTAKE', array[p.now], true, p.now + p.win from p
            on conflict (bucket) do update set (hits, admitted, expires_at) = (
                select case when cardinality(r.kept) < p.lim then r.kept || p.now else r.kept end,
                       cardinality(r.kept) < p.lim,
                       case when cardinality(r.kept) < p.lim then p.now else r.kept[cardinality(r.kept)] end + p.win
                from p, lateral (select array(select h from unnest(l.hits) h where h > p.now - p.win order by h) as kept) r)
            returning l.admitted, extract(epoch from l.hits[1] + (select win from p) - (select now from p))""";

    /** Records a wrong code, keeping only the newest hits up to the limit: they alone decide whether to throttle. */
    private static final String WRONG = """
            with p as (select ?::bytea as bucket, ?::bigint * interval '1 microsecond' as win, ?::int as lim,
                              statement_timestamp() as now)
            insert into client_limit as l (bucket, kind, hits, expires_at)
            select p.bucket, 'WRONG_CODE', array[p.now], p.now + p.win from p
            on conflict (bucket) do update set (hits, expires_at) = (
                select r.kept[greatest(cardinality(r.kept) - p.lim + 2, 1):] || p.now, p.now + p.win
                from p, lateral (select array(select h from unnest(l.hits) h where h > p.now - p.win order by h) as kept) r)""";

    /** Whether the newest wrong codes fill the limit within the window, and until when. Reads only. */
    private static final String THROTTLED = """
            with p as (select ?::bytea as bucket, ?::bigint * interval '1 microsecond' as win, ?::int as lim,
                              statement_timestamp() as now)
            select cardinality(r.kept) >= p.lim, extract(epoch from r.kept[1] + p.win - p.now)
            from p join client_limit l on l.bucket = p.bucket,
                 lateral (select array(select h from unnest(l.hits) h where h > p.now - p.win order by h) as kept) r""";

    /** Claims a few rows whose window has passed; rows another instance is purging or counting are skipped. */
    private static final String PURGE = """
            delete from client_limit where bucket in (
                select bucket from client_limit where expires_at < statement_timestamp()
                order by expires_at limit ? for update skip locked)""";

    private final DataSource db;
    private final int intakePerMinute;
    private final int maxFailures;
    private final Duration failureWindow;

    @jakarta.inject.Inject
    public ClientLimits(DataSource db, ComplaintConfig config) {
        this(db, config.intake().perMinute(), config.tracking().maxFailures(), config.tracking().failureWindow());
    }

    ClientLimits(DataSource db, int intakePerMinute, int maxFailures, Duration failureWindow) {
        if (intakePerMinute < 1 || maxFailures < 1 || failureWindow.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("the limits count at least one hit within at least a millisecond: "
                    + intakePerMinute + "/min, " + maxFailures + " wrong codes within " + failureWindow);
        }
        this.db = db;
        this.intakePerMinute = intakePerMinute;
        this.maxFailures = maxFailures;
        this.failureWindow = failureWindow;
    }

    /** Counts a submission; empty when allowed, else the wait. */
    public Optional<Duration> admitIntake(String client) {
        try (Connection c = db.getConnection()) {
            Optional<Duration> wait;
            try (PreparedStatement s = c.prepareStatement(ADMIT)) {
                bind(s, bucket(INTAKE, client), Duration.ofMinutes(1), intakePerMinute);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    wait = r.getBoolean(1) ? Optional.empty() : Optional.of(atLeastASecond(r.getDouble(2)));
                }
            }
            purge(c);
            return wait;
        } catch (SQLException e) {
            throw new IllegalStateException("the intake limit could not be counted", e);
        }
    }

    /** Whether tracking this case is throttled for this client; empty when allowed. Asking never creates a row. */
    public Optional<Duration> trackingThrottled(String client, String caseNo) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(THROTTLED)) {
            bind(s, bucket(WRONG_CODE, client + "|" + caseNo), failureWindow, maxFailures);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1) ? Optional.of(atLeastASecond(r.getDouble(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the tracking limit could not be read", e);
        }
    }

    public void wrongCode(String client, String caseNo) {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(WRONG)) {
                bind(s, bucket(WRONG_CODE, client + "|" + caseNo), failureWindow, maxFailures);
                s.executeUpdate();
            }
            purge(c);
        } catch (SQLException e) {
            throw new IllegalStateException("a wrong query code could not be counted", e);
        }
    }

    private static void purge(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(PURGE)) {
            s.setInt(1, PURGE_BATCH);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, byte[] bucket, Duration window, int limit) throws SQLException {
        s.setBytes(1, bucket);
        s.setLong(2, window.toNanos() / 1_000);
        s.setInt(3, limit);
    }

    /** As before the limits were shared: never less than a second, the unit of Retry-After. */
    private static Duration atLeastASecond(double seconds) {
        return Duration.ofNanos(Math.max((long) (seconds * 1e9), 1_000_000_000L));
    }

    /**
     * The row's key: SHA-256 of the bucket's name, so neither the client's address nor a case number as typed is
     * stored, and a very long case number cannot exceed the index's key size.
     */
    static byte[] bucket(String kind, String name) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((kind + "|" + name).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
