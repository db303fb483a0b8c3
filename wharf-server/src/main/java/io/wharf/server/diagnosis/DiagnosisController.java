package io.wharf.server.diagnosis;

import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.server.api.AppLookup;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Why an app is not ready: its phase, and findings with a reason code, the evidence and what to do. */
@RestController
@RequestMapping("/api/v1/systems/{system}/apps/{app}/diagnosis")
public class DiagnosisController {
    private final Store store;
    private final FactCollector facts;

    public DiagnosisController(Store store, FactCollector facts) {
        this.store = store;
        this.facts = facts;
    }

    @GetMapping
    Diagnosis diagnose(@PathVariable String system, @PathVariable String app) {
        App found = AppLookup.require(store, new AppKey(system, app));
        return Diagnoser.diagnose(facts.collect(found));
    }
}
