package io.wharf.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What every instance of an app runs. A change of template is a new revision of the app; a change
 * of the replica count is not.
 */
public record AppTemplate(String image, Integer port, AppType type, List<String> command,
                          Map<String, String> env, Resources resources, HealthCheck healthCheck,
                          List<ConfigFile> configs, List<SecretMount> secrets, List<String> capabilities,
                          Integer stopGraceSeconds) {
    /** The longest an instance may take to exit after SIGTERM before it is killed. */
    public static final int MAX_STOP_GRACE_SECONDS = 3600;
    private static final Pattern IMAGE = Pattern.compile(
            "[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public AppTemplate {
        type = type == null ? AppType.ONLINE : type;
        // Copies that keep null elements, so that validate() reports them as field errors.
        command = command == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(command));
        env = env == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(env));
        resources = resources == null ? Resources.NONE : resources;
        configs = configs == null ? List.of() : sortedByName(configs, ConfigFile::name);
        secrets = secrets == null ? List.of() : sortedByName(secrets, SecretMount::name);
        capabilities = capabilities == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(capabilities));
    }

    /** A template with the engine's stop grace period. */
    public AppTemplate(String image, Integer port, AppType type, List<String> command, Map<String, String> env,
                       Resources resources, HealthCheck healthCheck, List<ConfigFile> configs, List<SecretMount> secrets,
                       List<String> capabilities) {
        this(image, port, type, command, env, resources, healthCheck, configs, secrets, capabilities, null);
    }

    /** A template that adds no capabilities. */
    public AppTemplate(String image, Integer port, AppType type, List<String> command, Map<String, String> env,
                       Resources resources, HealthCheck healthCheck, List<ConfigFile> configs, List<SecretMount> secrets) {
        this(image, port, type, command, env, resources, healthCheck, configs, secrets, List.of());
    }

    public AppTemplate(String image, Integer port, AppType type, List<String> command, Map<String, String> env,
                       Resources resources, HealthCheck healthCheck) {
        this(image, port, type, command, env, resources, healthCheck, List.of(), List.of(), List.of());
    }

    public AppTemplate withImage(String newImage) {
        return new AppTemplate(newImage, port, type, command, env, resources, healthCheck, configs, secrets, capabilities,
                stopGraceSeconds);
    }

    public AppTemplate withResources(Resources newResources) {
        return new AppTemplate(image, port, type, command, env, newResources, healthCheck, configs, secrets, capabilities,
                stopGraceSeconds);
    }

    public AppTemplate withConfigs(List<ConfigFile> newConfigs) {
        return new AppTemplate(image, port, type, command, env, resources, healthCheck, newConfigs, secrets, capabilities,
                stopGraceSeconds);
    }

    public AppTemplate withSecrets(List<SecretMount> newSecrets) {
        return new AppTemplate(image, port, type, command, env, resources, healthCheck, configs, newSecrets, capabilities,
                stopGraceSeconds);
    }

    public AppTemplate withCapabilities(List<String> newCapabilities) {
        return new AppTemplate(image, port, type, command, env, resources, healthCheck, configs, secrets, newCapabilities,
                stopGraceSeconds);
    }

    public Optional<ConfigFile> config(String name) {
        return configs.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<SecretMount> secret(String name) {
        return secrets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static <T> List<T> sortedByName(List<T> items, Function<T, String> name) {
        List<T> sorted = new ArrayList<>(items);
        sorted.removeIf(Objects::isNull);
        sorted.sort(Comparator.comparing(name, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(sorted);
    }

    static void checkEnvName(Errors errors, String field, String name) {
        errors.check(name != null && ENV_NAME.matcher(name).matches() && !name.startsWith("WHARF_"), field,
                "is not a valid variable name: use letters, digits and '_', not starting with a digit or WHARF_");
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
            checkEnvName(errors, "env." + Names.abbreviate(name), name);
            errors.check(value != null && value.indexOf('\0') < 0 && value.length() <= 32_768,
                    "env." + Names.abbreviate(name), "must be a string of at most 32768 characters without NUL");
        });
        resources.validate(errors, "resources");
        if (healthCheck != null) {
            healthCheck.validate(errors, "healthCheck", port);
        }
        validateFiles(errors);
        Capabilities.validate(errors, "capabilities", capabilities);
        if (stopGraceSeconds != null) {
            errors.check(stopGraceSeconds >= 0 && stopGraceSeconds <= MAX_STOP_GRACE_SECONDS, "stopGraceSeconds",
                    "must be between 0 and " + MAX_STOP_GRACE_SECONDS);
        }
    }

    private void validateFiles(Errors errors) {
        errors.check(configs.size() <= 64 && secrets.size() <= 64, "configs", "at most 64 config files and 64 secrets");
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < configs.size(); i++) {
            ConfigFile config = configs.get(i);
            config.validate(errors, "configs[" + i + "]");
            errors.check(config.path() == null || paths.add(config.path()), "configs[" + i + "].path",
                    "is used twice: " + config.path());
        }
        for (int i = 0; i < secrets.size(); i++) {
            SecretMount secret = secrets.get(i);
            secret.validate(errors, "secrets[" + i + "]");
            errors.check(secret.path() == null || paths.add(secret.path()), "secrets[" + i + "].path",
                    "is used twice: " + secret.path());
            errors.check(secret.env() == null || !env.containsKey(secret.env()), "secrets[" + i + "].env",
                    "is set as a plain env variable too: " + secret.env());
        }
    }
}
