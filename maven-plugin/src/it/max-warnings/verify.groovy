import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains(':check (default) @ max-warnings')
assert log =~ /(?m)^\[WARNING\] openclaw\.json:2:3: warning: .* \[duplicate-key\]$/
assert log.contains('clawlint: 0 errors, 1 warning, 0 infos in 1 file; more warnings than maxWarnings=0')
assert log.contains('BUILD FAILURE')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/clawlint/clawlint.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results[0]
assert result.ruleId == 'duplicate-key' && result.level == 'warning'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'openclaw.json'
assert result.locations[0].physicalLocation.region.startLine == 2
