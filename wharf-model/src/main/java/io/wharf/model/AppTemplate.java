package io.wharf.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What every instance of an app runs. A change of template is a new revision of the app; a change
 * of the replica count is not.
 */
public record AppTemplate(String image, Integer port, AppType type, List<String> command,
                          Map<String, String> env, Resources resources, HealthCheck healthCheck) {
    private static final Pattern IMAGE = Pattern.compile(
            "[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public AppTemplate {
        type = type == null ? AppType.ONLINE : type;
        // Copies that keep null elements, so that validate() reports them as field errors.
        command = command == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(command));
        env = env == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(env));
        resources = resources == null ? Resources.NONE : resources;
    }

    public static boolean isImageReference(String image) {
        return image != null && image.length() <= 512 && IMAGE.matcher(image).matches();
    }

    public void validate(Errors errors) {
        if (image == null || image.isEmpty()) {
            errors.add("image", "is required: the image to run, for example \"localhost/wharf/hello:1\"");
        } else {
            errors.check(isImageReference(image), "image", "'" + Names.abbreviate(image)
                    + "' is not an image reference: write [registry/]repository[:tag][@sha256:digest] in lower case");
        }
        if (port != null) {
            errors.check(port >= 1 && port <= 65535, "port", "must be between 1 and 65535");
        }
        for (int i = 0; i < command.size(); i++) {
            String arg = command.get(i);
            errors.check(arg != null && arg.indexOf('\0') < 0, "command[" + i + "]", "must be a string without NUL characters");
        }
        errors.check(command.size() <= 256, "command", "must have at most 256 arguments");
        errors.check(env.size() <= 512, "env", "must have at most 512 variables");
        env.forEach((name, value) -> {
            errors.check(ENV_NAME.matcher(name).matches() && !name.startsWith("WHARF_"), "env." + Names.abbreviate(name),
                    "is not a valid variable name: use letters, digits and '_', not starting with a digit or WHARF_");
            errors.check(value != null && value.indexOf('\0') < 0 && value.length() <= 32_768,
                    "env." + Names.abbreviate(name), "must be a string of at most 32768 characters without NUL");
        });
        resources.validate(errors, "resources");
        if (healthCheck != null) {
            healthCheck.validate(errors, "healthCheck", port);
        }
    }
}
