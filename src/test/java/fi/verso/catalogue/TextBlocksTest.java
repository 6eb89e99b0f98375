package fi.verso.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fi.verso.catalogue.TextBlocks.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

  @Test
  void blankLinesSeparateParagraphsAndDashedLinesFormLists() {
    String text = "First paragraph\nstill first.\n\nIntro line:\n- one\n- two\nAfter the list.";
    assertThat(TextBlocks.of(text))
        .containsExactly(
            new Block(false, List.of("First paragraph", "still first.")),
            new Block(false, List.of("Intro line:")),
            new Block(true, List.of("one", "two")),
            new Block(false, List.of("After the list.")));
  }

  @Test
  void anEmptyTextHasNoBlocks() {
    assertThat(TextBlocks.of("  \n ")).isEmpty();
    assertThat(TextBlocks.of(null)).isEmpty();
  }
}
