package io.wharf.server.diagnosis;

import java.util.List;

/** Looks at the facts of one app for one kind of cause: facts in, zero or more findings out. Pure. */
interface Rule {
    List<Finding> apply(Facts facts);
}
