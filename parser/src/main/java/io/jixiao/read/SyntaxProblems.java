package io.jixiao.read;

/**
 * Maps snakeyaml-engine's English problem descriptions to the message variants of YAML-SYNTAX that explain the
 * usual cause in the user's language. The original text is kept as the message argument, so nothing is lost when
 * no variant fits.
 */
final class SyntaxProblems {

    private SyntaxProblems() {
    }

    static String variantFor(String context, String problem) {
        if (context.contains("quoted scalar")) {
            return "syntax.unclosedQuote";
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            return "syntax.unclosedBracket";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "syntax.colonInValue";
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected key")
                || problem.contains("expected <block mapping start>")) {
            return "syntax.indentation";
        }
        if (problem.contains("could not find expected ':'")) {
            return "syntax.missingColon";
        }
        return "syntax";
    }
}
