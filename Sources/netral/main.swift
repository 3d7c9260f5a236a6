print("netral: placeholder")
