package io.jixiao.read;

/**
 * Bounds that keep a hostile or broken file from taking unbounded time or memory. A real filing is a few hundred
 * kilobytes, nested a dozen levels deep, with about a thousand YAML nodes, a few dozen indicators per table and at
 * most a few hundred projects; these limits are far above that and far below harm: a filing at every limit at once
 * is checked and rendered within a 256 MB heap. SPEC.md section 1 lists them; each one reached is a finding naming
 * the file, never an exception or an out-of-memory error.
 *
 * @param maxFileBytes            files larger than this are refused before they are read into memory
 * @param maxDepth                deepest allowed nesting of mappings and sequences
 * @param maxScalarChars          longest allowed single value, in code points
 * @param maxNodes                most YAML nodes (keys, values, lists and mappings) in one file, counted while the
 *                                tree is composed, so a file of a million list items never becomes a million nodes
 * @param maxIndicatorsPerTable   most indicators in one indicator table
 * @param maxProjects             most project tables in one filing
 * @param maxFindingsPerRule      most findings of one rule shown for one file; the rest are counted in one finding
 * @param maxRenderCells          most cells of all the tables of one filing that are rendered to a workbook and a
 *                                page
 */
public record Limits(long maxFileBytes, int maxDepth, int maxScalarChars, int maxNodes, int maxIndicatorsPerTable,
                     int maxProjects, int maxFindingsPerRule, int maxRenderCells) {

    public static final Limits DEFAULT = new Limits(4L * 1024 * 1024, 64, 100_000, 100_000, 1_000, 1_000, 100,
            50_000);
}
