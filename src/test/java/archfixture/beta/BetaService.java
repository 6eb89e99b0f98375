package archfixture.beta;

import archfixture.alpha.AlphaController;
import archfixture.alpha.AlphaQueries;
import archfixture.alpha.AlphaService;
import archfixture.alpha.internal.AlphaSecret;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

public class BetaService {
  AlphaService alpha;
  AlphaSecret secret;
  AlphaController controller;

  String sql() {
    return AlphaQueries.class.getName();
  }

  LocalDate today() {
    return LocalDate.now();
  }

  Supplier<Instant> instants() {
    return Instant::now;
  }
}
