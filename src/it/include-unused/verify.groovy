// A :nosearch: file that nothing includes is a warning: the build passes.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[WARNING] source/shared/old-pricing.rst:1:1: warning: marked include-only with :nosearch: but no page includes it and no toctree lists it: include it where it belongs, or delete it [include-unused]',
]
assert log.contains('[WARNING] docslint: 0 errors, 1 warning in 1 file (include-unused: 1)')
assert log.contains('BUILD SUCCESS')
