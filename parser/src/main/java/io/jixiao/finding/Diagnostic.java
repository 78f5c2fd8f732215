package io.jixiao.finding;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.jixiao.finding.Diagnostic.Adjustable.FIXED;
import static io.jixiao.finding.Diagnostic.Adjustable.OVERRIDABLE;
import static io.jixiao.finding.Diagnostic.Group.CALCULATION;
import static io.jixiao.finding.Diagnostic.Group.CROSS_TABLE;
import static io.jixiao.finding.Diagnostic.Group.DUPLICATE;
import static io.jixiao.finding.Diagnostic.Group.FILE;
import static io.jixiao.finding.Diagnostic.Group.FORM;
import static io.jixiao.finding.Diagnostic.Group.HISTORY;
import static io.jixiao.finding.Diagnostic.Group.INTERNAL;
import static io.jixiao.finding.Diagnostic.Group.LIMIT;
import static io.jixiao.finding.Diagnostic.Group.MONEY;
import static io.jixiao.finding.Diagnostic.Group.PLACE;
import static io.jixiao.finding.Diagnostic.Group.PLAN;
import static io.jixiao.finding.Diagnostic.Group.SCHEMA;
import static io.jixiao.finding.Diagnostic.Group.TAXONOMY;
import static io.jixiao.finding.Diagnostic.Group.VALUE;
import static io.jixiao.finding.Diagnostic.Group.YAML;
import static io.jixiao.finding.Severity.ERROR;
import static io.jixiao.finding.Severity.INFO;
import static io.jixiao.finding.Severity.WARNING;

/**
 * Every diagnostic jixiao can emit, declared once: the registry that findings, severity overrides, SARIF's rule
 * list, SPEC.md and the message bundles all answer to. A {@link Finding} can only be made for a declared
 * diagnostic and one of its declared messages, so an id cannot be emitted without being listed here.
 *
 * <p>The id is the constant's name with dashes ({@code VALUE_COST} is {@code VALUE-COST}); it is stable, never reused
 * for a different check, and documented in SPEC.md (section 9 for reading, YAML, schema and internal ids, section 12
 * for the domain rules). Texts live in the bundles (see {@link Messages}): the one-line title under
 * {@code rule.<ID>.title}, and each message under {@link #messageKey(String) a key made from its variant}.
 *
 * <p>To add a diagnostic: add a constant in its group (severity, whether a user may override it, its message
 * variants), its title and messages in Chinese and English, a row or section in SPEC.md, and for a domain rule a
 * class annotated {@code @Checks(Diagnostic.X)} listed in {@code RuleSet}. The tests fail until all of it is there.
 */
public enum Diagnostic {

    // Reading the file: nothing else can be checked until these are fixed.
    FILE_UNREADABLE(FILE, ERROR, FIXED, "unreadable", "unreadableFolder", "notAFile"),
    FILE_TOO_LARGE(FILE, ERROR, FIXED, "tooLarge"),
    FILE_EMPTY(FILE, ERROR, FIXED, "empty"),
    FILE_ENCODING(FILE, ERROR, FIXED, "utf16", "gbk"),
    FILE_BINARY(FILE, ERROR, FIXED, "binary"),
    /** A second filing of the same department and year: the index and the outputs could show only one. */
    FILE_DUPLICATE_FILING(FILE, ERROR, FIXED, "duplicateFiling"),
    /**
     * A symbolic link under the filings folder. It is never followed: a link committed as a filing could point at
     * any file of the machine running the check (a CI runner's credentials), whose lines would end up in the log.
     */
    FILE_SYMLINK(FILE, ERROR, FIXED, "symlinkFile", "symlinkFolder"),
    /**
     * A folder or file name that cannot be used safely everywhere the repository is checked out and its outputs
     * are opened: it is refused, not read, and named, instead of being silently skipped.
     */
    FILE_NAME(FILE, ERROR, FIXED, "nameControl", "nameBackslash", "nameWindowsCharacter", "nameWindowsReserved",
            "nameTooLong", "nameExtensionCase", "nameCollision", "nameIndexPage"),
    /** An output that would be written outside the output folder (a last line of defence behind FILE-NAME). */
    FILE_OUTPUT_PATH(FILE, ERROR, FIXED, "outputOutside", "outputLink"),

