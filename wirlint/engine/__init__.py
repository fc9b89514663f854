"""Rule packs, rule selection and the runner that applies rules to a Document."""
