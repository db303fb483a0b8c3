package io.wharf.server.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/v1/openapi.json: every operation with its bodies and its errors. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {
    static final String BEARER = "bearer";

    @Bean
    OpenAPI wharfApi() {
        return new OpenAPI()
                .info(new Info().title("Wharf API").version("v1")
                        .description("Wharf, an application container engine. Every operation but GET /api/v1/health "
                                + "needs 'Authorization: Bearer <token>'; errors are RFC 9457 problem details.")
                        .license(new License().name("Apache-2.0")))
                .schemaRequirement(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
