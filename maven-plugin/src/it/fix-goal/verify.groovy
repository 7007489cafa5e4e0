def log = new File(basedir, 'build.log').text
// declared without executions, the plugin does nothing in the lifecycle
assert !log.contains(':fix (default)')
assert !log.contains(':check (default)')
// run by prefix, it fixes the file in place
assert log.contains(':fix (default-cli) @ fix-goal')
assert log =~ /(?m)^\[INFO\] openclaw\.json5: applied 1 fix: .* \[duplicate-key\]$/
assert new File(basedir, 'openclaw.json5').text == '{\n  gateway: { mode: "local" },\n}\n'
