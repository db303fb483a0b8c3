package io.wharf.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.netty.util.ResourceLeakDetector;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

class DnsServerIT {

    private static final DnsRecords RECORDS = new DnsRecords();
    private static DnsServer server;

    @BeforeAll
    static void start() {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        RECORDS.setApp("retail", "shop", List.of("shop.example.com"), List.of(
                new SrvTarget("i-1", "10.0.0.1", 8081),
                new SrvTarget("i-2", "10.0.0.2", 8082),
                new SrvTarget("i-3", "10.0.0.3", 8083)));
        RECORDS.setApp("retail", "big", List.of(), IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new SrvTarget("i-" + i, "10.1.0." + i, 9000 + i)).toList());
        server = DnsServer.start(new DnsSettings("127.0.0.1", 0, "wharf.localhost", 5, "127.0.0.1", null), RECORDS);
    }

    @AfterAll
    static void stop() {
        server.close();
        server.close();
    }

    private static SimpleResolver resolver(boolean tcp) {
        SimpleResolver resolver = new SimpleResolver(new InetSocketAddress("127.0.0.1", server.port()));
        resolver.setTCP(tcp);
        resolver.setTimeout(Duration.ofSeconds(3));
        return resolver;
    }

    private static Message ask(SimpleResolver resolver, String name, int type) throws IOException {
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromConstantString(name), type, DClass.IN)));
    }

    @Test
    void anAppNameResolvesOverUdpAndTcp() throws IOException {
        assertThat(server.port()).isPositive();
        for (boolean tcp : new boolean[] {false, true}) {
            Message answer = ask(resolver(tcp), "shop.retail.wharf.localhost.", Type.A);
            assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
            assertThat(answer.getHeader().getFlag(Flags.AA)).isTrue();
            assertThat(answer.getSection(Section.ANSWER)).singleElement()
                    .satisfies(r -> assertThat(r.rdataToString()).isEqualTo("127.0.0.1"));
        }
    }

    @Test
    void srvListsTheThreeReadyInstances() throws IOException {
        Message answer = ask(resolver(false), "_http._tcp.shop.retail.wharf.localhost.", Type.SRV);
        assertThat(answer.getSection(Section.ANSWER).stream().map(r -> ((SRVRecord) r).getPort()))
                .containsExactlyInAnyOrder(8081, 8082, 8083);
        assertThat(answer.getSection(Section.ADDITIONAL).stream().filter(r -> r.getType() == Type.A)).hasSize(3);
    }

    @Test
    void unknownNamesAreNxdomainAndForeignNamesRefused() throws IOException {
        assertThat(ask(resolver(false), "nope.retail.wharf.localhost.", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(ask(resolver(true), "example.org.", Type.A).getRcode()).isEqualTo(Rcode.REFUSED);
    }

    @Test
    void repliesAreCountedByRcodeOverUdpAndTcp() throws IOException {
        QueryCounts counts = server.queries();
        long noError = counts.replies(Rcode.NOERROR);
        long nxDomain = counts.replies(Rcode.NXDOMAIN);
        long refused = counts.replies(Rcode.REFUSED);

        ask(resolver(false), "shop.retail.wharf.localhost.", Type.A);
        ask(resolver(false), "shop.retail.wharf.localhost.", Type.A);
        ask(resolver(false), "nope.retail.wharf.localhost.", Type.A);
        ask(resolver(true), "example.org.", Type.A);

        assertThat(counts.replies(Rcode.NOERROR) - noError).isEqualTo(2);
        assertThat(counts.replies(Rcode.NXDOMAIN) - nxDomain).isEqualTo(1);
        assertThat(counts.replies(Rcode.REFUSED) - refused).isEqualTo(1);
        assertThatThrownBy(() -> counts.replies(16)).isInstanceOf(DnsException.class);
    }

    @Test
    void aLargeSrvSetIsTruncatedOverUdpWithoutEdnsAndCompleteOverTcp() throws IOException {
        SimpleResolver udp = resolver(false);
        udp.setEDNS(-1, 0, 0, List.of());
        udp.setIgnoreTruncation(true);
        Message truncated = ask(udp, "_http._tcp.big.retail.wharf.localhost.", Type.SRV);
        assertThat(truncated.getHeader().getFlag(Flags.TC)).isTrue();
        assertThat(truncated.numBytes()).isLessThanOrEqualTo(512);

        Message complete = ask(resolver(true), "_http._tcp.big.retail.wharf.localhost.", Type.SRV);
        assertThat(complete.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(complete.getSection(Section.ANSWER)).hasSize(60);
    }

    @Test
    void anAnyQueryIsTruncatedOverUdpWithoutEdnsWholeWithEdns4096AndWholeOverTcp() throws IOException {
        String name = "_http._tcp.big.retail.wharf.localhost.";
        SimpleResolver plain = resolver(false);
        plain.setEDNS(-1, 0, 0, List.of());
        plain.setIgnoreTruncation(true);
        Message truncated = ask(plain, name, Type.ANY);
        assertThat(truncated.numBytes()).isLessThanOrEqualTo(512);
        assertThat(truncated.getHeader().getFlag(Flags.TC)).isTrue();
        assertThat(truncated.getQuestion().getName().toString()).isEqualTo(name);

        SimpleResolver edns = resolver(false);
        edns.setEDNS(0, 4096, 0, List.of());
        edns.setIgnoreTruncation(true);
        Message large = ask(edns, name, Type.ANY);
        assertThat(large.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(large.numBytes()).isGreaterThan(512).isLessThanOrEqualTo(4096);
        assertThat(large.getSection(Section.ANSWER)).hasSize(60);

        Message tcp = ask(resolver(true), name, Type.ANY);
        assertThat(tcp.getHeader().getFlag(Flags.TC)).isFalse();
        assertThat(tcp.getSection(Section.ANSWER)).hasSize(60);
        assertThat(tcp.getSection(Section.ADDITIONAL).stream().filter(r -> r.getType() == Type.A)).hasSize(60);
    }

    @Test
    void aClientPrefixOverItsRateStopsGettingFullUdpAnswersWhileAnotherPrefixAndTcpStillDo() throws IOException {
        DnsSettings settings = new DnsSettings("127.0.0.1", 0, "wharf.localhost", 5, "127.0.0.1", null)
                .withRateLimit(new ResponseRateLimit(1, 5, 2));
        try (DnsServer limited = DnsServer.start(settings, RECORDS);
             DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            InetSocketAddress target = new InetSocketAddress("127.0.0.1", limited.port());
            byte[] query = Packets.validQuery();
            for (int i = 0; i < 30; i++) {
                socket.send(new DatagramPacket(query, query.length, target));
            }
            List<Message> replies = receiveAll(socket);
            long full = replies.stream().filter(m -> !m.getSection(Section.ANSWER).isEmpty()).count();
            long truncated = replies.stream().filter(m -> m.getHeader().getFlag(Flags.TC)).count();
            assertThat(full).isBetween(5L, 15L);
            assertThat(truncated).isPositive();
            assertThat(replies.size()).isLessThan(30);

            SimpleResolver otherPrefix = new SimpleResolver(target);
            otherPrefix.setLocalAddress(new InetSocketAddress("127.0.1.1", 0));
            otherPrefix.setIgnoreTruncation(true);
            Message other = ask(otherPrefix, "shop.retail.wharf.localhost.", Type.A);
            assertThat(other.getHeader().getFlag(Flags.TC)).isFalse();
            assertThat(other.getSection(Section.ANSWER)).hasSize(1);

            SimpleResolver tcp = new SimpleResolver(target);
            tcp.setTCP(true);
            for (int i = 0; i < 10; i++) {
                assertThat(ask(tcp, "shop.retail.wharf.localhost.", Type.A).getSection(Section.ANSWER)).hasSize(1);
            }
        }
    }

    private static List<Message> receiveAll(DatagramSocket socket) throws IOException {
        socket.setSoTimeout(1000);
        List<Message> replies = new ArrayList<>();
        byte[] buffer = new byte[4096];
        while (true) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                return replies;
            }
            replies.add(new Message(Arrays.copyOf(packet.getData(), packet.getLength())));
        }
    }

    @Test
    void recordsFollowSetAppAtOnce() throws IOException {
        assertThat(ask(resolver(false), "cart.retail.wharf.localhost.", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
        RECORDS.setApp("retail", "cart", List.of(), List.of(new SrvTarget("c-1", "10.2.0.1", 80)));
        assertThat(ask(resolver(false), "cart.retail.wharf.localhost.", Type.A).getRcode()).isEqualTo(Rcode.NOERROR);
        RECORDS.removeApp("retail", "cart");
        assertThat(ask(resolver(true), "cart.retail.wharf.localhost.", Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void aSecondServerOnTheSamePortFailsWithDnsException() {
        DnsSettings taken = new DnsSettings("127.0.0.1", server.port(), "wharf.localhost", 5, "127.0.0.1", null);
        assertThatThrownBy(() -> DnsServer.start(taken, new DnsRecords())).isInstanceOf(DnsException.class);
    }

    @Test
    void everyUdpSocketOfAServerWithFourWorkersAnswers() throws IOException {
        DnsSettings settings = new DnsSettings("127.0.0.1", 0, "wharf.localhost", 5, "127.0.0.1", null, 4);
        try (DnsServer four = DnsServer.start(settings, RECORDS)) {
            SimpleResolver resolver = new SimpleResolver(new InetSocketAddress("127.0.0.1", four.port()));
            resolver.setTimeout(Duration.ofSeconds(1));
            for (int i = 0; i < 64; i++) {
                Message answer = resolver.send(Message.newQuery(Record.newRecord(
                        Name.fromConstantString("shop.retail.wharf.localhost."), Type.A, DClass.IN)));
                assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
            }
        }
    }

    @Test
    void digGetsTheSameAnswerWhenInstalled() throws Exception {
        Path dig = Stream.of(System.getenv("PATH").split(":")).map(p -> Path.of(p, "dig"))
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeThat(dig).as("dig is installed").isNotNull();
        Process process = new ProcessBuilder(dig.toString(), "@127.0.0.1", "-p", String.valueOf(server.port()),
                "+short", "+time=2", "+tries=1", "shop.retail.wharf.localhost", "A").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).isZero();
        assertThat(output).isEqualTo("127.0.0.1");
    }
}
