package io.wharf.server.quota;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A system's quota: PUT sets it (absent fields unlimited), GET shows it with what is used, DELETE lifts it. */
@RestController
@RequestMapping("/api/v1/systems/{system}/quota")
public class QuotaController {
    private final QuotaService quotas;

    public QuotaController(QuotaService quotas) {
        this.quotas = quotas;
    }

    @GetMapping
    QuotaResponse get(@PathVariable String system) {
        return quotas.get(system);
    }

    @PutMapping
    QuotaResponse put(@PathVariable String system, @RequestBody QuotaBody body) {
        return quotas.put(system, body);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable String system) {
        quotas.delete(system);
        return ResponseEntity.noContent().build();
    }
}
