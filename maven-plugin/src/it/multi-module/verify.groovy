import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def slurp = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
['multi-module', 'module-a', 'module-b', 'module-c'].each { assert log.contains(":check (default) @ ${it}") }

// the parent does not descend into its modules: each module reports its own files, once
def a = slurp('module-a/target/clawlint/clawlint.json')
assert a.files*.file == ['config/staging.openclaw.json', 'openclaw.json']
def b = slurp('module-b/target/clawlint/clawlint.json')
assert b.files*.file == ['openclaw.json5']
assert b.files[0].findings*.ruleId == ['duplicate-key']
assert log.findAll(/\[WARNING\] openclaw\.json5:2:3: warning: .* \[duplicate-key\]/).size() == 1
assert !new File(basedir, 'target/clawlint').exists()

// modules without configs pass, saying so once each
assert log.findAll(/\[INFO\] clawlint: no OpenClaw config files in .*/).size() == 2
assert log =~ /(?m)^\[INFO\] clawlint: no OpenClaw config files in .*module-c$/
assert log.contains('BUILD SUCCESS')
