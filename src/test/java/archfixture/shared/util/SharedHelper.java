package archfixture.shared.util;

import archfixture.beta.BetaService;

public class SharedHelper {
  BetaService beta;
}
