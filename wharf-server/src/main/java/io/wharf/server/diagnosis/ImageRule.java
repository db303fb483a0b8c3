package io.wharf.server.diagnosis;

import io.wharf.model.AppEvent;
import io.wharf.model.ImageReference;
import io.wharf.model.Instance;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The current release's image could not be had: the engine's start failures and the clusters' pull
 * failures name it, and no instance of the release runs (which would prove the image is there).
 */
final class ImageRule implements Rule {
    static final Set<String> PULL_EVENTS = Set.of("FailedStart", "ImagePullFailed");
    private static final Pattern MISSING = Pattern.compile(
            "not present locally|manifest unknown|name unknown|not found|no such image|image not known|does not exist"
                    + "|repository .* not exist");
    private static final Pattern PULL = Pattern.compile("cannot pull|pull|is not present locally|ErrImage|ImagePullBackOff"
            + "|InvalidImageName|RegistryUnavailable");

    @Override
    public List<Finding> apply(Facts facts) {
        String image = facts.app().template().image();
        boolean releaseRuns = facts.running().stream().map(Instance::revision).anyMatch(r -> r == facts.app().revision());
        List<AppEvent> failures = facts.recentEvents().stream()
                .filter(e -> PULL_EVENTS.contains(e.reason()) && e.message().contains(image) && PULL.matcher(e.message()).find())
                .toList();
        if (releaseRuns || failures.isEmpty()) {
            return List.of();
        }
        List<String> evidence = failures.stream().limit(3).map(e -> Texts.at(e.time()) + " " + e.reason() + ": " + e.message())
                .toList();
        String newest = failures.get(0).message();
        if (MISSING.matcher(newest.toLowerCase(Locale.ROOT)).find()) {
            return List.of(new Finding(Reason.ImageMissing, missing(image), evidence,
                    "build or load the image first (wharf build, or podman load on this machine), or deploy an image"
                            + " that exists: wharf deploy SYSTEM/APP --image IMAGE"));
        }
        return List.of(new Finding(Reason.ImagePullFailed, "image " + image + " could not be pulled: " + reason(newest, image),
                evidence, "check the image's name and registry, the registry's credentials for this system"
                        + " (wharf registry) and that the registry can be reached from here"));
    }

    private static String missing(String image) {
        boolean localOnly = ImageReference.parse(image).localOnly();
        return "image " + image + " is not in local storage and "
                + (localOnly ? "no registry serves localhost/ images" : "no registry has it");
    }

    /** The registry's words, after the image's name that the engine put in front of them. */
    private static String reason(String message, String image) {
        int at = message.indexOf(image + ": ");
        return at < 0 ? message : message.substring(at + image.length() + 2);
    }
}
