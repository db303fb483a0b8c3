package io.wharf.server.builds;

/**
 * An app's build source, replaced as a whole: a git URL (http or https; file where the server allows it) and branch or tag,
 * where the Dockerfile and context are in it, an optional credential, whether each successful build
 * of it is deployed, and the webhook secret. {@link #toString()} never shows the password or secret.
 */
public record SourceRequest(String url, String ref, String dockerfile, String context, String username,
                            String password, Boolean autoDeploy, String webhookSecret) {
    @Override
    public String toString() {
        return "SourceRequest[" + url + " " + ref + "]";
    }
}
