package dev.ledgerline.hub.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Every API path needs a token; object-level rules (which source a token may write) are checked
 * where the objects are known. Only liveness is open, for load balancers.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiTokenRepository tokens, ErrorWriter errors, Clock clock)
            throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens, errors, clock), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers("/actuator/prometheus")
                                .hasAnyAuthority("SCOPE_ops", "SCOPE_read", "SCOPE_admin")
                                .requestMatchers(HttpMethod.POST, "/api/v1/audit/verify")
                                .hasAuthority("SCOPE_admin")
                                .requestMatchers("/api/v1/audit", "/api/v1/audit/**")
                                .hasAnyAuthority("SCOPE_admin", "SCOPE_ops")
                                .requestMatchers(
                                        HttpMethod.POST,
                                        "/api/v1/billing/runs",
                                        "/api/v1/billing/proposals/*/approve",
                                        "/api/v1/billing/proposals/*/reject")
                                .hasAuthority("SCOPE_finance")
                                .requestMatchers(HttpMethod.GET, "/api/v1/billing/**")
                                .hasAnyAuthority("SCOPE_read", "SCOPE_ops", "SCOPE_finance", "SCOPE_admin")
                                .requestMatchers("/api/v1/billing/**")
                                .denyAll()
                                .requestMatchers(HttpMethod.GET, "/api/v1/exceptions", "/api/v1/exceptions/**")
                                .hasAnyAuthority("SCOPE_ops", "SCOPE_read", "SCOPE_admin")
                                .requestMatchers("/api/v1/exceptions", "/api/v1/exceptions/**")
                                .hasAuthority("SCOPE_ops")
                                .requestMatchers("/api/v1/admin", "/api/v1/admin/**")
                                .hasAuthority("SCOPE_admin")
                                .requestMatchers("/error")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) ->
                                errors.unauthenticated(response, "a bearer token is required"))
                        .accessDeniedHandler((request, response, ex) ->
                                errors.forbidden(response, "the token's scopes do not allow this")))
                .build();
    }

    /** No user accounts (yet): stops Spring Boot from creating a default user with a logged password. */
    @Bean
    UserDetailsService noUsers() {
        return username -> {
            throw new UsernameNotFoundException("no user accounts");
        };
    }
}
