project = 'Fixable'
