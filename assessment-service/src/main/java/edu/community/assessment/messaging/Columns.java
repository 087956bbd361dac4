package edu.community.assessment.messaging;

import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rows by column, each column passed as one array parameter of its type: one multi-row statement
 * ({@code insert … select … from unnest($1::text[], …)}) writes them all in one round trip. A column of lists of
 * event ids ({@code List.class}) is passed as two integer parameters in its place, the first and last position of
 * the row's ids in one {@code uuid[]} of every row's ids, which comes last: {@code ($n::uuid[])[first:last]}.
 */
final class Columns {

    private final Class<?>[] types;
    private final List<List<Object>> columns = new ArrayList<>();
    private final List<UUID> ids = new ArrayList<>();

    Columns(Class<?>... types) {
        this.types = types;
        for (int i = 0; i < types.length; i++) {
            columns.add(new ArrayList<>());
        }
    }

    void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (types[i] == List.class) {
                @SuppressWarnings("unchecked")
                List<UUID> of = (List<UUID>) values[i];
                columns.get(i).add(new int[]{ids.size() + 1, ids.size() + of.size()});
                ids.addAll(of);
            } else {
                columns.get(i).add(values[i]);
            }
        }
    }

    int size() {
        return columns.get(0).size();
    }

    Tuple tuple() {
        Tuple tuple = Tuple.tuple();
        for (int i = 0; i < types.length; i++) {
            List<Object> column = columns.get(i);
            if (types[i] == LocalDate.class) {
                tuple.addArrayOfLocalDate(column.toArray(LocalDate[]::new));
            } else if (types[i] == Boolean.class) {
                tuple.addArrayOfBoolean(column.toArray(Boolean[]::new));
            } else if (types[i] == Integer.class) {
                tuple.addArrayOfInteger(column.toArray(Integer[]::new));
            } else if (types[i] == UUID.class) {
                tuple.addArrayOfUUID(column.toArray(UUID[]::new));
            } else if (types[i] == OffsetDateTime.class) {
                tuple.addArrayOfOffsetDateTime(column.toArray(OffsetDateTime[]::new));
            } else if (types[i] == List.class) {
                tuple.addArrayOfInteger(column.stream().map(range -> ((int[]) range)[0]).toArray(Integer[]::new));
                tuple.addArrayOfInteger(column.stream().map(range -> ((int[]) range)[1]).toArray(Integer[]::new));
            } else {
                tuple.addArrayOfString(column.toArray(String[]::new));
            }
        }
        if (List.of(types).contains(List.class)) {
            tuple.addArrayOfUUID(ids.toArray(UUID[]::new));
        }
        return tuple;
    }
}
