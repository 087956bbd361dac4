package edu.community.eventsourcing.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * What a request could have written in the service's own database: the last event position, the idempotency
 * records and a digest of every register table (the public tables other than the library's es_ tables).
 */
final class WriteLedger implements AutoCloseable {

    private final Connection connection;
    private final String query;

    WriteLedger(Config config) {
        try {
            connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getValue("quarkus.datasource.password", String.class));
            query = "select (select coalesce(max(position), 0) from es_event) || '/' "
                    + "|| (select count(*) from es_idempotency)" + registerDigests();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value that changes whenever anything is appended or a register row changes. */
    String state() {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String registerDigests() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' "
                        + "and table_type = 'BASE TABLE' and table_name not like 'es\\_%' "
                        + "and table_name <> 'flyway_schema_history' order by table_name")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        StringBuilder digests = new StringBuilder();
        for (String table : tables) {
            digests.append(" || '/' || (select coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from public.")
                    .append(table).append(" t)");
        }
        return digests.toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
