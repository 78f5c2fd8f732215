package io.jixiao.finding;

/**
 * How much a finding matters. Only {@link #ERROR} makes a filing invalid by default; the rules issue lets a user
 * raise warnings to failures ("fail on warnings") or silence a rule.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** Key of the localized label ("错误", "警告", "提示") in the message bundle. */
    public String labelKey() {
        return "severity." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
