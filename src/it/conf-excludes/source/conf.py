project = 'Acme Backup'
author = 'Acme docs team'
templates_path = ['_templates']
html_static_path = ['_static']
html_extra_path = ['extra']
exclude_patterns = ['drafts/**', 'snippets/*.rst']
