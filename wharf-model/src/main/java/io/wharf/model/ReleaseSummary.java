package io.wharf.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** What changed from one template to the next, in words: "image a → b; env FOO changed; config app changed". */
public final class ReleaseSummary {
    private ReleaseSummary() {
    }

    public static String between(AppTemplate before, AppTemplate after) {
        if (before == null) {
            return "first release: " + after.image();
        }
        List<String> changes = new ArrayList<>();
        if (!before.image().equals(after.image())) {
            changes.add("image " + before.image() + " → " + after.image());
        }
        changed(changes, "command", before.command(), after.command());
        changed(changes, "port", before.port(), after.port());
        changed(changes, "type", before.type(), after.type());
        changed(changes, "resources", before.resources(), after.resources());
        changed(changes, "health check", before.healthCheck(), after.healthCheck());
        TreeSet<String> envNames = new TreeSet<>(before.env().keySet());
        envNames.addAll(after.env().keySet());
        envNames.forEach(name -> changed(changes, "env " + name, before.env().get(name), after.env().get(name)));
        TreeSet<String> configs = new TreeSet<>();
        before.configs().forEach(c -> configs.add(c.name()));
        after.configs().forEach(c -> configs.add(c.name()));
        configs.forEach(name -> changed(changes, "config " + name, before.config(name).orElse(null),
                after.config(name).orElse(null)));
        TreeSet<String> secrets = new TreeSet<>();
        before.secrets().forEach(s -> secrets.add(s.name()));
        after.secrets().forEach(s -> secrets.add(s.name()));
        secrets.forEach(name -> changed(changes, "secret " + name, before.secret(name).orElse(null),
                after.secret(name).orElse(null)));
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    private static void changed(List<String> changes, String what, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return;
        }
        changes.add(what + (before == null ? " added" : after == null ? " removed" : " changed"));
    }
}
