package dev.clawlint.core.report;

import dev.clawlint.core.lint.CheckResult;

/** Renders a check result in one output format. */
public interface Reporter {
    /** The format's name, as {@code --format} takes it. */
    String name();

    /** The whole rendering, ending with a newline. */
    String render(CheckResult result);
}
