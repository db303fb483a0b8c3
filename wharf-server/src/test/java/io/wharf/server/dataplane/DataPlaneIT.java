package io.wharf.server.dataplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.wharf.dns.DnsServer;
import io.wharf.gateway.Gateway;
import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** Every app gets a name and a load balancer: the gateway and DNS follow its ready instances. */
class DataPlaneIT extends AbstractRunningServerIT {
    private static final Pattern SERVED_BY = Pattern.compile("hello from (\\S+)");
    private final String host = "hello." + system + ".wharf.localhost";

    @Autowired
    Gateway gateway;
    @Autowired
    DnsServer dns;

    private Set<String> servedBy(int requests) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requests; i++) {
            RawHttp.Reply reply = RawHttp.get(gateway.port(), host, "/");
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            Matcher m = SERVED_BY.matcher(reply.text());
            assertThat(m.find()).as(reply.text()).isTrue();
            seen.add(m.group(1));
        }
        return seen;
    }

    private Record[] lookup(String name, int type) throws Exception {
        SimpleResolver resolver = new SimpleResolver("127.0.0.1");
        resolver.setPort(dns.port());
        Lookup lookup = new Lookup(name, type);
        lookup.setResolver(resolver);
        lookup.setCache(null);
        Record[] answers = lookup.run();
        assertThat(lookup.getResult()).as(lookup.getErrorString()).isEqualTo(Lookup.SUCCESSFUL);
        return answers;
    }

    @Test
    void theGatewaySpreadsRequestsOverEveryReadyInstance() {
        createHello(3);
        await().atMost(Duration.ofSeconds(20)).until(() -> readyIds().size() == 3);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(servedBy(30)).isEqualTo(readyIds()));
    }

    @Test
    void anAppWithNoReadyInstanceIsServiceUnavailableAndAnUnknownHostIsNotFound() {
        createHello(0);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(RawHttp.get(gateway.port(), host, "/").status()).isEqualTo(503));
        RawHttp.Reply unknown = RawHttp.get(gateway.port(), "nope." + system + ".wharf.localhost", "/");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("application/problem+json");
    }

    @Test
    void dnsAnswersTheGatewayAddressAndListsTheReadyInstancesInSrv() throws Exception {
        createHello(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> readyIds().size() == 2);

        Record[] a = lookup(host + ".", Type.A);
        assertThat(((ARecord) a[0]).getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            List<Integer> ports = java.util.Arrays.stream(lookup("_http._tcp." + host + ".", Type.SRV))
                    .map(r -> ((SRVRecord) r).getPort()).sorted().toList();
            List<Integer> published = api.get("/api/v1/systems/" + system + "/apps/hello/instances").json()
                    .valueStream().filter(i -> i.get("ready").asBoolean())
                    .map(i -> Integer.parseInt(i.get("address").asString().split(":")[1])).sorted().toList();
            assertThat(ports).hasSize(2).isEqualTo(published);
        });
    }

    @Test
    void aCustomDomainSetByPatchRoutesAndResolvesWithoutRestartingInstances() throws Exception {
        createHello(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> readyIds().size() == 1);
        Set<String> before = readyIds();
        String domain = system + ".shop.example.test";

        ApiClient.Response patched = api.patch("/api/v1/systems/" + system + "/apps/hello",
                "{\"domains\": [\"" + domain + "\"]}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(RawHttp.get(gateway.port(), domain, "/").text()).contains("hello from"));
        Record[] a = lookup(domain + ".", Type.A);
        assertThat(((ARecord) a[0]).getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(readyIds()).isEqualTo(before);
    }

    @Test
    void aTcpPortOnTheGatewayRelaysConnectionsToTheInstancesAndClosesWhenUnexposed() throws Exception {
        createHello(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> readyIds().size() == 2);
        Set<String> before = readyIds();
        int tcpPort = freePort();

        ApiClient.Response exposed = api.patch("/api/v1/systems/" + system + "/apps/hello",
                "{\"expose\": {\"tcp\": " + tcpPort + "}, \"balancing\": \"least-connections\"}");

        assertThat(exposed.status()).as(exposed.body()).isEqualTo(200);
        assertThat(exposed.json().get("expose").get("tcp").asInt()).isEqualTo(tcpPort);
        assertThat(exposed.json().get("balancing").asString()).isEqualTo("least-connections");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 10; i++) {
                Matcher m = SERVED_BY.matcher(RawHttp.get(tcpPort, "any-host", "/").text());
                assertThat(m.find()).isTrue();
                seen.add(m.group(1));
            }
            assertThat(seen).isEqualTo(before);
        });
        assertThat(readyIds()).as("routing changes restart nothing").isEqualTo(before);

        assertThat(api.patch("/api/v1/systems/" + system + "/apps/hello", "{\"expose\": {}}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThatThrownBy(() -> {
            try (Socket socket = new Socket("127.0.0.1", tcpPort)) {
                socket.getOutputStream().write(1);
            }
        }).isInstanceOf(ConnectException.class));
        assertThat(api.get("/api/v1/systems/" + system + "/apps/hello/events").body()).contains("Exposed");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aNameThatIsNoAppIsNxdomain() throws Exception {
        SimpleResolver resolver = new SimpleResolver("127.0.0.1");
        resolver.setPort(dns.port());
        var query = org.xbill.DNS.Message.newQuery(Record.newRecord(
                org.xbill.DNS.Name.fromString("ghost." + system + ".wharf.localhost."), Type.A, org.xbill.DNS.DClass.IN));

        assertThat(resolver.send(query).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }
}
