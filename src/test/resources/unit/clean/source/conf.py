project = 'Harness'
