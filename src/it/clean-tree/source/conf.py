project = 'Clean'
