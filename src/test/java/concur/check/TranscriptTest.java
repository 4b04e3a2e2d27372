package concur.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How checks read the figures demos print, in whatever locale printed them. */
class TranscriptTest {

    @Test
    void wholeNumbersLoseTheirGrouping() {
        assertThat(Transcript.wholeNumber("4,000,000")).isEqualTo(4_000_000L);
        assertThat(Transcript.wholeNumber("4.000.000")).isEqualTo(4_000_000L);
        assertThat(Transcript.wholeNumber("4\u202f000\u202f000")).isEqualTo(4_000_000L);
        assertThat(Transcript.wholeNumber("17")).isEqualTo(17L);
    }

    @Test
    void theLastPointOrCommaOfADecimalIsItsDecimalPoint() {
        assertThat(Transcript.decimalNumber("1,234.56")).isEqualTo(1234.56);
        assertThat(Transcript.decimalNumber("1.234,56")).isEqualTo(1234.56);
        assertThat(Transcript.decimalNumber("0.5")).isEqualTo(0.5);
        assertThat(Transcript.decimalNumber("12")).isEqualTo(12.0);
    }

    @Test
    void printedByNamesTheThreadOfAFoundLine() {
        Transcript run = new Transcript(java.util.List.of(
                new concur.runner.ThreadLine(1, "main", 0, "start", false),
                new concur.runner.ThreadLine(2, "waiter", 5, "got it", false)));
        assertThat(run.printedBy(1, "waiter")).isTrue();
        assertThat(run.printedBy(1, "main")).isFalse();
        assertThat(run.printedBy(-1, "main")).isFalse(); // a line indexOf did not find
    }
}
