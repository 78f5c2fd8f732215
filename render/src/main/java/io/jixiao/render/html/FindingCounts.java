package io.jixiao.render.html;

import io.jixiao.finding.Finding;

import java.util.List;

/**
 * How many findings of each severity a filing has: the figures a reader scans first on the index and at the top of
 * a page.
 */
public record FindingCounts(int errors, int warnings, int infos) {

    public static final FindingCounts NONE = new FindingCounts(0, 0, 0);

    public FindingCounts {
        if (errors < 0 || warnings < 0 || infos < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static FindingCounts of(List<Finding> findings) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Finding finding : findings) {
            switch (finding.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        return new FindingCounts(errors, warnings, infos);
    }
}
