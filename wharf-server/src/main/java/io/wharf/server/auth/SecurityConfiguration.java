package io.wharf.server.auth;

import io.wharf.server.console.ConsolePaths;
import io.wharf.server.api.Problems;
import io.wharf.server.audit.AuditFilter;
import io.wharf.server.audit.AuditRows;
import io.wharf.server.config.ApiProperties;
import io.wharf.server.config.WharfProperties;
import io.wharf.server.http.HostCheck;
import io.wharf.server.http.RequestBodyGuard;
import io.wharf.server.users.TokenRows;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The one door of the API: every request passes the firewall (ambiguous paths are refused before
 * routing), the Host check, then the bearer token; only {@code GET /api/v1/health}, signed webhooks and the
 * redeeming of a one-time console link are public. The
 * decisions are made on the same normalized path that routing uses. The console's files are public too.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    @Bean
    SecurityFilterChain api(HttpSecurity http, AdminToken token, ScrapeToken scrape, TokenRows tokens, Clock clock, Problems problems,
                            WharfProperties wharf, ApiProperties limits, SystemAccess access, AuditRows audit)
            throws Exception {
        ProblemEntryPoint entryPoint = new ProblemEntryPoint(problems);
        AuthenticationFilter bearer = new AuthenticationFilter(
                new ProviderManager(new TokenProvider(token, scrape, tokens, clock)), new BearerTokenConverter());
        bearer.setSuccessHandler((request, response, authentication) -> { });
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(entryPoint));
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> problems.write(response, problems.of(
                                HttpStatus.FORBIDDEN, "Forbidden", "this token may not do that", null))))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/health").permitAll()
                        .requestMatchers(HttpMethod.GET, ConsolePaths.PATTERNS).permitAll()
                        // webhooks prove themselves with their signature, not a token
                        .requestMatchers(HttpMethod.POST, "/api/v1/hooks/*/*").permitAll()
                        // a one-time console link's code is its own proof
                        .requestMatchers(HttpMethod.POST, "/api/v1/console/login").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new AuditFilter(audit, clock), HeaderWriterFilter.class)
                .addFilterAfter(new HostCheck(wharf, limits, problems), HeaderWriterFilter.class)
                .addFilterBefore(bearer, AuthorizationFilter.class)
                .addFilterAfter(new RoleCheck(access, problems), AuthorizationFilter.class)
                .addFilterAfter(new RequestBodyGuard(limits.maxBodyBytes(), problems), RoleCheck.class)
                .build();
    }

    /** Spring's strict firewall, named so that nobody loosens it by accident. */
    @Bean
    HttpFirewall firewall() {
        return new StrictHttpFirewall();
    }

    @Bean
    RequestRejectedHandler rejected(Problems problems, AuditRows audit, Clock clock) {
        return (request, response, e) -> {
            audit.refusedBeforeRouting(request, clock.instant());
            problems.write(response, problems.of(HttpStatus.BAD_REQUEST,
                "Request refused", "the request's path or headers are ambiguous (for example ';', an encoded '/', '\\', "
                        + "'.' or '%', '//', '/./', '/../' or a control character): send the plain path", null));
        };
    }
}
