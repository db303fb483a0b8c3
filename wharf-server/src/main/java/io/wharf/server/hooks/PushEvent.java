package io.wharf.server.hooks;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a push delivery says, the same for GitHub, GitLab, Gitea and Forgejo: the ref pushed and its new commit. */
record PushEvent(String ref, String after) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DELETED = "0000000000000000000000000000000000000000";

    static Optional<PushEvent> parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            String ref = node.path("ref").asString(null);
            return ref == null ? Optional.empty() : Optional.of(new PushEvent(ref, node.path("after").asString("")));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    boolean deletesTheRef() {
        return DELETED.equals(after);
    }

    /** Whether the push is to the source's ref, a branch or tag named plainly or in full. */
    boolean isTo(String sourceRef) {
        return ref.equals(sourceRef) || ref.equals("refs/heads/" + sourceRef) || ref.equals("refs/tags/" + sourceRef);
    }
}