    // YAML syntax and the YAML a filing may not use: the document cannot be read, or not without losing a value.
    YAML_MERGE_CONFLICT(YAML, ERROR, FIXED, "mergeConflict"),
    YAML_TAB(YAML, ERROR, FIXED, "tab"),
    YAML_FULLWIDTH_COLON(YAML, ERROR, FIXED, "fullWidthColon"),
    /** Indentation typed with U+3000: YAML sees text, so the parser's own message would name the wrong problem. */
    YAML_FULLWIDTH_SPACE(YAML, ERROR, FIXED, "fullWidthSpace"),
    /** {@code -全年抽检…} is folded into the item above: an error, or two goals silently become one. */
    YAML_LIST_DASH(YAML, ERROR, FIXED, "dashWithoutSpace"),
    YAML_SYNTAX(YAML, ERROR, FIXED, "syntax", "syntax.unclosedQuote", "syntax.unclosedBracket",
            "syntax.colonInValue", "syntax.indentation", "syntax.missingColon", "syntax.escape", "syntax.bracket",
            "syntax.reservedCharacter", "syntax.blockScalar"),
    YAML_MULTIPLE_DOCUMENTS(YAML, ERROR, FIXED, "multipleDocuments"),
    YAML_ALIAS(YAML, ERROR, FIXED, "anchor", "alias"),
    YAML_TAG(YAML, ERROR, FIXED, "tag"),
    YAML_TOO_DEEP(YAML, ERROR, FIXED, "tooDeep"),
    YAML_VALUE_TOO_LONG(YAML, ERROR, FIXED, "valueTooLong"),
    YAML_ROOT_NOT_MAPPING(YAML, ERROR, FIXED, "rootIsList", "rootIsScalar"),
    YAML_COMPLEX_KEY(YAML, ERROR, FIXED, "complexKey"),
    /** The second value of a duplicate key is dropped, so reporting less than an error would lose it silently. */
    YAML_DUPLICATE_KEY(YAML, ERROR, FIXED, "duplicateKey"),

    // The tool's own limits (SPEC.md section 1): far above any real filing, far below what exhausts a small heap.
    /** More YAML nodes than any real filing has: counted while composing, so the tree never grows past the limit. */
    LIMIT_NODES(LIMIT, ERROR, FIXED, "nodes"),
    LIMIT_INDICATORS(LIMIT, ERROR, FIXED, "indicators"),
    LIMIT_PROJECTS(LIMIT, ERROR, FIXED, "projects"),
    /** The findings of one rule in one file past the limit, summed up in one finding with their rule's severity. */
    LIMIT_FINDINGS(LIMIT, INFO, FIXED, "more"),
    /** A filing whose tables would have more cells than a workbook is rendered with; reported by the render. */
    LIMIT_CELLS(LIMIT, ERROR, FIXED, "cells"),

    // The schema. A filing that breaks its structure cannot be bound to the model, so only the checks whose
    // failure still leaves a well-formed model may be overridden: a text that is too long or empty, a year out of
    // range.
    SCHEMA_UNKNOWN_KEY(SCHEMA, ERROR, FIXED, "unknownKey", "unknownKey.suggest"),
    SCHEMA_REQUIRED(SCHEMA, ERROR, FIXED, "required", "required.templateOfVariant"),
    SCHEMA_TYPE(SCHEMA, ERROR, FIXED, "type", "type.suggest"),
    SCHEMA_ENUM(SCHEMA, ERROR, FIXED, "enum", "enum.suggest"),
    SCHEMA_CONST(SCHEMA, ERROR, FIXED, "const"),
    SCHEMA_FORMAT(SCHEMA, ERROR, FIXED, "format", "format.suggest"),
    SCHEMA_KEY_FORMAT(SCHEMA, ERROR, FIXED, "keyFormat", "keyFormat.suggest"),
    SCHEMA_EMPTY(SCHEMA, ERROR, OVERRIDABLE, "empty"),
    SCHEMA_TOO_LONG(SCHEMA, ERROR, OVERRIDABLE, "tooLong"),
    SCHEMA_RANGE(SCHEMA, ERROR, OVERRIDABLE, "range"),
    SCHEMA_OTHER(SCHEMA, ERROR, FIXED, "other"),

