package archfixture.alpha.internal;

public class AlphaSecret {}
