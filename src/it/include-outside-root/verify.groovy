// An include that leaves the project fails the build.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
def base = basedir.toPath().toAbsolutePath().normalize()
def outside = base.resolve('../shared/legal.rst').normalize()
assert findings == [
    ("[ERROR] source/index.rst:4:1: error: included file '../../shared/legal.rst' resolves to ${outside}, outside the base directory ${base}: move the file into the project (docslint does not read files outside it) [include-outside-root]" as String),
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (include-outside-root: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
