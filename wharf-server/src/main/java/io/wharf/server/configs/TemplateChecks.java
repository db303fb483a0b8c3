package io.wharf.server.configs;

import io.wharf.model.AppTemplate;
import io.wharf.model.Errors;
import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a whole template after one config file or secret in it changed, and reports that
 * item's errors under the request's own field names ({@code path}, not {@code configs[2].path}).
 */
public final class TemplateChecks {
    private TemplateChecks() {
    }

    /**
     * @param own    the item's prefix in the template, such as {@code configs[2].}
     * @param errors errors found already, under the request's field names
     * @throws ValidationException with every error, if there is any
     */
    public static void check(AppTemplate template, String own, List<FieldError> errors) {
        List<FieldError> all = new ArrayList<>(errors);
        boolean pathTaken = errors.stream().anyMatch(e -> e.field().equals("path") || e.field().equals("env"));
        try {
            Errors found = new Errors();
            template.validate(found);
            found.throwIfAny();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                if (pathTaken && error.message().startsWith("is used twice")) {
                    continue; // said already, in the request's words
                }
                if (error.field().startsWith(own)) {
                    all.add(new FieldError(error.field().substring(own.length()), error.message()));
                } else if (error.field().equals(own.substring(0, own.length() - 1))) {
                    all.add(new FieldError("env", error.message()));
                } else {
                    all.add(error);
                }
            }
        }
        if (!all.isEmpty()) {
            throw new ValidationException(all.stream().distinct().toList());
        }
    }

    /** {@code configs[i].} or {@code secrets[i].} for the item of this name in a list sorted by name. */
    public static String prefix(String list, List<String> sortedNames, String name) {
        return list + "[" + sortedNames.indexOf(name) + "].";
    }
}
