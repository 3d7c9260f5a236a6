print("netral-bench: placeholder")
