// Files under exclude_patterns, templates_path, html_static_path and html_extra_path are no pages; an excluded snippet still counts where it is included.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/snippets/tip.rst:3:1: error: image \'img/tip.png\' has no alt text: add \':alt: ...\' saying what it shows [image-alt-missing]',
]
assert log.contains('[WARNING] docslint: 1 error, 0 warnings in 1 file (image-alt-missing: 1)')
assert log.contains('docslint: 1 error in the documentation (see above); set docslint.failOnViolation=false to only report')
assert log.contains('BUILD FAILURE')
