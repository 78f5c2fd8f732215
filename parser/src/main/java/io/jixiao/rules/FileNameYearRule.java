package io.jixiao.rules;

import io.jixiao.finding.Diagnostic;
import io.jixiao.model.Keys;
import io.jixiao.read.Pointers;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLACE-YEAR: a filing is {@code filings/<department>/<year>.yaml}, and its name must say the year its 年度 says.
 * Clerks start a year by copying last year's file; a copy named {@code 2026.yaml} that still says {@code 年度: 2025}
 * puts two 2025 filings in the index, and {@code 2026.xlsx} holds the 2025 tables. Only a name that starts with
 * its one four-digit year (19xx or 20xx) is judged, as the layout names filings: {@code 2026.yaml},
 * {@code 2026-草稿.yaml}; a name without a year, with two ({@code 2025-2026.yaml}), or whose year is part of another
 * word ({@code national-2015.yaml}, a form's year) says nothing to compare.
 */
@Checks(Diagnostic.PLACE_YEAR)
final class FileNameYearRule implements Rule {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");

    @Override
    public void check(RuleContext context) {
        String name = context.file().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Set<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(stem);
        while (m.find()) {
            years.add(Integer.parseInt(m.group()));
        }
        int filed = context.filing().year();
        if (years.size() != 1 || years.contains(filed) || !YEAR.matcher(stem).lookingAt()) {
            return;
        }
        int named = years.iterator().next();
        String renamed = YEAR.matcher(stem).replaceFirst(Integer.toString(filed)) + (dot > 0 ? name.substring(dot) : "");
        context.report(Pointers.of(Keys.YEAR), "mismatch", name, named, filed, renamed);
    }
}
