package archfixture.alpha;

import archfixture.beta.BetaService;

public class AlphaService {
  public Object beta(BetaService beta) {
    return beta;
  }
}
