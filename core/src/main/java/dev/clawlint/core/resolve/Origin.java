package dev.clawlint.core.resolve;

import dev.clawlint.core.source.Span;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where an effective value came from. Every value of the {@link EffectiveConfig} has one.
 */
public sealed interface Origin {
    /**
     * The JSON Pointer (into the composed document) of the text that produced the value, or null
     * for values nobody wrote (defaults, the built-in catalogue). Rules report findings here.
     */
    @Nullable String pointer();

    /** How the origin is shown to users ({@code openclaw.json:12:7}, {@code env:OLLAMA_HOST}, ...). */
    String describe();

    /** The line (counted from 1) the value was written on, or 0 for values nobody wrote. */
    default int line() {
        Span span = this instanceof Written w ? w.span() : this instanceof FromEnv e ? e.span()
                : this instanceof Migrated m ? m.span() : null;
        return span == null ? 0 : span.range().start().line();
    }

    /** {@code file:line:col} of a span. */
    static String at(Span span) {
        var start = span.range().start();
        return span.file().displayName() + ":" + start.line() + ":" + start.column();
    }

    /** Written in a file (the included file's own position for included values). */
    record Written(String pointer, Span span) implements Origin {
        @Override
        public String describe() {
            return at(span);
        }
    }

    /**
     * Substituted from environment variables referenced at {@code span}.
     *
     * @param variable the variable names, comma-separated when the string references several
     * @param written the string as written, with its {@code ${VAR}} references
     */
    record FromEnv(String variable, String written, String pointer, Span span) implements Origin {
        @Override
        public String describe() {
            return "env:" + variable + " (" + at(span) + ")";
        }
    }

    /** OpenClaw's default for the target release, applied because nothing was written. */
    record Default(String target, String explanation) implements Origin {
        @Override
        public @Nullable String pointer() {
            return null;
        }

        @Override
        public String describe() {
            return "default (OpenClaw " + target + ")" + (explanation.isEmpty() ? "" : ": " + explanation);
        }
    }

    /**
     * Written in another shape ({@code brain.model}, an object-map model key, a provider
     * {@code host}...) and mapped to where the target OpenClaw wants it.
     *
     * @param fromPath the dotted path it was written at
     */
    record Migrated(String fromPath, String pointer, Span span) implements Origin {
        @Override
        public String describe() {
            return "migrated from " + fromPath + " (" + at(span) + ")";
        }
    }

    /** From OpenClaw's built-in provider catalogue or a bundled plugin's default. */
    record BuiltIn(String what) implements Origin {
        @Override
        public @Nullable String pointer() {
            return null;
        }

        @Override
        public String describe() {
            return "built-in" + (what.isEmpty() ? "" : " (" + what + ")");
        }
    }
}
