"""Pipeline stages: each module has NAME, LEVEL (corpus | story), REQUIRES, PROVIDES and run()."""
