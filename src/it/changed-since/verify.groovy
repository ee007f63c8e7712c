// Run 1 reports the touched snippet, its including page and the new page, not other.rst; run 2
// names the unknown ref.
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] \S.*:\d+:\d+: (error|warning): .* \[[a-z-]+\]/ }
def fix = "add ':alt: ...' saying what it shows [image-alt-missing]"
assert findings == [
    "[ERROR] source/index.rst:4:1: error: image 'img/home.png' has no alt text: ${fix}".toString(),
    "[ERROR] source/new.rst:4:1: error: image 'img/home.png' has no alt text: ${fix}".toString(),
    "[ERROR] source/snippets/part.rst:5:1: error: image '/img/part.png' has no alt text: ${fix}".toString(),
]
assert log.contains('[INFO] docslint: 2 files changed since base; reporting on them and the pages that include them')
assert log.contains('[WARNING] docslint: 3 errors, 0 warnings in 3 files (image-alt-missing: 3)')
assert !log.contains('other.rst')
def unknown = log.readLines().find { it.contains("'origin/no-such-branch'") }
assert unknown != null
assert unknown.contains("docslint.changedSince: 'origin/no-such-branch' names no commit in the git repository of ${basedir}")
assert unknown.contains('git fetch origin main')
true