    /** A failure inside jixiao, reported as a finding so one broken file cannot hide the findings of the others. */
    JIXIAO_INTERNAL(INTERNAL, ERROR, FIXED, "error", "rule"),

    // Domain rules (SPEC.md section 12), in the order they are documented. Users may override every one.
    TAXONOMY_LEVEL(TAXONOMY, WARNING, OVERRIDABLE, "level1", "level2", "level2Under", "isLevel1", "parent"),
    TAXONOMY_EMPTY_ROW(TAXONOMY, WARNING, OVERRIDABLE, "empty"),
    TAXONOMY_MISFILED(TAXONOMY, WARNING, OVERRIDABLE, "satisfaction"),

    VALUE_QUANTITY(VALUE, WARNING, OVERRIDABLE, "rate", "count"),
    VALUE_QUALITY(VALUE, INFO, OVERRIDABLE, "count"),
    VALUE_TIMELINESS(VALUE, WARNING, OVERRIDABLE, "count", "money"),
    VALUE_COST(VALUE, WARNING, OVERRIDABLE, "percent", "percentBudget", "unit", "unitBudget", "floor"),
    VALUE_SATISFACTION(VALUE, WARNING, OVERRIDABLE, "notPercent"),
    /** An error since the clerk-mistakes work (issue 11): SPEC says every named indicator must have a target. */
    VALUE_MISSING(VALUE, ERROR, OVERRIDABLE, "blank"),
    VALUE_MISSING_UNIT(VALUE, INFO, OVERRIDABLE, "count", "percent", "money", "time", "any",
            /* format v2 (issue 9): a bare 1 or fraction on a rate is never read as 100% */ "fraction"),
    VALUE_UNKNOWN_UNIT(VALUE, WARNING, OVERRIDABLE, "sameIndicator", "likely", "none"),
    VALUE_MAGNITUDE(VALUE, WARNING, OVERRIDABLE, "cost", "hint", "any"),

    MONEY_SUM(MONEY, ERROR, OVERRIDABLE, "income", "nature", "project", "summary", "fund", "lines", "linesAmount",
            "amountLines", "funding", "linesAndAmount",
            /* format v2 (issue 9): breakdowns of the new money keys, and partial 其中 parts */ "breakdown",
            "breakdowns", "partsExceed", /* one part in the other unit */ "yuanAsWan", "wanAsYuan"),
    MONEY_COST_BUDGET(MONEY, ERROR, OVERRIDABLE, "aboveBudget"),
    MONEY_SHARE(MONEY, WARNING, OVERRIDABLE, "range", "mismatch"),
    // --- format v2 (issue 9): money rules on the new structure ---
    MONEY_MULTIYEAR(MONEY, ERROR, OVERRIDABLE, "total", "fiscal"),
    MONEY_TASKS(MONEY, WARNING, OVERRIDABLE, "differs", "exceeds"),
    // --- end format v2 ---

    PLAN_CUMULATIVE(PLAN, WARNING, OVERRIDABLE, "range", "order", "decrease", "incomplete"),

    CALC_EXPRESSION(CALCULATION, WARNING, OVERRIDABLE, "equation", "listSum"),
    CALC_PROSE(CALCULATION, WARNING, OVERRIDABLE, "mismatch"),

    DUP_GOAL(DUPLICATE, WARNING, OVERRIDABLE, "repeated"),
    DUP_INDICATOR(DUPLICATE, WARNING, OVERRIDABLE, "repeated", "repeatedUnder"),
    DUP_INDICATOR_SET(DUPLICATE, INFO, OVERRIDABLE, "copied"),

