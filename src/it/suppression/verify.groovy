// A suppression comment silences its rule for the element after it only, a disable-file one for its
// whole file (here an included snippet); a misspelt rule id is itself reported, with the closest ids.
def log = new File(basedir, 'build.log').text
// every finding line docslint printed: path:line:col: severity: message [rule]
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/index.rst:9:1: error: image \'img/dashboard.png\' has no alt text: add \':alt: ...\' saying what it shows [image-alt-missing]',
    '[WARNING] source/index.rst:11:1: warning: unknown rule \'image-alt-mising\' in docslint suppression; closest known rules: image-alt-missing, image-missing, image-alt-empty [suppression-invalid]',
]
assert log.contains('[WARNING] docslint: 1 error, 1 warning in 1 file (image-alt-missing: 1, suppression-invalid: 1)')
assert log.contains('BUILD FAILURE')
