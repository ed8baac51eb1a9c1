// Creates the project's Kafka topics if they do not exist, in ONE JVM launch.
//
// Why a source file instead of a loop over kafka-topics: every TopicCommand launch costs a JVM
// start (~2 s on a 2-core box). This program is run with the Java source launcher
// (`java -cp "<kafka libs>/*" EnsureTopics.java ...`), waits until the broker answers, and then
// drives Kafka's own TopicCommand (create --if-not-exists) once per topic in the same JVM.
//
// Usage: EnsureTopics <bootstrap> <partitions> <replication-factor> <wait-seconds> <topic>...
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.tools.TopicCommand;

public class EnsureTopics {
    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: EnsureTopics <bootstrap> <partitions> <rf> <wait-seconds> <topic>...");
            System.exit(2);
        }
        String bootstrap = args[0];
        String partitions = args[1];
        String rf = args[2];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (Admin admin = Admin.create(props)) {
            // Wait until the broker is really serving metadata, not just listening.
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    break;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        System.err.println("Kafka at " + bootstrap + " did not answer in time: " + e);
                        System.exit(1);
                    }
                    Thread.sleep(500);
                }
            }
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> created = new ArrayList<>();
            try (TopicCommand.TopicService service = new TopicCommand.TopicService(admin)) {
                for (int i = 4; i < args.length; i++) {
                    String topic = args[i];
                    if (existing.contains(topic)) {
                        continue;
                    }
                    TopicCommand.TopicCommandOptions opts = new TopicCommand.TopicCommandOptions(new String[] {
                        "--bootstrap-server", bootstrap, "--create", "--if-not-exists",
                        "--topic", topic, "--partitions", partitions, "--replication-factor", rf});
                    opts.checkArgs();
                    service.createTopic(opts); // prints "Created topic <name>."
                    created.add(topic);
                }
            }
            if (created.isEmpty()) {
                System.out.println("All topics already exist.");
            }
        }
    }
}
