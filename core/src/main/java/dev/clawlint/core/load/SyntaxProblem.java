package dev.clawlint.core.load;

/**
 * Why a file could not be read as JSON5.
 *
 * @param offset where reading stopped (a character offset into the decoded text)
 * @param length how many characters the problem covers (0 at the end of input)
 * @param message what was wrong and what was expected
 */
public record SyntaxProblem(int offset, int length, String message) {}
