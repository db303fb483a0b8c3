package io.wharf.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * Git's smart HTTP protocol (fetch only) for one bare repository, on the JDK's HttpServer and JGit's
 * UploadPack, at http://127.0.0.1:PORT/repo.git, with HTTP Basic authentication.
 */
public final class GitHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final Repository repository;
    private final String authorization;

    public GitHttpServer(Path bare, String username, String password) {
        try {
            repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        server.createContext("/repo.git/", this::serve);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/repo.git";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/info/refs") && "service=git-upload-pack".equals(exchange.getRequestURI().getQuery())) {
                advertise(exchange);
            } else if (path.endsWith("/git-upload-pack") && exchange.getRequestMethod().equals("POST")) {
                byte[] request = exchange.getRequestBody().readAllBytes();
                InputStream in = new ByteArrayInputStream(request);
                if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    in = new GZIPInputStream(in);
                }
                ByteArrayOutputStream answer = new ByteArrayOutputStream();
                UploadPack pack = new UploadPack(repository);
                pack.setBiDirectionalPipe(false);
                pack.upload(in, answer, null);
                exchange.getResponseHeaders().add("Content-Type", "application/x-git-upload-pack-result");
                exchange.sendResponseHeaders(200, answer.size());
                exchange.getResponseBody().write(answer.toByteArray());
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private void advertise(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/x-git-upload-pack-advertisement");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        PacketLineOut out = new PacketLineOut(body);
        out.writeString("# service=git-upload-pack\n");
        out.end();
        UploadPack pack = new UploadPack(repository);
        pack.setBiDirectionalPipe(false);
        pack.sendAdvertisedRefs(new RefAdvertiser.PacketLineOutRefAdvertiser(out));
        body.flush();
    }

    @Override
    public void close() {
        server.stop(0);
        repository.close();
    }
}
