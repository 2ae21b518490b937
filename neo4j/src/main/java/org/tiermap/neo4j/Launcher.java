package org.tiermap.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts a real Neo4j Community database with Bolt on loopback, for local development and tests.
 *
 * <p>Configuration comes from the environment so the Node side controls it:
 * NEO4J_BOLT_PORT (default 7687), NEO4J_DATA_DIR (default .data/neo4j), NEO4J_PAGECACHE_MB (default 256).
 * Once the database answers, one line "TIERMAP_NEO4J_READY bolt://127.0.0.1:PORT" is printed on stdout;
 * the Node launcher waits for it. Failures print one line starting with "TIERMAP_NEO4J_ERROR" and exit non-zero.
 */
public final class Launcher {
    static final String READY = "TIERMAP_NEO4J_READY";
    static final String ERROR = "TIERMAP_NEO4J_ERROR";

    private Launcher() {}

    public static void main(String[] args) {
        int port = intFromEnv("NEO4J_BOLT_PORT", 7687);
        long pageCacheMb = intFromEnv("NEO4J_PAGECACHE_MB", 256);
        Path home = Path.of(envOr("NEO4J_DATA_DIR", ".data/neo4j")).toAbsolutePath();

        // Fail fast with a clear sentence instead of Neo4j's long bind stack trace.
        if (!portIsFree(port)) {
            fail("port " + port + " on 127.0.0.1 is already in use; stop whatever uses it or set NEO4J_BOLT_PORT to a free port");
        }
        Path conf = home.resolve("tiermap-neo4j.conf");
        try {
            Files.createDirectories(home);
            // Settings without a public Java constant are set by name through a properties file.
            Files.writeString(conf, "dbms.usage_report.enabled=false\n");
        } catch (IOException e) {
            fail("cannot write to the data directory " + home + ": " + e.getMessage());
        }

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .loadPropertiesFromFile(conf)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    .build();
        } catch (RuntimeException e) {
            fail("Neo4j could not start: " + rootMessage(e));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("TIERMAP_NEO4J_STOPPING");
            dbms.shutdown();
            stopped.countDown();
        }, "tiermap-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            fail("the database did not become available within 2 minutes; see " + home.resolve("logs"));
        }
        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();
        if ("1".equals(System.getenv("TIERMAP_PARENT_WATCH"))) {
            exitWhenParentGoes();
        }

        try {
            // The shutdown hook ends the process; keep the main thread parked until then.
            stopped.await(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The Node parent holds our stdin open; when it dies, however it dies, stdin reaches end-of-file
     * and we shut down cleanly instead of living on as an orphan holding the port and the store lock.
     */
    private static void exitWhenParentGoes() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // Nothing is ever sent; any input is ignored.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end-of-file.
            }
            System.exit(0);
        }, "tiermap-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void fail(String sentence) {
        System.out.println(ERROR + " " + sentence);
        System.out.flush();
        System.exit(2);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int intFromEnv(String name, int fallback) {
        String value = envOr(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            fail(name + " must be a whole number, got \"" + value + "\"");
            return fallback;
        }
    }
}
