package io.wharf.server.secrets;

/** The body of {@code PUT .../secrets/{name}}: the value, and a file path or an env variable (not both). */
public record SecretRequest(String value, String path, String env) {
    /** Never shows the value. */
    @Override
    public String toString() {
        return "SecretRequest[path=" + path + ", env=" + env + ", value=" + (value == null ? "null" : "(hidden)") + "]";
    }
}