    CROSS_SUMMARY(CROSS_TABLE, WARNING, OVERRIDABLE, "noSummaryEntry", "noDirectionTable", "amount", "periodGoal",
            "annualGoal", "periodGoalStretch", "annualGoalStretch", "parentFund"),

    HISTORY_YEAR(HISTORY, ERROR, OVERRIDABLE, "notBefore"),
    HISTORY_BELOW(HISTORY, INFO, OVERRIDABLE, "belowLastYear", "belowYear", "belowAverage",
            "belowLastYearAndAverage", "belowYearAndAverage"),
    HISTORY_PREVIOUS(HISTORY, WARNING, OVERRIDABLE, "differs"),
    HISTORY_LOWERED(HISTORY, WARNING, OVERRIDABLE, "lowered", "later", "loosened", "madeVague"),

    // ---- Filing-quality rules (issue 12: placeholders, copies, near-copies, notation, sign-off). Kept together, at
    // ---- the end of the domain rules and of SPEC.md §12, so that branches adding rules elsewhere merge cleanly.
    VALUE_PLACEHOLDER(VALUE, WARNING, OVERRIDABLE, "sameAsName", "sameAsExplanation", "required", "optional",
            "any"),
    VALUE_COPIED(VALUE, WARNING, OVERRIDABLE, "name", "explanation"),
    DUP_INDICATOR_SIMILAR(DUPLICATE, INFO, OVERRIDABLE, "similar"),
    FORM_NOTATION(FORM, INFO, OVERRIDABLE, "percent", "money"),
    FORM_SIGNOFF(FORM, WARNING, OVERRIDABLE, "blank", "missing"),

    // ---- What clerks get wrong when they copy and edit last year's file (SPEC.md §12, "填报位置与金额口径"). ----
    /** The file name says one year, 年度 another: the copy was renamed but not edited, or the other way round. */
    PLACE_YEAR(PLACE, ERROR, OVERRIDABLE, "mismatch"),
    /**
     * The same folder's previous-year filing names another department: usually a file copied from another
     * department; a warning, because departments are renamed in institutional reforms.
     */
    PLACE_DEPARTMENT(PLACE, WARNING, OVERRIDABLE, "previousYear"),
    /** Projects or special funds need more money than the department's 项目支出 (or total): often 元 written as 万元. */
    MONEY_PROJECTS(MONEY, ERROR, OVERRIDABLE, "project", "projectUnit", "projects", "funds", "fundsUnit",
            "directions", "directionsUnit"),

    // ---- Format v2 (issue 9): what the chosen template's form has no place for is printed apart, and said.
    TEMPLATE_UNPLACED(FORM, INFO, OVERRIDABLE, "table", "part"),

    // ---- Hardening (issue 12): a spreadsheet formula filed instead of its value.
    /** The filing keeps only the formula, and a spreadsheet opening an export may run it: an error. */
    VALUE_FORMULA(VALUE, ERROR, OVERRIDABLE, "formula");

    /** The stages and themes diagnostics belong to, as SPEC.md groups them. */
    public enum Group {
        /** Bytes to text (SPEC.md section 9). */
        FILE("file."),
        /** Text to a YAML tree (section 9). */
        YAML("yaml."),
        /** The tree against the JSON Schema (section 9). */
        SCHEMA("schema."),
        /** jixiao itself (section 9). */
        INTERNAL("internal."),
        /** The tool's limits on one filing (sections 1 and 9). */
        LIMIT("limit."),
        /** Domain rules (section 12): where each indicator is filed. */
        TAXONOMY(null),
        /** How values are written for what they measure. */
        VALUE(null),
        /** Sums, budgets and shares. */
        MONEY(null),
        /** Spending plans. */
        PLAN(null),
        /** Written calculations. */
        CALCULATION(null),
        /** Repeated goals and indicators. */
        DUPLICATE(null),
        /** Tables that must agree with each other. */
        CROSS_TABLE(null),
        /** Last year's figures and history values. */
        HISTORY(null),
        /** The form around the targets: notation kept the same within a column, the sign-off filled in. */
        FORM(null),
        /** Where a filing is filed: its file name and folder against its year and department. */
        PLACE(null);

