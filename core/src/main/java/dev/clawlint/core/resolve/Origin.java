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

    /** Written in a file (the included file's own position for included values). */
    record Written(String pointer, Span span) implements Origin {
        @Override
        public String describe() {
            var start = span.range().start();
            return span.file().displayName() + ":" + start.line() + ":" + start.column();
        }
    }

    /** Substituted from an environment variable referenced at {@code span}. */
    record FromEnv(String variable, String pointer, Span span) implements Origin {
        @Override
        public String describe() {
            var start = span.range().start();
            return "env:" + variable + " (" + span.file().displayName() + ":" + start.line() + ":" + start.column() + ")";
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

    /** Written in a guide shape ({@code brain.model}, ...) and mapped to where OpenClaw wants it. */
    record Migrated(String fromPath, String pointer, Span span) implements Origin {
        @Override
        public String describe() {
            var start = span.range().start();
            return "migrated from " + fromPath + " (" + span.file().displayName() + ":" + start.line() + ":" + start.column() + ")";
        }
    }

    /** From OpenClaw's built-in provider catalogue. */
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
