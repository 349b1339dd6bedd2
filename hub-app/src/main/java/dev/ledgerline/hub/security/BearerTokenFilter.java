package dev.ledgerline.hub.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer llk_…}. A malformed, unknown, expired or revoked token
 * is answered 401 at once; a request without a token goes on anonymous and meets the access rules.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokenRepository tokens;
    private final ErrorWriter errors;
    private final Clock clock;

    BearerTokenFilter(ApiTokenRepository tokens, ErrorWriter errors, Clock clock) {
        this.tokens = tokens;
        this.errors = errors;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiPrincipal> principal = header.startsWith(PREFIX)
                ? authenticate(header.substring(PREFIX.length()).strip())
                : Optional.empty();
        if (principal.isEmpty()) {
            errors.unauthenticated(response, "the bearer token is not valid");
            return;
        }
        List<SimpleGrantedAuthority> authorities = principal.get().scopes().stream()
                .map(s -> new SimpleGrantedAuthority("SCOPE_" + s))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal.get(), null, authorities));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<ApiPrincipal> authenticate(String token) {
        if (!TokenFormat.isWellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findValid(TokenFormat.hash(token), clock.instant());
    }
}