        private final String keyPrefix;

        Group(String keyPrefix) {
            this.keyPrefix = keyPrefix;
        }

        /** Whether the group's diagnostics are domain rules, run on a filing that parsed (SPEC.md section 12). */
        public boolean domain() {
            return keyPrefix == null;
        }
    }

    /** Whether a user may change a diagnostic's severity or switch it off. */
    enum Adjustable {
        /** Keeps its default: the filing cannot be read, or not without losing what was filed. */
        FIXED,
        /** May be set to off, info, warning or error. */
        OVERRIDABLE
    }

    private static final Map<String, Diagnostic> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Diagnostic::id, Function.identity()));

    private final String id;
    private final Group group;
    private final Severity defaultSeverity;
    private final boolean overridable;
    private final Set<String> messageKeys;

    Diagnostic(Group group, Severity defaultSeverity, Adjustable adjustable, String... variants) {
        this.id = name().replace('_', '-');
        this.group = group;
        this.defaultSeverity = defaultSeverity;
        this.overridable = adjustable == OVERRIDABLE;
        this.messageKeys = Arrays.stream(variants).map(this::messageKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every declared diagnostic, in the order SPEC.md documents them. */
    public static List<Diagnostic> all() {
        return List.of(values());
    }

    /** The diagnostic with this id, such as {@code VALUE-COST}. */
    public static Optional<Diagnostic> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id.strip().toUpperCase(Locale.ROOT)));
    }

    /** The stable id, such as {@code VALUE-COST}. */
    public String id() {
        return id;
    }

    public Group group() {
        return group;
    }

    /** The severity findings have unless the user overrides it. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** Whether a user may set this diagnostic to off, info, warning or error. */
    public boolean overridable() {
        return overridable;
    }

    /** The bundle key of the one-line title: what the diagnostic checks. */
    public String titleKey() {
        return "rule." + id + ".title";
    }

    /**
     * The bundle key of a message variant: {@code rule.<ID>.<variant>} for a domain rule, the group's prefix and
     * the variant ({@code yaml.tab}, {@code schema.unknownKey.suggest}) for the other stages.
     */
    public String messageKey(String variant) {
        return group.domain() ? "rule." + id + "." + variant : group.keyPrefix + variant;
    }

    /** The bundle keys of every message this diagnostic may emit. */
    public Set<String> messageKeys() {
        return java.util.Collections.unmodifiableSet(messageKeys);
    }

    /** Whether the key is one of this diagnostic's messages. */
    public boolean declares(String messageKey) {
        return messageKeys.contains(messageKey);
    }

    /**
     * A finding of this diagnostic with its default severity (overrides are applied later, by whoever holds the
     * user's configuration).
     *
     * @param line     1-based, or 0 when the finding concerns the whole file
     * @param column   1-based in code points, or 0 when unknown
     * @param pointer  JSON pointer of the value concerned; empty for the document
     * @param variant  which of the diagnostic's messages (see {@link #messageKey(String)})
     */
    public Finding finding(Path file, int line, int column, String pointer, String variant, Object... arguments) {
        return finding(file, line, column, pointer, defaultSeverity, variant, arguments);
    }

    /**
     * A finding of this diagnostic with the given severity. A null argument (a part the filing left out, such as
     * an unnamed indicator's name) is shown as empty: a rule that passes one must not fail on that filing.
     */
    public Finding finding(Path file, int line, int column, String pointer, Severity severity, String variant,
                           Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] == null) {
                shown[i] = "";
            }
        }
        return new Finding(file, line, column, pointer, this, severity, messageKey(variant), List.of(shown));
    }

    /** The id, so logs and configuration fingerprints read as users write it. */
    @Override
    public String toString() {
        return id;
    }
}
