package io.jixiao.bench.harness;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds a python3 that can import openpyxl: the one on PATH, else Debian's (a pyenv on PATH may lack it). */
final class Python {

    private Python() {
    }

    /** The first candidate that imports openpyxl, or null. */
    static String withOpenpyxl() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import openpyxl").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (Exception e) {
                // not there: try the next
            }
        }
        return null;
    }
}
