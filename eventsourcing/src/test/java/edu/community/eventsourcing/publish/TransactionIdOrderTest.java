package edu.community.eventsourcing.publish;

import static edu.community.eventsourcing.EventsourcingTestSupport.anEvent;
import static edu.community.eventsourcing.EventsourcingTestSupport.metadata;
import static edu.community.eventsourcing.EventsourcingTestSupport.newStream;
import static edu.community.eventsourcing.publish.PublisherTestSupport.TOPIC;
import static edu.community.eventsourcing.publish.PublisherTestSupport.drain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.testing.TestInfrastructure;
import edu.community.eventsourcing.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The cause of the duplicates seen without any fault: transaction ids sorted as text around 999 → 1000. */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class TransactionIdOrderTest {

    @Inject
    EventStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    Pool pool;

    @Test
    void events_whose_transaction_ids_have_different_numbers_of_digits_are_published_once_in_transaction_order()
            throws Exception {
        drain(publisher, pool);
        String older = newStream();
        String newer = newStream();

        SqlConnection connection = pool.getConnection().await().indefinitely();
        try {
            Transaction transaction = connection.begin().await().indefinitely();
            store.append(connection, Append.to(older, 0, List.of(anEvent(1)), metadata())).await().indefinitely();
            long olderTxId = connection.query("select pg_current_xact_id()::text::bigint").execute()
                    .await().indefinitely().iterator().next().getLong(0);
            burnTransactionIdsUpTo(connection, nextPowerOfTen(olderTxId));
            store.append(Append.to(newer, 0, List.of(anEvent(2)), metadata())).await().indefinitely();
            transaction.commit().await().indefinitely();
        } finally {
            connection.close().await().indefinitely();
        }

        drain(publisher, pool);

        List<String> keys = TopicReader.readToEnd(TOPIC, Duration.ofSeconds(120)).stream()
                .map(ConsumerRecord::key).filter(Set.of(older, newer)::contains).toList();
        assertEquals(List.of(older, newer), keys, "each event once, the older transaction's first");
    }

    private static long nextPowerOfTen(long value) {
        long power = 10;
        while (power <= value) {
            power *= 10;
        }
        return power;
    }

    /** Spends transaction ids in subtransactions, so that the next transaction's id is at least {@code target}. */
    private static void burnTransactionIdsUpTo(SqlConnection transaction, long target) {
        transaction.query("create temp table xid_burner (n int) on commit drop").execute().await().indefinitely();
        transaction.query("do $$ declare spent bigint := 0; begin"
                        + " while spent < " + target + " loop"
                        + "   begin insert into xid_burner values (1) returning xmin::text::bigint into spent;"
                        + "   exception when others then raise; end;"
                        + " end loop; end $$")
                .execute().await().indefinitely();
    }
}
