def log = new File(basedir, 'build.log').text
assert log.contains(':check (default) @ skip')
assert log.contains('[INFO] clawlint: skipped')
assert !log.contains('[unknown-key]')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/clawlint').exists()
