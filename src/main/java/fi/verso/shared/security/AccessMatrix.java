package fi.verso.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who may do what, as Markdown, straight from {@link Action}: the source of {@code docs/access-matrix.md},
 * which a test keeps equal to this output. The wording is for developers and auditors (English, like the
 * code); the pages speak the user's language through the message bundles.
 */
public final class AccessMatrix {
  private AccessMatrix() {}

  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Access matrix\n\n")
        .append("Generated from `fi.verso.shared.security.Action` by `AccessMatrix`: do not edit by hand.\n")
        .append("Regenerate with `./mvnw -B -o -q test -Dtest=AccessMatrixTest -Dverso.writeAccessMatrix=true`.\n\n")
        .append("An action is permitted when any one of its rules matches. A *global* action is decided from\n")
        .append("the signed-in person alone, before the handler runs. A *target-scoped* action is decided\n")
        .append("against the record acted on (the team that owns it, the children it concerns): the handler\n")
        .append("checks it before it reads anything, and every denial is written to the access log.\n\n")
        .append("## Actions\n\n")
        .append("| Action | What it allows | Who may | Decided |\n")
        .append("| --- | --- | --- | --- |\n");
    for (Action action : Action.values()) {
      md.append("| `")
          .append(action.name())
          .append("` | ")
          .append(cell(action.description()))
          .append(" | ")
          .append(cell(action.rules().stream().map(Rule::describe).collect(Collectors.joining("; or "))))
          .append(" | ")
          .append(action.isGlobal() ? "global" : "target-scoped")
          .append(" |\n");
    }
    md.append("\n## By role\n\n")
        .append("What an employee with only this global role may do. *team* and *child* mean: only for\n")
        .append("records of their own team, or of children they stand in the named relationship to.\n\n")
        .append("| Action | anonymous |");
    for (Role role : Role.values()) {
      md.append(' ').append(role.name()).append(" |");
    }
    md.append("\n| --- | --- |");
    for (int i = 0; i < Role.values().length; i++) {
      md.append(" --- |");
    }
    md.append('\n');
    for (Action action : Action.values()) {
      md.append("| `").append(action.name()).append("` | ").append(anonymousCell(action)).append(" |");
      for (Role role : Role.values()) {
        md.append(' ').append(roleCell(action, role)).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static String anonymousCell(Action action) {
    return action.rules().stream().anyMatch(r -> r instanceof Rule.Anyone) ? "yes" : "–";
  }

  private static String roleCell(Action action, Role role) {
    List<String> ways = new ArrayList<>();
    for (Rule rule : action.rules()) {
      switch (rule) {
        case Rule.Anyone a -> ways.add("yes");
        case Rule.AnyEmployee a -> ways.add("yes");
        case Rule.GlobalRole g -> {
          if (g.roles().contains(role)) {
            ways.add("yes");
          }
        }
        case Rule.InTeam t -> ways.add("team");
        case Rule.OfChild c -> ways.add("child");
      }
    }
    if (ways.contains("yes")) {
      return "yes";
    }
    return ways.isEmpty() ? "–" : String.join(", ", ways.stream().distinct().toList());
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
