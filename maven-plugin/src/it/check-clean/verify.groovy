import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains(':check (default) @ check-clean')
assert log.contains('[INFO] clawlint: 0 errors, 0 warnings, 0 infos in 1 file; report: ')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/clawlint/clawlint.json'))
assert report.formatVersion == 1
assert report.files*.file == ['openclaw.json']
assert report.files[0].findings == []
assert report.summary.failed == false
