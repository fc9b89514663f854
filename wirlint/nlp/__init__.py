"""Language layer: spaCy pipelines, the bundled HanTa tagger, voice and sentence openings."""
