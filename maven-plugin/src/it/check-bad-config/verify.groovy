import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the schema library's keywords are declared: none of its 'Unknown keyword ... define your own Meta Schema' lines
assert !log.contains('Unknown keyword')
assert log.contains(':check (default) @ check-bad-config')
// the finding, compiler-style, relative to the project, at Maven's ERROR level
assert log =~ /(?m)^\[ERROR\] gateway\/openclaw\.json5:3:3: error: Unknown key "modles" .* \[unknown-key\]$/
assert log.contains('clawlint: 1 error, 0 warnings, 0 infos in 1 file; the build fails on errors (failOnSeverity=error)')
assert log =~ /(?m)^\[INFO\] clawlint: 1 error, 0 warnings, 0 infos in 1 file; report: .*clawlint\.json \(SARIF: clawlint\.sarif beside it\)$/
assert log.contains('BUILD FAILURE')

// the report is written before the build fails, for CI to upload
def report = new JsonSlurper().parse(new File(basedir, 'target/clawlint/clawlint.json'))
def finding = report.files[0].findings[0]
assert report.files[0].file == 'gateway/openclaw.json5'
assert finding.ruleId == 'unknown-key'
assert finding.severity == 'error'
assert finding.range.start.line == 3 && finding.range.start.column == 3
assert report.summary.errors == 1 && report.summary.failed == true

// and the SARIF report beside it, for code scanning, with the same finding
def sarif = new JsonSlurper().parse(new File(basedir, 'target/clawlint/clawlint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results[0].ruleId == 'unknown-key'
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'gateway/openclaw.json5'
