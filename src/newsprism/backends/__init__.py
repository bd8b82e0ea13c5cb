"""Heavy or swappable machinery (models, stores, executors) behind small interfaces; loaded once, lazily."""
