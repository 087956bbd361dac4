import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Used by deploy/local/up.sh: waits until the broker answers a metadata request, creates the missing
 * topics and sets their retention configuration on existing ones (idempotent).
 *
 * <pre>KafkaInit bootstrap timeoutSeconds partitions topic...</pre>
 *
 * With timeoutSeconds &lt; 0 it only checks once that the cluster answers and lists the topics.
 */
public final class KafkaInit {

    private static final Map<String, String> TOPIC_CONFIG = Map.of(
            "cleanup.policy", "delete",
            "retention.ms", "-1");

    private KafkaInit() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: KafkaInit bootstrap timeoutSeconds partitions topic...");
            System.exit(2);
        }
        String bootstrap = args[0];
        long timeout = Long.parseLong(args[1]);
        int partitions = Integer.parseInt(args[2]);
        List<String> topics = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            topics.add(args[i]);
        }

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "deploy-local-kafkainit");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(timeout, 0));
        try (Admin admin = Admin.create(props)) {
            Exception last;
            while (true) {
                try {
                    int nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
                    if (nodes > 0) {
                        break;
                    }
                    last = new IllegalStateException("no broker in the cluster metadata yet");
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e;
                }
                if (System.nanoTime() > deadline) {
                    System.err.println("Kafka at " + bootstrap + " did not answer a metadata request in time: " + last);
                    System.exit(4);
                }
                Thread.sleep(500);
            }

            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : topics) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, Optional.of(partitions), Optional.empty()).configs(TOPIC_CONFIG));
                }
            }
            if (!missing.isEmpty()) {
                Map<String, org.apache.kafka.common.KafkaFuture<Void>> results = admin.createTopics(missing).values();
                for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> e : results.entrySet()) {
                    try {
                        e.getValue().get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException ex) {
                        if (!(ex.getCause() instanceof TopicExistsException)) {
                            throw ex;
                        }
                    }
                }
            }
            ensureConfig(admin, topics);
            if (!topics.isEmpty()) {
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                        .get(10, TimeUnit.SECONDS);
                for (String topic : topics) {
                    String state = missing.stream().anyMatch(t -> t.name().equals(topic)) ? "created" : "exists";
                    System.out.printf("  topic %-26s %s, %d partition(s), cleanup.policy=delete retention.ms=-1%n",
                            topic, state, described.get(topic).partitions().size());
                }
            }
        }
    }

    private static void ensureConfig(Admin admin, Collection<String> topics) throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        List<ConfigResource> resources = new ArrayList<>();
        for (String topic : topics) {
            resources.add(new ConfigResource(ConfigResource.Type.TOPIC, topic));
        }
        Map<ConfigResource, Config> current = admin.describeConfigs(resources).all().get(10, TimeUnit.SECONDS);
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (Map.Entry<ConfigResource, Config> e : current.entrySet()) {
            List<AlterConfigOp> ops = new ArrayList<>();
            for (Map.Entry<String, String> wanted : TOPIC_CONFIG.entrySet()) {
                ConfigEntry entry = e.getValue().get(wanted.getKey());
                if (entry == null || !wanted.getValue().equals(entry.value())
                        || entry.source() != ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG) {
                    ops.add(new AlterConfigOp(new ConfigEntry(wanted.getKey(), wanted.getValue()),
                            AlterConfigOp.OpType.SET));
                }
            }
            if (!ops.isEmpty()) {
                changes.put(e.getKey(), ops);
            }
        }
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
            for (ConfigResource r : changes.keySet()) {
                System.out.println("  topic " + r.name() + ": retention configuration set");
            }
        }
    }
}
