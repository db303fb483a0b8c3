package io.wharf.cli;

/** Answers as the real server gives them, for the fake server to return. */
public final class Samples {
    public static final String SYSTEM = """
            {"name":"demo","description":"The demo team","createdAt":"2026-11-26T06:53:37.123456Z"}""";
    public static final String SYSTEMS = "[" + SYSTEM + ","
            + "{\"name\":\"payments\",\"description\":\"\",\"createdAt\":\"2026-11-27T10:00:00Z\"}]";

    private Samples() {
    }

    public static String app(String name, int replicas, int ready, String phase, String message) {
        return """
                {"system":"demo","name":"%s","image":"localhost/wharf/hello:1","replicas":%d,"port":8080,
                 "type":"online","command":[],"env":{},"resources":{"cpu":null,"memory":null},"healthCheck":null,
                 "revision":2,"createdAt":"2026-11-26T06:53:37Z","updatedAt":"2026-11-26T07:00:00Z",
                 "status":{"phase":"%s","replicas":%d,"readyReplicas":%d,"message":"%s"}}"""
                .formatted(name, replicas, phase, replicas, ready, message);
    }

    public static String hello(int replicas, int ready, String phase) {
        return app("hello", replicas, ready, phase, ready + "/" + replicas + " instances ready");
    }
}
