package archfixture.alpha;

public final class AlphaQueries {
  public static final String ALL = "select 1";

  private AlphaQueries() {}
}
