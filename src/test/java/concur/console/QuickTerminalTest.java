package concur.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;

/** The quick terminal reads a terminal's capabilities exactly as JLine reads them. */
class QuickTerminalTest {
    /** The terminal descriptions JLine ships, for when infocmp is missing. */
    private static final List<String> SHIPPED = List.of("dumb", "dumb-color", "ansi", "xterm", "xterm-256color",
            "windows", "windows-256color", "windows-conemu", "windows-vtp", "screen", "screen-256color",
            "rxvt-unicode", "rxvt-unicode-256color", "rxvt-basic", "rxvt", "tmux", "tmux-256color", "linux");

    @Test
    void knowsEveryCapabilityByTheNamesJLineKnows() {
        assertThat(QuickTerminal.capabilitiesByName()).isEqualTo(InfoCmp.getCapabilitiesByName())
                .hasSizeGreaterThan(2 * 400);
    }

    @Test
    void readsEveryDescriptionJLineShipsAsJLineReadsIt() {
        List<String> compared = new ArrayList<>();
        for (String type : SHIPPED) {
            String description = InfoCmp.getDefaultInfoCmp(type);
            if (description != null) {
                assertSameAsJLine(type, description);
                compared.add(type);
            }
        }
        assertThat(compared).contains("ansi", "xterm-256color", "screen-256color", "dumb").hasSizeGreaterThanOrEqualTo(8);
    }

    /** The odd corners: numbers in three bases, unknown names, empty entries, a comma after a backslash. */
    @Test
    void readsTheOddCornersAsJLineDoes() {
        assertSameAsJLine("odd", String.join("\n",
                "odd|a made-up terminal,",
                "\tam, xenl, nosuchflag,, ,",
                "\tcols#80, lines#0x18, it#010, colors#0, pairs#-1, nosuch#3,",
                "\tbel=^G, cr=\\r, kf1=\\EOP\\,x, cup=\\E[%i%p1%d;%p2%dH, nosuch=\\E[x,",
                "\tflash=\\E[?5h$<100/>\\E[?5l,   hpa=\\E[%i%p1%dG   ,",
                "\tel=\\E[K"));
    }

    /** It can tell: a description read differently (one entry dropped) is not the same. */
    @Test
    void theComparisonSeesADifference() {
        Set<Capability> bools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> ints = new HashMap<>();
        Map<Capability, String> strings = new HashMap<>();
        QuickTerminal.parse(InfoCmp.getDefaultInfoCmp("xterm-256color").replace("\tbel=^G,", "\t"), bools, ints, strings);
        Map<Capability, String> jline = new HashMap<>();
        InfoCmp.parseInfoCmp(InfoCmp.getDefaultInfoCmp("xterm-256color"), EnumSet.noneOf(Capability.class),
                new HashMap<>(), jline);
        assertThat(jline).containsKey(Capability.bell);
        assertThat(strings).isNotEqualTo(jline);
    }

    private static void assertSameAsJLine(String type, String description) {
        Set<Capability> bools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> ints = new HashMap<>();
        Map<Capability, String> strings = new HashMap<>();
        QuickTerminal.parse(description, bools, ints, strings);
        Set<Capability> jlineBools = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> jlineInts = new HashMap<>();
        Map<Capability, String> jlineStrings = new HashMap<>();
        InfoCmp.parseInfoCmp(description, jlineBools, jlineInts, jlineStrings);
        assertThat(bools).as(type).isEqualTo(jlineBools);
        assertThat(ints).as(type).isEqualTo(jlineInts);
        assertThat(strings).as(type).isEqualTo(jlineStrings);
    }
}
