# Sphinx configuration for the Kestrel Backup user guide.
project = 'Kestrel Backup'
copyright = '2026, Kestrel Labs'
author = 'Kestrel Labs'
release = '3.2'

extensions = []
templates_path = ['_templates']
# _includes/ holds text that pages pull in with ".. include::"; it is never a page of its own
exclude_patterns = ['_build', '_includes']

html_theme = 'alabaster'
html_static_path = ['_static']
