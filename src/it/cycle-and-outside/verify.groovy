// An include cycle and an include that leaves the project, each reported at its include line.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
def base = basedir.toPath().toAbsolutePath().normalize()
def outside = base.resolve('../../NOTICE.rst').normalize()
assert findings == [
    '[ERROR] source/faq-answers.rst:5:1: error: include cycle: faq.rst -> faq-answers.rst -> faq.rst; docutils refuses the repeated include (circular inclusion) and the page misses that content: remove one of these includes [include-cycle]',
    '[ERROR] source/faq.rst:1:1: error: include-only page (is included by faq-answers.rst) is also built on its own and indexed for search: add \':nosearch:\' as the first line of the file [nosearch-missing]',
    ("[ERROR] source/index.rst:8:1: error: included file '../../../NOTICE.rst' resolves to ${outside}, outside the base directory ${base}: move the file into the project (docslint does not read files outside it) [include-outside-root]" as String),
]
assert log.contains('[WARNING] docslint: 3 errors, 0 warnings in 3 files (include-cycle: 1, include-outside-root: 1, nosearch-missing: 1)')
assert log.contains('docslint: 3 errors in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
