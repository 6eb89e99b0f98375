package archfixture.alpha;

@org.springframework.stereotype.Controller
public class AlphaController {}
