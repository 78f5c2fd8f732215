package io.jixiao.parser;

import io.jixiao.finding.Finding;
import io.jixiao.model.Filing;
import io.jixiao.read.SourceLines;
import io.jixiao.read.SourcePositions;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything known after reading one file: the findings (all of them, in source order), the bound filing when the
 * file was structurally valid, the source lines for snippets, and positions by JSON pointer for later rules.
 */
public record ParseResult(Path file, Optional<Filing> filing, List<Finding> findings, List<String> sourceLines,
                          SourcePositions positions) {

    public ParseResult {
        findings = List.copyOf(findings);
        sourceLines = SourceLines.copyOf(sourceLines);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
