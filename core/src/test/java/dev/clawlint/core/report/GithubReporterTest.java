package dev.clawlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GithubReporterTest {
    @Test
    void writesOneWorkflowCommandPerFindingThenTheSummary() {
        assertThat(new GithubReporter().render(ReportSamples.result())).isEqualTo("""
                ::error file=conf/my openclaw.json5,line=2,col=3,endLine=2,endColumn=9,title=unknown-key::Unknown key 'modles' (did you mean 'models'?).
                ::warning file=conf/my openclaw.json5,line=3,col=20,endLine=3,endColumn=27,title=invalid-type::gateway.port must be a number, not a string.
                ::notice file=conf/my openclaw.json5,line=4,col=3,endLine=4,endColumn=9,title=missing-required::100%25 of agents: none,%0Aso: nothing runs.
                1 error, 1 warning, 1 info in 1 file, for OpenClaw 2026.9 (judged by 2026.9.6; as requested)
                """);
    }

    @Test
    void escapesMessagesTheWayTheRunnerDecodesThem() {
        assertThat(GithubReporter.escapeData("50% a:b,c\r\nd")).isEqualTo("50%25 a:b,c%0D%0Ad");
    }

    @Test
    void escapesPropertyValuesSoColonsAndCommasCannotEndThem() {
        assertThat(GithubReporter.escapeProperty("C:\\x,y%z\n")).isEqualTo("C%3A\\x%2Cy%25z%0A");
    }
}
