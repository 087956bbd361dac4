import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Used by deploy/local/up.sh: waits until PostgreSQL accepts connections, then creates the databases
 * that do not exist yet. Needs only the PostgreSQL JDBC driver on the class path (there is no psql
 * in the embedded binaries).
 *
 * <pre>PgInit host port user password timeoutSeconds database...</pre>
 *
 * The password is read from the environment variable PGPASSWORD when the argument is "-".
 */
public final class PgInit {

    private PgInit() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: PgInit host port user password|- timeoutSeconds database...");
            System.exit(2);
        }
        String host = args[0];
        String port = args[1];
        String user = args[2];
        String password = "-".equals(args[3]) ? System.getenv().getOrDefault("PGPASSWORD", "") : args[3];
        long deadline = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;

        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        props.setProperty("socketTimeout", "30");
        props.setProperty("ApplicationName", "deploy-local-pginit");
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";

        Connection connection = null;
        SQLException last = null;
        while (connection == null) {
            try {
                connection = DriverManager.getConnection(url, props);
            } catch (SQLException e) {
                last = e;
                String state = e.getSQLState() == null ? "" : e.getSQLState();
                // 28xxx: authentication / authorization: waiting will not help.
                if (state.startsWith("28")) {
                    System.err.println("PostgreSQL at " + host + ":" + port + " refused user '" + user + "': "
                            + e.getMessage());
                    System.exit(3);
                }
                if (System.nanoTime() > deadline) {
                    System.err.println("PostgreSQL at " + host + ":" + port + " did not accept connections in time: "
                            + last.getMessage());
                    System.exit(4);
                }
                Thread.sleep(500);
            }
        }
        try (Connection c = connection) {
            for (int i = 5; i < args.length; i++) {
                String db = args[i];
                if (!db.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("unsafe database name: " + db);
                }
                boolean exists;
                try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (exists) {
                    System.out.println("  database " + db + ": exists");
                    continue;
                }
                try (Statement st = c.createStatement()) {
                    st.execute("create database \"" + db + "\" encoding 'UTF8' template template0");
                    System.out.println("  database " + db + ": created");
                } catch (SQLException e) {
                    if ("42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                        System.out.println("  database " + db + ": exists");
                    } else {
                        System.err.println("cannot create database " + db + " as " + user + ": " + e.getMessage());
                        System.exit(5);
                    }
                }
            }
        }
    }
}
