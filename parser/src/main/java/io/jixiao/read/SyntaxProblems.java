package io.jixiao.read;

/**
 * Maps snakeyaml-engine's English problem descriptions to message keys that explain the usual cause in the
 * user's language. The original text is kept as the message argument, so nothing is lost when no key fits.
 */
final class SyntaxProblems {

    private SyntaxProblems() {
    }

    static String keyFor(String context, String problem) {
        if (context.contains("quoted scalar")) {
            return "yaml.syntax.unclosedQuote";
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            return "yaml.syntax.unclosedBracket";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "yaml.syntax.colonInValue";
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected key")
                || problem.contains("expected <block mapping start>")) {
            return "yaml.syntax.indentation";
        }
        if (problem.contains("could not find expected ':'")) {
            return "yaml.syntax.missingColon";
        }
        return "yaml.syntax";
    }
}
