import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the schema library's keywords are declared: none of its 'Unknown keyword ... define your own Meta Schema' lines
assert !log.contains('Unknown keyword')
assert log.contains(':check (default) @ check-clean')
assert log.contains('[INFO] clawlint: 0 errors, 0 warnings, 0 infos in 1 file; report: ')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/clawlint/clawlint.json'))
assert report.formatVersion == 1
assert report.files*.file == ['openclaw.json']
assert report.files[0].findings == []
assert report.summary.failed == false

// report files are readable like any build output, not 0600
def reportPath = new File(basedir, 'target/clawlint/clawlint.json').toPath()
if (reportPath.fileSystem.supportedFileAttributeViews().contains('posix')) {
    def mode = java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(reportPath))
    assert mode == 'rw-r--r--' : mode
}
