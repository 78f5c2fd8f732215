package io.jixiao.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps snakeyaml-engine's English problem descriptions to the message variants of YAML-SYNTAX that explain the
 * usual cause in the user's language. Every variant's Chinese text stands on its own: the parser's English
 * ("while scanning a quoted scalar…") is passed as the first argument, which the English texts show as the
 * technical detail and the Chinese texts leave out. The character a problem is about, when the parser names one,
 * is the second argument.
 */
final class SyntaxProblems {

    /** {@code found character '@' that cannot start any token}: the character between the quotes. */
    private static final Pattern FOUND_CHARACTER = Pattern.compile("found character '(.)'");

    private SyntaxProblems() {
    }

    static String variantFor(String context, String problem) {
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return "syntax.unclosedQuote";
        }
        if (context.contains("double-quoted scalar")) {
            return "syntax.escape";
        }
        if ((context.contains("flow sequence") || context.contains("flow mapping")) && problem.contains("<stream end>")) {
            return "syntax.unclosedBracket";
        }
        if (context.contains("flow") || problem.contains("the node content, but found ']'")
                || problem.contains("the node content, but found '}'")) {
            return "syntax.bracket";
        }
        if (problem.contains("cannot start any token") || context.contains("scanning an anchor")
                || context.contains("scanning an alias") || context.contains("scanning a tag")) {
            return "syntax.reservedCharacter";
        }
        if (context.contains("block scalar")) {
            return "syntax.blockScalar";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "syntax.colonInValue";
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected key")
                || problem.contains("expected <block mapping start>")
                || problem.contains("sequence entries are not allowed")) {
            return "syntax.indentation";
        }
        if (problem.contains("could not find expected ':'")) {
            return "syntax.missingColon";
        }
        return "syntax";
    }

    /**
     * The character the problem is about, as the reader should see it: the one the parser names, or the anchor,
     * alias or tag sign of a value that begins with one; empty when there is none.
     */
    static String characterOf(String context, String problem) {
        Matcher found = FOUND_CHARACTER.matcher(problem);
        if (found.find()) {
            return found.group(1);
        }
        if (context.contains("scanning an anchor")) {
            return "&";
        }
        if (context.contains("scanning an alias")) {
            return "*";
        }
        if (context.contains("scanning a tag")) {
            return "!";
        }
        return "";
    }
}
