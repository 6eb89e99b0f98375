package fi.verso.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {
  /** No inline scripts or styles anywhere: htmx is told not to inject its indicator styles. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
          + "base-uri 'self'; object-src 'none'";

  @Bean
  PasswordEncoder passwordEncoder() {
    // Argon2id (OWASP's first choice); the id prefix lets the algorithm change without a migration.
    Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    DelegatingPasswordEncoder encoder =
        new DelegatingPasswordEncoder("argon2", java.util.Map.of("argon2", argon2));
    return encoder;
  }

  @Bean
  AuthenticationProvider authenticationProvider(
      UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal());
        String address = clientAddress();
        if (throttle.isBlocked(username, address)) {
          throw new LockedException("Too many failed logins");
        }
        try {
          Authentication result = dao.authenticate(authentication);
          throttle.succeeded(username);
          return result;
        } catch (AuthenticationException e) {
          throttle.failed(username, address);
          throw e;
        }
      }

      @Override
      public boolean supports(Class<?> type) {
        return dao.supports(type);
      }
    };
  }

  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return "unknown";
  }

  /** Integrations: HTTP Basic (demo) without sessions or CSRF, JSON errors. */
  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, AuthenticationProvider provider, ApiSecurityProblems problems)
      throws Exception {
    http.securityMatcher("/api/**")
        .authenticationProvider(provider)
        .authorizeHttpRequests(a -> a.requestMatchers("/api/openapi.yaml").permitAll().anyRequest().authenticated())
        .httpBasic(b -> b.realmName(ApiSecurityProblems.REALM).authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webChain(
      HttpSecurity http, AuthenticationProvider provider, LoginEvents loginEvents) throws Exception {
    http.authenticationProvider(provider)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/employee/**").authenticated()
                    .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus", "/actuator/info").permitAll()
                    .requestMatchers("/actuator/**").denyAll()
                    .anyRequest().permitAll())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .loginProcessingUrl("/login")
                    .successHandler(loginEvents)
                    .failureHandler(loginEvents)
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("VERSO_SESSION"))
        .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
        .exceptionHandling(e -> e.accessDeniedPage("/error/403"))
        .headers(
            h ->
                h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .frameOptions(f -> f.deny())
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"))
                    .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())));
    return http.build();
  }
}
