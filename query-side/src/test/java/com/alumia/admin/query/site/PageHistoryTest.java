package com.alumia.admin.query.site;

import com.alumia.admin.api.site.PageDiff;
import com.alumia.admin.api.site.PageDiff.Op;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageHistoryTest {

    private static String render(List<PageDiff.Line> lines) {
        StringBuilder out = new StringBuilder();
        for (PageDiff.Line line : lines) {
            out.append(line.op() == Op.EQUAL ? "  " : line.op() == Op.ADDED ? "+ " : "- ").append(line.fromLine())
               .append('/').append(line.toLine()).append(' ').append(line.text()).append('\n');
        }
        return out.toString();
    }

    @Test
    void everyLineOfBothBodiesIsKeptRemovedOrAddedWithItsNumbers() {
        String from = "# Plans\nFree\nTeam\nContact us";
        String to = "# Plans\nFree\nTeam plus\nEnterprise\nContact us";
        assertThat(render(PageHistory.lines(from, to))).isEqualTo("""
                  1/1 # Plans
                  2/2 Free
                - 3/null Team
                + null/3 Team plus
                + null/4 Enterprise
                  4/5 Contact us
                """);
    }

    @Test
    void identicalAndEmptyBodiesCompareCleanly() {
        assertThat(PageHistory.lines("a\nb", "a\nb")).extracting(PageDiff.Line::op).containsOnly(Op.EQUAL);
        assertThat(render(PageHistory.lines("", "new"))).isEqualTo("+ null/1 new\n");
        assertThat(render(PageHistory.lines("gone", ""))).isEqualTo("- 1/null gone\n");
    }
}
