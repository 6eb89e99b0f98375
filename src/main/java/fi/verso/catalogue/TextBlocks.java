package fi.verso.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Catalogue texts are plain text: a blank line starts a new paragraph and lines starting with "- " form
 * a bulleted list. Kept this simple so that administrators need no markup and nothing can inject HTML.
 */
public final class TextBlocks {
  private TextBlocks() {}

  /** A paragraph (its lines, shown with line breaks) or a bulleted list (its items). */
  public record Block(boolean list, List<String> lines) {
    public Block {
      lines = List.copyOf(lines);
    }
  }

  public static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return blocks;
    }
    for (String chunk : text.strip().split("\\n\\s*\\n")) {
      List<String> run = new ArrayList<>();
      boolean runIsList = false;
      for (String raw : chunk.split("\\n")) {
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        boolean item = line.startsWith("- ");
        if (item != runIsList && !run.isEmpty()) {
          blocks.add(new Block(runIsList, run));
          run = new ArrayList<>();
        }
        runIsList = item;
        run.add(item ? line.substring(2).strip() : line);
      }
      if (!run.isEmpty()) {
        blocks.add(new Block(runIsList, run));
      }
    }
    return blocks;
  }
}
