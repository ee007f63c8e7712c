project = "Product"
