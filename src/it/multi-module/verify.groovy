// The plugin sits in the parent's inherited <plugins>: the parent's run must leave the docs module's
// folder to the module's own run, so the one finding is reported once, not twice.
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
assert findings == [
    '[ERROR] source/index.rst:4:1: error: image \'screenshot.png\' has no alt text: add \':alt: ...\' saying what it shows [image-alt-missing]',
    '[ERROR] source/index.rst:4:1: error: image file \'screenshot.png\' not found: it resolves to screenshot.png; a relative path is relative to the page being built, \'/path\' to the source root [image-missing]',
]
assert log.contains('[INFO] docslint: no findings in 0 files')
assert log.contains('BUILD FAILURE')
