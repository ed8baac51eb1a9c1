package cn.gov.huiji.fourlists.kernel.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Two instances of a service on one database, as far as a test inside one JVM can stand for them (issue 18). */
public final class TwoInstances {

    private TwoInstances() {
    }

    /**
     * Runs {@code scan} as two instances would at the same moment: the first holds its transaction open, uncommitted,
     * while the second runs the same scan over the same rows. Returns both results, first instance's first; fails if
     * either scan fails.
     */
    public static <T> List<T> atTheSameMoment(Callable<T> scan) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<T> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                T result = scan.call();
                firstDone.countDown();
                secondStarted.await(30, TimeUnit.SECONDS);
                Thread.sleep(500); // the second scan now reaches the rows the first has claimed and waits for its commit
                return result;
            }));
            if (!firstDone.await(60, TimeUnit.SECONDS)) {
                first.get(1, TimeUnit.SECONDS); // says why the first scan failed
            }
            Future<T> second = pool.submit(() -> {
                secondStarted.countDown();
                return scan.call();
            });
            return List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }
}
