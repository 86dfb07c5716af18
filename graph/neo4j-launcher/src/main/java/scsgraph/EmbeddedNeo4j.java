package scsgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, bound to loopback, auth on.
 *
 * Configuration comes from the environment (set by graph/embedded/supervisor.ts):
 *   SCS_NEO4J_HOME       data directory (required)
 *   SCS_NEO4J_BOLT_PORT  Bolt port on 127.0.0.1 (default 7687)
 *   SCS_NEO4J_PASSWORD   password of user neo4j (required, min 8 characters)
 *   SCS_NEO4J_PAGECACHE  page cache size in MiB (default 1024)
 *   SCS_NEO4J_TX_MEMORY  global transaction memory cap in MiB (default 2048)
 *   SCS_NEO4J_WATCH_STDIN "1": exit when stdin closes (the supervising process is gone)
 *
 * Prints exactly one line starting with "SCS-NEO4J READY" when Bolt accepts connections, and
 * "SCS-NEO4J ERROR <reason>" before exiting non-zero on a start-up failure.
 */
public final class EmbeddedNeo4j {

    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String home = env.get("SCS_NEO4J_HOME");
        String password = env.get("SCS_NEO4J_PASSWORD");
        if (home == null || home.isBlank()) fail("SCS_NEO4J_HOME is not set");
        if (password == null || password.length() < 8) fail("SCS_NEO4J_PASSWORD must have at least 8 characters");
        int port = intEnv(env, "SCS_NEO4J_BOLT_PORT", 7687);
        long pageCacheMiB = intEnv(env, "SCS_NEO4J_PAGECACHE", 1024);
        long txMemoryMiB = intEnv(env, "SCS_NEO4J_TX_MEMORY", 2048);

        Path homeDir = Path.of(home).toAbsolutePath();
        Files.createDirectories(homeDir);

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(homeDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMiB))
                // A runaway query must not hold the DBMS hostage; clients set tighter per-query timeouts.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();
        } catch (RuntimeException e) {
            fail(rootMessage(e));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("SCS-NEO4J STOPPING");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        setPassword(dbms, password);
        if ("1".equals(env.get("SCS_NEO4J_WATCH_STDIN"))) exitWhenParentGoes();
        System.out.println("SCS-NEO4J READY bolt://127.0.0.1:" + port + " neo4j " + neo4jVersion());
        System.out.flush();
        stopped.await();
    }

    /** The supervisor holds our stdin open; EOF means it died, so we shut down rather than linger. */
    private static void exitWhenParentGoes() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) { /* ignore input */ }
            } catch (java.io.IOException ignored) {
                // a broken pipe means the same as EOF
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The embedded API bypasses auth, so the configured password always wins, also after a change. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
        } catch (RuntimeException e) {
            String message = rootMessage(e);
            // Neo4j refuses to "change" a password to the one it already has; that is success for us.
            if (!message.contains("Old password and new password cannot be the same")) {
                dbms.shutdown();
                fail("could not set the password: " + message);
            }
        }
    }

    private static String neo4jVersion() {
        Package p = org.neo4j.dbms.api.DatabaseManagementService.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "5.26" : v;
    }

    private static int intEnv(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) return fallback;
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            fail(name + " must be a whole number, got '" + value + "'");
            return fallback;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void fail(String reason) {
        System.out.println("SCS-NEO4J ERROR " + reason.replace('\n', ' '));
        System.out.flush();
        System.exit(2);
    }
}
